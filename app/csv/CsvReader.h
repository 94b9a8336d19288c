// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CsvFormat.h"
#include "CsvRecord.h"
#include "RecordSource.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

class QIODevice;

// Streaming RFC 4180 reader: quoted fields, doubled quotes, delimiters and line breaks in
// quotes, CRLF/LF/CR, last line without ending. Reads in chunks: memory does not grow with
// the file. Not thread-safe; use one reader per thread.
class CsvReader : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvReader();
    ~CsvReader() override;
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens a file (or takes a device, not owned). False with errorString() when unreadable.
    bool open(const QString &path) override;
    bool open(QIODevice *device);
    QString errorString() const override;

    // Sniffs encoding (see EncodingDetector) and delimiter from the start of the file
    // without consuming it. Auto values in `requested` are resolved, explicit ones kept.
    // Call before next(); the result is also applied. A file that is not text (a ZIP,
    // PNG, PDF..., or NUL bytes throughout) is refused here: see isRefused().
    CsvFormat detect(const CsvFormat &requested = {}) override;
    void setFormat(const CsvFormat &format); // explicit, no sniffing for non-Auto fields
    CsvFormat format() const;

    // Header names (empty when hasHeader is false). Available after detect()/setFormat().
    QStringList header() const override;
    int expectedFieldCount() const override; // header size, or first record's size without header

    // After detect()/setFormat(): true when the file cannot be read as CSV at all (not text,
    // or a header past the limits below); errorString() says why, next() reads nothing.
    bool isRefused() const override;

    // Past these a record is returned with an issue (its line, and the field), cut to a
    // short start of each field, and the rest of it is skipped unread: one huge line cannot
    // take the memory. In characters (UTF-16 units): 1 MB for a field, 16 MB for a record;
    // and 1,048,576 fields (each costs far more than its delimiter). At most 10,000 fields
    // of 100 characters are kept of such a record.
    static constexpr qsizetype maxFieldLength = 1 << 20;
    static constexpr qsizetype maxRecordLength = 16 << 20;
    static constexpr qsizetype maxFieldCount = 1 << 20;

    // Next data record; false at end of file (or on a read error: see errorString()).
    bool next(CsvRecord &record) override;

    qint64 bytesRead() const override; // progress
    qint64 totalBytes() const override; // -1 when unknown
    void rewind() override; // back to the first data record, same format

private:
    struct Private;
    std::unique_ptr<Private> d;
};
