// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliTestBase.h"

#include <QJsonArray>

// --mode from the command line: add, remove and sync against the sandbox, their --json
// fields, exit codes (a stale baseline with --no-fallback is 1, nothing sent), and the
// bodies their dry runs write.
class TestCliModes : public CliTestBase
{
    Q_OBJECT
private:
    Run import(const SandboxFixture &s, const QString &audience, const QString &csv,
               const QStringList &more)
    {
        return cli(s,
                   importArgs(audience, csv)
                       + QStringList {QStringLiteral("--wait"), QStringLiteral("--json")} + more);
    }
    static QJsonObject json(const Run &run) { return QJsonDocument::fromJson(run.out).object(); }
    static qint64 field(const Run &run, const char *name)
    {
        return json(run).value(QLatin1String(name)).toInteger(-1);
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void modesReportWhatTheySent()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QString audience = QStringLiteral("modes");
        const Run first
            = import(s, audience, idCsv(QStringLiteral("m100.csv"), QStringLiteral("m-"), 100), {});
        QVERIFY2(first.code == 0, first.err.constData());
        QCOMPARE(json(first).value(QStringLiteral("mode")).toString(), QStringLiteral("replace"));

        // Sync: 20 new IDs, nothing else; Updates only.
        s.server.clearRequests();
        const Run sync
            = import(s, audience, idCsv(QStringLiteral("m120.csv"), QStringLiteral("m-"), 120),
                     {QStringLiteral("--mode"), QStringLiteral("sync")});
        QVERIFY2(sync.code == 0, sync.err.constData());
        QVERIFY2(sync.err.contains("Adds 20 IDs, updates 0, removes 0 in modes"),
                 sync.err.constData());
        QCOMPARE(json(sync).value(QStringLiteral("mode")).toString(), QStringLiteral("sync"));
        QCOMPARE(field(sync, "added"), 20);
        QCOMPARE(field(sync, "updated"), 0);
        QCOMPARE(field(sync, "removed"), 0);
        QCOMPARE(field(sync, "unchanged"), 100);
        QCOMPARE(field(sync, "ids_in_audience"), 120);
        QCOMPARE(count(s.server, "PUT"), 0);
        QCOMPARE(held(s.server, audience), idsWith(QStringLiteral("m-"), 120));

        // The same file again: nothing to send, and nothing claimed but Batch's count.
        s.server.clearRequests();
        const Run same
            = import(s, audience, idCsv(QStringLiteral("m120.csv"), QStringLiteral("m-"), 120),
                     {QStringLiteral("--mode"), QStringLiteral("sync")});
        QVERIFY2(same.code == 0, same.err.constData());
        QVERIFY2(same.err.contains("already holds the file's 120 IDs: nothing to send"),
                 same.err.constData());
        QCOMPARE(field(same, "unchanged"), 120);
        QCOMPARE(field(same, "added"), 0);
        QCOMPARE(field(same, "ids_in_audience"), 120);
        QVERIFY(json(same).value(QStringLiteral("indexing_tokens")).toArray().isEmpty());
        QCOMPARE(count(s.server, "PUT") + count(s.server, "PATCH"), 0);

        // Add, then remove, 5 other IDs: the audience keeps its own.
        const QString five = idCsv(QStringLiteral("n5.csv"), QStringLiteral("n-"), 5);
        const Run add
            = import(s, audience, five, {QStringLiteral("--mode"), QStringLiteral("add")});
        QVERIFY2(add.code == 0, add.err.constData());
        QCOMPARE(field(add, "added"), 5);
        QCOMPARE(field(add, "ids_before"), 120);
        QCOMPARE(field(add, "ids_in_audience"), 125);
        const Run remove
            = import(s, audience, five, {QStringLiteral("--mode"), QStringLiteral("remove")});
        QVERIFY2(remove.code == 0, remove.err.constData());
        QCOMPARE(field(remove, "removed"), 5);
        QCOMPARE(field(remove, "ids_in_audience"), 120);
        QCOMPARE(held(s.server, audience), idsWith(QStringLiteral("m-"), 120));

        // The add voided the baseline: a sync that may not replace stops, nothing sent.
        s.server.clearRequests();
        const Run refused = import(
            s, audience, idCsv(QStringLiteral("m120.csv"), QStringLiteral("m-"), 120),
            {QStringLiteral("--mode"), QStringLiteral("sync"), QStringLiteral("--no-fallback")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("nothing was sent"), refused.err.constData());
        QCOMPARE(count(s.server, "PUT") + count(s.server, "PATCH"), 0);
        // Without --no-fallback: one Replace, said so.
        const Run fallback
            = import(s, audience, idCsv(QStringLiteral("m120.csv"), QStringLiteral("m-"), 120),
                     {QStringLiteral("--mode"), QStringLiteral("sync")});
        QVERIFY2(fallback.code == 0, fallback.err.constData());
        QVERIFY(json(fallback).value(QStringLiteral("fallback")).toBool());
        QCOMPARE(json(fallback).value(QStringLiteral("mode")).toString(),
                 QStringLiteral("replace"));
        QCOMPARE(count(s.server, "PUT"), 1);
    }

    void usageErrors()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QString csv = idCsv(QStringLiteral("u.csv"), QStringLiteral("u-"), 3);
        QCOMPARE(cli(s,
                     importArgs(QStringLiteral("u"), csv)
                         + QStringList {QStringLiteral("--mode"), QStringLiteral("merge")})
                     .code,
                 2);
        QCOMPARE(cli(s,
                     importArgs(QStringLiteral("u"), csv)
                         + QStringList {QStringLiteral("--no-fallback")})
                     .code,
                 2);
        QCOMPARE(count(s.server, "PUT") + count(s.server, "PATCH"), 0);
    }

