// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RawFaultServer.h"
#include "SandboxFixture.h"
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

// The client against the in-process fake API (and a raw socket for transport faults):
// what was sent, what the server ends up holding, and how each failure is typed.
class TestBatchClient : public QObject
{
    Q_OBJECT
private:
    // The reply stays a child of the client until the client (the test's fixture) is
    // destroyed: it can be read after later waits. A deleteLater() here freed it in the
    // next wait's event loop, and reading it afterwards was a use after free.
    static ApiReply *wait(ApiReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &ApiReply::finished);
            if (!spy.wait(20000))
                qWarning("reply did not finish");
        }
        return reply;
    }
    static ApiConfig rawConfig(const QUrl &url)
    {
        Profile p;
        p.baseUrl = url;
        p.apiKey = QStringLiteral("KEY");
        p.restKey = QStringLiteral("rest-key-for-tests");
        ApiConfig quick;
        quick.timeoutMs = 2000;
        quick.backoffBaseMs = 10;
        quick.backoffCapMs = 20;
        return ProfileSession::configFor(p, quick);
    }
    // What the fake sends on the wire for a GET, without the client's parsing.
    static QPair<int, QByteArray> rawGet(const SandboxFixture &s, const QString &path)
    {
        QNetworkAccessManager nam;
        QUrl url = s.server.baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("X-Authorization", FakeBatchServer::sandboxRestKey.toUtf8());
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            qWarning("raw GET did not finish");
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }
    static QString listPath() { return QStringLiteral("/1.1/SANDBOX_API_KEY/custom-audience"); }
    static QByteArray replaceBody()
    {
        return "{\"ids\":[{\"id\":\"00123\",\"attributes\":{\"age\":31,\"vip\":true,"
               "\"date(signup)\":\"2024-05-01T10:00:00\",\"url(site)\":\"https://example.com/a\"},"
               "\"tags\":[\"fr\",\"vip\"]},{\"id\":\"B\",\"tags\":[\"x\"]}]}";
    }

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

    void aReadWithABadBodyIsNotRetried()
    {
        SandboxFixture s;
        QVERIFY(s.start(3));
        FakeBatchServer::Fault fault;
        fault.httpStatus = 200;
        fault.body = "{}";
        s.server.injectFault(fault, 5);
        ApiReply *r = wait(s.client.list(0, 10));
        QCOMPARE(r->error().kind, ApiError::Kind::BadResponse);
        QVERIFY(!r->error().retryable);
        QCOMPARE(r->attempts(), 1);
    }

    // The sandbox's faults (FakeBatchServer::Fault), each as a client meets it.
    void faultEmptyTwoHundred()
    {
        SandboxFixture s;
        QVERIFY(s.start(3));
        FakeBatchServer::Fault fault;
        fault.httpStatus = 200; // body left empty: "{}", not an error body
        s.server.injectFault(fault, 1);
        QCOMPARE(rawGet(s, listPath()), qMakePair(200, QByteArray("{}")));
        fault.httpStatus = 201;
        fault.method = "PUT";
        s.server.injectFault(fault, 1);
        auto c = s.config();
        c.maxAttempts = 1;
        s.client.setConfig(c);
        wait(s.client.create(QStringLiteral("aud")));
        ApiReply *r = wait(s.client.replace(QStringLiteral("aud"), replaceBody()));
        QCOMPARE(r->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(r->error().httpStatus, 201);
        QCOMPARE(s.server.requests().last().status, 201);
        QVERIFY(s.server.audience(QStringLiteral("aud"))->members.isEmpty()); // not applied
        // An error status keeps its documented body; a body given is sent as is.
        fault = {};
        fault.httpStatus = 503;
        s.server.injectFault(fault, 1);
        QVERIFY(rawGet(s, listPath()).second.contains("MAINTENANCE_ERROR"));
        fault.httpStatus = 200;
        fault.body = "[1]";
        s.server.injectFault(fault, 1);
        QCOMPARE(rawGet(s, listPath()), qMakePair(200, QByteArray("[1]")));
    }

    void faultAnswerAfterApplying()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        wait(s.client.create(QStringLiteral("aud")));
        FakeBatchServer::Fault fault;
        fault.httpStatus = 503;
        fault.method = "PUT";
        fault.applyFirst = true;
        s.server.injectFault(fault, 1);
        auto c = s.config();
        c.maxAttempts = 1;
        s.client.setConfig(c);
        ApiReply *r = wait(s.client.replace(QStringLiteral("aud"), replaceBody()));
        QCOMPARE(r->error().httpStatus, 503);
        QCOMPARE(r->error().serverEffect, ApiError::ServerEffect::MayHaveChanged);
        QCOMPARE(s.server.requests().last().status, 503);
        QCOMPARE(s.server.audience(QStringLiteral("aud"))->members.size(), 2); // stored anyway

        // Retried: the second Replace stores the same IDs again and is acknowledged.
        s.client.setConfig(s.config());
        s.server.injectFault(fault, 1);
        r = wait(s.client.update(QStringLiteral("aud"),
                                 "{\"ids\":[{\"action\":\"add\",\"id\":\"C\"}]}"));
        QVERIFY(r->isOk()); // a fault on PUT does not touch a PATCH
        QCOMPARE(r->attempts(), 1);
        r = wait(s.client.replace(QStringLiteral("aud"), replaceBody()));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(r->attempts(), 2);
        QCOMPARE(s.server.audience(QStringLiteral("aud"))->members.size(), 2);
    }

    // Qt itself sends a request again (up to twice) when the connection closes before any
    // byte of an answer: one attempt may reach the server more than once.
    void faultDroppedAnswer_data()
    {
        QTest::addColumn<bool>("applyFirst");
        QTest::newRow("before applying") << false;
        QTest::newRow("after applying") << true;
    }
    void faultDroppedAnswer()
    {
        QFETCH(bool, applyFirst);
        SandboxFixture s;
        QVERIFY(s.start());
        wait(s.client.create(QStringLiteral("aud")));
        s.server.clearRequests();
        auto c = s.config();
        c.maxAttempts = 1;
        s.client.setConfig(c);
        FakeBatchServer::Fault fault;
        fault.dropAnswer = true;
        fault.applyFirst = applyFirst;
        s.server.injectFault(fault, 10);
        ApiReply *r = wait(s.client.replace(QStringLiteral("aud"), replaceBody()));
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QCOMPARE(r->error().serverEffect, ApiError::ServerEffect::MayHaveChanged);
        QVERIFY(!s.server.requests().isEmpty());
        for (const auto &request : s.server.requests())
            QCOMPARE(request.status, 0); // no answer
        // Stored only when applied first, and the client cannot know either way.
        QCOMPARE(s.server.audience(QStringLiteral("aud"))->members.size(), applyFirst ? 2 : 0);
    }

    void faultDroppedAnswerThenRetried()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        wait(s.client.create(QStringLiteral("aud")));
        s.server.clearRequests();
        FakeBatchServer::Fault fault;
        fault.dropAnswer = true;
        fault.applyFirst = true;
        s.server.injectFault(fault, 1);
        ApiReply *r = wait(s.client.replace(QStringLiteral("aud"), replaceBody()));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(r->indexingToken().size(), 32);
        QCOMPARE(s.server.requests().size(), 2);
        QCOMPARE(s.server.requests().first().status, 0);
        QCOMPARE(s.server.requests().last().status, 201);
        QCOMPARE(s.server.audience(QStringLiteral("aud"))->members.size(), 2);
    }

    void faultDrippedAnswer()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        wait(s.client.create(QStringLiteral("aud")));
        auto c = s.config();
        c.timeoutMs = 500; // between two bytes, never reached: the answer keeps coming
        s.client.setConfig(c);
        FakeBatchServer::Fault fault;
        fault.httpStatus = 0; // the real answer, slowly
        fault.dripMs = 25;
        s.server.injectFault(fault, 1);
        QElapsedTimer timer;
        timer.start();
        ApiReply *r = wait(s.client.replace(QStringLiteral("aud"), replaceBody()));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(r->indexingToken().size(), 32);
        QCOMPARE(r->attempts(), 1);
        const int bodySize = int(QByteArray(R"({"indexing_token":""})").size()) + 32;
        QVERIFY2(timer.elapsed() >= (bodySize - 2) * 25,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(s.server.requests().last().status, 201);
        QCOMPARE(s.server.audience(QStringLiteral("aud"))->members.size(), 2);

        // A fault's own answer dripped: read whole, then typed as usual.
        c.maxAttempts = 1;
        s.client.setConfig(c);
        fault.httpStatus = 503;
        fault.dripMs = 5;
        s.server.injectFault(fault, 1);
        r = wait(s.client.list(0, 10));
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
        QCOMPARE(r->error().name, QStringLiteral("MAINTENANCE_ERROR"));
        QCOMPARE(r->error().code, 2);
    }

    void requestHookRunsBeforeRouting()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        QList<FakeBatchServer::Request> seen;
        s.server.setRequestHook([&](const FakeBatchServer::Request &request) {
            seen.append(request);
            if (request.method == "GET" && request.path.endsWith(QStringLiteral("/late")))
                s.server.addAudience({QStringLiteral("late"),
                                      QStringLiteral("install_ids"),
                                      {},
                                      QDateTime::currentDateTimeUtc(),
                                      QDateTime::currentDateTimeUtc(),
                                      {}});
        });
        ApiReply *r = wait(s.client.view(QStringLiteral("late")));
        QVERIFY2(r->isOk(), qPrintable(r->error().message)); // created before it was routed
        QCOMPARE(r->audience().name, QStringLiteral("late"));
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().method, QByteArray("GET"));
        QCOMPARE(seen.first().headers.value("x-authorization"), QByteArray("sandbox-rest-key"));
        QCOMPARE(seen.first().status, 0); // not answered yet
        FakeBatchServer::Fault fault; // faulted requests are seen too
        s.server.injectFault(fault, 1);
        wait(s.client.list(0, 10));
        QCOMPARE(seen.size(), 3);
        s.server.setRequestHook({});
        wait(s.client.list(0, 10));
        QCOMPARE(seen.size(), 3);
    }

    void nonJsonBodies()
    {
        RawFaultServer raw(RawFaultServer::Mode::RawResponse);
        QVERIFY(raw.listen());
        raw.setRawResponse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                           "13\r\n\r\n<html></html>");
        QNetworkAccessManager nam;
        BatchClient client(&nam);
        client.setConfig(rawConfig(raw.baseUrl()));
        ApiReply *r = wait(client.list(0, 10));
        QCOMPARE(r->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(r->error().httpStatus, 200);

        raw.setRawResponse("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 5\r\n\r\noops!");
        auto c = rawConfig(raw.baseUrl());
        c.maxAttempts = 1;
        client.setConfig(c);
        r = wait(client.list(0, 10));
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
        QCOMPARE(r->error().name, QStringLiteral("MAINTENANCE_ERROR")); // from the status alone
        QCOMPARE(r->error().code, 2);
    }

    void droppedConnectionIsANetworkErrorAndRetried()
    {
        RawFaultServer raw(RawFaultServer::Mode::ResetMidBody);
        QVERIFY(raw.listen());
        QNetworkAccessManager nam;
        BatchClient client(&nam);
        client.setConfig(rawConfig(raw.baseUrl()));
        ApiReply *r = wait(client.list(0, 10));
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QVERIFY(r->error().retryable);
        QCOMPARE(r->attempts(), 3);
        QCOMPARE(raw.connectionCount(), 3);

        raw.setMode(RawFaultServer::Mode::CloseImmediately);
        r = wait(client.list(0, 10));
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
    }

    void timeoutAndCancelAreToldApart()
    {
        RawFaultServer raw(RawFaultServer::Mode::AcceptThenStall);
        QVERIFY(raw.listen());
        QNetworkAccessManager nam;
        BatchClient client(&nam);
        auto c = rawConfig(raw.baseUrl());
        c.timeoutMs = 300;
        c.maxAttempts = 2;
        client.setConfig(c);
        ApiReply *r = wait(client.replace(QStringLiteral("aud"), replaceBody()));
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(r->attempts(), 2);
        QCOMPARE(r->error().serverEffect, ApiError::ServerEffect::MayHaveChanged);

        c.timeoutMs = 10000;
        client.setConfig(c);
        ApiReply *cancelled = client.list(0, 10);
        QSignalSpy finished(cancelled, &ApiReply::finished);
        QTimer::singleShot(150, cancelled, &ApiReply::cancel);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(cancelled->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(cancelled->attempts(), 1);
        cancelled->deleteLater();
    }

    // An answer that keeps coming a byte at a time never trips the transfer (inactivity)
    // timeout: the overall deadline of each attempt ends it, as a retryable Timeout.
    void aDrippingAnswerMeetsTheDeadline()
    {
        RawFaultServer raw(RawFaultServer::Mode::Drip);
        raw.setDripIntervalMs(100);
        QVERIFY(raw.listen());
        QNetworkAccessManager nam;
        BatchClient client(&nam);
        auto c = rawConfig(raw.baseUrl());
        c.timeoutMs = 5000;
        c.deadlineMs = 800;
        c.maxAttempts = 2;
        client.setConfig(c);
        QElapsedTimer timer;
        timer.start();
        ApiReply *r = client.replace(QStringLiteral("aud"), replaceBody());
        QSignalSpy retrying(r, &ApiReply::retrying);
        QSignalSpy finished(r, &ApiReply::finished);
        QVERIFY(finished.wait(6000));
        r->deleteLater();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(timer.elapsed() >= 1500); // two attempts of 0.8 s
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QVERIFY(r->error().retryable);
        QCOMPARE(r->error().serverEffect, ApiError::ServerEffect::MayHaveChanged);
        QVERIFY2(r->error().message.contains(QStringLiteral("within 1 second")),
                 qPrintable(r->error().message));
        QVERIFY(r->error().message.contains(QStringLiteral("may or may not")));
        QCOMPARE(r->attempts(), 2);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.first().at(2).value<ApiError>().kind, ApiError::Kind::Timeout);
        QCOMPARE(raw.connectionCount(), 2);

        // A read: nothing changed; and a cancel during a drip is still a cancel.
        c.maxAttempts = 1;
        client.setConfig(c);
        r = wait(client.list(0, 10));
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(r->error().serverEffect, ApiError::ServerEffect::NothingChanged);
        c.deadlineMs = 5000;
        client.setConfig(c);
        ApiReply *cancelled = client.list(0, 10);
        QTimer::singleShot(300, cancelled, &ApiReply::cancel);
        QCOMPARE(wait(cancelled)->error().kind, ApiError::Kind::Cancelled);
    }

    // The deadline covers each attempt, not the whole call: a slow but complete answer
    // within it is read, and a deadline of 0 means none.
    void theDeadlineIsPerAttempt()
    {
        SandboxFixture s;
        QVERIFY(s.start(2));
        auto c = s.config();
        c.deadlineMs = 700;
        s.client.setConfig(c);
        s.server.setResponseDelayMs(400);
        FakeBatchServer::Fault fault;
        s.server.injectFault(fault, 1); // a 503 after 0.4 s, then the answer after 0.4 s
        ApiReply *r = wait(s.client.list(0, 10));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(r->attempts(), 2);
        s.server.setResponseDelayMs(900);
        c.deadlineMs = 0;
        s.client.setConfig(c);
        QVERIFY(wait(s.client.list(0, 10))->isOk());
    }

    void anAbandonedReplyIsSilentAndGoes()
    {
        RawFaultServer raw(RawFaultServer::Mode::AcceptThenStall);
        QVERIFY(raw.listen());
        QNetworkAccessManager nam;
        BatchClient client(&nam);
        auto c = rawConfig(raw.baseUrl());
        c.timeoutMs = 10000;
        client.setConfig(c);
        QPointer<ApiReply> reply = client.list(0, 10);
        QSignalSpy finished(reply.data(), &ApiReply::finished);
        QTest::qWait(150); // the request is out
        reply->abandon();
        QTRY_VERIFY(!reply); // deleted
        QCOMPARE(finished.count(), 0); // not even the cancel's finished()
    }

    void refusedBeforeSending()
    {
        QNetworkAccessManager nam;
        BatchClient client(&nam);
        auto c = rawConfig(QUrl(QStringLiteral("http://example.com")));
        client.setConfig(c);
        ApiReply *r = client.list(0, 10);
        QVERIFY(!r->isFinished()); // finished is emitted later, so callers can connect
        wait(r);
        QCOMPARE(r->error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(r->attempts(), 0);

        RawFaultServer raw(RawFaultServer::Mode::CloseImmediately);
        QVERIFY(raw.listen());
        client.setConfig(rawConfig(raw.baseUrl()));
        for (const QString &name :
             {QStringLiteral("bad name"), QStringLiteral("a/b"), QStringLiteral("é"),
              QString(256, QLatin1Char('a')), QString()}) {
            ApiReply *bad = wait(client.view(name));
            QCOMPARE(bad->error().kind, ApiError::Kind::InvalidRequest);
        }
        c = rawConfig(raw.baseUrl());
        c.apiKey = QStringLiteral("key/../other");
        client.setConfig(c);
        QCOMPARE(wait(client.list(0, 1))->error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(raw.connectionCount(), 0);
    }

    void restKeyNeverLogged()
    {
        static QStringList captured;
        captured.clear();
        SecretRedactor::installMessageHandler();
        const QtMessageHandler redacting = qInstallMessageHandler(nullptr);
        qInstallMessageHandler(redacting);
        // Capture below the redacting handler: what would reach the terminal or a log file.
        static QtMessageHandler inner = nullptr;
        inner = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
            captured << SecretRedactor::redact(m);
        });
        QLoggingCategory::setFilterRules(QStringLiteral("audiencedesk.*=true"));

        const QString secret = QStringLiteral("S3cretRestKey-0123456789");
        SandboxFixture s;
        s.server.setCredentials(QStringLiteral("APPKEY"), secret);
        QVERIFY(s.start(2));
        auto c = s.config();
        c.apiKey = QStringLiteral("APPKEY");
        c.restKey = secret;
        s.client.setConfig(c);
        QVERIFY(wait(s.client.list(0, 10))->isOk());
        wait(s.client.view(QStringLiteral("missing")));
        qWarning() << "a careless line with" << secret;
        qInstallMessageHandler(inner);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(!captured.isEmpty());
        QVERIFY(captured.join(QLatin1Char('\n')).contains(QStringLiteral("custom-audience")));
        for (const QString &line : std::as_const(captured))
            QVERIFY2(!line.contains(secret), qPrintable(line));
        QVERIFY(captured.last().contains(SecretRedactor::replacement()));
    }
};

QTEST_GUILESS_MAIN(TestBatchClient)
#include "tst_batchclient.moc"
