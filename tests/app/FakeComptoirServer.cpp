#include "FakeComptoirServer.h"

#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}
} // namespace

FakeComptoirServer::FakeComptoirServer(QObject *parent)
    : QObject(parent)
{}

FakeComptoirServer::~FakeComptoirServer() = default;

QUrl FakeComptoirServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void FakeComptoirServer::stop()
{
    m_waiting.clear();
    m_swallowed.clear();
    m_http.reset();
}

bool FakeComptoirServer::start(quint16 port)
{
    m_http = std::make_unique<HttpServer>();
    HttpServer &http = *m_http;
    for (const ExtraRoute &extra : std::as_const(extraRoutes))
        http.route(extra.method, extra.pattern, extra.handler);

    auto authorized = [this](const HttpRequest &request) {
        return request.bearerToken() == terminalToken;
    };
    auto refused = [this]() -> std::optional<HttpResponse> {
        if (refuseNext <= 0)
            return std::nullopt;
        --refuseNext;
        return HttpResponse::error(refuseStatus, u"unavailable"_s, u"injected fault"_s);
    };

    http.route("GET", u"/api/v1/users"_s, [=, this](const HttpRequest &request) {
        if (auto r = refused())
            return *r;
        if (!authorized(request))
            return HttpResponse::error(401, u"unauthorized"_s, u"unknown terminal token"_s);
        return HttpResponse::json(QJsonObject{{u"users"_s, users}});
    });
    http.route("GET", u"/api/v1/products"_s, [=, this](const HttpRequest &request) {
        if (auto r = refused())
            return *r;
        if (!authorized(request))
            return HttpResponse::error(401, u"unauthorized"_s, u"unknown terminal token"_s);
        return HttpResponse::json(QJsonObject{{u"products"_s, products}});
    });
    http.route("POST", u"/api/v1/sessions"_s, [=, this](const HttpRequest &request) {
        if (!authorized(request))
            return HttpResponse::error(401, u"unauthorized"_s, u"unknown terminal token"_s);
        const QJsonObject body = parse(request.body);
        if (body.value(u"pin"_s).toString() != pin)
            return HttpResponse::error(401, u"wrong_pin"_s, u"Wrong PIN."_s);
        const QString user = body.value(u"user"_s).toString();
        return HttpResponse::json(QJsonObject{{u"token"_s, QString(u"session-"_s + user)},
                                              {u"role"_s, u"cashier"_s},
                                              {u"user_id"_s, user},
                                              {u"display_name"_s, u"Awa"_s},
                                              {u"expires_at"_s, u"2030-01-01T00:00:00.000Z"_s}},
                                  201);
    });
    http.routeDeferred("POST", u"/api/v1/orders"_s,
                       [=, this](const HttpRequest &request, HttpResponder responder) {
                           ++createRequests;
                           sessionHeaders.append(request.header("X-Comptoir-Session"));
                           if (auto r = refused()) {
                               responder.send(*r);
                               return;
                           }
                           if (!authorized(request)) {
                               responder.send(HttpResponse::error(401, u"unauthorized"_s, {}));
                               return;
                           }
                           const QJsonObject body = parse(request.body);
                           const QString id = body.value(u"id"_s).toString();
                           if (orders.contains(id)) {
                               if (orders.value(id).request != body) {
                                   responder.send(HttpResponse::error(409, u"conflict"_s,
                                                                      u"same id, other content"_s));
                                   return;
                               }
                           } else {
                               Order order;
                               order.request = body;
                               order.status = body.value(u"method"_s).toString() == "cash"_L1
                                                  ? u"paid"_s
                                                  : u"draft"_s;
                               orders.insert(id, order);
                           }
                           if (swallowNextCreate > 0) {
                               --swallowNextCreate;
                               m_swallowed.append(responder);
                               return;
                           }
                           responder.send(HttpResponse::json(view(id), 201));
                       });
    http.route("POST", u"/api/v1/orders/{id}/payment"_s, [=, this](const HttpRequest &request) {
        if (auto r = refused())
            return *r;
        const QString id = request.param(u"id"_s);
        if (!orders.contains(id))
            return HttpResponse::error(404, u"not_found"_s, u"no such order"_s);
        Order &order = orders[id];
        if (order.status == "draft"_L1 || order.status == "failed"_L1) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            ++order.invoices;
            order.status = u"awaiting_payment"_s;
            order.customerNumber = body.value(u"customer_number"_s).toString();
            if (body.value(u"flow"_s).toString() != "direct"_L1)
                order.paymentUrl = QUrl(url().toString() + u"/pay/"_s + id);
        }
        QJsonObject reply{
            {u"id"_s, id}, {u"status"_s, order.status}, {u"payment_attempt"_s, order.invoices}};
        if (order.paymentUrl.isValid())
            reply.insert(u"payment_url"_s, order.paymentUrl.toString());
        return HttpResponse::json(reply);
    });
    http.routeDeferred("GET", u"/api/v1/orders/{id}"_s,
                       [=, this](const HttpRequest &request, HttpResponder responder) {
                           ++statusRequests;
                           if (auto r = refused()) {
                               responder.send(*r);
                               return;
                           }
                           const QString id = request.param(u"id"_s);
                           if (!orders.contains(id)) {
                               responder.send(HttpResponse::error(404, u"not_found"_s, {}));
                               return;
                           }
                           const int wait = request.queryValue(u"wait"_s).toInt();
                           const QString status = orders.value(id).status;
                           if (wait <= 0 || status != "awaiting_payment"_L1) {
                               responder.send(HttpResponse::json(view(id)));
                               return;
                           }
                           m_waiting[id].append(responder);
                           QTimer::singleShot(wait * 1000, this, [this, id, responder] {
                               responder.send(HttpResponse::json(view(id)));
                           });
                       });
    http.route("POST", u"/api/v1/orders/{id}/cancel"_s, [=, this](const HttpRequest &request) {
        if (auto r = refused())
            return *r;
        const QString id = request.param(u"id"_s);
        if (!orders.contains(id))
            return HttpResponse::error(404, u"not_found"_s, {});
        if (orders.value(id).status != "paid"_L1)
            setStatus(id, u"cancelled"_s);
        return HttpResponse::json(view(id));
    });

    m_port = http.start(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QJsonObject FakeComptoirServer::view(const QString &orderId) const
{
    const Order order = orders.value(orderId);
    QJsonObject object{{u"id"_s, orderId},
                       {u"status"_s, order.status},
                       {u"total"_s, order.request.value(u"total"_s)},
                       {u"currency"_s, u"XOF"_s},
                       {u"method"_s, order.request.value(u"method"_s)},
                       {u"lines"_s, order.request.value(u"lines"_s)},
                       {u"payment_attempt"_s, order.invoices}};
    if (order.paymentUrl.isValid())
        object.insert(u"payment_url"_s, order.paymentUrl.toString());
    if (!order.operatorName.isEmpty())
        object.insert(u"operator_name"_s, order.operatorName);
    if (!order.reason.isEmpty())
        object.insert(u"last_error"_s,
                      QJsonObject{{u"code"_s, u"ligdicash_error"_s}, {u"message"_s, order.reason}});
    return object;
}

void FakeComptoirServer::setStatus(const QString &orderId, const QString &status,
                                   const QString &reason)
{
    Order &order = orders[orderId];
    order.status = status;
    order.reason = reason;
    if (status == "paid"_L1)
        order.operatorName = u"ORANGE BURKINA"_s;
    wake(orderId);
}

void FakeComptoirServer::wake(const QString &orderId)
{
    const QList<HttpResponder> waiting = m_waiting.take(orderId);
    for (const HttpResponder &responder : waiting)
        responder.send(HttpResponse::json(view(orderId)));
}
