// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csv/CsvReader.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The process's peak resident memory (VmHWM), and a way to start measuring it afresh.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}
} // namespace

// Excel flavours, line endings and every malformed shape: what is read, and what is
// reported with its physical line and column.
class TestCsvReader : public QObject
{
    Q_OBJECT
private:
    struct Read
    {
        CsvFormat format;
        QStringList header;
        QList<QStringList> rows;
        QList<qint64> lines;
        QList<CsvIssue> issues;
        QList<CsvIssue> warnings;
    };
    static Read readAll(const QString &name, const CsvFormat &requested = {})
    {
        Read r;
        CsvReader reader;
        if (!reader.open(QStringLiteral(AD_TEST_DATA_DIR "/csv/") + name))
            qFatal("cannot open %s", qPrintable(name));
        r.format = reader.detect(requested);
        r.header = reader.header();
        CsvRecord record;
        while (reader.next(record)) {
            r.rows.append(record.toStringList());
            r.lines.append(record.line);
            if (record.hasIssue)
                r.issues.append(record.issue);
            if (record.hasWarning)
                r.warnings.append(record.warning);
        }
        return r;
    }

private slots:
    void excelSemicolonWindows1252()
    {
        const Read r = readAll(QStringLiteral("excel_semicolon_cp1252.csv"));
        QCOMPARE(r.format.encoding, CsvEncoding::Windows1252);
        QCOMPARE(r.format.delimiter, QLatin1Char(';'));
        QCOMPARE(r.header,
                 (QStringList {QStringLiteral("install_id"), QStringLiteral("prénom"),
                               QStringLiteral("prix")}));
        QCOMPARE(r.rows.at(0),
                 (QStringList {QStringLiteral("00123"), QStringLiteral("Zoé"),
                               QStringLiteral("12,50 €")}));
        QCOMPARE(r.rows.at(1).at(1), QStringLiteral("Cœur"));
        QVERIFY(r.issues.isEmpty());
    }

    void utf8WithBom()
    {
        const Read r = readAll(QStringLiteral("excel_utf8_bom.csv"));
        QCOMPARE(r.format.encoding, CsvEncoding::Utf8);
        QVERIFY(r.format.hasBom);
        QCOMPARE(r.header.first(), QStringLiteral("install_id")); // no BOM glued to the name
        QCOMPARE(r.rows.at(0), (QStringList {QStringLiteral("00123"), QStringLiteral("Zoé")}));
    }

    void utf16FromExcelUnicodeText()
    {
        const Read r = readAll(QStringLiteral("excel_unicode_text_utf16le.txt"));
        QCOMPARE(r.format.encoding, CsvEncoding::Utf16LE);
        QCOMPARE(r.format.delimiter, QLatin1Char('\t'));
        QCOMPARE(
            r.rows.at(0),
            (QStringList {QStringLiteral("00123"), QStringLiteral("Zoé"), QStringLiteral("Köln")}));
        const Read be = readAll(QStringLiteral("utf16be_bom.csv"));
        QCOMPARE(be.format.encoding, CsvEncoding::Utf16BE);
        QCOMPARE(be.rows.at(0), (QStringList {QStringLiteral("001"), QStringLiteral("Ünal")}));
    }

    void utf8WithoutBom()
    {
        const Read r = readAll(QStringLiteral("utf8_no_bom.csv"));
        QCOMPARE(r.format.encoding, CsvEncoding::Utf8);
        QVERIFY(!r.format.hasBom);
        QCOMPARE(r.rows.at(1).at(1), QStringLiteral("東京"));
    }

