#include "ServerClient.h"

#include "CatalogSync.h"

#include "contract/SessionReply.h"
#include "contract/SessionRequest.h"
#include "contract/StartPaymentRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServerClient, "comptoir.app.serverclient")

namespace {

const QByteArray kSessionHeader = QByteArrayLiteral("X-Comptoir-Session");

QString orderPath(const QString &orderId)
{
    return u"/api/v1/orders/"_s + QString::fromLatin1(QUrl::toPercentEncoding(orderId));
}

// The order in an answer. A success whose body is not an order is a BadReply; an error keeps its
// own kind. The id asked for fills in when the body does not say it.
OrderUpdate readUpdate(const QJsonObject &reply, const QString &orderId, ServerError *error)
{
    std::optional<OrderUpdate> update = OrderUpdate::fromJson(reply);
    if (!update) {
        update.emplace();
        if (error->isOk())
            error->kind = ServerError::Kind::BadReply;
    }
    if (update->orderId.isEmpty())
        update->orderId = orderId;
    return *update;
}

} // namespace

ServerClient::ServerClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void ServerClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void ServerClient::setTerminalToken(const QByteArray &token)
{
    m_terminalToken = token;
}

void ServerClient::setSessionToken(const QByteArray &token)
{
    m_sessionToken = token;
}

void ServerClient::setReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    qCInfo(lcServerClient) << "server reachable:" << reachable;
    Q_EMIT reachabilityChanged(reachable);
}

QNetworkReply *ServerClient::send(const QByteArray &method, const QString &path,
                                  const std::optional<QJsonObject> &body, int timeoutMs,
                                  QObject *context, JsonCallback done)
{
    QByteArray payload;
    QByteArray contentType;
    if (body) {
        contentType = QByteArrayLiteral("application/json");
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    return sendPayload(method, path, payload, contentType, timeoutMs, context, std::move(done));
}

QNetworkReply *ServerClient::sendPayload(const QByteArray &method, const QString &path,
                                         const QByteArray &payload, const QByteArray &contentType,
                                         int timeoutMs, QObject *context, JsonCallback done)
{
    QUrl url = m_baseUrl;
    const int queryAt = path.indexOf(u'?');
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + (queryAt < 0 ? path : path.left(queryAt)), QUrl::TolerantMode);
    if (queryAt >= 0)
        url.setQuery(path.mid(queryAt + 1));

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!m_terminalToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_terminalToken);
    if (!m_sessionToken.isEmpty())
        request.setRawHeader(kSessionHeader, m_sessionToken);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    qCDebug(lcServerClient) << method << url.path();

    // Our own timer rather than setTransferTimeout: a long-poll must be allowed its full wait
    // plus the normal margin, and we want to tell "timed out" from "refused".
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(timeoutMs > 0 ? timeoutMs : m_timeoutMs);

    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, timedOut, guard, hadContext, done] {
                finished(reply, *timedOut, guard, hadContext, done);
            });
    return reply;
}

void ServerClient::finished(QNetworkReply *reply, bool timedOut, const QPointer<QObject> &context,
                            bool hadContext, const JsonCallback &done)
{
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto networkError = reply->error();

    ServerError error;
    QJsonObject object;
    if (status == 0) {
        if (timedOut)
            error.kind = ServerError::Kind::Timeout;
        else if (networkError == QNetworkReply::SslHandshakeFailedError)
            error.kind = ServerError::Kind::Tls;
        else
            error.kind = ServerError::Kind::Network;
        if (error.kind != ServerError::Kind::Tls)
            setReachable(false);
        qCInfo(lcServerClient) << "request failed:" << reply->url().path() << networkError;
    } else {
        setReachable(true);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (document.isObject())
            object = document.object();
        else if (document.isArray())
            object = QJsonObject{{u"items"_s, document.array()}};
        if (status >= 400) {
            const QJsonObject errorObject = object.value(u"error"_s).toObject();
            error = ServerError::fromHttpStatus(status, errorObject.value(u"code"_s).toString(),
                                                errorObject.value(u"message"_s).toString());
            if (status == 401 && !m_sessionToken.isEmpty())
                Q_EMIT sessionExpired();
        } else if (!body.isEmpty() && parseError.error != QJsonParseError::NoError) {
            error.kind = ServerError::Kind::BadReply;
            error.httpStatus = status;
        }
    }
    if (hadContext && !context)
        return;
    if (done)
        done(object, error);
}

void ServerClient::checkTerminal(QObject *context, std::function<void(const ServerError &)> done)
{
    send("GET", u"/api/v1/users"_s, std::nullopt, 0, context,
         [done](const QJsonObject &, const ServerError &error) { done(error); });
}

