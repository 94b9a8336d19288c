// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Profile.h"

#include <QCoreApplication>

QString apiKeyKindName(ApiKeyKind kind)
{
    switch (kind) {
    case ApiKeyKind::Live:
        return QCoreApplication::translate("Profile", "Live");
    case ApiKeyKind::Dev:
        return QCoreApplication::translate("Profile", "Dev");
    case ApiKeyKind::Sdk:
        return QCoreApplication::translate("Profile", "SDK");
    }
    return {};
}

ApiKeyKind apiKeyKindFromString(const QString &s)
{
    const QString lower = s.trimmed().toLower();
    if (lower == u"live")
        return ApiKeyKind::Live;
    if (lower == u"sdk")
        return ApiKeyKind::Sdk;
    return ApiKeyKind::Dev;
}
