// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Tags as Batch wants them: split on the separator, trimmed, lowercased, empty ones
// dropped, duplicates removed (first order kept), each at most 64 characters.
class TagNormalizer
{
public:
    // Adds the cell's tags to `tags`; returns the reason for the first bad tag, or empty.
    static QString addTags(QStringList &tags, QStringView cell, QStringView separator);
    static QString normalize(QStringView tag); // trimmed and lowercased
};
