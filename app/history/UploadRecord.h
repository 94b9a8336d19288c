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
    enum class State { Planned, Running, Completed, Partial, Failed, Cancelled };
    qint64 id = 0;
    QString profileId;
    QString profileName;
    QString audience;
    QString fileName;
    qint64 fileSize = 0;
    QString fileSha256;
    QString mappingJson;
    qint64 rowsRead = 0;
    qint64 validIds = 0;
    qint64 rejectedRows = 0;
    qint64 duplicateIds = 0;
    State state = State::Planned;
    QString message;
    QDateTime createdAt;
    QDateTime finishedAt;
    QList<UploadRequestRecord> requests;

    int firstUnacknowledged() const // index into requests; size() when all are
    {
        for (int i = 0; i < requests.size(); ++i) {
            if (requests.at(i).status != UploadRequestRecord::Status::Acknowledged)
                return i;
        }
        return int(requests.size());
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
