// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <functional>

// QHttpServer's router in Qt 6.4 cannot hand out every request with its responder (needed
// to record requests and to answer later); QAbstractHttpServer can.
class FakeHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // The socket lets a deferred answer check that the client is still connected.
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&,
                                       QPointer<QTcpSocket>)>;

    explicit FakeHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
