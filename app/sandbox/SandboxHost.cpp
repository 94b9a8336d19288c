// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxHost.h"

#include "FakeBatchServer.h"

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(int sampleAudiences)
{
    if (m_server)
        return true;
    m_thread.start();
    auto *server = new FakeBatchServer;
    server->moveToThread(&m_thread);
    bool ok = false;
    QUrl url;
    QMetaObject::invokeMethod(
        server,
        [server, sampleAudiences, &ok, &url] {
            ok = server->listen();
            if (ok) {
                server->seedSampleAudiences(sampleAudiences);
                url = server->baseUrl();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        QMetaObject::invokeMethod(server, &QObject::deleteLater);
        m_thread.quit();
        m_thread.wait();
        return false;
    }
    m_server = server;
    m_baseUrl = url;
    return true;
}

void SandboxHost::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_server) {
        // Destroyed on its own thread, where its sockets live.
        QMetaObject::invokeMethod(
            m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}
