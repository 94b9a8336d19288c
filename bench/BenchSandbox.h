// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/BatchClient.h"
#include "history/UploadHistory.h"
#include "sandbox/FakeBatchServer.h"
#include "sandbox/SandboxHost.h"
#include "settings/ProfileSession.h"
#include "wizard/ImportWizard.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>
#include <QTemporaryDir>
#include <QThreadPool>

// A control of the window, the dialog or the wizard page `root`, by the objectName its class
// gives it: the bench programs reach widgets as the tests do. Stops the program when there
// is none (a renamed control), rather than measuring or shooting something else.
template<class T> T *named(const QObject *root, const char *name)
{
    T *found = root->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s named \"%s\"", T::staticMetaObject.className(), name);
    return found;
}

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
        // The app's own sandbox profile, complete: the Target page can switch back to it.
        profile = ProfileSession::sandboxProfile(sandbox.baseUrl());
        ApiConfig patient;
        patient.timeoutMs = 120000;
        client.setConfig(ProfileSession::configFor(profile, patient));
    }
    ImportWizard::Context context()
    {
        return {&client, profile, &history, &settings, {}, nullptr, &pool};
    }

    QTemporaryDir dir;
    SandboxHost sandbox;
    QNetworkAccessManager network;
    BatchClient client;
    QSettings settings;
    UploadHistory history;
    QThreadPool pool; // the app's AppContext::pool
    Profile profile;
    bool started = false;
};
