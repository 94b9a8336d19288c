// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "csv/RecordSource.h"

#include <QCoreApplication>
#include <memory>

// Streams one sheet of an Excel workbook (.xlsx) as records, the way CsvReader streams a
// CSV file: the sheet's XML is read row by row from the ZIP, never whole, so memory stays
// bounded whatever the rows (the shared strings are held: see XlsxPackage). Each cell
// becomes the text a CSV export would hold: shared, inline and formula strings as they are;
// numbers without float noise (12, 0.1); booleans true/false; cells in a date format as
// ISO 8601 dates, both date systems. Missing cells are empty fields; a row takes the
// header's width. A row with an error cell (#DIV/0!...) is returned with an issue.
// record.line is the sheet's row number, issue.column the cell's column (1 = A).
// Encoding and delimiter do not apply: format.sheet chooses the sheet (empty: the first).
class XlsxReader : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    XlsxReader();
    ~XlsxReader() override;
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    bool open(const QString &path) override;
    QString errorString() const override;
    CsvFormat detect(const CsvFormat &requested = {}) override;
    bool isRefused() const override;
    QStringList header() const override;
    int expectedFieldCount() const override;
    bool next(CsvRecord &record) override;
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;
    void rewind() override;
    QStringList sheets() const override;
    QString sheet() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
