// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ColumnMapping.h"

#include <QAbstractTableModel>

// The attribute editor's rows: include, source column, sample values (a few of the file's,
// so the table reads like the file), attribute name (lowercased and checked as typed), type
// and date format (with a sample it reads). Tells how many are included against the 15
// Batch allows, which names are wrong, and which columns are not sent.
class AttributeMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Include, Source, Samples, Name, Type, DateFormat, ColumnCount };
    Q_ENUM(Column)
    enum Role { ProblemRole = Qt::UserRole + 1 };

    explicit AttributeMappingModel(QObject *parent = nullptr);

    void setAttributes(const QList<ColumnMapping::Attribute> &attributes);
    const QList<ColumnMapping::Attribute> &attributes() const { return m_attributes; }
    int includedCount() const;
    QString problem(int row) const; // empty when the row is fine
    QStringList problems() const; // every row's problem, plus the limit
    // Sample values of each row's column (the preview's), in row order.
    void setSamples(const QList<QStringList> &samples);
    QStringList samples(int row) const { return m_samples.value(row); }
    QStringList excludedColumns() const; // the columns not ticked, in order

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QStringList typeNames();

signals:
    void mappingChanged();

private:
    QList<ColumnMapping::Attribute> m_attributes;
    QList<QStringList> m_samples;
};
