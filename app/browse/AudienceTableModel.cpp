// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AudienceTableModel.h"

#include <QLocale>

AudienceTableModel::AudienceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AudienceTableModel::setAudiences(const QList<AudienceInfo> &audiences)
{
    beginResetModel();
    m_audiences = audiences;
    endResetModel();
}

void AudienceTableModel::appendAudiences(const QList<AudienceInfo> &more)
{
    if (more.isEmpty())
        return;
    const int first = int(m_audiences.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_audiences.append(more);
    endInsertRows();
}

const AudienceInfo *AudienceTableModel::audienceAt(int row) const
{
    return row >= 0 && row < m_audiences.size() ? &m_audiences.at(row) : nullptr;
}

int AudienceTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_audiences.size(); ++row) {
        if (m_audiences.at(row).name == name)
            return row;
    }
    return -1;
}

int AudienceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_audiences.size());
}

int AudienceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AudienceTableModel::typeLabel(const QString &apiType)
{
    if (apiType == u"install_ids")
        return tr("Install IDs");
    if (apiType == u"custom_ids")
        return tr("Custom user IDs");
    if (apiType == u"advertising_ids")
        return tr("Advertising IDs");
    return apiType;
}

QVariant AudienceTableModel::displayData(const AudienceInfo &audience, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return audience.name;
    case Type:
        return typeLabel(audience.type);
    case Description:
        return audience.description;
    case Ids:
        return locale.toString(audience.idCount);
    case Created:
        return shortDateTime(audience.created);
    case Updated:
        return shortDateTime(audience.updated);
    }
    return {};
}

QString AudienceTableModel::shortDateTime(const QDateTime &utc)
{
    // Date and time in the user's short forms, without seconds: fits a table column.
    const QLocale locale;
    return locale.toString(
        utc.toLocalTime(),
        locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ')
            + locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
}

QVariant AudienceTableModel::underlyingData(const AudienceInfo &audience, int column) const
{
    switch (column) {
    case Name:
        return audience.name;
    case Type:
        return audience.type;
    case Description:
        return audience.description;
    case Ids:
        return audience.idCount;
    case Created:
        return audience.created;
    case Updated:
        return audience.updated;
    }
    return {};
}

QVariant AudienceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AudienceInfo &audience = m_audiences.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(audience, index.column());
    case UnderlyingDataRole:
        return underlyingData(audience, index.column());
    case AudienceNameRole:
        return audience.name;
    case Qt::ToolTipRole:
        if (index.column() == Created || index.column() == Updated) {
            const QDateTime &utc = index.column() == Created ? audience.created : audience.updated;
            return tr("%1 UTC").arg(utc.toUTC().toString(Qt::ISODate).chopped(1));
        }
        if (index.column() == Description)
            return audience.description;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Ids)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant AudienceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Description:
        return tr("Description");
    case Ids:
        return tr("IDs");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    }
    return {};
}
