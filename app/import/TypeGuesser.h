// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ColumnMapping.h"

#include <QList>
#include <QStringList>

// Proposes attribute types from sample rows, so the defaults are right for most files:
// a column whose non-empty values are nearly all (90 %) integers becomes int, and so on
// for bool, float, dates and URLs. The few values that do not fit are then reported
// by validation instead of silently turning the whole column into text. One value with a
// leading zero (08104, not 0 or 0.5) makes the column a string: a number would drop it.
// Dates: ISO 8601 (2024-03-01, 2024-03-01 14:05:00), else d/M/y or d.M.y with a four-digit
// year and an optional time, as a Qt format: day first unless a middle field above 12
// says the month comes first (12/31/2024); a first field above 12 confirms day first.
// Numbers with a decimal comma (12,50) are floats with ValueConverter's decimalComma,
// unless every comma is followed by exactly three digits (1,250 may be a thousand).
class TypeGuesser
{
public:
    struct Guess
    {
        AttributeType type = AttributeType::String;
        QString dateFormat; // for Date: empty is ISO 8601
        bool decimalComma = false; // for Float
        QString sample; // the first value that fits the guess (what the user sees)
    };

    static Guess guessColumn(const QList<QStringList> &rows, int column);
    static AttributeType guess(const QList<QStringList> &rows, int column);
    // A Qt format for the column's non-ISO dates; empty when they have no common shape.
    static QString dateFormatOf(const QList<QStringList> &rows, int column);
    // The first `count` distinct non-empty values of the column.
    static QStringList samples(const QList<QStringList> &rows, int column, int count = 3);
    // defaultFor(header) with guessed types and date formats, decimalComma when a column
    // needs it (and none has decimal points), and a column named "tags" as a tag column.
    static ColumnMapping suggest(const QStringList &header, const QList<QStringList> &rows);
};
