// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxFixture.h"
#include "upload/IndexingPoller.h"

#include <QSignalSpy>
#include <QTest>

class TestIndexingPoller : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareNetworkTest(); }

    void pollsUntilApplied()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        auto *c = s.client.create(QStringLiteral("a"));
        QTRY_VERIFY(c->isFinished());
        s.server.setIndexingDelayMs(250);
        ApiReply *r = s.client.replace(QStringLiteral("a"), "{\"ids\":[{\"id\":\"x\"}]}");
        QTRY_VERIFY(r->isFinished());
        IndexingPoller poller(&s.client);
        poller.setDelays(20, 100);
        QSignalSpy states(&poller, &IndexingPoller::stateChanged);
        QSignalSpy finished(&poller, &IndexingPoller::finished);
        poller.start(QStringLiteral("a"), r->indexingToken());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<IndexingState>(), IndexingState::Applied);
        QCOMPARE(states.first().first().value<IndexingState>(), IndexingState::InProgress);
        QCOMPARE(states.last().first().value<IndexingState>(), IndexingState::Applied);
        QCOMPARE(states.last().at(1).toLongLong(), 1);
        int views = 0;
        for (const auto &req : s.server.requests())
            views += req.method == "GET";
        QVERIFY(views >= 2 && views < 20); // backed off, not hammering
    }

    void givesUpAtTheLimitAndReportsErrors()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        auto *c = s.client.create(QStringLiteral("a"));
        QTRY_VERIFY(c->isFinished());
        s.server.setIndexingDelayMs(60000);
        ApiReply *r = s.client.replace(QStringLiteral("a"), "{\"ids\":[{\"id\":\"x\"}]}");
        QTRY_VERIFY(r->isFinished());
        IndexingPoller poller(&s.client);
        poller.setDelays(10, 20);
        poller.setLimitMs(60);
        QSignalSpy finished(&poller, &IndexingPoller::finished);
        poller.start(QStringLiteral("a"), r->indexingToken());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<IndexingState>(), IndexingState::Unknown);

        QSignalSpy failed(&poller, &IndexingPoller::failed);
        poller.start(QStringLiteral("missing"), r->indexingToken());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestIndexingPoller)
#include "tst_indexingpoller.moc"
