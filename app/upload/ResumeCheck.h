// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/AudienceInfo.h"
#include "history/UploadRecord.h"

#include <QObject>

class BatchClient;
class IndexingPoller;

// Before an interrupted upload continues, asks Batch whether the audience is still the one
// it left: View with the last acknowledged indexing token (waiting, bounded, while Batch
// says IN_PROGRESS). Resuming onto an audience that was deleted, replaced or changed since
// would leave it holding the wrong IDs while claiming success: such a record is void.
class ResumeCheck : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        Resumable, // as we left it (or nothing acknowledged yet)
        Gone, // 404: deleted since
        Replaced, // REPLACED: someone replaced it since
        Changed, // APPLIED, but holds fewer IDs than were acknowledged
        StillIndexing, // IN_PROGRESS past the wait: cannot tell
        Unknown, // View failed (network, server): cannot tell; nothing decided
    };
    Q_ENUM(Verdict)

    explicit ResumeCheck(BatchClient *client, QObject *parent = nullptr);

    void setWaitLimitMs(int ms);
    void start(const UploadRecord &record);
    void stop();

    // The rule itself, without the network: what a View answer means for the record.
    static Verdict judge(const UploadRecord &record, IndexingState state, qint64 idCount);
    // One sentence for people saying why the record is void (empty when it is not).
    static QString explain(Verdict verdict, const UploadRecord &record, qint64 idCount);

signals:
    void decided(ResumeCheck::Verdict verdict, const QString &sentence, const ApiError &error);

private:
    IndexingPoller *m_poller;
    UploadRecord m_record;
    bool m_failed = false;
};
