// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "history/UploadRecord.h"

#include <QObject>
#include <QPointer>

class BatchClient;
class UploadHistory;

// Sends an upload's requests in order (Replace first, then Update adds), from the first
// one the server has not acknowledged, recording each step in the history so the upload
// can resume after a crash. A request is acknowledged only by an answer carrying an
// indexing token. The client retries transient failures; a request that still fails stops
// the upload, leaving it Partial (some IDs acknowledged) or Failed (none). A body whose
// SHA-256 no longer matches the record is never sent.
class QThreadPool;

class UploadRunner : public QObject
{
    Q_OBJECT
public:
    // `pool`: where bodies are read and, once complete, removed (the app passes its own,
    // AppContext::pool; the CLI its own). Without one: Qt's global pool, only until the
    // import session passes a pool in.
    UploadRunner(BatchClient *client, UploadHistory *history, QThreadPool *pool,
                 QObject *parent = nullptr);
    UploadRunner(BatchClient *client, UploadHistory *history, QObject *parent = nullptr);
    ~UploadRunner() override;

    void start(const UploadRecord &upload); // resumes at firstUnacknowledged()
    void cancel();
    bool isRunning() const { return m_running; }
    const UploadRecord &upload() const { return m_upload; }
    const ApiError &lastError() const { return m_lastError; } // why it stopped, if it failed
    QStringList indexingTokens() const;
    // Moves `file` to `keptPath` when the upload completes, before its folder is removed
    // with the bodies; keptFile() then says where (empty if it was not moved).
    void keepOnCompletion(const QString &file, const QString &keptPath);
    QString keptFile() const { return m_keptFile; }

signals:
    void requestStarted(int index, int total, const QString &method, qint64 ids);
    void requestRetrying(int index, int attempt, int delayMs, const ApiError &cause);
    void requestFinished(int index, bool ok, const QString &detail);
    void progress(int requestsDone, int requestsTotal, qint64 idsSent, qint64 idsTotal);
    // As bytes leave: those of this run so far, and the IDs they carry (the request being
    // sent counted pro rata), out of the upload's. For throughput and time left.
    void transferred(qint64 bytesSent, qint64 idsSent, qint64 idsTotal);
    void finished(UploadRecord::State state, const QString &message);

private:
    void sendNext();
    void onReplyFinished(ApiReply *reply, int index);
    void finish(UploadRecord::State state, const QString &message);
    void record(int index);
    QString partialMessage() const;

    BatchClient *m_client;
    UploadHistory *m_history;
    QThreadPool *m_pool;
    UploadRecord m_upload;
    QPointer<ApiReply> m_reply;
    ApiError m_lastError;
    bool m_running = false;
    bool m_cancelled = false;
    qint64 m_bytesSent = 0; // of the requests acknowledged in this run
    QString m_keep; // moved to m_keepAs on completion
    QString m_keepAs;
    QString m_keptFile;
};
