// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ApiCall.h"

#include "ApiErrorBuilder.h"
#include "ApiResponseParser.h"
#include "SecretRedactor.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

// Request lines are off unless asked for (QT_LOGGING_RULES="audiencedesk.api.info=true").
Q_LOGGING_CATEGORY(lcApi, "audiencedesk.api", QtWarningMsg)

ApiCall::ApiCall(QNetworkAccessManager *nam, const ApiConfig &config, ApiReply *reply,
                 const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body)
    : QObject(reply)
    , m_nam(nam)
    , m_config(config)
    , m_reply(reply)
    , m_request(request)
    , m_verb(verb)
    , m_body(body)
    , m_policy(
          {config.maxAttempts, config.backoffBaseMs, config.backoffCapMs, config.maxRetryAfterMs})
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ApiCall::onDeadline);
    connect(reply, &ApiReply::cancelRequested, this, &ApiCall::onCancelRequested);
}

void ApiCall::start()
{
    sendAttempt();
}

void ApiCall::sendAttempt()
{
    ++m_reply->m_attempts;
    m_tlsError.clear();
    m_bytesSent = false;
    m_deadlinePassed = false;
    m_elapsed.start();
    emit m_reply->started(m_reply->m_attempts);
    QNetworkReply *network = m_verb == "GET" ? m_nam->get(m_request)
                                             : m_nam->sendCustomRequest(m_request, m_verb, m_body);
    m_network = network;
    connect(network, &QNetworkReply::finished, this, &ApiCall::onNetworkFinished);
    connect(network, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the reply then fails with SslHandshakeFailedError.
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        m_tlsError = texts.join(QStringLiteral("; "));
    });
    connect(network, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (sent > 0)
            m_bytesSent = true;
        emit m_reply->uploadProgress(sent, total);
    });
    // The transfer timeout only catches silence; this catches an answer that never ends.
    if (m_config.deadlineMs > 0)
        m_deadlineTimer.start(m_config.deadlineMs);
}

void ApiCall::onDeadline()
{
    if (!m_network || m_network->isFinished())
        return; // a complete answer waiting to be read stays one
    m_deadlinePassed = true;
    m_network->abort(); // finishes through onNetworkFinished
}

void ApiCall::onCancelRequested()
{
    m_userCancelled = true;
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        m_reply->m_error = ApiErrorBuilder::cancelled(m_reply->operation(), false);
        finishReply();
    } else if (m_network) {
        m_network->abort(); // finishes through onNetworkFinished
    }
}

void ApiCall::log(int httpStatus, const QString &outcome) const
{
    // The API key is shown shortened; headers (the REST key) are never logged.
    QString path = m_request.url().path();
    if (m_config.apiKey.size() > 4)
        path.replace(m_config.apiKey, m_config.apiKey.left(4) + QStringLiteral("…"));
    const QString query = m_request.url().query();
    qCInfo(lcApi).noquote() << SecretRedactor::redact(
        QStringLiteral("%1 %2%3 -> %4 (attempt %5, %6 ms)")
            .arg(QString::fromLatin1(m_verb), path,
                 query.isEmpty() ? QString() : QLatin1Char('?') + query,
                 httpStatus ? QString::number(httpStatus) : outcome)
            .arg(m_reply->m_attempts)
            .arg(m_elapsed.elapsed()));
}

void ApiCall::onNetworkFinished()
{
    QNetworkReply *network = m_network.data();
    if (!network)
        return;
    network->deleteLater();
    m_network = nullptr;
    m_deadlineTimer.stop();
    const auto op = m_reply->operation();
    const QVariant statusAttr = network->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    // An aborted reply is closed: reading it only makes Qt warn.
    const QByteArray body = network->isOpen() ? network->readAll() : QByteArray();
    const QNetworkReply::NetworkError error = network->error();
    // Anything on the wire for a write may have reached the server.
    const bool mayHaveArrived = ApiErrorBuilder::isWrite(op) && (m_bytesSent || m_body.isEmpty());
    m_reply->m_httpStatus = status;
    log(status, QStringLiteral("error %1").arg(int(error)));

    if (m_userCancelled) {
        m_reply->m_error = ApiErrorBuilder::cancelled(op, mayHaveArrived);
        finishReply();
        return;
    }
    // Errors below 200 are transport failures (connection, proxy): even with a status line
    // received, the body is incomplete (e.g. a reset in the middle of the body).
    const bool transportFailure
        = error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
    if (!transportFailure && status >= 200 && status < 300) {
        succeed(status, body);
        return;
    }
    if (!transportFailure && status != 0) {
        const auto retryAfter = RetryPolicy::parseRetryAfter(network->rawHeader("Retry-After"));
        fail(ApiErrorBuilder::http(op, status, body, retryAfter.value_or(-1)));
        return;
    }
    if (m_deadlinePassed) {
        // Whatever arrived is incomplete: a status line is no answer without its body.
        fail(ApiErrorBuilder::deadline(op, m_config.deadlineMs));
        return;
    }
    if (error == QNetworkReply::OperationCanceledError) {
        // Not cancelled by the user: Qt aborts the transfer when the transfer timeout elapses.
        fail(ApiErrorBuilder::timeout(op, m_config.timeoutMs));
        return;
    }
    if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsError.isEmpty()) {
        fail(ApiErrorBuilder::tls(op, m_tlsError.isEmpty() ? network->errorString() : m_tlsError));
        return;
    }
    const bool beforeSending = error == QNetworkReply::ConnectionRefusedError
        || error == QNetworkReply::HostNotFoundError;
    fail(ApiErrorBuilder::network(op, error, SecretRedactor::redact(network->errorString()),
                                  mayHaveArrived && !beforeSending, m_request.url()));
}

void ApiCall::succeed(int httpStatus, const QByteArray &body)
{
    QString problem;
    if (!ApiResponseParser::parse(m_reply, body, &problem)) {
        // Retried when the write is idempotent (Replace, Update); final otherwise.
        fail(ApiErrorBuilder::badResponse(m_reply->operation(), httpStatus, problem));
        return;
    }
    m_reply->m_error = {};
    finishReply();
}

void ApiCall::fail(const ApiError &error)
{
    // A Retry-After above the policy's limit is not waited: the error says when to try again.
    if (m_policy.shouldRetry(error, m_reply->m_attempts)) {
        const int delay = m_policy.delayMs(
            m_reply->m_attempts,
            error.retryAfterMs >= 0 ? std::optional<int>(error.retryAfterMs) : std::nullopt);
        emit m_reply->retrying(m_reply->m_attempts + 1, delay, error);
        m_retryTimer.start(delay);
        return;
    }
    m_reply->m_error = error;
    finishReply();
}

void ApiCall::finishReply()
{
    if (m_reply->m_finished)
        return;
    m_reply->m_finished = true;
    emit m_reply->finished();
}
