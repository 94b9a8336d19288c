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
    void saveProfiles(const SandboxFixture &ios, const SandboxFixture &android)
    {
        QSettings settings(
            m_home.filePath(QStringLiteral("config/AudienceDesk/audience-desk.conf")),
            QSettings::IniFormat);
        ProfileStore store(&settings);
        store.save(ios.profile(QStringLiteral("Shop iOS")));
        store.save(android.profile(QStringLiteral("Shop Android")));
    }
    QStringList importArgs(const QString &csv, bool json = false) const
    {
        QStringList args {QStringLiteral("--profile"), QStringLiteral("Shop iOS"),
                          QStringLiteral("--profile"), QStringLiteral("Shop Android"),
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
        QCOMPARE(apps[0].toObject().value(QStringLiteral("app")).toString(),
                 QStringLiteral("Shop iOS"));
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
        QCOMPARE(profiles,
                 QStringList({QStringLiteral("Shop Android"), QStringLiteral("Shop iOS")}));
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
        QCOMPARE(r.code, int(ExitApiRefused)); // the worst of the apps'
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
        QVERIFY2(line(QStringLiteral("Shop Android")).contains(QStringLiteral("300")),
                 r.out.constData());
        QVERIFY2(!line(QStringLiteral("Shop iOS")).isEmpty()
                     && !line(QStringLiteral("Shop iOS")).contains(QStringLiteral("300 IDs")),
                 r.out.constData());
    }

    void otherCommandsTakeOneApp()
    {
        SandboxFixture ios, android;
        QVERIFY(ios.start());
        QVERIFY(android.start());
        saveProfiles(ios, android);
        const Run r = cli(ios,
                          {QStringLiteral("--profile"), QStringLiteral("Shop iOS"),
                           QStringLiteral("--profile"), QStringLiteral("Shop Android"),
                           QStringLiteral("list")});
        QCOMPARE(r.code, int(ExitUsage));
        QVERIFY(r.err.contains("one app"));
        QVERIFY(ios.server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliFanOut)
#include "tst_clifanout.moc"
