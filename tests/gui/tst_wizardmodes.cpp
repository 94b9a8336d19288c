// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Child.h"
#include "MnemonicClashes.h"
#include "WizardTestSupport.h"
#include "upload/ImportSession.h"
#include "upload/UploadVerification.h"
#include "wizard/MappingPage.h"
#include "wizard/TagEditor.h"
#include "wizard/UploadPage.h"

#include <QTableView>
#include <QTemporaryDir>

// The mode on the Target page: its plan in words and confirmation for each mode, remove
// hiding the attribute and tag editors, and an Add sent as Updates only.
class TestWizardModes : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file() { return segmentFile(m_dir.path()); }
    static void choose(TargetPage *target, UploadMode mode)
    {
        auto *modeBox = child<QComboBox>(target, "modeBox");
        QVERIFY(modeBox);
        modeBox->setCurrentIndex(modeBox->findData(int(mode)));
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void eachModeSaysItsPlan()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start(3));
        const QString name = h.sandbox.server.audienceNames().first();
        ImportWizard w(h.context());
        driveToTarget(w, file());
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        audienceBox->setEditText(name);
        auto *planLabel = child<QLabel>(target, "planLabel");
        QVERIFY(planLabel);
        QTRY_VERIFY(planLabel->text().startsWith(QStringLiteral("Replaces all")));
        const QString ids = QLocale().toString(w.validation().uniqueIds);

        choose(target, UploadMode::Add);
        QVERIFY2(planLabel->text().startsWith(
                     QStringLiteral("Adds or updates %1 IDs in %2").arg(ids, name)),
                 qPrintable(planLabel->text()));
        QVERIFY(planLabel->text().contains(QStringLiteral("its other IDs stay")));
        auto *confirmBox = child<QCheckBox>(target, "confirmBox");
        QVERIFY(confirmBox);
        QVERIFY(confirmBox->text().contains(QStringLiteral("added")));
        QVERIFY(!confirmBox->isChecked()); // another plan: confirmed again
        QCOMPARE(w.session()->mode(), UploadMode::Add);
        const QStringList clashes = mnemonicClashes(&w);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));

        choose(target, UploadMode::Remove);
        QVERIFY2(
            planLabel->text().startsWith(QStringLiteral("Removes %1 IDs from %2").arg(ids, name)),
            qPrintable(planLabel->text()));
        QVERIFY(confirmBox->text().contains(QStringLiteral("removed")));

        // No verified upload to it from here: a sync would replace it, and says so.
        choose(target, UploadMode::Sync);
        QTRY_VERIFY2(planLabel->text().startsWith(
                         QStringLiteral("No verified upload to %1 from this computer").arg(name)),
                     qPrintable(planLabel->text()));
        QVERIFY(planLabel->text().contains(QStringLiteral("Replace of the whole file")));
        QVERIFY(mnemonicClashes(&w).isEmpty());

        // Remove sends the IDs alone: back on the Mapping page, nothing else to map.
        choose(target, UploadMode::Remove);
        w.back(); // Validation
        w.back(); // Mapping
        auto *mapping = qobject_cast<MappingPage *>(w.currentPage());
        QVERIFY(mapping);
        auto *attributeView = child<QTableView>(mapping, "attributeView");
        QVERIFY(attributeView);
        QVERIFY(!attributeView->isVisible());
        auto *tagEditor = child<TagEditor>(mapping, "tagEditor");
        QVERIFY(tagEditor);
        QVERIFY(!tagEditor->isVisible());
        NEXT(w); // Validation
        choose(target, UploadMode::Replace);
        w.back();
        QVERIFY(attributeView->isVisible());
    }

    void aSyncSaysItsCountsBeforeTheUpload()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        {
            // A verified Replace of the same file and mapping: the baseline.
            ImportWizard w(h.context());
            driveToUpload(w, file(), QStringLiteral("synced"));
            QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 30000);
            TO_RESULT(w); // Result: waits for Batch's count, which makes the baseline
            QTRY_VERIFY_WITH_TIMEOUT(
                w.session()->verification().status == UploadVerification::Status::Applied, 30000);
        }
        h.sandbox.server.clearRequests();
        ImportWizard w(h.context());
        driveToTarget(w, file());
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        audienceBox->setEditText(QStringLiteral("synced"));
        choose(target, UploadMode::Sync);
        auto *planLabel = child<QLabel>(target, "planLabel");
        QVERIFY(planLabel);
        QTRY_VERIFY2(
            planLabel->text().startsWith(QStringLiteral("synced already holds the file's")),
            qPrintable(planLabel->text()));
        for (const auto &r : h.sandbox.server.requests())
            QVERIFY(r.method == "GET"); // nothing sent to see it
    }

    void anAddIsSentAsUpdatesOnly()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        driveToTarget(w, file());
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        choose(target, UploadMode::Add); // after the check: prepared again as Updates
        audienceBox->setEditText(QStringLiteral("added_here"));
        confirmIfAsked(target);
        NEXT(w);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 30000);
        const auto a = h.sandbox.server.audience(QStringLiteral("added_here"));
        QVERIFY(a);
        QCOMPARE(qint64(a->members.size()), w.validation().uniqueIds);
        for (const auto &r : h.sandbox.server.requests())
            QVERIFY(r.method != "PUT");
    }
};

QTEST_MAIN(TestWizardModes)
#include "tst_wizardmodes.moc"
