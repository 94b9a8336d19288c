// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

class FakeBatchServer;

// Runs the fake Batch API on its own thread, so a large upload to the sandbox never
// stalls the thread that started it (the GUI thread in `audience-desk --sandbox`).
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    // Starts the thread, listens on 127.0.0.1 (a free port) and seeds sample audiences.
    bool start(int sampleAudiences = 137);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    QUrl baseUrl() const { return m_baseUrl; }

    // Lives on the sandbox thread: use QMetaObject::invokeMethod to reach it.
    FakeBatchServer *server() const { return m_server; }

private:
    QThread m_thread;
    FakeBatchServer *m_server = nullptr;
    QUrl m_baseUrl;
};
