// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxFixture.h"
#include "browse/AudiencePager.h"

#include <QSignalSpy>
#include <QTest>

class TestAudiencePager : public QObject
{
    Q_OBJECT
private:
    static bool waitLoaded(AudiencePager &pager)
    {
        return QTest::qWaitFor([&] { return !pager.isLoading(); }, 10000);
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void pagesThroughAllAudiences()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(137));
        AudiencePager pager(&sandbox.client);
        pager.setPageSize(10);
        QVERIFY(waitLoaded(pager));
        QCOMPARE(pager.audiences().size(), 10);
        QCOMPARE(pager.rangeText(), QStringLiteral("Showing 1–10"));
        QVERIFY(!pager.canGoPrevious());
        QVERIFY(pager.canGoNext());
        QCOMPARE(pager.audiences().first().name, sandbox.server.audienceNames().first());

        QStringList seen;
        for (const AudienceInfo &a : pager.audiences())
            seen << a.name;
        while (pager.canGoNext()) {
            pager.next();
            QVERIFY(waitLoaded(pager));
            for (const AudienceInfo &a : pager.audiences())
                seen << a.name;
        }
        QCOMPARE(pager.from(), 130);
        QCOMPARE(pager.audiences().size(), 7); // a short page is the last
        QCOMPARE(pager.rangeText(), QStringLiteral("Showing 131–137"));
        QCOMPARE(seen, sandbox.server.audienceNames());

        pager.previous();
        QVERIFY(waitLoaded(pager));
        QCOMPARE(pager.from(), 120);
        QVERIFY(pager.canGoNext());
    }

    void exactMultipleStepsBackFromEmptyPage()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(30));
        AudiencePager pager(&sandbox.client);
        QSignalSpy reachedEnd(&pager, &AudiencePager::reachedEnd);
        pager.setPageSize(10);
        QVERIFY(waitLoaded(pager));
        pager.next();
        QVERIFY(waitLoaded(pager));
        pager.next();
        QVERIFY(waitLoaded(pager));
        QCOMPARE(pager.from(), 20);
        QCOMPARE(pager.audiences().size(), 10);
        QVERIFY(pager.canGoNext()); // full page: may have a successor
        pager.next();
        QVERIFY(waitLoaded(pager));
        QCOMPARE(reachedEnd.count(), 1);
        QCOMPARE(pager.from(), 20); // stepped back
        QCOMPARE(pager.audiences().size(), 10);
        QVERIFY(!pager.canGoNext());
        QCOMPARE(pager.rangeText(), QStringLiteral("Showing 21–30"));
        QCOMPARE(sandbox.server.requests().last().query, QStringLiteral("from=30&limit=10"));
    }

    void emptyList()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(0));
        AudiencePager pager(&sandbox.client);
        pager.setPageSize(25);
        QVERIFY(waitLoaded(pager));
        QVERIFY(pager.audiences().isEmpty());
        QVERIFY(!pager.canGoNext());
        QVERIFY(!pager.canGoPrevious());
        QCOMPARE(pager.rangeText(), QStringLiteral("No audiences"));
    }

    void pagePastTheEnd()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(12));
        AudiencePager pager(&sandbox.client);
        pager.goTo(500);
        QVERIFY(waitLoaded(pager));
        QVERIFY(pager.audiences().isEmpty());
        QVERIFY(!pager.canGoNext());
        QVERIFY(pager.canGoPrevious());
        pager.first();
        QVERIFY(waitLoaded(pager));
        QCOMPARE(pager.audiences().size(), 12);
    }

    void staleRepliesAreIgnored()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(137));
        AudiencePager pager(&sandbox.client);
        pager.setPageSize(10);
        QVERIFY(waitLoaded(pager));
        sandbox.server.setResponseDelayMs(100);
        QSignalSpy loaded(&pager, &AudiencePager::pageLoaded);
        pager.goTo(10);
        pager.goTo(20);
        pager.goTo(30); // only this one counts
        QVERIFY(waitLoaded(pager));
        QTest::qWait(300); // any stale answer would arrive within this
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(pager.from(), 30);
        QCOMPARE(pager.audiences().first().name, sandbox.server.audienceNames().at(30));
    }

    void errorIsReportedAndRetryWorks()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(5));
        AudiencePager pager(&sandbox.client);
        QSignalSpy failed(&pager, &AudiencePager::failed);
        FakeBatchServer::Fault fault;
        fault.httpStatus = 401;
        sandbox.server.injectFault(fault, 1);
        pager.setPageSize(10);
        QVERIFY(failed.wait(10000));
        QCOMPARE(pager.lastError().httpStatus, 401);
        QCOMPARE(pager.lastError().name, QStringLiteral("AUTHENTICATION_INVALID"));
        pager.reload();
        QVERIFY(waitLoaded(pager));
        QCOMPARE(pager.audiences().size(), 5);
        QVERIFY(!pager.lastError().isError());
    }
};

QTEST_GUILESS_MAIN(TestAudiencePager)
#include "tst_audiencepager.moc"
