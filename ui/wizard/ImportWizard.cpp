// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/ImportWizard.h"

#include "api/BatchClient.h"
#include "common/MessageBox.h"
#include "settings/AppSettings.h"
#include "settings/ProfileSession.h"
#include "upload/ImportFanOut.h"
#include "upload/ImportSession.h"
#include "wizard/FilePage.h"
#include "wizard/FormatPage.h"
#include "wizard/MappingPage.h"
#include "wizard/ResultPage.h"
#include "wizard/TargetPage.h"
#include "wizard/UploadPage.h"
#include "wizard/ValidationPage.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <algorithm>

ImportWizard::ImportWizard(const Context &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_session(new ImportSession(context.client ? context.client->network() : nullptr,
                                  context.history, this))
    , m_fanOut(new ImportFanOut(context.client ? context.client->network() : nullptr,
                                context.history, this))
    , m_recent(context.settings)
    , m_recheckTimer(new QTimer(this))
{
    if (context.client) {
        auto *own = new BatchClient(context.client->network(), this);
        own->setConfig(context.client->config());
        m_context.client = own;
    }
    if (context.settings)
        m_session->setPurgeDays(AppSettings(context.settings).uploadRetentionDays());
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // once applied there is nothing to cancel
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(820, 600);
    setPage(FilePageId, new FilePage(this));
    setPage(FormatPageId, new FormatPage(this));
    setPage(MappingPageId, new MappingPage(this));
    setPage(ValidationPageId, new ValidationPage(this));
    setPage(TargetPageId, new TargetPage(this));
    setPage(UploadPageId, new UploadPage(this));
    setPage(ResultPageId, new ResultPage(this));
    m_recheckTimer->setSingleShot(true);
    m_recheckTimer->setInterval(400); // a mapping being edited: check once it settles
    connect(m_recheckTimer, &QTimer::timeout, this, &ImportWizard::recheck);
    connect(m_session, &ImportSession::checked, this, &ImportWizard::checkFinished);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject()
{
    if (m_fanOut->isRunning()) {
        if (m_stopping)
            return;
        const QString title = tr("Stop the Uploads?");
        const QString text
            = tr("The file is being sent to %n apps, one after the other. If you stop now, the "
                 "app being sent to keeps only what was sent (it is partial) until you resume it "
                 "from Audience → Upload History, and the apps after it get nothing.",
                 nullptr, int(m_fanOut->outcomes().size()));
        if (!confirm(title, text, QMessageBox::Yes, QMessageBox::No))
            return;
        if (!m_fanOut->isRunning()) { // it ended while we asked
            QWizard::reject();
            return;
        }
        m_stopping = true;
        connect(
            m_fanOut, &ImportFanOut::finished, this, [this] { QWizard::reject(); },
            Qt::SingleShotConnection);
        m_fanOut->cancel();
        return;
    }
    if (!m_session->isSending()) {
        // Past the File page the user has made choices (format, mapping, a whole-file
        // check): Esc must not throw them away without a word.
        const int page = currentId();
        if (page > FilePageId && page < UploadPageId && !m_resumed) {
            const QString title = tr("Close the Import?");
            const QString text = tr("Close the import of %1? The format, the mapping and the "
                                    "check are lost, and nothing is sent.")
                                     .arg(QFileInfo(m_csvPath).fileName());
            if (!confirm(title, text, QMessageBox::Close, QMessageBox::Cancel))
                return;
        }
        m_session->cancel(); // nothing is going out
        QWizard::reject();
        return;
    }
    if (m_stopping)
        return; // already asked and stopping: closes when the session has recorded it
    const UploadRecord &u = m_session->upload();
    const QString title = tr("Stop the Upload?");
    const QString text
        = tr("The upload into %1 is under way: %2 of %3 requests done. If you stop now, %1 "
             "keeps only what was sent (it is partial) until you resume it from Audience → "
             "Upload History.")
              .arg(u.audience, QLocale().toString(u.firstUnacknowledged()),
                   QLocale().toString(u.requests.size()));
    if (!confirm(title, text, QMessageBox::Yes, QMessageBox::No))
        return;
    if (!m_session->isSending()) { // it ended while we asked
        QWizard::reject();
        return;
    }
    // Close once the session has recorded where it stopped, so Resume starts from there.
    m_stopping = true;
    connect(
        m_session, &ImportSession::uploadFinished, this, [this] { QWizard::reject(); },
        Qt::SingleShotConnection);
    m_session->cancel();
}

bool ImportWizard::confirm(const QString &title, const QString &text, int yes, int no)
{
    return MessageBox::question(this, title, text, QMessageBox::StandardButtons(yes | no),
                                QMessageBox::StandardButton(no))
        == yes;
}

void ImportWizard::setFile(const QString &path)
{
    m_csvPath = path;
    if (auto *page = qobject_cast<FilePage *>(this->page(FilePageId)))
        page->setPath(path);
}

void ImportWizard::pasteIds(const QString &text)
{
    if (auto *page = qobject_cast<FilePage *>(this->page(FilePageId)))
        page->pasteText(text);
}

void ImportWizard::setProfile(const Profile &profile)
{
    if (profile.id == m_context.profile.id && profile.restKey == m_context.profile.restKey)
        return;
    m_context.profile = profile;
    // Timeouts and retries kept.
    m_context.client->setConfig(ProfileSession::configFor(profile, m_context.client->config()));
    m_currentIds = -1;
}

void ImportWizard::startFanOut()
{
    QList<ImportSession::Target> targets;
    ImportSession::Target first;
    first.config = m_context.client->config();
    first.profileId = m_context.profile.id;
    first.profileName = m_context.profile.displayName;
    first.audience = m_audience;
    first.createIfMissing = true; // chosen on the Target page, for every app
    targets << first;
    for (const Profile &p : std::as_const(m_extraTargets)) {
        ImportSession::Target t = first;
        t.config = ProfileSession::configFor(p, first.config); // timeouts and retries kept
        t.profileId = p.id;
        t.profileName = p.displayName;
        targets << t;
    }
    const QString file = m_csvPath;
    const ColumnMapping mapping = m_mapping;
    const UploadMode mode = m_session->mode();
    const int purgeDays
        = m_context.settings ? AppSettings(m_context.settings).uploadRetentionDays() : -1;
    m_fanOut->setPrepare([=](ImportSession &session) {
        if (purgeDays >= 0)
            session.setPurgeDays(purgeDays);
        session.setFile(file);
        session.setMapping(mapping);
        session.setMode(mode); // each app's sync against its own baseline
    });
    m_fanOut->setVerifyLimitMs(15 * 60 * 1000); // each app says what Batch applied
    m_fanOut->start(targets);
}

void ImportWizard::openPlan(const ImportPlan &plan)
{
    m_plan = plan;
    m_planTargets = plan.targets;
    m_audience = plan.audience;
    m_session->setMode(plan.mode);
    setFile(plan.file);
    // As if Next was pressed at once: on as soon as the file is read and checked, to the
    // Target page unless something is in doubt.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (currentId() == FilePageId)
                next();
        },
        Qt::QueuedConnection);
}

