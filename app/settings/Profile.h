// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

enum class ApiKeyKind { Live, Dev, Sdk };

QString apiKeyKindName(ApiKeyKind kind); // "Live", "Dev", "SDK" (translated)
ApiKeyKind apiKeyKindFromString(const QString &s); // "live"/"dev"/"sdk", any case; Dev else

// A Batch app the user works with: which keys, which server.
struct Profile
{
    QString id; // stable identifier (QUuid without braces); "environment", "sandbox"
    QString displayName; // shown in the switcher
    QString apiKey; // app API key (not secret, but not shown in full in logs either)
    ApiKeyKind keyKind = ApiKeyKind::Dev;
    QString restKey; // secret: keychain, or QSettings only when restKeyInSettings
    QUrl baseUrl = defaultBaseUrl();
    bool restKeyInSettings = false; // user chose to keep it in QSettings (no keychain)
    bool transient = false; // Environment / Sandbox: never saved

    bool isLive() const { return keyKind == ApiKeyKind::Live; }
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.batch.com")); }
};

Q_DECLARE_METATYPE(Profile)
