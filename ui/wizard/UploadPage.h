#pragma once

#include "history/UploadRecord.h"

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class UploadRunner;

// Sends the requests: progress, a log of each request and retry, Cancel; cut short, it
// says the audience is partial and offers Resume (from the first unacknowledged request).
class UploadPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit UploadPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *resumeButton() const { return m_resume; }
    QPlainTextEdit *log() const { return m_log; }
    UploadRecord::State state() const { return m_state; }
    UploadRunner *runner() const { return m_runner; }

private:
    void prepareRecord();
    void ensureAudienceThenStart();
    void start();
    void onFinished(UploadRecord::State state, const QString &message);
    void append(const QString &line);

    ImportWizard *m_wizard;
    UploadRunner *m_runner = nullptr;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    UploadRecord::State m_state = UploadRecord::State::Planned;
};
