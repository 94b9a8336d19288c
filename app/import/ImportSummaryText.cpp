// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportSummaryText.h"

#include <QLocale>
#include <algorithm>
#include <climits>

namespace {
int clamped(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}
} // namespace

QString ImportSummaryText::format(const CsvPreview &p)
{
    const QString header = p.format.hasHeader ? tr("header row") : tr("no header row");
    if (!p.sheets.isEmpty())
        return tr("sheet “%1”, %2").arg(p.format.sheet, header);
    QString delimiter;
    switch (p.format.delimiter.unicode()) {
    case u',':
        delimiter = tr("comma");
        break;
    case u';':
        delimiter = tr("semicolon");
        break;
    case u'\t':
        delimiter = tr("tab");
        break;
    case u'|':
        delimiter = tr("pipe");
        break;
    default:
        delimiter = tr("“%1”", "an unusual delimiter, quoted").arg(p.format.delimiter);
    }
    if (p.header.size() == 1) // one column: no delimiter at work
        return tr("%1, one column, %2").arg(csvEncodingName(p.format.encoding), header);
    return tr("%1, %2, %3").arg(csvEncodingName(p.format.encoding), delimiter, header);
}

QString ImportSummaryText::mapping(const ColumnMapping &m)
{
    QStringList parts;
    parts << tr("IDs from %1").arg(m.idColumn);
    const int attributes = m.includedAttributeCount();
    parts << (attributes == 0 ? tr("no attributes") : tr("%n attributes", nullptr, attributes));
    QStringList tagColumns;
    for (const ColumnMapping::TagColumn &t : m.tagColumns)
        tagColumns << t.column;
    if (!tagColumns.isEmpty())
        parts << tr("tags from %1").arg(tagColumns.join(QStringLiteral(", ")));
    if (!m.constantTags.isEmpty())
        parts << tr("%n tags on every ID", nullptr, int(m.constantTags.size()));
    return parts.join(QStringLiteral(", "));
}

QString ImportSummaryText::mappingDetail(const ColumnMapping &m)
{
    QStringList parts;
    parts << tr("IDs from %1").arg(m.idColumn.isEmpty() ? tr("the first column") : m.idColumn);
    QStringList attributes;
    for (const ColumnMapping::Attribute &a : m.attributes) {
        if (!a.included)
            continue;
        QString type = attributeTypeName(a.type);
        if (a.type == AttributeType::Date && !a.dateFormat.isEmpty())
            type = tr("%1, %2").arg(type, a.dateFormat);
        attributes << (a.name == ColumnMapping::attributeNameFromHeader(a.column)
                           ? tr("%1 (%2)").arg(a.name, type)
                           : tr("%1 from %2 (%3)").arg(a.name, a.column, type));
    }
    parts << (attributes.isEmpty()
                  ? tr("no attributes")
                  : tr("attributes: %1").arg(attributes.join(QStringLiteral(", "))));
    QStringList tagColumns;
    for (const ColumnMapping::TagColumn &t : m.tagColumns)
        tagColumns << tr("%1 (%2)").arg(t.column, t.separator);
    if (!tagColumns.isEmpty())
        parts << tr("tags from %1").arg(tagColumns.join(QStringLiteral(", ")));
    if (!m.constantTags.isEmpty())
        parts << tr("tags on every ID: %1").arg(m.constantTags.join(QStringLiteral(", ")));
    if (m.decimalComma)
        parts << tr("decimal comma");
    return parts.join(QStringLiteral("; "));
}

QString ImportSummaryText::check(const ImportJob::Result &r)
{
    if (!r.ok)
        return r.cancelled ? tr("check cancelled") : tr("not checked: %1").arg(r.error);
    const QString rows = tr("%Ln rows checked", nullptr, clamped(r.rowsRead));
    const QString rejected = tr("%Ln rejected", nullptr, clamped(r.rejectedRows));
    QString text = tr("%1, %2").arg(rows, rejected);
    if (r.duplicateIds > 0)
        text = tr("%1, %2").arg(text, tr("%Ln repeated IDs", nullptr, clamped(r.duplicateIds)));
    return text;
}
