#include "SandboxFixture.h"

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
    ApiConfig config;
    config.baseUrl = server.baseUrl();
    config.apiKey = FakeBatchServer::sandboxApiKey;
    config.restKey = FakeBatchServer::sandboxRestKey;
    config.timeoutMs = 5000;
    config.backoffBaseMs = 10;
    config.backoffCapMs = 50;
    return config;
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
