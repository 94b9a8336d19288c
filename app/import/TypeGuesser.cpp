// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TypeGuesser.h"

#include "ValueConverter.h"

#include <QRegularExpression>
#include <QSet>

namespace {
struct Candidate
{
    AttributeType type;
    QString dateFormat;
    bool decimalComma = false;
};

// Every comma of the column's values has three digits after it: 1,250 reads as a thousand
// as well as a decimal.
bool commasLookLikeThousands(const QList<QStringList> &rows, int column)
{
    bool anyComma = false;
    for (const QStringList &row : rows) {
        const QString cell = row.value(column).trimmed();
        const qsizetype comma = cell.indexOf(QLatin1Char(','));
        if (comma < 0)
            continue;
        anyComma = true;
        if (cell.size() - comma - 1 != 3)
            return false;
    }
    return anyComma;
}
} // namespace

QString TypeGuesser::dateFormatOf(const QList<QStringList> &rows, int column)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?: (\d{1,2}):(\d{2})(:\d{2})?)?$)"));
    QChar separator;
    int time = -1; // 0: none, 1: HH:mm, 2: HH:mm:ss; the first matching value decides
    bool padded = true, firstAbove12 = false, middleAbove12 = false, any = false;
    for (const QStringList &row : rows) {
        const QString cell = row.value(column).trimmed();
        if (cell.size() < 8 || cell.size() > 19 || !cell.at(0).isDigit())
            continue; // cheaper than the expression: files may have 100,000 columns
        const QRegularExpressionMatch m = shape.match(cell);
        if (!m.hasMatch())
            continue;
        const int cellTime = m.capturedLength(5) == 0 ? 0 : m.capturedLength(7) == 0 ? 1 : 2;
        if ((any && m.captured(2).at(0) != separator) || (time >= 0 && cellTime != time))
            return {}; // mixed shapes
        any = true;
        separator = m.captured(2).at(0);
        time = cellTime;
        padded = padded && m.capturedLength(1) == 2 && m.capturedLength(3) == 2
            && (cellTime == 0 || m.capturedLength(5) == 2);
        firstAbove12 = firstAbove12 || m.captured(1).toInt() > 12;
        middleAbove12 = middleAbove12 || m.captured(3).toInt() > 12;
    }
    if (!any || (firstAbove12 && middleAbove12))
        return {};
    const bool monthFirst = middleAbove12; // else day first: unambiguous or the default
    const QString day = padded ? QStringLiteral("dd") : QStringLiteral("d");
    const QString month = padded ? QStringLiteral("MM") : QStringLiteral("M");
    QString format = monthFirst ? month + separator + day : day + separator + month;
    format += separator + QStringLiteral("yyyy");
    if (time > 0)
        format += padded ? QStringLiteral(" HH:mm") : QStringLiteral(" H:mm");
    if (time > 1)
        format += QStringLiteral(":ss");
    return format;
}

TypeGuesser::Guess TypeGuesser::guessColumn(const QList<QStringList> &rows, int column)
{
    QList<Candidate> order
        = {{AttributeType::Bool, {}},        {AttributeType::Int, {}},  {AttributeType::Float, {}},
           {AttributeType::Float, {}, true}, {AttributeType::Date, {}}, {AttributeType::Url, {}}};
    if (commasLookLikeThousands(rows, column))
        order.removeAt(3);
    const QString format = dateFormatOf(rows, column);
    if (!format.isEmpty())
        order.insert(order.size() - 1, {AttributeType::Date, format});
    int nonEmpty = 0;
    QList<int> fits(order.size(), 0);
    QStringList firstFit(order.size());
    QByteArray scratch;
    for (const QStringList &row : rows) {
        const QString cell = row.value(column).trimmed();
        if (cell.isEmpty())
            continue;
        // Zero-padded codes (08104) would lose their zeros as numbers: keep them text.
        // 01/02/2024 is not one.
        if (ValueConverter::hasLeadingZero(cell)
            && (format.isEmpty()
                || !ValueConverter::append(scratch, AttributeType::Date, cell, format, {})
                        .isEmpty()))
            return {AttributeType::String, {}, false, cell};
        ++nonEmpty;
        for (int t = 0; t < order.size(); ++t) {
            scratch.truncate(0);
            const Candidate &c = order.at(t);
            if (ValueConverter::append(scratch, c.type, cell, c.dateFormat, {c.decimalComma})
                    .isEmpty()) {
                ++fits[t];
                if (firstFit[t].isEmpty())
                    firstFit[t] = cell;
            }
        }
    }
    for (int t = 0; t < order.size() && nonEmpty > 0; ++t) {
        if (fits[t] * 10 >= nonEmpty * 9) {
            const Candidate &c = order.at(t);
            return {c.type, c.dateFormat, c.decimalComma, firstFit[t]};
        }
    }
    const QStringList first = samples(rows, column, 1);
    return {AttributeType::String, {}, false, first.value(0)};
}

AttributeType TypeGuesser::guess(const QList<QStringList> &rows, int column)
{
    return guessColumn(rows, column).type;
}

QStringList TypeGuesser::samples(const QList<QStringList> &rows, int column, int count)
{
    QStringList list;
    QSet<QString> seen;
    for (const QStringList &row : rows) {
        const QString cell = row.value(column).trimmed();
        if (cell.isEmpty() || seen.contains(cell))
            continue;
        seen.insert(cell);
        list << cell;
        if (list.size() == count)
            break;
    }
    return list;
}

ColumnMapping TypeGuesser::suggest(const QStringList &header, const QList<QStringList> &rows)
{
    ColumnMapping m = ColumnMapping::defaultFor(header);
    const ColumnIndex columns(header);
    QList<bool> commas; // per attribute: a float with a decimal comma
    for (auto it = m.attributes.begin(); it != m.attributes.end();) {
        if (it->column.trimmed().compare(QStringLiteral("tags"), Qt::CaseInsensitive) == 0) {
            m.tagColumns.append({it->column, QStringLiteral("|")});
            it = m.attributes.erase(it);
            continue;
        }
        const Guess g = guessColumn(rows, columns.resolve(it->column));
        it->type = g.type;
        it->dateFormat = g.dateFormat;
        commas << g.decimalComma;
        ++it;
    }
    // Decimal commas are one option for the whole file: only when no column has points.
    bool anyComma = false, anyPoint = false;
    for (int i = 0; i < m.attributes.size(); ++i) {
        if (m.attributes.at(i).type == AttributeType::Float)
            (commas.at(i) ? anyComma : anyPoint) = true;
    }
    m.decimalComma = anyComma && !anyPoint;
    for (int i = 0; i < m.attributes.size() && anyComma && anyPoint; ++i) {
        if (commas.at(i))
            m.attributes[i].type = AttributeType::String;
    }
    int included = 0;
    for (auto &a : m.attributes)
        a.included = ++included <= ColumnMapping::maxAttributes;
    return m;
}
