#include "TextDecoder.h"

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
} // namespace

TextDecoder::TextDecoder(CsvEncoding encoding)
    : m_encoding(encoding)
    , m_decoder(makeDecoder(encoding))
{
    m_useTable = encoding == CsvEncoding::Windows1252 && !m_decoder.isValid();
}

void TextDecoder::appendTo(QString &out, QByteArrayView bytes)
{
    if (m_useTable) {
        decodeWindows1252(out, bytes);
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + m_decoder.requiredSpace(bytes.size()));
    QChar *end = m_decoder.appendToBuffer(out.data() + start, bytes);
    out.resize(end - out.constData());
}

bool TextDecoder::hasError() const
{
    return !m_useTable && m_decoder.hasError();
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
