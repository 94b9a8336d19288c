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

    // What the count is compared with (UploadVerification), set before start().
    void setExpectation(UploadMode mode, qint64 expectedIds, qint64 idsBefore);
    void start(const UploadRecord &upload, UploadHistory *history, int limitMs);
    // Nothing was sent (a sync without differences): Batch's count from its View then.
    void confirmUnchanged(const QString &audience, qint64 serverIds);
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
    UploadMode m_mode = UploadMode::Replace;
    qint64 m_expectedIds = -1;
    qint64 m_idsBefore = -1;
};
