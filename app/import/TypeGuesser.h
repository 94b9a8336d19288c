// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ColumnMapping.h"

#include <QList>
#include <QStringList>

// Proposes attribute types from sample rows, so the defaults are right for most files:
// a column whose non-empty values are nearly all (90 %) integers becomes int, and so on
// for bool, float, ISO dates and URLs. The few values that do not fit are then reported
// by validation instead of silently turning the whole column into text. One value with a
// leading zero (08104, not 0 or 0.5) makes the column a string: a number would drop it.
class TypeGuesser
{
public:
    static AttributeType guess(const QList<QStringList> &rows, int column);
    // defaultFor(header) with guessed types, and a column named "tags" as a tag column.
    static ColumnMapping suggest(const QStringList &header, const QList<QStringList> &rows);
};
