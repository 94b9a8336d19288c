// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <functional>
#include <optional>

// When and how long to wait before trying a failed call again: at most maxAttempts in
// all, on connection failures, timeouts, 429, 500, 502, 503 and 504 only (never another
// 4xx: the request itself is wrong). Exponential backoff with full jitter
// (delay = random(0, min(cap, base * 2^(attempt-1)))), or the server's Retry-After
// (ApiError::retryAfterMs) as asked, up to maxRetryAfterMs; a longer one: no retry at all.
struct RetrySettings
{
    int maxAttempts = 3;
    int baseMs = 500;
    int capMs = 8000; // caps the computed backoff, not a Retry-After
    int maxRetryAfterMs = 60000; // the longest Retry-After waited
};

class RetryPolicy
{
public:
    using Settings = RetrySettings;
    using RandomSource = std::function<double()>; // uniform in [0, 1)

    explicit RetryPolicy(Settings settings = Settings(), RandomSource random = {});

    // attemptsMade: how many attempts have been made so far (>= 1). False when the
    // server asked to wait longer than maxRetryAfterMs (error.retryAfterMs).
    bool shouldRetry(const ApiError &error, int attemptsMade) const;
    // failedAttempt: 1-based number of the attempt that just failed. retryAfterMs, when
    // given, is the delay (not cut to capMs; at most maxRetryAfterMs).
    int delayMs(int failedAttempt, std::optional<int> retryAfterMs = std::nullopt) const;

    static bool isRetryableStatus(int httpStatus);
    // Retry-After: delta-seconds or an HTTP-date; nullopt when absent or unreadable.
    static std::optional<int> parseRetryAfter(const QByteArray &value,
                                              const QDateTime &now
                                              = QDateTime::currentDateTimeUtc());

private:
    Settings m_settings;
    RandomSource m_random;
};