    void aFewBadBytesDoNotMakeTheFileWindows1252()
    {
        // Valid UTF-8 but for three bytes: read as UTF-8 (Léa stays Léa), and each row with
        // a bad byte is refused with its line and column, whether detected or asked for.
        for (const CsvEncoding requested : {CsvEncoding::Auto, CsvEncoding::Utf8}) {
            CsvFormat f;
            f.encoding = requested;
            const Read r = readAll(QStringLiteral("utf8_few_bad_bytes.csv"), f);
            QCOMPARE(r.format.encoding, CsvEncoding::Utf8);
            QCOMPARE(r.header.at(1), QStringLiteral("prénom"));
            QCOMPARE(r.rows.size(), 6);
            QCOMPARE(r.rows.at(0), (QStringList {QStringLiteral("1"), QStringLiteral("Léa")}));
            QCOMPARE(r.rows.at(4).at(1), QStringLiteral("Anaïs"));
            QCOMPARE(r.issues.size(), 2);
            QCOMPARE(r.issues.at(0).line, 4);
            QCOMPARE(r.issues.at(0).column, 2);
            QVERIFY2(r.issues.at(0).reason.contains(QStringLiteral("0xE9"))
                         && r.issues.at(0).reason.contains(QStringLiteral("UTF-8")),
                     qPrintable(r.issues.at(0).reason));
            QCOMPARE(r.issues.at(1).line, 7);
            QVERIFY2(r.issues.at(1).reason.contains(QStringLiteral("0x93")),
                     qPrintable(r.issues.at(1).reason));
        }
        // With no valid multi-byte sequence at all, the evidence says Windows-1252.
        QByteArray data("id,name\n1,Ren\xE9"
                        "e\n2,Zo\xE9\n");
        QBuffer buffer(&data);
        CsvReader reader;
        QVERIFY(reader.open(&buffer));
        QCOMPARE(reader.detect().encoding, CsvEncoding::Windows1252);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.at(1), u"Renée");
        QVERIFY(!record.hasIssue);
    }

    void utf16WithoutBomIsRecognised()
    {
        const Read le = readAll(QStringLiteral("utf16le_no_bom.csv"));
        QCOMPARE(le.format.encoding, CsvEncoding::Utf16LE);
        QVERIFY(!le.format.hasBom);
        QCOMPARE(le.format.delimiter, QLatin1Char(','));
        QCOMPARE(le.header, (QStringList {QStringLiteral("install_id"), QStringLiteral("prénom")}));
        QCOMPARE(le.rows.at(0), (QStringList {QStringLiteral("00123"), QStringLiteral("Léa")}));
        QCOMPARE(le.rows.at(1).at(1), QStringLiteral("東京"));
        QVERIFY(le.issues.isEmpty());

        // The same text big-endian.
        QFile in(QStringLiteral(AD_TEST_DATA_DIR "/csv/utf16le_no_bom.csv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
            std::swap(bytes[i], bytes[i + 1]);
        QBuffer buffer(&bytes);
        CsvReader reader;
        QVERIFY(reader.open(&buffer));
        QCOMPARE(reader.detect().encoding, CsvEncoding::Utf16BE);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.at(1), u"Léa");
    }

    void aBomInTheMiddleIsNotKept()
    {
        // Two exports glued together: the second BOM is not part of any value.
        const Read r = readAll(QStringLiteral("concatenated_exports.csv"));
        QCOMPARE(r.format.encoding, CsvEncoding::Utf8);
        QCOMPARE(r.header, (QStringList {QStringLiteral("install_id"), QStringLiteral("name")}));
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows.at(1), r.header);
        QCOMPARE(r.rows.at(2), (QStringList {QStringLiteral("2"), QStringLiteral("Zoé")}));
        QVERIFY(r.issues.isEmpty());
    }

    void whatIsNotTextIsRefusedUpFront_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("kind");
        QByteArray noise; // compressed-looking bytes after each signature
        for (int i = 0; i < 4000; ++i)
            noise += char((i * 7919 + i / 13) % 256);
        QTest::newRow("png renamed .xlsx")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + noise << "PNG";
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) + noise << "ZIP";
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") + noise << "PDF";
        QTest::newRow("nul bytes")
            << QByteArray("id,name\n", 8) + QByteArray(300, '\0') + noise << "binary";
    }
    void whatIsNotTextIsRefusedUpFront()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, kind);
        for (const CsvEncoding asked : {CsvEncoding::Auto, CsvEncoding::Utf8}) {
            QBuffer buffer(&bytes);
            CsvReader reader;
            QVERIFY(reader.open(&buffer));
            CsvFormat f;
            f.encoding = asked;
            reader.detect(f);
            QVERIFY(reader.isRefused());
            QVERIFY2(reader.errorString().contains(QStringLiteral("not a text file"))
                         && reader.errorString().contains(kind),
                     qPrintable(reader.errorString()));
            QVERIFY(reader.header().isEmpty());
            CsvRecord record;
            QVERIFY(!reader.next(record));
        }
    }

    void linesEndingInCrlfAreText()
    {
        // Each CR of a CRLF is a line end, not a control byte: a long Excel export is text.
        QByteArray data = "install_id;age\r\n";
        for (int i = 0; i < 2000; ++i)
            data += QByteArray::number(10000000 + i) + ";42\r\n";
        QBuffer buffer(&data);
        CsvReader reader;
        QVERIFY(reader.open(&buffer));
        reader.detect();
        QVERIFY2(!reader.isRefused(), qPrintable(reader.errorString()));
        CsvRecord record;
        QVERIFY(reader.next(record));
    }

    void delimiters()
    {
        QCOMPARE(readAll(QStringLiteral("pipe.csv")).format.delimiter, QLatin1Char('|'));
        QCOMPARE(readAll(QStringLiteral("pipe.csv")).rows.at(0).at(1), QStringLiteral("a b"));
        QCOMPARE(readAll(QStringLiteral("tab.tsv")).format.delimiter, QLatin1Char('\t'));
        // Explicit override wins over sniffing.
        CsvFormat f;
        f.delimiter = QLatin1Char(',');
        QCOMPARE(readAll(QStringLiteral("excel_semicolon_cp1252.csv"), f).rows.at(0).size(), 2);
    }

    void lineEndings()
    {
        for (const QString &name :
             {QStringLiteral("cr_only.csv"), QStringLiteral("no_final_newline.csv")}) {
            const Read r = readAll(name);
            QCOMPARE(r.rows.size(), 2);
            QCOMPARE(r.rows.at(1), (QStringList {QStringLiteral("2"), QStringLiteral("b")}));
            QCOMPARE(r.lines, (QList<qint64> {2, 3}));
            QVERIFY(r.issues.isEmpty());
        }
    }

    void embeddedNewlinesKeepLineNumbers()
    {
        const Read r = readAll(QStringLiteral("embedded_newlines.csv"));
        QCOMPARE(r.rows.at(0).at(1), QStringLiteral("line one\nline two\nline three"));
        QCOMPARE(r.lines, (QList<qint64> {2, 5, 6}));
    }

    void emptyLinesAreSkippedButCounted()
    {
        const Read r = readAll(QStringLiteral("empty_lines.csv"));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.lines, (QList<qint64> {3, 6}));
    }

    void leadingZerosStayText()
    {
        const Read r = readAll(QStringLiteral("leading_zeros.csv"));
        QCOMPARE(r.rows.at(0), (QStringList {QStringLiteral("000123"), QStringLiteral("01000")}));
        QCOMPARE(r.rows.at(1), (QStringList {QStringLiteral("0"), QStringLiteral("00")}));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rowsRead");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ragged short")
            << "ragged.csv" << 4 << qint64(3) << 0 << "expected 3 fields, found 2";
        QTest::newRow("text after quote")
            << "text_after_quote.csv" << 2 << qint64(2) << 2 << "text after the closing quote";
        QTest::newRow("eof in quotes") << "eof_in_quotes.csv" << 2 << qint64(3) << 2
                                       << "the file ends inside a quoted field opened on line 3";
        QTest::newRow("nul") << "nul_byte.csv" << 2 << qint64(2) << 2 << "NUL byte in a field";
    }
    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(int, rowsRead);
        QFETCH(qint64, line);
        QFETCH(int, column);
        QFETCH(QString, reason);
        const Read r = readAll(file);
        QCOMPARE(r.rows.size(), rowsRead); // nothing dropped
        QVERIFY(!r.issues.isEmpty());
        QCOMPARE(r.issues.first().line, line);
        QCOMPARE(r.issues.first().column, column);
        QCOMPARE(r.issues.first().reason, reason);
    }

    void raggedReportsEveryBadRow()
    {
        const Read r = readAll(QStringLiteral("ragged.csv"));
        QCOMPARE(r.issues.size(), 2);
        QCOMPARE(r.issues.at(1).line, 4);
        QCOMPARE(r.issues.at(1).reason, QStringLiteral("expected 3 fields, found 4"));
        QCOMPARE(r.rows.last(),
                 (QStringList {QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12")}));
    }

    void quoteInUnquotedFieldIsKeptAndTold()
    {
        const Read r = readAll(QStringLiteral("quote_in_unquoted.csv"));
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.first().line, 2);
        QCOMPARE(r.warnings.first().column, 2);
        QCOMPARE(r.rows.at(0).at(1), QStringLiteral("ab\"c"));
    }

    void explicitEncodingAndNoHeader()
    {
        CsvFormat f;
        f.encoding = CsvEncoding::Windows1252;
        f.hasHeader = false;
        const Read r = readAll(QStringLiteral("utf8_no_bom.csv"), f);
        QVERIFY(r.header.isEmpty());
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows.at(1).at(1), QStringLiteral("Å\u0081ukasz")); // read as asked: mojibake
    }

    void multibyteAcrossChunksAndStreaming()
    {
        // More than one 1 MiB chunk, with 3-byte characters everywhere, so some straddle.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("id,city,note\n");
        const int rows = 100000;
        for (int i = 0; i < rows; ++i)
            out.write(QStringLiteral("%1,東京都,\"a, \"\"b\"\"\nc\"\n")
                          .arg(i, 7, 10, QLatin1Char('0'))
                          .toUtf8());
        out.close();
        QVERIFY(QFileInfo(path).size() > 2 * 1024 * 1024);
        CsvReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.detect().encoding, CsvEncoding::Utf8);
        CsvRecord record;
        int count = 0;
        while (reader.next(record)) {
            if (record.fields.at(1) != u"東京都" || record.fields.at(2) != u"a, \"b\"\nc"
                || record.hasIssue)
                QFAIL(qPrintable(QStringLiteral("row %1 read wrong: %2")
                                     .arg(count)
                                     .arg(record.toStringList().join(u'|'))));
            ++count;
        }
        QCOMPARE(count, rows);
        QCOMPARE(record.line, qint64(2 + 2 * (rows - 1)));
        QCOMPARE(reader.bytesRead(), reader.totalBytes());
        reader.rewind();
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.at(0).toString(), QStringLiteral("0000000"));
    }

    void oversizedFieldsAndRecordsAreRefusedAndReadingGoesOn()
    {
        // The 2 GB single-line file, scaled down: one line of 40 MB among normal lines. With
        // it, a record of 20 fields of 900 KB (over 16 MB, no field over 1 MB) and a quoted
        // field of 2 MB over three lines. Each is one refused record with its line, memory
        // stays bounded, and the records after them are read on their right lines.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("id,note\na,1\nb,");
            const QByteArray mb(1 << 20, 'x');
            for (int i = 0; i < 40; ++i)
                out.write(mb);
            out.write("\nc,3\nd");
            for (int i = 0; i < 20; ++i)
                out.write(',' + QByteArray(900 * 1024, 'y'));
            out.write("\ne,5\nf,\"" + mb + '\n' + mb + "\nend\"\ng,7\nh,\"a\"\"b\"\n");
        }
        const bool measured = resetPeakRss();
        const qint64 before = peakRssKb();
        CsvReader reader;
        QVERIFY(reader.open(path));
        reader.detect();
        QVERIFY(!reader.isRefused());
        QCOMPARE(reader.header(), (QStringList {QStringLiteral("id"), QStringLiteral("note")}));
        CsvRecord record;
        QStringList ids;
        QList<qint64> lines;
        QList<CsvIssue> issues;
        qsizetype longest = 0;
        while (reader.next(record)) {
            const QStringList fields = record.toStringList(); // as the rejects file takes it
            ids << fields.value(0).left(1);
            lines << record.line;
            for (const QString &f : fields)
                longest = std::max(longest, f.size());
            if (record.hasIssue)
                issues << record.issue;
        }
        const qint64 peak = peakRssKb();
        QCOMPARE(ids.join(QString()), QStringLiteral("abcdefgh"));
        QCOMPARE(lines, (QList<qint64> {2, 3, 4, 5, 6, 7, 10, 11}));
        QCOMPARE(record.toStringList(),
                 (QStringList {QStringLiteral("h"), QStringLiteral("a\"b")}));
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(0).line, 3);
        QCOMPARE(issues.at(0).column, 2);
        QVERIFY2(issues.at(0).reason.contains(QStringLiteral("1 MB")),
                 qPrintable(issues.at(0).reason));
        QCOMPARE(issues.at(1).line, 5);
        QCOMPARE(issues.at(1).column, 0);
        QVERIFY2(issues.at(1).reason.contains(QStringLiteral("16 MB")),
                 qPrintable(issues.at(1).reason));
        QCOMPARE(issues.at(2).line, 7);
        QCOMPARE(issues.at(2).column, 2);
        QVERIFY2(longest < 1000, qPrintable(QString::number(longest))); // not kept whole
        if (!measured || before < 0)
            QSKIP("peak memory cannot be measured here (/proc/self/clear_refs)");
