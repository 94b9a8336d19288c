// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ApiResponseParser.h"

#include "ApiReply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

QDateTime ApiResponseParser::parseUtc(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // no zone in the API's dates: they are UTC
    return dt.toUTC();
}

std::optional<AudienceInfo> ApiResponseParser::parseAudience(const QJsonObject &o, QString *problem)
{
    AudienceInfo info;
    info.name = o.value(QStringLiteral("name")).toString();
    if (info.name.isEmpty()) {
        *problem = QCoreApplication::translate("ApiResponseParser", "an audience without a name");
        return std::nullopt;
    }
    info.type = o.value(QStringLiteral("type")).toString();
    info.description = o.value(QStringLiteral("description")).toString();
    const QJsonValue ids = o.value(QStringLiteral("nb_ids"));
    if (ids.isDouble())
        info.idCount = qint64(ids.toDouble());
    else if (ids.isString())
        info.idCount = ids.toString().toLongLong();
    info.created = parseUtc(o.value(QStringLiteral("created")).toString());
    info.updated = parseUtc(o.value(QStringLiteral("updated")).toString());
    info.indexingState
        = indexingStateFromName(o.value(QStringLiteral("indexing_state")).toString());
    return info;
}

bool ApiResponseParser::parse(ApiReply *reply, const QByteArray &body, QString *problem)
{
    using Op = ApiReply::Operation;
    const Op op = reply->operation();
    if ((op == Op::Create || op == Op::Delete) && body.trimmed().isEmpty())
        return true; // nothing promised beyond the status
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject()) {
        if (op == Op::Create || op == Op::Delete)
            return true; // the status said it all
        *problem = body.isEmpty() ? QCoreApplication::translate("ApiResponseParser", "empty body")
                                  : QCoreApplication::translate("ApiResponseParser", "not JSON: %1")
                                        .arg(error.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    switch (op) {
    case Op::List: {
        const QJsonValue list = o.value(QStringLiteral("custom_audiences"));
        if (!list.isArray()) {
            *problem
                = QCoreApplication::translate("ApiResponseParser", "no custom_audiences array");
            return false;
        }
        QList<AudienceInfo> audiences;
        for (const QJsonValue &v : list.toArray()) {
            const auto info = parseAudience(v.toObject(), problem);
            if (!info)
                return false;
            audiences.append(*info);
        }
        reply->m_audiences = audiences;
        return true;
    }
    case Op::View: {
        const auto info = parseAudience(o, problem);
        if (!info)
            return false;
        reply->m_audience = *info;
        return true;
    }
    case Op::Replace:
    case Op::Update: {
        // The token is the acknowledgement: a 2xx without one (a gateway's "200 {}") proves
        // nothing about what Batch did.
        const QJsonValue token = o.value(QStringLiteral("indexing_token"));
        if (!token.isString() || token.toString().isEmpty()) {
            *problem = QStringLiteral("no indexing_token");
            return false;
        }
        reply->m_indexingToken = token.toString();
        return true;
    }
    case Op::Create:
    case Op::Delete:
        return true;
    }
    return true;
}
