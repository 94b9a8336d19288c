// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ColumnMapping.h"
#include "RowProblem.h"
#include "TagNormalizer.h"
#include "ValueConverter.h"
#include "csv/CsvRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// Checks one record against the mapping and writes its payload entry
// {"id":…,"attributes":{…},"tags":[…]}. Every problem of a row is collected, not just the
// first, each with line, column and reason.
class RowValidator
{
    Q_DECLARE_TR_FUNCTIONS(RowValidator)

public:
    RowValidator(const ColumnMapping &mapping, const QStringList &header);

    // Longer install IDs are refused, not uploaded: no install ID is that long, so it is a
    // wrong column or a broken file.
    static constexpr int maxIdLength = 128;

    int idIndex() const { return m_idIndex; } // the install ID's column, 0-based (or -1)

    // Problems with the mapping itself (unknown column, bad or repeated name, > 15 ...).
    QStringList setupErrors() const { return m_setupErrors; }

    // True when valid: the entry is appended to `entry` and `id` points into the record.
    bool validate(const CsvRecord &record, QByteArray &entry, QStringView *id,
                  QList<RowProblem> &problems);

    // One warning per int or float column whose valid rows had zero-padded values (08104
    // sent as 8104): the first such value and its line, and how many rows. Call at the end.
    QList<RowProblem> leadingZeroWarnings() const;
    // Adds what `other` (same mapping, other rows of the same file) saw of padded numbers:
    // rows checked on several threads warn as if one validator had seen them all.
    void mergeLeadingZeros(const RowValidator &other);

private:
    struct Attribute
    {
        int index;
        QString column;
        QByteArray jsonKey; // "name", "date(name)" or "url(name)", quoted, with the colon
        AttributeType type;
        QString dateFormat;
        struct
        {
            qint64 rows = 0; // valid rows whose value lost leading zeros
            qint64 firstLine = 0;
            QString first; // the value as written
            QString firstSent; // and as sent
        } padded;
    };
    struct Tags
    {
        int index;
        QString column;
        QString separator;
    };
    RowProblem problem(const CsvRecord &r, int index, const QString &column,
                       const QString &reason) const;

    int m_idIndex = -1;
    QString m_idColumn;
    QList<Attribute> m_attributes;
    QList<Tags> m_tags;
    QStringList m_constantTags;
    ValueConverter::Options m_options;
    QStringList m_setupErrors;
    TagNormalizer::RowTags m_rowTags; // fixed: the constant tags
    QList<std::pair<qsizetype, qsizetype>> m_scratchPadded; // attribute, offset in the entry
};
