// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/FilePage.h"

#include "wizard/ImportWizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_info);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &FilePage::inspect);
    connect(&m_watcher, &QFutureWatcher<CsvPreview>::finished, this, [this] {
        const CsvPreview p = m_watcher.result();
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

bool FilePage::validatePage()
{
    const QString path = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    m_wizard->setCsvPath(path);
    if (m_wizard->context().settings)
        m_wizard->context().settings->setValue(QStringLiteral("import/lastFolder"),
                                               QFileInfo(path).absolutePath());
    return true;
}
