// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "history/UploadRecord.h"
#include "upload/ImportFanOut.h"
#include "upload/UploadRate.h"

#include <QElapsedTimer>

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// Presents the session's upload: progress, a log of each request, retry and decision
// (lock, resume, starting again), Cancel; cut short, it says what Batch acknowledged and
// offers Resume (from the first unacknowledged request). Sending to several apps, one line
// per app (its state, the IDs Batch acknowledged there) and the progress over all of them;
// Cancel stops the app being sent to and skips the others. Once every request is
// acknowledged, the wizard moves on to the Result page by itself.
class UploadPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit UploadPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    UploadRecord::State state() const { return m_state; }

private:
    void start();
    void onFinished(UploadRecord::State state, const QString &message);
    void append(const QString &line);
    void startFanOut();
    void followTarget(int index, ImportSession *session);
    void onTargetFinished(int index, const ImportFanOut::Outcome &outcome);
    void onFanOutFinished();
    void setAppState(int index, const QString &text, bool failed = false);
    void showResult(); // moves on to the Result page once everything is acknowledged

    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_rate; // "2.1 MB/s · about 12 s left"
    UploadRate m_rateMeter;
    QElapsedTimer m_clock;
    qint64 m_lastRateShownMs = -1;
    bool m_rateStarted = false;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QTreeWidget *m_apps; // several apps: one line each
    bool m_fanOutDone = false;
    UploadRecord::State m_state = UploadRecord::State::Planned;
};
