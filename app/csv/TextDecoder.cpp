// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TextDecoder.h"

#include <algorithm>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {
QStringDecoder makeDecoder(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE);
    case CsvEncoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE);
    case CsvEncoding::Windows1252:
        return QStringDecoder("windows-1252");
    default:
        return QStringDecoder(QStringConverter::Utf8);
    }
}

bool isUtf8(CsvEncoding encoding)
{
    return encoding != CsvEncoding::Utf16LE && encoding != CsvEncoding::Utf16BE
        && encoding != CsvEncoding::Windows1252;
}
} // namespace

TextDecoder::TextDecoder(CsvEncoding encoding)
    : m_encoding(encoding)
    , m_decoder(makeDecoder(encoding))
{
    m_useTable = encoding == CsvEncoding::Windows1252 && !m_decoder.isValid();
}

void TextDecoder::appendTo(QString &out, QByteArrayView bytes)
{
    if (isUtf8(m_encoding)) {
        appendUtf8(out, bytes);
        return;
    }
    if (m_useTable) {
        decodeWindows1252(out, bytes);
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + m_decoder.requiredSpace(bytes.size()));
    QChar *end = m_decoder.appendToBuffer(out.data() + start, bytes);
    // A BOM past the start of the file (the decoder skips only the first): not text.
    end = std::remove(out.data() + start, end, QChar(0xFEFF));
    out.resize(end - out.constData());
}

void TextDecoder::finish(QString &out)
{
    for (const char b : std::as_const(m_pending))
        out.append(QChar(char16_t(0xDC00 + static_cast<unsigned char>(b))));
    m_pending.clear();
}

void TextDecoder::appendUtf8(QString &out, QByteArrayView input)
{
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = m_pending;
        joined.append(input.data(), input.size());
        input = joined;
        m_pending.clear();
    }
    const auto *p = reinterpret_cast<const unsigned char *>(input.data());
    const auto *const end = p + input.size();
    const qsizetype start = out.size();
    out.resize(start + input.size()); // never more units than bytes
    char16_t *dst = reinterpret_cast<char16_t *>(out.data()) + start;
    while (p < end) {
#ifdef __SSE2__
        // Runs of ASCII, sixteen bytes at a time: widened with SSE2 (by hand, as Qt's own
        // Latin-1 widening is not public API), twice as fast as the 8-byte loop below.
        while (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            if (_mm_movemask_epi8(v) != 0)
                break;
            const __m128i zero = _mm_setzero_si128();
            _mm_storeu_si128(reinterpret_cast<__m128i *>(dst), _mm_unpacklo_epi8(v, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + 8), _mm_unpackhi_epi8(v, zero));
            dst += 16, p += 16;
        }
#endif
        // Runs of ASCII, eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ull)
                break;
            for (int k = 0; k < 8; ++k)
                dst[k] = p[k];
            dst += 8, p += 8;
        }
        if (p == end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            *dst++ = c, ++p;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1, cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2, cp = c & 0x0F;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3, cp = c & 0x07;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            *dst++ = char16_t(0xDC00 + c), ++p;
            continue;
        }
        int k = 1;
        for (; k <= extra && p + k < end; ++k) {
            if (p[k] < lo || p[k] > hi)
                break;
            cp = (cp << 6) | (p[k] & 0x3F);
            lo = 0x80, hi = 0xBF;
        }
        if (k <= extra && p + k == end) { // cut by the end of this chunk: wait for the rest
            m_pending = QByteArray(reinterpret_cast<const char *>(p), end - p);
            break;
        }
        if (k <= extra) { // the lead byte is bad; what follows is looked at on its own
            *dst++ = char16_t(0xDC00 + c), ++p;
            continue;
        }
        p += extra + 1;
        if (cp == 0xFEFF)
            continue; // a BOM, at the start or anywhere: not text
        if (cp >= 0x10000) {
            *dst++ = QChar::highSurrogate(cp);
            *dst++ = QChar::lowSurrogate(cp);
        } else {
            *dst++ = char16_t(cp);
        }
    }
    out.resize(dst - reinterpret_cast<const char16_t *>(out.constData()));
}

void TextDecoder::decodeWindows1252(QString &out, QByteArrayView bytes)
{
    // 0x80-0x9F differ from Latin-1 (€, ‚, ƒ, „, …, œ, Ÿ ...); 0 marks unassigned bytes.
    static constexpr char16_t high[32]
        = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
           0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
           0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    const qsizetype start = out.size();
    out.resize(start + bytes.size());
    QChar *dst = out.data() + start;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        dst[i] = QChar(b >= 0x80 && b <= 0x9F ? high[b - 0x80] : char16_t(b));
    }
}
