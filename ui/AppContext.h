// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class AppSettings;
class ProfileStore;
class QNetworkAccessManager;
class SandboxHost;
class SecretStore;
class UploadHistory;
class QSettings;
class QThreadPool;

// The services a window works with, created by main() (or a test) and passed in: no
// globals, so tests hand in temporary settings and an in-memory secret store.
struct AppContext
{
    QNetworkAccessManager *network = nullptr;
    ProfileStore *profiles = nullptr;
    SecretStore *secrets = nullptr;
    AppSettings *settings = nullptr;
    SandboxHost *sandbox = nullptr; // started on demand
    UploadHistory *history = nullptr;
    QSettings *qsettings = nullptr; // last mappings per audience
    // The GUI's background work (file previews, history reads, clean-ups): one pool of the
    // application's, not Qt's global pool, which the raster paint engine also waits on
    // while it draws (see FileCheck::pool()); and its destructor waits for the work.
    QThreadPool *pool = nullptr;
};