std::optional<CsvFormat> ImportWizard::planFormatFor(const QString &path) const
{
    if (!m_plan || QFileInfo(m_plan->file) != QFileInfo(path))
        return std::nullopt;
    return ImportJob::formatFor(m_plan->mapping);
}

ImportPlan ImportWizard::plan(const QString &audience, const QList<Profile> &apps) const
{
    ImportPlan plan;
    plan.file = QFileInfo(m_csvPath).absoluteFilePath();
    plan.mapping = m_mapping;
    plan.mode = m_session->mode();
    plan.audience = audience;
    for (const Profile &p : apps) // by name, as `--profile` takes it; the sandbox by its id
        plan.targets.append({p.id == ProfileSession::sandboxId ? p.id : p.displayName, {}, {}});
    // The wizard sends the valid rows once the user has seen the rejected ones, and creates
    // a new audience: the plan does the same when run again.
    plan.skipInvalid = validation().rejectedRows > 0;
    plan.createIfMissing = true;
    if (m_context.client)
        plan.requestTimeoutSeconds = std::clamp(m_context.client->config().deadlineMs / 1000, 1,
                                                ImportPlan::maxRequestTimeoutSeconds);
    return plan;
}

void ImportWizard::setTargetAudience(const QString &audience)
{
    m_audience = audience;
}

