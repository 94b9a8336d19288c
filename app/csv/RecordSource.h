// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CsvFormat.h"
#include "CsvRecord.h"

#include <QStringList>
#include <memory>

// Rows of a table file, one record at a time, whatever the file is: a CSV file (CsvReader)
// or a sheet of an Excel workbook (XlsxReader). ImportJob, CsvPreview and the CLI read
// through this, so both kinds get the same checks, bodies and rejects report.
class RecordSource
{
public:
    virtual ~RecordSource();

    // False with errorString() when the file cannot be opened at all.
    virtual bool open(const QString &path) = 0;
    virtual QString errorString() const = 0;
    // Resolves the format (Auto fields, the sheet) and goes to the first data record. The
    // file may be refused here (not a table, an unknown sheet...): see isRefused().
    virtual CsvFormat detect(const CsvFormat &requested = {}) = 0;
    virtual bool isRefused() const = 0;
    virtual QStringList header() const = 0;
    virtual int expectedFieldCount() const = 0;
    // Next data record; false at the end (or on a read error: see errorString()). For a
    // workbook, record.line is the sheet's row number and issue.column the column's number.
    virtual bool next(CsvRecord &record) = 0;
    virtual qint64 bytesRead() const = 0; // progress, in totalBytes()'s unit
    virtual qint64 totalBytes() const = 0; // -1 when unknown
    virtual void rewind() = 0;

    // A workbook's sheets, and the one being read (after detect()); empty for a CSV file.
    virtual QStringList sheets() const { return {}; }
    virtual QString sheet() const { return {}; }

    // The reader the content calls for (not the file name): XlsxReader for an Excel file
    // (or an old .xls or an encrypted workbook, which it refuses with a clear message),
    // CsvReader otherwise. Not opened yet.
    static std::unique_ptr<RecordSource> forFile(const QString &path);
};
