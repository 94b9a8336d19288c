// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DuplicateIndex.h"

#include <algorithm>
#include <thread>

void DuplicateIndex::reserve(size_t rows)
{
    // Pages reserved and never written are not resident: an overestimate costs nothing.
    for (std::vector<Key> &bucket : m_buckets)
        bucket.reserve(rows / m_buckets.size() + rows / m_buckets.size() / 8 + 16);
}

void DuplicateIndex::append(DuplicateIndex &&other, qint64 offset)
{
    for (size_t b = 0; b < m_buckets.size(); ++b) {
        std::vector<Key> &from = other.m_buckets[b];
        if (m_buckets[b].empty() && offset == 0) {
            m_buckets[b].swap(from);
            continue;
        }
        m_buckets[b].reserve(m_buckets[b].size() + from.size());
        for (const Key &k : from)
            m_buckets[b].push_back({k.h1, k.h2, k.entry + offset});
        std::vector<Key>().swap(from);
    }
}

void DuplicateIndex::resolve(std::vector<bool> &superseded, qint64 *duplicateIds,
                             qint64 *supersededRows)
{
    // A bucket's keys are in entry order: read from its last, a key already in a table of
    // the bucket's keys has a later row. The tables hold indices into the bucket, by the
    // first hash's low bits (its top byte chose the bucket), and fit in the cache.
    struct Found
    {
        qint64 ids = 0;
        std::vector<qint64> superseded;
    };
    const auto resolveRange = [this](size_t from, size_t to, Found *found) {
        std::vector<qint32> table;
        for (size_t b = from; b < to; ++b) {
            std::vector<Key> &keys = m_buckets[b];
            size_t slots = 16;
            while (slots < keys.size() * 2)
                slots *= 2;
            table.assign(slots, -1);
            const size_t mask = slots - 1;
            std::vector<bool> counted(keys.size(), false);
            for (size_t i = keys.size(); i-- > 0;) {
                const Key &k = keys[i];
                for (size_t s = size_t(k.h1) & mask;; s = (s + 1) & mask) {
                    const qint32 at = table[s];
                    if (at < 0) {
                        table[s] = qint32(i);
                        break;
                    }
                    if (keys[size_t(at)].h1 == k.h1 && keys[size_t(at)].h2 == k.h2) {
                        found->superseded.push_back(k.entry);
                        if (!counted[size_t(at)]) {
                            counted[size_t(at)] = true;
                            ++found->ids;
                        }
                        break;
                    }
                }
            }
            std::vector<Key>().swap(keys);
        }
    };
    size_t total = 0;
    for (const std::vector<Key> &bucket : m_buckets)
        total += bucket.size();
    const size_t half = m_buckets.size() / 2;
    Found low, high;
    std::thread lowThread; // not worth a thread for a small file
    if (total >= 100000)
        lowThread = std::thread(resolveRange, 0, half, &low);
    else
        resolveRange(0, half, &low);
    resolveRange(half, m_buckets.size(), &high);
    if (lowThread.joinable())
        lowThread.join();
    for (const Found *f : {&low, &high}) {
        *duplicateIds += f->ids;
        *supersededRows += qint64(f->superseded.size());
        for (qint64 entry : f->superseded)
            superseded[size_t(entry)] = true;
    }
}
