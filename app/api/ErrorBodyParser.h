// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

// Reads Batch error bodies leniently (their shape is not documented): a JSON object whose
// numeric code is under "error_code" or "code" and whose text is under "error_message",
// "message" or "error". Anything else (empty, HTML, plain text) yields what the HTTP
// status alone says.
class ErrorBodyParser
{
public:
    struct Result
    {
        int code = -1; // documented code, -1 when unknown
        QString name; // documented name, e.g. "MALFORMED_PARAMETER"
        QString text; // the server's own words, when it gave any
    };

    static Result parse(int httpStatus, const QByteArray &body);
    // The documented error name for a status (and code when known), or empty.
    static QString documentedName(int httpStatus, int code = -1);
    static int documentedCode(const QString &name);
};
