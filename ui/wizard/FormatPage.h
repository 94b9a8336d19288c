// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportDraft.h"

#include <QFutureWatcher>
#include <QWizardPage>

class CsvPreviewModel;
class ImportWizard;
class StepNotice;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

// How the file is read: encoding, delimiter and header row as detected, each overridable,
// with a live preview of the first 100 rows; for an Excel workbook, the sheet (a list of
// its sheets) instead of encoding and delimiter. Reading runs in a worker thread; what is
// read becomes the wizard's draft (a new header, a new mapping; the whole file checked
// again). When the wizard has a doubt about how the file is read, the page says it first.
class FormatPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FormatPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isReading() const { return m_reading; }

private:
    void reread(bool detect);
    void showPreview();

    ImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_sheet;
    QCheckBox *m_header;
    class QFormLayout *m_form;
    QLabel *m_status;
    QTableView *m_table;
    CsvPreviewModel *m_model;
    StepNotice *m_why; // why the wizard stopped here, if it did
    QFutureWatcher<ImportDraft> m_watcher;
    bool m_updating = false;
    // From reread() until its result is shown (the watcher's own state turns false before
    // its finished signal is delivered).
    bool m_reading = false;
};
