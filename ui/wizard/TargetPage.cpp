// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/TargetPage.h"

#include "api/ApiValidation.h"
#include "api/BatchClient.h"
#include "browse/AudienceListLoader.h"
#include "common/FileDialog.h"
#include "common/Palette.h"
#include "import/PastedTable.h"
#include "import/UploadConfirmation.h"
#include "import/UploadPlanText.h"
#include "settings/ProfileSession.h"
#include "settings/SecretRequest.h"
#include "upload/ImportSession.h"
#include "upload/SyncPreparation.h"
#include "upload/UploadLock.h"
#include "wizard/AlsoSendToBox.h"
#include "wizard/DecisionSummary.h"
#include "wizard/ImportWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHostAddress>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>

TargetPage::TargetPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new DecisionSummary(this))
    , m_profileBox(new QComboBox(this))
    , m_profileInfo(new QLabel(this))
    , m_also(new AlsoSendToBox(this))
    , m_audience(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_nameProblem(new QLabel(this))
    , m_plan(new QLabel(this))
    , m_confirm(new QCheckBox(this))
    , m_savePlan(new QPushButton(tr("Sa&ve as Plan…"), this))
    , m_planNote(new QLabel(this))
    , m_loader(new AudienceListLoader(wizard->context().client, this))
    , m_checkTimer(new QTimer(this))
    , m_syncPreview(new SyncPreparation(wizard->context().client, this))
{
    m_summary->setObjectName(QStringLiteral("decisionSummary"));
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profileInfo->setObjectName(QStringLiteral("profileLabel"));
    m_also->setObjectName(QStringLiteral("alsoSendToBox"));
    m_audience->setObjectName(QStringLiteral("audienceBox"));
    m_mode->setObjectName(QStringLiteral("modeBox"));
    m_plan->setObjectName(QStringLiteral("planLabel"));
    m_confirm->setObjectName(QStringLiteral("confirmBox"));
    setTitle(tr("Choose the audience"));
    setSubTitle(tr("Pick an audience to replace, or type a new name to create one."));
    setCommitPage(true); // past this page the server changes: no going back
    setButtonText(QWizard::CommitButton, tr("&Upload"));
    m_profileBox->setAccessibleName(tr("Profile"));
    m_profileInfo->setWordWrap(true);
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
    m_savePlan->setObjectName(QStringLiteral("savePlanButton"));
    m_savePlan->setToolTip(tr("Save this import (file, format, mapping, audience, mode and apps) "
                              "to run it again: File → Open Plan…, or audience-desk-cli run"));
    m_planNote->setObjectName(QStringLiteral("planNote"));
    m_planNote->setWordWrap(true);
    m_planNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250); // typing: ask once the name settles

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profileBox);
    form->addRow(QString(), m_profileInfo);
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
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_savePlan, 0, Qt::AlignTop);
    planRow->addWidget(m_planNote, 1);
    layout->addLayout(planRow);

    connect(m_summary, &DecisionSummary::pageRequested, wizard, &ImportWizard::revisit,
            Qt::QueuedConnection); // not from inside the label's own event
    connect(m_profileBox, &QComboBox::activated, this, &TargetPage::chooseProfile);
    connect(m_audience, &QComboBox::currentTextChanged, this, &TargetPage::update);
    connect(m_audience, &QComboBox::editTextChanged, this, [this] { m_uploadWhenKnown = false; });
    connect(m_confirm, &QCheckBox::toggled, this, [this] {
        emit completeChanged();
        updateCommitTip();
    });
    connect(m_also, &AlsoSendToBox::changed, this, [this] {
        m_confirm->setChecked(false); // a confirmation holds for these apps, not others
        showPlan();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TargetPage::chooseMode);
    connect(m_loader, &AudienceListLoader::finished, this, [this] {
        fillAudiences();
        update();
    });
    connect(m_checkTimer, &QTimer::timeout, this, &TargetPage::checkName);
    connect(m_savePlan, &QPushButton::clicked, this, &TargetPage::savePlan);
    connect(m_syncPreview, &SyncPreparation::finished, this,
            [this](SyncPreparation::Outcome outcome, const QString &sentence) {
                if (outcome == SyncPreparation::Outcome::Planned) {
                    m_syncPreviewText = m_syncPreview->planSentence();
                    for (const ImportJob::Chunk &c : m_syncPreview->plan().chunks)
                        QFile::remove(c.path); // the upload writes its own
                } else if (outcome == SyncPreparation::Outcome::Failed) {
                    m_syncPreviewText = sentence;
                } else {
                    m_syncPreviewText
                        = m_syncPreview->withoutBaseline(outcome, sentence, true, m_currentIds);
                }
                showPlan();
            });
}

