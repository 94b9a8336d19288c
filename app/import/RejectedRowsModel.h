// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RowProblem.h"

#include <QAbstractTableModel>

// Every problem found by validation: line, column, reason (warnings marked).
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, ColumnName, Reason, ColumnCount };
    Q_ENUM(Column)
    explicit RejectedRowsModel(QObject *parent = nullptr);

    // `sheet`: an Excel workbook's sheet read (cells are then named Sheet1!C5); empty for CSV.
    void setProblems(const QList<RowProblem> &problems, const QString &sheet = {});
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RowProblem> m_problems;
    QString m_sheet;
};
