// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One request of an upload as recorded: enough to resume without re-sending what the
// server acknowledged.
struct UploadRequestRecord
{
    enum class Status { Pending, Sent, Acknowledged, Failed };
    int sequence = 0; // 1-based, in sending order
    QString method; // "replace" or "update"
    qint64 idCount = 0;
    QString bodyPath; // payload file kept until the upload completes
    QString bodySha256; // hex; a body on disk that no longer matches is not sent
    Status status = Status::Pending;
    QString indexingToken;
    int httpStatus = 0;
    QString error;
    QDateTime sentAt;
    QDateTime acknowledgedAt;
};

// One upload (a CSV file into an audience) as recorded in the history database.
struct UploadRecord
{
    // Stored as numbers: new states go at the end. Abandoned: void (the audience changed
    // on the server since), never resumed. Interrupted: recorded as Running, but no process
    // holds its upload lock any more (a crash, a kill).
    enum class State {
        Planned,
        Running,
        Completed,
        Partial,
        Failed,
        Cancelled,
        Abandoned,
        Interrupted
    };
    qint64 id = 0;
    QString profileId;
    QString profileName;
    QString audience;
    QString fileName;
    QString filePath; // absolute: bodies can be rebuilt from it when they are gone
    qint64 fileSize = 0;
    QString fileSha256;
    QString mappingJson;
    QString lockKey; // UploadLock::keyFor(base URL, app API key, audience)
    QString mode = QStringLiteral("replace"); // uploadModeKey(): replace, add, remove, sync
    qint64 rowsRead = 0;
    qint64 validIds = 0;
    qint64 rejectedRows = 0;
    qint64 duplicateIds = 0;
    State state = State::Planned;
    QString message;
    QDateTime createdAt;
    QDateTime finishedAt;
    qint64 verifiedIds = -1; // nb_ids Batch reported once the last request was APPLIED
    QDateTime verifiedAt;
    QList<UploadRequestRecord> requests;

    int firstUnacknowledged() const // index into requests; size() when all are
    {
        for (int i = 0; i < requests.size(); ++i) {
            if (requests.at(i).status != UploadRequestRecord::Status::Acknowledged)
                return i;
        }
        return int(requests.size());
    }
    QString lastIndexingToken() const // of the last acknowledged request
    {
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->status == UploadRequestRecord::Status::Acknowledged)
                return it->indexingToken;
        }
        return {};
    }
    bool anySent() const // whether anything may have reached the server
    {
        for (const auto &r : requests) {
            if (r.status != UploadRequestRecord::Status::Pending)
                return true;
        }
        return false;
    }
    bool isResumable() const
    {
        return state == State::Running || state == State::Partial || state == State::Cancelled
            || state == State::Planned || state == State::Interrupted;
    }
    qint64 acknowledgedIds() const
    {
        qint64 n = 0;
        for (const auto &r : requests)
            n += r.status == UploadRequestRecord::Status::Acknowledged ? r.idCount : 0;
        return n;
    }
};

QString uploadStateName(UploadRecord::State state); // for people
