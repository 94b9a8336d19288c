// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ColumnMapping.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QDateTime>
#include <QStringView>

// Turns one cell into its JSON value by Batch's rules (shared/api, "custom data rules"),
// or says why it cannot: strings of at most 64 characters, scheme://... URLs of at most
// 2048, booleans true/false/yes/no/1/0, C-locale numbers (or decimal comma), dates as
// YYYY-MM-DDTHH:MM:SS in UTC.
class ValueConverter
{
    Q_DECLARE_TR_FUNCTIONS(ValueConverter)
public:
    struct Options
    {
        bool decimalComma = false;
    };

    // Appends the value to `out` and returns an empty string, or returns the reason.
    static QString append(QByteArray &out, AttributeType type, QStringView cell,
                          const QString &dateFormat, const Options &options);

    // ISO 8601 date or date-time (T or space; optional seconds, fraction, Z or offset).
    static bool parseIsoDateTime(QStringView text, QDateTime *utc);
    static bool isUrl(QStringView text);
    static qsizetype characterCount(QStringView text); // code points, not UTF-16 units
    // A number written with padding zeros (08104, -007, 00.5) that int and float would drop;
    // a lone 0 and 0.x (0,x) are not padding.
    static bool hasLeadingZero(QStringView text);
};
