// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Child.h"
#include "MnemonicClashes.h"
#include "ScriptedSecretStore.h"
#include "WizardTestSupport.h"
#include "common/MessageBox.h"
#include "common/Palette.h"
#include "settings/ProfileSession.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"
#include "upload/ImportFanOut.h"
#include "wizard/AlsoSendToBox.h"
#include "wizard/ResultPage.h"
#include "wizard/UploadPage.h"

#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

// The wizard sending the checked file to several apps (an iOS and an Android app of one
// company, each on its own server here): ticked on the Target page, one line per app on
// the Upload and Result pages, a failing app not stopping the other.
class TestWizardFanOut : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file() { return segmentFile(m_dir.path()); }

    // The other app, on a server of its own; its REST key in the profile.
    static Profile androidProfile(const FakeBatchServer &server, ApiKeyKind kind)
    {
        Profile p;
        p.id = QStringLiteral("shop-android");
        p.displayName = QStringLiteral("Shop Android");
        p.keyKind = kind;
        p.apiKey = QStringLiteral("ANDROID_APP_KEY");
        p.restKey = QStringLiteral("android-rest-key");
        p.baseUrl = server.baseUrl();
        return p;
    }
    static bool startAndroid(FakeBatchServer &server)
    {
        if (!server.listen())
            return false;
        server.setCredentials(QStringLiteral("ANDROID_APP_KEY"),
                              QStringLiteral("android-rest-key"));
        return true;
    }
    // On the Target page: "buyers", the other app ticked, confirmed; then the upload.
    static void tickAndConfirm(ImportWizard &w, const std::function<void()> &beforeUpload = {})
    {
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        QVERIFY(target);
        auto *alsoSendToBox = child<AlsoSendToBox>(target, "alsoSendToBox");
        QVERIFY(alsoSendToBox);
        auto *also = child<QListWidget>(alsoSendToBox, "alsoSendToList");
        QVERIFY(also);
        QVERIFY(also->isVisible());
        QCOMPARE(also->count(), 1);
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        audienceBox->setEditText(QStringLiteral("buyers"));
        auto *confirmBox = child<QCheckBox>(target, "confirmBox");
        QVERIFY(confirmBox);
        QTRY_VERIFY(target->isComplete()); // one app, a new audience: no tick asked
        QVERIFY(!confirmBox->isVisible());
        also->item(0)->setCheckState(Qt::Checked);
        QVERIFY(!confirmBox->isChecked()); // several apps: asked
        QTRY_VERIFY2(confirmBox->text().contains(QStringLiteral("Shop Android")),
                     qPrintable(confirmBox->text()));
        auto *planLabel = child<QLabel>(target, "planLabel");
        QVERIFY(planLabel);
        QVERIFY(planLabel->text().contains(QStringLiteral("Shop Android")));
        QVERIFY2(mnemonicClashes(&w).isEmpty(), qPrintable(mnemonicClashes(&w).join(u'\n')));
        confirmBox->setChecked(true);
        grab(target, "target");
        if (beforeUpload)
            beforeUpload();
        NEXT(w);
    }
    // Set AD_GRAB_DIR to look at the pages.
    static void grab(QWidget *page, const char *name)
    {
        const QString dir = qEnvironmentVariable("AD_GRAB_DIR");
        if (!dir.isEmpty())
            page->window()->grab().save(
                dir + QStringLiteral("/fanout-%1.png").arg(QLatin1String(name)));
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void aSecondAppTickedGetsTheFileToo()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer android;
        QVERIFY(startAndroid(android));
        ImportWizard::Context context = h.context();
        context.profiles = {context.profile, androidProfile(android, ApiKeyKind::Dev)};
        ImportWizard w(context);
        driveToTarget(w, file());
        tickAndConfirm(w);
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QVERIFY(upload);
        auto *uploadAppsView = child<QTreeWidget>(upload, "uploadAppsView");
        QVERIFY(uploadAppsView);
        QVERIFY(uploadAppsView->isVisible());
        QCOMPARE(uploadAppsView->topLevelItemCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(upload->isComplete(), 60000);
        const int expected = int(segmentExpected(file()).size());
        QCOMPARE(h.sandbox.server.audience(QStringLiteral("buyers"))->members.size(), expected);
        QCOMPARE(android.audience(QStringLiteral("buyers"))->members.size(), expected);
        QCOMPARE(upload->state(), UploadRecord::State::Completed);
        QCOMPARE(uploadAppsView->topLevelItem(1)->text(2), QLocale().toString(expected));
        grab(upload, "upload");
        // Each app recorded its own upload (resumable from Upload History).
        for (const QString &profile : {QStringLiteral("sandbox"), QStringLiteral("shop-android")})
            QCOMPARE(h.history.uploadsInto(profile, QStringLiteral("buyers")).first().state,
                     UploadRecord::State::Completed);
        TO_RESULT(w);
        auto *result = qobject_cast<ResultPage *>(w.currentPage());
        QVERIFY(result);
        auto *apps = child<QTableWidget>(result, "resultAppsView");
        QVERIFY(apps);
        QCOMPARE(apps->rowCount(), 2);
        QCOMPARE(apps->item(0, 0)->text(), QStringLiteral("Sandbox"));
        QCOMPARE(apps->item(1, 0)->text(), QStringLiteral("Shop Android"));
        for (const ImportFanOut::Outcome &o : w.fanOut()->outcomes())
            QVERIFY(o.verification.matches()); // Batch's count, once applied
        QCOMPARE(apps->item(0, 1)->text(), w.fanOut()->outcomes().at(0).verification.sentence());
        QCOMPARE(apps->item(1, 1)->text(), w.fanOut()->outcomes().at(1).verification.sentence());
        auto *stateLabel = child<QLabel>(result, "stateLabel");
        QVERIFY(stateLabel);
        QVERIFY2(stateLabel->text().contains(QStringLiteral("every app")),
                 qPrintable(stateLabel->text()));
        auto *stopWaitingButton = child<QPushButton>(result, "stopWaitingButton");
        QVERIFY(stopWaitingButton);
        QVERIFY(!stopWaitingButton->isVisible());
        grab(result, "result");
    }

    void anAppRefusingLeavesTheOtherCompleteAndIsNamed()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer android;
        QVERIFY(startAndroid(android));
        ImportWizard::Context context = h.context();
        context.profiles = {context.profile, androidProfile(android, ApiKeyKind::Dev)};
        ImportWizard w(context);
        driveToTarget(w, file());
        tickAndConfirm(w, [&h] {
            // The first app refuses everything from now on: the second is still sent to.
            FakeBatchServer::Fault refused;
            refused.httpStatus = 400;
            h.sandbox.server.injectFault(refused, 1000);
        });
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QVERIFY(upload);
        QTRY_VERIFY_WITH_TIMEOUT(upload->isComplete(), 60000);
        QCOMPARE(upload->state(), UploadRecord::State::Partial);
        QCOMPARE(android.audience(QStringLiteral("buyers"))->members.size(),
                 segmentExpected(file()).size());
        const auto first = h.sandbox.server.audience(QStringLiteral("buyers"));
        QVERIFY(!first || first->members.isEmpty());
        auto *uploadAppsView = child<QTreeWidget>(upload, "uploadAppsView");
        QVERIFY(uploadAppsView);
        QCOMPARE(uploadAppsView->topLevelItem(0)->text(1), QStringLiteral("Failed"));
        grab(upload, "upload-failed");
        TO_RESULT(w);
        auto *result = qobject_cast<ResultPage *>(w.currentPage());
        QVERIFY(result);
        auto *resultAppsView = child<QTableWidget>(result, "resultAppsView");
        QVERIFY(resultAppsView);
        QVERIFY(resultAppsView->item(0, 1)->text().startsWith(QStringLiteral("Failed")));
        QCOMPARE(resultAppsView->item(1, 1)->text(),
                 w.fanOut()->outcomes().at(1).verification.sentence());
        QVERIFY(w.fanOut()->outcomes().at(1).verification.matches());
        auto *stateLabel = child<QLabel>(result, "stateLabel");
        QVERIFY(stateLabel);
        QVERIFY2(stateLabel->text().contains(QStringLiteral("1 of 2 apps: Sandbox")),
                 qPrintable(stateLabel->text()));
        grab(result, "result-failed");
    }

    void theModeChosenAppliesToEveryApp()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer android;
        QVERIFY(startAndroid(android));
        ImportWizard::Context context = h.context();
        context.profiles = {context.profile, androidProfile(android, ApiKeyKind::Dev)};
        ImportWizard w(context);
        driveToTarget(w, file());
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *modeBox = child<QComboBox>(target, "modeBox");
        QVERIFY(modeBox);
        modeBox->setCurrentIndex(modeBox->findData(int(UploadMode::Add)));
        tickAndConfirm(w);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 60000);
        QVERIFY(w.fanOut()->allCompleted());
        for (const QString &profile : {QStringLiteral("sandbox"), QStringLiteral("shop-android")})
            QCOMPARE(h.history.uploadsInto(profile, QStringLiteral("buyers")).first().mode,
                     QStringLiteral("add"));
        QCOMPARE(android.audience(QStringLiteral("buyers"))->members.size(),
                 segmentExpected(file()).size());
    }

    void cancelStopsTheAppUnderWayAndSkipsTheOthers()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer android;
        QVERIFY(startAndroid(android));
        ImportWizard::Context context = h.context();
        context.profiles = {context.profile, androidProfile(android, ApiKeyKind::Dev)};
        ImportWizard w(context);
        driveToTarget(w, file());
        tickAndConfirm(w, [&h] { h.sandbox.server.setResponseDelayMs(300); });
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QVERIFY(upload);
        QTRY_VERIFY_WITH_TIMEOUT(w.fanOut()->session() && w.fanOut()->session()->isSending(),
                                 20000);
        auto *cancelUploadButton = child<QPushButton>(upload, "cancelUploadButton");
        QVERIFY(cancelUploadButton);
        QVERIFY(cancelUploadButton->isVisible());
        cancelUploadButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(upload->isComplete(), 20000);
        QVERIFY(!w.fanOut()->outcomes().at(1).started);
        auto *uploadAppsView = child<QTreeWidget>(upload, "uploadAppsView");
        QVERIFY(uploadAppsView);
        QVERIFY(!android.audience(QStringLiteral("buyers"))); // nothing sent there
        QCOMPARE(uploadAppsView->topLevelItem(1)->text(1), QStringLiteral("Not started"));
        QVERIFY(!cancelUploadButton->isVisible());
        TO_RESULT(w);
        auto *result = qobject_cast<ResultPage *>(w.currentPage());
        QVERIFY(result);
        auto *resultAppsView = child<QTableWidget>(result, "resultAppsView");
        QVERIFY(resultAppsView);
        QCOMPARE(resultAppsView->item(1, 1)->text(), w.fanOut()->outcomes().at(1).message);
        auto *stateLabel = child<QLabel>(result, "stateLabel");
        QVERIFY(stateLabel);
        QVERIFY2(stateLabel->text().contains(QStringLiteral("2 of 2 apps")),
                 qPrintable(stateLabel->text()));
    }

    void closingWhileSendingAsksThenStopsEveryApp()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer android;
        QVERIFY(startAndroid(android));
        ImportWizard::Context context = h.context();
        context.profiles = {context.profile, androidProfile(android, ApiKeyKind::Dev)};
        ImportWizard w(context);
        const int asked = MessageBox::count();
        driveToTarget(w, file());
        tickAndConfirm(w, [&h] { h.sandbox.server.setResponseDelayMs(300); });
        QTRY_VERIFY_WITH_TIMEOUT(w.fanOut()->session() && w.fanOut()->session()->isSending(),
                                 20000);
        MessageBox::setNextAnswer(QMessageBox::No);
        w.reject(); // No: nothing changes
        QCOMPARE(MessageBox::count(), asked + 1);
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Stop the Uploads?"));
        QVERIFY(w.isVisible());
        QVERIFY(w.fanOut()->isRunning());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        w.reject();
        QVERIFY(w.isStopping());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 20000); // once the app under way recorded it
        QVERIFY(!w.fanOut()->isRunning());
        QVERIFY(!android.audience(QStringLiteral("buyers")));
    }

    void aLiveAppIsNamedInTheConfirmation()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer android;
        QVERIFY(startAndroid(android));
        // The Live profile's REST key is in the keychain only: read when ticked.
        SecretStore secrets;
        secrets.setInMemoryForTesting(true);
        Profile live = androidProfile(android, ApiKeyKind::Live);
        live.restKey.clear();
        QCOMPARE(waitForSecret(secrets.write(live.id, QStringLiteral("android-rest-key"))).status,
                 SecretStore::Status::Ok);
        QSettings unused(m_dir.filePath(QStringLiteral("fanout.ini")), QSettings::IniFormat);
        ProfileStore store(&unused);
        ProfileSession session(&store, &secrets);
        ImportWizard::Context context = h.context();
        context.profiles = {context.profile, live};
        context.profileSession = &session;
        ImportWizard w(context);
        driveToTarget(w, file());
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *alsoSendToBox = child<AlsoSendToBox>(target, "alsoSendToBox");
        QVERIFY(alsoSendToBox);
        auto *also = child<QListWidget>(alsoSendToBox, "alsoSendToList");
        QVERIFY(also);
        QVERIFY(also->item(0)->text().contains(QStringLiteral("LIVE")));
        QCOMPARE(also->item(0)->foreground().color(),
                 Palette::text(Palette::Role::Live, target->palette()));
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        audienceBox->setEditText(QStringLiteral("buyers"));
        QTRY_VERIFY(target->isComplete());
        also->item(0)->setCheckState(Qt::Checked);
        QTRY_VERIFY(!alsoSendToBox->isReadingKey());
        QCOMPARE(alsoSendToBox->checked().size(), 1);
        QCOMPARE(alsoSendToBox->checked().first().restKey, QStringLiteral("android-rest-key"));
        auto *confirmBox = child<QCheckBox>(target, "confirmBox");
        QVERIFY(confirmBox);
        QTRY_VERIFY2(
            confirmBox->text().contains(QStringLiteral("in Sandbox and Shop Android (LIVE)")),
            qPrintable(confirmBox->text()));
        confirmBox->setChecked(true);
        QVERIFY(target->isComplete());
        grab(target, "target-live");
        // Unticked: the plan is for one app again, and so must be the confirmation.
        also->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(!confirmBox->isChecked());
        QVERIFY(!confirmBox->text().contains(QStringLiteral("Shop Android")));
    }

    void anAppWhoseKeyCannotBeReadIsNotTicked()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer android;
        QVERIFY(startAndroid(android));
        ScriptedSecretStore keyring;
        keyring.mode = ScriptedSecretStore::Mode::Never; // a prompt left up
        QSettings unused(m_dir.filePath(QStringLiteral("fanout-key.ini")), QSettings::IniFormat);
        ProfileStore store(&unused);
        ProfileSession session(&store, &keyring);
        Profile android_ = androidProfile(android, ApiKeyKind::Dev);
        android_.restKey.clear(); // in the keychain only
        ImportWizard::Context context = h.context();
        context.profiles = {context.profile, android_};
        context.profileSession = &session;
        ImportWizard w(context);
        driveToTarget(w, file());
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        audienceBox->setEditText(QStringLiteral("buyers"));
        QTRY_VERIFY(target->isComplete());
        auto *alsoSendToBox = child<AlsoSendToBox>(target, "alsoSendToBox");
        QVERIFY(alsoSendToBox);
        auto *also = child<QListWidget>(alsoSendToBox, "alsoSendToList");
        QVERIFY(also);
        also->item(0)->setCheckState(Qt::Checked);
        QVERIFY(alsoSendToBox->isReadingKey());
        auto *confirmBox = child<QCheckBox>(target, "confirmBox");
        QVERIFY(confirmBox);
        confirmBox->setChecked(true);
        QVERIFY(!target->isComplete()); // not while the key is being read
        keyring.mode = ScriptedSecretStore::Mode::Fail;
        keyring.answerPending();
        QTRY_VERIFY(!alsoSendToBox->isReadingKey());
        QCOMPARE(also->item(0)->checkState(), Qt::Unchecked);
        QVERIFY(alsoSendToBox->checked().isEmpty());
        auto *alsoSendToProblem = child<QLabel>(alsoSendToBox, "alsoSendToProblem");
        QVERIFY(alsoSendToProblem);
        QVERIFY(alsoSendToProblem->isVisible());
        QVERIFY(alsoSendToProblem->text().contains(QStringLiteral("Shop Android")));
        QVERIFY(!confirmBox->text().contains(QStringLiteral("Shop Android")));
    }

    void nothingTickedIsTheSingleUploadAsBefore()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer android;
        QVERIFY(startAndroid(android));
        ImportWizard::Context context = h.context();
        context.profiles = {context.profile, androidProfile(android, ApiKeyKind::Dev)};
        ImportWizard w(context);
        driveToUpload(w, file(), QStringLiteral("buyers"));
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QVERIFY(upload);
        QVERIFY(!w.isFanOut());
        auto *uploadAppsView = child<QTreeWidget>(upload, "uploadAppsView");
        QVERIFY(uploadAppsView);
        QVERIFY(!uploadAppsView->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
        QVERIFY(!android.audience(QStringLiteral("buyers")));
        TO_RESULT(w);
        auto *result = qobject_cast<ResultPage *>(w.currentPage());
        auto *resultAppsView = child<QTableWidget>(result, "resultAppsView");
        QVERIFY(resultAppsView);
        QVERIFY(!resultAppsView->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), IndexingState::Applied, 20000);
    }
};

QTEST_MAIN(TestWizardFanOut)
#include "tst_wizardfanout.moc"
