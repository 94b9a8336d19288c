// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AudienceInfo.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

class ApiReply;

// Turns 2xx bodies into typed results: List's custom_audiences, View's audience with its
// indexing state, Replace/Update's indexing_token. Lenient where the spec is vague
// (nb_ids as a number or a string, dates with or without a zone), strict where it matters:
// a Replace or Update is acknowledged only by a non-empty string indexing_token.
class ApiResponseParser
{
public:
    // Fills the reply's result; false with a reason when the body is not what the spec says.
    static bool parse(ApiReply *reply, const QByteArray &body, QString *problem);

    static std::optional<AudienceInfo> parseAudience(const QJsonObject &object, QString *problem);
    static QDateTime parseUtc(const QString &text); // "YYYY-MM-DDTHH:MM:SS" is UTC
};
