// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiReply.h"
#include "api/AudienceInfo.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class BatchClient;

// Polls View with an indexing token until Batch says APPLIED (or REPLACED), backing off
// from 0.5 s to 10 s between polls, and giving up after a limit: the "is my audience
// ready?" answer the marketer waits for after an upload.
class IndexingPoller : public QObject
{
    Q_OBJECT
public:
    IndexingPoller(BatchClient *client, QObject *parent = nullptr);

    void setDelays(int firstMs, int maxMs) { m_first = firstMs, m_max = maxMs; }
    void setLimitMs(int ms) { m_limit = ms; }

    void start(const QString &audience, const QString &token);
    void stop();
    bool isRunning() const { return m_running; }
    IndexingState state() const { return m_state; }
    qint64 idCount() const { return m_idCount; } // nb_ids of the last answer, -1 before one

signals:
    void stateChanged(IndexingState state, qint64 idCount);
    void finished(IndexingState state); // Applied, Replaced, or Unknown (limit/error)
    void failed(const ApiError &error);

private:
    void poll();
    void onReply(ApiReply *reply);

    BatchClient *m_client;
    QPointer<ApiReply> m_reply;
    QTimer m_timer;
    QString m_audience;
    QString m_token;
    IndexingState m_state = IndexingState::Unknown;
    qint64 m_idCount = -1;
    int m_first = 500;
    int m_max = 10000;
    int m_limit = 15 * 60 * 1000;
    int m_delay = 500;
    qint64 m_waited = 0;
    bool m_running = false;
};
