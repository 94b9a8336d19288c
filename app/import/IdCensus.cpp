// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IdCensus.h"

#include "DuplicateIndex.h"
#include "csv/CsvReader.h"

#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <algorithm>
#include <cstring>
#include <thread>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {
constexpr size_t seed1 = 0x9E3779B97F4A7C15ull, seed2 = 0xC2B2AE3D27D4EB4Full;

// Where the first of a, b or c is from i on, or end: sixteen bytes at a time with SSE2.
qint64 findAny(const char *d, qint64 i, qint64 end, char a, char b, char c)
{
#ifdef __SSE2__
    const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
    while (i + 16 <= end) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                                         _mm_cmpeq_epi8(v, vc));
        if (const int mask = _mm_movemask_epi8(hit))
            return i + qCountTrailingZeroBits(uint(mask));
        i += 16;
    }
#endif
    while (i < end && d[i] != a && d[i] != b && d[i] != c)
        ++i;
    return i;
}

// One part of the file: the records that start in [from, limit), each as its ID's hashes.
class PartReader
{
public:
    PartReader(const char *data, qint64 size, const IdCensus::Input &input)
        : d(data)
        , n(size)
        , m_delimiter(input.delimiter)
        , m_idColumn(input.idColumn)
    { }

    // False when a record is not read as CsvReader reads it.
    bool read(qint64 from, qint64 limit, bool skipFirst, const std::atomic<bool> *cancel)
    {
        qint64 i = from;
        m_released = from;
        bool first = true;
        for (;;) {
            while (i < n && (d[i] == '\n' || d[i] == '\r'))
                ++i; // empty lines are no records
            if (first)
                begin = i;
            if (i >= limit || i >= n)
                break;
            if (!record(i))
                return false;
            if (first && skipFirst) {
                first = false;
                continue; // the header
            }
            first = false;
            keys.add(quint64(qHash(QByteArrayView(m_id), seed1)),
                     quint64(qHash(QByteArrayView(m_id), seed2)), count++);
            if ((count & 0xFFFF) == 0) {
                if (cancel && cancel->load())
                    return false;
                release(i);
            }
        }
        end = i;
        return true;
    }

    DuplicateIndex keys;
    qint64 count = 0;
    qint64 begin = 0; // where the first record starts
    qint64 end = 0; // where the record after the last one read starts (or the file's end)

private:
    // The mapped pages read so far leave the process's resident memory (the page cache keeps
    // them): mapped whole, the 897 MB of 10M rows counted in the import's peak RSS.
    void release(qint64 upTo)
    {
#ifdef Q_OS_UNIX
        static const qint64 page = ::sysconf(_SC_PAGESIZE);
        const qint64 from = (m_released + page - 1) / page * page, to = upTo / page * page;
        if (to - from >= (16 << 20)) {
            ::madvise(const_cast<char *>(d) + from, size_t(to - from), MADV_DONTNEED);
            m_released = to;
        }
#else
        Q_UNUSED(upTo);
#endif
    }

    // One quoted field from d[i] == '"'; its text in m_scratch when `keep`. False when text
    // follows the closing quote (CsvReader keeps it in the field: left to the check).
    bool quoted(qint64 &i, bool keep)
    {
        ++i;
        for (;;) {
            const void *hit = std::memchr(d + i, '"', size_t(n - i));
            const qint64 q = hit ? static_cast<const char *>(hit) - d : n;
            // Past CsvReader's longest field the row is refused: what is kept of it no matter.
            keep = keep && m_scratch.size() <= CsvReader::maxFieldLength;
            if (keep)
                m_scratch.append(d + i, q - i);
            if (q >= n) { // the file ends inside the quotes
                i = n;
                return true;
            }
            if (q + 1 < n && d[q + 1] == '"') {
                if (keep)
                    m_scratch.append('"');
                i = q + 2;
                continue;
            }
            i = q + 1;
            return i >= n || d[i] == m_delimiter || d[i] == '\n' || d[i] == '\r';
        }
    }

    // One record from its first byte; i ends after its line end. m_id is its ID field.
    bool record(qint64 &i)
    {
        m_id = {};
        int column = 0;
        for (;;) {
            if (i < n && d[i] == '"') {
                const bool keep = column == m_idColumn;
                if (keep)
                    m_scratch.resize(0); // its memory kept for the next
                if (!quoted(i, keep))
                    return false;
                if (keep)
                    m_id = QByteArrayView(m_scratch).trimmed();
            } else {
                const qint64 e = findAny(d, i, n, m_delimiter, '\n', '\r');
                if (column == m_idColumn)
                    m_id = QByteArrayView(d + i, e - i).trimmed();
                i = e;
            }
            if (i < n && d[i] == m_delimiter) {
                ++i;
                if (++column > m_idColumn && !rest(i))
                    return true; // the line's end was found past the ID with no quote
                continue;
            }
            break;
        }
        lineEnd(i);
        return true;
    }

