// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ApiError.h"
#include "AudienceInfo.h"

#include <QObject>

// One asynchronous API call, retries included. Owned by the caller once returned (its
// parent is the BatchClient): call deleteLater() after finished(). finished() is emitted
// exactly once, also for cancel() and for requests refused before sending (queued).
class ApiReply : public QObject
{
    Q_OBJECT
public:
    enum class Operation { List, View, Create, Delete, Replace, Update };
    Q_ENUM(Operation)

    explicit ApiReply(Operation operation, QObject *parent = nullptr);

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int attempts() const { return m_attempts; }
    int httpStatus() const { return m_httpStatus; }

    QList<AudienceInfo> audiences() const { return m_audiences; } // List
    AudienceInfo audience() const { return m_audience; } // View
    QString indexingToken() const { return m_indexingToken; } // Replace, Update

    // Aborts the transfer or the pending retry; finishes with Kind::Cancelled.
    void cancel();
    // For a caller whose answer has gone stale (a newer request, a closed view): cancels,
    // and no signal of this reply reaches anyone any more, the cancel's finished()
    // included. Deleted later.
    void abandon();

signals:
    void started(int attempt); // a transfer begins
    void retrying(int nextAttempt, int delayMs, const ApiError &cause); // after a failure
    void uploadProgress(qint64 sent, qint64 total);
    void finished();
    void cancelRequested(); // internal: the client listens to abort the transfer

private:
    friend class BatchClient;
    friend class ApiCall;
    friend class ApiResponseParser;
    friend class ApiCallAccess;
    Operation m_operation;
    bool m_finished = false;
    int m_attempts = 0;
    int m_httpStatus = 0;
    ApiError m_error;
    QList<AudienceInfo> m_audiences;
    AudienceInfo m_audience;
    QString m_indexingToken;
};
