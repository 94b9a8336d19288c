// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SingleInstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{ }

SingleInstance::~SingleInstance() = default;

void SingleInstance::watchFileOpenEvents()
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool SingleInstance::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen && watched == QCoreApplication::instance()) {
        const QString file = static_cast<QFileOpenEvent *>(event)->file();
        if (!file.isEmpty()) {
            emit filesReceived({QFileInfo(file).absoluteFilePath()});
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

QString SingleInstance::defaultKey()
{
    // Per user (the config location is the user's) and per configuration: test or
    // portable set-ups with their own XDG_CONFIG_HOME get their own instance.
    const QByteArray where
        = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).toUtf8();
    return QStringLiteral("audience-desk-")
        + QString::fromLatin1(
               QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::claim()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    m_lock = std::make_unique<QLockFile>(QDir(dir).filePath(m_key + QStringLiteral(".lock")));
    m_lock->setStaleLockTime(0); // stale only when its process is gone
    if (!m_lock->tryLock(0))
        return false;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_key); // a socket left by a crashed first instance
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    m_server->listen(m_key);
    return true;
}

bool SingleInstance::handOver(const QStringList &files, int timeoutMs) const
{
    QStringList absolute;
    for (const QString &f : files)
        absolute << QFileInfo(f).absoluteFilePath();
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(QJsonDocument(QJsonArray::fromStringList(absolute)).toJson(QJsonDocument::Compact)
                 + '\n');
    if (!socket.waitForBytesWritten(timeoutMs) || !socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.readLine().trimmed() == "ok";
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QJsonArray list = QJsonDocument::fromJson(socket->readLine()).array();
            QStringList files;
            for (const QJsonValue &v : list)
                files << v.toString();
            socket->write("ok\n");
            socket->flush();
            emit filesReceived(files);
        });
    }
}
