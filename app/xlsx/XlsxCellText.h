// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

// How a workbook's stored values become the text a CSV export would hold.
namespace XlsxCellText {

// A number as people write it: 12 not 12.0, 0.1 not 0.1000000001 (15 significant
// digits, as Excel shows), no exponent. The stored text when it is not a number.
QString number(QStringView stored);
// A date serial as ISO 8601: 2024-03-01 when there is no time of day, else
// 2024-03-01T13:45:00 (milliseconds when there are some); a time alone (serial below 1)
// as 13:45:00. In the 1900 system, serial 60 is Lotus' 1900-02-29, kept as such.
// The stored text when it is not a number or out of range.
QString date(QStringView stored, bool date1904);
// True when a number format shows a date or a time: built-in 14-22 and 45-47, or a custom
// code with d, m, y, h or s outside quotes, brackets and escapes.
bool isDateFormat(int numFmtId, const QString &formatCode);
// "C5" → column 3 (1-based) and row 5; 0 for a part that is missing or invalid.
void parseReference(QStringView ref, int *column, qint64 *row);
QString columnLetters(int column); // 1 → A, 27 → AA
// Excel writes control characters as _xHHHH_ in XML: decoded.
QString unescape(const QString &text);

} // namespace XlsxCellText
