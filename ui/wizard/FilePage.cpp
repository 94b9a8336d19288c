// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/FilePage.h"

#include "common/Palette.h"
#include "settings/AppSettings.h"
#include "upload/ImportSession.h"
#include "wizard/ImportWizard.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <climits>

FilePage::FilePage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_info(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_review(new QCheckBox(tr("Show e&very step (format, mapping, check), even when the file "
                                "is clean"),
                             this))
    , m_pasteButton(new QPushButton(tr("Paste &IDs"), this))
{
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_info->setObjectName(QStringLiteral("infoLabel"));
    m_status->setObjectName(QStringLiteral("fileStatusLabel"));
    m_pasteButton->setObjectName(QStringLiteral("pasteButton"));
    setTitle(tr("Choose a CSV file")); // or a workbook: the subtitle says so
    setSubTitle(tr("A segment exported from your CRM, or an Excel workbook (.xlsx): one install "
                   "ID per row, and any columns you want as attributes or tags."));
    m_path->setPlaceholderText(tr("/path/to/segment.csv"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    m_info->setWordWrap(true);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Check progress"));
    m_progress->hide();
    m_review->setChecked(wizard->reviewEachStep());

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    row->addWidget(m_pasteButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_info);
    layout->addSpacing(6);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_review);

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
    connect(m_review, &QCheckBox::toggled, this, [this](bool review) {
        m_wizard->setReviewEachStep(review);
        showStatus();
    });
    connect(&m_watcher, &QFutureWatcher<ImportDraft>::finished, this, [this] {
        const ImportDraft draft = m_watcher.result();
        if (draft.path != currentPath())
            return; // another file was chosen meanwhile
        m_wizard->adoptDraft(draft); // its mapping guessed, the check started
    });
    connect(wizard, &ImportWizard::draftChanged, this, [this] {
        showDraft();
        goOnIfWaiting();
    });
    connect(wizard, &ImportWizard::checkFinished, this, [this] {
        showDraft();
        goOnIfWaiting();
    });
    connect(wizard->session(), &ImportSession::checkProgress, this, [this](int permille) {
        m_progress->setValue(permille);
        if (!m_progress->isVisible() && m_wizard->session()->isChecking())
            showStatus();
    });
}

void FilePage::setPath(const QString &path)
{
    m_path->setText(path);
}

QString FilePage::currentPath() const
{
    if (!m_pasted.path.isEmpty())
        return m_pasted.path;
    const QString text = m_path->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(text).absoluteFilePath();
}

QString FilePage::browseFolder() const
{
    const QFileInfo typed(m_path->text().trimmed());
    if (!m_path->text().trimmed().isEmpty() && typed.absoluteDir().exists())
        return typed.absolutePath();
    if (m_wizard->context().settings) {
        const QString last = AppSettings(m_wizard->context().settings).lastImportFolder();
        if (!last.isEmpty() && QDir(last).exists())
            return last;
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FilePage::browse()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), browseFolder(),
                                       tr("CSV files and Excel workbooks (*.csv *.tsv *.txt "
                                          "*.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void FilePage::inspect()
{
    m_pasted = {}; // a path typed or chosen replaces pasted IDs
    m_goOn = false;
    const QFileInfo info(currentPath());
    m_readable = info.isFile() && info.isReadable();
    emit completeChanged();
    clearShown();
    if (!m_readable) {
        m_info->setText(m_path->text().isEmpty() ? QString() : tr("This file cannot be read."));
        return;
    }
    m_info->setText(tr("Reading…"));
    read(info.absoluteFilePath());
}

void FilePage::clearShown()
{
    Palette::clearText(m_info);
    m_status->clear();
    m_progress->hide();
}

void FilePage::read(const QString &path)
{
    // A plan's file is read as the plan says (its encoding, delimiter and header row).
    const std::optional<CsvFormat> planned = m_wizard->planFormatFor(path);
    const CsvFormat format = planned.value_or(CsvFormat());
    const bool chosen = planned.has_value();
    m_watcher.setFuture(QtConcurrent::run(m_wizard->context().pool, [path, format, chosen] {
        return ImportDraft::inspect(path, format, chosen);
    }));
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
    m_goOn = false;
    m_readable = false;
    emit completeChanged();
    clearShown();
    m_info->setText(tr("Reading the pasted IDs…"));
    m_pasteWatcher.setFuture(
        QtConcurrent::run(m_wizard->context().pool, [text] { return PastedTable::save(text); }));
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
    emit completeChanged();
    showPastedInfo();
    read(saved.path); // then checked as any file
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

void FilePage::showDraft()
{
    const ImportDraft &d = m_wizard->draft();
    if (d.path != currentPath() || !m_readable)
        return;
    emit completeChanged();
    if (!d.isReady()) {
        m_info->setText(d.blocking); // not text, empty, no rows: no going on with it
        Palette::setText(m_info, Palette::Role::Error);
        m_status->clear();
        m_progress->hide();
        return;
    }
    Palette::clearText(m_info);
    const CsvPreview &p = d.preview;
    const QLocale locale;
    const bool counted = m_wizard->isChecked();
    const qint64 rows = counted ? m_wizard->validation().rowsRead : p.estimatedRows;
    const QString rowsText = counted
        ? tr("%Ln rows", nullptr, int(std::min<qint64>(rows, INT_MAX)))
        : tr("about %1", "rows").arg(tr("%Ln rows", nullptr, int(std::min<qint64>(rows, INT_MAX))));
    if (!m_pasted.path.isEmpty())
        showPastedInfo();
    else if (!p.sheets.isEmpty())
        m_info->setText(
            tr("%1 — Excel workbook, %Ln sheets; “%2” has %3.", nullptr, int(p.sheets.size()))
                .arg(locale.formattedDataSize(p.fileSize), p.format.sheet, rowsText));
    else
        m_info->setText(tr("%1 — %2, %Ln columns, %3.", nullptr, int(p.header.size()))
                            .arg(locale.formattedDataSize(p.fileSize), rowsText,
                                 csvEncodingName(p.format.encoding)));
    showStatus();
}

void FilePage::showPastedInfo()
{
    const PastedTable::Saved &saved = m_pasted;
    const int n = int(std::min<qint64>(saved.rows, INT_MAX));
    if (saved.columns == 1 && saved.headerAdded)
        m_info->setText(tr("Pasted from the clipboard: %Ln IDs in one column.", nullptr, n));
    else if (saved.columns == 1)
        m_info->setText(tr("Pasted from the clipboard: %Ln IDs under “%1”.", nullptr, n)
                            .arg(saved.header.value(0)));
    else
        m_info->setText(
            tr("Pasted from the clipboard: %Ln rows of %1, with the column names %2.", nullptr, n)
                .arg(tr("%n columns", nullptr, saved.columns),
                     QLocale().createSeparatedList(saved.header.mid(0, 6))
                         + (saved.header.size() > 6 ? QStringLiteral(" …") : QString())));
}

void FilePage::showStatus()
{
    const ImportDraft &d = m_wizard->draft();
    if (d.path != currentPath() || !d.isReady())
        return;
    const ImportSession *session = m_wizard->session();
    const bool checking = session->isChecking();
    m_progress->setVisible(checking);
    if (checking)
        m_progress->setValue(session->checkPermille());
    QStringList lines;
    Palette::clearText(m_status);
    if (!d.note.isEmpty())
        lines << d.note;
    QStringList reasons;
    for (const ImportDraft::Doubt &doubt : d.doubts())
        reasons << doubt.reason;
    const bool counted = m_wizard->isChecked();
    if (counted)
        for (const ImportDraft::Doubt &doubt : ImportDraft::checkDoubts(m_wizard->validation()))
            reasons << doubt.reason;
    if (!reasons.isEmpty() || !d.note.isEmpty())
        Palette::setText(m_status, Palette::Role::Warning);
    if (!reasons.isEmpty()) {
        lines << tr("Next shows each step, because:");
        for (const QString &r : std::as_const(reasons))
            lines << QStringLiteral("•  ") + r;
    } else if (checking) {
        lines << (m_goOn ? tr("Checking every row; the wizard goes on as soon as it is done.")
                         : tr("Checking every row…"));
    } else if (counted && !m_wizard->isWalking()) {
        lines << tr("Every row is valid: Next goes straight to choosing the audience.");
    } else if (counted) {
        lines << tr("Every row is valid.");
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void FilePage::goOnIfWaiting()
{
    if (!std::exchange(m_goOn, false) || m_wizard->currentPage() != this)
        return;
    const ImportDraft &d = m_wizard->draft();
    if (d.path == currentPath() && !d.isReady())
        return; // said on the page; Next is disabled
    m_wizard->next(); // waits again (validatePage) if the check is still running
}

bool FilePage::isComplete() const
{
    const ImportDraft &d = m_wizard->draft();
    return m_readable && (d.path != currentPath() || d.isReady());
}

bool FilePage::validatePage()
{
    const QString path = currentPath();
    m_wizard->setCsvPath(path);
    if (m_wizard->context().settings && m_pasted.path.isEmpty())
        AppSettings(m_wizard->context().settings)
            .setLastImportFolder(QFileInfo(path).absolutePath());
    if (m_wizard->isWalking())
        return true; // the Format page reads the file if this page has not yet
    const ImportDraft &d = m_wizard->draft();
    const bool drafted = d.path == path && d.isReady();
    if (!drafted || (d.doubts().isEmpty() && m_wizard->session()->isChecking())) {
        m_goOn = true; // Enter was pressed: go on when the file is known
        showStatus();
        return false;
    }
    return true;
}

int FilePage::nextId() const
{
    return m_wizard->canSkipToTarget() ? ImportWizard::TargetPageId : ImportWizard::FormatPageId;
}
