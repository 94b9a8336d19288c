// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RowValidator.h"

#include "JsonText.h"
#include "TagNormalizer.h"

#include <QRegularExpression>
#include <QSet>
#include <climits>

namespace {
// QStringView::trimmed() is a call into Qt for every cell; a cell that starts and ends with
// printable ASCII (nearly all) has nothing to trim. 2 % of the checking threads' time.
QStringView trimmedCell(QStringView v)
{
    if (v.isEmpty())
        return v;
    const char16_t a = v.front().unicode(), b = v.back().unicode();
    if (a > 0x20 && a < 0x7F && b > 0x20 && b < 0x7F)
        return v;
    return v.trimmed();
}

QString columnLabel(const QStringList &header, int index)
{
    return index >= 0 && index < header.size() ? header.at(index)
                                               : QStringLiteral("#%1").arg(index + 1);
}
} // namespace

RowValidator::RowValidator(const ColumnMapping &mapping, const QStringList &header)
{
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9_]{1,30}$"));
    m_options.decimalComma = mapping.decimalComma;
    const QString idRef
        = mapping.idColumn.isEmpty() ? ColumnMapping::defaultIdColumn(header) : mapping.idColumn;
    const ColumnIndex columns(header);
    m_idIndex = columns.resolve(idRef);
    m_idColumn = columnLabel(header, m_idIndex);
    // A reference to no column says how many there are: "999" on a file of 21 columns.
    const int n = int(header.size());
    const QString count = tr("it has %Ln columns", nullptr, n);
    if (m_idIndex < 0)
        m_setupErrors << tr("The ID column “%1” is not in the file: %2.").arg(idRef, count);

    QSet<QString> names;
    for (const ColumnMapping::Attribute &a : mapping.attributes) {
        if (!a.included)
            continue;
        const int index = columns.resolve(a.column);
        if (index < 0) {
            m_setupErrors
                << tr("The attribute column “%1” is not in the file: %2.").arg(a.column, count);
            continue;
        }
        if (!nameRe.match(a.name).hasMatch())
            m_setupErrors
                << tr("The attribute name “%1” must be 1 to 30 characters of a-z, 0-9 and _.")
                       .arg(a.name);
        if (names.contains(a.name))
            m_setupErrors << tr("The attribute name “%1” is used twice.").arg(a.name);
        names.insert(a.name);
        QString key = a.name;
        if (a.type == AttributeType::Date)
            key = QStringLiteral("date(%1)").arg(a.name);
        else if (a.type == AttributeType::Url)
            key = QStringLiteral("url(%1)").arg(a.name);
        QByteArray json;
        JsonText::appendString(json, key);
        json.append(':');
        m_attributes.append({index, columnLabel(header, index), json, a.type, a.dateFormat, {}});
    }
    if (m_attributes.size() > ColumnMapping::maxAttributes)
        m_setupErrors << tr("%1 attributes are mapped; Batch accepts at most %2.")
                             .arg(m_attributes.size())
                             .arg(ColumnMapping::maxAttributes);
    for (const ColumnMapping::TagColumn &t : mapping.tagColumns) {
        const int index = columns.resolve(t.column);
        if (index < 0)
            m_setupErrors << tr("The tag column “%1” is not in the file: %2.").arg(t.column, count);
        else
            m_tags.append({index, columnLabel(header, index), t.separator});
    }
    for (const QString &tag : mapping.constantTags) {
        if (const QString why = TagNormalizer::addTags(m_constantTags, tag, {}); !why.isEmpty())
            m_setupErrors << why;
    }
    m_rowTags.fixed = m_constantTags;
}

RowProblem RowValidator::problem(const CsvRecord &r, int index, const QString &column,
                                 const QString &reason) const
{
    return {r.line, index + 1, column, reason, false};
}

