#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// Faults QHttpServer cannot produce, on a raw loopback socket: accept then never answer,
// reset in the middle of a body, close at once, or answer fixed raw bytes.
class RawFaultServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Mode { AcceptThenStall, ResetMidBody, CloseImmediately, RawResponse };

    explicit RawFaultServer(Mode mode = Mode::AcceptThenStall, QObject *parent = nullptr);

    bool listen();
    QUrl baseUrl() const;
    void setMode(Mode mode) { m_mode = mode; }
    void setRawResponse(const QByteArray &response) { m_raw = response; }
    int connectionCount() const { return m_connections; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    Mode m_mode;
    QByteArray m_raw;
    int m_connections = 0;
    QList<QPointer<QTcpSocket>> m_stalled;
};
