// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FakePayloadValidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
FakePayloadValidator::Result error(int status, int code, const char *name, const QString &message)
{
    FakePayloadValidator::Result r;
    r.httpStatus = status;
    r.code = code;
    r.name = QString::fromLatin1(name);
    r.message = message;
    return r;
}

bool isAttributeName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]{1,30}$"));
    return re.match(name).hasMatch();
}
} // namespace

QString FakePayloadValidator::checkAttributes(const QJsonObject &attributes)
{
    static const QRegularExpression typed(QStringLiteral("^(date|url)\\((.*)\\)$"));
    static const QRegularExpression dateRe(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"));
    static const QRegularExpression urlRe(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[^\\s/?#]+\\S*$"));
    if (attributes.size() > 15)
        return QStringLiteral("attributes has %1 entries (at most 15)").arg(attributes.size());
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        QString name = it.key();
        QString type;
        if (const auto m = typed.match(name); m.hasMatch()) {
            type = m.captured(1);
            name = m.captured(2);
        }
        if (!isAttributeName(name))
            return QStringLiteral("attribute name \"%1\" is not [a-z0-9_]{1,30}").arg(it.key());
        const QJsonValue v = it.value();
        if (type == u"date") {
            if (!v.isString() || !dateRe.match(v.toString()).hasMatch()
                || !QDateTime::fromString(v.toString(), Qt::ISODate).isValid())
                return QStringLiteral("%1 is not YYYY-MM-DDTHH:MM:SS").arg(it.key());
        } else if (type == u"url") {
            if (!v.isString() || v.toString().size() > 2048
                || !urlRe.match(v.toString()).hasMatch())
                return QStringLiteral("%1 is not a URL of at most 2048 characters").arg(it.key());
        } else if (v.isString()) {
            if (v.toString().size() > 64)
                return QStringLiteral("%1 is longer than 64 characters").arg(it.key());
        } else if (!v.isDouble() && !v.isBool()) {
            return QStringLiteral("%1 must be a string, number or boolean").arg(it.key());
        }
    }
    return {};
}

FakePayloadValidator::Result FakePayloadValidator::validate(const QByteArray &body, bool isUpdate)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return error(
            400, 32, "MALFORMED_JSON_BODY",
            QStringLiteral("The body is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (!root.contains(QStringLiteral("ids")))
        return error(400, 30, "MISSING_PARAMETER", QStringLiteral("Missing parameter: ids"));
    const QJsonValue idsValue = root.value(QStringLiteral("ids"));
    if (!idsValue.isArray())
        return error(400, 31, "MALFORMED_PARAMETER", QStringLiteral("ids must be an array"));
    const QJsonArray ids = idsValue.toArray();
    if (ids.size() > 10000)
        return error(400, 31, "MALFORMED_PARAMETER",
                     QStringLiteral("ids has %1 elements (at most 10,000)").arg(ids.size()));
    Result result;
    result.operations.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto bad = [i](const QString &what) {
            return error(400, 31, "MALFORMED_PARAMETER",
                         QStringLiteral("ids[%1]: %2").arg(i).arg(what));
        };
        const QJsonObject entry = ids.at(i).toObject();
        const QString id = entry.value(QStringLiteral("id")).toString();
        if (!ids.at(i).isObject() || id.isEmpty())
            return bad(QStringLiteral("id must be a non-empty string"));
        Operation op;
        op.member.id = id;
        if (isUpdate) {
            const QString action = entry.value(QStringLiteral("action")).toString();
            if (action != u"add" && action != u"remove")
                return bad(QStringLiteral("action must be \"add\" or \"remove\""));
            op.remove = action == u"remove";
        }
        if (entry.contains(QStringLiteral("attributes"))) {
            const QJsonValue attributes = entry.value(QStringLiteral("attributes"));
            if (!attributes.isObject())
                return bad(QStringLiteral("attributes must be an object"));
            if (const QString problem = checkAttributes(attributes.toObject()); !problem.isEmpty())
                return bad(problem);
            op.member.attributes = attributes.toObject();
        }
        if (entry.contains(QStringLiteral("tags"))) {
            const QJsonValue tags = entry.value(QStringLiteral("tags"));
            if (!tags.isArray())
                return bad(QStringLiteral("tags must be an array"));
            for (const QJsonValue &t : tags.toArray()) {
                const QString tag = t.toString();
                if (!t.isString() || tag.isEmpty() || tag.size() > 64 || tag != tag.toLower())
                    return bad(QStringLiteral("tags must be non-empty lowercase strings of at most "
                                              "64 characters"));
                op.member.tags.append(tag);
            }
        }
        result.operations.append(op);
    }
    return result;
}
