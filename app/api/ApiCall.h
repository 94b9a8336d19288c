// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ApiReply.h"
#include "BatchClient.h"
#include "RetryPolicy.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// Drives one ApiReply: sends the request, retries per RetryPolicy, parses the answer.
// Internal to BatchClient; a child of the reply it drives.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ApiCall(QNetworkAccessManager *nam, const ApiConfig &config, ApiReply *reply,
            const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body);

    void start();

private:
    void sendAttempt();
    void onNetworkFinished();
    void onCancelRequested();
    void onDeadline();
    void fail(const ApiError &error);
    void succeed(int httpStatus, const QByteArray &body);
    void finishReply();
    void log(int httpStatus, const QString &outcome) const;

    QNetworkAccessManager *m_nam;
    ApiConfig m_config;
    ApiReply *m_reply;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_network;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer; // per attempt: config.deadlineMs
    QElapsedTimer m_elapsed;
    QString m_tlsError;
    bool m_userCancelled = false;
    bool m_deadlinePassed = false; // this attempt was aborted by m_deadlineTimer
    bool m_bytesSent = false;
};
