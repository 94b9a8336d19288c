// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>
#include <array>
#include <vector>

// Finds the valid rows whose ID a later row repeats, through two 64-bit hashes of each ID
// and its position (24 bytes a row; a set of the IDs themselves took ~90). The keys go to
// 256 buckets by their first hash's top byte, so that each bucket is resolved on its own,
// through a hash table small enough to stay in the cache, half of them on a thread of its
// own. Sorting one vector of the 1M keys took 60 ms at the end of the import with the other
// core idle, sorting each bucket 22 ms on two threads, the tables 5 ms.
class DuplicateIndex
{
public:
    void reserve(size_t rows);
    // In entry order: the last key added of an ID is the row kept.
    void add(quint64 h1, quint64 h2, qint64 entry)
    {
        m_buckets[size_t(h1 >> 56)].push_back({h1, h2, entry});
    }
    // Takes the keys of `other`, whose entries are numbered from `offset` on here.
    void append(DuplicateIndex &&other, qint64 offset);
    // Flags every entry but the last of each ID in `superseded` (sized to the entries),
    // counts the IDs repeated and the rows superseded, and frees the keys.
    void resolve(std::vector<bool> &superseded, qint64 *duplicateIds, qint64 *supersededRows);

private:
    struct Key
    {
        quint64 h1;
        quint64 h2;
        qint64 entry; // index among valid rows
    };
    std::array<std::vector<Key>, 256> m_buckets;
};
