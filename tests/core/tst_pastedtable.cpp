// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/UploadHistory.h"
#include "import/ColumnMapping.h"
#include "import/CsvPreview.h"
#include "import/PastedTable.h"
#include "upload/UploadWorkDir.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Cells copied from a spreadsheet become a file the import reads like any other: what the
// file holds, read back by the same reader as a chosen file.
class TestPastedTable : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // Saved in a folder of its own, then read back as the Format page reads it.
    PastedTable::Saved save(const QString &text, CsvPreview *back)
    {
        const QString folder = m_dir.filePath(u"p%1"_s.arg(++m_count));
        const PastedTable::Saved saved = PastedTable::save(text, folder);
        if (saved.ok() && back)
            *back = CsvPreview::read(saved.path, {}, 100);
        return saved;
    }
    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aSingleColumnGetsTheIdHeader()
    {
        CsvPreview back;
        const auto saved = save(u"a1b2\nc3d4\ne5f6\n"_s, &back);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QVERIFY(saved.headerAdded);
        QCOMPARE(saved.rows, 3);
        QCOMPARE(saved.columns, 1);
        QCOMPARE(contents(saved.path), "install_id\na1b2\nc3d4\ne5f6\n");
        QVERIFY(back.ok);
        QCOMPARE(back.header, QStringList {u"install_id"_s});
        QCOMPARE(ColumnMapping::defaultIdColumn(back.header), u"install_id"_s);
        QCOMPARE(back.rows.size(), 3);
        QCOMPARE(back.rows.first(), QStringList {u"a1b2"_s});
        QVERIFY(QFileInfo(saved.path).fileName().startsWith(u"pasted-"_s));
        QVERIFY(saved.path.endsWith(u".tsv"_s));
        // It holds install IDs: the owner's only.
        const QFileDevice::Permissions mode = QFile::permissions(saved.path);
        QVERIFY(mode & QFileDevice::ReadOwner);
        QVERIFY(!(mode
                  & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                     | QFileDevice::WriteOther)));
    }

    void aColumnKeepsItsOwnHeader_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("headerAdded");
        QTest::newRow("install_id") << u"install_id\nx1\nx2\n"_s << false;
        QTest::newRow("Install ID") << u"Install ID\nx1\nx2\n"_s << false;
        QTest::newRow("a label over digits") << u"customer\n123\n456\n789\n"_s << false;
        QTest::newRow("a label over UUIDs") << u"batch ids\n0a1b2c3d-0000-4000-8000-000000000001\n"
                                               "0a1b2c3d-0000-4000-8000-000000000002\n"_s
                                            << false;
        QTest::newRow("a label with a space") << u"Install IDs\nab1\ncd2\n"_s << false;
        QTest::newRow("IDs only, alike") << u"123\n456\n789\n"_s << true;
        QTest::newRow("IDs only, mixed") << u"abc\n123\nx-9\n"_s << true;
        QTest::newRow("two IDs") << u"user\n123\n"_s << true; // too few to tell
    }
    void aColumnKeepsItsOwnHeader()
    {
        QFETCH(QString, text);
        QFETCH(bool, headerAdded);
        const auto saved = save(text, nullptr);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.headerAdded, headerAdded);
    }

    void tabSeparatedCellsWithAHeader()
    {
        CsvPreview back;
        const auto saved
            = save(u"install_id\tage\tcity\nid1\t31\tParis, France\nid2\t\tLyon\n"_s, &back);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QVERIFY(!saved.headerAdded);
        QCOMPARE(saved.columns, 3);
        QCOMPARE(saved.rows, 2);
        QCOMPARE(saved.header, (QStringList {u"install_id"_s, u"age"_s, u"city"_s}));
        QVERIFY(back.ok);
        QCOMPARE(back.format.delimiter, QChar(u'\t')); // a comma in a cell fools nothing
        QCOMPARE(back.header, saved.header);
        QCOMPARE(back.rows.at(0), (QStringList {u"id1"_s, u"31"_s, u"Paris, France"_s}));
        QCOMPARE(back.rows.at(1), (QStringList {u"id2"_s, QString(), u"Lyon"_s}));
    }

    void crlfAndBlankLines()
    {
        CsvPreview back;
        // Windows line ends, blank lines (between and after), a last line without its end.
        const auto saved
            = save(u"id\tscore\r\nA1\t1\r\n\r\n\t\r\nB2\t2\r\nC3\t3\r\n\r\n\r\n"_s, &back);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.rows, 3);
        QCOMPARE(contents(saved.path), "id\tscore\nA1\t1\nB2\t2\nC3\t3\n");
        const auto noEnd = save(u"x1\r\nx2"_s, nullptr);
        QCOMPARE(contents(noEnd.path), "install_id\nx1\nx2\n");
        const auto oldMac = save(u"x1\rx2\r"_s, nullptr);
        QCOMPARE(contents(oldMac.path), "install_id\nx1\nx2\n");
    }

    void excelQuotedCells()
    {
        CsvPreview back;
        // Excel quotes a cell holding a tab, a line end or a quote; a quote inside a cell
        // that is not quoted that way is text.
        const auto saved = save(u"install_id\tnote\r\n"
                                "id1\t\"two\nlines\"\r\n"
                                "id2\t\"say \"\"hi\"\"\ttab\"\r\n"
                                "id3\t5\" screen\r\n"
                                "id4\t\"quoted\" then text\r\n"_s,
                                &back);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.rows, 4);
        QVERIFY(back.ok);
        QCOMPARE(back.format.delimiter, QChar(u'\t'));
        QCOMPARE(back.rows.size(), 4);
        QCOMPARE(back.rows.at(0).at(1), u"two\nlines"_s);
        QCOMPARE(back.rows.at(1).at(1), u"say \"hi\"\ttab"_s);
        QCOMPARE(back.rows.at(2).at(1), u"5\" screen"_s);
        QCOMPARE(back.rows.at(3).at(1), u"\"quoted\" then text"_s);
        for (const QString &issue : back.rowIssues)
            QVERIFY2(issue.isEmpty(), qPrintable(issue));
    }

    void shortRowsAreMadeAsWideAsTheHeader()
    {
        CsvPreview back;
        const auto saved = save(u"install_id\tage\tcity\t\nid1\t31\nid2\t32\tLyon\t\t\n"_s, &back);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.columns, 3); // the empty cell after "city" is no column
        QCOMPARE(contents(saved.path), "install_id\tage\tcity\nid1\t31\t\nid2\t32\tLyon\n");
    }

    void nothingToPaste_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces and line ends") << u"  \n\t\r\n \n"_s;
        QTest::newRow("only the header") << u"install_id\n\n"_s;
        QTest::newRow("only a header row") << u"install_id\tage\n"_s;
    }
    void nothingToPaste()
    {
        QFETCH(QString, text);
        const QString folder
            = m_dir.filePath(u"none-%1"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        const auto saved = PastedTable::save(text, folder);
        QVERIFY(!saved.ok());
        QVERIFY(!saved.error.isEmpty());
        QVERIFY(saved.path.isEmpty());
        QVERIFY(!QFileInfo::exists(folder)); // no file, not even a folder
    }

    void numericIdsKeepTheirZeros()
    {
        CsvPreview back;
        const auto saved = save(u"007\n0123\n42\n00000000000000000001\n"_s, &back);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QVERIFY(saved.headerAdded);
        QCOMPARE(contents(saved.path), "install_id\n007\n0123\n42\n00000000000000000001\n");
        QCOMPARE(back.rows.at(0), QStringList {u"007"_s});
        QCOMPARE(back.rows.at(3), QStringList {u"00000000000000000001"_s});
    }

    void unicodeIsWrittenAsUtf8()
    {
        const auto saved = save(u"install_id\tname\nid1\tZoë Ångström 日本\n"_s, nullptr);
        QCOMPARE(contents(saved.path), u"install_id\tname\nid1\tZoë Ångström 日本\n"_s.toUtf8());
    }

    void twoPastesInTheSameSecond()
    {
        const QString folder = m_dir.filePath(u"same-second"_s);
        const QDateTime when(QDate(2026, 11, 23), QTime(17, 5, 12));
        const auto a = PastedTable::save(u"x1\n"_s, folder, when);
        const auto b = PastedTable::save(u"x2\n"_s, folder, when);
        QCOMPARE(QFileInfo(a.path).fileName(), u"pasted-2026-11-23-170512.tsv"_s);
        QCOMPARE(QFileInfo(b.path).fileName(), u"pasted-2026-11-23-170512-2.tsv"_s);
        QVERIFY(PastedTable::isPasted(a.path, folder));
        QVERIFY(!PastedTable::isPasted(m_dir.filePath(u"segment.csv"_s), folder));
    }

    void expiredPastesGoUnlessAnUploadCanResume()
    {
        const QString folder = m_dir.filePath(u"expiry"_s);
        const QDateTime when(QDate(2026, 1, 2), QTime(3, 4, 5));
        const auto kept = PastedTable::save(u"x1\n"_s, folder, when);
        const auto old = PastedTable::save(u"x2\n"_s, folder, when);
        const auto fresh = PastedTable::save(u"x3\n"_s, folder, when);
        const QDateTime longAgo = QDateTime::currentDateTime().addDays(-30);
        for (const QString &path : {kept.path, old.path}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(longAgo, QFileDevice::FileModificationTime));
        }
        const int removed = PastedTable::removeExpired(QDateTime::currentDateTime().addDays(-14),
                                                       {kept.path}, folder);
        QCOMPARE(removed, 1);
        QVERIFY(QFileInfo::exists(kept.path)); // an upload of it can still be resumed
        QVERIFY(!QFileInfo::exists(old.path));
        QVERIFY(QFileInfo::exists(fresh.path));
    }

    // The purge of expired uploads (at each upload's start) takes the pasted files no upload
    // can resume any more with it.
    void thePurgeTakesPastedFilesNoUploadNeeds()
    {
        const auto resumable = PastedTable::save(u"x1\n"_s);
        const auto done = PastedTable::save(u"x2\n"_s);
        QVERIFY(resumable.ok() && done.ok());
        QCOMPARE(QFileInfo(done.path).absolutePath(), PastedTable::folder());
        const QDateTime longAgo = QDateTime::currentDateTime().addDays(-30);
        for (const QString &path : {resumable.path, done.path}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(longAgo, QFileDevice::FileModificationTime));
        }
        UploadHistory history(m_dir.filePath(u"history.sqlite"_s));
        UploadRecord partial;
        partial.profileId = u"sandbox"_s;
        partial.audience = u"vip"_s;
        partial.filePath = resumable.path;
        partial.fileName = QFileInfo(resumable.path).fileName();
        partial.state = UploadRecord::State::Partial;
        QVERIFY(history.create(partial) > 0);
        UploadRecord completed = partial;
        completed.filePath = done.path;
        completed.state = UploadRecord::State::Completed;
        QVERIFY(history.create(completed) > 0);
        UploadWorkDir::purgeExpired(history, 14);
        QVERIFY(QFileInfo::exists(resumable.path));
        QVERIFY(!QFileInfo::exists(done.path));
    }

    // A million pasted IDs, written off the GUI thread by the File page: how long it takes.
    void aMillionLines()
    {
        QString text;
        text.reserve(1000000 * 37);
        for (int i = 0; i < 1000000; ++i)
            text += u"0a1b2c3d-0000-4000-8000-%1\n"_s.arg(i, 12, 10, QLatin1Char('0'));
        QElapsedTimer timer;
        timer.start();
        const auto saved = save(text, nullptr);
        const qint64 ms = timer.elapsed();
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.rows, 1000000);
        QCOMPARE(QFileInfo(saved.path).size(), qint64(11 + 1000000 * 37));
        qInfo("1,000,000 pasted IDs (%lld MB) written in %lld ms", text.size() * 2 / 1000000, ms);
    }
};

QTEST_GUILESS_MAIN(TestPastedTable)
#include "tst_pastedtable.moc"
