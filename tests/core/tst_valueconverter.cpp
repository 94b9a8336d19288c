// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/JsonText.h"
#include "import/TagNormalizer.h"
#include "import/ValueConverter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The value rules, cell by cell: each attribute type as Batch takes it or refused with a
// reason, decimal commas and date formats, JSON strings as QJsonDocument reads them, tags.
class TestValueConverter : public QObject
{
    Q_OBJECT
private:
    static QString convert(AttributeType type, const QString &cell, QString *reason = nullptr,
                           const QString &format = {}, bool decimalComma = false)
    {
        QByteArray out;
        const QString why = ValueConverter::append(out, type, cell, format, {decimalComma});
        if (reason)
            *reason = why;
        return why.isEmpty() ? QString::fromUtf8(out) : QString();
    }

private slots:
    void values_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("json"); // empty: rejected
        QTest::newRow("string") << int(AttributeType::String) << "Zoé \"Z\""
                                << "\"Zoé \\\"Z\\\"\"";
        QTest::newRow("string 64") << int(AttributeType::String) << QString(64, u'é')
                                   << QStringLiteral("\"%1\"").arg(QString(64, u'é'));
        QTest::newRow("string 65") << int(AttributeType::String) << QString(65, u'a') << "";
        QTest::newRow("int") << int(AttributeType::Int) << "-0042"
                             << "-42";
        QTest::newRow("int plus") << int(AttributeType::Int) << "+7"
                                  << "7";
        QTest::newRow("int float") << int(AttributeType::Int) << "3.5"
                                   << "";
        QTest::newRow("int grouping") << int(AttributeType::Int) << "1,000"
                                      << "";
        QTest::newRow("int overflow") << int(AttributeType::Int) << "99999999999999999999"
                                      << "";
        QTest::newRow("float") << int(AttributeType::Float) << "3.140"
                               << "3.14";
        QTest::newRow("float exp") << int(AttributeType::Float) << "1e3"
                                   << "1000";
        QTest::newRow("float comma rejected") << int(AttributeType::Float) << "3,14"
                                              << "";
        QTest::newRow("float nan") << int(AttributeType::Float) << "nan"
                                   << "";
        QTest::newRow("bool yes") << int(AttributeType::Bool) << "YES"
                                  << "true";
        QTest::newRow("bool 0") << int(AttributeType::Bool) << "0"
                                << "false";
        QTest::newRow("bool False") << int(AttributeType::Bool) << "False"
                                    << "false";
        QTest::newRow("bool maybe") << int(AttributeType::Bool) << "maybe"
                                    << "";
        QTest::newRow("date") << int(AttributeType::Date) << "2024-05-01"
                              << "\"2024-05-01T00:00:00\"";
        QTest::newRow("date T") << int(AttributeType::Date) << "2024-05-01T10:20:30"
                                << "\"2024-05-01T10:20:30\"";
        QTest::newRow("date space no s") << int(AttributeType::Date) << "2024-05-01 10:20"
                                         << "\"2024-05-01T10:20:00\"";
        QTest::newRow("date Z fraction") << int(AttributeType::Date) << "2024-05-01T10:20:30.123Z"
                                         << "\"2024-05-01T10:20:30\"";
        QTest::newRow("date offset") << int(AttributeType::Date) << "2024-05-01T01:00:00+02:00"
                                     << "\"2024-04-30T23:00:00\"";
        QTest::newRow("date bad month") << int(AttributeType::Date) << "2024-13-01"
                                        << "";
        QTest::newRow("date french") << int(AttributeType::Date) << "01/05/2024"
                                     << "";
        QTest::newRow("url") << int(AttributeType::Url) << "https://example.com/a?b#c"
                             << "\"https://example.com/a?b#c\"";
        QTest::newRow("url custom scheme") << int(AttributeType::Url) << "myapp://open/page"
                                           << "\"myapp://open/page\"";
        QTest::newRow("url no scheme") << int(AttributeType::Url) << "example.com"
                                       << "";
        QTest::newRow("url space") << int(AttributeType::Url) << "https://exa mple.com"
                                   << "";
        QTest::newRow("url too long")
            << int(AttributeType::Url) << QStringLiteral("https://a.io/") + QString(2040, u'x')
            << "";
    }
    void values()
    {
        QFETCH(int, type);
        QFETCH(QString, cell);
        QFETCH(QString, json);
        QString reason;
        const QString out = convert(AttributeType(type), cell, &reason);
        QCOMPARE(out, json);
        QCOMPARE(reason.isEmpty(), !json.isEmpty());
    }

    void decimalCommaAndDateFormats()
    {
        QCOMPARE(convert(AttributeType::Float, QStringLiteral("3,5"), nullptr, {}, true),
                 QStringLiteral("3.5"));
        QString reason;
        QVERIFY(convert(AttributeType::Float, QStringLiteral("3.5"), &reason, {}, true).isEmpty());
        QVERIFY(reason.contains(QStringLiteral("3,14")));
        QCOMPARE(convert(AttributeType::Date, QStringLiteral("25/12/2024"), nullptr,
                         QStringLiteral("dd/MM/yyyy")),
                 QStringLiteral("\"2024-12-25T00:00:00\""));
        QCOMPARE(convert(AttributeType::Date, QStringLiteral("12/25/2024 18:30"), nullptr,
                         QStringLiteral("MM/dd/yyyy HH:mm")),
                 QStringLiteral("\"2024-12-25T18:30:00\""));
        QVERIFY(convert(AttributeType::Date, QStringLiteral("2024-12-25"), &reason,
                        QStringLiteral("dd/MM/yyyy"))
                    .isEmpty());
        QVERIFY(reason.contains(QStringLiteral("dd/MM/yyyy")));
    }

    void jsonTextMatchesQJsonDocument()
    {
        const QString tricky = QStringLiteral("a\"b\\c\nd\te\x01 é 😀 \u2028");
        QByteArray out = "[";
        JsonText::appendString(out, tricky);
        out.append(',');
        JsonText::appendDouble(out, 0.1);
        out.append(',');
        JsonText::appendInt(out, -9007199254740993LL);
        out.append(']');
        QJsonParseError e;
        const QJsonArray parsed = QJsonDocument::fromJson(out, &e).array();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(parsed.at(0).toString(), tricky);
        QCOMPARE(parsed.at(1).toDouble(), 0.1);
    }

    void tags()
    {
        QStringList t;
        QVERIFY(TagNormalizer::addTags(t, QStringLiteral(" VIP| fr ||vip|Fr "), u"|").isEmpty());
        QCOMPARE(t, (QStringList {QStringLiteral("vip"), QStringLiteral("fr")}));
        const QString why = TagNormalizer::addTags(t, QString(65, u'x'), u"|");
        QVERIFY(why.contains(QStringLiteral("64")));
    }
};

QTEST_GUILESS_MAIN(TestValueConverter)
#include "tst_valueconverter.moc"