void ImportWizard::resumeUpload(const UploadRecord &record)
{
    m_resumed = record;
    m_audience = record.audience;
    m_csvPath = record.filePath;
    setStartId(UploadPageId);
}

const ImportJob::Result &ImportWizard::validation() const
{
    return m_session->checkResult();
}

const UploadRecord &ImportWizard::upload() const
{
    return m_session->upload();
}

std::optional<ColumnMapping> ImportWizard::lastMappingFor(const QString &audience) const
{
    return m_recent.lastFor(m_context.profile.id, audience);
}

void ImportWizard::rememberMapping(const QString &audience, const ColumnMapping &mapping)
{
    m_recent.remember(m_context.profile.id, audience, mapping);
}

void ImportWizard::adoptDraft(const ImportDraft &draft)
{
    const bool sameColumns = m_draft.isReady() && draft.isReady() && m_draft.path == draft.path
        && m_draft.preview.header == draft.preview.header;
    const ImportDraft previous = m_draft;
    m_draft = draft;
    m_preview = draft.preview;
    if (!draft.isReady()) {
        emit draftChanged();
        return;
    }
    m_csvPath = draft.path;
    if (sameColumns) { // read another way, same columns: the mapping stays the user's
        ImportDraft::applyFormat(m_mapping, draft.preview);
        m_draft.mapping = m_mapping;
        m_draft.fromRecent = previous.fromRecent;
        m_draft.mappingDoubts = previous.mappingDoubts;
    } else {
        m_walking = false;
        std::optional<ColumnMapping> recent;
        if (m_plan && QFileInfo(m_plan->file) == QFileInfo(draft.path)) {
            recent = m_plan->mapping; // the plan's own choices
        } else if (!m_audience.isEmpty()) {
            for (const RecentMappings::Entry &e : recentMappingsFitting(draft.preview.header)) {
                if (e.audience == m_audience)
                    recent = e.mapping;
            }
        }
        m_draft.decideMapping(recent);
        m_mapping = m_draft.mapping;
    }
    recheck();
    emit draftChanged();
}

void ImportWizard::recheck()
{
    m_recheckTimer->stop();
    if (!m_draft.isReady() || m_draft.path != m_csvPath || m_resumed)
        return;
    if (m_session->isUploading() || m_session->hasCheckOf(m_csvPath, m_mapping))
        return;
    m_session->setFile(m_csvPath);
    m_session->setMapping(m_mapping);
    m_session->check();
}

void ImportWizard::recheckSoon()
{
    m_recheckTimer->start();
}

bool ImportWizard::isChecked() const
{
    return !m_session->isChecking() && m_session->hasCheckOf(m_csvPath, m_mapping);
}

bool ImportWizard::canSkipToTarget() const
{
    if (isWalking() || !m_draft.isReady() || !m_draft.doubts().isEmpty() || !isChecked())
        return false;
    return ImportDraft::checkDoubts(m_session->checkResult()).isEmpty();
}

bool ImportWizard::reviewEachStep() const
{
    return m_context.settings && AppSettings(m_context.settings).reviewEachImportStep();
}

void ImportWizard::setReviewEachStep(bool review)
{
    if (m_context.settings)
        AppSettings(m_context.settings).setReviewEachImportStep(review);
}

void ImportWizard::revisit(int pageId)
{
    if (!visitedIds().contains(pageId))
        m_walking = true; // skipped on the way: walk there from the File page
    while (currentId() != pageId && currentId() != FilePageId && visitedIds().size() > 1) {
        const int before = currentId();
        back();
        if (currentId() == before)
            return;
    }
    while (currentId() != pageId) {
        const int before = currentId();
        next();
        if (currentId() == before)
            return; // a page that cannot be left as it is: the user takes it from there
    }
}

QList<RecentMappings::Entry> ImportWizard::recentMappingsFitting(const QStringList &header) const
{
    return m_recent.fitting(m_context.profile.id, header);
}
