// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RawFaultServer.h"

#include <QTimer>

RawFaultServer::RawFaultServer(Mode mode, QObject *parent)
    : QTcpServer(parent)
    , m_mode(mode)
{
    connect(this, &QTcpServer::newConnection, this, &RawFaultServer::onNewConnection);
}

bool RawFaultServer::listen()
{
    return QTcpServer::listen(QHostAddress::LocalHost, 0);
}

QUrl RawFaultServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

void RawFaultServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        ++m_connections;
        if (m_mode == Mode::CloseImmediately) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void RawFaultServer::onReadyRead(QTcpSocket *socket)
{
    const QByteArray received = socket->readAll();
    if (!socket->property("seen").toBool()) {
        const QByteArray head = socket->property("head").toByteArray() + received;
        socket->setProperty("head", head);
        if (head.contains("\r\n\r\n")) {
            socket->setProperty("seen", true);
            socket->setProperty("head", QVariant());
            ++m_requests;
            emit requestReceived();
        }
    }
    switch (m_mode) {
    case Mode::AcceptThenStall:
        m_stalled.append(socket); // keep it open, say nothing
        break;
    case Mode::ResetMidBody:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 1000\r\n\r\n{\"custom_a");
        socket->flush();
        socket->abort();
        break;
    case Mode::RawResponse:
        socket->write(m_raw);
        socket->flush();
        socket->disconnectFromHost();
        break;
    case Mode::CloseImmediately:
        socket->abort();
        break;
    case Mode::Drip: {
        if (socket->property("dripping").toBool())
            break; // the rest of the same request
        socket->setProperty("dripping", true);
        // A body far longer than any test waits for: the answer keeps coming, never ends.
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 100000000\r\n\r\n{");
        socket->flush();
        auto *timer = new QTimer(socket); // goes with the connection
        connect(timer, &QTimer::timeout, socket, [socket] {
            socket->write(" ");
            socket->flush();
        });
        timer->start(m_dripIntervalMs);
        break;
    }
    }
}
