// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FileCheck.h"
#include "ImportOutcome.h"
#include "UploadVerification.h"
#include "api/BatchClient.h"
#include "history/UploadRecord.h"
#include "import/ColumnMapping.h"
#include "import/ImportJob.h"
#include "import/SyncPlanner.h"
#include "import/UploadMode.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class ResumeCheck;
class SyncPreparation;
class UploadHistory;
class UploadLock;
class UploadRunner;
class UploadVerifier;

// One import, from a CSV file to a verified audience: the single owner of that journey for
// the wizard and the CLI, which only present it. It checks the whole file into a work
// folder of its own, takes the audience's upload lock, resumes an interrupted upload only
// onto the audience it left (else starts again from the Replace), creates the audience if
// allowed, sends the requests, and verifies Batch's count once the upload is applied.
// Every count it reports comes from Batch's answers. Its mode (UploadMode) says what the
// requests do; a sync first compares the file with this computer's baseline for the
// audience (SyncPreparation) and sends only the differences, or a Replace when the baseline
// is missing or stale (unless that fallback is refused). A verified Replace or sync becomes
// the audience's baseline; an Add or Remove voids it.
class ImportSession : public QObject
{
    Q_OBJECT
public:
    // Why an upload stopped, for the front ends (ImportOutcome: the one table from a failed
    // call to it, and in the CLI to its exit code).
    using Stop = ImportOutcome::Stop;

    struct Target
    {
        ApiConfig config;
        QString profileId; // recorded with the upload (empty: cli:KEY@host)
        QString profileName;
        QString audience;
        bool createIfMissing = false;
    };

    explicit ImportSession(QNetworkAccessManager *nam, UploadHistory *history = nullptr,
                           QObject *parent = nullptr);
    ~ImportSession() override;

    // The file. check() reads and validates every row off the calling thread.
    void setFile(const QString &csvPath) { m_csvPath = csvPath; }
    QString file() const { return m_csvPath; }
    void setMapping(const ColumnMapping &mapping) { m_mapping = mapping; }
    const ColumnMapping &mapping() const { return m_mapping; }
    void setOutputDir(const QString &dir) { m_outputDir = dir; } // dry run: kept there
    void setRejectsPath(const QString &path) { m_rejectsPath = path; }
    void setMode(UploadMode mode) { m_mode = mode; } // before check()
    UploadMode mode() const { return m_mode; }
    // Sync without a valid baseline: false stops before anything is sent instead of a Replace.
    void setSyncFallback(bool allowed) { m_syncFallback = allowed; }
    // What this upload does or did: a sync that fell back is a Replace (after start()).
    UploadMode effectiveMode() const { return m_effectiveMode; }
    const SyncPlanner::Plan &syncPlan() const { return m_syncPlan; } // counts of a sync
    QString baselinePath() const; // the sync baselines' file, beside the history
    void check();
    void cancelCheck();
    // From check() until checked() (the watcher's own state turns false before its finished
    // signal is delivered, while checkResult() is still the old one).
    bool isChecking() const { return m_file.isChecking(); }
    // From checked() until prepared(): the rows are checked and the bodies written, the
    // hashes and entries an upload needs are being taken (BodySeal). start() waits for them.
    bool isPreparing() const { return m_file.isPreparing(); }
    // Whether the last check() was of this file and mapping, in the current mode (under way
    // or done): the wizard checks in the background and does not start the same one twice.
    bool hasCheckOf(const QString &file, const ColumnMapping &mapping) const;
    int checkPermille() const { return m_file.permille(); } // of the check under way
    const ImportJob::Result &checkResult() const { return m_file.result(); }
    QString workDir() const { return m_workDir; }
    QString rejectsPath() const { return m_rejectsPath; }
    // Where the rejected rows of a completed upload were kept (<AppDataLocation>/rejects):
    // its work folder, where rejectsPath() was, is gone. Empty when none were rejected.
    QString keptRejectsPath() const { return m_keptRejects; }

    // Where it goes.
    void setTarget(const Target &target) { m_target = target; }
    const Target &target() const { return m_target; }
    BatchClient *client() { return &m_client; }
    void setLockWait(bool wait) { m_lockWait = wait; } // wait for another upload's lock
    void setResumeWaitLimitMs(int ms);
    void setPurgeDays(int days) { m_purgeDays = days; }

