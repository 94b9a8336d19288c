// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Why a row was rejected (or, with warning set, what was noticed in a kept row).
struct RowProblem
{
    qint64 line = 0; // physical line in the file
    int column = 0; // 1-based; 0 for the whole row
    QString columnName; // header name when there is one
    QString reason;
    bool warning = false;
};
