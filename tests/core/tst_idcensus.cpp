// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestFiles.h"
#include "csv/RecordSource.h"
#include "import/IdCensus.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The census reads the file's bytes its own way; where it answers, its answer is what
// CsvReader's records say (each record's trimmed ID field, the same ID in a later record),
// whatever the line ends, quotes, empty lines, BOM or header, and however many parts the file
// is cut into. Where it cannot read a file as the reader does, it says nothing.
class TestIdCensus : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes)
    {
        return writeTestFile(m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files)), bytes);
    }

    // What the reader says: a record's ID is its trimmed field, a missing field is empty.
    static std::vector<bool> reference(const QString &path, const CsvFormat &requested,
                                       int idColumn, CsvFormat *detected)
    {
        const std::unique_ptr<RecordSource> source = RecordSource::forFile(path);
        if (!source->open(path))
            qFatal("cannot open");
        *detected = source->detect(requested);
        QStringList ids;
        CsvRecord record;
        while (source->next(record))
            ids << (idColumn < record.fields.size()
                        ? record.fields.at(idColumn).trimmed().toString()
                        : QString());
        std::vector<bool> later(size_t(ids.size()), false);
        QSet<QString> seen;
        for (qsizetype i = ids.size(); i-- > 0;) {
            later[size_t(i)] = seen.contains(ids.at(i));
            seen.insert(ids.at(i));
        }
        return later;
    }

    static IdCensus::Input inputFor(const QString &path, const CsvFormat &format, int idColumn)
    {
        IdCensus::Input in;
        in.path = path;
        in.dataStart = format.hasBom ? 3 : 0;
        in.delimiter = char(format.delimiter.unicode());
        in.hasHeader = format.hasHeader;
        in.idColumn = idColumn;
        return in;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameAsTheReader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("header");
        QTest::addColumn<int>("idColumn");
        QTest::newRow("LF") << QByteArray("id,n\na,1\nb,2\na,3\nc,4\nb,5\n") << true << 0;
        QTest::newRow("CRLF, no final line end")
            << QByteArray("id,n\r\na,1\r\nb,2\r\na,3\r\nb,4") << true << 0;
        QTest::newRow("CR alone") << QByteArray("id,n\ra,1\rb,2\ra,3\r") << true << 0;
        QTest::newRow("empty lines")
            << QByteArray("\n\nid,n\n\na,1\r\n\r\n\nb,2\n\n\na,3\n\n") << true << 0;
        QTest::newRow("spaces around IDs")
            << QByteArray("id,n\n a ,1\na,2\n\ta\t,3\nb ,4\n b,5\n") << true << 0;
        QTest::newRow("quoted IDs")
            << QByteArray("id,n\n\"a\",1\na,2\n\"a\"\"b\",3\n"
                          "\"a\"\"b\",4\n\"x\ny\",5\n\"x\ny\",6\n\" c \",7\nc,8\n")
            << true << 0;
        QTest::newRow("ID column in the middle") << QByteArray(
            "n,id,t\n1,a,x\n\"2\n2\",b,\"y,\"\"z\"\"\"\n3,a,\n4,\"b\",w\n5\n6,,\n7,,\n")
                                                 << true << 1;
        QTest::newRow("quotes past the ID")
            << QByteArray("id,n,t\na,1,\"x\ny\nz\"\nb,2,\"q\"\"\"\na,3,\"\"\nb,4,w\"x\n") << true
            << 0;
        QTest::newRow("no header") << QByteArray("a,1\nb,2\na,3\n") << false << 0;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFid,n\n\xC3\xA9,1\n\xC3\xA9,2\n") << true
                             << 0;
        QTest::newRow("semicolons") << QByteArray("id;n\na;1\nb;2\na;3\n") << true << 0;
        QTest::newRow("last ID column missing")
            << QByteArray("n,id\n1\n2,a\n3\n4,a\n") << true << 1;
        QByteArray many = "id,n,note\n";
        for (int i = 0; i < 3000; ++i)
            many += "id-" + QByteArray::number(i % 1700) + "," + QByteArray::number(i)
                + (i % 7 == 0        ? ",\"two\nlines\"\n"
                       : i % 11 == 0 ? "\r\n\r\n"
                                     : ",x\n");
        QTest::newRow("thousands of rows") << many << true << 0;
    }
    void sameAsTheReader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, header);
        QFETCH(int, idColumn);
        const QString path = write(bytes);
        CsvFormat requested;
        requested.hasHeader = header;
        CsvFormat detected;
        const std::vector<bool> expected = reference(path, requested, idColumn, &detected);
        QVERIFY(std::count(expected.begin(), expected.end(), true) > 0);
        for (int threads : {1, 2, 3, 5, 8}) {
            const std::vector<bool> got
                = IdCensus::laterRepeats(inputFor(path, detected, idColumn), nullptr, threads);
            if (got.empty())
                continue; // a part began inside a quoted line break: no answer, checked below
            QCOMPARE(got, expected);
        }
        QCOMPARE(IdCensus::laterRepeats(inputFor(path, detected, idColumn), nullptr, 1), expected);
    }

    // Cut inside a quoted field that holds line breaks, the halves do not meet: no answer
    // rather than a wrong one.
    void partStartingInsideQuotes()
    {
        QByteArray bytes = "id,note\na,x\n";
        bytes += "b,\"" + QByteArray("line\n").repeated(200) + "\"\n";
        bytes += "a,y\n";
        const QString path = write(bytes);
        IdCensus::Input in;
        in.path = path;
        QVERIFY(IdCensus::laterRepeats(in, nullptr, 2).empty());
        QCOMPARE(IdCensus::laterRepeats(in, nullptr, 1), (std::vector<bool> {true, false, false}));
    }

    void noAnswer()
    {
        IdCensus::Input in;
        in.path = write("id,n\n\"a\"x,1\na,2\n"); // text after the closing quote
        QVERIFY(IdCensus::laterRepeats(in, nullptr, 1).empty());
        in.path = m_dir.filePath(QStringLiteral("missing.csv"));
        QVERIFY(IdCensus::laterRepeats(in, nullptr, 1).empty());
        in.path = write("id,n\na,1\na,2\n");
        in.delimiter = '"';
        QVERIFY(IdCensus::laterRepeats(in, nullptr, 1).empty());
        in.delimiter = ',';
        in.idColumn = -1;
        QVERIFY(IdCensus::laterRepeats(in, nullptr, 1).empty());
        in.idColumn = 0;
        QCOMPARE(IdCensus::laterRepeats(in, nullptr, 1), (std::vector<bool> {true, false}));
        QByteArray big = "id\n";
        for (int i = 0; i < 200000; ++i)
            big += QByteArray::number(i) + "\n";
        in.path = write(big);
        const std::atomic<bool> cancel {true};
        QVERIFY(IdCensus::laterRepeats(in, &cancel, 2).empty());
        QCOMPARE(IdCensus::laterRepeats(in, nullptr, 2).size(), size_t(200000));
    }
};

QTEST_GUILESS_MAIN(TestIdCensus)
#include "tst_idcensus.moc"
