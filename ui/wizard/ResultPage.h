// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/AudienceInfo.h"

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// After the upload: the session verifies it (View with the last indexing token until
// APPLIED), and the page says Batch's count against the IDs sent, never a count Batch did
// not give; Stop Waiting leaves the upload complete. "Show audience" selects it in the
// main window's table. Invalid rows skipped are counted, their file one click away. Sent
// to several apps, one line per app: what Batch confirmed there, or why it failed.
class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    IndexingState state() const { return m_current; }

private:
    void onState(IndexingState state, qint64 ids);
    void showFanOut();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_skipped;
    QPushButton *m_openRejects;
    QLabel *m_state;
    QPlainTextEdit *m_tokens;
    QLabel *m_tokensLabel;
    QTableWidget *m_apps; // several apps: one line each
    QPushButton *m_show;
    QPushButton *m_stopWaiting;
    IndexingState m_current = IndexingState::Unknown;
};
