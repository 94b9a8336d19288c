// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportSession.h"

#include "ResumeCheck.h"
#include "SyncPreparation.h"
#include "UploadLock.h"
#include "UploadRunner.h"
#include "UploadVerifier.h"
#include "UploadWorkDir.h"
#include "history/SyncBaselineStore.h"
#include "history/UploadHistory.h"
#include "history/UploadRecordBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent>

ImportSession::ImportSession(QNetworkAccessManager *nam, UploadHistory *journal, QObject *parent)
    : QObject(parent)
    , m_client(nam)
    , m_history(journal)
    , m_resumeCheck(new ResumeCheck(&m_client, this))
    , m_syncPrep(new SyncPreparation(&m_client, this))
    , m_runner(nullptr)
    , m_verifier(new UploadVerifier(&m_client, this))
{
    connect(&m_file, &FileCheck::progress, this, &ImportSession::checkProgress);
    connect(&m_file, &FileCheck::checked, this, &ImportSession::checked);
    connect(&m_file, &FileCheck::prepared, this, [this] {
        if (m_workDir.startsWith(UploadWorkDir::root()))
            UploadWorkDir::restrictFiles(m_workDir);
        emit prepared();
    });
    m_lockRetry.setInterval(1000);
    connect(&m_lockRetry, &QTimer::timeout, this, &ImportSession::takeLock);
    connect(m_resumeCheck, &ResumeCheck::decided, this,
            [this](ResumeCheck::Verdict v, const QString &sentence, const ApiError &error) {
                onVerdict(int(v), sentence, error);
            });
    connect(m_verifier, &UploadVerifier::indexingChanged, this, &ImportSession::indexingChanged);
    connect(m_verifier, &UploadVerifier::finished, this, [this] {
        emit note(m_verifier->result().sentence());
        keepBaselineThen([this] { emit verified(); });
    });
}

ImportSession::~ImportSession()
{
    removeWorkDir(); // stops a check still writing there first
}

UploadHistory *ImportSession::history() const
{
    return m_history ? m_history : m_ownHistory.get();
}

const UploadRecord &ImportSession::upload() const
{
    return m_runner && m_runner->isRunning() ? m_runner->upload() : m_record;
}

bool ImportSession::isSending() const
{
    return m_runner && m_runner->isRunning();
}

void ImportSession::setResumeWaitLimitMs(int ms)
{
    m_resumeCheck->setWaitLimitMs(ms);
}

void ImportSession::removeWorkDir(bool inBackground)
{
    // Kept while an upload that may have reached Batch can resume from its bodies.
    const bool resumable = m_record.id && m_record.state != UploadRecord::State::Completed
        && m_record.state != UploadRecord::State::Abandoned && m_record.anySent()
        && std::any_of(m_record.requests.cbegin(), m_record.requests.cend(),
                       [this](const UploadRequestRecord &r) {
                           return r.bodyPath.startsWith(m_workDir + QLatin1Char('/'));
                       });
    if (!m_workDir.isEmpty() && m_outputDir.isEmpty() && !resumable) {
        // A check still writing there would leave its last bodies in a removed folder:
        // stopped first (it looks at its flag every block of rows, and every body).
        m_file.stop();
        if (inBackground) // ~100 bodies just written: not on the GUI thread
            m_file.pool()->start([dir = m_workDir] { UploadWorkDir::removeDir(dir); });
        else
            UploadWorkDir::removeDir(m_workDir);
    }
    m_workDir.clear();
}

QString ImportSession::rejectsToKeep() const
{
    // The rows rejected by the check that prepared the bodies sent: beside them (a later
    // check may have moved rejectsPath() to a folder of its own).
    QString source = m_rejectsPath;
    if (!m_record.requests.isEmpty()) {
        const QString beside = QFileInfo(m_record.requests.first().bodyPath)
                                   .dir()
                                   .filePath(QStringLiteral("rejects.csv"));
        if (QFile::exists(beside))
            source = beside;
    }
    if (m_record.rejectedRows <= 0 || !m_outputDir.isEmpty()
        || !source.startsWith(UploadWorkDir::root() + QLatin1Char('/')) || !QFile::exists(source))
        return {};
    return source;
}

