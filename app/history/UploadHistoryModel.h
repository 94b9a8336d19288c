// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "UploadRecord.h"

#include <QAbstractTableModel>

// The uploads of the history database, newest first, for the History window.
class UploadHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Ids: distinct IDs in the file; Verified: Batch's count once applied (empty if unknown).
    enum Column { Started, Profile, Audience, File, Ids, Verified, State, Message, ColumnCount };
    Q_ENUM(Column)
    enum Role { UnderlyingDataRole = Qt::UserRole + 1, UploadIdRole };

    explicit UploadHistoryModel(QObject *parent = nullptr);

    void setUploads(const QList<UploadRecord> &uploads);
    const UploadRecord *uploadAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<UploadRecord> m_uploads;
};
