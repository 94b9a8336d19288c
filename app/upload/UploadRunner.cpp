// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadRunner.h"

#include "UploadWorkDir.h"
#include "api/BatchClient.h"
#include "history/UploadHistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>
#include <algorithm>

UploadRunner::UploadRunner(BatchClient *client, UploadHistory *history, QThreadPool *pool,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_history(history)
    , m_pool(pool)
{ }

UploadRunner::UploadRunner(BatchClient *client, UploadHistory *history, QObject *parent)
    : UploadRunner(client, history, QThreadPool::globalInstance(), parent)
{ }

UploadRunner::~UploadRunner()
{
    if (m_reply)
        m_reply->abandon();
}

QStringList UploadRunner::indexingTokens() const
{
    QStringList tokens;
    for (const UploadRequestRecord &r : m_upload.requests) {
        if (!r.indexingToken.isEmpty())
            tokens << r.indexingToken;
    }
    return tokens;
}

void UploadRunner::start(const UploadRecord &upload)
{
    m_upload = upload;
    m_running = true;
    m_cancelled = false;
    m_lastError = {};
    m_bytesSent = 0;
    if (m_history)
        m_history->setState(m_upload.id, UploadRecord::State::Running);
    sendNext();
}

void UploadRunner::keepOnCompletion(const QString &file, const QString &keptPath)
{
    m_keep = file;
    m_keepAs = keptPath;
    m_keptFile.clear();
}

void UploadRunner::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->cancel(); // finishes through onReplyFinished
}

void UploadRunner::record(int index)
{
    if (m_history)
        m_history->updateRequest(m_upload.id, m_upload.requests.at(index));
}

void UploadRunner::sendNext()
{
    const int total = int(m_upload.requests.size());
    const int index = m_upload.firstUnacknowledged();
    qint64 ids = 0; // of every request: a sync's are fewer than the file's
    for (const UploadRequestRecord &r : m_upload.requests)
        ids += r.idCount;
    emit progress(index, total, m_upload.acknowledgedIds(), ids);
    if (index >= total) {
        // What Batch acknowledged, not what the audience holds: that is for View to say.
        finish(UploadRecord::State::Completed,
               tr("Batch acknowledged every request: %1 IDs sent to %2.")
                   .arg(QLocale().toString(m_upload.acknowledgedIds()), m_upload.audience));
        return;
    }
    if (m_cancelled) {
        finish(UploadRecord::State::Cancelled, partialMessage());
        return;
    }
    UploadRequestRecord &request = m_upload.requests[index];
    // Payloads are up to a few MB: read them off the calling (GUI) thread.
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, index] {
        watcher->deleteLater();
        const QByteArray body = watcher->result();
        UploadRequestRecord &request = m_upload.requests[index];
        const bool changed = !request.bodySha256.isEmpty()
            && QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()
                != request.bodySha256.toLatin1();
        if (body.isEmpty() || changed) {
            // Not recorded as a failure of the request: nothing was sent.
            m_lastError = {};
            const QString why = body.isEmpty()
                ? tr("The prepared request %1 (%2) is missing.")
                      .arg(request.sequence)
                      .arg(request.bodyPath)
                : tr("The prepared request %1 (%2) changed on disk since it was checked.")
                      .arg(request.sequence)
                      .arg(request.bodyPath);
            finish(m_upload.acknowledgedIds() > 0 ? UploadRecord::State::Partial
                                                  : UploadRecord::State::Failed,
                   why + QLatin1Char(' ')
                       + tr("Run the import again: it prepares the requests from the file "
                            "again and resumes.")
                       + QLatin1Char(' ') + partialMessage());
            return;
        }
        if (m_cancelled) {
            finish(UploadRecord::State::Cancelled, partialMessage());
            return;
        }
        request.status = UploadRequestRecord::Status::Sent;
        request.sentAt = QDateTime::currentDateTimeUtc();
        record(index);
        emit requestStarted(index, int(m_upload.requests.size()), request.method, request.idCount);
        ApiReply *reply = request.method == u"replace" ? m_client->replace(m_upload.audience, body)
                                                       : m_client->update(m_upload.audience, body);
        m_reply = reply;
        const qint64 ids = request.idCount;
        connect(reply, &ApiReply::uploadProgress, this, [this, ids](qint64 sent, qint64 total) {
            if (total > 0)
                emit transferred(m_bytesSent + sent,
                                 m_upload.acknowledgedIds() + ids * sent / total,
                                 m_upload.validIds);
        });
        connect(reply, &ApiReply::finished, this, [this, reply, size = qint64(body.size())] {
            if (reply->isOk())
                m_bytesSent += size;
        });
        connect(reply, &ApiReply::retrying, this,
                [this, index](int attempt, int delayMs, const ApiError &cause) {
                    emit requestRetrying(index, attempt, delayMs, cause);
                });
        connect(reply, &ApiReply::finished, this,
                [this, reply, index] { onReplyFinished(reply, index); });
    });
    const QString path = request.bodyPath;
    watcher->setFuture(QtConcurrent::run(m_pool, [path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }));
}

