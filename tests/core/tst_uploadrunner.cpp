// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxFixture.h"
#include "history/UploadHistory.h"
#include "upload/UploadRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The runner against the sandbox: what the server ends up holding, and the requests it got.
class TestUploadRunner : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    UploadRecord plan(const QString &audience, int ids, int perRequest)
    {
        UploadRecord record;
        record.audience = audience;
        record.validIds = ids;
        int sequence = 0;
        for (int start = 0; start < ids; start += perRequest) {
            ++sequence;
            const bool replace = sequence == 1;
            QJsonArray array;
            for (int i = start; i < std::min(ids, start + perRequest); ++i) {
                QJsonObject entry {
                    {QStringLiteral("id"), QStringLiteral("id-%1").arg(i, 6, 10, QLatin1Char('0'))},
                    {QStringLiteral("tags"), QJsonArray {QStringLiteral("t%1").arg(sequence)}}};
                if (!replace)
                    entry.insert(QStringLiteral("action"), QStringLiteral("add"));
                array.append(entry);
            }
            UploadRequestRecord request;
            request.sequence = sequence;
            request.method = replace ? QStringLiteral("replace") : QStringLiteral("update");
            request.idCount = array.size();
            request.bodyPath
                = m_dir.filePath(QStringLiteral("%1-%2.json").arg(audience).arg(sequence));
            QFile file(request.bodyPath);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write payload");
            file.write(QJsonDocument(QJsonObject {{QStringLiteral("ids"), array}})
                           .toJson(QJsonDocument::Compact));
            record.requests << request;
        }
        return record;
    }

    static int countRequests(const FakeBatchServer &server, const QByteArray &method)
    {
        int n = 0;
        for (const auto &r : server.requests())
            n += r.method == method ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void sendsAllRequestsInOrder()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        QVERIFY(sandbox.server.audienceNames().isEmpty());
        sandbox.client.create(QStringLiteral("runner"))->deleteLater();
        QTRY_VERIFY(sandbox.server.audience(QStringLiteral("runner")).has_value());

        UploadHistory history(m_dir.filePath(QStringLiteral("h1.sqlite")));
        UploadRecord record = plan(QStringLiteral("runner"), 250, 100);
        QVERIFY(history.create(record) > 0);
        UploadRunner runner(&sandbox.client, &history);
        QSignalSpy finished(&runner, &UploadRunner::finished);
        runner.start(record);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<UploadRecord::State>(),
                 UploadRecord::State::Completed);
        QCOMPARE(runner.indexingTokens().size(), 3);
        const auto audience = sandbox.server.audience(QStringLiteral("runner"));
        QCOMPARE(audience->members.size(), 250);
        QCOMPARE(audience->members.value(QStringLiteral("id-000249")).tags,
                 QStringList {QStringLiteral("t3")});
        QCOMPARE(countRequests(sandbox.server, "PUT"), 1);
        QCOMPARE(countRequests(sandbox.server, "PATCH"), 2);
        const auto stored = history.upload(record.id);
        QCOMPARE(stored->state, UploadRecord::State::Completed);
        QCOMPARE(stored->firstUnacknowledged(), 3);
        QTRY_VERIFY(!QFile::exists(record.requests[0].bodyPath)); // cleaned once complete
    }

    void failureLeavesPartialThenResumeRepeatsNothing()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        sandbox.client.create(QStringLiteral("partial"))->deleteLater();
        QTRY_VERIFY(sandbox.server.audience(QStringLiteral("partial")).has_value());
        UploadHistory history(m_dir.filePath(QStringLiteral("h2.sqlite")));
        UploadRecord record = plan(QStringLiteral("partial"), 300, 100);
        QVERIFY(history.create(record) > 0);

        // The second request fails for good (400 is not retried).
        FakeBatchServer::Fault fault;
        fault.httpStatus = 400;
        fault.method = "PATCH";
        sandbox.server.injectFault(fault, 1);
        {
            UploadRunner runner(&sandbox.client, &history);
            QSignalSpy finished(&runner, &UploadRunner::finished);
            runner.start(record);
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.first().first().value<UploadRecord::State>(),
                     UploadRecord::State::Partial);
            QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("partial")));
        }
        QCOMPARE(sandbox.server.audience(QStringLiteral("partial"))->members.size(), 100);
        sandbox.server.clearRequests();

        // Resume from what the history says (as after a restart).
        const auto resumable = history.findResumable({}, QStringLiteral("partial"), {}, {});
        QVERIFY(resumable);
        QCOMPARE(resumable->firstUnacknowledged(), 1);
        UploadRunner runner(&sandbox.client, &history);
        QSignalSpy finished(&runner, &UploadRunner::finished);
        runner.start(*resumable);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<UploadRecord::State>(),
                 UploadRecord::State::Completed);
        QCOMPARE(countRequests(sandbox.server, "PUT"), 0); // the Replace is not sent again
        QCOMPARE(countRequests(sandbox.server, "PATCH"), 2);
        QCOMPARE(sandbox.server.audience(QStringLiteral("partial"))->members.size(), 300);
    }

    void retriesAreReported()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        sandbox.client.create(QStringLiteral("retry"))->deleteLater();
        QTRY_VERIFY(sandbox.server.audience(QStringLiteral("retry")).has_value());
        FakeBatchServer::Fault fault;
        fault.httpStatus = 503;
        sandbox.server.injectFault(fault, 1);
        UploadRecord record = plan(QStringLiteral("retry"), 10, 10);
        UploadRunner runner(&sandbox.client, nullptr);
        QSignalSpy retrying(&runner, &UploadRunner::requestRetrying);
        QSignalSpy finished(&runner, &UploadRunner::finished);
        runner.start(record);
        QVERIFY(finished.wait(20000));
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(finished.first().first().value<UploadRecord::State>(),
                 UploadRecord::State::Completed);
        QCOMPARE(sandbox.server.audience(QStringLiteral("retry"))->members.size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestUploadRunner)
#include "tst_uploadrunner.moc"
