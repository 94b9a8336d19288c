// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxFixture.h"

#include "settings/ProfileSession.h"

#include <QNetworkProxy>
#include <QStandardPaths>

SandboxFixture::SandboxFixture()
    : client(&network)
{ }

bool SandboxFixture::start(int sampleAudiences)
{
    if (!server.listen())
        return false;
    if (sampleAudiences > 0)
        server.seedSampleAudiences(sampleAudiences);
    client.setConfig(config());
    return true;
}

ApiConfig SandboxFixture::config() const
{
    ApiConfig fast; // fast retries keep failure tests short
    fast.timeoutMs = 5000;
    fast.backoffBaseMs = 10;
    fast.backoffCapMs = 50;
    return ProfileSession::configFor(ProfileSession::sandboxProfile(server.baseUrl()), fast);
}

Profile SandboxFixture::profile(const QString &displayName) const
{
    Profile p;
    p.displayName = displayName;
    p.apiKey = FakeBatchServer::sandboxApiKey;
    p.restKey = FakeBatchServer::sandboxRestKey;
    p.restKeyInSettings = true;
    p.baseUrl = server.baseUrl();
    return p;
}

void prepareNetworkTest()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QStandardPaths::setTestModeEnabled(true);
}