void ImportSession::check()
{
    // The previous check's bodies (another mapping): not needed any more. A new folder is
    // made below, so the old one can go while the GUI goes on.
    removeWorkDir(true);
    m_checkedFile = m_csvPath;
    m_checkedMapping = m_mapping;
    m_checkedMode = m_mode;
    m_syncPlanned = false;
    m_nothingToSend = false;
    m_syncPlan = {};
    QString error;
    m_workDir = m_outputDir.isEmpty() ? UploadWorkDir::create(&error) : m_outputDir;
    if (m_workDir.isEmpty()) {
        m_file.fail(error);
        return;
    }
    ImportJob::Settings settings;
    settings.csvPath = m_csvPath;
    settings.mapping = m_mapping;
    settings.format = ImportJob::formatFor(m_mapping);
    settings.outputDir = m_workDir;
    if (m_rejectsPath.isEmpty() || m_rejectsPath.startsWith(UploadWorkDir::root()))
        m_rejectsPath = QDir(m_workDir).filePath(QStringLiteral("rejects.csv"));
    settings.rejectsPath = m_rejectsPath;
    settings.hashFile = m_outputDir.isEmpty(); // the history's keys for resuming (not dry runs)
    settings.mode = m_mode;
    // A sync compares entries; a verified Replace keeps them as the audience's baseline.
    settings.collectEntries
        = m_mode == UploadMode::Sync || (m_mode == UploadMode::Replace && m_outputDir.isEmpty());
    // What the user waits for comes first: the rows' result, then the hashes and entries,
    // taken while the user names the audience (the check of 1M rows: 0.65 s to 0.44 s).
    settings.sealAfterCheck = true;
    m_file.start(settings);
}

bool ImportSession::hasCheckOf(const QString &file, const ColumnMapping &mapping) const
{
    return !m_checkedFile.isEmpty() && m_checkedFile == file && m_checkedMapping == mapping
        && m_checkedMode == m_mode && (m_file.isChecking() || m_file.result().ok);
}

void ImportSession::cancelCheck()
{
    m_file.cancel();
}

void ImportSession::start()
{
    m_candidate.reset();
    m_candidateGiven = false;
    begin();
}

void ImportSession::resume(const UploadRecord &record)
{
    m_candidate = record;
    m_candidateGiven = true;
    m_csvPath = record.filePath;
    QString error;
    if (auto mapping = ColumnMapping::fromJson(record.mappingJson.toUtf8(), &error))
        m_mapping = *mapping;
    m_target.audience = record.audience;
    m_mode = uploadModeFromKey(record.mode).value_or(UploadMode::Replace);
    m_record = record;
    begin();
}

