// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/AttributeTypeDelegate.h"

#include "import/AttributeMappingModel.h"

#include <QComboBox>

QWidget *AttributeTypeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                             const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    box->addItems(AttributeMappingModel::typeNames());
    return box;
}

void AttributeTypeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentText(index.data(Qt::EditRole).toString());
}

void AttributeTypeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                         const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}
