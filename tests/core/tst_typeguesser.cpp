// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/TypeGuesser.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The guesses the mapping page starts from: date shapes, decimal commas, samples.
class TestTypeGuesser : public QObject
{
    Q_OBJECT
private:
    static QList<QStringList> column(const QStringList &values)
    {
        QList<QStringList> rows;
        for (const QString &v : values)
            rows << QStringList {QStringLiteral("id"), v};
        return rows;
    }

private slots:
    void dates_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("format"); // empty: ISO 8601
        QTest::addColumn<QString>("sample");
        QTest::newRow("iso") << QStringList {u"2024-03-01"_s, u"2024-12-31"_s} << QString()
                             << u"2024-03-01"_s;
        QTest::newRow("iso with time")
            << QStringList {u"2024-03-01 14:05:00"_s, u"2024-12-31 23:59:59"_s} << QString()
            << u"2024-03-01 14:05:00"_s;
        QTest::newRow("day first, decided")
            << QStringList {u"01/02/2024"_s, u"31/12/2024"_s} << u"dd/MM/yyyy"_s << u"01/02/2024"_s;
        QTest::newRow("month first, decided")
            << QStringList {u"01/02/2024"_s, u"12/31/2024"_s} << u"MM/dd/yyyy"_s << u"01/02/2024"_s;
        QTest::newRow("ambiguous: day first")
            << QStringList {u"01/02/2024"_s, u"03/04/2024"_s} << u"dd/MM/yyyy"_s << u"01/02/2024"_s;
        QTest::newRow("unpadded") << QStringList {u"1/2/2024"_s, u"13/11/2024"_s} << u"d/M/yyyy"_s
                                  << u"1/2/2024"_s;
        QTest::newRow("dots") << QStringList {u"24.12.2024"_s, u"01.01.2025"_s} << u"dd.MM.yyyy"_s
                              << u"24.12.2024"_s;
        QTest::newRow("dots with time")
            << QStringList {u"24.12.2024 18:30"_s, u"01.01.2025 00:05"_s} << u"dd.MM.yyyy HH:mm"_s
            << u"24.12.2024 18:30"_s;
        QTest::newRow("slashes with seconds")
            << QStringList {u"12/31/2024 18:30:05"_s, u"01/01/2025 00:05:00"_s}
            << u"MM/dd/yyyy HH:mm:ss"_s << u"12/31/2024 18:30:05"_s;
    }
    void dates()
    {
        QFETCH(QStringList, values);
        QFETCH(QString, format);
        QFETCH(QString, sample);
        const TypeGuesser::Guess g = TypeGuesser::guessColumn(column(values), 1);
        QCOMPARE(g.type, AttributeType::Date);
        QCOMPARE(g.dateFormat, format);
        QCOMPARE(g.sample, sample);
    }

    void notDates()
    {
        // Both fields above 12 somewhere: no shape fits every value.
        QCOMPARE(TypeGuesser::guess(column({u"13/01/2024"_s, u"01/13/2024"_s}), 1),
                 AttributeType::String);
        // Mixed separators.
        QCOMPARE(TypeGuesser::dateFormatOf(column({u"13/01/2024"_s, u"14.01.2024"_s}), 1),
                 QString());
        // Impossible days.
        QCOMPARE(TypeGuesser::guess(column({u"31/02/2024"_s, u"30/02/2024"_s}), 1),
                 AttributeType::String);
    }

    void decimalCommas()
    {
        const TypeGuesser::Guess comma
            = TypeGuesser::guessColumn(column({u"12,50"_s, u"3"_s, u"0,99"_s}), 1);
        QCOMPARE(comma.type, AttributeType::Float);
        QVERIFY(comma.decimalComma);
        QCOMPARE(comma.sample, QStringLiteral("12,50"));
        const TypeGuesser::Guess point
            = TypeGuesser::guessColumn(column({u"12.50"_s, u"0.99"_s}), 1);
        QCOMPARE(point.type, AttributeType::Float);
        QVERIFY(!point.decimalComma);
        // 1,250 could be a thousand: not guessed as a decimal.
        QCOMPARE(TypeGuesser::guess(column({u"1,250"_s, u"2,500"_s}), 1), AttributeType::String);
    }

    void suggestSetsTheFileWideOptions()
    {
        const QStringList header {u"id"_s, u"price"_s, u"born"_s, u"weight"_s};
        QList<QStringList> rows;
        for (int i = 0; i < 10; ++i)
            rows << QStringList {QString::number(i), QStringLiteral("%1,5").arg(i + 1),
                                 QStringLiteral("%1/12/1990").arg(i + 20), QString::number(i)};
        ColumnMapping m = TypeGuesser::suggest(header, rows);
        QVERIFY(m.decimalComma);
        QCOMPARE(m.attributes.at(0).type, AttributeType::Float);
        QCOMPARE(m.attributes.at(1).type, AttributeType::Date);
        QCOMPARE(m.attributes.at(1).dateFormat, QStringLiteral("dd/MM/yyyy"));

        // A column with decimal points too: the comma one stays text, points win.
        for (QStringList &row : rows)
            row[3] = QStringLiteral("%1.25").arg(row[0]);
        m = TypeGuesser::suggest(header, rows);
        QVERIFY(!m.decimalComma);
        QCOMPARE(m.attributes.at(0).type, AttributeType::String);
        QCOMPARE(m.attributes.at(2).type, AttributeType::Float);
    }

    void samples()
    {
        const QList<QStringList> rows = column({u"a"_s, u""_s, u"a"_s, u"b"_s, u" c "_s, u"d"_s});
        QCOMPARE(TypeGuesser::samples(rows, 1), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(TypeGuesser::samples(rows, 5), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTypeGuesser)
#include "tst_typeguesser.moc"
