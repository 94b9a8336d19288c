// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <algorithm>
#include <vector>

// Every entry of a checked file, in the order of its request bodies (duplicates resolved):
// its install ID, a 64-bit hash of the entry as sent (ID, attributes, tags) and the entry's
// size in bytes without its action. What a sync compares with the baseline, and what
// becomes the baseline once Batch verified the upload. The IDs are kept end to end in one
// buffer (about 30 bytes per ID in all, where a QByteArray each took about 90).
struct EntryDigests
{
    QByteArray idText; // every ID, UTF-8, end to end
    std::vector<qint64> idEnds; // where each ID ends in idText
    std::vector<quint64> hashes;
    std::vector<quint32> sizes;

    qsizetype size() const { return qsizetype(idEnds.size()); }
    QByteArrayView id(qsizetype i) const
    {
        const qint64 start = i == 0 ? 0 : idEnds[size_t(i - 1)];
        return QByteArrayView(idText.constData() + start, idEnds[size_t(i)] - start);
    }
    void append(QByteArrayView id, quint64 hash, quint32 size)
    {
        const qsizetype at = idText.size(); // not append(): its insert() showed in profiles
        idText.resize(at + id.size());
        std::copy(id.begin(), id.end(), idText.data() + at);
        idEnds.push_back(idText.size());
        hashes.push_back(hash);
        sizes.push_back(size);
    }

    // FNV-1a, 64 bits: stable across runs, machines and Qt versions (stored in baselines).
    static constexpr quint64 basis = 0xcbf29ce484222325ull, prime = 0x100000001b3ull;
    // `start`: the hash of what comes before `data` (an entry read back as "{" and its rest).
    static quint64 hash(const char *data, qsizetype size, quint64 start = basis)
    {
        quint64 h = start;
        for (qsizetype i = 0; i < size; ++i) {
            h ^= quint8(data[i]);
            h *= prime;
        }
        return h;
    }
    // The same hash of four entries at once, interleaved: each byte waits for the previous
    // byte's multiply, so one entry at a time ran at the multiply's latency (17 % of the
    // CPU of a wizard's check of 1M rows); four side by side overlap their multiplies.
    static void hash4(const char *const data[4], const qsizetype size[4], quint64 out[4],
                      quint64 start = basis)
    {
        quint64 h0 = start, h1 = start, h2 = start, h3 = start;
        const qsizetype common = std::min(std::min(size[0], size[1]), std::min(size[2], size[3]));
        for (qsizetype i = 0; i < common; ++i) {
            h0 = (h0 ^ quint8(data[0][i])) * prime;
            h1 = (h1 ^ quint8(data[1][i])) * prime;
            h2 = (h2 ^ quint8(data[2][i])) * prime;
            h3 = (h3 ^ quint8(data[3][i])) * prime;
        }
        quint64 h[4] = {h0, h1, h2, h3};
        for (int k = 0; k < 4; ++k) {
            for (qsizetype i = common; i < size[k]; ++i)
                h[k] = (h[k] ^ quint8(data[k][i])) * prime;
            out[k] = h[k];
        }
    }
};
