// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportPlan.h"
#include "settings/Profile.h"

#include <QWizardPage>

class AlsoSendToBox;
class DecisionSummary;
class ImportPreview;
class ImportWizard;
class PlanSaver;
class ProfileChooser;
class QCheckBox;
class QComboBox;
class QLabel;

// Where the IDs go: the profile (Live marked; another one can be chosen) and the audience,
// picked from the list or new. What will happen is the core's ImportPreview: whether the
// name exists and how many IDs it holds (from Batch), the plan in words (a sync's exact
// counts, once Batch confirmed the baseline still holds), and whether a tick is needed; this
// page only shows it. The mode (replace, add, remove, sync) is chosen here too. At the top,
// what was decided before (format, mapping, check), each a link back to its page; at the
// bottom, Save as Plan… keeps the whole import to run again.
class TargetPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TargetPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

    // The tick is asked only where something can be lost (UploadConfirmation).
    bool needsConfirmation() const;
    // What the Upload button waits for, as its tooltip says; empty when it can be pressed.
    QString waitingFor() const;

protected:
    // Enter while the tick is needed moves to it; while the name is being checked, it
    // uploads once Batch has answered (unless the answer asks for the tick).
    void keyPressEvent(QKeyEvent *event) override;

private:
    void useProfile(const Profile &profile);
    // An opened plan's apps: the first chosen, the others ticked; those not here said so.
    void applyPlanTargets(const QList<ImportPlan::Target> &targets);
    void fillAudiences();
    void showApps(); // the chosen app and those ticked, to the preview
    void showPlan();
    void updateCommitTip();

    ImportWizard *m_wizard;
    ImportPreview *m_preview;
    DecisionSummary *m_summary;
    ProfileChooser *m_profile;
    AlsoSendToBox *m_also;
    QComboBox *m_audience;
    QComboBox *m_mode;
    QLabel *m_nameProblem;
    QLabel *m_plan;
    QCheckBox *m_confirm;
    PlanSaver *m_planSaver;
    QStringList m_planExtra; // an opened plan's other apps, ticked once its first is used
    bool m_uploadWhenKnown = false; // Enter pressed while the name was being checked
};
