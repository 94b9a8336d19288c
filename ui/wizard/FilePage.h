// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFutureWatcher>
#include <QWizardPage>

#include "import/CsvPreview.h"

class ImportWizard;
class QLabel;
class QLineEdit;

// Which file: its size and an estimate of its rows (read off the GUI thread).
class FilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FilePage(ImportWizard *wizard);

    void setPath(const QString &path);
    QLineEdit *pathEdit() const { return m_path; }
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void inspect();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_info;
    QFutureWatcher<CsvPreview> m_watcher;
    bool m_readable = false;
};
