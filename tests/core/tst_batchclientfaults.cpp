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

// The client when the wire misbehaves: bodies that are not what they should be, answers
// lost, dripped or dropped (the fake's faults and a raw socket), deadlines, cancels, and
// secrets kept out of the log.
class TestBatchClientFaults : public BatchClientTestBase
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareNetworkTest(); }

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
        QTRY_COMPARE(raw.requestCount(), 1); // the request is out: the server has read it
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

QTEST_GUILESS_MAIN(TestBatchClientFaults)
#include "tst_batchclientfaults.moc"
