// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/BatchClient.h"
#include "sandbox/FakeBatchServer.h"
#include "settings/Profile.h"

#include <QNetworkAccessManager>
#include <memory>

// A fake Batch API on a random loopback port and a client configured for it, with fast
// retries so failure tests stay quick.
struct SandboxFixture
{
    SandboxFixture();

    // Fails the test (returns false) when the server cannot listen.
    bool start(int sampleAudiences = 0);
    ApiConfig config() const;
    // A profile as the desktop app saves it, for this server (REST key in the settings).
    Profile profile(const QString &displayName) const;

    FakeBatchServer server;
    QNetworkAccessManager network;
    BatchClient client;
};

// Sets NoProxy and test-mode standard paths: call from initTestCase().
void prepareNetworkTest();
