#include "EncodingDetector.h"

#include <uchardet/uchardet.h>

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

bool EncodingDetector::isValidUtf8(const QByteArray &bytes, bool allowTruncatedEnd)
{
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
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n) {
            // The sequence runs past the end: fine only for a sample cut mid-character.
            if (!allowTruncatedEnd)
                return false;
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

EncodingDetector::Result EncodingDetector::detect(const QByteArray &sample, bool sampleIsWholeFile)
{
    for (CsvEncoding e : {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE}) {
        if (const int bom = bomLength(sample, e))
            return {e, bom};
    }
    if (isValidUtf8(sample, !sampleIsWholeFile))
        return {CsvEncoding::Utf8, 0};
    // Not UTF-8: ask uchardet whether it is UTF-16 without BOM; all else is read as
    // Windows-1252, the superset of Latin-1 that Excel writes.
    CsvEncoding guess = CsvEncoding::Windows1252;
    if (uchardet_t detector = uchardet_new()) {
        if (uchardet_handle_data(detector, sample.constData(), size_t(sample.size())) == 0) {
            uchardet_data_end(detector);
            const QByteArray charset = QByteArray(uchardet_get_charset(detector)).toUpper();
            if (charset == "UTF-16LE")
                guess = CsvEncoding::Utf16LE;
            else if (charset == "UTF-16BE")
                guess = CsvEncoding::Utf16BE;
        }
        uchardet_delete(detector);
    }
    return {guess, 0};
}
