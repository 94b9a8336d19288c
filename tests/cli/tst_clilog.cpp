// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliTestBase.h"

// `--log-file`: what a support request needs, the request lines included, never a secret,
// and nothing more on the terminal than without it.
class TestCliLog : public CliTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareNetworkTest(); }

    void theLogHoldsTheRequestsWithoutTheKey()
    {
        SandboxFixture s;
        QVERIFY(s.start(3));
        const QString log = m_home.filePath(QStringLiteral("logs/cli.log"));
        const Run plain = cli(s, {QStringLiteral("list")});
        const Run logged = cli(s, {QStringLiteral("list"), QStringLiteral("--log-file"), log});
        QCOMPARE(logged.code, 0);
        QCOMPARE(logged.out, plain.out);
        QCOMPARE(logged.err, plain.err); // the request lines went to the file only

        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("audiencedesk.session: audience-desk-cli " AD_VERSION " started"),
                 text.constData());
        QVERIFY2(text.contains("info audiencedesk.api: GET"), text.constData());
        QVERIFY(text.contains("command: list"));
        QVERIFY(!text.contains(FakeBatchServer::sandboxRestKey.toUtf8()));
        QCOMPARE(file.permissions() & 0x0077, QFileDevice::Permissions());
    }

    void anUnwritableLogIsAUsageError()
    {
        SandboxFixture s;
        QVERIFY(s.start(1));
        QFile blocker(m_home.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run r = cli(s,
                          {QStringLiteral("list"), QStringLiteral("--log-file"),
                           m_home.filePath(QStringLiteral("not-a-folder/cli.log"))});
        QCOMPARE(r.code, int(ExitUsage));
        QVERIFY2(r.err.contains("log folder"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(s.server.requests().isEmpty()); // stopped before anything was sent
    }
};

QTEST_GUILESS_MAIN(TestCliLog)
#include "tst_clilog.moc"
