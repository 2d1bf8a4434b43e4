#include "LoadConnection.h"

#include <QTimer>

LoadConnection::LoadConnection(const QHostAddress &host, quint16 port, RequestFactory next,
                               QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_next(std::move(next))
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::connected, this, &LoadConnection::sendNext);
    connect(&m_socket, &QTcpSocket::readyRead, this, &LoadConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &LoadConnection::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
}

void LoadConnection::start()
{
    m_running = true;
    m_socket.connectToHost(m_host, m_port);
}

void LoadConnection::stop()
{
    m_running = false;
}

void LoadConnection::sendNext()
{
    if (!m_running || m_inFlight || m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    m_buffer.clear();
    m_inFlight = true;
    m_timer.start();
    m_socket.write(m_next());
}

void LoadConnection::onReadyRead()
{
    m_buffer += m_socket.readAll();
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray head = m_buffer.left(headerEnd);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (m_buffer.size() < headerEnd + 4 + length)
        return;
    const int status = head.mid(9, 3).toInt();
    const bool close = head.toLower().contains("connection: close");
    m_inFlight = false;
    Q_EMIT answered(status, m_timer.nsecsElapsed() / 1000);
    if (close) {
        m_socket.disconnectFromHost();
        return;
    }
    sendNext();
}

void LoadConnection::onDisconnected()
{
    if (m_inFlight) {
        m_inFlight = false;
        Q_EMIT answered(0, m_timer.nsecsElapsed() / 1000);
    }
    if (m_running)
        QTimer::singleShot(0, this, [this] { m_socket.connectToHost(m_host, m_port); });
}
