// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvReader.h"

#include "DelimiterSniffer.h"
#include "EncodingDetector.h"
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <algorithm>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

// Why not libcsv: it tokenizes bytes and copies every field into its own buffer through
// callbacks, knows nothing of encodings and reports no line numbers. Reading decoded
// UTF-16 and handing out views lets unquoted fields (nearly all of them) cost no copy,
// and keeps physical line numbers for every error we report.

namespace {
constexpr qint64 chunkSize = 1 << 20;

// Skips the characters of an unquoted field that need no look (none of: the delimiter, a
// line end, a quote, NUL, a low surrogate), eight at a time with SSE2 where there is SSE2,
// up to `end`; returns where a character needing a look is, or where the run stopped short
// of 8 before `end` (the caller looks at the rest one by one). Hand-written: this scan was
// the reading thread's largest cost (14 % of the import of 1M rows, the reader being the
// slowest stage once checking ran on two cores), and Qt has no public scan for a set.
qsizetype skipPlain(const QChar *data, qsizetype i, qsizetype end, QChar delimiter)
{
#ifdef __SSE2__
    const __m128i delim = _mm_set1_epi16(short(delimiter.unicode()));
    const __m128i lf = _mm_set1_epi16('\n'), cr = _mm_set1_epi16('\r'), quote = _mm_set1_epi16('"');
    const __m128i zero = _mm_setzero_si128();
    const __m128i surrogateMask = _mm_set1_epi16(short(0xFC00)),
                  lowSurrogate = _mm_set1_epi16(short(0xDC00));
    while (i + 8 <= end) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        __m128i special = _mm_or_si128(_mm_cmpeq_epi16(v, delim), _mm_cmpeq_epi16(v, lf));
        special = _mm_or_si128(special, _mm_cmpeq_epi16(v, cr));
        special = _mm_or_si128(special, _mm_cmpeq_epi16(v, quote));
        special = _mm_or_si128(special, _mm_cmpeq_epi16(v, zero));
        special
            = _mm_or_si128(special, _mm_cmpeq_epi16(_mm_and_si128(v, surrogateMask), lowSurrogate));
        const int mask = _mm_movemask_epi8(special);
        if (mask != 0)
            return i + qCountTrailingZeroBits(uint(mask)) / 2;
        i += 8;
    }
#else
    Q_UNUSED(data);
    Q_UNUSED(end);
    Q_UNUSED(delimiter);
#endif
    return i;
}
constexpr qint64 sampleSize = 64 * 1024;

struct Span
{
    bool inScratch;
    qsizetype offset; // from the record start in the buffer, or in the scratch
    qsizetype length;
};
} // namespace

struct CsvReader::Private
{
    QIODevice *device = nullptr;
    std::unique_ptr<QFile> file;
    QString error;
    CsvFormat format;
    bool formatSet = false;
    bool refused = false; // not text, or a header past the limits: see error
    bool readingHeader = false;
    bool oversized = false; // the last record went past maxFieldLength or maxRecordLength
    qint64 dataStart = 0; // after the BOM
    qint64 total = -1;

    TextDecoder decoder;
    QString buf;
    qsizetype pos = 0;
    bool deviceDone = false;
    qint64 line = 1;
    qint64 index = 0;
    QStringList header;
    int expected = 0;
    bool started = false;

    QString scratch;
    QList<Span> spans;
    qsizetype recStart = 0;

    // Makes buf[i] readable if the file has more; false at the true end. Only appends:
    // indices stay valid while a record is read (readRecord compacts before starting).
    bool more(qsizetype i)
    {
        while (i >= buf.size() && !deviceDone) {
            // Never ask for more than is left: a 1 MiB buffer per small file is waste.
            const qint64 left = total >= 0 ? total - device->pos() : chunkSize;
            const QByteArray bytes = device->read(std::clamp<qint64>(left, 1, chunkSize));
            if (bytes.isEmpty()) {
                deviceDone = true;
                decoder.finish(buf);
            } else {
                decoder.appendTo(buf, bytes);
            }
        }
        return i < buf.size();
    }

    bool readRecord(CsvRecord &record);
    void start();
    void keepPrefixes(QStringView current);
    void skipRest(qsizetype &i, bool inQuotes, QChar delimiter);
    // Why buf[i] cannot be read as text (a NUL, a byte that is not UTF-8), or empty.
    QString badCharacter(qsizetype i) const
    {
        const QChar c = buf.at(i);
        if (c.unicode() == 0)
            return tr("NUL byte in a field");
        if (!c.isLowSurrogate() || (i > 0 && buf.at(i - 1).isHighSurrogate()))
            return {};
        const int byte = TextDecoder::escapedByte(c);
        if (byte >= 0 && format.encoding == CsvEncoding::Utf8)
            return tr("byte 0x%1 is not valid UTF-8 (is the file in another encoding?)")
                .arg(QString::number(byte, 16).toUpper());
        return tr("a broken UTF-16 character (an unpaired surrogate)");
    }
    static bool mayBeBad(QChar c) { return c.unicode() == 0 || c.isLowSurrogate(); }
};