bool RowValidator::validate(const CsvRecord &record, QByteArray &entry, QStringView *id,
                            QList<RowProblem> &problems)
{
    const qsizetype problemsBefore = problems.size();
    if (record.hasIssue) {
        const int col = record.issue.column;
        problems.append({record.issue.line, col, QString(), record.issue.reason, false});
        return false;
    }
    const qsizetype fields = record.fields.size();
    const QStringView rawId
        = m_idIndex < fields ? trimmedCell(record.fields.at(m_idIndex)) : QStringView();
    if (rawId.isEmpty())
        problems.append(problem(record, m_idIndex, m_idColumn, tr("empty install ID")));
    else if (const qsizetype n = ValueConverter::characterCount(rawId); n > maxIdLength)
        problems.append(
            problem(record, m_idIndex, m_idColumn,
                    tr("install ID of %1 characters (at most %2)").arg(n).arg(maxIdLength)));

    const qsizetype start = entry.size();
    m_scratchPadded.clear();
    JsonText::appendLiteral(entry, "{\"id\":");
    JsonText::appendString(entry, rawId);
    bool anyAttribute = false;
    for (const Attribute &a : m_attributes) {
        const QStringView cell
            = a.index < fields ? trimmedCell(record.fields.at(a.index)) : QStringView();
        if (cell.isEmpty())
            continue; // an empty cell leaves the attribute out
        if (anyAttribute)
            JsonText::appendLiteral(entry, ",");
        else
            JsonText::appendLiteral(entry, ",\"attributes\":{");
        JsonText::appendBytes(entry, a.jsonKey.constData(), a.jsonKey.size());
        const qsizetype valueAt = entry.size();
        const QString why = ValueConverter::append(entry, a.type, cell, a.dateFormat, m_options);
        if (!why.isEmpty())
            problems.append(problem(record, a.index, a.column, why));
        else if ((a.type == AttributeType::Int || a.type == AttributeType::Float)
                 && ValueConverter::hasLeadingZero(cell))
            m_scratchPadded.append({&a - m_attributes.constData(), valueAt});
        anyAttribute = true;
    }
    if (anyAttribute)
        entry.append('}');

    m_rowTags.used = 0;
    for (const Tags &t : m_tags) {
        if (t.index >= fields)
            continue;
        if (const QString why
            = TagNormalizer::addTags(m_rowTags, record.fields.at(t.index), t.separator);
            !why.isEmpty())
            problems.append(problem(record, t.index, t.column, why));
    }
    if (!m_rowTags.fixed.isEmpty() || m_rowTags.used > 0) {
        JsonText::appendLiteral(entry, ",\"tags\":[");
        bool first = true;
        for (const QString &tag : std::as_const(m_rowTags.fixed)) {
            if (!std::exchange(first, false))
                entry.append(',');
            JsonText::appendString(entry, tag);
        }
        for (qsizetype i = 0; i < m_rowTags.used; ++i) {
            if (!std::exchange(first, false))
                entry.append(',');
            JsonText::appendString(entry, m_rowTags.buffers[size_t(i)]);
        }
        entry.append(']');
    }
    entry.append('}');
    if (problems.size() != problemsBefore) {
        entry.truncate(start);
        return false;
    }
    for (const auto &[k, valueAt] : std::as_const(m_scratchPadded)) {
        Attribute &a = m_attributes[k];
        if (a.padded.rows++ == 0) {
            a.padded.firstLine = record.line;
            a.padded.first = record.fields.at(a.index).trimmed().toString();
            qsizetype end = valueAt; // the JSON number ends at the next , or }
            while (end < entry.size() && entry.at(end) != ',' && entry.at(end) != '}')
                ++end;
            a.padded.firstSent = QString::fromLatin1(entry.mid(valueAt, end - valueAt));
        }
    }
    *id = rawId;
    return true;
}

QList<RowProblem> RowValidator::leadingZeroWarnings() const
{
    QList<RowProblem> warnings;
    for (const Attribute &a : m_attributes) {
        if (a.padded.rows == 0)
            continue;
        // The singular form (translations/*.ts) says it without "in 1 row".
        const QString reason
            = tr("“%1” is sent as %2: numbers lose their leading zeros, here in %Ln rows (the "
                 "first on this line). Make the column a string to keep them.",
                 nullptr, int(std::min<qint64>(a.padded.rows, INT_MAX)))
                  .arg(a.padded.first, a.padded.firstSent);
        warnings.append({a.padded.firstLine, a.index + 1, a.column, reason, true});
    }
    return warnings;
}

void RowValidator::mergeLeadingZeros(const RowValidator &other)
{
    for (qsizetype k = 0; k < m_attributes.size() && k < other.m_attributes.size(); ++k) {
        auto &mine = m_attributes[k].padded;
        const auto &theirs = other.m_attributes.at(k).padded;
        if (theirs.rows == 0)
            continue;
        // Lines (a sheet's row numbers) grow through the file: the smaller one came first.
        if (mine.rows == 0 || theirs.firstLine < mine.firstLine) {
            mine.firstLine = theirs.firstLine;
            mine.first = theirs.first;
            mine.firstSent = theirs.firstSent;
        }
        mine.rows += theirs.rows;
    }
}
