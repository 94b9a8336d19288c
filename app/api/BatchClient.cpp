// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BatchClient.h"

#include "ApiCall.h"
#include "ApiErrorBuilder.h"
#include "ApiValidation.h"
#include "SecretRedactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

BatchClient::BatchClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{ }

void BatchClient::setConfig(const ApiConfig &config)
{
    m_config = config;
    SecretRedactor::addSecret(config.restKey);
}

namespace {
using Op = ApiReply::Operation;

// Finishes a reply refused before sending; queued, so callers can connect first.
ApiReply *refused(ApiReply *reply, const ApiError &error)
{
    QTimer::singleShot(0, reply, [reply, error] { ApiCallAccess::finishWith(reply, error); });
    return reply;
}
} // namespace

void ApiCallAccess::finishWith(ApiReply *reply, const ApiError &error)
{
    reply->m_error = error;
    reply->m_finished = true;
    emit reply->finished();
}

QString BatchClient::configProblem(const QString *audienceName) const
{
    QString why;
    if (!ApiValidation::isAllowedBaseUrl(m_config.baseUrl, &why))
        return why;
    if (!ApiValidation::isValidKey(m_config.apiKey))
        return tr("The app API key is missing or malformed (letters, digits, _ and - only).");
    if (!ApiValidation::isValidKey(m_config.restKey))
        return tr("The REST API key is missing or malformed (letters, digits, _ and - only).");
    if (audienceName && !ApiValidation::isValidAudienceName(*audienceName))
        return tr("Invalid audience name: %1")
            .arg(ApiValidation::audienceNameProblem(*audienceName));
    return {};
}

QNetworkRequest BatchClient::makeRequest(const QString &audienceName, const QUrlQuery &query) const
{
    QUrl url = m_config.baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QStringLiteral("/1.1/%1/custom-audience").arg(m_config.apiKey);
    if (!audienceName.isEmpty())
        path += QLatin1Char('/') + audienceName; // validated: [A-Za-z0-9_-] only
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("X-Authorization", m_config.restKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("AudienceDesk/" AD_VERSION));
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

ApiReply *BatchClient::send(Op op, const QString &name, const QUrlQuery &query,
                            const QByteArray &verb, const QByteArray &body)
{
    auto *reply = new ApiReply(op, this);
    const QString problem = configProblem(op == Op::List ? nullptr : &name);
    if (!problem.isEmpty())
        return refused(reply, ApiErrorBuilder::invalidRequest(problem));
    auto *call = new ApiCall(m_nam, m_config, reply, makeRequest(name, query), verb, body);
    call->start();
    return reply;
}

ApiReply *BatchClient::list(int from, int limit)
{
    if (from < 0 || limit < 1 || limit > maxListLimit) {
        return refused(
            new ApiReply(Op::List, this),
            ApiErrorBuilder::invalidRequest(
                tr("List needs from ≥ 0 and a limit between 1 and %1.").arg(maxListLimit)));
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), QString::number(from));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return send(Op::List, {}, query, "GET", {});
}

ApiReply *BatchClient::view(const QString &name, const QString &indexingToken)
{
    QUrlQuery query;
    if (!indexingToken.isEmpty())
        query.addQueryItem(QStringLiteral("indexing_token"),
                           QString::fromLatin1(QUrl::toPercentEncoding(indexingToken)));
    return send(Op::View, name, query, "GET", {});
}

ApiReply *BatchClient::create(const QString &name, const QString &description)
{
    QJsonObject body;
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    return send(Op::Create, name, {}, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply *BatchClient::remove(const QString &name)
{
    return send(Op::Delete, name, {}, "DELETE", {});
}

ApiReply *BatchClient::replace(const QString &name, const QByteArray &jsonBody)
{
    return send(Op::Replace, name, {}, "PUT", jsonBody);
}

ApiReply *BatchClient::update(const QString &name, const QByteArray &jsonBody)
{
    return send(Op::Update, name, {}, "PATCH", jsonBody);
}
