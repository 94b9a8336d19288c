#pragma once

#include "api/BatchClient.h"
#include "history/UploadHistory.h"
#include "sandbox/FakeBatchServer.h"
#include "sandbox/SandboxHost.h"
#include "wizard/ImportWizard.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>
#include <QTemporaryDir>

// What the bench programs drive the wizard with: the sandbox on its own thread (as in
// `audience-desk --sandbox`), a client for it, and settings and history in a temporary
// folder. Construct after the QApplication.
struct BenchSandbox
{
    explicit BenchSandbox(int sampleAudiences = 0)
        : client(&network)
        , settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)
        , history((qputenv("XDG_DATA_HOME", dir.path().toUtf8()),
                   dir.filePath(QStringLiteral("h.sqlite"))))
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        started = sandbox.start(sampleAudiences);
        ApiConfig config;
        config.baseUrl = sandbox.baseUrl();
        config.apiKey = FakeBatchServer::sandboxApiKey;
        config.restKey = FakeBatchServer::sandboxRestKey;
        config.timeoutMs = 120000;
        client.setConfig(config);
        profile.id = QStringLiteral("sandbox");
        profile.displayName = QStringLiteral("Sandbox (sample data)");
        profile.baseUrl = config.baseUrl; // complete, as the app's sandbox profile: the
        profile.apiKey = config.apiKey; // Target page can switch back to it
        profile.restKey = config.restKey;
        profile.transient = true;
    }
    ImportWizard::Context context() { return {&client, profile, &history, &settings, {}, nullptr}; }

    QTemporaryDir dir;
    SandboxHost sandbox;
    QNetworkAccessManager network;
    BatchClient client;
    QSettings settings;
    UploadHistory history;
    Profile profile;
    bool started = false;
};