void CsvReader::Private::start()
{
    device->seek(dataStart);
    decoder = TextDecoder(format.encoding);
    buf.clear();
    pos = 0;
    recStart = 0;
    deviceDone = false;
    line = 1;
    index = 0;
    started = true;
    header.clear();
    expected = 0;
    if (format.hasHeader) {
        CsvRecord h;
        readingHeader = true;
        const bool read = readRecord(h);
        readingHeader = false;
        if (read && h.hasIssue && oversized) {
            // Column names of megabytes: not a CSV file to map.
            refused = true;
            error = tr("The header (line %1) cannot be read: %2.")
                        .arg(h.issue.line)
                        .arg(h.issue.reason);
            return;
        }
        if (read) {
            header = h.toStringList();
            expected = int(header.size());
        }
    }
}

// The record went past a limit: what was read of it is cut to a short start per field (for
// the rejects file); `current` is the field being read, if any.
void CsvReader::Private::keepPrefixes(QStringView current)
{
    constexpr qsizetype kept = 100; // characters per field
    constexpr qsizetype keptFields = 10000;
    QString prefixes;
    QList<Span> keptSpans;
    auto add = [&](QStringView field) {
        const qsizetype offset = prefixes.size();
        prefixes.append(field.left(kept));
        if (field.size() > kept)
            prefixes.append(QChar(0x2026)); // …
        keptSpans.append({true, offset, prefixes.size() - offset});
    };
    for (const Span &sp : std::as_const(spans)) {
        if (keptSpans.size() == keptFields)
            break;
        add(sp.inScratch ? QStringView(scratch).mid(sp.offset, sp.length)
                         : QStringView(buf).mid(recStart + sp.offset, sp.length));
    }
    if (!current.isNull() && keptSpans.size() < keptFields)
        add(current);
    scratch = std::move(prefixes);
    spans = std::move(keptSpans);
}

// Reads on to the end of the record as readRecord() would, keeping nothing: a quote opens
// a quoted field only at its start, doubled quotes inside stay inside. What is passed is
// dropped from the buffer as it goes, so memory stays bounded whatever the record's size.
void CsvReader::Private::skipRest(qsizetype &i, bool inQuotes, QChar delimiter)
{
    bool atFieldStart = false;
    for (;;) {
        if (i >= chunkSize) {
            buf.remove(0, i); // nothing of this record is kept in buf any more
            recStart = i = 0;
        }
        if (!more(i))
            return;
        const QChar c = buf.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (more(i + 1) && buf.at(i + 1) == u'"') {
                    i += 2;
                    continue;
                }
                inQuotes = false;
            } else if (c == u'\n' || (c == u'\r' && !(more(i + 1) && buf.at(i + 1) == u'\n'))) {
                ++line; // a lone CR ends a line; CRLF counts at its LF
            }
            ++i;
            atFieldStart = false;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            ++i, ++line;
            if (c == u'\r' && more(i) && buf.at(i) == u'\n')
                ++i;
            return;
        }
        if (c == u'"' && atFieldStart)
            inQuotes = true;
        atFieldStart = c == delimiter;
        ++i;
    }
}

