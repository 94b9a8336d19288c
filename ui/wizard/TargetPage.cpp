// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/TargetPage.h"

#include "api/ApiValidation.h"
#include "api/BatchClient.h"
#include "common/Palette.h"
#include "import/PastedTable.h"
#include "upload/ImportPreview.h"
#include "upload/ImportSession.h"
#include "wizard/AlsoSendToBox.h"
#include "wizard/DecisionSummary.h"
#include "wizard/ImportWizard.h"
#include "wizard/PlanSaver.h"
#include "wizard/ProfileChooser.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

TargetPage::TargetPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_preview(new ImportPreview(wizard->context().client, wizard->session(),
                                  wizard->context().pool, this))
    , m_summary(new DecisionSummary(this))
    , m_profile(new ProfileChooser(this))
    , m_also(new AlsoSendToBox(this))
    , m_audience(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_nameProblem(new QLabel(this))
    , m_plan(new QLabel(this))
    , m_confirm(new QCheckBox(this))
    , m_planSaver(new PlanSaver(
          [this] {
              QList<Profile> apps {m_wizard->context().profile};
              return m_wizard->plan(m_audience->currentText().trimmed(), apps + m_also->checked());
          },
          this))
{
    m_summary->setObjectName(QStringLiteral("decisionSummary"));
    m_also->setObjectName(QStringLiteral("alsoSendToBox"));
    m_audience->setObjectName(QStringLiteral("audienceBox"));
    m_mode->setObjectName(QStringLiteral("modeBox"));
    m_plan->setObjectName(QStringLiteral("planLabel"));
    m_confirm->setObjectName(QStringLiteral("confirmBox"));
    setTitle(tr("Choose the audience"));
    setSubTitle(tr("Pick an audience to replace, or type a new name to create one."));
    setCommitPage(true); // past this page the server changes: no going back
    setButtonText(QWizard::CommitButton, tr("&Upload"));
    m_audience->setEditable(true);
    m_audience->setInsertPolicy(QComboBox::NoInsert);
    m_audience->lineEdit()->setMaxLength(255);
    m_audience->setAccessibleName(tr("Audience"));
    m_mode->addItem(tr("Replace: the audience holds exactly the file"), int(UploadMode::Replace));
    m_mode->addItem(tr("Add or update the file's IDs; keep the others"), int(UploadMode::Add));
    m_mode->addItem(tr("Remove the file's IDs; keep the others"), int(UploadMode::Remove));
    m_mode->addItem(tr("Sync: send only the differences from the last upload"),
                    int(UploadMode::Sync));
    m_mode->setAccessibleName(tr("Mode"));
    Palette::setText(m_nameProblem, Palette::Role::Error);
    m_nameProblem->setWordWrap(true);
    QFont bold = m_plan->font();
    bold.setBold(true);
    m_plan->setFont(bold);
    m_plan->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(QString(), m_also);
    form->addRow(tr("&Audience:"), m_audience);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Mode:"), m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_plan);
    layout->addWidget(m_confirm);
    layout->addStretch(1);
    layout->addWidget(m_planSaver);

    connect(m_summary, &DecisionSummary::pageRequested, wizard, &ImportWizard::revisit,
            Qt::QueuedConnection); // not from inside the label's own event
    connect(m_profile, &ProfileChooser::chosen, this, &TargetPage::useProfile);
    connect(m_profile, &ProfileChooser::readingKeyChanged, this, &TargetPage::showPlan);
    connect(m_audience, &QComboBox::currentTextChanged, m_preview, &ImportPreview::setAudience);
    connect(m_audience, &QComboBox::editTextChanged, this, [this] { m_uploadWhenKnown = false; });
    connect(m_confirm, &QCheckBox::toggled, this, [this] {
        emit completeChanged();
        updateCommitTip();
    });
    connect(m_also, &AlsoSendToBox::changed, this, [this] {
        m_confirm->setChecked(false); // a confirmation holds for these apps, not others
        showApps();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto mode = UploadMode(m_mode->itemData(index).toInt());
        m_wizard->session()->setMode(mode);
        m_preview->setMode(mode);
    });
    connect(m_preview, &ImportPreview::audiencesLoaded, this, &TargetPage::fillAudiences);
    connect(m_preview, &ImportPreview::changed, this, &TargetPage::showPlan);
}

void TargetPage::initializePage()
{
    const ImportWizard::Context &context = m_wizard->context();
    QList<Profile> profiles = context.profiles;
    if (std::none_of(profiles.cbegin(), profiles.cend(),
                     [&](const Profile &p) { return p.id == context.profile.id; }))
        profiles.prepend(context.profile);
    m_profile->setProfiles(profiles, context.profile, context.client->config().baseUrl.host(),
                           context.profileSession);
    m_summary->setDecisions(m_wizard->preview(), m_wizard->mapping(), m_wizard->validation());
    m_uploadWhenKnown = false;
    m_also->setProfiles(profiles, context.profile.id, context.profileSession);
    m_audience->setEditText(m_wizard->audience());
    // Type the name straight away: once shown, as the wizard focuses the page's first
    // control (a summary link) after this.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_wizard->currentPage() == this)
                m_audience->setFocus();
        },
        Qt::QueuedConnection);
    m_mode->setCurrentIndex(m_mode->findData(int(m_wizard->session()->mode())));
    m_preview->setMode(m_wizard->session()->mode());
    showApps();
    m_preview->restart(); // asked again: the audience may have changed, the file be rechecked
    applyPlanTargets(m_wizard->takePlanTargets());
}

