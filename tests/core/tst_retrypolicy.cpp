// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/RetryPolicy.h"

#include <QTest>

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void classifiesStatuses()
    {
        for (int s : {429, 500, 502, 503, 504})
            QVERIFY2(RetryPolicy::isRetryableStatus(s), qPrintable(QString::number(s)));
        for (int s : {200, 400, 401, 403, 404, 409, 422, 501})
            QVERIFY2(!RetryPolicy::isRetryableStatus(s), qPrintable(QString::number(s)));
    }

    void stopsAtMaxAttempts()
    {
        RetryPolicy policy;
        ApiError e;
        e.retryable = true;
        QVERIFY(policy.shouldRetry(e, 1));
        QVERIFY(policy.shouldRetry(e, 2));
        QVERIFY(!policy.shouldRetry(e, 3));
        e.retryable = false;
        QVERIFY(!policy.shouldRetry(e, 1));
    }

    void fullJitterWithinExponentialBoundsAndCap()
    {
        double r = 0.999999;
        RetryPolicy high({3, 500, 8000}, [&r] { return r; });
        QCOMPARE(high.delayMs(1), 499);
        QCOMPARE(high.delayMs(2), 999);
        QCOMPARE(high.delayMs(3), 1999);
        QCOMPARE(high.delayMs(5), 7999);
        QCOMPARE(high.delayMs(10), 7999); // capped at 8 s
        r = 0.0;
        QCOMPARE(high.delayMs(4), 0);
        r = 0.5;
        QCOMPARE(high.delayMs(2), 500);
        RetryPolicy real;
        for (int i = 0; i < 200; ++i) {
            const int d = real.delayMs(3);
            QVERIFY(d >= 0 && d < 2000);
        }
    }

    void retryAfter()
    {
        RetryPolicy policy({3, 500, 8000});
        QCOMPARE(policy.delayMs(1, 3000), 3000);
        QCOMPARE(policy.delayMs(1, 0), 0);
        QCOMPARE(RetryPolicy::parseRetryAfter("2"), std::optional<int>(2000));
        QCOMPARE(RetryPolicy::parseRetryAfter(" 0 "), std::optional<int>(0));
        QVERIFY(!RetryPolicy::parseRetryAfter(""));
        QVERIFY(!RetryPolicy::parseRetryAfter("-5"));
        QVERIFY(!RetryPolicy::parseRetryAfter("soon"));
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 50), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now),
                 std::optional<int>(10000));
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now),
                 std::optional<int>(0));
    }

    // The server's Retry-After is waited as asked, beyond the backoff cap, up to
    // maxRetryAfterMs; a longer one means no retry at all (the caller reports it).
    void retryAfterIsWaitedAsAskedUpToTheLimit()
    {
        RetryPolicy policy({3, 500, 8000}, [] { return 0.999999; });
        QCOMPARE(RetrySettings().maxRetryAfterMs, 60000);
        QCOMPARE(policy.delayMs(1, 45000), 45000); // not cut to capMs
        QCOMPARE(policy.delayMs(3, 60000), 60000);
        QCOMPARE(policy.delayMs(3), 1999); // capMs still caps the computed backoff
        ApiError e;
        e.retryable = true;
        e.retryAfterMs = 60000;
        QVERIFY(policy.shouldRetry(e, 1));
        e.retryAfterMs = 60001;
        QVERIFY(!policy.shouldRetry(e, 1));
        e.retryAfterMs = 3600 * 1000;
        QVERIFY(!policy.shouldRetry(e, 1));
        e.retryAfterMs = -1; // asked for nothing
        QVERIFY(policy.shouldRetry(e, 1));
        e.retryAfterMs = 0;
        QVERIFY(policy.shouldRetry(e, 2));
        QVERIFY(!policy.shouldRetry(e, 3)); // still counts toward maxAttempts

        RetryPolicy strict({5, 500, 8000, 2000});
        e.retryAfterMs = 2000;
        QVERIFY(strict.shouldRetry(e, 1));
        QCOMPARE(strict.delayMs(1, 2000), 2000);
        e.retryAfterMs = 2001;
        QVERIFY(!strict.shouldRetry(e, 1));
        e.retryable = false;
        e.retryAfterMs = 10;
        QVERIFY(!strict.shouldRetry(e, 1));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
