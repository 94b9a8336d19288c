// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/FormatPage.h"

#include "import/CsvPreviewModel.h"
#include "wizard/ImportWizard.h"
#include "wizard/StepNotice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <climits>

FormatPage::FormatPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_header(new QCheckBox(tr("First row holds the column na&mes"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new CsvPreviewModel(this))
    , m_why(new StepNotice(this))
{
    m_encoding->setObjectName(QStringLiteral("encodingBox"));
    m_delimiter->setObjectName(QStringLiteral("delimiterBox"));
    m_sheet->setObjectName(QStringLiteral("sheetBox"));
    m_header->setObjectName(QStringLiteral("headerBox"));
    m_model->setObjectName(QStringLiteral("previewModel"));
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("Detected from the file; change anything that looks wrong. The preview "
                   "shows the first 100 rows."));
    for (CsvEncoding e :
         {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE, CsvEncoding::Windows1252})
        m_encoding->addItem(csvEncodingName(e), int(e));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe ( | )"), QStringLiteral("|"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->setAccessibleName(tr("Preview"));
    m_status->setWordWrap(true);

    m_sheet->setAccessibleName(tr("Sheet"));
    m_form = new QFormLayout;
    m_form->addRow(tr("&Encoding:"), m_encoding);
    m_form->addRow(tr("&Delimiter:"), m_delimiter);
    m_form->addRow(tr("S&heet:"), m_sheet);
    m_form->addRow(QString(), m_header);
    m_form->setRowVisible(m_sheet, false); // a workbook's, shown for one
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_why);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    auto changed = [this] {
        if (!m_updating)
            reread(false);
    };
    connect(m_encoding, &QComboBox::currentIndexChanged, this, changed);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, changed);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, changed);
    connect(m_header, &QCheckBox::toggled, this, changed);
    connect(&m_watcher, &QFutureWatcher<ImportDraft>::finished, this, [this] {
        m_reading = false;
        m_wizard->adoptDraft(m_watcher.result());
        showPreview();
    });
}

void FormatPage::initializePage()
{
    const ImportDraft &d = m_wizard->draft();
    const QStringList why = d.reasons(ImportDraft::Step::Format);
    m_why->setReasons(why);
    if (d.path == m_wizard->csvPath() && d.preview.ok)
        showPreview(); // read when the file was chosen
    else
        reread(true);
}

void FormatPage::reread(bool detect)
{
    CsvFormat requested;
    if (!detect) {
        requested.encoding = CsvEncoding(m_encoding->currentData().toInt());
        requested.delimiter = m_delimiter->currentData().toString().at(0);
        requested.hasHeader = m_header->isChecked();
        requested.sheet = m_sheet->currentText(); // empty for a CSV file
    }
    m_status->setText(tr("Reading…"));
    m_reading = true;
    const QString path = m_wizard->csvPath();
    m_watcher.setFuture(QtConcurrent::run(m_wizard->context().pool, [path, requested, detect] {
        return ImportDraft::inspect(path, requested, !detect);
    }));
    emit completeChanged();
}

void FormatPage::showPreview()
{
    const CsvPreview &p = m_wizard->preview();
    m_model->setPreview(p);
    if (!p.ok) {
        m_status->setText(p.error);
        emit completeChanged();
        return;
    }
    m_updating = true;
    const bool workbook = !p.sheets.isEmpty();
    m_form->setRowVisible(m_encoding, !workbook);
    m_form->setRowVisible(m_delimiter, !workbook);
    m_form->setRowVisible(m_sheet, workbook);
    m_sheet->clear();
    m_sheet->addItems(p.sheets);
    if (workbook) {
        m_sheet->setCurrentIndex(int(p.sheets.indexOf(p.format.sheet)));
    } else {
        m_encoding->setCurrentIndex(m_encoding->findData(int(p.format.encoding)));
        m_delimiter->setCurrentIndex(m_delimiter->findData(QString(p.format.delimiter)));
    }
    m_header->setChecked(p.format.hasHeader);
    m_updating = false;
    int issues = 0;
    for (const QString &i : p.rowIssues)
        issues += !i.isEmpty();
    m_status->setText(
        tr("%Ln columns%1. About %2 in the file.", nullptr, int(p.header.size()))
            .arg(issues ? tr("; %Ln of the rows shown have a problem (hover them)", nullptr, issues)
                        : QString(),
                 tr("%Ln rows", nullptr, int(std::min<qint64>(p.estimatedRows, INT_MAX)))));
    if (!m_wizard->draft().blocking.isEmpty()) // read this way, nothing to send
        m_status->setText(m_wizard->draft().blocking);
    emit completeChanged();
}

bool FormatPage::isComplete() const
{
    return !m_reading && m_wizard->draft().isReady() && !m_wizard->preview().header.isEmpty();
}

bool FormatPage::validatePage()
{
    ImportDraft::applyFormat(m_wizard->mapping(), m_wizard->preview());
    return true;
}
