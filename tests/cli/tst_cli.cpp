// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliTestBase.h"

// audience-desk-cli as a user runs it, against the fake API in this process: exit codes,
// what reached the server, and what the server ends up holding compared with the file.
class TestCli : public CliTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareNetworkTest(); }

    void helpVersionAndUsage()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        QCOMPARE(cli(s, {QStringLiteral("--version")}).code, 0);
        const Run help = cli(s, {QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("import NAME --csv FILE"));
        QCOMPARE(cli(s, {}).code, 2);
        QCOMPARE(cli(s, {QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(
            cli(s, {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("500")}).code,
            2);
        const Run del = cli(s, {QStringLiteral("delete"), QStringLiteral("x")});
        QCOMPARE(del.code, 2);
        QVERIFY(del.err.contains("--yes"));
        QVERIFY(s.server.requests().isEmpty());
    }

    // With every debug category on, Qt logs while it unloads its plugins after main()
    // returned; the redacting message handler used to read secrets already destroyed then,
    // and every command that had set a REST key ended with a segfault (139) instead of its
    // exit code. Each command must end with its own code, and the key must never be logged.
    void everyCommandExitsWithItsCodeWhileDebugLogging()
    {
        SandboxFixture s;
        QVERIFY(s.start(3));
        const QString restKey = QStringLiteral("Debug-Logged-Rest-Key-7f3a9c");
        s.server.setCredentials(FakeBatchServer::sandboxApiKey, restKey);
        QProcessEnvironment debug;
        debug.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        Run last;
        // Empty when the command ended with `code` and printed no key; else what happened.
        const auto run = [&](const QStringList &args, int code, const QString &key) {
            last = cli(s, args, key, debug);
            QString problem;
            if (last.crashed || last.code != code)
                problem = QStringLiteral("exit %1%2 instead of %3")
                              .arg(last.code)
                              .arg(last.crashed ? QStringLiteral(" (signal)") : QString())
                              .arg(code);
            else if (last.err.contains(key.toUtf8()) || last.out.contains(key.toUtf8()))
                problem = QStringLiteral("the REST key was printed");
            if (problem.isEmpty())
                return problem;
            return QStringLiteral("%1: %2\n%3")
                .arg(args.join(u' '), problem, QString::fromUtf8(last.err.right(2000)));
        };
        using Commands = QList<std::pair<QStringList, int>>;
        const auto runAll = [&](const Commands &commands) {
            for (const auto &[args, code] : commands) {
                const QString problem = run(args, code, restKey);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        };

        runAll(
            {{{QStringLiteral("--version")}, ExitOk},
             {{QStringLiteral("--help")}, ExitOk},
             {{QStringLiteral("frobnicate")}, ExitUsage},
             {{QStringLiteral("list")}, ExitOk},
             {{QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")}, ExitOk},
             {{QStringLiteral("create"), QStringLiteral("dbg")}, ExitOk},
             {{QStringLiteral("view"), QStringLiteral("dbg")}, ExitOk},
             {{QStringLiteral("view"), QStringLiteral("nope")}, ExitApiRefused},
             {{QStringLiteral("delete"), QStringLiteral("dbg"), QStringLiteral("--yes")}, ExitOk},
             {{QStringLiteral("import"), QStringLiteral("dbg_rejected"), QStringLiteral("--csv"),
               QStringLiteral("/nonexistent.csv")},
              ExitInputRejected}});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!s.server.audience(QStringLiteral("dbg")));

        const QString csv = idCsv(QStringLiteral("debug.csv"), QStringLiteral("d-"), 300);
        const QString imported = run(importArgs(QStringLiteral("dbg_import"), csv)
                                         + QStringList {QStringLiteral("--json")},
                                     ExitOk, restKey);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        QCOMPARE(held(s.server, QStringLiteral("dbg_import")), idsWith(QStringLiteral("d-"), 300));
        const QString token = QJsonDocument::fromJson(last.out)
                                  .object()
                                  .value(QStringLiteral("indexing_tokens"))
                                  .toArray()
                                  .last()
                                  .toString();
        QVERIFY2(!token.isEmpty(), last.out.constData());
        runAll({{{QStringLiteral("status"), QStringLiteral("dbg_import"), QStringLiteral("--token"),
                  token},
                 ExitOk},
                {{QStringLiteral("status"), QStringLiteral("dbg_import"), QStringLiteral("--token"),
                  token, QStringLiteral("--wait")},
                 ExitOk}});
        if (QTest::currentTestFailed())
            return;

        // A wrong key is refused, and not printed either.
        const QString refused
            = run({QStringLiteral("list")}, ExitApiRefused, QStringLiteral("Wrong-Key-0b1d"));
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        // The CLI's own sandbox logs each request with its headers: the key is redacted there.
        const QString sandbox = run({QStringLiteral("--sandbox"), QStringLiteral("list")}, ExitOk,
                                    FakeBatchServer::sandboxRestKey);
        QVERIFY2(sandbox.isEmpty(), qPrintable(sandbox));
        QVERIFY(last.err.contains(SecretRedactor::replacement().toUtf8()));
    }

    // The desktop app answers --help and --version before it opens a window (here on the
    // offscreen platform, as every test runs), and ends with 0 with debug logging too.
    void desktopAppHelpAndVersionWhileDebugLogging()
    {
        if (QStringLiteral(AD_APP_PATH).isEmpty())
            QSKIP("built without the desktop app (AD_BUILD_UI=OFF)");
        const QList<std::pair<QString, QByteArray>> options {
            {QStringLiteral("--help"), "--sandbox"}, {QStringLiteral("--version"), AD_VERSION}};
        for (const auto &[option, expected] : options) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(AD_APP_PATH), {option});
            QVERIFY(p.waitForFinished(60000));
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     qPrintable(QStringLiteral("%1: exit %2\n%3")
                                    .arg(option)
                                    .arg(p.exitCode())
                                    .arg(QString::fromUtf8(err.right(2000)))));
            QVERIFY(p.readAllStandardOutput().contains(expected));
        }
    }

    void listAllAsJson()
    {
        SandboxFixture s;
        QVERIFY(s.start(137));
        const Run r
            = cli(s, {QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out)
                                    .object()
                                    .value(QStringLiteral("custom_audiences"))
                                    .toArray();
        QCOMPARE(list.size(), 137);
        QCOMPARE(list.first().toObject().value(QStringLiteral("name")).toString(),
                 s.server.audienceNames().first());
        QCOMPARE(s.server.requests().size(), 2); // 100 + 37: a short page ends it
        QCOMPARE(s.server.requests().last().query, QStringLiteral("from=100&limit=100"));
    }

    // Audiences created between two List pages shift the later pages: no name twice.
    void listAllWhileAudiencesAreCreated()
    {
        SandboxFixture s;
        QVERIFY(s.start(250));
        const QStringList before = s.server.audienceNames();
        int lists = 0;
        s.server.setRequestHook([&](const FakeBatchServer::Request &request) {
            if (request.method != "GET" || ++lists != 2)
                return;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 0; i < 3; ++i)
                s.server.addAudience({QStringLiteral("created_meanwhile_%1").arg(i),
                                      QStringLiteral("install_ids"),
                                      {},
                                      now,
                                      now,
                                      {}});
        });
        const Run r
            = cli(s, {QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(lists, 3);
        QStringList names;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out)
                                       .object()
                                       .value(QStringLiteral("custom_audiences"))
                                       .toArray())
            names << v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, before);

        // The table says the same.
        lists = 0;
        s.server.clear();
        s.server.seedSampleAudiences(250);
        const Run table = cli(s, {QStringLiteral("list"), QStringLiteral("--all")});
        QCOMPARE(table.code, 0);
        QCOMPARE(table.out.count(QByteArray("\n" + before.at(98).toUtf8() + ' ')), 1);
        QCOMPARE(table.out.count('\n'), 251); // the header and 250 names
    }

    void createViewStatusDelete()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        QCOMPARE(cli(s,
                     {QStringLiteral("create"), QStringLiteral("cli_made"),
                      QStringLiteral("--description"), QStringLiteral("from the CLI")})
                     .code,
                 0);
        QCOMPARE(s.server.audience(QStringLiteral("cli_made"))->description,
                 QStringLiteral("from the CLI"));
        const Run view = cli(
            s, {QStringLiteral("view"), QStringLiteral("cli_made"), QStringLiteral("--json")});
        QCOMPARE(view.code, 0);
        QCOMPARE(QJsonDocument::fromJson(view.out)
                     .object()
                     .value(QStringLiteral("indexing_state"))
                     .toString(),
                 QStringLiteral("APPLIED"));
        QCOMPARE(cli(s, {QStringLiteral("view"), QStringLiteral("nope")}).code, 1);
        QCOMPARE(
            cli(s, {QStringLiteral("delete"), QStringLiteral("cli_made"), QStringLiteral("--yes")})
                .code,
            0);
        QVERIFY(!s.server.audience(QStringLiteral("cli_made")));
    }

    void importThenReadBackWhatTheServerHolds()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QString csv = makeCsv(QStringLiteral("segment.csv"), 25000, true);
        const QStringList args {QStringLiteral("import"),        QStringLiteral("vip_fr"),
                                QStringLiteral("--csv"),         csv,
                                QStringLiteral("--attr"),        QStringLiteral("age:int"),
                                QStringLiteral("--attr"),        QStringLiteral("vip:bool=is_vip"),
                                QStringLiteral("--attr"),        QStringLiteral("signup:date"),
                                QStringLiteral("--tags-column"), QStringLiteral("tags"),
                                QStringLiteral("--tag"),         QStringLiteral("Spring"),
                                QStringLiteral("--create")};
        // Invalid rows without --skip-invalid: exit 3, nothing sent.
        const Run refused = cli(s, args);
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.err.contains("line 5001, column 2 (age)"));
        QCOMPARE(count(s.server, "PUT"), 0);
        QVERIFY(!s.server.audience(QStringLiteral("vip_fr")));

        const Run ok = cli(
            s, args + QStringList {QStringLiteral("--skip-invalid"), QStringLiteral("--wait")});
        QVERIFY2(ok.code == 0, ok.err.constData());
        QCOMPARE(count(s.server, "POST"), 1);
        QCOMPARE(count(s.server, "PUT"), 1);
        QCOMPARE(count(s.server, "PATCH"), 2);

        // Expected from the file: the last valid row of each ID.
        QMap<QString, int> expectedAge;
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        f.readLine();
        while (!f.atEnd()) {
            const QList<QByteArray> cells = f.readLine().trimmed().split(';');
            bool isInt = false;
            const int age = cells.at(1).toInt(&isInt);
            if (isInt)
                expectedAge[QString::fromLatin1(cells.at(0))] = age;
        }
        const auto held = s.server.audience(QStringLiteral("vip_fr"));
        QCOMPARE(held->members.size(), expectedAge.size());
        for (auto it = expectedAge.cbegin(); it != expectedAge.cend(); ++it) {
            const FakeBatchServer::Member m = held->members.value(it.key());
            QCOMPARE(m.attributes.value(QStringLiteral("age")).toInt(), it.value());
        }
        const FakeBatchServer::Member one = held->members.value(QStringLiteral("00000001"));
        QCOMPARE(one.attributes.value(QStringLiteral("is_vip")).toBool(), true);
        QCOMPARE(one.attributes.value(QStringLiteral("date(signup)")).toString(),
                 QStringLiteral("2024-01-02T00:00:00"));
        QCOMPARE(
            one.tags,
            (QStringList {QStringLiteral("spring"), QStringLiteral("vip"), QStringLiteral("fr")}));
        QVERIFY(held->members.contains(QStringLiteral("00000000"))); // leading zeros kept
    }

    void partialUploadResumesWithoutRepeating()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QString csv = makeCsv(QStringLiteral("partial.csv"), 25000, false);
        const QStringList args {
            QStringLiteral("import"), QStringLiteral("partial"), QStringLiteral("--csv"),   csv,
            QStringLiteral("--attr"), QStringLiteral("age:int"), QStringLiteral("--create")};
        FakeBatchServer::Fault fault;
        fault.httpStatus = 400;
        fault.method = "PATCH";
        s.server.injectFault(fault, 1);
        const Run first = cli(s, args);
        QCOMPARE(first.code, 5);
        QVERIFY(first.err.contains("partial"));
        QVERIFY(first.err.contains("same command again"));
        QCOMPARE(s.server.audience(QStringLiteral("partial"))->members.size(), 10000);
        s.server.clearRequests();
        const Run second = cli(s, args);
        QVERIFY2(second.code == 0, second.err.constData());
        QVERIFY(second.err.contains("Resuming"));
        QCOMPARE(count(s.server, "PUT"), 0); // the acknowledged Replace is not sent again
        QCOMPARE(count(s.server, "PATCH"), 2);
        QCOMPARE(s.server.audience(QStringLiteral("partial"))->members.size(), 24975);
    }

    void aSavedProfileIsUsedAndRecorded()
    {
        // --profile reads the desktop app's settings; the upload is recorded under that
        // profile, so the app's History can resume it.
        SandboxFixture s;
        QVERIFY(s.start());
        QString id;
        {
            QSettings settings(
                m_home.filePath(QStringLiteral("config/AudienceDesk/audience-desk.conf")),
                QSettings::IniFormat);
            ProfileStore store(&settings);
            store.save(s.profile(QStringLiteral("Test shop")));
            id = store.profiles().first().id;
        }
        // The environment's keys are wrong: only the profile can make this work.
        const Run r
            = cli(s,
                  {QStringLiteral("--profile"), QStringLiteral("test SHOP"),
                   QStringLiteral("import"), QStringLiteral("profiled"), QStringLiteral("--csv"),
                   makeCsv(QStringLiteral("profiled.csv"), 50, false), QStringLiteral("--create")},
                  QStringLiteral("wrong-rest-key"));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(s.server.audience(QStringLiteral("profiled"))->members.size(), 50);
        UploadHistory history(
            m_home.filePath(QStringLiteral("data/AudienceDesk/audience-desk/history.sqlite")));
        QVERIFY(history.isOpen());
        const UploadRecord last = history.uploads().first();
        QCOMPARE(last.audience, QStringLiteral("profiled"));
        QCOMPARE(last.profileId, id);
        QCOMPARE(last.profileName, QStringLiteral("Test shop"));

        const Run unknown = cli(
            s, {QStringLiteral("--profile"), QStringLiteral("nobody"), QStringLiteral("list")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("no profile named"));
    }

    void dryRunSendsNothing()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QString csv = makeCsv(QStringLiteral("dry.csv"), 10001, true);
        const QString out = m_home.filePath(QStringLiteral("dry-out"));
        const Run r = cli(s,
                          {QStringLiteral("import"), QStringLiteral("dry"), QStringLiteral("--csv"),
                           csv, QStringLiteral("--attr"), QStringLiteral("age:int"),
                           QStringLiteral("--skip-invalid"), QStringLiteral("--dry-run"),
                           QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(s.server.requests().isEmpty());
        QFile planFile(out + QStringLiteral("/plan.json"));
        QVERIFY(planFile.open(QIODevice::ReadOnly));
        const QJsonObject plan = QJsonDocument::fromJson(planFile.readAll()).object();
        QCOMPARE(plan.value(QStringLiteral("rows_read")).toInt(), 10001);
        QCOMPARE(plan.value(QStringLiteral("rejected")).toInt(), 2);
        QCOMPARE(plan.value(QStringLiteral("duplicates")).toInt(), 8);
        QCOMPARE(plan.value(QStringLiteral("valid")).toInt(), 9991);
        QCOMPARE(plan.value(QStringLiteral("requests")).toArray().size(), 1);
        QVERIFY(QFile::exists(out + QStringLiteral("/payload-0001.json")));
        QVERIFY(QFile::exists(out + QStringLiteral("/rejects.csv")));
    }

    void leadingZerosAreToldInTheReport()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QString csv
            = writeFile(QStringLiteral("zips.csv"), "install_id,zip\na,08104\nb,75001\nc,00042\n");
        const Run r = dryRun(s, csv, {QStringLiteral("--attr"), QStringLiteral("zip:int")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("warning, line 2, column 2 (zip)") && r.err.contains("08104"),
                 r.err.constData());
    }

    void aFileThatIsNotTextExitsThree()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 3000; ++i)
            png += char((i * 7919 + i / 13) % 256);
        const QString path = writeFile(QStringLiteral("segment.xlsx"), png);
        for (const QStringList &more :
             {QStringList(), QStringList {QStringLiteral("--attr"), QStringLiteral("name")}}) {
            const Run r = cli(s, importArgs(QStringLiteral("png"), path) + more);
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.contains("not a text file"), r.err.constData());
        }
        QVERIFY(s.server.requests().isEmpty());
    }

    void aHundredThousandColumnsMapQuickly()
    {
        // Without --attr every column is mapped by default: that took 85 s for 100,000
        // columns (each column resolved by a walk over all of them). Now well under a second
        // for the mapping; the whole dry run must end within cli()'s wait.
        SandboxFixture s;
        QVERIFY(s.start());
        QByteArray csv = "install_id";
        for (int i = 1; i < 100000; ++i)
            csv += ",c" + QByteArray::number(i);
        for (int r = 0; r < 3; ++r) {
            csv += "\nid" + QByteArray::number(r);
            for (int i = 1; i < 100000; ++i)
                csv += ",v";
        }
        const Run r = dryRun(s, writeFile(QStringLiteral("wide.csv"), csv + '\n'));
        QVERIFY2(r.code == 0, r.err.constData());
        QFile body(m_home.filePath(QStringLiteral("wide-out/payload-0001.json")));
        QVERIFY(body.open(QIODevice::ReadOnly));
        const QJsonObject first = QJsonDocument::fromJson(body.readAll())
                                      .object()
                                      .value(QStringLiteral("ids"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("id0"));
        const QJsonObject attributes = first.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attributes.size(), 15); // the first 15 columns after the ID
        QVERIFY(attributes.contains(QStringLiteral("c15")));
    }

    void columnNumbersPastTheFileAreUsageErrors()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        QByteArray csv = "install_id";
        for (int i = 2; i <= 21; ++i)
            csv += ",c" + QByteArray::number(i);
        csv += "\nid1" + QByteArray(20 * 2, ',').replace(",,", ",v") + '\n';
        const QString path = writeFile(QStringLiteral("21-columns.csv"), csv);
        for (const QStringList &more :
             {QStringList {QStringLiteral("--attr"), QStringLiteral("999")},
              QStringList {QStringLiteral("--id-column"), QStringLiteral("999")}}) {
            const Run r = dryRun(s, path, more);
            QVERIFY2(r.code == 2,
                     qPrintable(more.join(u' ') + QLatin1Char(' ') + QString::fromUtf8(r.err)));
            QVERIFY2(r.err.contains("999") && r.err.contains("21 columns"), r.err.constData());
        }
        QCOMPARE(dryRun(s, path, {QStringLiteral("--attr"), QStringLiteral("21")}).code, 0);
    }

    void statusWaitsForApplied()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        ApiReply *created = s.client.create(QStringLiteral("st"));
        QTRY_VERIFY(created->isFinished());
        s.server.setIndexingDelayMs(700);
        ApiReply *r = s.client.replace(QStringLiteral("st"), "{\"ids\":[{\"id\":\"a\"}]}");
        QTRY_VERIFY(r->isFinished());
        const Run now = cli(s,
                            {QStringLiteral("status"), QStringLiteral("st"),
                             QStringLiteral("--token"), r->indexingToken()});
        QCOMPARE(now.code, 0);
        QCOMPARE(now.out.trimmed(), QByteArray("IN_PROGRESS"));
        const Run waited
            = cli(s,
                  {QStringLiteral("status"), QStringLiteral("st"), QStringLiteral("--token"),
                   r->indexingToken(), QStringLiteral("--wait")});
        QCOMPARE(waited.code, 0);
        QCOMPARE(waited.out.trimmed(), QByteArray("APPLIED"));
        QCOMPARE(cli(s, {QStringLiteral("status"), QStringLiteral("st")}).code, 2);
    }

    void ctrlCInterruptsWith130()
    {
        SandboxFixture s;
        QVERIFY(s.start(3));
        s.server.setResponseDelayMs(3000);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("AUDIENCE_DESK_API_KEY"), FakeBatchServer::sandboxApiKey);
        env.insert(QStringLiteral("AUDIENCE_DESK_REST_KEY"), FakeBatchServer::sandboxRestKey);
        env.insert(QStringLiteral("AUDIENCE_DESK_BASE_URL"), s.server.baseUrl().toString());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AD_CLI_PATH), {QStringLiteral("list")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!s.server.requests().isEmpty(), 10000); // the request is out
        ::kill(pid_t(p.processId()), SIGINT);
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(p.readAllStandardError().contains("interrupted"));
    }

    void failuresMapToExitCodes()
    {
        SandboxFixture s;
        QVERIFY(s.start(3));
        QCOMPARE(cli(s, {QStringLiteral("list")}, QStringLiteral("wrong-key")).code, 1);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AD_CLI_PATH),
                {QStringLiteral("--api-key"), QStringLiteral("K"), QStringLiteral("--rest-key"),
                 QStringLiteral("R"), QStringLiteral("--base-url"),
                 QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("list")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 4);
        QCOMPARE(cli(s,
                     {QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("--csv"),
                      QStringLiteral("/nonexistent.csv")})
                     .code,
                 3);
    }

    // The same failure gives the same exit code from every command (ImportOutcome, then
    // exitCodeFor): Batch answering 503 to every attempt is "could not get through", 4, from
    // list as from import; it used to be 1 ("the API refused") from list, view, create,
    // delete and status.
    void serverFailuresAfterRetriesExitFourFromEveryCommand()
    {
        SandboxFixture s;
        QVERIFY(s.start(3));
        const QString csv = idCsv(QStringLiteral("unreachable.csv"), QStringLiteral("u-"), 20);
        const QString audience = s.server.audienceNames().value(0);
        QVERIFY(!audience.isEmpty());
        const QList<QStringList> commands {
            {QStringLiteral("list")},
            {QStringLiteral("view"), audience},
            {QStringLiteral("create"), QStringLiteral("new_one")},
            {QStringLiteral("delete"), audience, QStringLiteral("--yes")},
            {QStringLiteral("status"), audience, QStringLiteral("--token"), QStringLiteral("t")},
            importArgs(QStringLiteral("new_two"), csv),
        };
        for (const QStringList &args : commands) {
            FakeBatchServer::Fault unavailable; // 503, for every attempt of the first request
            s.server.injectFault(unavailable, 3);
            const Run run = cli(s, args);
            QVERIFY2(run.code == ExitNetwork,
                     qPrintable(QStringLiteral("%1: exit %2\n%3")
                                    .arg(args.join(u' '))
                                    .arg(run.code)
                                    .arg(QString::fromUtf8(run.err))));
            QVERIFY2(run.err.contains("again"), run.err.constData()); // it can help here
        }
        QVERIFY(!s.server.audience(QStringLiteral("new_one")));
        QVERIFY(!s.server.audience(QStringLiteral("new_two")));
    }

    // Keys Batch refuses (401) in the middle of an import: exit 1, with what to check;
    // never "run the same command again to resume", which cannot help with wrong keys.
    void refusedKeysSayCheckTheKeysNotRunAgain()
    {
        SandboxFixture s;
        QVERIFY(s.start(3));
        const QString csv = idCsv(QStringLiteral("keys.csv"), QStringLiteral("k-"), 50);
        FakeBatchServer::Fault refused;
        refused.httpStatus = 401;
        refused.method = "PUT"; // the Replace itself, after the View that found the audience
        s.server.injectFault(refused, 1);
        const Run run = cli(s, importArgs(QStringLiteral("keys_refused"), csv));
        QCOMPARE(run.code, ExitApiRefused);
        QVERIFY2(run.err.contains("Check the keys"), run.err.constData());
        QVERIFY2(!run.err.contains("resume"), run.err.constData());
        QVERIFY2(!run.err.contains("Run the same command again"), run.err.constData());
        QVERIFY(held(s.server, QStringLiteral("keys_refused")).isEmpty());
        // The same from list: the wrong REST key.
        const Run list = cli(s, {QStringLiteral("list")}, QStringLiteral("wrong-key"));
        QCOMPARE(list.code, ExitApiRefused);
        QVERIFY2(list.err.contains("Check the keys"), list.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
