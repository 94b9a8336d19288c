#pragma once

#include "api/BatchClient.h"
#include "sandbox/FakeBatchServer.h"

#include <QNetworkAccessManager>
#include <memory>

// A fake Batch API on a random loopback port and a client configured for it, with fast
// retries so failure tests stay quick.
struct SandboxFixture
{
    SandboxFixture();

    // Fails the test (returns false) when the server cannot listen.
    bool start(int sampleAudiences = 0);
    BatchClient::Config config() const;

    FakeBatchServer server;
    QNetworkAccessManager network;
    BatchClient client;
};

// Sets NoProxy and test-mode standard paths: call from initTestCase().
void prepareNetworkTest();
