// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings/SandboxKeys.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

// A local fake of Batch's Custom Audience API 1.1 (shared/api/custom-audience-1.1.md) on
// QHttpServer, bound to 127.0.0.1. Implements every route with its validations and
// documented error codes. Used by `audience-desk --sandbox`, the CLI and all tests.
class FakeBatchServer : public QObject
{
    Q_OBJECT
public:
    // The core's constants (settings/SandboxKeys.h), under the names the tests use.
    static inline const QString &sandboxApiKey = SandboxKeys::apiKey;
    static inline const QString &sandboxRestKey = SandboxKeys::restKey;

    struct Member
    {
        QString id;
        QJsonObject attributes; // as sent, e.g. {"age": 3, "date(signup)": "..."}
        QStringList tags;
    };
    struct Audience
    {
        QString name;
        QString type = QStringLiteral("install_ids");
        QString description;
        QDateTime created; // UTC
        QDateTime updated; // UTC
        QMap<QString, Member> members; // by install ID
    };
    struct Request // what a test can assert on
    {
        QByteArray method;
        QString path; // e.g. /1.1/KEY/custom-audience/name
        QString query; // e.g. from=0&limit=10
        QHash<QByteArray, QByteArray> headers; // lowercased names
        QByteArray body;
        int status = 0; // what the fake answered (0: nothing, the connection was closed)
    };
    // Replaces the answer to a request. By default the request is not applied and the
    // fault's status and body are sent at once.
    struct Fault
    {
        // 0: no status of its own: the real answer (the request is routed and applied), e.g.
        // to send it slowly with dripMs.
        int httpStatus = 503;
        QByteArray body; // empty: the documented error body for the status; {} for a 2xx
        QByteArray retryAfter; // Retry-After header value, if any
        QByteArray method; // empty: any method
        // Route and apply the request normally, then answer with this fault instead of the
        // real answer (e.g. a 503 after the IDs were stored).
        bool applyFirst = false;
        // > 0: the status line and headers at once, then the body one byte every dripMs.
        int dripMs = 0;
        // Close the connection instead of answering (after applying, with applyFirst).
        bool dropAnswer = false;
    };

    // An audience as the sandbox keeps it between launches (SandboxStore).
    struct Snapshot
    {
        Audience audience;
        qint64 seededIds = 0; // the count a sample audience reports without members
    };

    explicit FakeBatchServer(QObject *parent = nullptr);
    ~FakeBatchServer() override;

    bool listen(quint16 port = 0); // 0: a free port
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    void setCredentials(const QString &apiKey, const QString &restKey);
    void seedSampleAudiences(int count = 137); // deterministic names and dates
    void addAudience(const Audience &audience);
    void clear();
    QList<Snapshot> snapshot() const; // oldest first
    void restore(const QList<Snapshot> &audiences); // replaces them all; oldest first

    QStringList audienceNames() const; // most recent first, as List orders them
    std::optional<Audience> audience(const QString &name) const;
    QList<Request> requests() const;
    void clearRequests();

    void injectFault(const Fault &fault, int times = 1); // the next N matching requests
    // Called with every request as it arrives, before faults are matched and before it is
    // routed (status is 0), on the server's thread: lets a test act between two requests.
    // An empty function removes it.
    void setRequestHook(std::function<void(const Request &)> hook);
    void setResponseDelayMs(int ms); // before every answer
    void setIndexingDelayMs(int ms); // tokens stay IN_PROGRESS this long

signals:
    // An audience was created, deleted or written by a request (not by the methods above).
    void stateChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
