// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportJob.h"

#include <QWizardPage>

class ImportWizard;
class StepNotice;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RejectedRowsModel;

// Shows the import session's check of the whole file (started in the background when the
// file was chosen, again when the format or mapping changed; progress, Cancel), then says
// everything:
// counts, every rejected row (line, column, reason; filterable, exportable), the choice
// to skip invalid rows or go back, and the first request's JSON.
class ValidationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ValidationPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    bool exportRejects(const QString &path);

private:
    void start();
    void onFinished();
    void setProblemsShown(bool shown);

    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QTableView *m_problems;
    RejectedRowsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_export;
    QCheckBox *m_skip;
    QPlainTextEdit *m_payload;
    QLabel *m_noProblem;
    StepNotice *m_why; // why the wizard stopped here, if it did
    bool m_waiting = false; // for this page's check (the session may check for a resume)
};
