// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProblemLocation.h"

#include "xlsx/XlsxCellText.h"

QString ProblemLocation::cell(const QString &sheet, qint64 row, int column)
{
    bool plain = !sheet.isEmpty();
    for (QChar c : sheet)
        plain = plain && (c.isLetterOrNumber() || c == u'_' || c == u'.');
    QString name = sheet;
    name.replace(QLatin1Char('\''), QStringLiteral("''"));
    return (plain ? sheet : QLatin1Char('\'') + name + QLatin1Char('\'')) + QLatin1Char('!')
        + XlsxCellText::columnLetters(column) + QString::number(row);
}

QString ProblemLocation::text(const RowProblem &p, const QString &sheet)
{
    const QString name
        = p.columnName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.columnName);
    if (!sheet.isEmpty())
        return cell(sheet, p.line, p.column) + name;
    return p.column > 0 ? tr("line %1, column %2%3").arg(p.line).arg(p.column).arg(name)
                        : tr("line %1").arg(p.line);
}
