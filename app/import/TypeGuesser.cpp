// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TypeGuesser.h"

#include "ValueConverter.h"

AttributeType TypeGuesser::guess(const QList<QStringList> &rows, int column)
{
    const AttributeType order[] = {AttributeType::Bool, AttributeType::Int, AttributeType::Float,
                                   AttributeType::Date, AttributeType::Url};
    int nonEmpty = 0;
    int fits[5] = {};
    QByteArray scratch;
    for (const QStringList &row : rows) {
        const QString cell = row.value(column).trimmed();
        if (cell.isEmpty())
            continue;
        // Zero-padded codes (08104) would lose their zeros as numbers: keep them text.
        if (ValueConverter::hasLeadingZero(cell))
            return AttributeType::String;
        ++nonEmpty;
        for (int t = 0; t < 5; ++t) {
            scratch.truncate(0);
            fits[t] += ValueConverter::append(scratch, order[t], cell, {}, {}).isEmpty();
        }
    }
    if (nonEmpty == 0)
        return AttributeType::String;
    for (int t = 0; t < 5; ++t) {
        if (fits[t] * 10 >= nonEmpty * 9)
            return order[t];
    }
    return AttributeType::String;
}

ColumnMapping TypeGuesser::suggest(const QStringList &header, const QList<QStringList> &rows)
{
    ColumnMapping m = ColumnMapping::defaultFor(header);
    const ColumnIndex columns(header);
    for (auto it = m.attributes.begin(); it != m.attributes.end();) {
        const int index = columns.resolve(it->column);
        if (it->column.trimmed().compare(QStringLiteral("tags"), Qt::CaseInsensitive) == 0) {
            m.tagColumns.append({it->column, QStringLiteral("|")});
            it = m.attributes.erase(it);
            continue;
        }
        it->type = guess(rows, index);
        ++it;
    }
    int included = 0;
    for (auto &a : m.attributes)
        a.included = ++included <= ColumnMapping::maxAttributes;
    return m;
}