#if defined(__SANITIZE_ADDRESS__)
        // ASan keeps freed memory in quarantine (256 MB by default): RSS says nothing then.
        QSKIP("peak memory is not meaningful under AddressSanitizer");
#endif
        // Read whole, the 40 MB line alone would take 80 MB as text, and as much again copied.
        QVERIFY2(peak - before < 100 * 1024,
                 qPrintable(QStringLiteral("peak grew by %1 MB").arg((peak - before) / 1024)));
    }

    void manyFieldsCountAgainstTheLimitsToo()
    {
        // 16 MB of empty fields would be 16 million fields, each costing far more memory
        // than its delimiter: past 1,048,576 fields a row is refused too. Without a header,
        // an oversized first row does not set the field count the next rows must have, and
        // what is kept of a refused row is bounded.
        QByteArray data = "a" + QByteArray(CsvReader::maxFieldCount + 10, ',') + "\n";
        data += "x" + QByteArray(CsvReader::maxFieldLength + 10, 'x') + ",2,3\nb,2,3\nc,2,3\n";
        QBuffer buffer(&data);
        CsvReader reader;
        QVERIFY(reader.open(&buffer));
        CsvFormat noHeader;
        noHeader.hasHeader = false;
        reader.detect(noHeader);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QVERIFY(record.hasIssue);
        QCOMPARE(record.line, 1);
        QVERIFY2(record.issue.reason.contains(QStringLiteral("fields")),
                 qPrintable(record.issue.reason));
        QVERIFY(record.fields.size() <= 10000);
        QVERIFY(reader.next(record));
        QVERIFY(record.hasIssue);
        QCOMPARE(record.line, 2);
        QVERIFY(reader.next(record));
        QVERIFY2(!record.hasIssue, qPrintable(record.issue.reason));
        QCOMPARE(record.toStringList(),
                 (QStringList {QStringLiteral("b"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(reader.expectedFieldCount(), 3);
        QVERIFY(reader.next(record));
        QVERIFY(!record.hasIssue);
    }

    void aHeaderPastTheLimitsRefusesTheFile()
    {
        QByteArray data = "id," + QByteArray(2 << 20, 'h') + "\n1,2\n";
        QBuffer buffer(&data);
        CsvReader reader;
        QVERIFY(reader.open(&buffer));
        reader.detect();
        QVERIFY(reader.isRefused());
        QVERIFY2(reader.errorString().contains(QStringLiteral("line 1")),
                 qPrintable(reader.errorString()));
        CsvRecord record;
        QVERIFY(!reader.next(record));
    }

    void inMemoryDevice()
    {
        QByteArray data("a;b\n1;2\n");
        QBuffer buffer(&data);
        CsvReader reader;
        QVERIFY(reader.open(&buffer));
        QCOMPARE(reader.detect().delimiter, QLatin1Char(';'));
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.toStringList(), (QStringList {QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY(!reader.next(record));
    }

    void unreadableFile()
    {
        CsvReader reader;
        QVERIFY(!reader.open(QStringLiteral("/nonexistent/file.csv")));
        QVERIFY(reader.errorString().contains(QStringLiteral("/nonexistent/file.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
