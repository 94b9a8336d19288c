// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <vector>

// Every entry of a checked file, in the order of its request bodies (duplicates resolved):
// its install ID, a 64-bit hash of the entry as sent (ID, attributes, tags) and the entry's
// size in bytes without its action. What a sync compares with the baseline, and what
// becomes the baseline once Batch verified the upload.
struct EntryDigests
{
    QByteArrayList ids; // UTF-8
    std::vector<quint64> hashes;
    std::vector<quint32> sizes;

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