bool CsvReader::Private::readRecord(CsvRecord &record)
{
    const QChar delimiter = format.delimiter.isNull() ? QLatin1Char(',') : format.delimiter;
    if (pos >= chunkSize) {
        // The previous record's views die here (documented): drop what was consumed.
        buf.remove(0, pos);
        pos = 0;
    }
    qsizetype i = pos;
    oversized = false;
    // Skip empty lines; their line numbers still count.
    for (;;) {
        if (i >= chunkSize) { // a file of blank lines: no need to keep them
            buf.remove(0, i);
            i = 0;
        }
        if (!more(i))
            return false;
        const QChar c = buf.at(i);
        if (c == u'\n') {
            ++i, ++line;
        } else if (c == u'\r') {
            ++i, ++line;
            if (more(i) && buf.at(i) == u'\n')
                ++i;
        } else {
            break;
        }
        recStart = i;
    }
    recStart = i;
    record.line = line;
    record.hasIssue = false;
    record.issue = {};
    record.hasWarning = false;
    record.warning = {};
    spans.clear();
    scratch.clear();
    auto flag = [&record](qint64 atLine, int column, const QString &reason) {
        if (record.hasIssue)
            return; // the first problem of a record is the one reported
        record.hasIssue = true;
        record.issue = {atLine, column, reason};
    };
    // Past a limit, the row is refused for that and the rest of it skipped, unread.
    auto overflow
        = [&](qint64 atLine, int col, const QString &reason, QStringView current, bool inQuotes) {
              record.hasIssue = false; // the size is what the row is refused for
              flag(atLine, col, reason);
              oversized = true;
              keepPrefixes(current);
              if (!readingHeader) // a header past the limits refuses the file: no need to go on
                  skipRest(i, inQuotes, delimiter);
          };
    auto endOfLine = [&](qsizetype &at) {
        if (buf.at(at) == u'\r') {
            ++at;
            if (more(at) && buf.at(at) == u'\n')
                ++at;
        } else {
            ++at;
        }
        ++line;
    };

    for (;;) {
        const int column = int(spans.size()) + 1;
        if (!more(i)) { // after a delimiter at the very end: an empty last field
            spans.append({false, i - recStart, 0});
            break;
        }
        if (buf.at(i) == u'"') {
            const qint64 openLine = line;
            const qsizetype s0 = scratch.size();
            ++i;
            bool closed = false;
            while (scratch.size() - s0 <= maxFieldLength && more(i)) {
                const QChar c = buf.at(i);
                if (c == u'"') {
                    qsizetype j = i + 1;
                    if (more(j) && buf.at(j) == u'"') {
                        scratch.append(QLatin1Char('"'));
                        i = j + 1;
                        continue;
                    }
                    i = j;
                    closed = true;
                    break;
                }
                if (c == u'\n')
                    ++line;
                else if (c == u'\r') {
                    qsizetype j = i + 1;
                    if (!(more(j) && buf.at(j) == u'\n'))
                        ++line; // a lone CR ends a line; CRLF counts at its LF
                } else if (mayBeBad(c)) {
                    if (const QString why = badCharacter(i); !why.isEmpty())
                        flag(line, column, why);
                }
                scratch.append(c);
                ++i;
            }
            if (scratch.size() - s0 > maxFieldLength) {
                overflow(openLine, column, tr("a field longer than 1 MB"),
                         QStringView(scratch).mid(s0), !closed);
                break;
            }
            if (!closed) {
                flag(openLine, column,
                     tr("the file ends inside a quoted field opened on line %1").arg(openLine));
                spans.append({true, s0, scratch.size() - s0});
                break;
            }
            // After the closing quote: a delimiter, a line end or the end of file.
            if (more(i) && buf.at(i) != delimiter && buf.at(i) != u'\n' && buf.at(i) != u'\r') {
                flag(line, column, tr("text after the closing quote"));
                // Keep the stray text in the field so nothing is lost.
                while (more(i) && buf.at(i) != delimiter && buf.at(i) != u'\n' && buf.at(i) != u'\r'
                       && scratch.size() - s0 <= maxFieldLength)
                    scratch.append(buf.at(i++));
                if (scratch.size() - s0 > maxFieldLength) {
                    overflow(openLine, column, tr("a field longer than 1 MB"),
                             QStringView(scratch).mid(s0), false);
                    break;
                }
            }
            spans.append({true, s0, scratch.size() - s0});
        } else {
            const qsizetype f0 = i;
            while (i - f0 <= maxFieldLength && more(i)) {
                i = skipPlain(buf.constData(), i, std::min(buf.size(), f0 + maxFieldLength + 1),
                              delimiter);
                if (i - f0 > maxFieldLength || !more(i))
                    break;
                const QChar c = buf.at(i);
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                if (c == u'"' && !record.hasWarning) {
                    record.hasWarning = true;
                    record.warning
                        = {line, column, tr("a quote inside an unquoted field (kept as text)")};
                } else if (mayBeBad(c)) {
                    if (const QString why = badCharacter(i); !why.isEmpty())
                        flag(line, column, why);
                }
                ++i;
            }
            if (i - f0 > maxFieldLength) {
                overflow(line, column, tr("a field longer than 1 MB"),
                         QStringView(buf).mid(f0, i - f0), false);
                break;
            }
            spans.append({false, f0 - recStart, i - f0});
        }
        if (i - recStart > maxRecordLength) {
            overflow(record.line, 0, tr("a row longer than 16 MB"), {}, false);
            break;
        }
        if (spans.size() > maxFieldCount) { // each costs far more memory than its delimiter
            overflow(record.line, 0,
                     tr("a row of more than %1 fields").arg(QLocale::c().toString(maxFieldCount)),
                     {}, false);
            break;
        }
        if (!more(i))
            break;
        if (buf.at(i) == delimiter) {
            ++i;
            continue;
        }
        endOfLine(i);
        break;
    }
    pos = i;

    record.fields.resize(spans.size());
    for (qsizetype k = 0; k < spans.size(); ++k) {
        const Span &s = spans.at(k);
        record.fields[k] = s.inScratch ? QStringView(scratch).mid(s.offset, s.length)
                                       : QStringView(buf).mid(recStart + s.offset, s.length);
    }
    return true;
}

