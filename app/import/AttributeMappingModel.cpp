// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AttributeMappingModel.h"

#include <QRegularExpression>

AttributeMappingModel::AttributeMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QStringList AttributeMappingModel::typeNames()
{
    return {QStringLiteral("string"), QStringLiteral("int"),  QStringLiteral("float"),
            QStringLiteral("bool"),   QStringLiteral("date"), QStringLiteral("url")};
}

void AttributeMappingModel::setAttributes(const QList<ColumnMapping::Attribute> &attributes)
{
    beginResetModel();
    m_attributes = attributes;
    m_samples.clear();
    endResetModel();
    emit mappingChanged();
}

void AttributeMappingModel::setSamples(const QList<QStringList> &samples)
{
    m_samples = samples;
    if (rowCount() > 0)
        emit dataChanged(index(0, Samples), index(rowCount() - 1, DateFormat));
}

QStringList AttributeMappingModel::excludedColumns() const
{
    QStringList columns;
    for (const auto &a : m_attributes) {
        if (!a.included)
            columns << a.column;
    }
    return columns;
}

int AttributeMappingModel::includedCount() const
{
    int n = 0;
    for (const auto &a : m_attributes)
        n += a.included;
    return n;
}

QString AttributeMappingModel::problem(int row) const
{
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9_]{1,30}$"));
    const auto &a = m_attributes.at(row);
    if (!a.included)
        return {};
    if (!nameRe.match(a.name).hasMatch())
        return tr("“%1”: use 1 to 30 characters of a–z, 0–9 and _").arg(a.name);
    for (int i = 0; i < row; ++i) {
        if (m_attributes.at(i).included && m_attributes.at(i).name == a.name)
            return tr("“%1” is used twice").arg(a.name);
    }
    return {};
}

QStringList AttributeMappingModel::problems() const
{
    QStringList list;
    for (int row = 0; row < m_attributes.size(); ++row) {
        if (const QString p = problem(row); !p.isEmpty())
            list << p;
    }
    if (includedCount() > ColumnMapping::maxAttributes)
        list << tr("%1 attributes are included; Batch accepts at most %2")
                    .arg(includedCount())
                    .arg(ColumnMapping::maxAttributes);
    return list;
}

int AttributeMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attributes.size());
}

int AttributeMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttributeMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &a = m_attributes.at(index.row());
    if (role == ProblemRole || (role == Qt::ToolTipRole && index.column() == Name))
        return problem(index.row());
    if (index.column() == Include && role == Qt::CheckStateRole)
        return a.included ? Qt::Checked : Qt::Unchecked;
    if (index.column() == Samples && role == Qt::ToolTipRole)
        return samples(index.row()).join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Source:
        return a.column;
    case Samples:
        return samples(index.row()).join(QStringLiteral(" · "));
    case Name:
        return a.name;
    case Type:
        return attributeTypeName(a.type);
    case DateFormat:
        if (a.type != AttributeType::Date)
            return role == Qt::EditRole ? QString() : QString();
        if (role == Qt::EditRole)
            return a.dateFormat;
        if (const QString sample = samples(index.row()).value(0); !sample.isEmpty())
            return tr("%1, as in %2", "date format, sample")
                .arg(a.dateFormat.isEmpty() ? tr("ISO 8601") : a.dateFormat, sample);
        return a.dateFormat.isEmpty() ? tr("ISO 8601") : a.dateFormat;
    }
    return {};
}

bool AttributeMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    auto &a = m_attributes[index.row()];
    if (index.column() == Include && role == Qt::CheckStateRole) {
        a.included = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == Name) {
        a.name = value.toString().trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    } else if (index.column() == Type) {
        const auto type = attributeTypeFromName(value.toString());
        if (!type)
            return false;
        a.type = *type;
    } else if (index.column() == DateFormat) {
        a.dateFormat = value.toString().trimmed();
    } else {
        return false;
    }
    // A name or an include can make or end a clash with another row: refresh them all.
    emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    emit mappingChanged();
    return true;
}

Qt::ItemFlags AttributeMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const auto &a = m_attributes.at(index.row());
    if (index.column() == Include)
        return f | Qt::ItemIsUserCheckable;
    if (!a.included)
        return f & ~Qt::ItemIsEnabled;
    if (index.column() == Name || index.column() == Type
        || (index.column() == DateFormat && a.type == AttributeType::Date))
        return f | Qt::ItemIsEditable;
    return f;
}

QVariant AttributeMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Include:
        return tr("Include");
    case Source:
        return tr("CSV column");
    case Samples:
        return tr("Samples");
    case Name:
        return tr("Attribute name");
    case Type:
        return tr("Type");
    case DateFormat:
        return tr("Date format");
    }
    return {};
}
