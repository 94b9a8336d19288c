// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "history/UploadRecord.h"
#include "import/ImportJob.h"
#include "import/SyncPlanner.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <optional>

class ApiReply;
class BatchClient;
class QThreadPool;

// Before a sync sends anything: loads this computer's baseline for the audience, asks Batch
// (View with the baseline's last indexing token) whether the audience is still as that
// verified upload left it, and if so writes the difference bodies. A baseline is stale when
// the audience is gone, was replaced since its token, or holds another count than was
// verified; the session then falls back to a Replace, or stops.
class SyncPreparation : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Planned, // plan() holds the differences (maybe none)
        NoBaseline, // no verified upload to this audience from this computer
        Stale, // the audience changed since the baseline
        Failed, // View failed (network, server) or the bodies could not be written
    };
    Q_ENUM(Outcome)

    explicit SyncPreparation(BatchClient *client, QObject *parent = nullptr);
    ~SyncPreparation() override;

    // baselinePath: SyncBaselineStore's file; key: UploadLock::keyFor(...).
    void start(const ImportJob::Result &check, const QString &audience, const QString &baselinePath,
               const QString &key, const QString &outputDir);
    void stop();
    // Where the baseline is read and the plan made; null: Qt's global pool. The GUI passes
    // the application's (AppContext::pool), so its previews do not wait behind other work.
    void setPool(QThreadPool *pool) { m_pool = pool; }

    const SyncPlanner::Plan &plan() const { return m_plan; }
    qint64 serverIds() const { return m_serverIds; } // Batch's nb_ids in the View
    // The plan in words: "Adds 3,210 IDs, updates 120, removes 45 in vip_fr (1 request);
    // 980,001 unchanged".
    QString planSentence() const;
    // After NoBaseline or Stale: why, then the Replace a sync sends instead, or (no
    // fallback) that nothing was sent. currentIds: Batch's count (-1: not known).
    QString withoutBaseline(Outcome outcome, const QString &sentence, bool fallback,
                            qint64 currentIds) const;
    // Makes a verified upload the audience's baseline; the problem, if it could not.
    static QString keep(const QString &baselinePath, const QString &key,
                        const UploadRecord &verified, qint64 serverIds,
                        const EntryDigests &entries);

signals:
    void finished(SyncPreparation::Outcome outcome, const QString &sentence, const ApiError &error);

private:
    void onBaseline(std::optional<SyncBaseline> baseline);
    void onView(ApiReply *reply, const SyncBaseline &baseline);

    BatchClient *m_client;
    ImportJob::Result m_check;
    QString m_audience;
    QString m_outputDir;
    QPointer<ApiReply> m_view;
    QFutureWatcher<std::optional<SyncBaseline>> m_loader;
    QFutureWatcher<SyncPlanner::Plan> m_planner;
    SyncPlanner::Plan m_plan;
    qint64 m_serverIds = -1;
    bool m_stopped = false;
    QThreadPool *m_pool = nullptr;

    QThreadPool *pool() const;
};
