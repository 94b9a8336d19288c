// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/TagEditor.h"

#include "import/TagNormalizer.h"

#include <QComboBox>
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
    , m_separator(new QComboBox(this))
    , m_customSeparator(new QLineEdit(this))
    , m_tagEdit(new QLineEdit(this))
    , m_tags(new QListWidget(this))
{
    m_columns->setObjectName(QStringLiteral("tagColumnList"));
    m_separator->setObjectName(QStringLiteral("separatorBox"));
    m_customSeparator->setObjectName(QStringLiteral("customSeparatorEdit"));
    m_tagEdit->setObjectName(QStringLiteral("tagEdit"));
    m_tags->setObjectName(QStringLiteral("tagList"));
    m_columns->setAccessibleName(tr("Tag columns"));
    m_columns->setMaximumHeight(110);
    // What tag cells hold between tags. Named, so a space is not an empty-looking field.
    m_separator->addItem(tr("| (pipe)"), QStringLiteral("|"));
    m_separator->addItem(tr("; (semicolon)"), QStringLiteral(";"));
    m_separator->addItem(tr(", (comma)"), QStringLiteral(","));
    m_separator->addItem(tr("Space"), QStringLiteral(" "));
    m_separator->addItem(tr("Custom…"));
    m_separator->setAccessibleName(tr("Tag separator"));
    m_customSeparator->setMaxLength(3);
    m_customSeparator->setMaximumWidth(80);
    m_customSeparator->setPlaceholderText(tr("e.g. /"));
    m_customSeparator->setAccessibleName(tr("Custom tag separator"));
    m_customSeparator->hide();
    m_tagEdit->setPlaceholderText(tr("e.g. spring_sale"));
    m_tags->setMaximumHeight(80);
    m_tags->setAccessibleName(tr("Tags for every ID"));
    auto *add = new QPushButton(tr("A&dd Tag"), this);
    auto *remove = new QPushButton(tr("Re&move Tag"), this);

    auto *columnsBox = new QGroupBox(tr("Columns holding tags"), this);
    auto *cl = new QFormLayout(columnsBox);
    cl->addRow(m_columns);
    auto *separatorLabel = new QLabel(tr("&Separator:"), columnsBox);
    separatorLabel->setBuddy(m_separator);
    auto *separatorRow = new QHBoxLayout;
    separatorRow->addWidget(m_separator);
    separatorRow->addWidget(m_customSeparator);
    separatorRow->addStretch(1);
    cl->addRow(separatorLabel, separatorRow);
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
    connect(m_separator, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = !m_separator->currentData().isValid();
        m_customSeparator->setVisible(custom);
        if (custom && m_separator->hasFocus())
            m_customSeparator->setFocus();
        emit changed();
    });
    connect(m_customSeparator, &QLineEdit::textEdited, this, &TagEditor::changed);
}

QString TagEditor::separator() const
{
    const QVariant named = m_separator->currentData();
    return named.isValid() ? named.toString() : m_customSeparator->text();
}

void TagEditor::setSeparator(const QString &separator)
{
    const QSignalBlocker blockBox(m_separator);
    const int named = separator.isEmpty() ? -1 : m_separator->findData(separator);
    m_separator->setCurrentIndex(named >= 0 ? named : m_separator->count() - 1);
    m_customSeparator->setText(named >= 0 ? QString() : separator);
    m_customSeparator->setVisible(named < 0);
}

QString TagEditor::problem() const
{
    if (!separator().isEmpty())
        return {};
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            return tr("Type a custom tag separator, or choose one from the list.");
    }
    return {};
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
            setSeparator(t.separator);
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
            list.append({m_columns->item(i)->text(),
                         separator().isEmpty() ? QStringLiteral("|") : separator()});
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
