// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RowProblem.h"
#include "csv/CsvRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <algorithm>
#include <vector>

// A run of consecutive records copied out of a RecordSource (whose views die at its next
// read), so that reading, checking and writing can each run on a core of their own; and,
// once checked, what ImportJob needs of each row, in file order. All the fields of a block
// share one string: a block of 4,096 rows costs a handful of allocations, not one per field.
struct RecordBlock
{
    struct Row
    {
        qint64 line = 0;
        qint64 index = 0;
        qint64 bytesRead = 0; // the source's position once this record was read (progress)
        qsizetype firstField = 0; // in spans
        qsizetype fieldCount = 0;
        int issue = -1; // in issues, or -1
        int warning = -1;
        // Filled by the check:
        bool valid = false;
        qsizetype problemsEnd = 0; // this row's problems end here in `problems`
        qsizetype entryEnd = 0; // a valid row's entry ends here in `entries`
        qsizetype idEnd = 0; // a valid row's UTF-8 ID ends here in `ids` (collectEntries)
        quint64 h1 = 0, h2 = 0; // the ID's hashes (duplicates)
        quint64 digest = 0; // EntryDigests::hash of the entry (collectEntries)
    };

    qint64 sequence = 0;
    QString text;
    std::vector<std::pair<qsizetype, qsizetype>> spans; // offset and length in text
    std::vector<Row> rows;
    QList<CsvIssue> issues;

    QByteArray entries; // the valid rows' entries, end to end
    QByteArray ids;
    QList<RowProblem> problems;

    // Empty again, its memory kept for the next rows (ImportPipeline::recycle).
    void clear()
    {
        sequence = 0;
        text.resize(0);
        spans.clear();
        rows.clear();
        issues.clear();
        entries.resize(0);
        ids.resize(0);
        problems.clear();
    }

    void append(const CsvRecord &record, qint64 bytesRead)
    {
        Row row;
        row.line = record.line;
        row.index = record.index;
        row.bytesRead = bytesRead;
        row.firstField = qsizetype(spans.size());
        row.fieldCount = record.fields.size();
        qsizetype at = text.size(), total = 0;
        for (QStringView f : record.fields)
            total += f.size();
        text.resize(at + total); // once a record: QString::append per field showed in profiles
        QChar *out = text.data();
        for (QStringView f : record.fields) {
            spans.emplace_back(at, f.size());
            std::copy(f.begin(), f.end(), out + at);
            at += f.size();
        }
        if (record.hasIssue) {
            row.issue = int(issues.size());
            issues.append(record.issue);
        }
        if (record.hasWarning) {
            row.warning = int(issues.size());
            issues.append(record.warning);
        }
        rows.push_back(row);
    }

    // The record as the source gave it; its fields are views into this block.
    void fill(size_t i, CsvRecord &record) const
    {
        const Row &row = rows[i];
        record.line = row.line;
        record.index = row.index;
        record.hasIssue = row.issue >= 0;
        record.issue = record.hasIssue ? issues.at(row.issue) : CsvIssue();
        record.hasWarning = row.warning >= 0;
        record.warning = record.hasWarning ? issues.at(row.warning) : CsvIssue();
        record.fields.resize(row.fieldCount);
        for (qsizetype k = 0; k < row.fieldCount; ++k) {
            const auto &[offset, length] = spans[size_t(row.firstField + k)];
            record.fields[k] = QStringView(text).mid(offset, length);
        }
    }
};
