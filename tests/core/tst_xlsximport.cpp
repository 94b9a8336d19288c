// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/ColumnMapping.h"
#include "import/ImportJob.h"
#include "import/ProblemLocation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A workbook goes through ImportJob as its CSV export does: the same request bodies, byte
// for byte, and rejects that name the sheet's cells (tests/data/xlsx).
class TestXlsxImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QString data(const QString &name)
    {
        return QStringLiteral(AD_TEST_DATA_DIR "/xlsx/") + name;
    }
    static ColumnMapping contactsMapping()
    {
        ColumnMapping m;
        m.idColumn = QStringLiteral("id");
        auto attr = [&m](const char *column, AttributeType type) {
            ColumnMapping::Attribute a;
            a.column = QString::fromLatin1(column);
            a.name = a.column;
            a.type = type;
            m.attributes << a;
        };
        attr("name", AttributeType::String);
        attr("score", AttributeType::Float);
        attr("active", AttributeType::Bool);
        attr("joined", AttributeType::Date);
        attr("note", AttributeType::String);
        return m;
    }
    ImportJob::Result run(const QString &file, const ColumnMapping &mapping, const QString &out)
    {
        ImportJob::Settings s;
        s.csvPath = file;
        s.mapping = mapping;
        s.format = ImportJob::formatFor(mapping);
        s.outputDir = m_dir.filePath(out);
        s.rejectsPath = m_dir.filePath(out + QStringLiteral("-rejects.csv"));
        s.chunkSize = 2; // several bodies
        return ImportJob::run(s);
    }
    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void sameBodiesAsCsv_data()
    {
        QTest::addColumn<QString>("workbook");
        QTest::addColumn<QString>("csv");
        QTest::newRow("generated") << "generated.xlsx"
                                   << "generated_contacts.csv";
        QTest::newRow("LibreOffice") << "libreoffice.xlsx"
                                     << "libreoffice.csv";
    }
    void sameBodiesAsCsv()
    {
        QFETCH(QString, workbook);
        QFETCH(QString, csv);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const auto a = run(data(workbook), contactsMapping(), tag + QStringLiteral("-xlsx"));
        const auto b = run(data(csv), contactsMapping(), tag + QStringLiteral("-csv"));
        QVERIFY2(a.ok, qPrintable(a.error));
        QVERIFY2(b.ok, qPrintable(b.error));
        QCOMPARE(a.sheet, QStringLiteral("Contacts"));
        QVERIFY(b.sheet.isEmpty());
        QCOMPARE(a.rowsRead, b.rowsRead);
        QCOMPARE(a.validRows, b.validRows);
        QCOMPARE(a.rejectedRows, b.rejectedRows);
        QVERIFY(a.validRows >= 4);
        QCOMPARE(a.chunks.size(), b.chunks.size());
        QVERIFY(a.chunks.size() >= 2);
        for (qsizetype i = 0; i < a.chunks.size(); ++i) {
            const QByteArray body = contents(a.chunks.at(i).path);
            QVERIFY(!body.isEmpty());
            QCOMPARE(body, contents(b.chunks.at(i).path));
        }
        // Leading zeros of a text cell, a date cell, a float without noise.
        const QByteArray first = contents(a.chunks.at(0).path);
        QVERIFY2(first.contains("\"007\""), first.constData());
        QVERIFY2(first.contains("2024-03-01"), first.constData());
        QVERIFY2(first.contains("0.1"), first.constData());
    }
    // The error cell's row is rejected where Excel shows it: Contacts!C5.
    void rejectsNameTheCell()
    {
        const auto r = run(data(QStringLiteral("generated.xlsx")), contactsMapping(),
                           QStringLiteral("rejects"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rejectedRows, 2); // the #DIV/0! row and Lotus' 1900-02-29
        const RowProblem *error = nullptr;
        for (const RowProblem &p : r.problems) {
            if (p.line == 5)
                error = &p;
        }
        QVERIFY(error);
        QCOMPARE(error->column, 3);
        QCOMPARE(ProblemLocation::text(*error, r.sheet), QStringLiteral("Contacts!C5"));
        QVERIFY(error->reason.contains(QStringLiteral("#DIV/0!")));
        const QString rejects
            = QString::fromUtf8(contents(m_dir.filePath(QStringLiteral("rejects-rejects.csv"))));
        QVERIFY2(rejects.contains(QStringLiteral("row,column,reason,id,")), qPrintable(rejects));
        QVERIFY2(
            rejects.contains(QStringLiteral("5,Contacts!C5,cell C5 holds the error #DIV/0!,u4")),
            qPrintable(rejects));
        QVERIFY2(rejects.contains(QStringLiteral("9,Contacts!E9 (joined),")), qPrintable(rejects));
    }
    void locations()
    {
        RowProblem p {12, 3, QStringLiteral("email"), QStringLiteral("bad"), false};
        QCOMPARE(ProblemLocation::text(p, {}), QStringLiteral("line 12, column 3 (email)"));
        QCOMPARE(ProblemLocation::text(p, QStringLiteral("Sheet1")),
                 QStringLiteral("Sheet1!C12 (email)"));
        QCOMPARE(ProblemLocation::cell(QStringLiteral("My sheet"), 12, 0),
                 QStringLiteral("'My sheet'!12"));
        QCOMPARE(ProblemLocation::cell(QStringLiteral("Bob's"), 1, 1),
                 QStringLiteral("'Bob''s'!A1"));
    }
    void chosenSheet()
    {
        ColumnMapping m;
        m.idColumn = QStringLiteral("id");
        m.sheet = QStringLiteral("Other sheet");
        ColumnMapping::Attribute city;
        city.column = city.name = QStringLiteral("city");
        m.attributes << city;
        const auto r = run(data(QStringLiteral("generated.xlsx")), m, QStringLiteral("other"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.sheet, QStringLiteral("Other sheet"));
        QCOMPARE(r.validRows, 2);
        QVERIFY(contents(r.chunks.at(0).path).contains("Paris"));
        // The mapping file keeps the sheet.
        const auto back = ColumnMapping::fromJson(m.toJson(), nullptr);
        QVERIFY(back);
        QCOMPARE(back->sheet, m.sheet);
        QVERIFY(!ColumnMapping().toJson().contains("sheet"));
    }
    void unknownSheetIsAnError()
    {
        ColumnMapping m = contactsMapping();
        m.sheet = QStringLiteral("Nope");
        const auto r = run(data(QStringLiteral("generated.xlsx")), m, QStringLiteral("nope"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("no sheet named “Nope”")), qPrintable(r.error));
    }
    void xlsIsRefused()
    {
        const auto r
            = run(data(QStringLiteral("old.xls")), contactsMapping(), QStringLiteral("xls"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("save it as an Excel workbook (.xlsx) or as CSV")),
                 qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "tst_xlsximport.moc"
