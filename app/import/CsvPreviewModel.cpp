// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvPreviewModel.h"

#include <algorithm>

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CsvPreviewModel::setPreview(const CsvPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    m_columns = int(preview.header.size());
    for (const QStringList &row : preview.rows)
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_preview.rows.at(index.row());
    const QString &issue = m_preview.rowIssues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.value(index.column());
    case Qt::ToolTipRole:
    case IssueRole:
        return issue.isEmpty() ? QVariant() : QVariant(issue);
    }
    return {};
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_preview.header.value(section, QStringLiteral("column_%1").arg(section + 1));
}
