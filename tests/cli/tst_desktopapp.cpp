// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliTestBase.h"

// The desktop app as a user starts it, twice: an "Open with" on a CSV while Audience Desk
// is open hands the file to the window already there and exits, leaving one process.
class TestDesktopApp : public CliTestBase
{
    Q_OBJECT
private:
    QProcessEnvironment appEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("AUDIENCE_DESK_API_KEY"));
        return env;
    }
    QByteArray log() const
    {
        QFile file(m_home.filePath(QStringLiteral("state/audience-desk/audience-desk.log")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        if (QStringLiteral(AD_APP_PATH).isEmpty())
            QSKIP("built without the desktop app (AD_BUILD_UI=OFF)");
    }

    void aSecondLaunchHandsItsFileToTheFirstWindow()
    {
        QProcess first;
        first.setProcessEnvironment(appEnvironment());
        first.start(QStringLiteral(AD_APP_PATH), {QStringLiteral("--sandbox")});
        QVERIFY(first.waitForStarted());
        // The window is up, on the sandbox, once the log says so (claimed before that).
        QTRY_VERIFY_WITH_TIMEOUT(log().contains("audiencedesk.session: profile Sandbox"), 30000);

        const QString csv = makeCsv(QStringLiteral("handed.csv"), 20, false);
        QProcess second;
        second.setProcessEnvironment(appEnvironment());
        second.start(QStringLiteral(AD_APP_PATH), {csv});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(log().contains(QByteArray("import wizard opened " + csv.toUtf8())),
                                 20000);
        QVERIFY(log().contains("handed over by another launch"));
        QCOMPARE(first.state(), QProcess::Running); // one process remains, the first
        QCOMPARE(log().count("started (Qt"), 1); // the second never opened a window or log

        first.terminate();
        QVERIFY(first.waitForFinished(20000));
    }

    void newInstanceOptsOut()
    {
        QProcess first;
        first.setProcessEnvironment(appEnvironment());
        first.start(QStringLiteral(AD_APP_PATH), {QStringLiteral("--sandbox")});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(log().count("audiencedesk.session: profile Sandbox") == 1, 30000);
        QProcess second;
        second.setProcessEnvironment(appEnvironment());
        second.start(QStringLiteral(AD_APP_PATH),
                     {QStringLiteral("--sandbox"), QStringLiteral("--new-instance")});
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(log().count("audiencedesk.session: profile Sandbox") == 2, 30000);
        QCOMPARE(second.state(), QProcess::Running); // a window of its own
        second.terminate();
        first.terminate();
        QVERIFY(second.waitForFinished(20000));
        QVERIFY(first.waitForFinished(20000));
    }

    void cleanup()
    {
        QFile::remove(m_home.filePath(QStringLiteral("state/audience-desk/audience-desk.log")));
    }
};

QTEST_GUILESS_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