    void dryRunsWriteEachModesBodies()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QString csv = idCsv(QStringLiteral("d3.csv"), QStringLiteral("d-"), 3);
        for (const QString &mode : {QStringLiteral("add"), QStringLiteral("remove")}) {
            const Run run = dryRun(s, csv, {QStringLiteral("--mode"), mode});
            QVERIFY2(run.code == 0, run.err.constData());
            QFile body(m_home.filePath(QStringLiteral("d3-out/payload-0001.json")));
            QVERIFY(body.open(QIODevice::ReadOnly));
            const QByteArray bytes = body.readAll();
            QCOMPARE(bytes.count(QByteArray(QByteArray("\"action\":\"") + mode.toUtf8() + '"')), 3);
            QCOMPARE(bytes.contains("attributes"), mode == u"add");
            QFile plan(m_home.filePath(QStringLiteral("d3-out/plan.json")));
            QVERIFY(plan.open(QIODevice::ReadOnly));
            const QJsonObject p = QJsonDocument::fromJson(plan.readAll()).object();
            QCOMPARE(p.value(QStringLiteral("mode")).toString(), mode);
            QCOMPARE(p.value(QStringLiteral("requests"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("method")),
                     QStringLiteral("PATCH"));
        }
        // A sync's dry run against a verified baseline: the differences only.
        QCOMPARE(import(s, QStringLiteral("dry"), csv, {}).code, 0);
        const QString out = m_home.filePath(QStringLiteral("sync-out"));
        const Run run
            = cli(s,
                  {QStringLiteral("import"), QStringLiteral("dry"), QStringLiteral("--csv"),
                   idCsv(QStringLiteral("d4.csv"), QStringLiteral("d-"), 4),
                   QStringLiteral("--dry-run"), QStringLiteral("--out"), out,
                   QStringLiteral("--mode"), QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(field(run, "added"), 1);
        QCOMPARE(field(run, "unchanged"), 3);
        QCOMPARE(json(run).value(QStringLiteral("payloads")).toArray().size(), 1);
        QFile body(QDir(out).filePath(QStringLiteral("payload-0001.json")));
        QVERIFY(body.open(QIODevice::ReadOnly));
        // The column of whole numbers is typed as the wizard types it.
        QCOMPARE(
            body.readAll(),
            QByteArray(R"({"ids":[{"action":"add","id":"d-000003","attributes":{"score":3}}]})"));
    }
};

QTEST_GUILESS_MAIN(TestCliModes)
#include "tst_climodes.moc"
