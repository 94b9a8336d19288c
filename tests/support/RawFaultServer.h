// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// Faults QHttpServer cannot produce, on a raw loopback socket: accept then never answer,
// reset in the middle of a body, close at once, answer fixed raw bytes, or drip: a valid
// status line and headers, then one byte of body every dripIntervalMs, never finishing
// (so a transfer/inactivity timeout never fires).
class RawFaultServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Mode { AcceptThenStall, ResetMidBody, CloseImmediately, RawResponse, Drip };

    explicit RawFaultServer(Mode mode = Mode::AcceptThenStall, QObject *parent = nullptr);

    bool listen();
    QUrl baseUrl() const;
    void setMode(Mode mode) { m_mode = mode; }
    void setRawResponse(const QByteArray &response) { m_raw = response; }
    void setDripIntervalMs(int ms) { m_dripIntervalMs = ms; }
    int connectionCount() const { return m_connections; }
    // Requests whose whole header arrived (one per connection: what a test waits for
    // instead of sleeping until "the request is out").
    int requestCount() const { return m_requests; }

signals:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    Mode m_mode;
    QByteArray m_raw;
    int m_dripIntervalMs = 100;
    int m_connections = 0;
    int m_requests = 0;
    QList<QPointer<QTcpSocket>> m_stalled;
};
