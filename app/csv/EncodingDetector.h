#pragma once

#include "CsvFormat.h"

#include <QByteArray>

// Guesses a CSV file's encoding from its first bytes, the way Excel files need it: a BOM
// decides (UTF-8, UTF-16 LE/BE); without one, valid UTF-8 is UTF-8; otherwise uchardet
// may recognise UTF-16 without BOM, and anything else is Windows-1252 (Excel's plain "CSV"
// in Western Europe).
class EncodingDetector
{
public:
    struct Result
    {
        CsvEncoding encoding = CsvEncoding::Utf8;
        int bomLength = 0;
    };

    static Result detect(const QByteArray &sample, bool sampleIsWholeFile);
    static int bomLength(const QByteArray &sample, CsvEncoding encoding);
    // True when the bytes are valid UTF-8; a sequence cut by the end of a partial sample
    // does not count as invalid.
    static bool isValidUtf8(const QByteArray &bytes, bool allowTruncatedEnd);
};
