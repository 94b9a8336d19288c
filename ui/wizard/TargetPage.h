// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportPlan.h"
#include "settings/Profile.h"

#include <QPointer>

#include <QWizardPage>

class AlsoSendToBox;
class DecisionSummary;
class ApiReply;
class AudienceListLoader;
class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QTimer;
class SecretRequest;
class SyncPreparation;
class QPushButton;

// Where the IDs go: the profile (Live marked; another one can be chosen) and the audience,
// picked from the list or new (name checked). Whether the name exists, and how many IDs
// it holds, comes from the server (the whole list, or View for a name not in it): the plan
// in words, and a checkbox that must be ticked to replace, say exactly what will happen.
// The mode (replace, add, remove, sync) is chosen here too; a sync's exact counts are said
// before anything is sent, once Batch confirmed the baseline still holds. At the top, what
// was decided before (format, mapping, check), each a link back to its page.
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
    enum class Existence { Unknown, Checking, Exists, New, Failed };

    void chooseProfile(int index);
    // An opened plan's apps: the first chosen, the others ticked; those not here said so.
    void applyPlanTargets(const QList<ImportPlan::Target> &targets);
    void savePlan();
    void useProfile(const Profile &profile);
    void describeProfile();
    void fillAudiences();
    void update();
    void dropCheck();
    void checkName(); // View, for a name the (incomplete) list does not hold
    void showPlan();
    void chooseMode(int index);
    // A sync's plan: the baseline compared with the file, once Batch says it holds.
    QString syncPlan(const QString &name);
    // The chosen profile and those ticked in "Also send to:", Live ones said so.
    QString appsText(bool withChosen) const;
    void updateCommitTip();

    ImportWizard *m_wizard;
    DecisionSummary *m_summary;
    QComboBox *m_profileBox;
    QLabel *m_profileInfo;
    AlsoSendToBox *m_also;
    QComboBox *m_audience;
    QComboBox *m_mode;
    QLabel *m_nameProblem;
    QLabel *m_plan;
    QCheckBox *m_confirm;
    QPushButton *m_savePlan;
    QLabel *m_planNote; // an opened plan's apps not found, or where the plan was saved
    QStringList m_planExtra; // an opened plan's other apps, ticked once its first is used
    AudienceListLoader *m_loader;
    QTimer *m_checkTimer;
    QPointer<ApiReply> m_view;
    QList<Profile> m_profiles;
    bool m_readingKey = false;
    QPointer<SecretRequest> m_keyRequest; // a chosen profile's REST key being read
    // What the server says of the name in the box.
    QString m_checkedName;
    Existence m_existence = Existence::Unknown;
    qint64 m_currentIds = -1;
    QString m_checkError;
    SyncPreparation *m_syncPreview;
    QString m_syncPreviewFor; // audience and profile the preview is (being) made for
    QString m_syncPreviewText; // empty while it is made
    bool m_uploadWhenKnown = false; // Enter pressed while the name was being checked
};