void UploadRunner::onReplyFinished(ApiReply *reply, int index)
{
    reply->deleteLater();
    m_reply = nullptr;
    UploadRequestRecord &request = m_upload.requests[index];
    request.httpStatus = reply->httpStatus();
    // Acknowledged means a token (the client refuses a 2xx without one; checked again here
    // because an acknowledged request is never sent again).
    if (reply->isOk() && !reply->indexingToken().isEmpty()) {
        request.status = UploadRequestRecord::Status::Acknowledged;
        request.indexingToken = reply->indexingToken();
        request.acknowledgedAt = QDateTime::currentDateTimeUtc();
        request.error.clear();
        record(index);
        emit requestFinished(index, true, request.indexingToken);
        sendNext();
        return;
    }
    ApiError error = reply->error();
    if (reply->isOk()) { // a 2xx without a token: unreadable, and it may have been applied
        error = {};
        error.kind = ApiError::Kind::BadResponse;
        error.httpStatus = reply->httpStatus();
        error.retryable = true;
        error.serverEffect = ApiError::ServerEffect::MayHaveChanged;
        error.message = tr("Batch answered without an indexing token: the request may or may "
                           "not have been applied. Resume sends it again safely.");
        error.detail = QStringLiteral("no indexing_token");
    }
    m_lastError = error;
    request.status = UploadRequestRecord::Status::Failed;
    request.error = error.message;
    record(index);
    emit requestFinished(index, false, error.message);
    if (error.kind == ApiError::Kind::Cancelled || m_cancelled) {
        finish(UploadRecord::State::Cancelled, partialMessage());
        return;
    }
    const bool partial = m_upload.acknowledgedIds() > 0;
    finish(partial ? UploadRecord::State::Partial : UploadRecord::State::Failed,
           partial ? error.message + QLatin1Char(' ') + partialMessage() : error.message);
}

QString UploadRunner::partialMessage() const
{
    const qint64 sent = m_upload.acknowledgedIds();
    const int next = m_upload.firstUnacknowledged();
    // A request sent without an answer may have been applied: say "at least".
    const bool uncertain = next < m_upload.requests.size()
        && m_upload.requests.at(next).status != UploadRequestRecord::Status::Pending;
    // Updates alone (add, remove, sync): the audience keeps its other IDs, so what it holds
    // is not the acknowledged count; say what was acknowledged.
    const bool updatesOnly
        = std::none_of(m_upload.requests.cbegin(), m_upload.requests.cend(),
                       [](const UploadRequestRecord &r) { return r.method == u"replace"; });
    qint64 total = 0; // a sync sends fewer IDs than the file holds
    for (const UploadRequestRecord &r : m_upload.requests)
        total += r.idCount;
    if (updatesOnly && sent > 0 && uncertain)
        return tr("The upload is partial: Batch acknowledged %1 of the %2 IDs for %3; request "
                  "%4 may also have been applied. Resuming sends request %4 again, which is "
                  "safe, then the rest.")
            .arg(QLocale().toString(sent), QLocale().toString(total), m_upload.audience)
            .arg(next + 1);
    if (updatesOnly && sent > 0)
        return tr("The upload is partial: Batch acknowledged %1 of the %2 IDs for %3. Resume "
                  "to send the rest.")
            .arg(QLocale().toString(sent), QLocale().toString(total), m_upload.audience);
    if (updatesOnly)
        return uncertain ? tr("No request was acknowledged: the first one may have reached %1. "
                              "Resuming sends it again, which is safe.")
                               .arg(m_upload.audience)
                         : tr("Nothing was sent: %1 is unchanged.").arg(m_upload.audience);
    if (sent == 0)
        return uncertain
            ? tr("No request was acknowledged: %1 may be unchanged, or already replaced if the "
                 "first request reached Batch. Resuming sends it again, which is safe.")
                  .arg(m_upload.audience)
            : tr("Nothing was sent: %1 is unchanged.").arg(m_upload.audience);
    if (uncertain)
        return tr("The audience is partial: %1 holds at least the %2 IDs Batch acknowledged, of "
                  "%3; request %4 may also have been applied. Resuming sends request %4 again, "
                  "which is safe, then the rest.")
            .arg(m_upload.audience, QLocale().toString(sent), QLocale().toString(m_upload.validIds))
            .arg(next + 1);
    return tr("The audience is partial: %1 holds the %2 IDs Batch acknowledged, of %3. Resume "
              "to send the rest.")
        .arg(m_upload.audience, QLocale().toString(sent), QLocale().toString(m_upload.validIds));
}

void UploadRunner::finish(UploadRecord::State state, const QString &message)
{
    if (state == UploadRecord::State::Cancelled && m_upload.acknowledgedIds() > 0)
        state = UploadRecord::State::Partial;
    m_running = false;
    m_upload.state = state;
    m_upload.message = message;
    if (m_history)
        m_history->setState(m_upload.id, state, message);
    if (state == UploadRecord::State::Completed && !m_keep.isEmpty()) {
        // Before the folder goes. A rename in the data folder: no copy on this thread.
        QDir().mkpath(QFileInfo(m_keepAs).absolutePath());
        if (QFile::rename(m_keep, m_keepAs))
            m_keptFile = m_keepAs;
    }
    if (state == UploadRecord::State::Completed) {
        // Payload copies are only kept for resuming. Removing a hundred 1.5 MB files takes
        // long enough to stall the GUI thread: do it in the pool.
        (void)QtConcurrent::run(m_pool,
                                [record = m_upload] { UploadWorkDir::removeBodies(record); });
    }
    emit finished(state, message);
}
