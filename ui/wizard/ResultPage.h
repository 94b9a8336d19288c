#pragma once

#include "api/AudienceInfo.h"

#include <QWizardPage>

class ImportWizard;
class IndexingPoller;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// After the upload: the indexing tokens and Batch's indexing state, polled until APPLIED
// (or REPLACED); "Show audience" selects it in the main window's table.
class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    QLabel *stateLabel() const { return m_state; }
    QPushButton *showButton() const { return m_show; }
    IndexingState state() const { return m_current; }

private:
    void onState(IndexingState state, qint64 ids);

    ImportWizard *m_wizard;
    IndexingPoller *m_poller;
    QLabel *m_summary;
    QLabel *m_state;
    QPlainTextEdit *m_tokens;
    QPushButton *m_show;
    IndexingState m_current = IndexingState::Unknown;
};
