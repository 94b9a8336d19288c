// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "upload/FileCheck.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A file's check: checked() with the rows, then prepared() with the hashes and entries,
// each once; a check replaced by another says nothing more, not even its progress.
class TestFileCheck : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_csv;

    ImportJob::Settings settings(const QString &out) const
    {
        ImportJob::Settings s;
        s.csvPath = m_csv;
        s.mapping = ColumnMapping::defaultFor({QStringLiteral("install_id"), QStringLiteral("n")});
        s.format = ImportJob::formatFor(s.mapping);
        s.outputDir = m_dir.filePath(out);
        s.hashFile = true;
        s.collectEntries = true;
        s.sealAfterCheck = true;
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("ids.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("install_id,n\n");
        for (int i = 0; i < 300000; ++i) // 6 MB: read on the pipeline's threads
            f.write("install-" + QByteArray::number(i) + "," + QByteArray::number(i) + "\n");
    }

    void rowsThenHashes()
    {
        FileCheck check;
        QSignalSpy checked(&check, &FileCheck::checked), prepared(&check, &FileCheck::prepared),
            progress(&check, &FileCheck::progress);
        QString shaWhenChecked = QStringLiteral("unset");
        connect(&check, &FileCheck::checked, this, [&] {
            QVERIFY(!check.isChecking());
            QVERIFY(check.isPreparing());
            shaWhenChecked = check.result().fileSha256;
        });
        check.start(settings(QStringLiteral("one")));
        QVERIFY(check.isChecking());
        QVERIFY(prepared.wait(30000));
        QCOMPARE(checked.size(), 1);
        QCOMPARE(prepared.size(), 1);
        QCOMPARE(shaWhenChecked, QString());
        QVERIFY(!check.isPreparing());
        QVERIFY(check.result().ok);
        QCOMPARE(check.result().rowsRead, 300000);
        QCOMPARE(check.result().fileSha256.size(), 64);
        QCOMPARE(check.result().entries->size(), 300000);
        QVERIFY(!progress.isEmpty());
    }

    void replacedCheckSaysNothingMore()
    {
        FileCheck check;
        QSignalSpy checked(&check, &FileCheck::checked), prepared(&check, &FileCheck::prepared);
        QList<int> progress;
        bool second = false;
        connect(&check, &FileCheck::progress, this, [&](int permille) {
            if (second)
                progress << permille;
        });
        check.start(settings(QStringLiteral("first")));
        QTRY_VERIFY(check.permille() > 0); // under way, its progress queued meanwhile
        second = true;
        check.start(settings(QStringLiteral("second")));
        QVERIFY(prepared.wait(30000));
        QTest::qWait(50);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(prepared.size(), 1);
        QVERIFY(check.result().ok);
        QCOMPARE(check.result().chunks.first().path.section(u'/', -2, -2),
                 QStringLiteral("second"));
        QVERIFY(!progress.isEmpty());
        QVERIFY(std::is_sorted(progress.begin(), progress.end())); // none of the first's

        check.start(settings(QStringLiteral("third")));
        check.fail(QStringLiteral("no folder")); // replaces it at once
        QVERIFY(prepared.wait(30000));
        QTest::qWait(50);
        QCOMPARE(checked.size(), 2);
        QCOMPARE(prepared.size(), 2);
        QVERIFY(!check.result().ok);
        QCOMPARE(check.result().error, QStringLiteral("no folder"));
    }
};

QTEST_GUILESS_MAIN(TestFileCheck)
#include "tst_filecheck.moc"
