// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvPreview.h"

#include "csv/RecordSource.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

CsvPreview CsvPreview::read(const QString &path, const CsvFormat &requested, int maxRows)
{
    CsvPreview p;
    p.fileSize = QFileInfo(path).size();
    const std::unique_ptr<RecordSource> source = RecordSource::forFile(path);
    RecordSource &reader = *source;
    if (!reader.open(path)) {
        p.error = reader.errorString();
        return p;
    }
    p.format = reader.detect(requested);
    p.sheets = reader.sheets();
    if (reader.isRefused()) {
        p.error = reader.errorString();
        return p;
    }
    p.header = reader.header();
    CsvRecord record;
    while (p.rows.size() < maxRows && reader.next(record)) {
        p.rows.append(record.toStringList());
        p.rowIssues.append(record.hasIssue ? record.issue.reason : QString());
    }
    if (p.header.isEmpty()) {
        for (int i = 1; i <= reader.expectedFieldCount(); ++i)
            p.header << QStringLiteral("column_%1").arg(i);
    }
    if (p.rows.size() < maxRows) {
        p.estimatedRows = p.rows.size();
    } else if (!p.sheets.isEmpty()) {
        // A sheet: from the share of its (uncompressed) XML read so far.
        const double share = reader.totalBytes() > 0
            ? double(reader.bytesRead()) / double(reader.totalBytes())
            : 1.0;
        p.estimatedRows = qint64(double(p.rows.size()) / std::max(share, 1e-9) + 0.5);
    } else {
        // Average size of the rows read (as UTF-8, delimiters and line ends counted; the
        // line end is CRLF or LF as the start of the file says), the header left out.
        QFile file(path);
        const bool crlf = file.open(QIODevice::ReadOnly) && file.read(64 * 1024).contains("\r\n");
        const int lineEnd = crlf ? 2 : 1;
        const double width
            = p.format.encoding == CsvEncoding::Utf16LE || p.format.encoding == CsvEncoding::Utf16BE
            ? 2
            : 1;
        qint64 bytes = 0;
        for (const QStringList &row : std::as_const(p.rows))
            bytes += row.join(p.format.delimiter).toUtf8().size() + lineEnd;
        const qint64 headerBytes = reader.header().isEmpty()
            ? 0
            : reader.header().join(p.format.delimiter).toUtf8().size() + lineEnd;
        const double perRow = double(bytes) / double(p.rows.size()) * width;
        p.estimatedRows = qint64(double(p.fileSize - headerBytes * width) / perRow + 0.5);
    }
    p.ok = true;
    return p;
}
