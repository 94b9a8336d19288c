// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxFixture.h"
#include "history/UploadHistory.h"
#include "upload/ImportFanOut.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// One file into two apps (two fake servers, one per app): each ends up holding exactly the
// file, one failing leaves the other complete, and the outcomes say which.
class TestImportFanOut : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString makeCsv(const QString &name, int count)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write("install_id,score\n");
        for (int i = 0; i < count; ++i)
            f.write(QStringLiteral("id-%1,%2\n").arg(i, 6, 10, QLatin1Char('0')).arg(i).toUtf8());
        return path;
    }
    static QStringList held(const FakeBatchServer &server, const QString &audience)
    {
        const auto a = server.audience(audience);
        return a ? a->members.keys() : QStringList();
    }
    static ImportSession::Target targetFor(const SandboxFixture &s, const QString &name)
    {
        ImportSession::Target target;
        target.config = s.config();
        target.profileId = name;
        target.profileName = name;
        target.audience = QStringLiteral("vip_fr");
        target.createIfMissing = true;
        return target;
    }
    void prepare(ImportFanOut &fanOut, const QString &csv)
    {
        fanOut.setPrepare([csv](ImportSession &session) {
            session.setFile(csv);
            session.setMapping(
                ColumnMapping::defaultFor({QStringLiteral("install_id"), QStringLiteral("score")}));
            session.setResumeWaitLimitMs(2000);
        });
    }
    static bool run(ImportFanOut &fanOut, const QList<ImportSession::Target> &targets)
    {
        QSignalSpy finished(&fanOut, &ImportFanOut::finished);
        fanOut.start(targets);
        return finished.wait(60000);
    }

private slots:
    void initTestCase()
    {
        prepareNetworkTest();
        QVERIFY(m_dir.isValid());
    }

    void bothAppsHoldTheFile()
    {
        SandboxFixture ios, android;
        QVERIFY(ios.start());
        QVERIFY(android.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("both.sqlite")));
        ImportFanOut fanOut(&ios.network, &history);
        prepare(fanOut, makeCsv(QStringLiteral("both.csv"), 12000));
        fanOut.setVerifyLimitMs(20000);
        QSignalSpy started(&fanOut, &ImportFanOut::targetStarted);
        QVERIFY(run(fanOut,
                    {targetFor(ios, QStringLiteral("iOS")),
                     targetFor(android, QStringLiteral("Android"))}));

        QCOMPARE(started.size(), 2);
        QCOMPARE(held(ios.server, QStringLiteral("vip_fr")).size(), 12000);
        QCOMPARE(held(android.server, QStringLiteral("vip_fr")),
                 held(ios.server, QStringLiteral("vip_fr")));
        QVERIFY(fanOut.allCompleted());
        for (const ImportFanOut::Outcome &o : fanOut.outcomes()) {
            QCOMPARE(o.stop, ImportSession::Stop::Completed);
            QCOMPARE(o.idsAcknowledged, 12000);
            QCOMPARE(o.verification.serverIds, 12000); // Batch's count, per app
        }
        // One journal entry per app, each under its own profile.
        QCOMPARE(history.uploads().size(), 2);
    }

    void oneAppFailingLeavesTheOtherComplete()
    {
        SandboxFixture ios, android;
        QVERIFY(ios.start());
        QVERIFY(android.start());
        FakeBatchServer::Fault refused;
        refused.httpStatus = 400;
        android.server.injectFault(refused, 1000);
        UploadHistory history(m_dir.filePath(QStringLiteral("one.sqlite")));
        ImportFanOut fanOut(&ios.network, &history);
        prepare(fanOut, makeCsv(QStringLiteral("one.csv"), 500));
        // The failing app first: the next one is still sent.
        QVERIFY(run(fanOut,
                    {targetFor(android, QStringLiteral("Android")),
                     targetFor(ios, QStringLiteral("iOS"))}));

        const auto &outcomes = fanOut.outcomes();
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes[0].stop, ImportSession::Stop::Refused);
        QVERIFY(!outcomes[0].message.isEmpty());
        QVERIFY(held(android.server, QStringLiteral("vip_fr")).isEmpty());
        QCOMPARE(outcomes[1].stop, ImportSession::Stop::Completed);
        QCOMPARE(held(ios.server, QStringLiteral("vip_fr")).size(), 500);
        QVERIFY(!fanOut.allCompleted());
    }

    void aFileChangedBetweenAppsIsNotSentToTheNext()
    {
        SandboxFixture ios, android;
        QVERIFY(ios.start());
        QVERIFY(android.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("changed.sqlite")));
        ImportFanOut fanOut(&ios.network, &history);
        const QString csv = makeCsv(QStringLiteral("changed.csv"), 300);
        prepare(fanOut, csv);
        connect(&fanOut, &ImportFanOut::targetFinished, this, [csv](int index) {
            if (index == 0) { // someone saves the file again in between
                QFile f(csv);
                QVERIFY(f.open(QIODevice::Append));
                f.write("id-999999,1\n");
            }
        });
        QVERIFY(run(fanOut,
                    {targetFor(ios, QStringLiteral("iOS")),
                     targetFor(android, QStringLiteral("Android"))}));
        QCOMPARE(held(ios.server, QStringLiteral("vip_fr")).size(), 300);
        QVERIFY(android.server.requests().isEmpty()); // nothing sent to the second app
        QVERIFY(!fanOut.outcomes()[1].started);
        QVERIFY2(fanOut.outcomes()[1].message.contains(QStringLiteral("changed")),
                 qPrintable(fanOut.outcomes()[1].message));
    }

    void cancelStopsTheRest()
    {
        SandboxFixture ios, android;
        QVERIFY(ios.start());
        QVERIFY(android.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("cancel.sqlite")));
        ImportFanOut fanOut(&ios.network, &history);
        prepare(fanOut, makeCsv(QStringLiteral("cancel.csv"), 300));
        connect(&fanOut, &ImportFanOut::targetFinished, &fanOut, [&fanOut](int index) {
            if (index == 0)
                fanOut.cancel();
        });
        QVERIFY(run(fanOut,
                    {targetFor(ios, QStringLiteral("iOS")),
                     targetFor(android, QStringLiteral("Android"))}));
        QCOMPARE(fanOut.outcomes()[0].stop, ImportSession::Stop::Completed);
        QVERIFY(!fanOut.outcomes()[1].started);
        QVERIFY(android.server.requests().isEmpty());
        QVERIFY(!fanOut.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestImportFanOut)
#include "tst_importfanout.moc"