void ImportSession::begin()
{
    if (m_file.isPreparing()) { // the rows are checked, their hashes still being taken
        m_uploading = true;
        m_cancelled = false;
        emit note(tr("Finishing the preparation of the requests before anything is sent…"));
        beginOncePrepared();
        return;
    }
    m_uploading = true;
    m_cancelled = false;
    m_stop = Stop::None;
    m_effectiveMode = m_mode;
    m_idsBefore = -1;
    m_stopMessage.clear();
    m_client.setConfig(m_target.config);
    if (!history()) {
        m_ownHistory = std::make_unique<UploadHistory>();
        if (!m_ownHistory->isOpen())
            emit note(tr("Warning: the upload history could not be opened (%1): this upload "
                         "cannot be resumed if it is cut short.")
                          .arg(m_ownHistory->errorString()));
    }
    if (const int purged = UploadWorkDir::purgeExpired(*history(), m_purgeDays))
        emit note(tr("%n interrupted uploads older than %1 were abandoned and their "
                     "prepared requests deleted.",
                     nullptr, purged)
                      .arg(tr("%n days", nullptr, m_purgeDays)));
    // A recorded upload whose bodies are gone is prepared again from its file first.
    if (m_candidateGiven && !m_file.result().ok && UploadWorkDir::bodiesMissing(*m_candidate)) {
        if (!QFileInfo::exists(m_csvPath)) {
            stop(Stop::InputRejected,
                 tr("The prepared requests of upload #%1 are gone, and so is %2: start a new "
                    "import.")
                     .arg(m_candidate->id)
                     .arg(m_csvPath));
            return;
        }
        emit note(tr("Preparing the requests again from %1…").arg(m_csvPath));
        checkAgainThenBegin();
        return;
    }
    // The mode changed since the check (the wizard chooses it after): bodies of its kind.
    auto layout = [](UploadMode mode) {
        return mode == UploadMode::Add ? 1 : mode == UploadMode::Remove ? 2 : 0;
    };
    // A sync's difference bodies hold for the audience as it was: planned again every time.
    const bool planned = m_file.result().added >= 0;
    if (!planned)
        m_syncPlanned = false;
    if (!m_candidateGiven && m_file.result().ok
        && (planned || layout(m_file.result().mode) != layout(m_mode))) {
        if (!planned)
            emit note(tr("Preparing the requests again for this mode…"));
        checkAgainThenBegin();
        return;
    }
    if (m_candidateGiven && m_file.result().ok
        && m_file.result().fileSha256 != m_candidate->fileSha256) {
        stop(Stop::InputRejected,
             tr("%1 has changed since upload #%2 was prepared, and its prepared requests are "
                "gone: start a new import of the file.")
                 .arg(m_csvPath)
                 .arg(m_candidate->id));
        return;
    }
    if (!m_candidateGiven && !m_file.result().ok) {
        stop(Stop::InputRejected,
             m_file.result().error.isEmpty() ? tr("The file was not checked.")
                                             : m_file.result().error);
        return;
    }
    if (!m_candidateGiven && m_file.result().uniqueIds == 0 && m_mode != UploadMode::Sync
        && m_mode != UploadMode::Replace) {
        stop(Stop::InputRejected, tr("No valid ID to send: nothing was sent."));
        return;
    }
    if (!m_candidateGiven && m_file.result().uniqueIds == 0) {
        stop(Stop::InputRejected,
             tr("No valid ID to send: a Replace with no IDs would empty %1, so nothing was "
                "sent.")
                 .arg(m_target.audience));
        return;
    }
    m_lock = std::make_unique<UploadLock>(
        UploadLock::keyFor(m_target.config.baseUrl, m_target.config.apiKey, m_target.audience));
    takeLock();
}

void ImportSession::checkAgainThenBegin()
{
    beginOncePrepared();
    check();
}

void ImportSession::beginOncePrepared()
{
    connect(
        this, &ImportSession::prepared, this,
        [this] {
            if (!m_uploading) // cancelled meanwhile: already said
                return;
            if (m_file.result().cancelled || m_cancelled)
                stop(Stop::Cancelled, tr("Cancelled before anything was sent."));
            else if (!m_file.result().ok)
                stop(Stop::InputRejected, m_file.result().error); // not again and again
            else
                begin();
        },
        Qt::SingleShotConnection);
}

void ImportSession::takeLock()
{
    if (m_cancelled) {
        m_lockRetry.stop();
        stop(Stop::Cancelled,
             tr("Cancelled before anything was sent: %1 is unchanged.").arg(m_target.audience));
        return;
    }
    if (m_lock->tryLock()) {
        m_lockRetry.stop();
        afterLock();
        return;
    }
    m_lockHolder = m_lock->holder();
    if (m_lockWait) {
        if (!m_lockRetry.isActive()) {
            emit waitingForLock(m_lockHolder);
            m_lockRetry.start();
        }
        return;
    }
    stop(Stop::LockHeld,
         tr("Another upload into %1 is under way (%2). Nothing was sent; "
            "wait for it to finish, then try again.")
             .arg(m_target.audience, m_lockHolder));
}