void ServerClient::fetchCashiers(
    QObject *context, std::function<void(const QList<Cashier> &, const ServerError &)> done)
{
    send("GET", u"/api/v1/users"_s, std::nullopt, 0, context,
         [done](const QJsonObject &reply, const ServerError &error) {
             QList<Cashier> cashiers;
             const QJsonArray array = reply.value(u"users"_s).isArray()
                                          ? reply.value(u"users"_s).toArray()
                                          : reply.value(u"items"_s).toArray();
             for (const QJsonValue &value : array) {
                 const Cashier cashier = Cashier::fromJson(value.toObject());
                 if (cashier.isValid())
                     cashiers.append(cashier);
             }
             done(cashiers, error);
         });
}

void ServerClient::login(const QString &cashierId, const QString &pin, QObject *context,
                         std::function<void(const Cashier &, const ServerError &)> done)
{
    m_sessionToken.clear();
    SessionRequest request;
    request.user = cashierId;
    request.pin = pin;
    request.terminalId = m_terminalId;
    const QJsonObject body = request.toJson();
    send("POST", u"/api/v1/sessions"_s, body, 0, context,
         [this, done](const QJsonObject &reply, const ServerError &error) {
             if (!error.isOk()) {
                 done(Cashier(), error);
                 return;
             }
             const Result<SessionReply> session = SessionReply::fromJson(reply);
             if (!session.isOk() || session->token.isEmpty()) {
                 ServerError bad;
                 bad.kind = ServerError::Kind::BadReply;
                 done(Cashier(), bad);
                 return;
             }
             m_sessionToken = session->token.toUtf8();
             Cashier cashier;
             cashier.id = session->userId;
             cashier.name = session->displayName.isEmpty() ? session->userId : session->displayName;
             cashier.role = session->role == UserRole::Manager ? Cashier::Role::Manager
                                                               : Cashier::Role::Cashier;
             done(cashier, error);
         });
}

void ServerClient::logout()
{
    if (m_sessionToken.isEmpty())
        return;
    send("DELETE", u"/api/v1/sessions/current"_s, std::nullopt, 0, nullptr, nullptr);
    m_sessionToken.clear();
}

void ServerClient::fetchCatalog(
    QObject *context, std::function<void(const QList<Product> &, const ServerError &)> done)
{
    send("GET", u"/api/v1/products"_s, std::nullopt, 0, context,
         [done](const QJsonObject &reply, const ServerError &error) {
             done(CatalogSync::parseCatalog(reply), error);
         });
}

void ServerClient::createOrder(const OrderDraft &order, QObject *context,
                               std::function<void(const OrderUpdate &, const ServerError &)> done)
{
    send("POST", u"/api/v1/orders"_s, order.toRequest().toJson(), 0, context,
         [done, id = order.id](const QJsonObject &reply, const ServerError &error) {
             ServerError problem = error;
             const OrderUpdate update = readUpdate(reply, id, &problem);
             done(update, problem);
         });
}

void ServerClient::startPayment(const QString &orderId, QObject *context,
                                std::function<void(const OrderUpdate &, const ServerError &)> done,
                                const QString &customerNumber, const QString &otp)
{
    StartPaymentRequest request;
    if (!customerNumber.isEmpty()) {
        request.flow = StartPaymentRequest::Flow::Direct;
        request.customerNumber = customerNumber;
        request.otp = otp;
    }
    const bool direct = request.flow == StartPaymentRequest::Flow::Direct;
    const QJsonObject body = request.toJson();
    // LigdiCash may take a while to create the invoice: allow twice the usual time.
    send("POST", orderPath(orderId) + u"/payment"_s, body, 2 * m_timeoutMs, context,
         [done, orderId, direct](const QJsonObject &reply, const ServerError &error) {
             ServerError problem = error;
             const OrderUpdate update = readUpdate(reply, orderId, &problem);
             if (problem.isOk() && !direct && !update.paymentUrl.isValid())
                 problem.kind = ServerError::Kind::BadReply;
             done(update, problem);
         });
}

QNetworkReply *
ServerClient::orderStatus(const QString &orderId, int waitSeconds, QObject *context,
                          std::function<void(const OrderUpdate &, const ServerError &)> done)
{
    QString path = orderPath(orderId);
    if (waitSeconds > 0)
        path += u"?wait="_s + QString::number(waitSeconds);
    return send("GET", path, std::nullopt, waitSeconds * 1000 + m_timeoutMs, context,
                [done, orderId](const QJsonObject &reply, const ServerError &error) {
                    ServerError problem = error;
                    const OrderUpdate update = readUpdate(reply, orderId, &problem);
                    done(update, problem);
                });
}

void ServerClient::cancelOrder(const QString &orderId, QObject *context,
                               std::function<void(const OrderUpdate &, const ServerError &)> done)
{
    send("POST", orderPath(orderId) + u"/cancel"_s, QJsonObject{}, 2 * m_timeoutMs, context,
         [done, orderId](const QJsonObject &reply, const ServerError &error) {
             ServerError problem = error;
             const OrderUpdate update = readUpdate(reply, orderId, &problem);
             done(update, problem);
         });
}
