// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ColumnMapping.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

// Tag columns (checked in a list, with one separator) and constant tags added to every
// ID (lowercased as typed, removable).
class TagEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TagEditor(QWidget *parent = nullptr);

    void setColumns(const QStringList &header, const QList<ColumnMapping::TagColumn> &tagColumns,
                    const QStringList &constantTags);
    QList<ColumnMapping::TagColumn> tagColumns() const;
    QStringList constantTags() const;

    QListWidget *columnList() const { return m_columns; }
    QLineEdit *tagEdit() const { return m_tagEdit; }
    QListWidget *tagList() const { return m_tags; }
    void addTag();

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QListWidget *m_columns;
    QLineEdit *m_separator;
    QLineEdit *m_tagEdit;
    QListWidget *m_tags;
};
