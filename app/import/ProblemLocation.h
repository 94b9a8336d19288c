// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RowProblem.h"

#include <QCoreApplication>
#include <QString>

// Where a problem is, for people: a CSV file's line and column number, or a workbook's
// cell as Excel names it (Sheet1!C5, 'My sheet'!C5).
class ProblemLocation
{
    Q_DECLARE_TR_FUNCTIONS(ProblemLocation)
public:
    // "line 5, column 3 (email)", "line 5"; with a sheet: "Sheet1!C5 (email)", "Sheet1!5".
    static QString text(const RowProblem &problem, const QString &sheet);
    // Sheet1!C5, or Sheet1!5 for the whole row (column 0).
    static QString cell(const QString &sheet, qint64 row, int column);
};
