#pragma once

// One keep-alive HTTP/1.1 connection of the load generator: sends a request, waits for the whole
// answer (status line, headers, Content-Length body), reports its latency, and sends the next.
// Written on QTcpSocket rather than QNetworkAccessManager, which caps a host at six connections
// and adds its own queueing to the figures.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>

#include <functional>

class LoadConnection : public QObject
{
    Q_OBJECT

public:
    // Produces the raw bytes of the next request (the connection adds nothing).
    using RequestFactory = std::function<QByteArray()>;

    LoadConnection(const QHostAddress &host, quint16 port, RequestFactory next,
                   QObject *parent = nullptr);

    void start();
    void stop();

Q_SIGNALS:
    // One answer: its HTTP status (0 when the connection failed) and latency in microseconds.
    void answered(int status, qint64 latencyUs);

private:
    void sendNext();
    void onReadyRead();
    void onDisconnected();

    QHostAddress m_host;
    quint16 m_port;
    RequestFactory m_next;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    bool m_running = false;
    bool m_inFlight = false;
};