void TargetPage::useProfile(const Profile &profile)
{
    m_wizard->setProfile(profile);
    m_also->setProfiles(m_profile->profiles(), profile.id, m_wizard->context().profileSession);
    if (!m_planExtra.isEmpty())
        m_also->tick(std::exchange(m_planExtra, {}));
    m_confirm->setChecked(false); // a confirmation holds for one app, not another
    showApps();
    m_preview->restart();
    fillAudiences(); // none until the new app's list arrives; the name typed stays
}

void TargetPage::applyPlanTargets(const QList<ImportPlan::Target> &targets)
{
    QStringList missing;
    QStringList ids;
    for (const ImportPlan::Target &t : targets) {
        const int index = m_profile->indexOf(t.profile);
        if (index < 0)
            missing << (t.profile.isEmpty() ? t.apiKey : t.profile);
        else
            ids << m_profile->profiles().at(index).id;
    }
    m_planSaver->say(missing.isEmpty()
                         ? QString()
                         : tr("The plan also names %1, not a profile on this computer: it gets "
                              "nothing unless you add it in Settings.")
                               .arg(QLocale().createSeparatedList(missing)));
    if (ids.isEmpty())
        return;
    m_planExtra = ids.mid(1);
    if (ids.first() == m_wizard->context().profile.id)
        m_also->tick(std::exchange(m_planExtra, {}));
    else
        m_profile->choose(m_profile->indexOf(ids.first())); // the others ticked once it is used
}

void TargetPage::fillAudiences()
{
    QStringList names;
    for (const AudienceInfo &a : m_preview->audiences())
        names << a.name;
    names.sort(Qt::CaseInsensitive);
    const QString text = m_audience->currentText();
    const QSignalBlocker blocker(m_audience);
    m_audience->clear();
    m_audience->addItems(names);
    // No item chosen unless the text is one: the first Down picks the first name.
    m_audience->setCurrentIndex(int(names.indexOf(text)));
    m_audience->setEditText(text);
}

void TargetPage::showApps()
{
    QList<ImportPreview::App> apps;
    for (const Profile &p : QList<Profile> {m_wizard->context().profile} + m_also->checked())
        apps.append({p.displayName, p.isLive()});
    m_preview->setApps(apps);
}

void TargetPage::showPlan()
{
    const QString name = m_audience->currentText();
    const QString problem = m_preview->nameProblem();
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    // A plan needs an audience, and a file that stays (not IDs pasted into a scratch file).
    m_planSaver->setSavable(!name.isEmpty() && problem.isEmpty()
                            && !m_wizard->csvPath().startsWith(PastedTable::folder()));
    const QString before = m_plan->text();
    if (m_preview->isError())
        Palette::setText(m_plan, Palette::Role::Error);
    else
        Palette::clearText(m_plan);
    m_plan->setText(m_preview->plan());
    const bool known = m_preview->isKnown();
    if (known)
        m_confirm->setText(m_preview->confirmation());
    m_confirm->setVisible(known && !name.isEmpty() && problem.isEmpty() && needsConfirmation());
    // A confirmation holds for the plan it was given to, not for another one.
    if (m_plan->text() != before)
        m_confirm->setChecked(false);
    emit completeChanged();
    updateCommitTip();
    if (m_uploadWhenKnown && known) {
        m_uploadWhenKnown = false;
        if (isComplete())
            QMetaObject::invokeMethod(m_wizard, &QWizard::next, Qt::QueuedConnection);
        else if (m_confirm->isVisible())
            m_confirm->setFocus(); // the answer asks for the tick
    }
}

bool TargetPage::needsConfirmation() const
{
    return m_preview->needsConfirmation();
}

QString TargetPage::waitingFor() const
{
    if (m_profile->isReadingKey() || m_also->isReadingKey())
        return tr("Waiting for the system keychain to give the REST API key.");
    if (const QString why = m_preview->waitingFor(); !why.isEmpty())
        return why;
    if (needsConfirmation() && !m_confirm->isChecked())
        return tr("Tick “%1” first.").arg(QString(m_confirm->text()).remove(u'&'));
    return {};
}

void TargetPage::updateCommitTip()
{
    if (QAbstractButton *upload = m_wizard->button(QWizard::CommitButton))
        upload->setToolTip(waitingFor());
}

void TargetPage::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!enter || isComplete()) {
        QWizardPage::keyPressEvent(event); // the wizard's default button: Upload
        return;
    }
    event->accept();
    const bool known = m_preview->isKnown();
    if (known && m_confirm->isVisible() && !m_confirm->isChecked()) {
        m_confirm->setFocus();
        return;
    }
    if (!known && ApiValidation::isValidAudienceName(m_audience->currentText())
        && !m_preview->isError())
        m_uploadWhenKnown = true; // the answer is on its way
}

void TargetPage::cleanupPage()
{
    m_uploadWhenKnown = false;
    if (QAbstractButton *upload = m_wizard->button(QWizard::CommitButton))
        upload->setToolTip(QString());
}

bool TargetPage::isComplete() const
{
    // What the Upload button's tooltip says it waits for, and the answer being about this name.
    return waitingFor().isEmpty() && m_preview->audience() == m_audience->currentText();
}

bool TargetPage::validatePage()
{
    const QString name = m_audience->currentText();
    m_wizard->setAudience(name, m_preview->currentIds());
    m_wizard->rememberMapping(name, m_wizard->mapping());
    m_wizard->setExtraTargets(m_also->checked());
    return true;
}
