// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ApiError.h"
#include "ApiReply.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QNetworkReply>

// Builds typed errors with a message for people: what happened, what it means for the
// data on Batch, and what to do next.
class ApiErrorBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrorBuilder)
public:
    using Operation = ApiReply::Operation;

    static ApiError invalidRequest(const QString &why);
    // retryAfterMs: the server's Retry-After (-1: none); kept, and said in the message,
    // for statuses worth retrying.
    static ApiError http(Operation op, int httpStatus, const QByteArray &body,
                         int retryAfterMs = -1);
    // "Batch asked to wait 60 minutes before trying again: try again after 14:05." (local
    // time in the user's short form without seconds, rounded up to the minute; with the
    // date when it is not today).
    static QString retryAfterAdvice(int retryAfterMs,
                                    const QDateTime &now = QDateTime::currentDateTime());
    static ApiError network(Operation op, QNetworkReply::NetworkError error, const QString &detail,
                            bool requestMayHaveArrived, const QUrl &server);
    static ApiError timeout(Operation op, int timeoutMs); // nothing for timeoutMs
    // No complete answer within the attempt's overall deadline (bytes may have trickled in).
    static ApiError deadline(Operation op, int deadlineMs);
    static ApiError tls(Operation op, const QString &detail);
    static ApiError badResponse(Operation op, int httpStatus, const QString &detail);
    static ApiError cancelled(Operation op, bool requestMayHaveArrived);

    static bool isWrite(Operation op) { return op != Operation::List && op != Operation::View; }

private:
    static QString effect(Operation op, ApiError::ServerEffect effect);
    static void finish(ApiError &error, Operation op, const QString &what, const QString &todo);
};
