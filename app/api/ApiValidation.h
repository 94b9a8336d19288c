// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

// Rules checked before any URL is built (shared/api: "Common to every call").
namespace ApiValidation {
// letters a-z A-Z, digits, '_' and '-', 1 to 255 characters
bool isValidAudienceName(const QString &name);
// A reason for people, empty when valid ("Use only letters, digits, _ and -", ...).
QString audienceNameProblem(const QString &name);
// App API keys and REST keys: 1 to 128 characters of [A-Za-z0-9_-] (not documented: lenient)
bool isValidKey(const QString &key);
// https anywhere; http only to loopback (127.0.0.0/8, ::1, localhost)
bool isAllowedBaseUrl(const QUrl &url, QString *why = nullptr);
} // namespace ApiValidation
