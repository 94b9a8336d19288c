// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ApiConfig.h"
#include "ApiReply.h"

#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QUrlQuery;

// The Custom Audience API 1.1 as asynchronous typed calls (see shared/api). Validates
// names and keys before building any URL, sends X-Authorization and Content-Type, sets a
// transfer timeout and an overall deadline per attempt, refuses http:// except to
// loopback, never ignores TLS errors, and retries (at most maxAttempts) connection
// failures, timeouts, 429, 500, 502, 503 and 504, and a Replace or Update acknowledged
// without its indexing token, with exponential backoff and full jitter. A server's
// Retry-After is waited as asked up to maxRetryAfterMs; a longer one fails the call at
// once (ApiError::retryAfterMs says it).
class BatchClient : public QObject
{
    Q_OBJECT
public:
    using Config = ApiConfig; // the older name, for code written against it

    explicit BatchClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setConfig(const ApiConfig &config);
    const ApiConfig &config() const { return m_config; }
    QNetworkAccessManager *network() const { return m_nam; }

    ApiReply *list(int from, int limit);
    ApiReply *view(const QString &name, const QString &indexingToken = {});
    ApiReply *create(const QString &name, const QString &description = {});
    ApiReply *remove(const QString &name);
    ApiReply *replace(const QString &name, const QByteArray &jsonBody);
    ApiReply *update(const QString &name, const QByteArray &jsonBody);

    static constexpr int maxListLimit = 100;
    static constexpr int maxIdsPerRequest = 10000;

    // Why a call would be refused before sending (empty when it would be sent).
    QString configProblem(const QString *audienceName = nullptr) const;

private:
    QNetworkRequest makeRequest(const QString &audienceName, const QUrlQuery &query) const;
    ApiReply *send(ApiReply::Operation op, const QString &name, const QUrlQuery &query,
                   const QByteArray &verb, const QByteArray &body);

    QNetworkAccessManager *m_nam;
    ApiConfig m_config;
};

// Lets the client finish a reply it refused before sending.
class ApiCallAccess
{
public:
    static void finishWith(ApiReply *reply, const ApiError &error);
};
