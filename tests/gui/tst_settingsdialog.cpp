#include "MnemonicClashes.h"
#include "ProfileEditor.h"
#include "SandboxFixture.h"
#include "SettingsDialog.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void addsAProfileThroughTheWidgets()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        SecretStore secrets;
        secrets.setInMemoryForTesting(true);
        QNetworkAccessManager network;
        SettingsDialog dialog(&profiles, &secrets, &network);
        dialog.show();
        ProfileEditor *e = dialog.editor();
        type(e->nameEdit(), QStringLiteral("Shop Android"));
        type(e->apiKeyEdit(), QStringLiteral("DEVAPPKEY"));
        QVERIFY(!dialog.saveButton()->isEnabled()); // no REST key yet
        type(e->restKeyEdit(), QStringLiteral("rest-key-value"));
        QCOMPARE(e->restKeyEdit()->echoMode(), QLineEdit::Password);
        e->showRestKeyAction()->trigger();
        QCOMPARE(e->restKeyEdit()->echoMode(), QLineEdit::Normal);
        e->showRestKeyAction()->trigger();
        QCOMPARE(e->restKeyEdit()->echoMode(), QLineEdit::Password);

        e->kindBox()->setCurrentIndex(e->kindBox()->findData(int(ApiKeyKind::Live)));
        QVERIFY(e->liveWarning()->isVisible());
        e->kindBox()->setCurrentIndex(e->kindBox()->findData(int(ApiKeyKind::Dev)));
        QVERIFY(!e->liveWarning()->isVisible());

        type(e->baseUrlEdit(), QStringLiteral("http://example.com"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(e->problem().contains(QStringLiteral("http://")));
        type(e->baseUrlEdit(), QString());
        QVERIFY(dialog.saveButton()->isEnabled());

        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(profiles.profiles().size(), 1);
        const Profile saved = profiles.profiles().first();
        QCOMPARE(saved.displayName, QStringLiteral("Shop Android"));
        QCOMPARE(saved.apiKey, QStringLiteral("DEVAPPKEY"));
        QCOMPARE(saved.keyKind, ApiKeyKind::Dev);
        QVERIFY(saved.restKey.isEmpty()); // in the (in-memory) keychain, not the settings
        QString secret;
        secrets.read(saved.id, [&](const SecretStore::Result &r) { secret = r.secret; });
        QTRY_COMPARE(secret, QStringLiteral("rest-key-value"));
        QCOMPARE(dialog.profileList()->count(), 1);
        const QStringList clashes = mnemonicClashes(&dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
    }

    void testConnectionAgainstTheSandbox()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(3));
        QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        SecretStore secrets;
        secrets.setInMemoryForTesting(true);
        SettingsDialog dialog(&profiles, &secrets, &sandbox.network);
        ProfileEditor *e = dialog.editor();
        type(e->nameEdit(), QStringLiteral("Sandbox"));
        type(e->apiKeyEdit(), FakeBatchServer::sandboxApiKey);
        type(e->restKeyEdit(), FakeBatchServer::sandboxRestKey);
        type(e->baseUrlEdit(), sandbox.server.baseUrl().toString());
        QVERIFY(dialog.testButton()->isEnabled());
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.statusLabel()->text().startsWith(QStringLiteral("Connected")), 10000);
        QCOMPARE(sandbox.server.requests().last().query, QStringLiteral("from=0&limit=1"));

        QVERIFY(dialog.testButton()->isEnabled()); // usable again right after an answer
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.statusLabel()->text().startsWith(QStringLiteral("Connected")), 10000);
        type(e->restKeyEdit(), QStringLiteral("wrong-key"));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.statusLabel()->text().contains(QStringLiteral("did not accept the keys")),
            10000);
    }

    void withoutKeychainTheUserMustChooseTheSettingsFile()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        SecretStore secrets;
        QNetworkAccessManager network;
        SettingsDialog dialog(&profiles, &secrets, &network);
        dialog.editor()->setKeychainAvailable(false,
                                              QStringLiteral("No system keychain answered."));
        ProfileEditor *e = dialog.editor();
        type(e->nameEdit(), QStringLiteral("No keychain"));
        type(e->apiKeyEdit(), QStringLiteral("KEY"));
        type(e->restKeyEdit(), QStringLiteral("rest-key"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        e->storeInSettingsBox()->setChecked(true);
        QVERIFY(dialog.saveButton()->isEnabled());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(profiles.profiles().size(), 1);
        QCOMPARE(profiles.profiles().first().restKey, QStringLiteral("rest-key"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
