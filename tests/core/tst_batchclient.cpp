// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BatchClientTestBase.h"
#include "RawFaultServer.h"
#include "api/SecretRedactor.h"
#include "settings/ProfileSession.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

// The client against the in-process fake API: what was sent, what the server ends up
// holding, how each documented error is typed, and what is retried.
class TestBatchClient : public BatchClientTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareNetworkTest(); }

    void listSendsTheSpecRequestAndParses()
    {
        SandboxFixture s;
        QVERIFY(s.start(137));
        ApiReply *r = wait(s.client.list(10, 5));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(r->audiences().size(), 5);
        QCOMPARE(r->audiences().first().name, s.server.audienceNames().at(10));
        QCOMPARE(r->audiences().first().created.timeSpec(), Qt::UTC);
        QVERIFY(r->audiences().first().idCount > 0);
        const auto req = s.server.requests().last();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, QStringLiteral("/1.1/SANDBOX_API_KEY/custom-audience"));
        QCOMPARE(req.query, QStringLiteral("from=10&limit=5"));
        QCOMPARE(req.headers.value("x-authorization"), QByteArray("sandbox-rest-key"));
        QCOMPARE(req.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(r->attempts(), 1);
    }

    void listArgumentsAreChecked()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        for (auto [from, limit] : {std::pair {-1, 10}, std::pair {0, 0}, std::pair {0, 101}}) {
            ApiReply *r = wait(s.client.list(from, limit));
            QCOMPARE(r->error().kind, ApiError::Kind::InvalidRequest);
        }
        QVERIFY(s.server.requests().isEmpty());
    }

    void createViewReplaceUpdateDelete()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        ApiReply *created = wait(s.client.create(QStringLiteral("vip_fr"), QStringLiteral("VIPs")));
        QVERIFY2(created->isOk(), qPrintable(created->error().message));
        QCOMPARE(s.server.requests().last().method, QByteArray("POST"));
        QCOMPARE(QJsonDocument::fromJson(s.server.requests().last().body)
                     .object()
                     .value(QStringLiteral("description"))
                     .toString(),
                 QStringLiteral("VIPs"));
        QCOMPARE(s.server.audience(QStringLiteral("vip_fr"))->description, QStringLiteral("VIPs"));

        ApiReply *replaced = wait(s.client.replace(QStringLiteral("vip_fr"), replaceBody()));
        QVERIFY2(replaced->isOk(), qPrintable(replaced->error().message));
        QCOMPARE(replaced->httpStatus(), 201);
        QCOMPARE(replaced->indexingToken().size(), 32);
        QCOMPARE(s.server.requests().last().method, QByteArray("PUT"));
        QCOMPARE(s.server.requests().last().path,
                 QStringLiteral("/1.1/SANDBOX_API_KEY/custom-audience/vip_fr"));
        auto held = s.server.audience(QStringLiteral("vip_fr"));
        QCOMPARE(held->members.size(), 2);
        QCOMPARE(held->members.value(QStringLiteral("00123"))
                     .attributes.value(QStringLiteral("age"))
                     .toInt(),
                 31);
        QCOMPARE(held->members.value(QStringLiteral("00123")).tags,
                 (QStringList {QStringLiteral("fr"), QStringLiteral("vip")}));

        ApiReply *updated = wait(s.client.update(
            QStringLiteral("vip_fr"),
            "{\"ids\":[{\"action\":\"add\",\"id\":\"C\"},{\"action\":\"remove\",\"id\":\"B\"}]}"));
        QVERIFY2(updated->isOk(), qPrintable(updated->error().message));
        QCOMPARE(s.server.requests().last().method, QByteArray("PATCH"));
        held = s.server.audience(QStringLiteral("vip_fr"));
        QCOMPARE(held->members.keys(),
                 (QStringList {QStringLiteral("00123"), QStringLiteral("C")}));

        ApiReply *viewed = wait(s.client.view(QStringLiteral("vip_fr"), updated->indexingToken()));
        QVERIFY(viewed->isOk());
        QCOMPARE(viewed->audience().idCount, 2);
        QCOMPARE(viewed->audience().indexingState, IndexingState::Applied);
        QCOMPARE(s.server.requests().last().query,
                 QStringLiteral("indexing_token=") + updated->indexingToken());

        ApiReply *deleted = wait(s.client.remove(QStringLiteral("vip_fr")));
        QVERIFY(deleted->isOk());
        QCOMPARE(s.server.requests().last().method, QByteArray("DELETE"));
        QVERIFY(!s.server.audience(QStringLiteral("vip_fr")));
    }

    void indexingStates()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        wait(s.client.create(QStringLiteral("a")));
        s.server.setIndexingDelayMs(300);
        const QString first
            = wait(s.client.replace(QStringLiteral("a"), replaceBody()))->indexingToken();
        QCOMPARE(wait(s.client.view(QStringLiteral("a"), first))->audience().indexingState,
                 IndexingState::InProgress);
        QTRY_COMPARE_WITH_TIMEOUT(
            wait(s.client.view(QStringLiteral("a"), first))->audience().indexingState,
            IndexingState::Applied, 5000);
        wait(s.client.replace(QStringLiteral("a"), replaceBody()));
        QCOMPARE(wait(s.client.view(QStringLiteral("a"), first))->audience().indexingState,
                 IndexingState::Replaced);
    }

    void documentedErrors_data()
    {
        QTest::addColumn<int>("kind"); // 0 bad key, 1 unknown audience, 2 missing ids, 3 bad attr,
                                       // 4 bad json, 5 duplicate create
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("401") << 0 << 401 << "AUTHENTICATION_INVALID" << 10;
        QTest::newRow("404") << 1 << 404 << "ROUTE_NOT_FOUND" << 20;
        QTest::newRow("400/30") << 2 << 400 << "MISSING_PARAMETER" << 30;
        QTest::newRow("400/31") << 3 << 400 << "MALFORMED_PARAMETER" << 31;
        QTest::newRow("400/32") << 4 << 400 << "MALFORMED_JSON_BODY" << 32;
        QTest::newRow("400/31 exists") << 5 << 400 << "MALFORMED_PARAMETER" << 31;
    }
    void documentedErrors()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, name);
        QFETCH(int, code);
        SandboxFixture s;
        QVERIFY(s.start());
        wait(s.client.create(QStringLiteral("aud")));
        s.server.clearRequests();
        ApiReply *r = nullptr;
        switch (kind) {
        case 0: {
            auto c = s.config();
            c.restKey = QStringLiteral("wrong-key");
            s.client.setConfig(c);
            r = wait(s.client.list(0, 10));
            break;
        }
        case 1:
            r = wait(s.client.view(QStringLiteral("missing")));
            break;
        case 2:
            r = wait(s.client.replace(QStringLiteral("aud"), "{}"));
            break;
        case 3:
            r = wait(
                s.client.replace(QStringLiteral("aud"),
                                 "{\"ids\":[{\"id\":\"x\",\"attributes\":{\"Bad Name\":1}}]}"));
            break;
        case 4:
            r = wait(s.client.replace(QStringLiteral("aud"), "{not json"));
            break;
        case 5:
            r = wait(s.client.create(QStringLiteral("aud")));
            break;
        }
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
        QCOMPARE(r->error().httpStatus, status);
        QCOMPARE(r->error().name, name);
        QCOMPARE(r->error().code, code);
        QVERIFY(!r->error().retryable);
        QCOMPARE(r->error().serverEffect, ApiError::ServerEffect::NothingChanged);
        QVERIFY(r->error().message.contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(s.server.requests().size(), 1); // no retry on 4xx
        QVERIFY(s.server.audience(QStringLiteral("aud"))->members.isEmpty());
    }

    void serverErrorsAreRetriedThenReported_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("500") << 500 << "SERVER_ERROR" << 1;
        QTest::newRow("503") << 503 << "MAINTENANCE_ERROR" << 2;
    }
    void serverErrorsAreRetriedThenReported()
    {
        QFETCH(int, status);
        QFETCH(QString, name);
        QFETCH(int, code);
        SandboxFixture s;
        QVERIFY(s.start());
        wait(s.client.create(QStringLiteral("aud")));
        s.server.clearRequests();
        FakeBatchServer::Fault fault;
        fault.httpStatus = status;
        s.server.injectFault(fault, 5);
        ApiReply *reply = s.client.replace(QStringLiteral("aud"), replaceBody());
        QSignalSpy retrying(reply, &ApiReply::retrying);
        wait(reply);
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(retrying.count(), 2);
        QCOMPARE(s.server.requests().size(), 3);
        QCOMPARE(reply->error().name, name);
        QCOMPARE(reply->error().code, code);
        QVERIFY(reply->error().retryable);
        QCOMPARE(reply->error().serverEffect, ApiError::ServerEffect::MayHaveChanged);
        QVERIFY(reply->error().message.contains(QStringLiteral("may or may not")));
    }

    void forbiddenIsNotRetried()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        FakeBatchServer::Fault fault;
        fault.httpStatus = 403;
        s.server.injectFault(fault, 5);
        ApiReply *r = wait(s.client.list(0, 10));
        QCOMPARE(r->error().name, QStringLiteral("API_MISUSE"));
        QCOMPARE(r->error().code, 12);
        QCOMPARE(s.server.requests().size(), 1);
    }

    void retryThenSuccess()
    {
        SandboxFixture s;
        QVERIFY(s.start(3));
        FakeBatchServer::Fault fault;
        fault.httpStatus = 503;
        s.server.injectFault(fault, 1);
        ApiReply *reply = s.client.list(0, 10);
        QSignalSpy retrying(reply, &ApiReply::retrying);
        wait(reply);
        QVERIFY(reply->isOk());
        QCOMPARE(reply->attempts(), 2);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.first().at(0).toInt(), 2);
        QVERIFY(retrying.first().at(1).toInt() <= 10); // full jitter within base
        QCOMPARE(reply->audiences().size(), 3);
    }

    void retryAfterIsHonoured()
    {
        SandboxFixture s;
        QVERIFY(s.start(1));
        auto c = s.config();
        c.backoffCapMs = 8000;
        s.client.setConfig(c);
        FakeBatchServer::Fault fault;
        fault.httpStatus = 429;
        fault.retryAfter = "1";
        s.server.injectFault(fault, 1);
        QElapsedTimer timer;
        timer.start();
        ApiReply *reply = s.client.list(0, 10);
        QSignalSpy retrying(reply, &ApiReply::retrying);
        wait(reply);
        QVERIFY(reply->isOk());
        QCOMPARE(retrying.first().at(1).toInt(), 1000);
        QVERIFY(timer.elapsed() >= 950);
    }

    // Retry-After is waited as asked, even far beyond the backoff cap (the fixture's 50 ms).
    void retryAfterIsWaitedAsAsked()
    {
        SandboxFixture s;
        QVERIFY(s.start(1));
        FakeBatchServer::Fault fault;
        fault.httpStatus = 503;
        fault.retryAfter = "2";
        s.server.injectFault(fault, 1);
        ApiReply *reply = s.client.list(0, 10);
        QSignalSpy retrying(reply, &ApiReply::retrying);
        QElapsedTimer timer;
        QList<qint64> startedAt;
        connect(reply, &ApiReply::started, this, [&] { startedAt << timer.elapsed(); });
        timer.start();
        wait(reply);
        QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
        QCOMPARE(startedAt.size(), 1); // the first started() came before the connect
        QVERIFY2(startedAt.first() >= 1900, qPrintable(QString::number(startedAt.first())));
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.first().at(1).toInt(), 2000);
        const auto cause = retrying.first().at(2).value<ApiError>();
        QCOMPARE(cause.httpStatus, 503);
        QCOMPARE(cause.retryAfterMs, 2000); // front ends can say "Batch asked to wait 2 s"
    }

    void retryAfterAttemptsCount()
    {
        SandboxFixture s;
        QVERIFY(s.start(1));
        auto c = s.config();
        c.maxAttempts = 2;
        s.client.setConfig(c);
        FakeBatchServer::Fault fault;
        fault.httpStatus = 429;
        fault.retryAfter = "1";
        s.server.injectFault(fault, 10);
        QElapsedTimer timer;
        timer.start();
        ApiReply *r = wait(s.client.list(0, 10));
        QVERIFY(timer.elapsed() >= 950);
        QCOMPARE(r->attempts(), 2);
        QCOMPARE(s.server.requests().size(), 2);
        QCOMPARE(r->error().httpStatus, 429);
        QCOMPARE(r->error().retryAfterMs, 1000);
        QVERIFY2(r->error().message.contains(
                     QStringLiteral("Batch asked to wait 1 second before trying again")),
                 qPrintable(r->error().message));
    }

    // A Retry-After longer than maxRetryAfterMs: no retry, the server's error at once, with
    // the delay asked and when to run again.
    void aLongRetryAfterIsReportedNotWaited()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        wait(s.client.create(QStringLiteral("aud")));
        s.server.clearRequests();
        FakeBatchServer::Fault fault;
        fault.httpStatus = 503;
        fault.retryAfter = "3600";
        s.server.injectFault(fault, 5);
        QElapsedTimer timer;
        timer.start();
        ApiReply *reply = s.client.replace(QStringLiteral("aud"), replaceBody());
        QSignalSpy retrying(reply, &ApiReply::retrying);
        wait(reply);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(s.server.requests().size(), 1);
        QCOMPARE(retrying.count(), 0);
        QCOMPARE(reply->attempts(), 1);
        const ApiError &e = reply->error();
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 503);
        QCOMPARE(e.name, QStringLiteral("MAINTENANCE_ERROR"));
        QCOMPARE(e.retryAfterMs, 3600 * 1000);
        QCOMPARE(e.serverEffect, ApiError::ServerEffect::MayHaveChanged);
        QVERIFY2(e.message.contains(QStringLiteral(
                     "Batch asked to wait 60 minutes before trying again: try again after ")),
                 qPrintable(e.message));

        // The limit is the client's to choose.
        auto c = s.config();
        c.maxRetryAfterMs = 4 * 3600 * 1000;
        s.client.setConfig(c);
        ApiReply *patient = s.client.list(0, 10);
        QSignalSpy patientRetrying(patient, &ApiReply::retrying);
        QVERIFY(patientRetrying.wait(5000));
        QCOMPARE(patientRetrying.first().at(1).toInt(), 3600 * 1000);
        patient->abandon();
    }

    // A write is acknowledged by its indexing token: a 2xx without one (a misbehaving
    // gateway's "200 {}", an HTML page) is a bad response, retried like a 5xx (sending the
    // same body again is safe), and never reported as done.
    void aWriteWithoutTokenIsRetried_data()
    {
        QTest::addColumn<bool>("update");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("replace {}") << false << QByteArray("{}");
        QTest::newRow("update {}") << true << QByteArray("{}");
        QTest::newRow("replace empty token") << false << QByteArray(R"({"indexing_token":""})");
        QTest::newRow("update numeric token") << true << QByteArray(R"({"indexing_token":12})");
        QTest::newRow("replace html") << false << QByteArray("<html>OK</html>");
    }
    void aWriteWithoutTokenIsRetried()
    {
        QFETCH(bool, update);
        QFETCH(QByteArray, body);
        SandboxFixture s;
        QVERIFY(s.start());
        wait(s.client.create(QStringLiteral("aud")));
        s.server.clearRequests();
        FakeBatchServer::Fault fault;
        fault.httpStatus = 200;
        fault.body = body;
        s.server.injectFault(fault, 2);
        const QByteArray write
            = update ? "{\"ids\":[{\"action\":\"add\",\"id\":\"A\"}]}" : replaceBody();
        auto send = [&] {
            return update ? s.client.update(QStringLiteral("aud"), write)
                          : s.client.replace(QStringLiteral("aud"), write);
        };
        ApiReply *reply = send();
        QSignalSpy retrying(reply, &ApiReply::retrying);
        wait(reply);
        QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(retrying.count(), 2);
        const auto cause = retrying.first().at(2).value<ApiError>();
        QCOMPARE(cause.kind, ApiError::Kind::BadResponse);
        QCOMPARE(cause.httpStatus, 200);
        QVERIFY(cause.retryable);
        QCOMPARE(cause.serverEffect, ApiError::ServerEffect::MayHaveChanged);
        QCOMPARE(reply->indexingToken().size(), 32);
        QCOMPARE(s.server.requests().size(), 3);

        // Never a token: it fails after maxAttempts, never "done".
        s.server.injectFault(fault, 10);
        reply = send();
        QSignalSpy finished(reply, &ApiReply::finished);
        wait(reply);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!reply->isOk());
        QCOMPARE(reply->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(reply->error().serverEffect, ApiError::ServerEffect::MayHaveChanged);
        QVERIFY(reply->error().retryable);
        QCOMPARE(reply->attempts(), 3);
        QVERIFY(reply->indexingToken().isEmpty());
        QVERIFY(reply->error().message.contains(QStringLiteral("may or may not")));
    }
};

QTEST_GUILESS_MAIN(TestBatchClient)
#include "tst_batchclient.moc"
