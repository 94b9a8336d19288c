// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/MappingPage.h"

#include "common/MessageBox.h"
#include "common/Palette.h"
#include "import/AttributeMappingModel.h"
#include "import/ImportDraft.h"
#include "import/TypeGuesser.h"
#include "upload/ImportSession.h"
#include "wizard/AttributeNameDelegate.h"
#include "wizard/AttributeTypeDelegate.h"
#include "wizard/ImportWizard.h"
#include "wizard/StepNotice.h"
#include "wizard/TagEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

MappingPage::MappingPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_idColumn(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_model(new AttributeMappingModel(this))
    , m_count(new QLabel(this))
    , m_decimalComma(new QCheckBox(tr("Numbers use a decimal &comma (3,14)"), this))
    , m_tags(new TagEditor(this))
    , m_problems(new QLabel(this))
    , m_notSent(new QLabel(this))
    , m_commaNote(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_why(new StepNotice(this))
    , m_recentButton(new QPushButton(tr("&Recent Mappings"), this))
    , m_recentMenu(new QMenu(this))
{
    m_view->setObjectName(QStringLiteral("attributeView"));
    m_model->setObjectName(QStringLiteral("attributeModel"));
    m_decimalComma->setObjectName(QStringLiteral("decimalCommaBox"));
    m_tags->setObjectName(QStringLiteral("tagEditor"));
    m_notSent->setObjectName(QStringLiteral("notSentLabel"));
    m_commaNote->setObjectName(QStringLiteral("decimalCommaNote"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_recentButton->setObjectName(QStringLiteral("recentButton"));
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose the install ID column, the attributes to send with each ID (at most 15) "
                   "and the tags."));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(AttributeMappingModel::Type,
                                     new AttributeTypeDelegate(m_view));
    m_view->setItemDelegateForColumn(AttributeMappingModel::Name,
                                     new AttributeNameDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AttributeMappingModel::Include, 70);
    m_view->setColumnWidth(AttributeMappingModel::Source, 150);
    m_view->setColumnWidth(AttributeMappingModel::Samples, 210);
    m_view->setColumnWidth(AttributeMappingModel::Name, 150);
    m_view->setColumnWidth(AttributeMappingModel::Type, 90);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setWordWrap(false); // samples elide; their tooltip lists them
    m_view->setTabKeyNavigation(false); // Tab leaves the table: keyboard users reach the rest
    m_view->setAccessibleName(tr("Attributes"));
    m_problems->setWordWrap(true);
    m_notSent->setWordWrap(true);
    m_notSent->hide();
    Palette::setText(m_problems, Palette::Role::Error);
    auto *idLabel = new QLabel(tr("Install &ID column:"), this);
    idLabel->setBuddy(m_idColumn);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->hide();
    m_recentButton->setMenu(m_recentMenu);
    auto *load = new QPushButton(tr("&Load Mapping…"), this);
    auto *save = new QPushButton(tr("Sa&ve Mapping…"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(idLabel);
    top->addWidget(m_idColumn, 1);
    top->addStretch(1);
    top->addWidget(m_recentButton);
    top->addWidget(load);
    top->addWidget(save);
    auto *attrRow = new QHBoxLayout;
    attrRow->addWidget(new QLabel(tr("Attributes:"), this));
    attrRow->addStretch(1);
    attrRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_why);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addLayout(attrRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notSent);
    auto *commaRow = new QHBoxLayout;
    commaRow->addWidget(m_decimalComma);
    commaRow->addWidget(m_commaNote);
    commaRow->addStretch(1);
    layout->addLayout(commaRow);
    layout->addWidget(m_tags);
    layout->addWidget(m_problems);

    connect(m_model, &AttributeMappingModel::mappingChanged, this, &MappingPage::updateState);
    connect(m_tags, &TagEditor::changed, this, &MappingPage::updateState);
    // Removing sends the IDs alone (the mode is chosen on the Target page, then Back):
    // nothing else to map.
    connect(m_wizard, &QWizard::currentIdChanged, this, [this] {
        if (m_wizard->currentPage() != this)
            return;
        const bool idsOnly = m_wizard->session()->mode() == UploadMode::Remove;
        m_view->setVisible(!idsOnly);
        m_tags->setVisible(!idsOnly);
        m_decimalComma->setVisible(!idsOnly);
    });
    connect(m_idColumn, &QComboBox::currentIndexChanged, this, &MappingPage::updateState);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load Mapping"), {},
                                                          tr("Mapping files (*.json)"));
        if (!path.isEmpty())
            loadMapping(path);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Mapping"), QStringLiteral("mapping.json"), tr("Mapping files (*.json)"));
        if (!path.isEmpty())
            saveMapping(path);
    });
}

