// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportDraft.h"
#include "import/PastedTable.h"

#include <QFutureWatcher>
#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Which file: what it is (size, rows, columns, encoding; a file that cannot be imported
// said here, before Next), and the whole-file check started as soon as it is chosen. On a
// file without doubt, Next waits for that check if it is still running, then goes straight
// to the Target page when it is clean; otherwise it walks through every page. Or IDs pasted
// from a spreadsheet, written to a file (PastedTable, off the GUI thread), shown as pasted
// and then read like any file; a path typed or browsed afterwards replaces them.
class FilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FilePage(ImportWizard *wizard);

    void setPath(const QString &path);
    // Cells copied from a spreadsheet (the clipboard's text), read as the file.
    void pasteText(const QString &text);
    QString pastedPath() const { return m_pasted.path; } // empty: not pasted
    bool isPasting() const { return m_pasteWatcher.isRunning(); }
    // Next was pressed before the check ended: the page goes on by itself once it has.
    bool isWaitingToGoOn() const { return m_goOn; }
    // Where Browse… opens: the folder of the path typed, the last one used, or Documents.
    QString browseFolder() const;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void browse();
    void inspect();
    void read(const QString &path); // the draft, in a worker
    void clearShown(); // what the page says of the file before
    void showPasted();
    void showPastedInfo();
    void updatePasteButton();
    void showDraft();
    void showStatus();
    void goOnIfWaiting();
    QString currentPath() const;

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_info;
    QLabel *m_status;
    QProgressBar *m_progress;
    QCheckBox *m_review;
    QFutureWatcher<ImportDraft> m_watcher;
    bool m_readable = false;
    bool m_goOn = false;
    QPushButton *m_pasteButton;
    QFutureWatcher<PastedTable::Saved> m_pasteWatcher;
    PastedTable::Saved m_pasted;
};