void TargetPage::initializePage()
{
    const ImportWizard::Context &context = m_wizard->context();
    m_profiles = context.profiles;
    bool listed = false;
    for (const Profile &p : std::as_const(m_profiles))
        listed = listed || p.id == context.profile.id;
    if (!listed)
        m_profiles.prepend(context.profile);
    {
        const QSignalBlocker blocker(m_profileBox);
        m_profileBox->clear();
        for (const Profile &p : std::as_const(m_profiles)) {
            m_profileBox->addItem(
                p.isLive() ? tr("%1 — LIVE").arg(p.displayName)
                           : tr("%1 — %2 key").arg(p.displayName, apiKeyKindName(p.keyKind)));
            if (p.isLive())
                m_profileBox->setItemData(m_profileBox->count() - 1,
                                          Palette::text(Palette::Role::Live, palette()),
                                          Qt::ForegroundRole);
            if (p.id == context.profile.id)
                m_profileBox->setCurrentIndex(m_profileBox->count() - 1);
        }
    }
    m_profileBox->setEnabled(m_profiles.size() > 1);
    m_summary->setDecisions(m_wizard->preview(), m_wizard->mapping(), m_wizard->validation());
    m_uploadWhenKnown = false;
    m_also->setProfiles(m_profiles, context.profile.id, context.profileSession);
    describeProfile();
    m_checkedName.clear(); // checked again: the audience may have changed since
    m_existence = Existence::Unknown;
    dropCheck();
    m_syncPreviewFor.clear(); // and the file may have been checked again
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
    {
        const QSignalBlocker blocker(m_mode);
        m_mode->setCurrentIndex(m_mode->findData(int(m_wizard->session()->mode())));
    }
    m_loader->start();
    update();
    applyPlanTargets(m_wizard->takePlanTargets());
}

void TargetPage::applyPlanTargets(const QList<ImportPlan::Target> &targets)
{
    QStringList missing;
    QStringList ids;
    for (const ImportPlan::Target &t : targets) {
        const auto found
            = std::find_if(m_profiles.cbegin(), m_profiles.cend(), [&](const Profile &p) {
                  return !t.profile.isEmpty()
                      && (p.id == t.profile
                          || p.displayName.compare(t.profile, Qt::CaseInsensitive) == 0);
              });
        if (found == m_profiles.cend())
            missing << (t.profile.isEmpty() ? t.apiKey : t.profile);
        else
            ids << found->id;
    }
    m_planNote->setText(
        missing.isEmpty()
            ? QString()
            : tr("The plan also names %1, not a profile on this computer: it gets nothing "
                 "unless you add it in Settings.")
                  .arg(QLocale().createSeparatedList(missing)));
    if (ids.isEmpty())
        return;
    const int first = int(std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                       [&](const Profile &p) { return p.id == ids.first(); })
                          - m_profiles.cbegin());
    m_planExtra = ids.mid(1);
    if (m_profiles.at(first).id == m_wizard->context().profile.id) {
        m_also->tick(std::exchange(m_planExtra, {}));
        return;
    }
    m_profileBox->setCurrentIndex(first);
    chooseProfile(first); // its key read; the other apps ticked once it is used
}

