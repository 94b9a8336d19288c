#pragma once

#include "api/AudienceInfo.h"

#include <QPointer>
#include <QWizardPage>

class ApiReply;
class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;

// Where the IDs go: the profile (Live marked) and the audience, picked from the list or
// new (name checked). The plan in words, and a checkbox that must be ticked to replace.
class TargetPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TargetPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QComboBox *audienceBox() const { return m_audience; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QLabel *planLabel() const { return m_plan; }

private:
    void update();
    const AudienceInfo *known(const QString &name) const;

    ImportWizard *m_wizard;
    QLabel *m_profile;
    QComboBox *m_audience;
    QLabel *m_nameProblem;
    QLabel *m_plan;
    QCheckBox *m_confirm;
    QList<AudienceInfo> m_audiences;
    QPointer<ApiReply> m_reply;
};
