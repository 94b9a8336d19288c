// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliTestBase.h"

// Uploads from the command line that cannot lie: imports started together, the lock per
// audience (exit 6), a resume onto an audience that changed, the exit codes of a failed
// import, and keys kept off the command line.
class TestCliUpload : public CliTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareNetworkTest(); }

    void twoImportsStartedTogetherKeepTheirOwnIds()
    {
        // Both used to write into uploads/<time to the millisecond> and sent each other's
        // bodies. Ten rounds of two processes started back to back.
        SandboxFixture s;
        QVERIFY(s.start());
        const QString a = idCsv(QStringLiteral("pair-a.csv"), QStringLiteral("a-"), 12000);
        const QString b = idCsv(QStringLiteral("pair-b.csv"), QStringLiteral("b-"), 12000);
        for (int round = 0; round < 10; ++round) {
            const QString nameA = QStringLiteral("pair_a_%1").arg(round);
            const QString nameB = QStringLiteral("pair_b_%1").arg(round);
            QProcess *pa = startCli(s, importArgs(nameA, a));
            QProcess *pb = startCli(s, importArgs(nameB, b));
            QTRY_VERIFY_WITH_TIMEOUT(
                pa->state() == QProcess::NotRunning && pb->state() == QProcess::NotRunning, 60000);
            QVERIFY2(pa->exitCode() == 0, pa->readAllStandardError().constData());
            QVERIFY2(pb->exitCode() == 0, pb->readAllStandardError().constData());
            QCOMPARE(held(s.server, nameA), idsWith(QStringLiteral("a-"), 12000));
            QCOMPARE(held(s.server, nameB), idsWith(QStringLiteral("b-"), 12000));
            delete pa;
            delete pb;
        }
        QDir uploads(m_home.filePath(QStringLiteral("data/AudienceDesk/audience-desk/uploads")));
        QStringList left;
        for (const QString &d : uploads.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            left << d + QLatin1Char(':')
                    + QDir(uploads.filePath(d)).entryList(QDir::Files).join(u',');
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }

    void sameAudienceTwiceExitsSixThenCompletes()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        s.server.setResponseDelayMs(250);
        const QString first = idCsv(QStringLiteral("same-1.csv"), QStringLiteral("one-"), 25000);
        const QString second = idCsv(QStringLiteral("same-2.csv"), QStringLiteral("two-"), 15000);
        QProcess *running = startCli(s, importArgs(QStringLiteral("same"), first));
        QTRY_VERIFY_WITH_TIMEOUT(!s.server.requests().isEmpty(), 20000); // it holds the lock
        const Run refused = cli(s, importArgs(QStringLiteral("same"), second));
        QCOMPARE(refused.code, 6);
        QVERIFY2(refused.err.contains("under way") && refused.err.contains("--wait-lock"),
                 refused.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(running->state() == QProcess::NotRunning, 60000);
        QCOMPARE(running->exitCode(), 0);
        QCOMPARE(held(s.server, QStringLiteral("same")), idsWith(QStringLiteral("one-"), 25000));
        s.server.setResponseDelayMs(0);
        const Run again = cli(s, importArgs(QStringLiteral("same"), second));
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(held(s.server, QStringLiteral("same")), idsWith(QStringLiteral("two-"), 15000));
        delete running;
    }

    void staleResumeStartsAgainAndVerifies()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QString csv = idCsv(QStringLiteral("stale.csv"), QStringLiteral("s-"), 25000);
        FakeBatchServer::Fault fault;
        fault.method = "PATCH";
        s.server.injectFault(fault, 3); // every attempt of request 2
        const Run cut = cli(s, importArgs(QStringLiteral("stale"), csv));
        QCOMPARE(cut.code, 5);
        QVERIFY2(cut.err.contains("Run the same command again"), cut.err.constData());
        s.client.remove(QStringLiteral("stale"))->deleteLater();
        QTRY_VERIFY(!s.server.audience(QStringLiteral("stale")));
        const Run again
            = cli(s,
                  importArgs(QStringLiteral("stale"), csv)
                      + QStringList {QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(again.code == 0, again.err.constData());
        QVERIFY2(again.err.contains("was deleted since"), again.err.constData());
        QCOMPARE(held(s.server, QStringLiteral("stale")), idsWith(QStringLiteral("s-"), 25000));
        const QJsonObject json = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(json.value(QStringLiteral("ids_in_audience")).toInteger(), 25000);
        QCOMPARE(json.value(QStringLiteral("ids_sent")).toInteger(), 25000);
        QVERIFY(json.value(QStringLiteral("applied")).toBool());
    }

    void importFailuresMapToExitCodes()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QString csv = idCsv(QStringLiteral("codes.csv"), QStringLiteral("c-"), 100);
        QCOMPARE(cli(s, importArgs(QStringLiteral("folder"), m_home.path())).code, 3);
        FakeBatchServer::Fault down;
        down.method = "PUT";
        s.server.injectFault(down, 3); // the first request, every attempt
        const Run unreachable = cli(s, importArgs(QStringLiteral("down"), csv));
        QCOMPARE(unreachable.code, 4);
        FakeBatchServer::Fault refused;
        refused.method = "PUT";
        refused.httpStatus = 400;
        s.server.injectFault(refused, 1);
        QCOMPARE(cli(s, importArgs(QStringLiteral("down"), csv)).code, 1);
        QCOMPARE(cli(s, importArgs(QStringLiteral("down"), csv)).code, 0);
        QCOMPARE(held(s.server, QStringLiteral("down")), idsWith(QStringLiteral("c-"), 100));
    }

    void theRestKeyNeedNotBeOnTheCommandLine()
    {
        SandboxFixture s;
        QVERIFY(s.start(3));
        const QString keyFile = m_home.filePath(QStringLiteral("rest.key"));
        {
            QFile f(keyFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(FakeBatchServer::sandboxRestKey.toUtf8() + "\n");
        }
        const QStringList base {QStringLiteral("--api-key"), FakeBatchServer::sandboxApiKey,
                                QStringLiteral("--base-url"), s.server.baseUrl().toString()};
        // The environment's key is wrong: only the file's can work.
        const Run fromFile = cli(
            s,
            base + QStringList {QStringLiteral("--rest-key-file"), keyFile, QStringLiteral("list")},
            QStringLiteral("wrong-key"));
        QVERIFY2(fromFile.code == 0, fromFile.err.constData());
        QVERIFY(!fromFile.err.contains("process list"));

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("AUDIENCE_DESK_REST_KEY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AD_CLI_PATH),
                base
                    + QStringList {QStringLiteral("--rest-key-file"), QStringLiteral("-"),
                                   QStringLiteral("list")});
        QVERIFY(p.waitForStarted());
        p.write(FakeBatchServer::sandboxRestKey.toUtf8() + "\n");
        p.closeWriteChannel();
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        const Run onLine
            = cli(s,
                  base
                      + QStringList {QStringLiteral("--rest-key"), FakeBatchServer::sandboxRestKey,
                                     QStringLiteral("list")},
                  QStringLiteral("wrong-key"));
        QCOMPARE(onLine.code, 0);
        QVERIFY2(onLine.err.contains("process list"), onLine.err.constData()); // warned
        QVERIFY(!onLine.err.contains(FakeBatchServer::sandboxRestKey.toUtf8()));

        QCOMPARE(cli(s,
                     base
                         + QStringList {QStringLiteral("--rest-key-file"),
                                        m_home.filePath(QStringLiteral("missing.key")),
                                        QStringLiteral("list")})
                     .code,
                 2);
        const Run both = cli(s,
                             {QStringLiteral("--sandbox"), QStringLiteral("--profile"),
                              QStringLiteral("Shop"), QStringLiteral("list")});
        QCOMPARE(both.code, 2);
        QVERIFY(both.err.contains("--sandbox"));
    }
};

QTEST_GUILESS_MAIN(TestCliUpload)
#include "tst_cliupload.moc"