void TargetPage::savePlan()
{
    const QFileInfo csv(m_wizard->csvPath());
    const QString path = FileDialog::saveFileName(
        this, tr("Save as Plan"),
        csv.dir().filePath(csv.completeBaseName() + QStringLiteral(".plan.json")),
        tr("Import plans (*.plan.json);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QList<Profile> apps {m_wizard->context().profile};
    apps += m_also->checked();
    QString why;
    if (m_wizard->plan(m_audience->currentText().trimmed(), apps).save(path, &why)) {
        Palette::clearText(m_planNote);
        m_planNote->setText(tr("Saved to %1. Open it again with File → Open Plan…, or run it "
                               "with: audience-desk-cli run %1")
                                .arg(QDir::toNativeSeparators(path)));
    } else {
        Palette::setText(m_planNote, Palette::Role::Error);
        m_planNote->setText(
            tr("The plan could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), why));
    }
}

void TargetPage::chooseMode(int index)
{
    m_wizard->session()->setMode(UploadMode(m_mode->itemData(index).toInt()));
    showPlan();
}

void TargetPage::chooseProfile(int index)
{
    if (index < 0 || index >= m_profiles.size())
        return;
    const Profile chosen = m_profiles.at(index);
    if (m_keyRequest)
        m_keyRequest->cancel(); // another choice: that key is not needed any more
    if (chosen.id == m_wizard->context().profile.id) {
        describeProfile();
        return;
    }
    m_confirm->setChecked(false); // a confirmation holds for one app, not another
    ProfileSession *session = m_wizard->context().profileSession;
    if (ProfileSession::hasRestKey(chosen) || !session) {
        useProfile(chosen);
        return;
    }
    m_readingKey = true;
    Palette::clearText(m_profileInfo);
    m_profileInfo->setText(tr("Reading the REST API key of %1 from the system keychain…")
                               .arg(chosen.displayName.toHtmlEscaped()));
    emit completeChanged();
    SecretRequest *request = session->complete(
        chosen, this, [this, index](const Profile &complete, const SecretStore::Result &result) {
            m_readingKey = false;
            if (result.status == SecretStore::Status::Cancelled) { // another profile chosen
                emit completeChanged();
                return;
            }
            if (result.status == SecretStore::Status::Ok && !complete.restKey.isEmpty()) {
                m_profiles[index] = complete; // not asked again in this wizard
                useProfile(complete);
                return;
            }
            // Stay on the profile in use, and say why.
            for (int i = 0; i < m_profiles.size(); ++i) {
                if (m_profiles.at(i).id == m_wizard->context().profile.id)
                    m_profileBox->setCurrentIndex(i);
            }
            describeProfile();
            Palette::setText(m_profileInfo, Palette::Role::Error);
            m_profileInfo->setText(
                tr("The REST API key of %1 could not be read: %2 The upload stays with %3.")
                    .arg(complete.displayName.toHtmlEscaped(), result.message.toHtmlEscaped(),
                         m_wizard->context().profile.displayName.toHtmlEscaped()));
            emit completeChanged();
        });
    connect(request, &SecretRequest::waiting, this, [this, chosen] {
        m_profileInfo->setText(
            tr("Waiting for the system keychain to give the REST API key of %1: answer its "
               "prompt (it may ask to unlock your keyring). Choose the profile in use again to "
               "stop waiting.")
                .arg(chosen.displayName.toHtmlEscaped()));
    });
    m_keyRequest = request;
}

void TargetPage::useProfile(const Profile &profile)
{
    m_wizard->setProfile(profile);
    m_also->setProfiles(m_profiles, profile.id, m_wizard->context().profileSession);
    if (!m_planExtra.isEmpty())
        m_also->tick(std::exchange(m_planExtra, {}));
    m_confirm->setChecked(false); // a confirmation holds for one app, not another
    describeProfile();
    m_checkedName.clear();
    m_existence = Existence::Unknown;
    dropCheck();
    {
        const QSignalBlocker blocker(m_audience);
        const QString text = m_audience->currentText();
        m_audience->clear();
        m_audience->setEditText(text);
    }
    m_loader->start();
    update();
}

void TargetPage::describeProfile()
{
    const Profile &p = m_wizard->context().profile;
    const QString host = m_wizard->context().client->config().baseUrl.host();
    Palette::clearText(m_profileInfo);
    m_profileInfo->setText(
        p.isLive() ? tr("<span style='color:%2;background:%3'>&nbsp;LIVE&nbsp;</span> "
                        "Changes reach the real users of %1.")
                         .arg(p.displayName.toHtmlEscaped(),
                              Palette::textOnBadge(Palette::Role::Live, palette()).name(),
                              Palette::badge(Palette::Role::Live, palette()).name())
                   : tr("%1 key of %2, on %3")
                         .arg(apiKeyKindName(p.keyKind), p.displayName.toHtmlEscaped(),
                              QHostAddress(host).isLoopback() ? tr("this computer")
                                                              : host.toHtmlEscaped()));
}

void TargetPage::fillAudiences()
{
    QStringList names;
    for (const AudienceInfo &a : m_loader->audiences())
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

void TargetPage::update()
{
    const QString name = m_audience->currentText();
    const QString problem = name.isEmpty() ? QString() : ApiValidation::audienceNameProblem(name);
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    // A plan needs an audience, and a file that stays (not IDs pasted into a scratch file).
    m_savePlan->setEnabled(!name.isEmpty() && problem.isEmpty()
                           && !m_wizard->csvPath().startsWith(PastedTable::folder()));
    if (name != m_checkedName) {
        m_checkedName = name;
        m_existence = Existence::Unknown;
        dropCheck();
    }
    if (!name.isEmpty() && problem.isEmpty() && m_existence != Existence::Checking
        && m_existence != Existence::Failed) {
        if (const AudienceInfo *a = m_loader->find(name)) {
            m_existence = Existence::Exists;
            m_currentIds = a->idCount;
        } else if (m_loader->isComplete()) {
            m_existence = Existence::New;
        } else if (!m_loader->isLoading()) {
            // The list failed: ask for this one name.
            m_existence = Existence::Checking;
            m_checkTimer->start();
        }
        // While the list loads, a name it will hold has to wait for it.
    }
    showPlan();
}

void TargetPage::dropCheck()
{
    m_checkTimer->stop();
    if (m_view)
        m_view->abandon(); // its answer is about another name or app
    m_view = nullptr;
}

void TargetPage::checkName()
{
    const QString name = m_checkedName;
    ApiReply *reply = m_wizard->context().client->view(name);
    m_view = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        if (reply != m_view || name != m_checkedName)
            return;
        if (reply->isOk()) {
            m_existence = Existence::Exists;
            m_currentIds = reply->audience().idCount;
        } else if (reply->error().httpStatus == 404) {
            m_existence = Existence::New;
        } else {
            m_existence = Existence::Failed;
            m_checkError = reply->error().message;
        }
        showPlan();
    });
}

void TargetPage::showPlan()
{
    const QString name = m_checkedName;
    const ImportJob::Result &r = m_wizard->validation();
    const QString before = m_plan->text();
    const bool known = m_existence == Existence::Exists || m_existence == Existence::New;
    if (m_existence == Existence::Failed)
        Palette::setText(m_plan, Palette::Role::Error);
    else
        Palette::clearText(m_plan);
    if (name.isEmpty() || m_nameProblem->isVisible()) {
        m_plan->clear();
    } else if (m_existence == Existence::Failed) {
        m_plan->setText(tr("Could not check whether %1 exists: %2").arg(name, m_checkError));
    } else if (!known) {
        m_plan->setText(tr("Checking whether %1 exists…").arg(name));
    } else {
        const bool exists = m_existence == Existence::Exists;
        const auto mode = UploadMode(m_mode->currentData().toInt());
        if (mode == UploadMode::Add || mode == UploadMode::Remove)
            m_plan->setText(
                UploadPlanText::describeUpdate(mode, name, r.uniqueIds, int(r.chunks.size())));
        else if (mode == UploadMode::Sync && exists)
            m_plan->setText(syncPlan(name));
        else
            m_plan->setText(UploadPlanText::describe(name, exists ? m_currentIds : -1, r.uniqueIds,
                                                     int(r.chunks.size())));
        const bool several = !m_also->checked().isEmpty();
        if (several)
            m_plan->setText(m_plan->text() + QLatin1Char('\n')
                            + tr("Then the same into %1 in %2, one app after the other (created "
                                 "where missing).")
                                  .arg(name, appsText(false)));
        m_confirm->setText(
            several       ? mode == UploadMode::Replace
                          ? tr("I understand that %1 is &replaced by the file's IDs in %2, wherever it "
                                     "already exists")
                          .arg(name, appsText(true))
                          : mode == UploadMode::Add
                          ? tr("I &confirm that these IDs are added to %1 or updated there in %2")
                          .arg(name, appsText(true))
                          : mode == UploadMode::Remove
                          ? tr("I &confirm that these IDs are removed from %1 in %2")
                          .arg(name, appsText(true))
                          : tr("I &confirm that %1 is made to hold exactly the file's IDs in %2")
                          .arg(name, appsText(true))
                      : !exists ? tr("&Create %1 and upload").arg(name)
                : mode == UploadMode::Replace
                ? tr("I understand that all current IDs of %1 are &replaced").arg(name)
                : mode == UploadMode::Add
                ? tr("I &confirm that these IDs are added to %1 or updated there").arg(name)
                : mode == UploadMode::Remove
                ? tr("I &confirm that these IDs are removed from %1").arg(name)
                : tr("I &confirm that %1 is made to hold exactly the file's IDs").arg(name));
    }
    m_confirm->setVisible(known && !name.isEmpty() && !m_nameProblem->isVisible()
                          && needsConfirmation());
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
    UploadConfirmation rule;
    rule.mode = UploadMode(m_mode->currentData().toInt());
    rule.exists = m_existence == Existence::Exists;
    rule.currentIds = m_currentIds;
    rule.live = m_wizard->context().profile.isLive();
    rule.severalApps = !m_also->checked().isEmpty();
    return rule.needed();
}

QString TargetPage::waitingFor() const
{
    const QString name = m_audience->currentText();
    if (m_readingKey || m_also->isReadingKey())
        return tr("Waiting for the system keychain to give the REST API key.");
    if (name.isEmpty())
        return tr("Type or choose the audience's name first.");
    if (!ApiValidation::isValidAudienceName(name))
        return tr("The audience's name is not valid.");
    if (m_existence == Existence::Failed)
        return tr("Batch could not say whether %1 exists.").arg(name);
    if (m_existence != Existence::Exists && m_existence != Existence::New)
        return tr("Waiting for Batch to say whether %1 exists.").arg(name);
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
    const bool known = m_existence == Existence::Exists || m_existence == Existence::New;
    if (known && m_confirm->isVisible() && !m_confirm->isChecked()) {
        m_confirm->setFocus();
        return;
    }
    const QString name = m_audience->currentText();
    if (!known && ApiValidation::isValidAudienceName(name) && m_existence != Existence::Failed)
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
    return waitingFor().isEmpty() && m_checkedName == m_audience->currentText();
}

bool TargetPage::validatePage()
{
    const QString name = m_audience->currentText();
    m_wizard->setAudience(name, m_existence == Existence::Exists ? m_currentIds : -1);
    m_wizard->rememberMapping(name, m_wizard->mapping());
    m_wizard->setExtraTargets(m_also->checked());
    return true;
}

QString TargetPage::syncPlan(const QString &name)
{
    const ImportJob::Result &r = m_wizard->validation();
    const ApiConfig config = m_wizard->context().client->config();
    const QString key = UploadLock::keyFor(config.baseUrl, config.apiKey, name);
    if (r.mode == UploadMode::Add || r.mode == UploadMode::Remove || !r.entries)
        return tr("Syncs %1 with the file: the differences are counted, and said, before "
                  "anything is sent.")
            .arg(name);
    if (key != m_syncPreviewFor) {
        m_syncPreview->stop();
        m_syncPreviewFor = key;
        m_syncPreviewText.clear();
        ImportSession *session = m_wizard->session();
        m_syncPreview->start(r, name, session->baselinePath(), key,
                             QDir(session->workDir()).filePath(QStringLiteral("sync-preview")));
    }
    if (!m_syncPreviewText.isEmpty())
        return m_syncPreviewText;
    return tr("Comparing the file's %Ln IDs with the last verified upload to %1 from this "
              "computer…",
              nullptr, int(std::min<qint64>(r.uniqueIds, INT_MAX)))
        .arg(name);
}

QString TargetPage::appsText(bool withChosen) const
{
    QList<Profile> apps;
    if (withChosen)
        apps << m_wizard->context().profile;
    apps << m_also->checked();
    QStringList names;
    for (const Profile &p : std::as_const(apps))
        names << (p.isLive() ? tr("%1 (LIVE)").arg(p.displayName) : p.displayName);
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    return tr("%1 and %2").arg(names.join(tr(", ")), last);
}
