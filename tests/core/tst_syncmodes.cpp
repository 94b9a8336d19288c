// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadModesTestBase.h"
#include "import/SyncPlanner.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

// Sync against the sandbox: only the differences from the verified baseline are sent, as
// Updates (never a Replace while the baseline holds; counted by method on the server); a
// partial sync resumes; a missing or stale baseline (replaced elsewhere, count changed,
// deleted) falls back to a Replace, or with no fallback stops with nothing changed.
class TestSyncModes : public UploadModesTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareNetworkTest(); }
    void init() { clean(); }

    void syncSendsOnlyTheDifferences()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("sync.sqlite")));
        qint64 replaceBytes = 0;
        seedBaseline(s, history, 0, 25000, &replaceBytes);
        // 0..99 gone, 25,000..25,099 new, 1,000..1,009 changed, the rest unchanged.
        QList<int> changed;
        for (int i = 1000; i < 1010; ++i)
            changed << i;
        const QString csv = makeCsv(QStringLiteral("sync.csv"), 100, 25000, 0, changed);
        Run r = upload(s, history, csv, UploadMode::Sync);
        QCOMPARE(r.session->stopReason(), ImportSession::Stop::Completed);
        QCOMPARE(r.session->effectiveMode(), UploadMode::Sync);
        QCOMPARE(held(s.server, QStringLiteral("vip_fr")), idsIn(100, 25000));
        QCOMPARE(s.server.audience(QStringLiteral("vip_fr"))
                     ->members.value(id(1005))
                     .attributes.value(u"score"_s)
                     .toString()
                     .toInt(),
                 1005 % 97 + 1000);
        QCOMPARE(count(s.server, "PUT"), 0); // never a Replace while the baseline holds
        QCOMPARE(count(s.server, "PATCH"), 1);
        const SyncPlanner::Plan &plan = r.session->syncPlan();
        QCOMPARE(plan.added, 100);
        QCOMPARE(plan.updated, 10);
        QCOMPARE(plan.removed, 100);
        QCOMPARE(plan.unchanged, 24890);
        QCOMPARE(entriesSent(s.server).size(), 210);
        QVERIFY2(r.notes.join(u'\n').contains(QStringLiteral("updates 10, removes 100 in vip_fr")),
                 qPrintable(r.notes.join(u'\n')));
        QVERIFY(r.notes.join(u'\n').contains(QStringLiteral("24,890 unchanged")));
        QVERIFY(r.session->verification().matches());
        qInfo("sync of 25,000 IDs with 210 differences: %lld bytes in 1 request; the Replace "
              "of 25,000 IDs: %lld bytes in 3 requests",
              plan.bytes, replaceBytes);

        // The verified sync is the new baseline: the same file again sends nothing.
        s.server.clearRequests();
        Run again = upload(s, history, csv, UploadMode::Sync);
        QCOMPARE(again.session->stopReason(), ImportSession::Stop::Completed);
        QCOMPARE(count(s.server, "PUT") + count(s.server, "PATCH"), 0);
        QCOMPARE(again.session->verification().serverIds, 25000);
    }

    void aPartialSyncResumesWithoutAReplace()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("partial.sqlite")));
        seedBaseline(s, history, 0, 100);
        // 14,900 new IDs: two Update requests; the second fails every attempt.
        int patches = 0;
        s.server.setRequestHook([&s, &patches](const FakeBatchServer::Request &r) {
            if (r.method == "PATCH" && ++patches == 2) {
                FakeBatchServer::Fault fault;
                fault.method = "PATCH";
                s.server.injectFault(fault, s.config().maxAttempts);
            }
        });
        const QString csv = makeCsv(QStringLiteral("partial.csv"), 0, 15000);
        Run cut = upload(s, history, csv, UploadMode::Sync);
        s.server.setRequestHook({});
        QCOMPARE(cut.session->stopReason(), ImportSession::Stop::Partial);
        QVERIFY2(cut.session->stopMessage().contains(
                     QStringLiteral("Batch acknowledged 10,000 of the 14,900 IDs for vip_fr")),
                 qPrintable(cut.session->stopMessage()));
        QCOMPARE(held(s.server, QStringLiteral("vip_fr")).size(), 10100);

        s.server.clearRequests();
        Run resumed = upload(s, history, csv, UploadMode::Sync);
        QCOMPARE(resumed.session->stopReason(), ImportSession::Stop::Completed);
        QCOMPARE(count(s.server, "PUT"), 0);
        QCOMPARE(count(s.server, "PATCH"), 1); // request 2 only
        QCOMPARE(held(s.server, QStringLiteral("vip_fr")), idsIn(0, 15000));
        QVERIFY(resumed.session->verification().matches());
    }

    void noBaselineIsAReplaceSaidPlainly()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("none.sqlite")));
        Run r = upload(s, history, makeCsv(QStringLiteral("none.csv"), 0, 50), UploadMode::Sync);
        QCOMPARE(r.session->stopReason(), ImportSession::Stop::Completed);
        QCOMPARE(r.session->effectiveMode(), UploadMode::Replace);
        QCOMPARE(count(s.server, "PUT"), 1);
        QVERIFY(r.notes.join(u'\n').contains(QStringLiteral("No verified upload to vip_fr")));
        QVERIFY(r.notes.join(u'\n').contains(QStringLiteral("Replace of the whole file")));
        // ... and that Replace, verified, is the baseline of the next sync.
        s.server.clearRequests();
        Run next
            = upload(s, history, makeCsv(QStringLiteral("none2.csv"), 0, 51), UploadMode::Sync);
        QCOMPARE(next.session->effectiveMode(), UploadMode::Sync);
        QCOMPARE(count(s.server, "PUT"), 0);
        QCOMPARE(entriesSent(s.server).size(), 1);
    }

    void staleBaselineFallsBackToAReplace_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("replaced elsewhere") << "replaced";
        QTest::newRow("count changed") << "count";
        QTest::newRow("deleted") << "deleted";
    }
    void staleBaselineFallsBackToAReplace()
    {
        QFETCH(QString, change);
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("stale-%1.sqlite").arg(change)));
        seedBaseline(s, history, 0, 100);
        if (change == u"replaced") // same count, other IDs
            send(s, "PUT", makeBody(500, 100));
        else if (change == u"count")
            send(s, "PATCH", R"({"ids":[{"action":"add","id":"someone-else"}]})");
        else
            s.server.clear();
        const QString csv = makeCsv(QStringLiteral("stale.csv"), 10, 100);

        // Refused: nothing sent, the audience as it was.
        const QStringList before = held(s.server, QStringLiteral("vip_fr"));
        Run refused = upload(s, history, csv, UploadMode::Sync, true, false);
        QCOMPARE(refused.session->stopReason(), ImportSession::Stop::Refused);
        QVERIFY2(refused.session->stopMessage().contains(QStringLiteral("baseline is stale")),
                 qPrintable(refused.session->stopMessage()));
        QCOMPARE(count(s.server, "PUT") + count(s.server, "PATCH") + count(s.server, "POST"), 0);
        QCOMPARE(held(s.server, QStringLiteral("vip_fr")), before);

        // Allowed: one Replace of the whole file.
        Run r = upload(s, history, csv, UploadMode::Sync);
        QCOMPARE(r.session->stopReason(), ImportSession::Stop::Completed);
        QCOMPARE(r.session->effectiveMode(), UploadMode::Replace);
        QCOMPARE(count(s.server, "PUT"), 1);
        QCOMPARE(held(s.server, QStringLiteral("vip_fr")), idsIn(10, 100));
        QVERIFY(r.notes.join(u'\n').contains(QStringLiteral("baseline is stale")));
        // The Replace said with Batch's count (none for a deleted audience).
        QVERIFY2(r.notes.join(u'\n').contains(change == u"deleted"
                                                  ? QStringLiteral("Fills the new audience vip_fr")
                                                  : QStringLiteral("Replaces all")),
                 qPrintable(r.notes.join(u'\n')));
        QVERIFY(r.session->verification().matches());
    }

    void syncOfAMillionIds()
    {
        if (qEnvironmentVariableIsEmpty("AD_BENCH_SYNC"))
            QSKIP("AD_BENCH_SYNC not set");
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("bench.sqlite")));
        QElapsedTimer t;
        t.start();
        qint64 replaceBytes = 0;
        seedBaseline(s, history, 0, 1000000, &replaceBytes);
        const qint64 replaceMs = t.restart();
        QList<int> changed;
        for (int i = 0; i < 500; ++i)
            changed << i * 997;
        // 250 removed (0..249), 250 new, 500 changed.
        const QString csv = makeCsv(QStringLiteral("bench.csv"), 250, 1000000, 0, changed);
        Run r = upload(s, history, csv, UploadMode::Sync);
        const qint64 syncMs = t.elapsed();
        QCOMPARE(r.session->effectiveMode(), UploadMode::Sync);
        QCOMPARE(count(s.server, "PUT"), 0);
        QVERIFY(r.session->verification().matches());
        QFile status(QStringLiteral("/proc/self/status"));
        QByteArray peak;
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmHWM"))
                    peak = line.simplified();
        const SyncPlanner::Plan &plan = r.session->syncPlan();
        qInfo("Replace of 1,000,000 IDs, verified, baseline saved: %lld ms, %lld bytes, 100 "
              "requests",
              replaceMs, replaceBytes);
        qInfo("sync (added %lld, updated %lld, removed %lld, unchanged %lld): %lld ms in all, "
              "%lld bytes, %d requests; %s",
              plan.added, plan.updated, plan.removed, plan.unchanged, syncMs, plan.bytes,
              count(s.server, "PATCH"), peak.constData());
    }
};

QTEST_GUILESS_MAIN(TestSyncModes)
#include "tst_syncmodes.moc"
