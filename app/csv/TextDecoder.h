#pragma once

#include "CsvFormat.h"

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

// Stateful bytes-to-text decoding for the CSV reader: QStringDecoder for UTF-8/16, and
// Windows-1252 through QStringDecoder when Qt has ICU, else a 32-entry table over
// Latin-1 (Qt without ICU knows only UTF and Latin-1).
class TextDecoder
{
public:
    explicit TextDecoder(CsvEncoding encoding = CsvEncoding::Utf8);

    void appendTo(QString &out, QByteArrayView bytes);
    bool hasError() const; // invalid sequences were replaced by U+FFFD
    static void decodeWindows1252(QString &out, QByteArrayView bytes);

private:
    CsvEncoding m_encoding;
    QStringDecoder m_decoder;
    bool m_useTable = false;
};