void ImportSession::afterLock()
{
    if (!m_candidateGiven) {
        const bool saved = !m_target.profileId.isEmpty();
        const QString profileId = saved
            ? m_target.profileId
            : QStringLiteral("cli:%1@%2")
                  .arg(m_target.config.apiKey, m_target.config.baseUrl.host());
        m_record = UploadRecordBuilder::build(
            m_file.result(), m_csvPath, m_target.audience, m_mapping, profileId,
            saved ? m_target.profileName : QStringLiteral("audience-desk-cli"));
        m_record.lockKey = m_lock->key();
        m_record.mode = uploadModeKey(m_mode);
        m_candidate
            = history()->findResumable(m_record.profileId, m_target.audience, m_record.fileSha256,
                                       m_record.mappingJson, m_record.mode);
    } else if (auto fresh = history()->upload(m_candidate->id)) {
        m_candidate = fresh; // as recorded now, not as it was when the History showed it
        if (!fresh->isResumable() || fresh->requests.isEmpty()) {
            stop(fresh->state == UploadRecord::State::Completed ? Stop::Completed
                                                                : Stop::InputRejected,
                 tr("Upload #%1 is %2: there is nothing to resume.")
                     .arg(fresh->id)
                     .arg(uploadStateName(fresh->state)));
            return;
        }
    }
    if (!m_candidate) {
        startFresh();
        return;
    }
    if (m_candidate->acknowledgedIds() == 0 && !m_candidateGiven) {
        // Nothing acknowledged: starting again from the Replace is the same thing.
        abandon(*m_candidate, tr("Superseded by a new upload of the same file."));
        m_candidate.reset();
        startFresh();
        return;
    }
    emit note(tr("Checking that %1 is as the interrupted upload #%2 left it…")
                  .arg(m_target.audience)
                  .arg(m_candidate->id));
    m_resumeCheck->start(*m_candidate);
}

void ImportSession::onVerdict(int verdict, const QString &sentence, const ApiError &error)
{
    if (!m_uploading)
        return;
    const auto v = ResumeCheck::Verdict(verdict);
    UploadRecord record = *m_candidate;
    if (v == ResumeCheck::Verdict::Unknown) {
        m_record = record;
        stop(m_cancelled                        ? Stop::Cancelled
                 : record.acknowledgedIds() > 0 ? Stop::Partial
                                                : ImportOutcome::forError(error),
             sentence + QLatin1Char(' ') + tr("Nothing was sent; run the import again."));
        return;
    }
    if (v == ResumeCheck::Verdict::Resumable) {
        if (UploadWorkDir::adoptBodies(record, m_file.result().chunks, *history())) {
            emit note(tr("Resuming the interrupted upload #%1: %2 of %3 requests were already "
                         "acknowledged.")
                          .arg(record.id)
                          .arg(record.firstUnacknowledged())
                          .arg(record.requests.size()));
            m_record = record;
            if (m_file.result().ok && !m_candidateGiven)
                removeWorkDir(); // the recorded bodies are these, byte for byte
            run(record);
            return;
        }
        abandon(record,
                tr("Its prepared requests are gone and the file no longer gives the "
                   "same ones."));
        emit note(tr("The prepared requests of upload #%1 are gone and differ from the file's: "
                     "starting again from the first request, which replaces %2.")
                      .arg(record.id)
                      .arg(record.audience));
    } else {
        emit note(sentence);
        abandon(record, sentence);
    }
    if (m_candidateGiven && !m_file.result().ok) {
        // Starting again needs every body: prepare them from the file.
        m_candidateGiven = false;
        m_candidate.reset();
        if (!QFileInfo::exists(m_csvPath)) {
            stop(Stop::InputRejected, tr("%1 is gone: import the file again.").arg(m_csvPath));
            return;
        }
        connect(
            this, &ImportSession::prepared, this,
            [this] {
                if (!m_uploading) // cancelled meanwhile: already said
                    return;
                if (m_file.result().ok && m_file.result().uniqueIds > 0)
                    afterLock();
                else
                    stop(Stop::InputRejected,
                         m_file.result().error.isEmpty() ? tr("The file has no valid ID any more.")
                                                         : m_file.result().error);
            },
            Qt::SingleShotConnection);
        check();
        return;
    }
    m_candidate.reset();
    m_candidateGiven = false;
    startFresh();
}

