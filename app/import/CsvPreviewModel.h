// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CsvPreview.h"

#include <QAbstractTableModel>

// The preview rows as a table; a row with a structural problem says so in its tooltip.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IssueRole = Qt::UserRole + 1 };

    explicit CsvPreviewModel(QObject *parent = nullptr);

    void setPreview(const CsvPreview &preview);
    const CsvPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CsvPreview m_preview;
    int m_columns = 0;
};
