// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ErrorBodyParser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct Documented
{
    const char *name;
    int status;
    int code;
};
// shared/api/custom-audience-1.1.md, "Errors".
constexpr Documented documented[] = {
    {"AUTHENTICATION_INVALID", 401, 10},
    {"API_MISUSE", 403, 12},
    {"ROUTE_NOT_FOUND", 404, 20},
    {"MISSING_PARAMETER", 400, 30},
    {"MALFORMED_PARAMETER", 400, 31},
    {"MALFORMED_JSON_BODY", 400, 32},
    {"SERVER_ERROR", 500, 1},
    {"MAINTENANCE_ERROR", 503, 2},
};

int intValue(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInt(-1);
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : -1;
    }
    return -1;
}
} // namespace

QString ErrorBodyParser::documentedName(int httpStatus, int code)
{
    for (const Documented &d : documented) {
        if (d.code == code && (httpStatus == 0 || d.status == httpStatus))
            return QString::fromLatin1(d.name);
    }
    if (code >= 0)
        return {};
    // No code: only statuses with a single documented error have a name.
    QString found;
    for (const Documented &d : documented) {
        if (d.status == httpStatus) {
            if (!found.isEmpty())
                return {};
            found = QString::fromLatin1(d.name);
        }
    }
    return found;
}

int ErrorBodyParser::documentedCode(const QString &name)
{
    for (const Documented &d : documented) {
        if (name == QLatin1String(d.name))
            return d.code;
    }
    return -1;
}

ErrorBodyParser::Result ErrorBodyParser::parse(int httpStatus, const QByteArray &body)
{
    Result result;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        result.code = intValue(o.value(QStringLiteral("error_code")));
        if (result.code < 0)
            result.code = intValue(o.value(QStringLiteral("code")));
        for (const char *key : {"error_message", "message", "error"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString() && !v.toString().isEmpty()) {
                // "error" may hold the documented name rather than a sentence.
                if (documentedCode(v.toString()) >= 0 && result.name.isEmpty()) {
                    result.name = v.toString();
                    continue;
                }
                if (result.text.isEmpty())
                    result.text = v.toString().left(500);
            }
        }
    }
    if (result.name.isEmpty())
        result.name = documentedName(httpStatus, result.code);
    if (result.code < 0 && !result.name.isEmpty())
        result.code = documentedCode(result.name);
    return result;
}
