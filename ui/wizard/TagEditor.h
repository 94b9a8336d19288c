// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ColumnMapping.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;

// Tag columns (checked in a list, with one separator: a named one, "| (pipe)", "; (semicolon)",
// ..., or a custom one typed) and constant tags added to every ID (lowercased as typed,
// removable).
class TagEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TagEditor(QWidget *parent = nullptr);

    void setColumns(const QStringList &header, const QList<ColumnMapping::TagColumn> &tagColumns,
                    const QStringList &constantTags);
    QList<ColumnMapping::TagColumn> tagColumns() const;
    QStringList constantTags() const;
    // The tag columns' separator: the named one chosen, or the custom one typed.
    QString separator() const;
    void setSeparator(const QString &separator); // a named one when it is one, else Custom
    // Why the tag columns cannot be read as chosen (a custom separator left empty), or empty.
    QString problem() const;

    void addTag();

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QListWidget *m_columns;
    QComboBox *m_separator; // the named separators, then Custom… (no data)
    QLineEdit *m_customSeparator; // shown for Custom…
    QLineEdit *m_tagEdit;
    QListWidget *m_tags;
};
