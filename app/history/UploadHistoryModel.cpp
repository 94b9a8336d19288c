// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadHistoryModel.h"

#include <QLocale>

UploadHistoryModel::UploadHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UploadHistoryModel::setUploads(const QList<UploadRecord> &uploads)
{
    beginResetModel();
    m_uploads = uploads;
    endResetModel();
}

const UploadRecord *UploadHistoryModel::uploadAt(int row) const
{
    return row >= 0 && row < m_uploads.size() ? &m_uploads.at(row) : nullptr;
}

int UploadHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_uploads.size());
}

int UploadHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UploadHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UploadRecord &u = m_uploads.at(index.row());
    if (role == UploadIdRole)
        return u.id;
    if (role == UnderlyingDataRole) {
        switch (index.column()) {
        case Started:
            return u.createdAt;
        case Ids:
            return u.validIds;
        case Verified:
            return u.verifiedIds;
        case State:
            return int(u.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return u.message;
    if (role == Qt::TextAlignmentRole && (index.column() == Ids || index.column() == Verified))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Started:
        return locale.toString(u.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Profile:
        return u.profileName;
    case Audience:
        return u.audience;
    case File:
        return u.fileName;
    case Ids:
        return locale.toString(u.validIds);
    case Verified:
        return u.verifiedIds >= 0 ? locale.toString(u.verifiedIds) : QString();
    case State:
        return uploadStateName(u.state);
    case Message:
        return u.message;
    }
    return {};
}

QVariant UploadHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Profile:
        return tr("Profile");
    case Audience:
        return tr("Audience");
    case File:
        return tr("File");
    case Ids:
        return tr("IDs");
    case Verified:
        return tr("In Batch");
    case State:
        return tr("State");
    case Message:
        return tr("Details");
    }
    return {};
}
