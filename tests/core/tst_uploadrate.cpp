// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "upload/UploadRate.h"

#include <QTest>

// Throughput and time left as the Upload page shows them.
class TestUploadRate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void rateAndTimeLeft()
    {
        UploadRate rate;
        rate.start(1000, 0);
        QCOMPARE(rate.text(), QString()); // nothing sent yet
        // 4.2 MB in 2 s, a sixth of the IDs: 10 s more at that pace.
        rate.update(3000, 4'200'000, 10'000, 60'000);
        QCOMPARE(rate.bytesPerSecond(), 2'100'000.0);
        QCOMPARE(rate.secondsLeft(), 10);
        QCOMPARE(rate.text(), QStringLiteral("2.1 MB/s · about 10 s left"));
        rate.update(3000, 4'200'000, 1'000, 60'000);
        QCOMPARE(rate.text(), QStringLiteral("2.1 MB/s · about 2 min left")); // 118 s
        rate.update(3000, 4'200'000, 60'000, 60'000);
        QCOMPARE(rate.text(), QStringLiteral("2.1 MB/s · almost done"));
        QCOMPARE(rate.rateText(), QStringLiteral("2.1 MB/s"));
    }

    void aResumedUploadCountsFromWhereItResumed()
    {
        UploadRate rate;
        rate.start(0, 50'000); // half was acknowledged before
        rate.update(5000, 1'000'000, 60'000, 100'000); // 10,000 IDs in 5 s, 40,000 to go
        QCOMPARE(rate.secondsLeft(), 20);
    }
};

QTEST_GUILESS_MAIN(TestUploadRate)
#include "tst_uploadrate.moc"
