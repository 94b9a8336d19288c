// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ApiErrorBuilder.h"

#include "ErrorBodyParser.h"
#include "RetryPolicy.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace {

// The English forms ("1 second") come from translations/audience-desk_en.ts.
QString secondsText(int seconds)
{
    return ApiErrorBuilder::tr("%n seconds", nullptr, seconds);
}

// How long a wait is, for people: seconds under two minutes, minutes under three hours.
QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 120)
        return secondsText(int(seconds));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 180)
        return ApiErrorBuilder::tr("%n minutes", nullptr, int(minutes));
    return ApiErrorBuilder::tr("%n hours", nullptr, int((minutes + 59) / 60));
}

QString whatForStatus(int status, const QString &name)
{
    if (status == 401)
        return ApiErrorBuilder::tr("Batch did not accept the keys (AUTHENTICATION_INVALID).");
    if (status == 403)
        return ApiErrorBuilder::tr("Batch refused this use of the API (API_MISUSE).");
    if (status == 404)
        return ApiErrorBuilder::tr("Batch does not know this audience or route (ROUTE_NOT_FOUND).");
    if (status == 429)
        return ApiErrorBuilder::tr("Batch is receiving too many requests (HTTP 429).");
    if (status == 503)
        return ApiErrorBuilder::tr("Batch is under maintenance (MAINTENANCE_ERROR).");
    if (status >= 500)
        return ApiErrorBuilder::tr("Batch had an internal problem (%1).")
            .arg(name.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : name);
    if (status == 400)
        return ApiErrorBuilder::tr("Batch rejected the request (%1).")
            .arg(name.isEmpty() ? QStringLiteral("HTTP 400") : name);
    return ApiErrorBuilder::tr("Batch answered with HTTP %1.").arg(status);
}

QString todoForStatus(int status, const QString &name)
{
    if (status == 401)
        return ApiErrorBuilder::tr(
            "Check the app API key and the REST API key in Profiles and Keys.");
    if (status == 403)
        return ApiErrorBuilder::tr(
            "Check that the keys belong to the same company and app, then try again.");
    if (status == 404)
        return ApiErrorBuilder::tr(
            "Refresh the list: the audience may have been deleted or renamed.");
    if (RetryPolicy::isRetryableStatus(status))
        return ApiErrorBuilder::tr("Try again in a few minutes.");
    if (name == u"MALFORMED_JSON_BODY" || name == u"MISSING_PARAMETER"
        || name == u"MALFORMED_PARAMETER")
        return ApiErrorBuilder::tr(
            "Check the values sent (file and mapping); the details say which one.");
    return ApiErrorBuilder::tr("If this persists, contact Batch support with the details.");
}
} // namespace

QString ApiErrorBuilder::effect(Operation op, ApiError::ServerEffect effect)
{
    if (!isWrite(op))
        return tr("Nothing was changed.");
    if (effect == ApiError::ServerEffect::NothingChanged)
        return tr("Nothing was changed on Batch.");
    if (op == Operation::Replace)
        return tr("The audience may or may not have been replaced.");
    if (op == Operation::Update)
        return tr("These IDs may or may not have been added.");
    return tr("The change may or may not have been made.");
}

void ApiErrorBuilder::finish(ApiError &error, Operation op, const QString &what,
                             const QString &todo)
{
    if (!isWrite(op))
        error.serverEffect = ApiError::ServerEffect::NothingChanged;
    error.message
        = what + QLatin1Char(' ') + effect(op, error.serverEffect) + QLatin1Char(' ') + todo;
}

ApiError ApiErrorBuilder::invalidRequest(const QString &why)
{
    ApiError e;
    e.kind = ApiError::Kind::InvalidRequest;
    e.message = why + QLatin1Char(' ') + tr("Nothing was sent.");
    e.detail = why;
    return e;
}

QString ApiErrorBuilder::retryAfterAdvice(int retryAfterMs, const QDateTime &now)
{
    QDateTime after = now.addMSecs(std::max(0, retryAfterMs));
    // Rounded up to the minute: "after 14:05" must not be too early by a few seconds.
    const QTime t = after.time();
    if (t.second() != 0 || t.msec() != 0)
        after = after.addMSecs(-(t.second() * 1000 + t.msec())).addSecs(60);
    // The user's short forms, without seconds (as the audience table shows dates).
    const QLocale locale;
    const QString time = locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    const QString when = after.date() == now.date()
        ? locale.toString(after.time(), time)
        : locale.toString(after, locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time);
    return tr("Batch asked to wait %1 before trying again: try again after %2.")
        .arg(durationText(std::max(0, retryAfterMs)), when);
}

