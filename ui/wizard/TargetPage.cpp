#include "TargetPage.h"

#include "ImportWizard.h"
#include "api/ApiValidation.h"
#include "api/BatchClient.h"
#include "import/UploadPlanText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

TargetPage::TargetPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_profile(new QLabel(this))
    , m_audience(new QComboBox(this))
    , m_nameProblem(new QLabel(this))
    , m_plan(new QLabel(this))
    , m_confirm(new QCheckBox(this))
{
    setTitle(tr("Choose the audience"));
    setSubTitle(tr("Pick an audience to replace, or type a new name to create one."));
    setCommitPage(true); // past this page the server changes: no going back
    setButtonText(QWizard::CommitButton, tr("&Upload"));
    m_audience->setEditable(true);
    m_audience->setInsertPolicy(QComboBox::NoInsert);
    m_audience->lineEdit()->setMaxLength(255);
    m_audience->setAccessibleName(tr("Audience"));
    m_nameProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_nameProblem->setWordWrap(true);
    QFont bold = m_plan->font();
    bold.setBold(true);
    m_plan->setFont(bold);
    m_plan->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(tr("&Audience:"), m_audience);
    form->addRow(QString(), m_nameProblem);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_plan);
    layout->addWidget(m_confirm);
    layout->addStretch(1);

    connect(m_audience, &QComboBox::currentTextChanged, this, &TargetPage::update);
    connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void TargetPage::initializePage()
{
    const Profile &p = m_wizard->context().profile;
    m_profile->setText(
        p.isLive()
            ? tr("<b>%1</b> <span style='color:white;background:#c62828'>&nbsp;LIVE&nbsp;</span> "
                 "— changes reach your real users")
                  .arg(p.displayName.toHtmlEscaped())
            : QStringLiteral("<b>%1</b> (%2)")
                  .arg(p.displayName.toHtmlEscaped(), apiKeyKindName(p.keyKind)));
    m_audience->setEditText(m_wizard->audience());
    m_audience->setFocus(); // type the name straight away
    update();
    ApiReply *reply = m_wizard->context().client->list(0, BatchClient::maxListLimit);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk())
            return;
        m_audiences = reply->audiences();
        std::sort(m_audiences.begin(), m_audiences.end(),
                  [](const AudienceInfo &a, const AudienceInfo &b) { return a.name < b.name; });
        const QString text = m_audience->currentText();
        const QSignalBlocker blocker(m_audience);
        m_audience->clear();
        for (const AudienceInfo &a : std::as_const(m_audiences))
            m_audience->addItem(a.name);
        m_audience->setEditText(text);
        update();
    });
}

const AudienceInfo *TargetPage::known(const QString &name) const
{
    for (const AudienceInfo &a : m_audiences) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

void TargetPage::update()
{
    const QString name = m_audience->currentText();
    const QString problem = name.isEmpty() ? QString() : ApiValidation::audienceNameProblem(name);
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    const AudienceInfo *existing = known(name);
    const ImportJob::Result &r = m_wizard->validation();
    const QString before = m_plan->text();
    if (name.isEmpty() || !problem.isEmpty()) {
        m_plan->clear();
        m_confirm->hide();
    } else {
        m_plan->setText(UploadPlanText::describe(name, existing ? existing->idCount : -1,
                                                 r.uniqueIds, int(r.chunks.size())));
        m_confirm->setText(
            existing ? tr("I understand that all current IDs of %1 are &replaced").arg(name)
                     : tr("&Create %1 and upload").arg(name));
        m_confirm->show();
    }
    // A confirmation holds for the plan it was given to, not for another one.
    if (m_plan->text() != before)
        m_confirm->setChecked(false);
    emit completeChanged();
}

bool TargetPage::isComplete() const
{
    const QString name = m_audience->currentText();
    return ApiValidation::isValidAudienceName(name) && m_confirm->isChecked();
}

bool TargetPage::validatePage()
{
    const QString name = m_audience->currentText();
    const AudienceInfo *existing = known(name);
    m_wizard->setAudience(name, existing ? existing->idCount : -1);
    m_wizard->rememberMapping(name, m_wizard->mapping());
    return true;
}
