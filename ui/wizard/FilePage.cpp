// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/FilePage.h"

#include "wizard/ImportWizard.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <climits>

FilePage::FilePage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_info(new QLabel(this))
    , m_pasteButton(new QPushButton(tr("Paste &IDs"), this))
{
    setTitle(tr("Choose a CSV file")); // or a workbook: the subtitle says so
    setSubTitle(tr("A segment exported from your CRM, or an Excel workbook (.xlsx): one install "
                   "ID per row, and any columns you want as attributes or tags."));
    m_path->setPlaceholderText(tr("/path/to/segment.csv"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    m_info->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    row->addWidget(m_pasteButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_info);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &FilePage::inspect);
    m_path->installEventFilter(this); // Ctrl+V of several lines pastes IDs (see eventFilter)
    m_pasteButton->setToolTip(tr("A column of install IDs copied from a spreadsheet (or cells "
                                 "with a header row), read as the file"));
    connect(m_pasteButton, &QPushButton::clicked, this,
            [this] { pasteText(QGuiApplication::clipboard()->text()); });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &FilePage::updatePasteButton);
    updatePasteButton();
    connect(&m_pasteWatcher, &QFutureWatcher<PastedTable::Saved>::finished, this,
            &FilePage::showPasted);
    connect(&m_watcher, &QFutureWatcher<CsvPreview>::finished, this, [this] {
        const CsvPreview p = m_watcher.result();
        if (!m_pasted.path.isEmpty() || m_pasteWatcher.isRunning())
            return; // IDs were pasted since: they replace that file
        if (!p.ok) {
            // Not a text file (or no longer readable): said here, and no going on with it.
            m_info->setText(p.error);
            m_readable = false;
            emit completeChanged();
            return;
        }
        const QLocale locale;
        if (!p.sheets.isEmpty()) {
            m_info->setText(
                tr("%1 — Excel workbook, %Ln sheets; the first, “%2”, has about %3.", nullptr,
                   int(p.sheets.size()))
                    .arg(locale.formattedDataSize(p.fileSize), p.format.sheet,
                         tr("%Ln rows", nullptr, int(std::min<qint64>(p.estimatedRows, INT_MAX)))));
            return;
        }
        m_info->setText(
            tr("%1 — about %2, %Ln columns, %3.", nullptr, int(p.header.size()))
                .arg(locale.formattedDataSize(p.fileSize),
                     tr("%Ln rows", nullptr, int(std::min<qint64>(p.estimatedRows, INT_MAX))),
                     csvEncodingName(p.format.encoding)));
    });
}

void FilePage::setPath(const QString &path)
{
    m_path->setText(path);
}

void FilePage::browse()
{
    QString folder = QFileInfo(m_path->text()).absolutePath();
    if (m_wizard->context().settings && m_path->text().isEmpty())
        folder
            = m_wizard->context().settings->value(QStringLiteral("import/lastFolder")).toString();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), folder,
                                       tr("CSV files and Excel workbooks (*.csv *.tsv *.txt "
                                          "*.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void FilePage::inspect()
{
    m_pasted = {}; // a path typed or chosen replaces pasted IDs
    const QFileInfo info(m_path->text().trimmed());
    m_readable = info.isFile() && info.isReadable();
    emit completeChanged();
    if (!m_readable) {
        m_info->setText(m_path->text().isEmpty() ? QString() : tr("This file cannot be read."));
        return;
    }
    m_info->setText(tr("Reading…"));
    const QString path = info.absoluteFilePath();
    m_watcher.setFuture(QtConcurrent::run([path] { return CsvPreview::read(path, {}, 200); }));
}

bool FilePage::isComplete() const
{
    return m_readable;
}

void FilePage::updatePasteButton()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    m_pasteButton->setEnabled(data && data->hasText() && !m_pasteWatcher.isRunning());
}

void FilePage::pasteText(const QString &text)
{
    if (m_pasteWatcher.isRunning())
        return;
    {
        const QSignalBlocker blocker(m_path); // not a path the user chose: none shown
        m_path->clear();
    }
    m_pasted = {};
    m_readable = false;
    emit completeChanged();
    m_info->setText(tr("Reading the pasted IDs…"));
    m_pasteWatcher.setFuture(QtConcurrent::run([text] { return PastedTable::save(text); }));
    updatePasteButton();
}

void FilePage::showPasted()
{
    updatePasteButton();
    const PastedTable::Saved saved = m_pasteWatcher.result();
    if (!m_path->text().isEmpty())
        return; // a path was typed meanwhile: it wins
    if (!saved.ok()) {
        m_info->setText(saved.error);
        return;
    }
    m_pasted = saved;
    m_readable = true;
    const int rows = int(std::min<qint64>(saved.rows, INT_MAX));
    if (saved.columns == 1 && saved.headerAdded)
        m_info->setText(tr("Pasted from the clipboard: %Ln IDs in one column.", nullptr, rows));
    else if (saved.columns == 1)
        m_info->setText(tr("Pasted from the clipboard: %Ln IDs under “%1”.", nullptr, rows)
                            .arg(saved.header.value(0)));
    else
        m_info->setText(
            tr("Pasted from the clipboard: %Ln rows of %1, with the column names %2.", nullptr,
               rows)
                .arg(tr("%n columns", nullptr, saved.columns),
                     QLocale().createSeparatedList(saved.header.mid(0, 6))
                         + (saved.header.size() > 6 ? QStringLiteral(" …") : QString())));
    emit completeChanged();
}

bool FilePage::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+V of several lines in the path field: IDs copied from a spreadsheet (no path holds
    // a line end), pasted as IDs rather than glued into one line as a path.
    if (watched == m_path && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString text = QGuiApplication::clipboard()->text();
        if (text.contains(u'\n') || text.contains(u'\r')) {
            pasteText(text);
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

bool FilePage::validatePage()
{
    if (!m_pasted.path.isEmpty()) {
        m_wizard->setCsvPath(m_pasted.path);
        return true;
    }
    const QString path = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    m_wizard->setCsvPath(path);
    if (m_wizard->context().settings)
        m_wizard->context().settings->setValue(QStringLiteral("import/lastFolder"),
                                               QFileInfo(path).absolutePath());
    return true;
}