void ImportSession::abandon(const UploadRecord &record, const QString &why)
{
    history()->setState(record.id, UploadRecord::State::Abandoned, why);
    // Bodies this check also uses (same folder, a resume of this run) are not the old ones.
    UploadRecord old = record;
    old.requests.erase(std::remove_if(old.requests.begin(), old.requests.end(),
                                      [this](const UploadRequestRecord &r) {
                                          return !m_workDir.isEmpty()
                                              && r.bodyPath.startsWith(m_workDir);
                                      }),
                       old.requests.end());
    UploadWorkDir::removeBodies(old);
}

void ImportSession::startFresh()
{
    if (m_mode == UploadMode::Sync && !m_syncPlanned) {
        prepareSync();
        return;
    }
    if (m_nothingToSend) {
        m_record.requests.clear(); // nothing was sent, nothing to show
        stop(Stop::Completed,
             tr("%1 already holds exactly the file's IDs, as last verified: nothing was sent.")
                 .arg(m_target.audience));
        return;
    }
    const bool saved = !m_target.profileId.isEmpty();
    m_record = UploadRecordBuilder::build(
        m_file.result(), m_csvPath, m_target.audience, m_mapping,
        saved ? m_target.profileId
              : QStringLiteral("cli:%1@%2")
                    .arg(m_target.config.apiKey, m_target.config.baseUrl.host()),
        saved ? m_target.profileName : QStringLiteral("audience-desk-cli"));
    m_record.lockKey = m_lock->key();
    m_record.mode = uploadModeKey(m_mode);
    ensureAudienceThen([this] {
        if (history()->create(m_record) == 0)
            emit note(tr("Warning: the upload history could not be written (%1): this upload "
                         "cannot be resumed if it is cut short.")
                          .arg(history()->errorString()));
        run(m_record);
    });
}

void ImportSession::ensureAudienceThen(const std::function<void()> &next)
{
    const QString name = m_target.audience;
    ApiReply *view = m_client.view(name);
    connect(view, &ApiReply::finished, this, [this, view, name, next] {
        view->deleteLater();
        if (m_cancelled) {
            stop(Stop::Cancelled,
                 tr("Cancelled before anything was sent: %1 is unchanged.").arg(name));
            return;
        }
        if (view->isOk()) {
            m_idsBefore = view->audience().idCount;
            next();
            return;
        }
        if (view->error().httpStatus != 404) {
            stop(ImportOutcome::forError(view->error()), view->error().message);
            return;
        }
        if (!m_target.createIfMissing) {
            stop(Stop::Refused,
                 tr("The audience %1 does not exist, and creating it was not "
                    "asked for: nothing was sent.")
                     .arg(name));
            return;
        }
        emit note(tr("Creating the audience %1…").arg(name));
        ApiReply *create = m_client.create(name);
        connect(create, &ApiReply::finished, this, [this, create, name, next] {
            create->deleteLater();
            if (!create->isOk()) {
                stop(ImportOutcome::forError(create->error()), create->error().message);
                return;
            }
            emit note(tr("Created audience %1.").arg(name));
            next();
        });
    });
}

