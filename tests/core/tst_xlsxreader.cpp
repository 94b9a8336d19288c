// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csv/CsvReader.h"
#include "csv/RecordSource.h"
#include "import/CsvPreview.h"
#include "xlsx/FileKind.h"
#include "xlsx/XlsxCellText.h"
#include "xlsx/XlsxReader.h"

#include <QTemporaryDir>
#include <QTest>

// Excel workbooks read as records: the cell kinds, both date systems, the sheets, the
// refusals, and the same records as the CSV export of the same table (tests/data/xlsx).
class TestXlsxReader : public QObject
{
    Q_OBJECT
private:
    static QString data(const QString &name)
    {
        return QStringLiteral(AD_TEST_DATA_DIR "/xlsx/") + name;
    }
    struct Read
    {
        QStringList header;
        QList<QStringList> rows;
        QList<qint64> lines;
        QStringList issues; // "C5: reason" or empty
    };
    static Read readAll(RecordSource &reader, const QString &path, const QString &sheet = {})
    {
        Read r;
        if (!reader.open(path))
            qFatal("cannot open %s", qPrintable(path));
        CsvFormat format;
        format.sheet = sheet;
        reader.detect(format);
        r.header = reader.header();
        CsvRecord record;
        while (reader.next(record)) {
            r.rows << record.toStringList();
            r.lines << record.line;
            r.issues << (record.hasIssue ? QStringLiteral("%1/%2: %3")
                                               .arg(record.issue.line)
                                               .arg(record.issue.column)
                                               .arg(record.issue.reason)
                                         : QString());
        }
        return r;
    }

private slots:
    void numbers_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("text");
        QTest::newRow("integer") << "12"
                                 << "12";
        QTest::newRow("integer written as float") << "12.0"
                                                  << "12";
        QTest::newRow("float noise") << "0.10000000000000001"
                                     << "0.1";
        QTest::newRow("sum noise") << "0.30000000000000004"
                                   << "0.3";
        QTest::newRow("exponent") << "3.14E-2"
                                  << "0.0314";
        QTest::newRow("small") << "1.5E-7"
                               << "0.00000015";
        QTest::newRow("big integer") << "1234567890123"
                                     << "1234567890123";
        QTest::newRow("negative") << "-5.5"
                                  << "-5.5";
        QTest::newRow("trailing zero") << "1.50"
                                       << "1.5";
        QTest::newRow("zero") << "0"
                              << "0";
        QTest::newRow("negative zero") << "-0"
                                       << "0";
        QTest::newRow("fifteen digits") << "0.12345678901234"
                                        << "0.12345678901234";
        QTest::newRow("sixteen digits") << "0.1234567890123456"
                                        << "0.123456789012346";
        QTest::newRow("leading zero") << "007"
                                      << "7";
        QTest::newRow("point last") << "12."
                                    << "12";
        QTest::newRow("not a number") << "abc"
                                      << "abc";
    }
    void numbers()
    {
        QFETCH(QString, stored);
        QFETCH(QString, text);
        QCOMPARE(XlsxCellText::number(stored), text);
    }
    void dates_data()
    {
        QTest::addColumn<QString>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QString>("text");
        QTest::newRow("1900: serial 1") << "1" << false << "1900-01-01";
        QTest::newRow("1900: before the phantom day") << "59" << false << "1900-02-28";
        QTest::newRow("1900: Lotus' leap day") << "60" << false << "1900-02-29";
        QTest::newRow("1900: after it") << "61" << false << "1900-03-01";
        QTest::newRow("1900: a date") << "45352" << false << "2024-03-01";
        QTest::newRow("1900: noon") << "45352.5" << false << "2024-03-01T12:00:00";
        QTest::newRow("1900: milliseconds")
            << "45352.000005787" << false << "2024-03-01T00:00:00.500";
        QTest::newRow("1900: rounds up to midnight") << "45351.9999999999" << false << "2024-03-01";
        QTest::newRow("1900: a time alone") << "0.75" << false << "18:00:00";
        QTest::newRow("1904: day 0") << "0" << true << "1904-01-01";
        QTest::newRow("1904: a date") << "43890" << true << "2024-03-01";
        QTest::newRow("1904: date-time") << "1.5" << true << "1904-01-02T12:00:00";
        QTest::newRow("negative: kept") << "-1" << false << "-1";
    }
    void dates()
    {
        QFETCH(QString, serial);
        QFETCH(bool, date1904);
        QFETCH(QString, text);
        QCOMPARE(XlsxCellText::date(serial, date1904), text);
    }
    void dateFormats_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isDate");
        QTest::newRow("built-in 14") << 14 << "" << true;
        QTest::newRow("built-in 22") << 22 << "" << true;
        QTest::newRow("built-in 45") << 45 << "" << true;
        QTest::newRow("built-in 2") << 2 << "" << false;
        QTest::newRow("General") << 164 << "General" << false;
        QTest::newRow("custom date") << 164 << "yyyy\\-mm\\-dd" << true;
        QTest::newRow("custom time") << 165 << "[h]:mm:ss" << true;
        QTest::newRow("quoted days") << 165 << "0.0\" days\"" << false;
        QTest::newRow("colour") << 166 << "[Red]0.00" << false;
        QTest::newRow("escaped d") << 167 << "0\\d" << false;
        QTest::newRow("locale and date") << 168 << "[$-409]d-mmm-yy" << true;
    }
    void dateFormats()
    {
        QFETCH(int, id);
        QFETCH(QString, code);
        QFETCH(bool, isDate);
        QCOMPARE(XlsxCellText::isDateFormat(id, code), isDate);
    }
    void references()
    {
        int column = 0;
        qint64 row = 0;
        XlsxCellText::parseReference(u"C5", &column, &row);
        QCOMPARE(column, 3);
        QCOMPARE(row, 5);
        XlsxCellText::parseReference(u"AA100", &column, &row);
        QCOMPARE(column, 27);
        QCOMPARE(row, 100);
        QCOMPARE(XlsxCellText::columnLetters(16384), QStringLiteral("XFD"));
        QCOMPARE(XlsxCellText::unescape(QStringLiteral("a_x000D_b")), QStringLiteral("a\rb"));
    }

    // Every cell kind of the generated workbook: see make_workbooks.py.
    void generatedWorkbook()
    {
        XlsxReader reader;
        const Read r = readAll(reader, data(QStringLiteral("generated.xlsx")));
        QCOMPARE(reader.sheets(),
                 QStringList({QStringLiteral("Contacts"), QStringLiteral("Other sheet")}));
        QCOMPARE(reader.sheet(), QStringLiteral("Contacts"));
        QCOMPARE(r.header.join(u','), QStringLiteral("id,name,score,active,joined,seen,note"));
        QCOMPARE(r.lines, QList<qint64>({2, 3, 4, 5, 8, 9})); // rows 6 and 7 have no value
        const QStringList expected {
            QStringLiteral("007|Ada Lovelace|12|true|2024-03-01|2024-03-01T12:00:00|ok"),
            QStringLiteral("u2|Bob|0.1|false|1900-03-01|1900-01-01|2.5"),
            QStringLiteral("u3||-5.5||||with, comma"),
            QStringLiteral("u4|Eve Smith|#DIV/0!||||"),
            QStringLiteral("u5||0.0314||||1234567890123"),
            QStringLiteral("u6||||1900-02-29|18:00:00|"),
        };
        QCOMPARE(r.rows.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(r.rows.at(i).join(u'|'), expected.at(i));
        QCOMPARE(r.issues.at(3), QStringLiteral("5/3: cell C5 holds the error #DIV/0!"));
        for (qsizetype i : {0, 1, 2, 4, 5})
            QVERIFY2(r.issues.at(i).isEmpty(), qPrintable(r.issues.at(i)));
    }
    void sameRecordsAsTheCsvExport_data()
    {
        QTest::addColumn<QString>("workbook");
        QTest::addColumn<QString>("csv");
        QTest::newRow("generated") << "generated.xlsx"
                                   << "generated_contacts.csv";
        QTest::newRow("LibreOffice") << "libreoffice.xlsx"
                                     << "libreoffice.csv";
    }
    void sameRecordsAsTheCsvExport()
    {
        QFETCH(QString, workbook);
        QFETCH(QString, csv);
        XlsxReader xlsx;
        CsvReader text;
        const Read a = readAll(xlsx, data(workbook));
        const Read b = readAll(text, data(csv));
        QCOMPARE(a.header, b.header);
        QCOMPARE(a.rows, b.rows);
    }
    void chosenSheet()
    {
        XlsxReader reader;
        const Read r = readAll(reader, data(QStringLiteral("generated.xlsx")),
                               QStringLiteral("Other sheet"));
        QCOMPARE(reader.sheet(), QStringLiteral("Other sheet"));
        QCOMPARE(r.header, QStringList({QStringLiteral("id"), QStringLiteral("city")}));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(1), QStringList({QStringLiteral("x2"), QStringLiteral("Lyon")}));
        // Read again from the start.
        reader.rewind();
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.at(0), u"x1");
    }
    void unknownSheet()
    {
        XlsxReader reader;
        QVERIFY(reader.open(data(QStringLiteral("generated.xlsx"))));
        CsvFormat format;
        format.sheet = QStringLiteral("Nope");
        reader.detect(format);
        QVERIFY(reader.isRefused());
        QCOMPARE(reader.errorString(),
                 QStringLiteral("The workbook has no sheet named “Nope”. Its sheets: Contacts, "
                                "Other sheet."));
        CsvRecord record;
        QVERIFY(!reader.next(record));
    }
    void noHeader()
    {
        XlsxReader reader;
        QVERIFY(reader.open(data(QStringLiteral("generated.xlsx"))));
        CsvFormat format;
        format.hasHeader = false;
        reader.detect(format);
        QVERIFY(reader.header().isEmpty());
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.line, 1);
        QCOMPARE(record.fields.at(0), u"id");
        QCOMPARE(reader.expectedFieldCount(), 7);
    }
    void date1904()
    {
        XlsxReader reader;
        const Read r = readAll(reader, data(QStringLiteral("generated_1904.xlsx")));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).join(u'|'), QStringLiteral("u2|1904-01-01|2024-03-01T06:00:00"));
        QCOMPARE(r.rows.at(1).join(u'|'), QStringLiteral("u3|2024-03-01|1904-01-02T12:00:00"));
    }
    void aValuePastTheHeader()
    {
        XlsxReader reader;
        const Read r = readAll(reader, data(QStringLiteral("stray_cell.xlsx")));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.issues.at(0),
                 QStringLiteral("2/4: a value in column D, right of the last column of the "
                                "header (B)"));
        QVERIFY(r.issues.at(1).isEmpty());
        QCOMPARE(r.rows.at(1), QStringList({QStringLiteral("x2"), QStringLiteral("Lyon")}));
    }
    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow(".xls") << "old.xls" << int(FileKind::Xls) << "Excel 97-2003 workbook (.xls)";
        QTest::newRow("encrypted")
            << "encrypted.xlsx" << int(FileKind::Encrypted) << "protected by a password";
    }
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, says);
        QCOMPARE(int(FileKind::detect(data(file))), kind);
        const auto reader = RecordSource::forFile(data(file));
        QVERIFY(reader->open(data(file)));
        reader->detect();
        QVERIFY(reader->isRefused());
        QVERIFY2(reader->errorString().contains(says), qPrintable(reader->errorString()));
        QVERIFY(reader->errorString().contains(QStringLiteral("or as CSV")));
        const CsvPreview preview = CsvPreview::read(data(file), {});
        QVERIFY(!preview.ok);
        QCOMPARE(preview.error, reader->errorString());
    }
    // The content says what a file is, not its name.
    void kindFromContent()
    {
        QTemporaryDir dir;
        const QString disguised = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(QFile::copy(data(QStringLiteral("generated.xlsx")), disguised));
        QCOMPARE(FileKind::detect(disguised), FileKind::Xlsx);
        auto reader = RecordSource::forFile(disguised);
        QVERIFY(reader->open(disguised));
        reader->detect();
        QCOMPARE(reader->sheet(), QStringLiteral("Contacts"));

        const QString named = dir.filePath(QStringLiteral("table.xlsx"));
        QVERIFY(QFile::copy(data(QStringLiteral("generated_contacts.csv")), named));
        QCOMPARE(FileKind::detect(named), FileKind::Other);
        reader = RecordSource::forFile(named);
        QVERIFY(reader->open(named));
        reader->detect();
        QVERIFY(reader->sheets().isEmpty());
        QCOMPARE(reader->header().size(), 7);
    }
    void preview()
    {
        const CsvPreview p = CsvPreview::read(data(QStringLiteral("generated.xlsx")), {}, 3);
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.sheets.size(), 2);
        QCOMPARE(p.format.sheet, QStringLiteral("Contacts"));
        QCOMPARE(p.header.size(), 7);
        QCOMPARE(p.rows.size(), 3);
        QVERIFY(p.estimatedRows >= 3);
        CsvFormat other;
        other.sheet = QStringLiteral("Other sheet");
        const CsvPreview q = CsvPreview::read(data(QStringLiteral("generated.xlsx")), other);
        QCOMPARE(q.rows.size(), 2);
        QCOMPARE(q.estimatedRows, 2);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
