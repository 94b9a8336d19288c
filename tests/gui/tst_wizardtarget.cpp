// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Child.h"
#include "ScriptedSecretStore.h"
#include "WizardTestSupport.h"
#include "settings/ProfileSession.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"
#include "wizard/ResultPage.h"
#include "wizard/UploadPage.h"

#include <QPushButton>
#include <QTemporaryDir>

// The Target page: an exact plan from what the server holds (every page of the list, or
// View), and another profile to upload with.
class TestWizardTarget : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file() { return segmentFile(m_dir.path()); }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void thePlanKnowsAudiencesBeyondTheFirstHundred()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start(137));
        // The oldest sample audience comes last in the list: on its second page.
        const QString oldest = h.sandbox.server.audienceNames().last();
        const qint64 held = h.idsOf(oldest);
        ImportWizard w(h.context());
        driveToTarget(w, file());
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        audienceBox->setEditText(oldest);
        auto *planLabel = child<QLabel>(target, "planLabel");
        QVERIFY(planLabel);
        QTRY_VERIFY2(
            planLabel->text().startsWith(
                QStringLiteral("Replaces all %1 IDs of %2").arg(QLocale().toString(held), oldest)),
            qPrintable(planLabel->text()));
        auto *confirmBox = child<QCheckBox>(target, "confirmBox");
        QVERIFY(confirmBox);
        QVERIFY(confirmBox->text().contains(QStringLiteral("replaced")));
        QCOMPARE(audienceBox->count(), 137); // the picker holds every audience
        audienceBox->setEditText(QStringLiteral("brand_new"));
        QTRY_VERIFY(planLabel->text().startsWith(QStringLiteral("Fills the new")));
        QVERIFY(confirmBox->text().remove(u'&').startsWith(QStringLiteral("Create")));
    }

    void withoutTheListTheNameIsCheckedWithView()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start(3));
        const QString name = h.sandbox.server.audienceNames().first();
        const qint64 held = h.idsOf(name);
        ImportWizard w(h.context());
        driveToTarget(w, file(), [&] {
            // The List call of the Target page fails (400: not retried).
            h.sandbox.server.injectFault({400, {}, {}, "GET"});
        });
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        audienceBox->setEditText(name);
        auto *planLabel = child<QLabel>(target, "planLabel");
        QVERIFY(planLabel);
        QTRY_VERIFY2(planLabel->text().startsWith(
                         QStringLiteral("Replaces all %1 IDs").arg(QLocale().toString(held))),
                     qPrintable(planLabel->text()));
        bool viewed = false;
        for (const auto &r : h.sandbox.server.requests())
            viewed = viewed || (r.method == "GET" && r.path.endsWith(u'/' + name));
        QVERIFY(viewed);
        QVERIFY(!w.currentPage()->isComplete());
        auto *confirmBox = child<QCheckBox>(target, "confirmBox");
        QVERIFY(confirmBox);
        confirmBox->setChecked(true);
        QVERIFY(w.currentPage()->isComplete());
    }

    void anotherProfileCanBeChosenOnTheTargetPage()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer live; // another app, on its own server
        QVERIFY(live.listen());
        live.setCredentials(QStringLiteral("LIVE_APP_KEY"), QStringLiteral("live-rest-key"));
        SecretStore secrets;
        secrets.setInMemoryForTesting(true);
        Profile liveProfile;
        liveProfile.id = QStringLiteral("shop-live");
        liveProfile.displayName = QStringLiteral("Shop");
        liveProfile.keyKind = ApiKeyKind::Live;
        liveProfile.apiKey = QStringLiteral("LIVE_APP_KEY");
        liveProfile.baseUrl = live.baseUrl(); // the REST key is in the keychain only
        QCOMPARE(
            waitForSecret(secrets.write(liveProfile.id, QStringLiteral("live-rest-key"))).status,
            SecretStore::Status::Ok);
        QSettings unused(m_dir.filePath(QStringLiteral("target.ini")), QSettings::IniFormat);
        ProfileStore store(&unused);
        ProfileSession session(&store, &secrets);

        ImportWizard::Context context = h.context();
        context.profiles = {context.profile, liveProfile};
        context.profileSession = &session;
        ImportWizard w(context);
        QSignalSpy show(&w, &ImportWizard::showAudienceRequested);
        driveToTarget(w, file());
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *profileBox = child<QComboBox>(target, "profileBox");
        QVERIFY(profileBox);
        QCOMPARE(profileBox->count(), 2);
        QVERIFY(profileBox->itemText(1).contains(QStringLiteral("LIVE")));
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        audienceBox->setEditText(QStringLiteral("buyers"));
        // A new audience on a Dev profile: nothing can be lost, no tick asked.
        auto *planLabel = child<QLabel>(target, "planLabel");
        QVERIFY(planLabel);
        QTRY_VERIFY(planLabel->text().startsWith(QStringLiteral("Fills the new")));
        auto *confirmBox = child<QCheckBox>(target, "confirmBox");
        QVERIFY(confirmBox);
        QVERIFY(!confirmBox->isVisible());
        QVERIFY(target->isComplete());
        profileBox->setCurrentIndex(1);
        emit profileBox->activated(1);
        auto *profileLabel = child<QLabel>(target, "profileLabel");
        QVERIFY(profileLabel);
        QTRY_VERIFY(profileLabel->text().contains(QStringLiteral("LIVE")));
        QTRY_VERIFY(planLabel->text().startsWith(QStringLiteral("Fills the new")));
        QVERIFY(confirmBox->isVisible()); // any change on a Live profile
        QVERIFY(!target->isComplete());
        confirmBox->setChecked(true);
        NEXT(w);
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
        QCOMPARE(live.audience(QStringLiteral("buyers"))->members.size(),
                 segmentExpected(file()).size());
        QVERIFY(!h.sandbox.server.audience(QStringLiteral("buyers")));
        QCOMPARE(h.history.uploads().first().profileId, liveProfile.id);
        TO_RESULT(w);
        auto *result = qobject_cast<ResultPage *>(w.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), IndexingState::Applied, 20000);
        auto *showAudienceButton = child<QPushButton>(result, "showAudienceButton");
        QVERIFY(showAudienceButton);
        showAudienceButton->click();
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.first().at(0).toString(), liveProfile.id);
        QCOMPARE(show.first().at(1).toString(), QStringLiteral("buyers"));
    }
};

QTEST_MAIN(TestWizardTarget)
#include "tst_wizardtarget.moc"
