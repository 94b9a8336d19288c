// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QChar>
#include <QString>

// How a CSV file (or a workbook: the sheet and the header) is read. Auto values are resolved
// by RecordSource::detect().
enum class CsvEncoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1252 };

QString csvEncodingName(CsvEncoding encoding); // "UTF-8", "Windows-1252", ...
CsvEncoding csvEncodingFromName(const QString &name, bool *ok = nullptr); // CLI/mapping names

struct CsvFormat
{
    CsvEncoding encoding = CsvEncoding::Auto;
    QChar delimiter; // null: sniff among , ; tab |
    bool hasHeader = true;
    bool hasBom = false; // detected: a BOM was present (and is skipped)
    QString sheet; // a workbook's sheet, by name; empty: the first (detect() names it)
};
