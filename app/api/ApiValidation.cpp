// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ApiValidation.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ApiValidation {

namespace {
bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'
        || u == '-';
}

} // namespace

bool isValidAudienceName(const QString &name)
{
    return audienceNameProblem(name).isEmpty();
}

QString audienceNameProblem(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("ApiValidation", "Enter a name.");
    if (name.size() > 255)
        return QCoreApplication::translate("ApiValidation",
                                           "Use at most 255 characters (this name has %1).")
            .arg(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isNameChar(name.at(i))) {
            const QString shown = name.at(i).isSpace()
                ? QCoreApplication::translate("ApiValidation", "a space")
                : QStringLiteral("“%1”").arg(name.at(i));
            return QCoreApplication::translate(
                       "ApiValidation",
                       "Use only letters a–z and A–Z, digits, _ and - (position %1 has %2).")
                .arg(i + 1)
                .arg(shown);
        }
    }
    return {};
}

bool isValidKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 128)
        return false;
    for (QChar c : key) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

bool isAllowedBaseUrl(const QUrl &url, QString *why)
{
    auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate(
            "ApiValidation", "Enter a full address such as https://api.batch.com."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(QCoreApplication::translate(
            "ApiValidation", "The address must not contain a user name, query or fragment."));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    if (scheme != u"http")
        return fail(
            QCoreApplication::translate("ApiValidation", "Only https:// addresses are accepted."));
    const QString host = url.host();
    const QHostAddress address(host);
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0 || address.isLoopback())
        return true;
    return fail(QCoreApplication::translate(
        "ApiValidation",
        "Plain http:// is only accepted for this computer (127.0.0.1 or localhost): "
        "keys would travel unencrypted. Use https://."));
}

} // namespace ApiValidation
