// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Child.h"
#include "MnemonicClashes.h"
#include "SandboxFixture.h"
#include "ScriptedSecretStore.h"
#include "common/MessageBox.h"
#include "profiles/ProfileEditor.h"
#include "profiles/SettingsDialog.h"
#include "settings/ProfileSession.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
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
        ProfileSession session(&profiles, &secrets);
        QNetworkAccessManager network;
        SettingsDialog dialog(&session, &network);
        dialog.show();
        auto *e = child<ProfileEditor>(&dialog, "profileEditor");
        QVERIFY(e);
        type(e->nameEdit(), QStringLiteral("Shop Android"));
        auto *apiKeyEdit = child<QLineEdit>(e, "apiKeyEdit");
        QVERIFY(apiKeyEdit);
        type(apiKeyEdit, QStringLiteral("DEVAPPKEY"));
        auto *saveButton = child<QPushButton>(&dialog, "saveButton");
        QVERIFY(saveButton);
        auto *restKeyEdit = child<QLineEdit>(e, "restKeyEdit");
        QVERIFY(restKeyEdit);
        QVERIFY(!saveButton->isEnabled()); // no REST key yet
        type(restKeyEdit, QStringLiteral("rest-key-value"));
        QCOMPARE(restKeyEdit->echoMode(), QLineEdit::Password);
        auto *showRestKeyAction = child<QAction>(e, "showRestKeyAction");
        QVERIFY(showRestKeyAction);
        showRestKeyAction->trigger();
        QCOMPARE(restKeyEdit->echoMode(), QLineEdit::Normal);
        showRestKeyAction->trigger();
        QCOMPARE(restKeyEdit->echoMode(), QLineEdit::Password);

        auto *kindBox = child<QComboBox>(e, "kindBox");
        QVERIFY(kindBox);
        kindBox->setCurrentIndex(kindBox->findData(int(ApiKeyKind::Live)));
        auto *liveWarning = child<QLabel>(e, "liveWarning");
        QVERIFY(liveWarning);
        QVERIFY(liveWarning->isVisible());
        kindBox->setCurrentIndex(kindBox->findData(int(ApiKeyKind::Dev)));
        QVERIFY(!liveWarning->isVisible());

        auto *baseUrlEdit = child<QLineEdit>(e, "baseUrlEdit");
        QVERIFY(baseUrlEdit);
        type(baseUrlEdit, QStringLiteral("http://example.com"));
        QVERIFY(!saveButton->isEnabled());
        QVERIFY(e->problem().contains(QStringLiteral("http://")));
        type(baseUrlEdit, QString());
        QVERIFY(saveButton->isEnabled());

        QTest::mouseClick(saveButton, Qt::LeftButton);
        QTRY_COMPARE(profiles.profiles().size(), 1);
        const Profile saved = profiles.profiles().first();
        QCOMPARE(saved.displayName, QStringLiteral("Shop Android"));
        QCOMPARE(saved.apiKey, QStringLiteral("DEVAPPKEY"));
        QCOMPARE(saved.keyKind, ApiKeyKind::Dev);
        QVERIFY(saved.restKey.isEmpty()); // in the (in-memory) keychain, not the settings
        QCOMPARE(waitForSecret(secrets.read(saved.id)).secret, QStringLiteral("rest-key-value"));
        auto *profileList = child<QListWidget>(&dialog, "profileList");
        QVERIFY(profileList);
        QCOMPARE(profileList->count(), 1);
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
        ProfileSession session(&profiles, &secrets);
        SettingsDialog dialog(&session, &sandbox.network);
        auto *e = child<ProfileEditor>(&dialog, "profileEditor");
        QVERIFY(e);
        type(e->nameEdit(), QStringLiteral("Sandbox"));
        auto *apiKeyEdit = child<QLineEdit>(e, "apiKeyEdit");
        QVERIFY(apiKeyEdit);
        type(apiKeyEdit, FakeBatchServer::sandboxApiKey);
        auto *restKeyEdit = child<QLineEdit>(e, "restKeyEdit");
        QVERIFY(restKeyEdit);
        type(restKeyEdit, FakeBatchServer::sandboxRestKey);
        auto *baseUrlEdit = child<QLineEdit>(e, "baseUrlEdit");
        QVERIFY(baseUrlEdit);
        type(baseUrlEdit, sandbox.server.baseUrl().toString());
        auto *testButton = child<QPushButton>(&dialog, "testButton");
        QVERIFY(testButton);
        QVERIFY(testButton->isEnabled());
        QTest::mouseClick(testButton, Qt::LeftButton);
        auto *statusLabel = child<QLabel>(&dialog, "statusLabel");
        QVERIFY(statusLabel);
        QTRY_VERIFY_WITH_TIMEOUT(statusLabel->text().startsWith(QStringLiteral("Connected")),
                                 10000);
        QCOMPARE(sandbox.server.requests().last().query, QStringLiteral("from=0&limit=1"));

        QVERIFY(testButton->isEnabled()); // usable again right after an answer
        QTest::mouseClick(testButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(statusLabel->text().startsWith(QStringLiteral("Connected")),
                                 10000);
        type(restKeyEdit, QStringLiteral("wrong-key"));
        QTest::mouseClick(testButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            statusLabel->text().contains(QStringLiteral("did not accept the keys")), 10000);
    }

    void withoutKeychainTheUserMustChooseTheSettingsFile()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        SecretStore secrets;
        ProfileSession session(&profiles, &secrets);
        QNetworkAccessManager network;
        SettingsDialog dialog(&session, &network);
        auto *e = child<ProfileEditor>(&dialog, "profileEditor");
        QVERIFY(e);
        e->setKeychainAvailable(false, QStringLiteral("No system keychain answered."));
        type(e->nameEdit(), QStringLiteral("No keychain"));
        auto *apiKeyEdit = child<QLineEdit>(e, "apiKeyEdit");
        QVERIFY(apiKeyEdit);
        type(apiKeyEdit, QStringLiteral("KEY"));
        auto *restKeyEdit = child<QLineEdit>(e, "restKeyEdit");
        QVERIFY(restKeyEdit);
        type(restKeyEdit, QStringLiteral("rest-key"));
        auto *saveButton = child<QPushButton>(&dialog, "saveButton");
        QVERIFY(saveButton);
        QVERIFY(!saveButton->isEnabled());
        auto *storeInSettingsBox = child<QCheckBox>(e, "storeInSettingsBox");
        QVERIFY(storeInSettingsBox);
        storeInSettingsBox->setChecked(true);
        QVERIFY(saveButton->isEnabled());
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QTRY_COMPARE(profiles.profiles().size(), 1);
        QCOMPARE(profiles.profiles().first().restKey, QStringLiteral("rest-key"));
    }

    void aKeychainPromptIsWaitedForWithCancel()
    {
        // GNOME asks "Choose password for new keyring" and the user takes their time: the
        // dialog says it is waiting, and saves once the keychain has the key.
        QSettings settings(m_dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        ScriptedSecretStore secrets;
        secrets.mode = ScriptedSecretStore::Mode::Never;
        secrets.setWaitingAfterMs(50);
        ProfileSession session(&profiles, &secrets);
        QNetworkAccessManager network;
        SettingsDialog dialog(&session, &network);
        dialog.show();
        auto *e = child<ProfileEditor>(&dialog, "profileEditor");
        QVERIFY(e);
        type(e->nameEdit(), QStringLiteral("Prompted"));
        auto *apiKeyEdit = child<QLineEdit>(e, "apiKeyEdit");
        QVERIFY(apiKeyEdit);
        type(apiKeyEdit, QStringLiteral("KEY"));
        auto *restKeyEdit = child<QLineEdit>(e, "restKeyEdit");
        QVERIFY(restKeyEdit);
        type(restKeyEdit, QStringLiteral("rest-key"));
        auto *saveButton = child<QPushButton>(&dialog, "saveButton");
        QVERIFY(saveButton);
        QTest::mouseClick(saveButton, Qt::LeftButton);
        auto *cancelWaitButton = child<QPushButton>(&dialog, "cancelWaitButton");
        QVERIFY(cancelWaitButton);
        QTRY_VERIFY(cancelWaitButton->isVisible());
        auto *statusLabel = child<QLabel>(&dialog, "statusLabel");
        QVERIFY(statusLabel);
        QVERIFY2(statusLabel->text().contains(QStringLiteral("Waiting for the system keychain")),
                 qPrintable(statusLabel->text()));
        QTest::qWait(300); // long after the old 5 s guard's equivalent: still waiting, no error
        QVERIFY(!statusLabel->text().contains(QStringLiteral("did not answer")));
        secrets.answerPending();
        QTRY_COMPARE(profiles.profiles().size(), 1);
        QVERIFY(!cancelWaitButton->isVisible());
        QVERIFY(statusLabel->text().contains(QStringLiteral("saved")));

        // Stop Waiting: nothing is saved, the dialog says so, the late answer is dropped.
        type(restKeyEdit, QStringLiteral("other-key"));
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QTRY_VERIFY(cancelWaitButton->isVisible());
        QTest::mouseClick(cancelWaitButton, Qt::LeftButton);
        QVERIFY(statusLabel->text().contains(QStringLiteral("stopped waiting")));
        QVERIFY(dialog.isVisible());
        // The keychain answers at last: the cancelled request ends (and is freed), unheard.
        while (secrets.pendingCount() > 0)
            secrets.answerPending();
        QTest::qWait(20);
        QVERIFY(statusLabel->text().contains(QStringLiteral("stopped waiting")));
    }

    void aFailingKeychainOffersTheSettingsFile()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("g.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        ScriptedSecretStore secrets;
        secrets.mode = ScriptedSecretStore::Mode::Fail; // no Secret Service running
        ProfileSession session(&profiles, &secrets);
        QNetworkAccessManager network;
        SettingsDialog dialog(&session, &network);
        dialog.show();
        auto *e = child<ProfileEditor>(&dialog, "profileEditor");
        QVERIFY(e);
        type(e->nameEdit(), QStringLiteral("No keyring"));
        auto *apiKeyEdit = child<QLineEdit>(e, "apiKeyEdit");
        QVERIFY(apiKeyEdit);
        type(apiKeyEdit, QStringLiteral("KEY"));
        auto *restKeyEdit = child<QLineEdit>(e, "restKeyEdit");
        QVERIFY(restKeyEdit);
        type(restKeyEdit, QStringLiteral("rest-key"));
        auto *saveButton = child<QPushButton>(&dialog, "saveButton");
        QVERIFY(saveButton);
        QTest::mouseClick(saveButton, Qt::LeftButton);
        auto *storeInSettingsBox = child<QCheckBox>(e, "storeInSettingsBox");
        QVERIFY(storeInSettingsBox);
        auto *statusLabel = child<QLabel>(&dialog, "statusLabel");
        QVERIFY(statusLabel);
        QTRY_VERIFY(storeInSettingsBox->isVisible()); // the choice is offered
        QVERIFY(profiles.profiles().isEmpty()); // nothing saved without the key
        QVERIFY(statusLabel->text().contains(QStringLiteral("scripted keychain failed")));
        storeInSettingsBox->setChecked(true);
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QTRY_COMPARE(profiles.profiles().size(), 1);
        QCOMPARE(profiles.profiles().first().restKey, QStringLiteral("rest-key"));
    }

    void closedWhileTheKeychainAsksThenAnswered()
    {
        // The crash: the dialog (on the stack) was gone when the keychain answered.
        QSettings settings(m_dir.filePath(QStringLiteral("e.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        ScriptedSecretStore secrets;
        secrets.mode = ScriptedSecretStore::Mode::Never;
        ProfileSession session(&profiles, &secrets);
        QNetworkAccessManager network;
        {
            SettingsDialog dialog(&session, &network);
            dialog.show();
            auto *e = child<ProfileEditor>(&dialog, "profileEditor");
            QVERIFY(e);
            type(e->nameEdit(), QStringLiteral("Closed"));
            auto *apiKeyEdit = child<QLineEdit>(e, "apiKeyEdit");
            QVERIFY(apiKeyEdit);
            type(apiKeyEdit, QStringLiteral("KEY"));
            auto *restKeyEdit = child<QLineEdit>(e, "restKeyEdit");
            QVERIFY(restKeyEdit);
            type(restKeyEdit, QStringLiteral("rest-key"));
            auto *saveButton = child<QPushButton>(&dialog, "saveButton");
            QVERIFY(saveButton);
            QTest::mouseClick(saveButton, Qt::LeftButton);
            QCOMPARE(secrets.pendingCount(), 1);
        } // closed while the prompt is up
        secrets.answerPending();
        QTest::qWait(50);
        QCOMPARE(profiles.profiles().size(), 1); // saved: the profile is not lost
        QCOMPARE(secrets.secrets.value(profiles.profiles().first().id), QStringLiteral("rest-key"));
    }

    void closingWithUnsavedEditsAsks()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("f.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        SecretStore secrets;
        secrets.setInMemoryForTesting(true);
        ProfileSession session(&profiles, &secrets);
        Profile saved;
        saved.id = QStringLiteral("p");
        saved.displayName = QStringLiteral("Shop");
        saved.apiKey = QStringLiteral("KEY");
        saved.restKey = QStringLiteral("rest");
        saved.restKeyInSettings = true;
        profiles.save(saved);
        QNetworkAccessManager network;
        SettingsDialog dialog(&session, &network);
        const int asked = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Cancel); // were it asked, it would not block
        dialog.show();
        auto *profileEditor = child<ProfileEditor>(&dialog, "profileEditor");
        QVERIFY(profileEditor);
        QTRY_COMPARE(profileEditor->nameEdit()->text(), QStringLiteral("Shop"));
        QTest::keyClick(&dialog, Qt::Key_Escape); // nothing edited: closes without a word
        QCOMPARE(MessageBox::count(), asked);
        QVERIFY(!dialog.isVisible());

        dialog.show();
        type(profileEditor->nameEdit(), QStringLiteral("Shop renamed"));
        auto *baseUrlEdit = child<QLineEdit>(profileEditor, "baseUrlEdit");
        QVERIFY(baseUrlEdit);
        type(baseUrlEdit, QStringLiteral("http://127.0.0.1:8080"));
        QTest::keyClick(&dialog, Qt::Key_Escape); // Cancel, still set from above
        QCOMPARE(MessageBox::count(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Shop renamed")));
        QVERIFY(dialog.isVisible()); // Cancel: stays, edits kept
        QCOMPARE(profileEditor->nameEdit()->text(), QStringLiteral("Shop renamed"));
        MessageBox::setNextAnswer(QMessageBox::Save);
        dialog.reject(); // the Close button
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(profiles.profile(QStringLiteral("p"))->displayName,
                 QStringLiteral("Shop renamed"));
        QCOMPARE(profiles.profile(QStringLiteral("p"))->baseUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:8080")));

        dialog.show();
        type(profileEditor->nameEdit(), QStringLiteral("Thrown away"));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(profiles.profile(QStringLiteral("p"))->displayName,
                 QStringLiteral("Shop renamed"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
