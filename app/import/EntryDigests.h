// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
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
        idText.append(id);
        idEnds.push_back(idText.size());
        hashes.push_back(hash);
        sizes.push_back(size);
    }

    // FNV-1a, 64 bits: stable across runs, machines and Qt versions (stored in baselines).
    static quint64 hash(const char *data, qsizetype size)
    {
        quint64 h = 0xcbf29ce484222325ull;
        for (qsizetype i = 0; i < size; ++i) {
            h ^= quint8(data[i]);
            h *= 0x100000001b3ull;
        }
        return h;
    }
};