ApiError ApiErrorBuilder::http(Operation op, int httpStatus, const QByteArray &body,
                               int retryAfterMs)
{
    const ErrorBodyParser::Result parsed = ErrorBodyParser::parse(httpStatus, body);
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = httpStatus;
    e.name = parsed.name;
    e.code = parsed.code;
    e.retryable = RetryPolicy::isRetryableStatus(httpStatus);
    // A 4xx means the request was refused as a whole; a 5xx may come after a partial effect.
    e.serverEffect = httpStatus >= 500 ? ApiError::ServerEffect::MayHaveChanged
                                       : ApiError::ServerEffect::NothingChanged;
    e.detail = parsed.text.isEmpty()
        ? QStringLiteral("HTTP %1").arg(httpStatus)
        : QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(parsed.text);
    QString what = whatForStatus(httpStatus, parsed.name);
    if (!parsed.text.isEmpty())
        what += QLatin1Char(' ') + tr("Batch says: “%1”.").arg(parsed.text);
    QString todo = todoForStatus(httpStatus, parsed.name);
    if (e.retryable && retryAfterMs >= 0) {
        e.retryAfterMs = retryAfterMs;
        if (retryAfterMs > 0)
            todo = retryAfterAdvice(retryAfterMs);
    }
    finish(e, op, what, todo);
    return e;
}

ApiError ApiErrorBuilder::network(Operation op, QNetworkReply::NetworkError error,
                                  const QString &detail, bool requestMayHaveArrived,
                                  const QUrl &server)
{
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.retryable = true;
    e.detail = detail;
    e.serverEffect = requestMayHaveArrived ? ApiError::ServerEffect::MayHaveChanged
                                           : ApiError::ServerEffect::NothingChanged;
    // Say which server: "127.0.0.1:9 refused the connection" tells a wrong Base URL apart
    // from a network that is down.
    const QString where = server.port() > 0
        ? QStringLiteral("%1:%2").arg(server.host()).arg(server.port())
        : server.host();
    QString what, todo = tr("Check your network connection and try again.");
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        what = tr("The server %1 could not be found.").arg(where);
        todo = tr("Check the server address (Base URL) in Profiles and Keys, and your network "
                  "connection.");
        break;
    case QNetworkReply::ConnectionRefusedError:
        what = tr("%1 refused the connection.").arg(where);
        todo = tr("Nothing answers at that address: check the Base URL in Profiles and Keys, "
                  "or try again later.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        what = tr("%1 closed the connection before answering.").arg(where);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        what = tr("The network proxy did not let the request to %1 through.").arg(where);
        todo = tr("Check the proxy settings of this computer.");
        break;
    default:
        what = tr("The connection to %1 failed (%2).").arg(where, detail);
        break;
    }
    finish(e, op, what, todo);
    return e;
}

ApiError ApiErrorBuilder::timeout(Operation op, int timeoutMs)
{
    ApiError e;
    e.kind = ApiError::Kind::Timeout;
    e.retryable = true;
    e.serverEffect = ApiError::ServerEffect::MayHaveChanged;
    e.detail = tr("nothing sent or received for %1 ms").arg(timeoutMs);
    finish(e, op, tr("Batch did not answer within %1.").arg(secondsText((timeoutMs + 999) / 1000)),
           tr("Check your connection and try again."));
    return e;
}

ApiError ApiErrorBuilder::deadline(Operation op, int deadlineMs)
{
    ApiError e;
    e.kind = ApiError::Kind::Timeout;
    e.retryable = true;
    e.serverEffect = ApiError::ServerEffect::MayHaveChanged; // for writes; reads: nothing
    e.detail = tr("no complete answer within %1 ms").arg(deadlineMs);
    finish(e, op,
           tr("No complete answer arrived from Batch within %1.")
               .arg(secondsText((deadlineMs + 999) / 1000)),
           tr("Check your connection and try again."));
    return e;
}

ApiError ApiErrorBuilder::tls(Operation op, const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::Tls;
    e.retryable = false;
    e.detail = detail;
    e.serverEffect = ApiError::ServerEffect::NothingChanged;
    finish(e, op, tr("The secure connection could not be established (%1).").arg(detail),
           tr("Check the date and time of this computer and any network filter; the server's "
              "identity could not be verified, so nothing is sent."));
    return e;
}

ApiError ApiErrorBuilder::badResponse(Operation op, int httpStatus, const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::BadResponse;
    e.httpStatus = httpStatus;
    // Replace and Update are idempotent (the same body again gives the same audience), so
    // an unconfirmed one is sent again like after a 5xx; Create and Delete are not.
    const bool idempotentWrite = op == Operation::Replace || op == Operation::Update;
    e.retryable = idempotentWrite;
    e.detail = detail;
    e.serverEffect = ApiError::ServerEffect::MayHaveChanged;
    QString todo;
    if (idempotentWrite)
        todo = tr("Sending the same IDs again is safe: try again, or refresh the audience to "
                  "see its current state.");
    else if (isWrite(op))
        todo = tr("Refresh the audience to see its current state.");
    else
        todo = tr("Try again; if this persists, check the server address in Profiles and Keys.");
    finish(e, op, tr("Batch's answer could not be read (%1).").arg(detail), todo);
    return e;
}

ApiError ApiErrorBuilder::cancelled(Operation op, bool requestMayHaveArrived)
{
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.serverEffect = requestMayHaveArrived ? ApiError::ServerEffect::MayHaveChanged
                                           : ApiError::ServerEffect::NothingChanged;
    finish(e, op, tr("Cancelled."), QString());
    e.message = e.message.trimmed();
    return e;
}