    // Sends it: resumes the newest interrupted upload of the same file, mapping and
    // audience when Batch confirms the audience is as it was left.
    void start();
    // Resumes a recorded upload (History), preparing its requests again from its file
    // when they are gone.
    void resume(const UploadRecord &record);
    void cancel();
    bool isUploading() const { return m_uploading; } // from start() to uploadFinished()
    bool isSending() const; // requests are going out (the audience may become partial)
    const UploadRecord &upload() const; // as the runner has it while it sends
    Stop stopReason() const { return m_stop; }
    QString stopMessage() const { return m_stopMessage; }
    QString lockHolder() const { return m_lockHolder; }

    // Waits until Batch says the last request is APPLIED, then compares its count.
    void verify(int limitMs = 15 * 60 * 1000);
    void stopVerifying();
    const UploadVerification &verification() const;

signals:
    void checkProgress(int permille);
    // The rows are checked: checkResult() has the counts, problems and bodies (its hashes
    // and entries may come later, with prepared()).
    void checked();
    // The check is over, hashes and entries included (after checked(), or with it).
    void prepared();
    void note(const QString &sentence); // a fact worth a line in the log
    void waitingForLock(const QString &holder);
    void requestStarted(int index, int total, const QString &method, qint64 ids);
    void requestRetrying(int index, int attempt, int delayMs, const ApiError &cause);
    void requestFinished(int index, bool ok, const QString &detail);
    void progress(int requestsDone, int requestsTotal, qint64 idsSent, qint64 idsTotal);
    void transferred(qint64 bytesSent, qint64 idsSent, qint64 idsTotal); // UploadRunner's
    void uploadFinished(UploadRecord::State state, const QString &message);
    void indexingChanged(IndexingState state, qint64 ids);
    void verified();

private:
    void begin();
    void checkAgainThenBegin(); // the bodies prepared again, then begin() once more
    void beginOncePrepared(); // begin() at the next prepared(), unless cancelled or failed
    void takeLock();
    void afterLock();
    void onVerdict(int verdict, const QString &sentence, const ApiError &error);
    UploadRecord freshRecord() const; // of this check, for the target
    void startFresh();
    void prepareSync();
    void keepBaselineThen(const std::function<void()> &next); // after verification
    QString baselineKey() const;
    void ensureAudienceThen(const std::function<void()> &next);
    void run(const UploadRecord &record);
    void onRunnerFinished(UploadRecord::State state, const QString &message);
    void stop(Stop reason, const QString &message);
    void abandon(const UploadRecord &record, const QString &why);
    void removeWorkDir(bool inBackground = false);
    QString rejectsToKeep() const; // the rejects file of the bodies sent, if any
    UploadHistory *history() const;

    BatchClient m_client;
    UploadHistory *m_history;
    std::unique_ptr<UploadHistory> m_ownHistory;
    QString m_csvPath;
    ColumnMapping m_mapping;
    QString m_outputDir;
    QString m_rejectsPath;
    QString m_keptRejects;
    QString m_workDir;
    FileCheck m_file; // its result is what the upload sends
    QString m_checkedFile; // what check() was last given
    ColumnMapping m_checkedMapping;
    UploadMode m_checkedMode = UploadMode::Replace;

    Target m_target;
    bool m_lockWait = false;
    int m_purgeDays = 14;
    std::unique_ptr<UploadLock> m_lock;
    QTimer m_lockRetry;
    QString m_lockHolder;
    std::optional<UploadRecord> m_candidate; // the interrupted upload to resume
    bool m_candidateGiven = false; // chosen in the History, not found by start()
    UploadRecord m_record;
    ResumeCheck *m_resumeCheck;
    SyncPreparation *m_syncPrep;
    UploadMode m_mode = UploadMode::Replace;
    UploadMode m_effectiveMode = UploadMode::Replace;
    bool m_syncFallback = true;
    bool m_syncPlanned = false; // the check's chunks are this sync's (differences or Replace)
    bool m_nothingToSend = false; // a sync without differences
    SyncPlanner::Plan m_syncPlan;
    qint64 m_idsBefore = -1; // Batch's count before sending
    UploadRunner *m_runner;
    UploadVerifier *m_verifier;
    bool m_uploading = false;
    bool m_cancelled = false;
    Stop m_stop = Stop::None;
    QString m_stopMessage;
};