CsvReader::CsvReader()
    : d(std::make_unique<Private>())
{ }

CsvReader::~CsvReader() = default;

bool CsvReader::open(const QString &path)
{
    d->file = std::make_unique<QFile>(path);
    if (!d->file->open(QIODevice::ReadOnly)) {
        d->error = tr("Cannot read %1: %2").arg(path, d->file->errorString());
        return false;
    }
    return open(d->file.get());
}

bool CsvReader::open(QIODevice *device)
{
    d->device = device;
    d->total = device->isSequential() ? -1 : device->size();
    d->started = false;
    d->formatSet = false;
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly)) {
        d->error = tr("Cannot read the file: %1").arg(device->errorString());
        return false;
    }
    return true;
}

QString CsvReader::errorString() const
{
    return d->error;
}

CsvFormat CsvReader::detect(const CsvFormat &requested)
{
    CsvFormat format = requested;
    d->device->seek(0);
    const QByteArray sample = d->device->peek(sampleSize);
    const bool whole = d->total >= 0 && sample.size() >= d->total;
    if (format.encoding == CsvEncoding::Auto) {
        const auto detected = EncodingDetector::detect(sample, whole);
        format.encoding = detected.encoding;
    }
    const int bom = EncodingDetector::bomLength(sample, format.encoding);
    format.hasBom = bom > 0;
    const bool utf16
        = format.encoding == CsvEncoding::Utf16LE || format.encoding == CsvEncoding::Utf16BE;
    if (format.delimiter.isNull() && EncodingDetector::binaryKind(sample, utf16).isEmpty()) {
        QString text;
        TextDecoder decoder(format.encoding);
        decoder.appendTo(text, QByteArrayView(sample).sliced(bom));
        if (!whole) { // drop a partial last line
            const qsizetype cut = std::max(text.lastIndexOf(QLatin1Char('\n')),
                                           text.lastIndexOf(QLatin1Char('\r')));
            if (cut > 0)
                text.truncate(cut);
        }
        format.delimiter = DelimiterSniffer::sniff(text);
    }
    setFormat(format);
    return format;
}

void CsvReader::setFormat(const CsvFormat &format)
{
    d->format = format;
    if (d->format.encoding == CsvEncoding::Auto)
        d->format.encoding = CsvEncoding::Utf8;
    if (d->format.delimiter.isNull())
        d->format.delimiter = QLatin1Char(',');
    d->device->seek(0);
    const QByteArray sample = d->device->peek(sampleSize);
    const int bom = EncodingDetector::bomLength(sample, d->format.encoding);
    d->format.hasBom = bom > 0;
    d->dataStart = bom;
    d->formatSet = true;
    // Refused up front, whatever the encoding asked: a workbook or an image read as text
    // gives rows of garbage that may even pass as IDs.
    const bool utf16
        = d->format.encoding == CsvEncoding::Utf16LE || d->format.encoding == CsvEncoding::Utf16BE;
    const QString kind = EncodingDetector::binaryKind(sample, utf16);
    d->refused = !kind.isEmpty();
    if (d->refused) {
        d->error
            = tr("This is not a text file: it looks like %1. Export it as CSV first.").arg(kind);
        d->header.clear();
        d->expected = 0;
        d->started = false;
        return;
    }
    d->start();
}

CsvFormat CsvReader::format() const
{
    return d->format;
}

QStringList CsvReader::header() const
{
    return d->header;
}

int CsvReader::expectedFieldCount() const
{
    return d->expected;
}

bool CsvReader::next(CsvRecord &record)
{
    if (!d->formatSet)
        detect();
    if (d->refused || !d->readRecord(record))
        return false;
    record.index = d->index++;
    if (d->expected == 0 && !d->oversized) // a refused huge row tells nothing of the others
        d->expected = int(record.fields.size());
    else if (!record.hasIssue && record.fields.size() != d->expected) {
        record.hasIssue = true;
        record.issue
            = {record.line, 0,
               tr("expected %1 fields, found %2").arg(d->expected).arg(record.fields.size())};
    }
    return true;
}

qint64 CsvReader::bytesRead() const
{
    return d->device ? d->device->pos() : 0;
}

qint64 CsvReader::totalBytes() const
{
    return d->total;
}

bool CsvReader::isRefused() const
{
    return d->refused;
}

void CsvReader::rewind()
{
    if (!d->refused)
        d->start();
}
