// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxFixture.h"
#include "history/SyncBaselineStore.h"
#include "history/UploadHistory.h"
#include "history/UploadRecordText.h"
#include "import/SyncPlanner.h"
#include "upload/ImportSession.h"
#include "upload/UploadLock.h"
#include "upload/UploadWorkDir.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Upload modes against the sandbox, asserting what the server holds and which requests it
// received: add and remove leave the audience's other IDs alone, a sync sends only the
// differences from the verified baseline (never a Replace while the baseline holds) and
// falls back to a Replace, or refuses, when the audience changed since.
class TestUploadModes : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // install_id,score: id-NNNNNN for first..first+count-1, score (i % 97) + bump.
    QString makeCsv(const QString &name, int first, int count, int bump = 0,
                    const QList<int> &changed = {})
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write("install_id,score\n");
        for (int i = first; i < first + count; ++i)
            f.write(QStringLiteral("%1,%2\n")
                        .arg(id(i))
                        .arg(i % 97 + bump + (changed.contains(i) ? 1000 : 0))
                        .toUtf8());
        return path;
    }
    static QString id(int i) { return QStringLiteral("id-%1").arg(i, 6, 10, QLatin1Char('0')); }
    static QStringList idsIn(int first, int count)
    {
        QStringList ids;
        for (int i = first; i < first + count; ++i)
            ids << id(i);
        return ids;
    }
    static QStringList held(const FakeBatchServer &server, const QString &audience)
    {
        const auto a = server.audience(audience);
        return a ? a->members.keys() : QStringList();
    }
    static int count(const FakeBatchServer &server, const QByteArray &method)
    {
        int n = 0;
        for (const auto &r : server.requests())
            n += r.method == method;
        return n;
    }

    struct Run
    {
        std::unique_ptr<ImportSession> session;
        QStringList notes;
    };
    Run upload(SandboxFixture &s, UploadHistory &history, const QString &csv, UploadMode mode,
               bool verify = true, bool fallback = true)
    {
        Run r;
        r.session = std::make_unique<ImportSession>(&s.network, &history);
        ImportSession &session = *r.session;
        QObject::connect(&session, &ImportSession::note,
                         [&r](const QString &line) { r.notes << line; });
        session.setFile(csv);
        session.setMapping(
            ColumnMapping::defaultFor({QStringLiteral("install_id"), QStringLiteral("score")}));
        session.setMode(mode);
        session.setSyncFallback(fallback);
        QSignalSpy checked(&session, &ImportSession::checked);
        session.check();
        if (!checked.wait(30000) || !session.checkResult().ok)
            qWarning("the check failed");
        ImportSession::Target target;
        target.config = s.config();
        target.profileId = QStringLiteral("test-profile");
        target.profileName = QStringLiteral("Test");
        target.audience = QStringLiteral("vip_fr");
        target.createIfMissing = true;
        session.setTarget(target);
        QSignalSpy finished(&session, &ImportSession::uploadFinished);
        session.start();
        if (finished.isEmpty() && !finished.wait(30000))
            qWarning("the upload did not stop");
        if (verify && session.stopReason() == ImportSession::Stop::Completed) {
            QSignalSpy verified(&session, &ImportSession::verified);
            session.verify(10000);
            if (!verified.wait(15000))
                qWarning("not verified");
        }
        return r;
    }
    // A verified Replace (the baseline); the bytes of its requests in *bytes.
    void seedBaseline(SandboxFixture &s, UploadHistory &history, int first, int count,
                      qint64 *bytes = nullptr)
    {
        Run r = upload(s, history, makeCsv(QStringLiteral("seed.csv"), first, count),
                       UploadMode::Replace);
        QCOMPARE(r.session->stopReason(), ImportSession::Stop::Completed);
        QVERIFY(r.session->verification().matches());
        for (const auto &request : s.server.requests())
            if (bytes && (request.method == "PUT" || request.method == "PATCH"))
                *bytes += request.body.size();
        s.server.clearRequests();
    }
    void send(SandboxFixture &s, const QByteArray &method, const QByteArray &body)
    {
        ApiReply *reply = method == "PUT" ? s.client.replace(QStringLiteral("vip_fr"), body)
                                          : s.client.update(QStringLiteral("vip_fr"), body);
        QSignalSpy done(reply, &ApiReply::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(reply->isOk());
        reply->deleteLater();
        s.server.clearRequests();
    }
    static QJsonArray entriesSent(const FakeBatchServer &server)
    {
        QJsonArray all;
        for (const auto &r : server.requests()) {
            if (r.method != "PATCH" && r.method != "PUT")
                continue;
            for (const auto &e : QJsonDocument::fromJson(r.body).object().value(u"ids"_s).toArray())
                all.append(e);
        }
        return all;
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }
    void init()
    {
        QDir(UploadWorkDir::root()).removeRecursively();
        QDir(UploadLock::defaultDir()).removeRecursively();
        QFile::remove(m_dir.filePath(QStringLiteral("sync-baselines.sqlite")));
    }

    void addKeepsOtherIdsAndUpdatesAttributes()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("add.sqlite")));
        seedBaseline(s, history, 0, 100);
        Run r = upload(s, history, makeCsv(QStringLiteral("add.csv"), 50, 12000, 500),
                       UploadMode::Add);
        QCOMPARE(r.session->stopReason(), ImportSession::Stop::Completed);
        QCOMPARE(held(s.server, QStringLiteral("vip_fr")), idsIn(0, 12050));
        const auto a = s.server.audience(QStringLiteral("vip_fr"));
        QCOMPARE(a->members.value(id(10)).attributes.value(u"score"_s).toString().toInt(),
                 10); // untouched
        QCOMPARE(a->members.value(id(60)).attributes.value(u"score"_s).toString().toInt(),
                 60 + 500);
        QCOMPARE(count(s.server, "PUT"), 0);
        QCOMPARE(count(s.server, "PATCH"), 2); // 10,000 + 2,000
        for (const auto &e : entriesSent(s.server))
            QCOMPARE(e.toObject().value(u"action"_s).toString(), QStringLiteral("add"));
        // Batch's counts, before and after: nothing else is claimed.
        const UploadVerification &v = r.session->verification();
        QCOMPARE(v.status, UploadVerification::Status::Applied);
        QCOMPARE(v.serverIds, 12050);
        QCOMPARE(v.idsBefore, 100);
        QVERIFY2(v.sentence().contains(QStringLiteral("against 100 before")),
                 qPrintable(v.sentence()));
    }

    void removeDropsExactlyTheFilesIds()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("remove.sqlite")));
        seedBaseline(s, history, 0, 100);
        // 10..19 are there, 200..204 are not: removing them changes nothing.
        const QString csv = m_dir.filePath(QStringLiteral("remove.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("install_id,score\n");
            for (int i : {10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 200, 201, 202, 203, 204})
                f.write(QStringLiteral("%1,%2\n").arg(id(i)).arg(i).toUtf8());
        }
        Run r = upload(s, history, csv, UploadMode::Remove);
        QCOMPARE(r.session->stopReason(), ImportSession::Stop::Completed);
        QCOMPARE(held(s.server, QStringLiteral("vip_fr")), idsIn(0, 10) + idsIn(20, 80));
        QCOMPARE(count(s.server, "PUT"), 0);
        const QJsonArray sent = entriesSent(s.server);
        QCOMPARE(sent.size(), 15);
        for (const auto &e : sent) { // the ID alone
            QCOMPARE(e.toObject().value(u"action"_s).toString(), QStringLiteral("remove"));
            QCOMPARE(e.toObject().keys(), QStringList({u"action"_s, u"id"_s}));
        }
        QCOMPARE(r.session->verification().serverIds, 90);
        QCOMPARE(r.session->verification().idsBefore, 100);
        // The history says what its requests did.
        const QString details = UploadRecordText::details(*history.upload(r.session->upload().id));
        QVERIFY2(details.contains(QStringLiteral("Mode: remove")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Update (remove) of 15 IDs")));
    }

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
        QVERIFY(r.session->verification().matches());
    }

    void modesWriteTheirBodies()
    {
        // What a dry run writes: the check's bodies for Add and Remove, the planner's for
        // a sync.
        const QString csv = makeCsv(QStringLiteral("dry.csv"), 0, 3);
        for (UploadMode mode : {UploadMode::Add, UploadMode::Remove}) {
            ImportJob::Settings settings;
            settings.csvPath = csv;
            settings.mapping = ColumnMapping::defaultFor(
                {QStringLiteral("install_id"), QStringLiteral("score")});
            settings.outputDir = m_dir.filePath(QStringLiteral("dry-") + uploadModeKey(mode));
            settings.mode = mode;
            const ImportJob::Result result = ImportJob::run(settings);
            QVERIFY(result.ok);
            QCOMPARE(result.chunks.size(), 1);
            QVERIFY(!result.chunks.first().replace);
            QFile body(result.chunks.first().path);
            QVERIFY(body.open(QIODevice::ReadOnly));
            QCOMPARE(body.readAll(),
                     mode == UploadMode::Add
                         ? QByteArray(R"({"ids":[{"action":"add","id":"id-000000","attributes":)"
                                      R"({"score":"0"}},{"action":"add","id":"id-000001",)"
                                      R"("attributes":{"score":"1"}},{"action":"add","id":)"
                                      R"("id-000002","attributes":{"score":"2"}}]})")
                         : QByteArray(R"({"ids":[{"action":"remove","id":"id-000000"},)"
                                      R"({"action":"remove","id":"id-000001"},)"
                                      R"({"action":"remove","id":"id-000002"}]})"));
        }
        ImportJob::Settings settings;
        settings.csvPath = makeCsv(QStringLiteral("dry-sync.csv"), 1, 3, 0, {2});
        settings.mapping
            = ColumnMapping::defaultFor({QStringLiteral("install_id"), QStringLiteral("score")});
        settings.outputDir = m_dir.filePath(QStringLiteral("dry-sync"));
        settings.mode = UploadMode::Sync;
        settings.collectEntries = true;
        const ImportJob::Result result = ImportJob::run(settings);
        QVERIFY(result.ok);
        // The baseline: 0..2 as a Replace sent them.
        SyncBaseline baseline;
        for (int i = 0; i < 3; ++i) {
            const QByteArray entry = QStringLiteral(R"({"id":"%1","attributes":{"score":"%2"}})")
                                         .arg(id(i))
                                         .arg(i % 97)
                                         .toUtf8();
            baseline.entries.insert(id(i).toUtf8(), EntryDigests::hash(entry, entry.size()));
        }
        const SyncPlanner::Plan plan
            = SyncPlanner::run(result, baseline, settings.outputDir + u"/sync"_s, false);
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.added, 1);
        QCOMPARE(plan.updated, 1);
        QCOMPARE(plan.removed, 1);
        QCOMPARE(plan.unchanged, 1);
        QFile body(plan.chunks.first().path);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QCOMPARE(body.readAll(),
                 QByteArray(R"({"ids":[{"action":"add","id":"id-000002","attributes":)"
                            R"({"score":"1002"}},{"action":"add","id":"id-000003",)"
                            R"("attributes":{"score":"3"}},{"action":"remove","id":)"
                            R"("id-000000"}]})"));
    }

    void repeatedIdsKeepTheirLastRowInEveryMode()
    {
        // id-000001 twice: the last row (score 1, as the baseline has it) wins.
        const QString csv = m_dir.filePath(QStringLiteral("repeated.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("install_id,score\nid-000001,5\nid-000002,2\nid-000001,1\n");
        }
        ImportJob::Settings settings;
        settings.csvPath = csv;
        settings.mapping
            = ColumnMapping::defaultFor({QStringLiteral("install_id"), QStringLiteral("score")});
        settings.outputDir = m_dir.filePath(QStringLiteral("repeated-remove"));
        settings.mode = UploadMode::Remove;
        ImportJob::Result removal = ImportJob::run(settings);
        QVERIFY(removal.ok);
        QFile body(removal.chunks.first().path);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QCOMPARE(body.readAll(),
                 QByteArray(R"({"ids":[{"action":"remove","id":"id-000002"},)"
                            R"({"action":"remove","id":"id-000001"}]})"));

        settings.outputDir = m_dir.filePath(QStringLiteral("repeated-sync"));
        settings.mode = UploadMode::Sync;
        settings.collectEntries = true;
        const ImportJob::Result result = ImportJob::run(settings);
        QVERIFY(result.ok);
        QCOMPARE(result.entries->size(), 2);
        SyncBaseline baseline;
        for (int i = 0; i < 3; ++i) {
            const QByteArray entry = QStringLiteral(R"({"id":"%1","attributes":{"score":"%2"}})")
                                         .arg(id(i))
                                         .arg(i)
                                         .toUtf8();
            baseline.entries.insert(id(i).toUtf8(), EntryDigests::hash(entry, entry.size()));
        }
        const SyncPlanner::Plan plan
            = SyncPlanner::run(result, baseline, settings.outputDir + u"/sync"_s, false);
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.unchanged, 2);
        QCOMPARE(plan.added + plan.updated, 0);
        QCOMPARE(plan.removed, 1);
        QFile diff(plan.chunks.first().path);
        QVERIFY(diff.open(QIODevice::ReadOnly));
        QCOMPARE(diff.readAll(), QByteArray(R"({"ids":[{"action":"remove","id":"id-000000"}]})"));
    }

    // AD_BENCH_SYNC=1: a sync of 1,000,000 IDs with 1,000 changes against its Replace
    // (timings, bytes, requests, peak memory); skipped otherwise.
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

private:
    static QByteArray makeBody(int first, int count)
    {
        QByteArray body = R"({"ids":[)";
        for (int i = first; i < first + count; ++i)
            body += (i > first ? "," : "") + QStringLiteral(R"({"id":"%1"})").arg(id(i)).toUtf8();
        return body + "]}";
    }
};

QTEST_GUILESS_MAIN(TestUploadModes)
#include "tst_uploadmodes.moc"