void MappingPage::initializePage()
{
    const QStringList header = m_wizard->preview().header;
    {
        const QSignalBlocker blocker(m_idColumn);
        m_idColumn->clear();
        m_idColumn->addItems(header);
    }
    fillRecentMenu(m_wizard->recentMappingsFitting(header));
    // The wizard's mapping: decided with the file (the one last used for the target audience
    // when it fits, else the types guessed from the first rows), or as the user left it.
    const ImportDraft &draft = m_wizard->draft();
    const QStringList why = draft.reasons(ImportDraft::Step::Mapping);
    m_why->setReasons(why);
    const QString audience = m_wizard->audience();
    applyKeepingFormat(m_wizard->mapping(),
                       draft.fromRecent ? tr("The mapping you last used for <b>%1</b> is applied. "
                                             "<i>Recent Mappings</i> has the others.")
                                              .arg(audience.toHtmlEscaped())
                                        : QString());
    // A decimal comma read from the data says where it was seen.
    const ColumnMapping &applied = m_wizard->mapping();
    const ColumnIndex columns(header);
    for (const auto &a : applied.attributes) {
        if (!applied.decimalComma || draft.fromRecent || a.type != AttributeType::Float)
            continue;
        const auto guess
            = TypeGuesser::guessColumn(m_wizard->preview().rows, columns.resolve(a.column));
        if (guess.decimalComma) {
            m_commaNote->setText(tr("(guessed from %1: %2)").arg(a.column, guess.sample));
            m_commaNote->show();
            break;
        }
    }
}

