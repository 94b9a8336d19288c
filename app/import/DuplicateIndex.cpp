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

void DuplicateIndex::resolve(std::vector<bool> &superseded, qint64 *duplicateIds,
                             qint64 *supersededRows)
{
    // By hash, then position: within a group of one ID, all but the last are superseded.
    const auto sortRange = [this](size_t from, size_t to) {
        for (size_t b = from; b < to; ++b)
            std::sort(m_buckets[b].begin(), m_buckets[b].end(), [](const Key &x, const Key &y) {
                return x.h1 != y.h1 ? x.h1 < y.h1 : x.h2 != y.h2 ? x.h2 < y.h2 : x.entry < y.entry;
            });
    };
    size_t total = 0;
    for (const std::vector<Key> &bucket : m_buckets)
        total += bucket.size();
    const size_t half = m_buckets.size() / 2;
    std::thread low; // not worth a thread for a small file
    if (total >= 100000)
        low = std::thread(sortRange, 0, half);
    else
        sortRange(0, half);
    sortRange(half, m_buckets.size());
    if (low.joinable())
        low.join();

    for (std::vector<Key> &keys : m_buckets) {
        for (size_t i = 0; i < keys.size();) {
            size_t j = i + 1;
            while (j < keys.size() && keys[j].h1 == keys[i].h1 && keys[j].h2 == keys[i].h2)
                ++j;
            if (j - i > 1) {
                ++*duplicateIds;
                for (size_t k = i; k + 1 < j; ++k)
                    superseded[size_t(keys[k].entry)] = true;
                *supersededRows += qint64(j - i - 1);
            }
            i = j;
        }
        std::vector<Key>().swap(keys);
    }
}
