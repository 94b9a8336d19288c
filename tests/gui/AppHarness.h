// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AppContext.h"
#include "sandbox/SandboxHost.h"
#include "settings/AppSettings.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QThreadPool>

// The services main() creates for a window, in a temporary folder with an in-memory
// keychain: what a GUI test hands to MainWindow.
struct AppHarness
{
    AppHarness()
        : settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , profiles(&settings)
        , appSettings(&settings)
    {
        secrets.setInMemoryForTesting(true);
        context.network = &network;
        context.profiles = &profiles;
        context.secrets = &secrets;
        context.settings = &appSettings;
        context.sandbox = &sandbox;
        context.qsettings = &settings;
        context.pool = &pool;
    }
    QTemporaryDir dir;
    QSettings settings;
    QNetworkAccessManager network;
    ProfileStore profiles;
    SecretStore secrets;
    AppSettings appSettings;
    SandboxHost sandbox;
    QThreadPool pool;
    AppContext context;
};
