// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliTestBase.h"

// A saved plan: `import --save-plan` writes what the options describe, `run` sends it as the
// wizard would, and a plan that cannot be trusted is refused naming its problem.
class TestCliPlan : public CliTestBase
{
    Q_OBJECT

    static QByteArray replaceBody(const FakeBatchServer &s, const QString &audience)
    {
        for (const auto &r : s.requests()) {
            if ((r.method == "PUT" || r.method == "POST" || r.method == "PATCH")
                && r.path.endsWith(u'/' + audience) && r.body.contains("\"ids\""))
                return r.body;
        }
        return {};
    }
    QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private slots:
    void savePlanWritesTheDecidedMappingAndSendsNothing()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QString csv = idCsv(QStringLiteral("p1.csv"), QStringLiteral("p-"), 5);
        const QString plan = m_home.filePath(QStringLiteral("p1.plan.json"));
        const Run r = cli(
            s,
            {QStringLiteral("import"), QStringLiteral("planned"), QStringLiteral("--csv"), csv,
             QStringLiteral("--create"), QStringLiteral("--dry-run"), QStringLiteral("--out"),
             m_home.filePath(QStringLiteral("p1-out")), QStringLiteral("--save-plan"), plan});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("Mapping: IDs from install_id"), r.err.constData());
        const QJsonObject saved = readJson(plan);
        QCOMPARE(saved.value(QStringLiteral("audience_desk_plan")).toInt(), 1);
        QCOMPARE(saved.value(QStringLiteral("audience")).toString(), QStringLiteral("planned"));
        QCOMPARE(saved.value(QStringLiteral("source"))
                     .toObject()
                     .value(QStringLiteral("file"))
                     .toString(),
                 QStringLiteral("p1.csv")); // beside the plan: relative
        QCOMPARE(saved.value(QStringLiteral("options"))
                     .toObject()
                     .value(QStringLiteral("create_if_missing"))
                     .toBool(),
                 true);
        // The wizard's decision: the column of whole numbers is an integer attribute.
        const QJsonArray attributes = saved.value(QStringLiteral("attributes")).toArray();
        QCOMPARE(attributes.size(), 1);
        QCOMPARE(attributes.first().toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("int"));
        QVERIFY(!s.server.audience(QStringLiteral("planned")));
        QCOMPARE(count(s.server, "POST") + count(s.server, "PUT") + count(s.server, "PATCH"), 0);
    }

    void runSendsWhatImportSends()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QString csv = idCsv(QStringLiteral("p2.csv"), QStringLiteral("q-"), 40);
        const QString plan = m_home.filePath(QStringLiteral("p2.plan.json"));
        QCOMPARE(
            cli(s,
                {QStringLiteral("import"), QStringLiteral("by-plan"), QStringLiteral("--csv"), csv,
                 QStringLiteral("--create"), QStringLiteral("--dry-run"), QStringLiteral("--out"),
                 m_home.filePath(QStringLiteral("p2-out")), QStringLiteral("--save-plan"), plan})
                .code,
            0);
        const Run direct = cli(s, importArgs(QStringLiteral("by-import"), csv));
        QVERIFY2(direct.code == 0, direct.err.constData());
        const Run run = cli(s, {QStringLiteral("run"), plan, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(held(s.server, QStringLiteral("by-plan")), idsWith(QStringLiteral("q-"), 40));
        const QByteArray viaPlan = replaceBody(s.server, QStringLiteral("by-plan"));
        QVERIFY(!viaPlan.isEmpty());
        QCOMPARE(viaPlan, replaceBody(s.server, QStringLiteral("by-import")));
        // Followed until applied, as the wizard does: the count is Batch's.
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!result.isEmpty(), run.out.constData());
        QCOMPARE(result.value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("ids_in_audience")).toInt(), 40);
    }

    void plansTravelWithTheirFolder()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        QDir home(m_home.path());
        QVERIFY(home.mkpath(QStringLiteral("before")));
        const QString csv = idCsv(QStringLiteral("before/p3.csv"), QStringLiteral("t-"), 3);
        QCOMPARE(
            cli(s,
                {QStringLiteral("import"), QStringLiteral("moved"), QStringLiteral("--csv"), csv,
                 QStringLiteral("--create"), QStringLiteral("--dry-run"), QStringLiteral("--out"),
                 m_home.filePath(QStringLiteral("p3-out")), QStringLiteral("--save-plan"),
                 m_home.filePath(QStringLiteral("before/p3.plan.json"))})
                .code,
            0);
        QVERIFY(home.rename(QStringLiteral("before"), QStringLiteral("after")));
        const Run run = cli(
            s, {QStringLiteral("run"), m_home.filePath(QStringLiteral("after/p3.plan.json"))});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(held(s.server, QStringLiteral("moved")), idsWith(QStringLiteral("t-"), 3));
    }

    void planProblemsAreUsageErrorsNamingTheKey()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        idCsv(QStringLiteral("p4.csv"), QStringLiteral("u-"), 2);
        const QByteArray good = R"({"audience_desk_plan": 1, "source": {"file": "p4.csv"},
            "id_column": "install_id", "audience": "bad", "mode": "replace"})";
        struct Case
        {
            QByteArray text;
            QByteArray named;
        };
        const QList<Case> cases {
            {QByteArray(good).replace("\"mode\"", "\"colour\": 1, \"mode\""), "colour"},
            {QByteArray(good).replace("\"audience_desk_plan\": 1", "\"audience_desk_plan\": 9"),
             "9"},
            {QByteArray(good).replace("\"replace\"", "\"merge\""), "mode"},
            {QByteArray(good).replace("\"audience\": \"bad\"", "\"audience\": 5"), "audience"},
        };
        for (const Case &c : cases) {
            const QString plan = writeFile(QStringLiteral("p4.plan.json"), c.text);
            const Run r = cli(s, {QStringLiteral("run"), plan});
            QVERIFY2(r.code == 2, r.err.constData());
            QVERIFY2(r.err.contains(c.named), r.err.constData());
        }
        QCOMPARE(cli(s, {QStringLiteral("run")}).code, 2);
        QVERIFY(!s.server.audience(QStringLiteral("bad")));
        // The good one runs (it names no app: the environment's key is used).
        const Run ok
            = cli(s,
                  {QStringLiteral("run"),
                   writeFile(QStringLiteral("p4.plan.json"),
                             QByteArray(good).replace("\"mode\"",
                                                      "\"options\": {\"create_if_missing\": "
                                                      "true}, \"mode\""))});
        QVERIFY2(ok.code == 0, ok.err.constData());
        QCOMPARE(held(s.server, QStringLiteral("bad")), idsWith(QStringLiteral("u-"), 2));
    }

    void aMappingFileRunsAsAPlanOnlyWithItsFileAndAudience()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QString mapping = writeFile(
            QStringLiteral("m.json"),
            R"({"audience_desk_mapping": 1, "id_column": "install_id", "attributes": []})");
        const Run r = cli(s, {QStringLiteral("run"), mapping});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("source.file"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cliplan.moc"