void ImportSession::run(const UploadRecord &record)
{
    m_record = record;
    if (m_cancelled) {
        stop(Stop::Cancelled, tr("Cancelled before anything was sent."));
        return;
    }
    // The audience is about to change: its baseline no longer says what it holds (a verified
    // Replace or sync makes a new one).
    if (SyncBaselineStore store(baselinePath()); store.isOpen())
        store.remove(baselineKey());
    delete m_runner; // a runner records into the history it was given: made per upload
    m_runner = new UploadRunner(&m_client, history(), this);
    connect(m_runner, &UploadRunner::requestStarted, this, &ImportSession::requestStarted);
    connect(m_runner, &UploadRunner::requestRetrying, this, &ImportSession::requestRetrying);
    connect(m_runner, &UploadRunner::requestRetrying, this,
            [this](int index, int, int delayMs, const ApiError &cause) {
                if (cause.retryAfterMs >= 0) // the server's wish, said as such
                    emit note(tr("Batch asked to wait %1 s before request %2 is sent again.")
                                  .arg(QLocale().toString((delayMs + 999) / 1000))
                                  .arg(index + 1));
            });
    connect(m_runner, &UploadRunner::requestFinished, this, &ImportSession::requestFinished);
    connect(m_runner, &UploadRunner::progress, this, &ImportSession::progress);
    connect(m_runner, &UploadRunner::transferred, this, &ImportSession::transferred);
    connect(m_runner, &UploadRunner::finished, this, &ImportSession::onRunnerFinished);
    m_keptRejects.clear();
    if (const QString rejects = rejectsToKeep(); !rejects.isEmpty()) {
        // Kept once the upload completes, when its folder goes: <AppDataLocation>/rejects.
        const QDir kept(QDir::cleanPath(UploadWorkDir::root() + QStringLiteral("/../rejects")));
        m_runner->keepOnCompletion(rejects,
                                   kept.filePath(QStringLiteral("%1-%2-rejects.csv")
                                                     .arg(m_record.audience,
                                                          QDateTime::currentDateTime().toString(
                                                              QStringLiteral("yyyyMMdd-HHmmss")))));
    }
    m_runner->start(m_record);
}

void ImportSession::onRunnerFinished(UploadRecord::State state, const QString &message)
{
    m_record = m_runner->upload();
    Stop reason = Stop::Completed;
    if (state != UploadRecord::State::Completed) {
        if (m_cancelled)
            reason = Stop::Cancelled;
        else if (m_record.acknowledgedIds() > 0)
            reason = Stop::Partial;
        else
            reason = ImportOutcome::forError(m_runner->lastError());
    }
    if (state != UploadRecord::State::Completed && !m_record.anySent()) {
        // Nothing reached Batch: nothing to resume, so nothing to keep on disk.
        UploadWorkDir::removeBodies(m_record);
    }
    stop(reason, message);
}

void ImportSession::stop(Stop reason, const QString &message)
{
    m_stop = reason;
    m_stopMessage = message;
    m_uploading = false;
    m_lockRetry.stop();
    if (m_lock)
        m_lock->unlock();
    if (reason == Stop::Completed) {
        m_keptRejects = m_runner ? m_runner->keptFile() : QString();
        removeWorkDir();
    }
    // A cancelled upload that Batch acknowledged part of is partial, as the journal says.
    const bool partial
        = reason == Stop::Partial || (reason == Stop::Cancelled && m_record.acknowledgedIds() > 0);
    const UploadRecord::State state = reason == Stop::Completed ? UploadRecord::State::Completed
        : partial                                               ? UploadRecord::State::Partial
        : reason == Stop::Cancelled                             ? UploadRecord::State::Cancelled
                                                                : UploadRecord::State::Failed;
    if (m_record.state == UploadRecord::State::Planned)
        m_record.state = state;
    emit uploadFinished(state, message);
}

void ImportSession::cancel()
{
    m_cancelled = true;
    cancelCheck();
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel();
    } else if (m_lockRetry.isActive()) {
        takeLock(); // stops at once
    } else if (m_uploading) {
        m_resumeCheck->stop();
        m_syncPrep->stop();
        if (m_candidate)
            m_record = *m_candidate;
        stop(Stop::Cancelled,
             tr("Cancelled before anything was sent: %1 is unchanged.").arg(m_target.audience));
    }
}

void ImportSession::verify(int limitMs)
{
    const bool whole
        = m_effectiveMode == UploadMode::Replace || m_effectiveMode == UploadMode::Sync;
    const qint64 expected = !whole ? -1
        : m_file.result().ok       ? m_file.result().uniqueIds
                                   : m_record.validIds;
    m_verifier->setExpectation(m_effectiveMode, expected, m_idsBefore);
    if (m_nothingToSend && m_stop == Stop::Completed) {
        m_verifier->confirmUnchanged(m_target.audience, m_syncPrep->serverIds());
        return;
    }
    UploadRecord done = m_record;
    if (m_stop != Stop::Completed)
        done.state = UploadRecord::State::Failed; // nothing to confirm
    m_verifier->start(done, history(), limitMs);
}

