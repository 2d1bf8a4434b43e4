#pragma once

// A small comptoir-server stand-in for the app's tests, on the real HTTP layer (comptoir_http):
// sessions with PIN, products, idempotent orders, start payment, status with ?wait= long-poll and
// cancel where a payment wins. Tests flip orders to paid/failed and inject faults (refuse
// requests, swallow an answer) to check the app's retries, exactly-once and back-off.

#include "HttpServer.h"

#include <functional>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class FakeComptoirServer : public QObject
{
    Q_OBJECT

public:
    struct Order
    {
        QJsonObject request;
        QString status = QStringLiteral("draft");
        QString reason;
        QString operatorName;
        QUrl paymentUrl;
        QString customerNumber; // direct payins
        int invoices = 0;
    };

    explicit FakeComptoirServer(QObject *parent = nullptr);
    ~FakeComptoirServer() override;

    // Starts listening on 127.0.0.1 (port 0: any free port); false on failure.
    bool start(quint16 port = 0);
    void stop();
    quint16 port() const { return m_port; }
    QUrl url() const;

    QByteArray terminalToken = QByteArrayLiteral("terminal-secret");
    QString pin = QStringLiteral("1234");
    QJsonArray products;
    QJsonArray users;

    QHash<QString, Order> orders;
    int createRequests = 0;
    int statusRequests = 0;
    QList<QByteArray> sessionHeaders; // X-Comptoir-Session of each /orders request
    int refuseNext = 0;               // answer the next N requests with refuseStatus
    int refuseStatus = 503;
    int swallowNextCreate = 0; // record the next N creates, but never answer them

    // Extra routes (the back office's, in its own tests), registered when start() runs; the
    // handler sees the request as the real server would.
    struct ExtraRoute
    {
        QByteArray method;
        QString pattern;
        HttpServer::Handler handler;
    };
    QList<ExtraRoute> extraRoutes;

    void setStatus(const QString &orderId, const QString &status, const QString &reason = {});
    QJsonObject view(const QString &orderId) const;

private:
    void wake(const QString &orderId);

    std::unique_ptr<HttpServer> m_http;
    quint16 m_port = 0;
    QHash<QString, QList<HttpResponder>> m_waiting;
    QList<HttpResponder> m_swallowed;
};
