// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFutureWatcher>
#include <QWizardPage>

#include "import/CsvPreview.h"
#include "import/PastedTable.h"

class ImportWizard;
class QLabel;
class QLineEdit;
class QPushButton;

// Which file: its size and an estimate of its rows (read off the GUI thread). Or IDs pasted
// from a spreadsheet, written to a file (PastedTable, off the GUI thread) and shown as
// pasted; a path typed or browsed afterwards replaces them.
class FilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FilePage(ImportWizard *wizard);

    void setPath(const QString &path);
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *pasteButton() const { return m_pasteButton; }
    QLabel *infoLabel() const { return m_info; }
    // Cells copied from a spreadsheet (the clipboard's text), read as the file.
    void pasteText(const QString &text);
    QString pastedPath() const { return m_pasted.path; } // empty: not pasted
    bool isPasting() const { return m_pasteWatcher.isRunning(); }
    bool isComplete() const override;
    bool validatePage() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void browse();
    void inspect();
    void showPasted();
    void updatePasteButton();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_info;
    QFutureWatcher<CsvPreview> m_watcher;
    bool m_readable = false;
    QPushButton *m_pasteButton;
    QFutureWatcher<PastedTable::Saved> m_pasteWatcher;
    PastedTable::Saved m_pasted;
};
