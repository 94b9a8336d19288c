// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Keeps secrets (REST API keys) out of every log line. The client registers each key it
// is given; installMessageHandler() makes every qDebug/qWarning/... pass through redact().
class SecretRedactor
{
public:
    static void addSecret(const QString &secret); // ignored when shorter than 4 characters
    static void clearSecrets(); // tests
    static QString redact(QString text);
    static void installMessageHandler(); // chains to the previous handler
    static QString replacement() { return QStringLiteral("<redacted>"); }
};
