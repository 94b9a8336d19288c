// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "UploadVerification.h"
#include "api/AudienceInfo.h"
#include "history/UploadRecord.h"

#include <QObject>

class BatchClient;
class IndexingPoller;
class UploadHistory;

// After the last request: View with its indexing token until Batch says APPLIED, then
// Batch's count against the distinct IDs sent, kept in the history. Stopping leaves the
// upload as it is (complete); only the confirmation is missing.
class UploadVerifier : public QObject
{
    Q_OBJECT
public:
    UploadVerifier(BatchClient *client, QObject *parent = nullptr);

    void start(const UploadRecord &upload, UploadHistory *history, int limitMs);
    void stop();
    const UploadVerification &result() const { return m_result; }

signals:
    void indexingChanged(IndexingState state, qint64 ids);
    void finished();

private:
    IndexingPoller *m_poller;
    UploadVerification m_result;
    UploadHistory *m_history = nullptr;
    qint64 m_uploadId = 0;
};
