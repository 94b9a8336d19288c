// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "csv/CsvFormat.h"

#include <QList>
#include <QStringList>

// The start of a CSV file (or of a workbook's sheet) as the Format page shows it: detected
// (or requested) format, header, the first rows, and a row estimate from the average
// record size. Read in a
// worker thread (QtConcurrent): it never touches more than the first rows.
struct CsvPreview
{
    bool ok = false;
    QString error; // unreadable, or not a text file at all (a workbook, an image...)
    CsvFormat format;
    QStringList header;
    QList<QStringList> rows;
    QStringList rowIssues; // parallel to rows: empty or the structural problem
    qint64 fileSize = 0;
    qint64 estimatedRows = 0;
    QStringList sheets; // an Excel workbook's sheets (format.sheet is the one read); empty for CSV

    static CsvPreview read(const QString &path, const CsvFormat &requested, int maxRows = 100);
};
