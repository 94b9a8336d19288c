// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>

RetryPolicy::RetryPolicy(Settings settings, RandomSource random)
    : m_settings(settings)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 500 || httpStatus == 502 || httpStatus == 503
        || httpStatus == 504;
}

bool RetryPolicy::shouldRetry(const ApiError &error, int attemptsMade) const
{
    return error.retryable && attemptsMade < m_settings.maxAttempts
        && error.retryAfterMs <= m_settings.maxRetryAfterMs;
}

int RetryPolicy::delayMs(int failedAttempt, std::optional<int> retryAfterMs) const
{
    if (retryAfterMs) // as the server asked: it knows better than our backoff
        return std::clamp(*retryAfterMs, 0, std::max(0, m_settings.maxRetryAfterMs));
    const int exponent = std::clamp(failedAttempt - 1, 0, 20);
    const qint64 ceiling
        = std::min<qint64>(m_settings.capMs, qint64(m_settings.baseMs) << exponent);
    return int(m_random() * double(ceiling));
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional<int>(int(std::min<qint64>(seconds, 86400) * 1000));
    // HTTP-date (RFC 9110 IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(now.msecsTo(when), 0, 86400 * 1000));
}
