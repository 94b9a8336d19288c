// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxFixture.h"
#include "browse/AudienceListLoader.h"

#include <QSignalSpy>
#include <QTest>

// The whole list for pickers: pages of 100 until a short one, what the server holds,
// nothing stale after a restart, errors kept.
class TestAudienceListLoader : public QObject
{
    Q_OBJECT
private:
    static int listRequests(const SandboxFixture &s)
    {
        int n = 0;
        for (const auto &r : s.server.requests())
            n += r.method == "GET" && r.query.contains(QStringLiteral("limit=100"));
        return n;
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void readsEveryPage_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("requests");
        QTest::newRow("none") << 0 << 1;
        QTest::newRow("one short page") << 37 << 1;
        QTest::newRow("137") << 137 << 2;
        QTest::newRow("exact multiple") << 200 << 3; // the empty third page ends it
    }
    void readsEveryPage()
    {
        QFETCH(int, count);
        QFETCH(int, requests);
        SandboxFixture s;
        QVERIFY(s.start(count));
        AudienceListLoader loader(&s.client);
        QSignalSpy finished(&loader, &AudienceListLoader::finished);
        loader.start();
        QVERIFY(loader.isLoading());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(loader.isComplete());
        QVERIFY(!loader.error().isError());
        QStringList names;
        for (const AudienceInfo &a : loader.audiences())
            names << a.name;
        QCOMPARE(names, s.server.audienceNames());
        QCOMPARE(listRequests(s), requests);
        if (count > 100) {
            const QString last = s.server.audienceNames().last();
            QVERIFY(loader.find(last));
            QCOMPARE(loader.find(last)->name, last);
        }
        QVERIFY(!loader.find(QStringLiteral("not_there")));
    }

    // List orders by creation date, newest first: audiences created between two pages push
    // every later one down, so the next page starts with names already read.
    void audiencesCreatedWhileListingAreNotRepeated()
    {
        SandboxFixture s;
        QVERIFY(s.start(250));
        const QStringList before = s.server.audienceNames();
        int lists = 0;
        s.server.setRequestHook([&](const FakeBatchServer::Request &request) {
            if (request.method != "GET" || ++lists != 2)
                return;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 0; i < 3; ++i)
                s.server.addAudience({QStringLiteral("created_meanwhile_%1").arg(i),
                                      QStringLiteral("install_ids"),
                                      {},
                                      now,
                                      now,
                                      {}});
        });
        AudienceListLoader loader(&s.client);
        QSignalSpy finished(&loader, &AudienceListLoader::finished);
        QSignalSpy progress(&loader, &AudienceListLoader::progress);
        loader.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(loader.isComplete());
        QCOMPARE(lists, 3); // 100 + 100 (3 already seen) + 53
        QStringList names;
        for (const AudienceInfo &a : loader.audiences())
            names << a.name;
        QCOMPARE(names, before); // each once, in List order
        QCOMPARE(progress.last().first().toInt(), 250);
    }

    void aFailedPageIsReported()
    {
        SandboxFixture s;
        QVERIFY(s.start(150));
        s.server.injectFault({400, {}, {}, "GET"}); // not retried
        AudienceListLoader loader(&s.client);
        QSignalSpy finished(&loader, &AudienceListLoader::finished);
        loader.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(!loader.isComplete());
        QCOMPARE(loader.error().httpStatus, 400);
        QVERIFY(!loader.error().message.isEmpty());
    }

    void aRestartIgnoresTheEarlierRun()
    {
        SandboxFixture s;
        QVERIFY(s.start(137));
        s.server.setResponseDelayMs(200);
        AudienceListLoader loader(&s.client);
        QSignalSpy finished(&loader, &AudienceListLoader::finished);
        loader.start();
        loader.start(); // the first run's answer must not be counted twice
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(loader.audiences().size(), 137);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        loader.start();
        loader.cancel();
        QVERIFY(!loader.isLoading());
        QVERIFY(!finished.wait(500)); // cancelled: no finished()
    }
};

QTEST_GUILESS_MAIN(TestAudienceListLoader)
#include "tst_audiencelistloader.moc"
