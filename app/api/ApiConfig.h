// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

// Where and how BatchClient talks to Batch: the server, the app's key, the company REST
// key (a secret), and the timeouts and retry limits. A plain value: ProfileSession makes
// it from a profile; nothing else builds one by hand.
struct ApiConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.batch.com"));
    QString apiKey; // app's Live/Dev/SDK key: goes in the path
    QString restKey; // secret: X-Authorization, redacted everywhere
    int timeoutMs = 30000; // transfer timeout: no byte sent or received for this long
    // Overall deadline of each attempt: no complete answer within it ends the attempt as
    // a (retryable) Timeout, even if bytes keep trickling in. 0 or less: none.
    int deadlineMs = 120000;
    int maxAttempts = 3;
    int backoffBaseMs = 500;
    int backoffCapMs = 8000;
    int maxRetryAfterMs = 60000; // the longest Retry-After waited (see RetryPolicy)
};
