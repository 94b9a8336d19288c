// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScriptedSecretStore.h"
#include "api/ApiValidation.h"
#include "settings/AppSettings.h"
#include "settings/ProfileSession.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Profiles, app settings and secrets in a temporary QSettings scope, never the user's.
class TestSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString iniPath(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // The file's mode as "600", "644"...: QFile reports the owner's bits twice when we are
    // the owner (ReadOwner and ReadUser), so only the Owner, Group and Other bits count.
    static QString mode(const QString &path)
    {
        const QFileDevice::Permissions p = QFile::permissions(path);
        int m = 0;
        const std::pair<QFileDevice::Permission, int> bits[]
            = {{QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200},
               {QFileDevice::ExeOwner, 0100},  {QFileDevice::ReadGroup, 040},
               {QFileDevice::WriteGroup, 020}, {QFileDevice::ExeGroup, 010},
               {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},
               {QFileDevice::ExeOther, 01}};
        for (const auto &[flag, bit] : bits)
            m |= p.testFlag(flag) ? bit : 0;
        return QString::number(m, 8);
    }

    // A settings file that exists with the given mode and holds no secret yet.
    static void makeOpenFile(QSettings &settings, QFileDevice::Permissions permissions)
    {
        settings.setValue(QStringLiteral("browser/pageSize"), 50);
        settings.sync();
        QVERIFY(QFile::setPermissions(settings.fileName(), permissions));
    }

    static Profile secretProfile()
    {
        Profile p;
        p.displayName = QStringLiteral("Kept in the file");
        p.apiKey = QStringLiteral("DEVKEY3");
        p.restKey = QStringLiteral("rest-secret-3");
        p.restKeyInSettings = true;
        return p;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void profileRoundTrip()
    {
        const QString path = iniPath("profiles.ini");
        QString id;
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            Profile p;
            p.displayName = QStringLiteral("Shop iOS");
            p.apiKey = QStringLiteral("APPKEY1");
            p.keyKind = ApiKeyKind::Live;
            p.restKey = QStringLiteral("rest-secret-1");
            p.baseUrl = QUrl(QStringLiteral("https://eu.example.test"));
            store.save(p);
            QCOMPARE(changed.count(), 1);
            id = store.lastSavedId();
            QVERIFY(!id.isEmpty());
            store.setCurrentProfileId(id);
            Profile other;
            other.displayName = QStringLiteral("Android dev");
            other.apiKey = QStringLiteral("DEVKEY2");
            other.keyKind = ApiKeyKind::Dev;
            other.restKey = QStringLiteral("rest-secret-2");
            other.restKeyInSettings = true;
            store.save(other);
            Profile transient = other;
            transient.displayName = QStringLiteral("Transient");
            transient.transient = true;
            store.save(transient);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(!ini.contains("rest-secret-1")); // keychain-held keys never reach the file
        QVERIFY(ini.contains("rest-secret-2")); // the user chose the settings file for this one

        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).displayName, QStringLiteral("Android dev")); // sorted by name
        QCOMPARE(all.at(0).restKey, QStringLiteral("rest-secret-2"));
        const auto shop = store.profile(id);
        QVERIFY(shop);
        QCOMPARE(shop->apiKey, QStringLiteral("APPKEY1"));
        QCOMPARE(shop->keyKind, ApiKeyKind::Live);
        QVERIFY(shop->isLive());
        QVERIFY(shop->restKey.isEmpty());
        QCOMPARE(shop->baseUrl, QUrl(QStringLiteral("https://eu.example.test")));
        QCOMPARE(store.currentProfileId(), id);
        store.remove(id);
        QVERIFY(!store.profile(id));
        QVERIFY(store.currentProfileId().isEmpty());
        QCOMPARE(store.profiles().size(), 1);
    }

    void settingsFileIsOwnerOnlyOnceItHoldsASecret()
    {
        const QString path = iniPath("secret.conf");
        QSettings settings(path, QSettings::IniFormat);
        makeOpenFile(settings,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                         | QFileDevice::ReadOther);
        QCOMPARE(mode(path), QStringLiteral("644"));
        ProfileStore store(&settings);
        store.save(secretProfile());
        QCOMPARE(mode(path), QStringLiteral("600"));
        QVERIFY(!QFile::permissions(path).testAnyFlags(QFileDevice::ReadGroup
                                                       | QFileDevice::ReadOther));

        // Later writes of the same file (QSettings replaces it by a new one) keep the mode.
        settings.setValue(QStringLiteral("browser/pageSize"), 100);
        settings.sync();
        QCOMPARE(mode(path), QStringLiteral("600"));

        // Removing another profile rewrites the file: the remaining secret stays protected.
        Profile other;
        other.displayName = QStringLiteral("Keychain");
        store.save(other);
        QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        store.remove(store.lastSavedId());
        QCOMPARE(mode(path), QStringLiteral("600"));
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("browser/pageSize")),
                 QVariant(100));
    }

    void newSettingsFileWithASecretIsOwnerOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/folder/secret.conf"));
        QVERIFY(!QFile::exists(path));
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            store.save(secretProfile());
            QCOMPARE(mode(path), QStringLiteral("600"));
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(ProfileStore(&settings).profiles().value(0).restKey,
                 QStringLiteral("rest-secret-3"));
    }

    void settingsFileWithoutSecretKeepsItsMode()
    {
        const QString path = iniPath("nosecret.conf");
        QSettings settings(path, QSettings::IniFormat);
        makeOpenFile(settings,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                         | QFileDevice::ReadOther);
        ProfileStore store(&settings);
        Profile p = secretProfile();
        p.restKeyInSettings = false; // the key lives in the keychain
        store.save(p);
        QCOMPARE(mode(path), QStringLiteral("644"));
        store.remove(store.lastSavedId());
        QCOMPARE(mode(path), QStringLiteral("644"));
        QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        ProfileStore reloaded(&settings);
        QCOMPARE(mode(path), QStringLiteral("640")); // loading leaves it alone too
    }

    void loadingRepairsATooOpenFileWithASecret()
    {
        const QString path = iniPath("repair.conf");
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore(&settings).save(secretProfile());
        }
        // As left by an older version, or by hand.
        QVERIFY(QFile::setPermissions(path,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(mode(path), QStringLiteral("600"));
        QCOMPARE(store.profiles().size(), 1);
    }

    void environmentProfile()
    {
        QProcessEnvironment env;
        QVERIFY(!ProfileSession::environmentProfile(env));
        env.insert(QStringLiteral("AUDIENCE_DESK_API_KEY"), QStringLiteral("DEV123"));
        QVERIFY(!ProfileSession::environmentProfile(env)); // both keys are needed
        env.insert(QStringLiteral("AUDIENCE_DESK_REST_KEY"), QStringLiteral("rest"));
        auto p = ProfileSession::environmentProfile(env);
        QVERIFY(p);
        QCOMPARE(p->displayName, QStringLiteral("Environment"));
        QVERIFY(p->transient);
        QCOMPARE(p->keyKind, ApiKeyKind::Dev);
        QCOMPARE(p->baseUrl, Profile::defaultBaseUrl());
        env.insert(QStringLiteral("AUDIENCE_DESK_BASE_URL"),
                   QStringLiteral("http://127.0.0.1:8080"));
        env.insert(QStringLiteral("AUDIENCE_DESK_API_KEY"), QStringLiteral("LIVEKEY"));
        p = ProfileSession::environmentProfile(env);
        QCOMPARE(p->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(p->isLive()); // unknown kind: treated with Live's care
    }

    void appSettings()
    {
        QSettings settings(iniPath("app.ini"), QSettings::IniFormat);
        AppSettings app(&settings);
        QCOMPARE(app.pageSize(), 25);
        QSignalSpy changed(&app, &AppSettings::changed);
        app.setPageSize(100);
        QCOMPARE(app.pageSize(), 100);
        QCOMPARE(changed.count(), 1);
        app.setPageSize(100);
        QCOMPARE(changed.count(), 1); // unchanged: no signal
        settings.setValue(QStringLiteral("browser/pageSize"), 7);
        QCOMPARE(app.pageSize(), 25); // an invalid stored value falls back
        app.setMainWindowGeometry("geometry");
        QCOMPARE(AppSettings(&settings).mainWindowGeometry(), QByteArray("geometry"));
        QCOMPARE(settings.value(QStringLiteral("settingsVersion")).toInt(),
                 AppSettings::currentVersion);
    }

    void secretsInMemory()
    {
        SecretStore store;
        store.setInMemoryForTesting(true);
        QCOMPARE(waitForSecret(store.write(QStringLiteral("p1"), QStringLiteral("s3cret"))).status,
                 SecretStore::Status::Ok);
        SecretRequest *read = store.read(QStringLiteral("p1"));
        QVERIFY(!read->isFinished()); // asynchronous, like the keychain
        QCOMPARE(waitForSecret(read).secret, QStringLiteral("s3cret"));
        QCOMPARE(waitForSecret(store.remove(QStringLiteral("p1"))).status, SecretStore::Status::Ok);
        QCOMPARE(waitForSecret(store.read(QStringLiteral("p1"))).status,
                 SecretStore::Status::NotFound);
    }

    void realKeychainAnswersOrSaysItIsMissing()
    {
        // On a machine without a Secret Service this must say so, never hang.
        SecretStore store;
        const SecretStore::Result result
            = waitForSecret(store.read(QStringLiteral("audience-desk-test-missing")), 20000);
        QVERIFY2(result.status == SecretStore::Status::NotFound
                     || result.status == SecretStore::Status::NoKeychain
                     || result.status == SecretStore::Status::Error,
                 qPrintable(result.message));
        if (result.status != SecretStore::Status::NotFound)
            QVERIFY(!result.message.isEmpty());
    }

    void aLateKeychainIsWaitedForAndNeverReachesAGoneContext()
    {
        // A prompt ("Unlock Keyring") is not a failure: the request says it is waiting,
        // lives until the keychain answers, and a context destroyed meanwhile gets nothing.
        QSettings settings(iniPath("late.ini"), QSettings::IniFormat);
        ProfileStore store(&settings);
        ScriptedSecretStore secrets;
        secrets.mode = ScriptedSecretStore::Mode::Never;
        secrets.setWaitingAfterMs(50);
        ProfileSession session(&store, &secrets);
        Profile p;
        p.id = QStringLiteral("late");
        p.displayName = QStringLiteral("Late");
        p.apiKey = QStringLiteral("KEY");
        p.restKey = QStringLiteral("rest");
        int called = 0;
        {
            QObject window; // closed before the keychain answers
            SecretRequest *request = session.save(p, &window, [&](auto) { ++called; });
            QSignalSpy waiting(request, &SecretRequest::waiting);
            QVERIFY(waiting.wait(2000));
            QVERIFY(!request->isFinished());
        }
        QTest::qWait(100);
        secrets.answerPending(); // the user finally answers the prompt
        QTest::qWait(50);
        QCOMPARE(called, 0);
        QVERIFY(store.profile(QStringLiteral("late"))); // saved all the same: nothing lost
        QCOMPARE(secrets.secrets.value(QStringLiteral("late")), QStringLiteral("rest"));

        // Cancel: the caller is answered at once; the keychain's late answer is dropped.
        SecretRequest *read = session.complete(
            store.profile(QStringLiteral("late")).value(), this, [&](const Profile &, auto r) {
                ++called;
                QCOMPARE(r.status, SecretStore::Status::Cancelled);
            });
        read->cancel();
        QCOMPARE(called, 1);
        secrets.answerPending();
        QTest::qWait(50);
        QCOMPARE(called, 1);
    }

    void validation()
    {
        using namespace ApiValidation;
        QVERIFY(isValidAudienceName(QStringLiteral("vip_fr-2026")));
        QVERIFY(isValidAudienceName(QString(255, QLatin1Char('a'))));
        QVERIFY(!isValidAudienceName(QString(256, QLatin1Char('a'))));
        QVERIFY(!isValidAudienceName(QString()));
        QVERIFY(
            audienceNameProblem(QStringLiteral("vip fr")).contains(QStringLiteral("position 4")));
        QVERIFY(!isValidAudienceName(QStringLiteral("café")));
        QVERIFY(isValidKey(QStringLiteral("ABC_def-123")));
        QVERIFY(!isValidKey(QStringLiteral("a b")));
        QVERIFY(isAllowedBaseUrl(QUrl(QStringLiteral("https://api.batch.com"))));
        QVERIFY(isAllowedBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))));
        QVERIFY(isAllowedBaseUrl(QUrl(QStringLiteral("http://localhost"))));
        QVERIFY(isAllowedBaseUrl(QUrl(QStringLiteral("http://[::1]:9"))));
        QString why;
        QVERIFY(!isAllowedBaseUrl(QUrl(QStringLiteral("http://example.com")), &why));
        QVERIFY(why.contains(QStringLiteral("https")));
        QVERIFY(!isAllowedBaseUrl(QUrl(QStringLiteral("ftp://example.com"))));
        QVERIFY(!isAllowedBaseUrl(QUrl(QStringLiteral("https://user:pw@example.com"))));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
