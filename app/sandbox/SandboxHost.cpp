// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxHost.h"

#include "FakeBatchServer.h"
#include "SandboxStore.h"

#include <QDir>
#include <QStandardPaths>

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    stop();
}

QString SandboxHost::defaultStateFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sandbox.json"));
}

void SandboxHost::setStateFile(const QString &path)
{
    m_stateFile = path;
}

void SandboxHost::setIndexingDelayMs(int ms)
{
    m_indexingDelayMs = ms;
    if (FakeBatchServer *server = m_server)
        QMetaObject::invokeMethod(server, [server, ms] { server->setIndexingDelayMs(ms); });
}

bool SandboxHost::start(int sampleAudiences)
{
    if (m_server)
        return true;
    m_sampleAudiences = sampleAudiences;
    m_thread.start();
    auto *server = new FakeBatchServer;
    server->moveToThread(&m_thread);
    bool ok = false;
    QUrl url;
    const bool persistent = !m_stateFile.isEmpty();
    QMetaObject::invokeMethod(
        server,
        [server, sampleAudiences, persistent, delay = m_indexingDelayMs, &ok, &url] {
            ok = server->listen();
            if (ok) {
                server->setIndexingDelayMs(delay);
                if (!persistent)
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
    if (persistent) {
        // Queued before any request can reach the server: it answers from the saved state.
        m_store = new SandboxStore(server, m_stateFile);
        m_store->moveToThread(&m_thread);
        QMetaObject::invokeMethod(m_store, [store = m_store, server, sampleAudiences] {
            store->setParent(server);
            if (!store->load()) {
                server->seedSampleAudiences(sampleAudiences);
                store->saveNow();
            }
        });
    }
    return true;
}

void SandboxHost::reset()
{
    FakeBatchServer *server = m_server;
    if (!server)
        return;
    QMetaObject::invokeMethod(server, [this, server, store = m_store, n = m_sampleAudiences] {
        server->clear();
        server->seedSampleAudiences(n);
        if (store)
            store->saveNow();
        QMetaObject::invokeMethod(this, &SandboxHost::resetFinished, Qt::QueuedConnection);
    });
}

void SandboxHost::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_server) {
        // Destroyed on its own thread, where its sockets live.
        QMetaObject::invokeMethod(
            m_server,
            [server = m_server, store = m_store] {
                if (store)
                    store->flush();
                delete server;
            },
            Qt::BlockingQueuedConnection);
        m_server = nullptr;
        m_store = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}
