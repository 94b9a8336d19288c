// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RowProblem.h"

#include <QFile>
#include <QList>
#include <QStringList>

// Rejected rows to CSV (UTF-8 with BOM so Excel opens it right): line, columns, reasons,
// then the row as read. For a workbook's sheet (setSheet() before open()): the row, and
// the cells as Excel names them (Sheet1!C5) instead of the column numbers. Cells that a spreadsheet
// would run as a formula (starting with = + - @ tab or CR) are prefixed with ' so opening the file
// runs nothing.
class RejectsWriter
{
public:
    void setSheet(const QString &sheet) { m_sheet = sheet; }
    bool open(const QString &path, const QStringList &header, QString *error);
    void write(qint64 line, const QList<RowProblem> &problems, const QStringList &fields);
    bool close(QString *error);

    static QString safeCell(const QString &cell);
    static QByteArray csvLine(const QStringList &cells);

private:
    QFile m_file;
    QString m_sheet;
};
