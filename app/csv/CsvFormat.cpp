// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvFormat.h"

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto:
        return QStringLiteral("auto");
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

CsvEncoding csvEncodingFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (ok)
        *ok = true;
    if (n == u"auto" || n.isEmpty())
        return CsvEncoding::Auto;
    if (n == u"utf8")
        return CsvEncoding::Utf8;
    if (n == u"utf16" || n == u"utf16le")
        return CsvEncoding::Utf16LE; // Excel's "Unicode text" is little-endian
    if (n == u"utf16be")
        return CsvEncoding::Utf16BE;
    if (n == u"windows1252" || n == u"cp1252" || n == u"latin1" || n == u"iso88591")
        return CsvEncoding::Windows1252;
    if (ok)
        *ok = false;
    return CsvEncoding::Auto;
}