    // Past the ID field: where no quote is left on the line, its end is the record's end
    // (i is moved past it and false returned); else true, the fields read one by one.
    bool rest(qint64 &i)
    {
        const qint64 e = findAny(d, i, n, '\n', '\r', '"');
        if (e < n && d[e] == '"')
            return true;
        i = e;
        lineEnd(i);
        return false;
    }

    void lineEnd(qint64 &i) const // CRLF, CR or LF
    {
        if (i < n && d[i] == '\r') {
            if (++i < n && d[i] == '\n')
                ++i;
        } else if (i < n && d[i] == '\n') {
            ++i;
        }
    }

    const char *d;
    qint64 n;
    char m_delimiter;
    int m_idColumn;
    QByteArrayView m_id;
    qint64 m_released = 0;
    QByteArray m_scratch;
};

} // namespace

std::vector<bool> IdCensus::laterRepeats(const Input &input, const std::atomic<bool> *cancel,
                                         int threads)
{
    const char delimiter = input.delimiter;
    if (input.idColumn < 0 || delimiter == '"' || delimiter == '\n' || delimiter == '\r'
        || uchar(delimiter) >= 0x80)
        return {};
    QFile file(input.path);
    if (!file.open(QIODevice::ReadOnly) || file.size() <= input.dataStart)
        return {};
    const qint64 size = file.size();
    const uchar *mapped = file.map(0, size);
    if (!mapped)
        return {};
    const char *d = reinterpret_cast<const char *>(mapped);

    // Part k starts after the first line feed past its share of the file; a part whose last
    // record runs over the next one's start (a quoted line break there) spoils the census.
    std::vector<qint64> starts {input.dataStart};
    for (int k = 1; k < std::max(1, threads); ++k) {
        const qint64 at = input.dataStart + (size - input.dataStart) * k / threads;
        const void *lf = std::memchr(d + at, '\n', size_t(size - at));
        const qint64 start = lf ? static_cast<const char *>(lf) - d + 1 : size;
        if (start > starts.back() && start < size)
            starts.push_back(start);
    }
    std::vector<PartReader> parts;
    parts.reserve(starts.size());
    // Rows from the first 64 KB's lines, so that the keys are allocated once: the first
    // part's buckets take the others' keys at the end, without copying its own again.
    const qint64 sample = std::min<qint64>(size - input.dataStart, 64 << 10);
    const qint64 lines
        = std::max<qint64>(1, std::count(d + input.dataStart, d + input.dataStart + sample, '\n'));
    const double rowsPerByte = double(lines) / double(sample) * 1.1;
    for (size_t k = 0; k < starts.size(); ++k) {
        parts.emplace_back(d, size, input);
        const qint64 bytes
            = k == 0 ? size : (k + 1 < starts.size() ? starts[k + 1] : size) - starts[k];
        parts.back().keys.reserve(size_t(double(bytes) * rowsPerByte) + 16);
    }
    std::vector<char> ok(starts.size(), 0);
    auto readPart = [&](size_t k) {
        const qint64 limit = k + 1 < starts.size() ? starts[k + 1] : size;
        ok[k] = parts[k].read(starts[k], limit, k == 0 && input.hasHeader, cancel);
    };
    std::vector<std::thread> workers;
    for (size_t k = 1; k < starts.size(); ++k)
        workers.emplace_back(readPart, k);
    readPart(0);
    for (std::thread &t : workers)
        t.join();
    // A part reads on until a record starts at or past the next part's start: that is the
    // next part's first record, unless a record ran over the start (quoted line breaks).
    for (size_t k = 0; k < starts.size(); ++k) {
        if (!ok[k] || (k + 1 < starts.size() && parts[k].end != parts[k + 1].begin))
            return {};
    }
    DuplicateIndex all;
    qint64 records = 0;
    for (PartReader &part : parts) {
        all.append(std::move(part.keys), records);
        records += part.count;
    }
    std::vector<bool> later(size_t(records), false);
    qint64 repeated = 0, superseded = 0;
    all.resolve(later, &repeated, &superseded);
    return later;
}
