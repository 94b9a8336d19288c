// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxFixture.h"
#include "api/BatchClient.h"
#include "sandbox/FakeBatchServer.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxStore.h"
#include "settings/ProfileSession.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The sandbox of `audience-desk --sandbox`: kept between launches, reset to the samples,
// indexing that takes a while as at Batch.
class TestSandboxHost : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    static ApiReply *wait(ApiReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &ApiReply::finished);
            if (!spy.wait(20000))
                qWarning("reply did not finish");
        }
        reply->deleteLater();
        return reply;
    }
    void connectTo(BatchClient &client, const SandboxHost &host)
    {
        client.setConfig(ProfileSession::configFor(ProfileSession::sandboxProfile(host.baseUrl())));
    }
    static QStringList names(SandboxHost &host)
    {
        QStringList list;
        QMetaObject::invokeMethod(
            host.server(), [&] { list = host.server()->audienceNames(); },
            Qt::BlockingQueuedConnection);
        return list;
    }
    static QByteArray body()
    {
        return R"({"ids":[{"id":"a1","attributes":{"age":31},"tags":["fr"]},{"id":"a2"}]})";
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void theStateSurvivesARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart/sandbox.json"));
        QStringList before;
        {
            SandboxHost host;
            host.setStateFile(path);
            QVERIFY(host.start(20));
            QCOMPARE(names(host).size(), 20); // the samples, first time
            BatchClient client(&m_network);
            connectTo(client, host);
            QVERIFY(
                wait(client.create(QStringLiteral("kept"), QStringLiteral("made here")))->isOk());
            QVERIFY(wait(client.replace(QStringLiteral("kept"), body()))->isOk());
            QVERIFY(wait(client.remove(QStringLiteral("vip_fr")))->isOk());
            before = names(host);
            QTRY_VERIFY(QFile::exists(path)); // the samples, written at once
            QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
        } // stopped: a pending write is flushed
        SandboxHost host;
        host.setStateFile(path);
        QVERIFY(host.start(20));
        QCOMPARE(names(host), before);
        BatchClient client(&m_network);
        connectTo(client, host);
        ApiReply *kept = wait(client.view(QStringLiteral("kept")));
        QVERIFY(kept->isOk());
        QCOMPARE(kept->audience().idCount, 2);
        QCOMPARE(kept->audience().description, QStringLiteral("made here"));
        QCOMPARE(kept->audience().indexingState, IndexingState::Applied);
        std::optional<FakeBatchServer::Audience> held;
        QMetaObject::invokeMethod(
            host.server(), [&] { held = host.server()->audience(QStringLiteral("kept")); },
            Qt::BlockingQueuedConnection);
        QCOMPARE(held->members.value(QStringLiteral("a1"))
                     .attributes.value(QStringLiteral("age"))
                     .toInt(),
                 31);
        QCOMPARE(held->members.value(QStringLiteral("a1")).tags,
                 QStringList {QStringLiteral("fr")});
        // A sample keeps the count it reports without members.
        ApiReply *sample = wait(client.view(before.at(1)));
        QVERIFY(sample->audience().idCount > 0);
    }

    void anUnreadableFileFallsBackToTheSamples()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        SandboxHost host;
        host.setStateFile(path);
        QVERIFY(host.start(7));
        QCOMPARE(names(host).size(), 7);
    }

    void resetRestoresTheSamples()
    {
        const QString path = m_dir.filePath(QStringLiteral("reset/sandbox.json"));
        SandboxHost host;
        host.setStateFile(path);
        QVERIFY(host.start(12));
        const QStringList samples = names(host);
        BatchClient client(&m_network);
        connectTo(client, host);
        QVERIFY(wait(client.create(QStringLiteral("gone_after_reset")))->isOk());
        QVERIFY(wait(client.remove(samples.first()))->isOk());
        QVERIFY(names(host) != samples);
        QSignalSpy reset(&host, &SandboxHost::resetFinished);
        host.reset();
        QVERIFY(reset.wait(5000));
        QCOMPARE(names(host), samples);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const auto state = SandboxStore::fromJson(saved.readAll());
        QVERIFY(state.has_value());
        QCOMPARE(state->size(), 12); // saved so: the next launch starts from the samples too
    }

    void indexingTakesAWhile()
    {
        SandboxHost host; // no state file: samples, nothing written
        host.setIndexingDelayMs(300);
        QVERIFY(host.start(3));
        BatchClient client(&m_network);
        connectTo(client, host);
        const QString name = names(host).first();
        ApiReply *replaced = wait(client.replace(name, body()));
        QVERIFY(replaced->isOk());
        const QString token = replaced->indexingToken();
        QCOMPARE(wait(client.view(name, token))->audience().indexingState,
                 IndexingState::InProgress);
        QTRY_COMPARE_WITH_TIMEOUT(wait(client.view(name, token))->audience().indexingState,
                                  IndexingState::Applied, 5000);
        host.setIndexingDelayMs(0); // while running, too
        QVERIFY(wait(client.replace(name, body()))->isOk());
        QCOMPARE(wait(client.view(name))->audience().indexingState, IndexingState::Applied);
        QVERIFY(host.stateFile().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandboxhost.moc"
