// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EncodingDetector.h"

#include <QByteArrayView>

// uchardet was asked here once, for UTF-16 without BOM only; 0.0.7 calls such files
// Windows-1252. The zero-byte pattern below decides that better, so it is gone.

int EncodingDetector::bomLength(const QByteArray &s, CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return s.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case CsvEncoding::Utf16LE:
        return s.startsWith("\xFF\xFE") ? 2 : 0;
    case CsvEncoding::Utf16BE:
        return s.startsWith("\xFE\xFF") ? 2 : 0;
    default:
        return 0;
    }
}

EncodingDetector::Utf8Evidence EncodingDetector::utf8Evidence(const QByteArray &bytes,
                                                              bool allowTruncatedEnd)
{
    // The well-formed sequences of Unicode's table 3-7: no overlong forms, no surrogates,
    // nothing past U+10FFFF.
    Utf8Evidence e;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            ++e.invalid, ++i;
            continue;
        }
        int k = 1;
        for (; k <= extra && i + k < n; ++k) {
            if (p[i + k] < lo || p[i + k] > hi)
                break;
            lo = 0x80, hi = 0xBF;
        }
        if (k > extra) {
            ++e.multiByte;
            i += extra + 1;
        } else if (i + k >= n) { // cut by the end of the sample
            if (!allowTruncatedEnd)
                e.invalid += k;
            break;
        } else {
            ++e.invalid, ++i; // the lead byte; what follows is looked at on its own
        }
    }
    return e;
}

CsvEncoding EncodingDetector::utf16WithoutBom(const QByteArray &s)
{
    // Latin text in UTF-16 has a zero byte in every other position (the high byte of each
    // character); other scripts still have their delimiters, digits and line ends there.
    const qsizetype pairs = s.size() / 2;
    if (pairs < 2)
        return CsvEncoding::Auto;
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += s.at(2 * i) == 0;
        zeroOdd += s.at(2 * i + 1) == 0;
    }
    CsvEncoding guess = CsvEncoding::Auto;
    if (zeroOdd * 4 >= pairs && zeroEven * 8 < zeroOdd)
        guess = CsvEncoding::Utf16LE;
    else if (zeroEven * 4 >= pairs && zeroOdd * 8 < zeroEven)
        guess = CsvEncoding::Utf16BE;
    if (guess == CsvEncoding::Auto)
        return guess;
    // Text, not numbers stored as 16 bits: hardly any control character but tab and line
    // ends among the characters of the Latin-1 range.
    qsizetype controls = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        const auto lowByte
            = static_cast<unsigned char>(s.at(guess == CsvEncoding::Utf16LE ? 2 * i : 2 * i + 1));
        const bool highZero = s.at(guess == CsvEncoding::Utf16LE ? 2 * i + 1 : 2 * i) == 0;
        if (highZero && lowByte < 0x20 && lowByte != '\t' && lowByte != '\n' && lowByte != '\r')
            ++controls;
    }
    return controls * 100 > pairs ? CsvEncoding::Auto : guess;
}

QString EncodingDetector::binaryKind(const QByteArray &s, bool utf16)
{
    const QByteArrayView v(s);
    if (v.startsWith("PK\x03\x04") || v.startsWith("PK\x05\x06"))
        return tr("a ZIP archive, such as an Excel workbook (.xlsx)");
    if (v.startsWith("\x89PNG\r\n\x1A\n"))
        return tr("a PNG image");
    if (v.startsWith("%PDF-"))
        return tr("a PDF document");
    if (v.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return tr("an Office 97-2003 document, such as an Excel workbook (.xls)");
    if (v.startsWith("\x1F\x8B"))
        return tr("a gzip-compressed file");
    if (v.startsWith("\xFF\xD8\xFF") || v.startsWith("GIF87a") || v.startsWith("GIF89a"))
        return tr("an image");
    if (utf16)
        return {};
    // Text has line breaks; a stray NUL byte in a CSV file is that row's problem, but
    // more NUL bytes than lines, or control bytes in numbers, is not text.
    qsizetype nul = 0, lines = 0, controls = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s.at(i));
        if (b == '\r' && i + 1 < s.size() && s.at(i + 1) == '\n')
            continue; // CRLF: counted at its LF
        if (b == '\n' || b == '\r')
            ++lines;
        else if (b == 0)
            ++nul, ++controls;
        else if (b < 0x20 && b != '\t' && b != '\f' && b != '\v' && b != 0x1A && b != 0x1B)
            ++controls;
    }
    if (nul > lines || (controls >= 16 && controls * 100 > s.size()))
        return tr("binary data");
    return {};
}

EncodingDetector::Result EncodingDetector::detect(const QByteArray &sample, bool sampleIsWholeFile)
{
    for (CsvEncoding e : {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE}) {
        if (const int bom = bomLength(sample, e))
            return {e, bom, {}};
    }
    Result r;
    r.encoding = utf16WithoutBom(sample);
    r.notText = binaryKind(sample, r.encoding != CsvEncoding::Auto);
    if (r.encoding != CsvEncoding::Auto || !r.notText.isEmpty()) {
        if (r.encoding == CsvEncoding::Auto)
            r.encoding = CsvEncoding::Utf8;
        return r;
    }
    // UTF-8 unless the bytes say otherwise: Windows-1252 text has accented letters that are
    // invalid UTF-8 and (nearly) never a valid multi-byte sequence. A few bad bytes among
    // many valid characters are damage in a UTF-8 file: its rows are refused, not misread.
    const Utf8Evidence e = utf8Evidence(sample, !sampleIsWholeFile);
    r.encoding
        = e.invalid == 0 || e.multiByte >= e.invalid ? CsvEncoding::Utf8 : CsvEncoding::Windows1252;
    return r;
}
