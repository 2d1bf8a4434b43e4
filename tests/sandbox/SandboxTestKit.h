#pragma once

// What the sandbox tests share: a synchronous HTTP client speaking to a sandbox the way a
// LigdiCash client does (Apikey + Bearer) or the control API does (X-Sandbox-Key), and a small
// merchant server that records every callback and browser redirect it receives.

#include "HttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>

class Sandbox;

struct TestReply
{
    int status = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(QByteArrayView name) const;
};

class TestClient
{
public:
    explicit TestClient(Sandbox *sandbox);

    TestReply request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {},
                      int timeoutMs = 10000);
    // Merchant API calls with the sandbox's keys (as the docs show them).
    QList<QPair<QByteArray, QByteArray>> merchantHeaders(bool post) const;
    TestReply create(const QJsonObject &body, bool direct = false);
    TestReply createRaw(const QByteArray &body, bool direct = false);
    TestReply confirm(const QString &token,
                      const QString &parameter = QStringLiteral("invoiceToken"),
                      bool trailingSlash = true);
    // Control API with the control key.
    TestReply control(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QUrl url(const QString &pathAndQuery) const;

    // A valid hosted-payin request whose callback/return/cancel URLs point at `merchant`.
    static QJsonObject invoiceBody(qint64 amount, const QUrl &merchant,
                                   const QString &transactionId = QStringLiteral("ORD-42"));
    // Creates a hosted invoice and returns its token (fails the test on error).
    QString createInvoice(qint64 amount, const QUrl &merchant,
                          const QString &transactionId = QStringLiteral("ORD-42"));

    QNetworkAccessManager &network() { return m_network; }

private:
    Sandbox *m_sandbox;
    QNetworkAccessManager m_network;
};

class MerchantServer : public QObject
{
    Q_OBJECT

public:
    struct Hit
    {
        QByteArray method;
        QString path;
        QByteArray contentType;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    explicit MerchantServer(QObject *parent = nullptr);
    QUrl url() const { return m_url; }
    QList<Hit> callbacks() const; // POSTs to /callback, in arrival order
    QList<Hit> hits() const { return m_hits; }
    void setCallbackStatus(int status) { m_callbackStatus = status; }

Q_SIGNALS:
    void hit();

private:
    HttpServer m_server;
    QUrl m_url;
    QList<Hit> m_hits;
    int m_callbackStatus = 200;
};
