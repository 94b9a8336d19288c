// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestFiles.h"
#include "import/ColumnMapping.h"
#include "import/ImportJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The import's threads (ImportPipeline: a reader, two checkers, the caller committing in
// file order) give what one thread reading row after row gives: the same bodies byte for
// byte, rejects file, problems in order, counts, duplicates resolved by the last row, entry
// digests, progress and cancel. Each input runs with blocks of 1, 2, 3 and 7 rows, so that
// quoted line breaks, duplicates, warnings and padded numbers fall across blocks, and with
// the default blocks (the whole small file in one): all runs must agree to the byte.
class TestImportPipeline : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_runs = 0;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return writeTestFile(m_dir.filePath(name), bytes);
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    static ColumnMapping typedMapping()
    {
        ColumnMapping m;
        m.idColumn = QStringLiteral("id");
        m.attributes
            = {{QStringLiteral("n"), QStringLiteral("n"), AttributeType::Int, {}, true},
               {QStringLiteral("x"), QStringLiteral("x"), AttributeType::Float, {}, true},
               {QStringLiteral("d"), QStringLiteral("d"), AttributeType::Date, {}, true},
               {QStringLiteral("note"), QStringLiteral("note"), AttributeType::String, {}, true}};
        m.tagColumns = {{QStringLiteral("tags"), QStringLiteral("|")}};
        return m;
    }
    // Everything a run tells, as text: two runs agree when these are equal.
    QString describe(const ImportJob::Settings &base, int blockRows, bool *recut = nullptr)
    {
        ImportJob::Settings s = base;
        s.blockRows = blockRows;
        const QString out = m_dir.filePath(QStringLiteral("run%1").arg(++m_runs));
        s.outputDir = out;
        s.rejectsPath = out + QStringLiteral("-rejects.csv");
        const ImportJob::Result r = ImportJob::run(s);
        if (recut)
            *recut = r.recut;
        QString text;
        QTextStream t(&text);
        t << "ok " << r.ok << " cancelled " << r.cancelled << " error " << r.error << "\n"
          << "header " << r.header.join(u'|') << " sheet " << r.sheet << "\n"
          << "rows " << r.rowsRead << " valid " << r.validRows << " rejected " << r.rejectedRows
          << " unique " << r.uniqueIds << " dup " << r.duplicateIds << " superseded "
          << r.supersededRows << " warnings " << r.warnings << " problems " << r.problemCount
          << " file " << r.fileSha256 << "\n";
        for (const RowProblem &p : r.problems)
            t << "problem " << p.line << ":" << p.column << " " << p.columnName << " " << p.reason
              << " " << p.warning << "\n";
        for (const ImportJob::Chunk &c : r.chunks)
            t << "chunk " << c.sequence << " " << c.replace << " " << c.ids << " " << c.sha256
              << "\n"
              << readAll(c.path) << "\n";
        if (r.entries) {
            for (qsizetype i = 0; i < r.entries->size(); ++i)
                t << "entry " << r.entries->id(i).toByteArray() << " "
                  << r.entries->hashes[size_t(i)] << " " << r.entries->sizes[size_t(i)] << "\n";
        }
        t << "files " << QDir(out).entryList(QDir::Files).join(u' ') << "\n";
        if (QFile::exists(s.rejectsPath))
            t << "rejects\n" << readAll(s.rejectsPath);
        return text;
    }
    // Also without the census, and with no room to set rows aside: the same bytes.
    void compareBlockSizes(const ImportJob::Settings &s)
    {
        const QString whole = describe(s, 0);
        ImportJob::Settings noCensus = s, noRoom = s, sealed = s;
        noCensus.census = false;
        noRoom.asideBudget = 0;
        sealed.sealAfterCheck = true;
        QCOMPARE(describe(sealed, 0), whole);
        for (int rows : {1, 2, 3, 7}) {
            for (const ImportJob::Settings *variant :
                 {&s, &std::as_const(noCensus), &std::as_const(noRoom), &std::as_const(sealed)}) {
                const QString split = describe(*variant, rows);
                if (split != whole) {
                    qWarning().noquote() << "blocks of" << rows << "rows, census" << variant->census
                                         << "budget" << variant->asideBudget << ":\n"
                                         << split << "\nwhole:\n"
                                         << whole;
                    QFAIL("the import differs with small blocks");
                }
            }
        }
    }
    ImportJob::Settings settingsFor(const QString &path, const ColumnMapping &m)
    {
        ImportJob::Settings s;
        s.csvPath = path;
        s.mapping = m;
        s.format = ImportJob::formatFor(m);
        s.chunkSize = 3; // bodies cut across blocks too
        s.hashFile = true;
        s.collectEntries = true;
        return s;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameAsOneBlock_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QByteArray header = "id,n,x,d,note,tags\r\n";
        QTest::newRow("quoted line breaks, duplicates, rejects, warnings") << header
                + "a,1,1.5,2024-01-02,\"two\r\nlines\",VIP|fr\r\n"
                  "b,007,2.25,2024-02-30,plain,\r\n" // bad date: rejected, padded int
                  "c,08,1e3,2024-03-01T10:00:00+02:00,\"x\"\"y\",beta\r\n"
                  "a,2,0.1,2024-01-03,second a,\r\n" // supersedes line 2
                  "d,x,1,2024-01-01,bad int,\r\n"
                  "e,009,-0.0,2024-01-01,sa\"id,A|a|B\r\n" // warning, padded again
                  ",1,1,2024-01-01,no id,\r\n"
                  "f,1,1,2024-01-01,\"three\nline\nbreaks\",\r\n"
                  "c,3,3,2024-01-01,last c,\r\n"
                  "g,1,1\r\n" // too few fields
                  "\r\n\r\n"
                  "h,010,5,2024-12-31 23:59,\"end\",z" << QString();
        QTest::newRow("a later repeat rejected") << header
                + "a,1,1,2024-01-01,kept: the later a is rejected,\n"
                  "b,1,1,2024-01-01,superseded,\n"
                  "c,1,1,2024-01-01,x,\n"
                  "b,2,2,2024-01-01,kept,\n"
                  "a,x,1,2024-01-01,bad int,\n"
                  " d ,1,1,2024-01-01,trimmed d,\n"
                  "\"d\",1,1,2024-01-01,quoted d,\n"
                                                 << QString();
        QTest::newRow("IDs written with JSON escapes") << header
                + "a\"b,1,1,2024-01-01,quote,\n"
                  "c\\d,1,1,2024-01-01,backslash,\n"
                  "\"e\tf\",1,1,2024-01-01,tab,\n"
                  "\"g\x01h\",1,1,2024-01-01,control,\n"
                  "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80,1,1,2024-01-01,UTF-8,\n"
                  "c\\d,2,2,2024-01-01,again,\n" << QString();
        QTest::newRow("one row") << header + "a,1,1,2024-01-01,x,y\r\n" << QString();
        QTest::newRow("header alone") << header << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("unclosed quote at the end")
            << header + "a,1,1,2024-01-01,x,y\nb,2,2,2024-01-01,\"open\nc,3" << QString();
        QTest::newRow("BOM") << "\xEF\xBB\xBF" + header
                + "é,1,1,2024-01-01,ü,Ä\n"
                  "é,2,2,2024-01-01,second,\n"
                             << QString();
        QTest::newRow("not UTF-8") << header + "a\xff,1,1,2024-01-01,x,\nb,1,1,2024-01-01,x,\n"
                                   << QString();
        QTest::newRow("windows-1252") << header
                + "\x80"
                  "a,1,1,2024-01-01,caf\xe9,\n"
                  "b,1,1,2024-01-01,\x93q\x94,\n"
                                      << QStringLiteral("windows-1252");
        QString utf16 = QString::fromUtf8(header
                                          + "ü,1,1,2024-01-01,\"a\nb\",t\r\n"
                                            "v,2,2,2024-01-01,x,\r\nü,3,3,2024-01-01,y,\r\n");
        QByteArray le("\xFF\xFE");
        le.append(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2);
        QTest::newRow("UTF-16LE") << le << QString();
    }
    void sameAsOneBlock()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        ColumnMapping m = typedMapping();
        if (!encoding.isEmpty())
            m.encoding = encoding;
        const QString path = writeFile(QStringLiteral("in-%1.csv").arg(m_runs), bytes);
        ImportJob::Settings s = settingsFor(path, m);
        compareBlockSizes(s);
        s.mode = UploadMode::Remove; // bodies of removes: the entries without their action
        compareBlockSizes(s);
    }

    // The census spares the re-cut where it guessed right (every repeated ID's later row
    // valid), and the bodies are those of a run without it.
    void censusSparesTheRecut()
    {
        QByteArray bytes = "id,n\n";
        for (int i = 0; i < 40; ++i)
            bytes += "id-" + QByteArray::number(i % 25) + "," + QByteArray::number(i) + "\n";
        const QString path = writeFile(QStringLiteral("repeats.csv"), bytes);
        ColumnMapping m;
        m.idColumn = QStringLiteral("id");
        m.attributes = {{QStringLiteral("n"), QStringLiteral("n"), AttributeType::Int, {}, true}};
        ImportJob::Settings s = settingsFor(path, m);
        bool recut = true;
        const QString guessed = describe(s, 3, &recut);
        QVERIFY(!recut);
        QVERIFY(guessed.contains(u"superseded 15"));
        s.census = false;
        QCOMPARE(describe(s, 3, &recut), guessed);
        QVERIFY(recut);
        s.census = true;
        s.asideBudget = 0;
        QCOMPARE(describe(s, 3, &recut), guessed);
        QVERIFY(recut);

        // The last id-3 is rejected: the census set the one before aside, wrongly.
        bytes.replace("id-3,28\n", "id-3,x\n");
        writeFile(QStringLiteral("repeats.csv"), bytes);
        s.asideBudget = -1;
        const QString wrong = describe(s, 3, &recut);
        QVERIFY(recut);
        QVERIFY(wrong.contains(u"superseded 14"));
        s.census = false;
        QCOMPARE(describe(s, 3, &recut), wrong);
    }

    // sealAfterCheck: the counts, problems and bodies come first (rowsChecked), the hashes
    // and entries after, from the bodies on disk, equal to those taken while reading.
    void sealedAfterTheRows()
    {
        QByteArray bytes = "id,n,note\n";
        for (int i = 0; i < 3000; ++i)
            bytes += "id-" + QByteArray::number(i % 2500) + (i % 9 == 0 ? "\\x" : "") + ","
                + QByteArray::number(i % 50 == 0 ? -1 : i) + "," + QByteArray(i % 13, 'z') + "\n";
        const QString path = writeFile(QStringLiteral("sealed.csv"), bytes);
        ColumnMapping m;
        m.idColumn = QStringLiteral("id");
        m.attributes
            = {{QStringLiteral("n"), QStringLiteral("n"), AttributeType::Int, {}, true},
               {QStringLiteral("note"), QStringLiteral("note"), AttributeType::String, {}, true}};
        for (UploadMode mode : {UploadMode::Replace, UploadMode::Add, UploadMode::Remove}) {
            ImportJob::Settings s = settingsFor(path, m);
            s.chunkSize = 37; // bodies of many entries, hashed four at a time
            s.mode = mode;
            const QString inline_ = describe(s, 64);
            s.sealAfterCheck = true;
            QCOMPARE(describe(s, 64), inline_);
            QCOMPARE(describe(s, 0), inline_);

            s.outputDir = m_dir.filePath(QStringLiteral("sealed-%1").arg(int(mode)));
            int calls = 0;
            ImportJob::Result early;
            const ImportJob::Result r
                = ImportJob::run(s, nullptr, {}, [&](const ImportJob::Result &rows) {
                      ++calls;
                      early = rows;
                  });
            QCOMPARE(calls, 1);
            QVERIFY(r.ok && early.ok);
            QCOMPARE(early.rowsRead, r.rowsRead);
            QCOMPARE(early.uniqueIds, r.uniqueIds);
            QCOMPARE(early.problemCount, r.problemCount);
            QCOMPARE(early.chunks.size(), r.chunks.size());
            QVERIFY(early.fileSha256.isEmpty());
            QVERIFY(early.chunks.first().sha256.isEmpty());
            QVERIFY(!early.entries);
            QVERIFY(!r.fileSha256.isEmpty());
            QCOMPARE(r.entries->size(), r.uniqueIds);
        }
    }

    // A body changed or gone between the rows' check and its seal: the import fails and
    // says which, rather than hashes of something else.
    void sealOfAChangedBody()
    {
        QByteArray bytes = "id,n\n";
        for (int i = 0; i < 100; ++i)
            bytes += "id-" + QByteArray::number(i) + "," + QByteArray::number(i) + "\n";
        const QString path = writeFile(QStringLiteral("changed.csv"), bytes);
        ColumnMapping m;
        m.idColumn = QStringLiteral("id");
        ImportJob::Settings s = settingsFor(path, m);
        s.chunkSize = 40;
        s.sealAfterCheck = true;
        s.collectEntries = false; // the hashes alone: the body's size tells
        s.mode = UploadMode::Add;
        for (bool remove : {false, true}) {
            s.outputDir = m_dir.filePath(QStringLiteral("changed-%1").arg(remove));
            const ImportJob::Result r
                = ImportJob::run(s, nullptr, {}, [remove](const ImportJob::Result &rows) {
                      QFile body(rows.chunks.at(1).path);
                      if (remove)
                          QVERIFY(body.remove());
                      else
                          QVERIFY(body.resize(body.size() / 2));
                  });
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QFileInfo(r.chunks.at(1).path).fileName()),
                     qPrintable(r.error));
        }
    }

    void withoutHeaderAndFewProblemsKept()
    {
        const QString path
            = writeFile(QStringLiteral("noheader.csv"), "a,1\nb,x\nc\nd,2\na,3\n,4\ne,5,6\nf,06\n");
        ColumnMapping m;
        m.hasHeader = false;
        m.idColumn = QStringLiteral("1");
        m.attributes = {{QStringLiteral("2"), QStringLiteral("n"), AttributeType::Int, {}, true}};
        ImportJob::Settings s = settingsFor(path, m);
        s.maxProblemsKept = 2;
        compareBlockSizes(s);
        s.mode = UploadMode::Add;
        compareBlockSizes(s);
    }

    // Progress comes from the thread that called run(), in order; a cancel mid-file stops
    // every thread and returns at once.
    void progressAndCancel()
    {
        QByteArray bytes = "id,n\n";
        for (int i = 0; i < 200000; ++i)
            bytes += "install-" + QByteArray::number(i % 150000) + "," + QByteArray::number(i)
                + "\n"; // the last 50,000 rows repeat IDs: duplicates found on two threads
        const QString path = writeFile(QStringLiteral("big.csv"), bytes);
        ColumnMapping m;
        m.idColumn = QStringLiteral("id");
        m.attributes = {{QStringLiteral("n"), QStringLiteral("n"), AttributeType::Int, {}, true}};
        ImportJob::Settings s = settingsFor(path, m);
        s.chunkSize = 10000;
        s.outputDir = m_dir.filePath(QStringLiteral("progress"));
        QList<qint64> done;
        const QThread *caller = QThread::currentThread();
        bool sameThread = true;
        const ImportJob::Result all
            = ImportJob::run(s, nullptr, [&](ImportJob::Phase phase, qint64 at, qint64 total) {
                  sameThread = sameThread && QThread::currentThread() == caller;
                  if (phase == ImportJob::Phase::Reading) {
                      QCOMPARE(total, qint64(bytes.size()));
                      done << at;
                  }
              });
        QVERIFY(all.ok);
        QCOMPARE(all.rowsRead, 200000);
        QCOMPARE(all.uniqueIds, 150000);
        QCOMPARE(all.duplicateIds, 50000);
        QCOMPARE(all.supersededRows, 50000);
        QCOMPARE(all.entries->size(), 150000);
        QCOMPARE(all.entries->id(0), QByteArrayView("install-50000")); // 0-49,999 came later
        QCOMPARE(all.entries->id(149999), QByteArrayView("install-49999"));
        QVERIFY(sameThread);
        QVERIFY(done.size() >= 3);
        QVERIFY(std::is_sorted(done.begin(), done.end()));
        QCOMPARE(done.last(), qint64(bytes.size()));

        std::atomic<bool> cancel {false};
        s.outputDir = m_dir.filePath(QStringLiteral("cancelled"));
        s.blockRows = 5;
        qint64 rowsAtCancel = -1;
        const ImportJob::Result stopped
            = ImportJob::run(s, &cancel, [&](ImportJob::Phase, qint64 at, qint64) {
                  if (at > 0)
                      cancel = true;
              });
        QVERIFY(stopped.cancelled);
        QVERIFY(!stopped.ok);
        rowsAtCancel = stopped.rowsRead;
        QVERIFY(rowsAtCancel > 0 && rowsAtCancel < 200000);
    }
};

QTEST_GUILESS_MAIN(TestImportPipeline)
#include "tst_importpipeline.moc"
