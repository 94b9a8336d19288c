// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ApiReply.h"

QString apiErrorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("none");
    case ApiError::Kind::InvalidRequest:
        return QStringLiteral("invalid-request");
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::Tls:
        return QStringLiteral("tls");
    case ApiError::Kind::Http:
        return QStringLiteral("http");
    case ApiError::Kind::BadResponse:
        return QStringLiteral("bad-response");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

ApiReply::ApiReply(Operation operation, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
{ }

void ApiReply::abandon()
{
    disconnect(this, &ApiReply::started, nullptr, nullptr);
    disconnect(this, &ApiReply::retrying, nullptr, nullptr);
    disconnect(this, &ApiReply::uploadProgress, nullptr, nullptr);
    disconnect(this, &ApiReply::finished, nullptr, nullptr);
    cancel(); // cancelRequested stays connected: the transfer is aborted
    deleteLater();
}

void ApiReply::cancel()
{
    if (!m_finished)
        emit cancelRequested();
}
