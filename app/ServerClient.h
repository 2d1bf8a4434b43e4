#pragma once

// The terminal's side of /api/v1: every request carries the terminal's bearer token and, once a
// cashier is logged in, the X-Comptoir-Session header. Answers arrive as typed values with a
// ServerError (Kind::None on success); JSON errors {"error":{"code","message"}} become readable
// messages; every request has a timeout. It also tracks whether the server is reachable, which
// the banner and the offline cash queue follow. It never talks to LigdiCash itself.

#include "Cashier.h"
#include "OrderDraft.h"
#include "OrderUpdate.h"
#include "ServerError.h"

#include "domain/Product.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

class ServerClient : public QObject
{
    Q_OBJECT

public:
    using JsonCallback = std::function<void(const QJsonObject &reply, const ServerError &error)>;

    explicit ServerClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setTerminalToken(const QByteArray &token);
    bool hasTerminalToken() const { return !m_terminalToken.isEmpty(); }
    void setSessionToken(const QByteArray &token);
    void setTerminalId(const QString &id) { m_terminalId = id; }
    QByteArray sessionToken() const { return m_sessionToken; }
    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int requestTimeout() const { return m_timeoutMs; }
    bool isReachable() const { return m_reachable; }

    // Checks the URL and the terminal token (GET /api/v1/users needs the token).
    void checkTerminal(QObject *context, std::function<void(const ServerError &)> done);
    void fetchCashiers(QObject *context,
                       std::function<void(const QList<Cashier> &, const ServerError &)> done);
    void login(const QString &cashierId, const QString &pin, QObject *context,
               std::function<void(const Cashier &, const ServerError &)> done);
    void logout();
    void fetchCatalog(QObject *context,
                      std::function<void(const QList<Product> &, const ServerError &)> done);
    void createOrder(const OrderDraft &order, QObject *context,
                     std::function<void(const OrderUpdate &, const ServerError &)> done);
    // Hosted (LigdiCash's page, answered with its URL) unless customerNumber is given: then a
    // direct payin, approved on the customer's phone (otp when the operator needs one).
    void startPayment(const QString &orderId, QObject *context,
                      std::function<void(const OrderUpdate &, const ServerError &)> done,
                      const QString &customerNumber = {}, const QString &otp = {});
    // waitSeconds > 0: the server holds the request until the status changes (long-poll).
    QNetworkReply *orderStatus(const QString &orderId, int waitSeconds, QObject *context,
                               std::function<void(const OrderUpdate &, const ServerError &)> done);
    void cancelOrder(const QString &orderId, QObject *context,
                     std::function<void(const OrderUpdate &, const ServerError &)> done);

    // The general form: path relative to the base URL, body sent as JSON when present.
    QNetworkReply *send(const QByteArray &method, const QString &path,
                        const std::optional<QJsonObject> &body, int timeoutMs, QObject *context,
                        JsonCallback done);
    // The same with a body that is not JSON (a CSV import): payload sent as contentType. The
    // answer is still read as JSON.
    QNetworkReply *sendPayload(const QByteArray &method, const QString &path,
                               const QByteArray &payload, const QByteArray &contentType,
                               int timeoutMs, QObject *context, JsonCallback done);

Q_SIGNALS:
    void reachabilityChanged(bool reachable);
    // The server no longer knows this cashier's session (401 while logged in).
    void sessionExpired();

private:
    void setReachable(bool reachable);
    void finished(QNetworkReply *reply, bool timedOut, const QPointer<QObject> &context,
                  bool hadContext, const JsonCallback &done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QByteArray m_terminalToken;
    QByteArray m_sessionToken;
    QString m_terminalId;
    int m_timeoutMs = 10000;
    bool m_reachable = true;
};
