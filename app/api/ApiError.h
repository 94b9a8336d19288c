// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMetaType>
#include <QString>

// A failed API call, typed so callers can decide (retry, re-enter keys, ...) and with a
// message a marketer understands: what happened, what it means for the data, what to do.
struct ApiError
{
    enum class Kind {
        None, // no error
        InvalidRequest, // refused locally before sending (bad name, key, insecure URL)
        Network, // connection refused, host not found, reset, ...
        Timeout, // nothing for the transfer timeout, or no complete answer by the deadline
        Tls, // certificate or handshake failure; never ignored
        Http, // the server answered with a non-2xx status
        BadResponse, // 2xx but the body is not what the spec describes (e.g. a Replace or
                     // Update without its indexing_token: retryable, may have changed)
        Cancelled, // the user cancelled
    };
    // Whether the server's data may have changed because of the failed call.
    enum class ServerEffect { NothingChanged, MayHaveChanged };

    Kind kind = Kind::None;
    QString name; // documented error name, e.g. "MALFORMED_PARAMETER" (may be empty)
    int code = -1; // documented error code, e.g. 31 (-1 when unknown)
    int httpStatus = 0; // 0 when no HTTP response
    bool retryable = false;
    // The delay the server asked for with Retry-After (429, 5xx), in ms; -1: it asked for none.
    int retryAfterMs = -1;
    ServerEffect serverEffect = ServerEffect::NothingChanged;
    QString message; // for people: what happened + effect on data + what to do
    QString detail; // technical detail (server text, Qt error string); never secrets

    bool isError() const { return kind != Kind::None; }
};

QString apiErrorKindName(ApiError::Kind kind);

Q_DECLARE_METATYPE(ApiError)
