// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CsvFormat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

// Stateful bytes-to-text decoding for the CSV reader.
// - UTF-8 by hand: each byte that is no part of a valid character becomes the lone low
//   surrogate U+DC80..U+DCFF (as Python's "surrogateescape"), which valid text never
//   holds, so the reader can refuse that row and name the byte; Qt's decoder would make
//   it U+FFFD, which a file may also hold for real.
// - UTF-16 through QStringDecoder; Windows-1252 through QStringDecoder when Qt has ICU,
//   else a 32-entry table over Latin-1 (Qt without ICU knows only UTF and Latin-1).
// A byte order mark is never part of the text, wherever it is (exports glued together).
class TextDecoder
{
public:
    explicit TextDecoder(CsvEncoding encoding = CsvEncoding::Utf8);

    void appendTo(QString &out, QByteArrayView bytes);
    // At the end of the input: a character cut short there becomes escaped bytes.
    void finish(QString &out);
    static void decodeWindows1252(QString &out, QByteArrayView bytes);

    // The byte an escaped (invalid) UTF-8 byte stood for, or -1 when `c` is no escape.
    static int escapedByte(QChar c)
    {
        return c.unicode() >= 0xDC80 && c.unicode() <= 0xDCFF ? int(c.unicode() - 0xDC00) : -1;
    }

private:
    void appendUtf8(QString &out, QByteArrayView bytes);

    CsvEncoding m_encoding;
    QStringDecoder m_decoder;
    bool m_useTable = false;
    QByteArray m_pending; // the start of a UTF-8 character cut by the end of a chunk
};
