// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/AttributeNameDelegate.h"

#include <QLineEdit>

QValidator::State AttributeNameValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos) // the text keeps its length, so the cursor stays where it was
    input = input.toLower();
    input.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (input.size() > 30)
        return Invalid;
    for (QChar c : std::as_const(input)) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return Invalid;
    }
    return input.isEmpty() ? Intermediate : Acceptable;
}

QWidget *AttributeNameDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setValidator(new AttributeNameValidator(line));
    return editor;
}
