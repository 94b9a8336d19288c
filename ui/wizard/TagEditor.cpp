// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/TagEditor.h"

#include "import/TagNormalizer.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
    , m_columns(new QListWidget(this))
    , m_separator(new QLineEdit(QStringLiteral("|"), this))
    , m_tagEdit(new QLineEdit(this))
    , m_tags(new QListWidget(this))
{
    m_columns->setAccessibleName(tr("Tag columns"));
    m_columns->setMaximumHeight(110);
    m_separator->setMaximumWidth(50);
    m_separator->setMaxLength(3);
    m_tagEdit->setPlaceholderText(tr("e.g. spring_sale"));
    m_tags->setMaximumHeight(80);
    m_tags->setAccessibleName(tr("Tags for every ID"));
    auto *add = new QPushButton(tr("A&dd Tag"), this);
    auto *remove = new QPushButton(tr("Re&move Tag"), this);

    auto *columnsBox = new QGroupBox(tr("Columns holding tags"), this);
    auto *cl = new QFormLayout(columnsBox);
    cl->addRow(m_columns);
    cl->addRow(tr("&Separator:"), m_separator);
    auto *tagsBox = new QGroupBox(tr("Tags added to every ID"), this);
    auto *tl = new QVBoxLayout(tagsBox);
    auto *row = new QHBoxLayout;
    row->addWidget(m_tagEdit, 1);
    row->addWidget(add);
    row->addWidget(remove);
    tl->addLayout(row);
    tl->addWidget(m_tags);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(columnsBox, 1);
    layout->addWidget(tagsBox, 1);

    connect(m_tagEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int cursor = m_tagEdit->cursorPosition();
        m_tagEdit->setText(text.toLower()); // tags are lowercase: show it as typed
        m_tagEdit->setCursorPosition(cursor);
    });
    m_tagEdit->installEventFilter(this); // Enter adds the tag (see eventFilter)
    connect(add, &QPushButton::clicked, this, &TagEditor::addTag);
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_tags->currentItem();
        emit changed();
    });
    connect(m_columns, &QListWidget::itemChanged, this, &TagEditor::changed);
    connect(m_separator, &QLineEdit::textEdited, this, &TagEditor::changed);
}

void TagEditor::setColumns(const QStringList &header,
                           const QList<ColumnMapping::TagColumn> &tagColumns,
                           const QStringList &constantTags)
{
    const QSignalBlocker blocker(m_columns);
    m_columns->clear();
    const ColumnIndex columns(header);
    QSet<int> checked;
    for (const auto &t : tagColumns) {
        if (const int index = columns.resolve(t.column); index >= 0 && index < header.size()) {
            checked.insert(index);
            m_separator->setText(t.separator);
        }
    }
    for (int i = 0; i < header.size(); ++i) {
        auto *item = new QListWidgetItem(header.at(i), m_columns);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(i) ? Qt::Checked : Qt::Unchecked);
    }
    m_tags->clear();
    m_tags->addItems(constantTags);
}

QList<ColumnMapping::TagColumn> TagEditor::tagColumns() const
{
    QList<ColumnMapping::TagColumn> list;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            list.append(
                {m_columns->item(i)->text(),
                 m_separator->text().isEmpty() ? QStringLiteral("|") : m_separator->text()});
    }
    return list;
}

QStringList TagEditor::constantTags() const
{
    QStringList tags;
    for (int i = 0; i < m_tags->count(); ++i)
        tags << m_tags->item(i)->text();
    return tags;
}

void TagEditor::addTag()
{
    const QString tag = TagNormalizer::normalize(m_tagEdit->text());
    if (tag.isEmpty() || tag.size() > 64 || !m_tags->findItems(tag, Qt::MatchExactly).isEmpty())
        return;
    m_tags->addItem(tag);
    m_tagEdit->clear();
    emit changed();
}

bool TagEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in a filled tag field adds the tag and stops there: a QLineEdit passes Enter on,
    // and the wizard would also go to the next page. An empty field lets Enter through.
    if (watched == m_tagEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter)
            && !m_tagEdit->text().trimmed().isEmpty()) {
            addTag();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