void MappingPage::applyKeepingFormat(const ColumnMapping &mapping, const QString &notice)
{
    ColumnMapping m = mapping;
    const ColumnMapping &read = m_wizard->mapping(); // the Format page's choices win
    m.encoding = read.encoding, m.delimiter = read.delimiter, m.hasHeader = read.hasHeader;
    m.sheet = read.sheet;
    apply(m);
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void MappingPage::fillRecentMenu(const QList<RecentMappings::Entry> &entries)
{
    m_recentMenu->clear();
    for (const RecentMappings::Entry &e : entries) {
        const QString when
            = QLocale().toString(e.usedAt.toLocalTime().date(), QLocale::ShortFormat);
        const int n = e.mapping.includedAttributeCount();
        const QString attributes = tr("%Ln attributes", nullptr, n);
        const QString text = tr("%1 — %2, used %3").arg(e.audience, attributes, when);
        const ColumnMapping mapping = e.mapping;
        const QString audience = e.audience;
        m_recentMenu->addAction(text, this, [this, mapping, audience] {
            applyKeepingFormat(mapping,
                               tr("The mapping you last used for <b>%1</b> is applied.")
                                   .arg(audience.toHtmlEscaped()));
        });
    }
    m_recentButton->setEnabled(!entries.isEmpty());
    m_recentButton->setToolTip(
        entries.isEmpty() ? tr("No earlier import of this profile fits this file's columns")
                          : tr("Use the mapping of an earlier import into an audience"));
}

void MappingPage::apply(const ColumnMapping &mapping)
{
    const QStringList header = m_wizard->preview().header;
    const ColumnMapping laid = mapping.laidOutFor(header); // what current() gives back
    m_idColumn->setCurrentIndex(std::max(0, int(header.indexOf(laid.idColumn))));
    QList<QStringList> samples;
    samples.reserve(laid.attributes.size());
    const ColumnIndex columns(header);
    for (const ColumnMapping::Attribute &a : laid.attributes)
        samples.append(TypeGuesser::samples(m_wizard->preview().rows, columns.resolve(a.column)));
    m_model->setAttributes(laid.attributes);
    m_model->setSamples(samples);
    m_decimalComma->setChecked(laid.decimalComma);
    m_commaNote->hide(); // initializePage() says when the data decided
    m_tags->setColumns(header, laid.tagColumns, laid.constantTags);
    m_wizard->mapping() = laid;
    updateState();
}

ColumnMapping MappingPage::current() const
{
    ColumnMapping m = m_wizard->mapping();
    m.idColumn = m_idColumn->currentText();
    m.attributes.clear();
    for (const auto &a : m_model->attributes()) {
        if (a.column != m.idColumn)
            m.attributes.append(a);
    }
    m.tagColumns = m_tags->tagColumns();
    m.constantTags = m_tags->constantTags();
    m.decimalComma = m_decimalComma->isChecked();
    return m;
}

void MappingPage::updateState()
{
    const int n = m_model->includedCount();
    m_count->setText(tr("%L1 of %L2 attributes").arg(n).arg(ColumnMapping::maxAttributes));
    if (n > ColumnMapping::maxAttributes)
        Palette::setText(m_count, Palette::Role::Error);
    else
        Palette::clearText(m_count);
    QFont countFont = m_count->font();
    countFont.setBold(n > ColumnMapping::maxAttributes);
    m_count->setFont(countFont);
    QStringList problems = m_model->problems();
    for (const auto &a : m_model->attributes()) {
        if (a.included && a.column == m_idColumn->currentText())
            problems << tr("“%1” is the ID column: it cannot also be an attribute").arg(a.column);
    }
    if (const QString tags = m_tags->problem(); !tags.isEmpty())
        problems << tags;
    updateNotSent();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    if (problems.isEmpty() && m_wizard->currentPage() == this) {
        m_wizard->mapping() = current(); // checked in the background once it settles
        m_wizard->recheckSoon();
    }
    emit completeChanged();
}

void MappingPage::updateNotSent()
{
    // Named, so a column past the 15th is never dropped without the user seeing it. The ID
    // column and the tag columns are sent, as the ID and as tags: not listed.
    QStringList excluded = m_model->excludedColumns();
    excluded.removeAll(m_idColumn->currentText());
    for (const ColumnMapping::TagColumn &tags : m_tags->tagColumns())
        excluded.removeAll(tags.column);
    constexpr int shown = 8;
    QString names = excluded.mid(0, shown).join(QStringLiteral(", "));
    if (excluded.size() > shown)
        names = tr("%1 and %n more", nullptr, int(excluded.size() - shown)).arg(names);
    if (m_model->rowCount() > ColumnMapping::maxAttributes)
        m_notSent->setText(tr("Not sent: %1 — Batch takes %2 attributes")
                               .arg(names)
                               .arg(ColumnMapping::maxAttributes));
    else
        m_notSent->setText(tr("Not sent: %1").arg(names));
    m_notSent->setVisible(!excluded.isEmpty());
}

bool MappingPage::isComplete() const
{
    return m_idColumn->currentIndex() >= 0 && m_problems->text().isEmpty();
}

bool MappingPage::validatePage()
{
    m_wizard->mapping() = current();
    return true;
}

bool MappingPage::saveMapping(const QString &path)
{
    QString error;
    if (current().save(path, &error))
        return true;
    MessageBox::warning(this, tr("Save Mapping"),
                        tr("The mapping could not be saved: %1").arg(error));
    return false;
}

bool MappingPage::loadMapping(const QString &path)
{
    QString error;
    const auto mapping = ColumnMapping::load(path, &error);
    if (!mapping) {
        MessageBox::warning(this, tr("Load Mapping"),
                            tr("The mapping could not be loaded: %1").arg(error));
        return false;
    }
    applyKeepingFormat(
        *mapping,
        tr("The mapping in <b>%1</b> is applied.").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    return true;
}
