// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadModesTestBase.h"
#include "history/SyncBaseline.h"
#include "history/UploadRecordText.h"
#include "import/SyncPlanner.h"

using namespace Qt::StringLiterals;

// Add and remove against the sandbox, asserting what the server holds and which requests
// it received: the audience's other IDs stay. And the bodies each mode writes (what a dry
// run keeps), repeated IDs included.
class TestUploadModes : public UploadModesTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareNetworkTest(); }
    void init() { clean(); }

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
};

QTEST_GUILESS_MAIN(TestUploadModes)
#include "tst_uploadmodes.moc"
