// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// A problem the reader found in the file's structure (not in the values).
struct CsvIssue
{
    qint64 line = 0; // physical line number, 1-based, where the problem is
    int column = 0; // 1-based field index, 0 when it concerns the whole record
    QString reason; // for people: "unexpected quote inside an unquoted field", ...
};

// One record as read. Fields are views into the reader's buffer: valid until the next call
// to CsvReader::next(). A record with a structural problem is still returned, with
// `issue` set, so the caller reports it: the reader never drops anything silently.
struct CsvRecord
{
    qint64 line = 0; // physical line where the record starts, 1-based
    qint64 index = 0; // 0-based record number among data records (header excluded)
    QList<QStringView> fields;
    bool hasIssue = false; // the record cannot be trusted: reject it
    CsvIssue issue;
    // Kept as read but worth telling (a stray quote inside an unquoted field, which
    // RFC 4180 forbids but Excel users write for inches and seconds: 37°36'37.8"N).
    bool hasWarning = false;
    CsvIssue warning;

    QStringList toStringList() const
    {
        QStringList out;
        out.reserve(fields.size());
        for (QStringView f : fields)
            out.append(f.toString());
        return out;
    }
};
