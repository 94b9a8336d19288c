// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliTestBase.h"

// import with several --profile: one company, an iOS and an Android app (here two fake
// servers, one per app). Each app ends up holding the file; one failing leaves the other
// complete; the summary names each, and the exit code is the worst.
class TestCliFanOut : public CliTestBase
{
    Q_OBJECT
private:
    // The two apps saved as profiles, with names of each test's own: a previous test's
    // profiles stay saved, pointing at servers now gone.
    QString m_ios, m_android;
    void saveProfiles(const SandboxFixture &ios, const SandboxFixture &android)
    {
        static int round = 0;
        ++round;
        m_ios = QStringLiteral("Shop iOS %1").arg(round);
        m_android = QStringLiteral("Shop Android %1").arg(round);
        QSettings settings(
            m_home.filePath(QStringLiteral("config/AudienceDesk/audience-desk.conf")),
            QSettings::IniFormat);
        ProfileStore store(&settings);
        store.save(ios.profile(m_ios));
        store.save(android.profile(m_android));
    }
    QStringList importArgs(const QString &csv, bool json = false) const
    {
        QStringList args {QStringLiteral("--profile"), m_ios,
                          QStringLiteral("--profile"), m_android,
                          QStringLiteral("import"),    QStringLiteral("vip_fr"),
                          QStringLiteral("--csv"),     csv,
                          QStringLiteral("--create"),  QStringLiteral("--wait")};
        if (json)
            args << QStringLiteral("--json");
        return args;
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void bothAppsHoldTheFile()
    {
        SandboxFixture ios, android;
        QVERIFY(ios.start());
        QVERIFY(android.start());
        saveProfiles(ios, android);
        const QString csv = makeCsv(QStringLiteral("both.csv"), 12000, false);
        const Run r = cli(ios, importArgs(csv, true));
        QVERIFY2(r.code == 0, r.err.constData());
        const auto ids = [](const SandboxFixture &s) {
            const auto a = s.server.audience(QStringLiteral("vip_fr"));
            return a ? a->members.keys() : QStringList();
        };
        QCOMPARE(ids(ios).size(), 11988); // 12 IDs repeat in the file: the later row wins
        QCOMPARE(ids(android), ids(ios));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        const QJsonArray apps = json.value(QStringLiteral("apps")).toArray();
        QCOMPARE(apps.size(), 2);
        QCOMPARE(apps[0].toObject().value(QStringLiteral("app")).toString(), m_ios);
        for (const QJsonValue &app : apps) {
            QCOMPARE(app.toObject().value(QStringLiteral("ids_in_audience")).toInt(), 11988);
            QCOMPARE(app.toObject().value(QStringLiteral("exit_code")).toInt(), 0);
        }
        // Each upload recorded under its own profile, for the app's History.
        UploadHistory history(
            m_home.filePath(QStringLiteral("data/AudienceDesk/audience-desk/history.sqlite")));
        QStringList profiles;
        for (const UploadRecord &u : history.uploads())
            profiles << u.profileName;
        profiles.sort();
        QCOMPARE(profiles, QStringList({m_android, m_ios}));
    }

    void oneAppFailingLeavesTheOtherCompleteAndSaysWhich()
    {
        SandboxFixture ios, android;
        QVERIFY(ios.start());
        QVERIFY(android.start());
        saveProfiles(ios, android);
        FakeBatchServer::Fault refused;
        refused.httpStatus = 400;
        ios.server.injectFault(refused, 1000); // the first app refuses everything
        const Run r = cli(ios, importArgs(makeCsv(QStringLiteral("one.csv"), 300, false)));
        QVERIFY2(r.code == int(ExitApiRefused), QByteArray(r.out + r.err).constData()); // the worst
        QVERIFY(!ios.server.audience(QStringLiteral("vip_fr")));
        QCOMPARE(android.server.audience(QStringLiteral("vip_fr"))->members.size(), 300);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("vip_fr into 2 apps:")), r.out.constData());
        const QStringList lines = out.split(u'\n');
        const auto line = [&lines](const QString &app) {
            for (const QString &l : lines)
                if (l.trimmed().startsWith(app))
                    return l;
            return QString();
        };
        QVERIFY2(line(m_android).contains(QStringLiteral("300")), r.out.constData());
        QVERIFY2(!line(m_ios).isEmpty() && !line(m_ios).contains(QStringLiteral("300 IDs")),
                 r.out.constData());
    }

    void otherCommandsTakeOneApp()
    {
        SandboxFixture ios, android;
        QVERIFY(ios.start());
        QVERIFY(android.start());
        saveProfiles(ios, android);
        const Run r = cli(ios,
                          {QStringLiteral("--profile"), m_ios, QStringLiteral("--profile"),
                           m_android, QStringLiteral("list")});
        QCOMPARE(r.code, int(ExitUsage));
        QVERIFY(r.err.contains("one app"));
        QVERIFY(ios.server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliFanOut)
#include "tst_clifanout.moc"
