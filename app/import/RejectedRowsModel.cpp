// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RejectedRowsModel.h"

#include "ProblemLocation.h"

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RejectedRowsModel::setProblems(const QList<RowProblem> &problems, const QString &sheet)
{
    beginResetModel();
    m_problems = problems;
    m_sheet = sheet;
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowProblem &p = m_problems.at(index.row());
    if (role == Qt::UserRole) // sort key
        return index.column() == Line ? QVariant(p.line) : data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Line:
        return p.line;
    case ColumnName:
        if (!m_sheet.isEmpty()) // the cell as Excel names it
            return ProblemLocation::text(p, m_sheet);
        if (p.column == 0)
            return tr("whole row");
        return p.columnName.isEmpty() ? QString::number(p.column)
                                      : QStringLiteral("%1 (%2)").arg(p.columnName).arg(p.column);
    case Reason:
        return p.warning ? tr("warning: %1").arg(p.reason) : p.reason;
    }
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return m_sheet.isEmpty() ? tr("Line") : tr("Row");
    case ColumnName:
        return tr("Column");
    case Reason:
        return tr("Reason");
    }
    return {};
}