void ImportSession::stopVerifying()
{
    m_verifier->stop();
}

const UploadVerification &ImportSession::verification() const
{
    return m_verifier->result();
}

QString ImportSession::baselinePath() const
{
    return SyncBaselineStore::pathBeside(history() ? history()->path()
                                                   : UploadHistory::defaultPath());
}

QString ImportSession::baselineKey() const
{
    return UploadLock::keyFor(m_target.config.baseUrl, m_target.config.apiKey, m_target.audience);
}

void ImportSession::prepareSync()
{
    emit note(tr("Comparing the file with the last verified upload to %1…").arg(m_target.audience));
    connect(
        m_syncPrep, &SyncPreparation::finished, this,
        [this](SyncPreparation::Outcome outcome, const QString &sentence, const ApiError &error) {
            if (!m_uploading)
                return;
            if (m_cancelled) {
                stop(Stop::Cancelled,
                     tr("Cancelled before anything was sent: %1 is unchanged.")
                         .arg(m_target.audience));
                return;
            }
            if (outcome == SyncPreparation::Outcome::Failed) {
                stop(error.kind == ApiError::Kind::None ? Stop::InputRejected
                                                        : ImportOutcome::forError(error),
                     sentence + QLatin1Char(' ') + tr("Nothing was sent."));
                return;
            }
            m_syncPlanned = true;
            if (outcome != SyncPreparation::Outcome::Planned) {
                const QString why = m_syncPrep->withoutBaseline(outcome, sentence, m_syncFallback,
                                                                m_syncPrep->serverIds());
                if (!m_syncFallback) {
                    stop(Stop::Refused, why);
                    return;
                }
                m_effectiveMode = UploadMode::Replace;
                emit note(why);
                startFresh();
                return;
            }
            m_syncPlan = m_syncPrep->plan();
            m_file.result().chunks = m_syncPlan.chunks;
            m_file.result().added = m_syncPlan.added;
            m_file.result().updated = m_syncPlan.updated;
            m_file.result().removed = m_syncPlan.removed;
            m_file.result().unchanged = m_syncPlan.unchanged;
            m_nothingToSend = m_syncPlan.chunks.isEmpty();
            m_idsBefore = m_syncPrep->serverIds();
            emit note(m_syncPrep->planSentence());
            startFresh();
        },
        Qt::SingleShotConnection);
    m_syncPrep->start(m_file.result(), m_target.audience, baselinePath(), baselineKey(),
                      QDir(m_workDir).filePath(QStringLiteral("sync")));
}

void ImportSession::keepBaselineThen(const std::function<void()> &next)
{
    const UploadVerification &v = m_verifier->result();
    const bool whole
        = m_effectiveMode == UploadMode::Replace || m_effectiveMode == UploadMode::Sync;
    if (!whole || m_nothingToSend || !v.matches() || !m_file.result().ok || !m_file.result().entries
        || m_file.result().uniqueIds != qint64(m_file.result().entries->size())
        || m_record.id == 0) {
        next();
        return;
    }
    // A million IDs take a second or two to write: off the GUI thread, said done after.
    auto *saving = new QFutureWatcher<QString>(this);
    connect(saving, &QFutureWatcher<QString>::finished, this, [this, saving, next] {
        saving->deleteLater();
        if (!saving->result().isEmpty())
            emit note(saving->result());
        next();
    });
    saving->setFuture(
        QtConcurrent::run(m_file.pool(),
                          [path = baselinePath(), key = baselineKey(), record = m_record,
                           ids = v.serverIds, entries = m_file.result().entries] {
                              return SyncPreparation::keep(path, key, record, ids, *entries);
                          }));
}
