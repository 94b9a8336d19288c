// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/AudienceInfo.h"

#include <QAbstractTableModel>
#include <QList>

// The audiences of the page on screen. Display strings are formatted for people
// (locale-grouped counts, local times); UnderlyingDataRole gives the raw values so the
// sort proxy orders numbers and dates, not their text.
class AudienceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Description, Ids, Created, Updated, ColumnCount };
    Q_ENUM(Column)
    enum Role { UnderlyingDataRole = Qt::UserRole + 1, AudienceNameRole };

    explicit AudienceTableModel(QObject *parent = nullptr);

    void setAudiences(const QList<AudienceInfo> &audiences);
    void appendAudiences(const QList<AudienceInfo> &more); // rows inserted, no reset
    const QList<AudienceInfo> &audiences() const { return m_audiences; }
    const AudienceInfo *audienceAt(int row) const;
    int rowOf(const QString &name) const; // -1 when not on this page

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString typeLabel(const QString &apiType);
    static QString shortDateTime(const QDateTime &utc);

private:
    QVariant displayData(const AudienceInfo &audience, int column) const;
    QVariant underlyingData(const AudienceInfo &audience, int column) const;

    QList<AudienceInfo> m_audiences;
};
