// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

// Tags as Batch wants them: split on the separator, trimmed, lowercased, empty ones
// dropped, duplicates removed (first order kept), each at most 64 characters.
class TagNormalizer
{
public:
    // Adds the cell's tags to `tags`; returns the reason for the first bad tag, or empty.
    static QString addTags(QStringList &tags, QStringView cell, QStringView separator);
    static QString normalize(QStringView tag); // trimmed and lowercased

    // The same rules on a row's tags, allocating nothing once warm: the row's tags are the
    // first `used` strings of `buffers` (their capacity reused from row to row), after the
    // `fixed` ones (constant tags, already normalized). A QString per tag and per row took
    // a tenth of the checking of a million rows.
    struct RowTags
    {
        QStringList fixed;
        std::vector<QString> buffers;
        qsizetype used = 0;
        bool contains(QStringView tag) const;
    };
    static QString addTags(RowTags &tags, QStringView cell, QStringView separator);
};
