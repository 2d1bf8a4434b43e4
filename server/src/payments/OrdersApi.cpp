#include "OrdersApi.h"

#include "Metrics.h"
#include "OrderWaiters.h"
#include "PaymentService.h"
#include "contract/ApiError.h"
#include "contract/OrderView.h"
#include "contract/StartPaymentReply.h"
#include "domain/OrderStatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrdersApi, "comptoir.payments.ordersapi", QtInfoMsg)

namespace {

QDateTime utc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
}

} // namespace

OrdersApi::OrdersApi(PaymentService &service, AuthGuard &guard, Metrics &metrics, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_guard(guard)
    , m_metrics(metrics)
    , m_waiters(new OrderWaiters(
          service, metrics,
          [](const OrderRecord &order) { return HttpResponse::json(orderJson(order)); }, this))
{}

OrdersApi::~OrdersApi() = default;

HttpResponse OrdersApi::errorResponse(const ApiError &error)
{
    return HttpResponse::json(error.toJson(), error.httpStatus());
}

QJsonObject OrdersApi::orderJson(const OrderRecord &order)
{
    OrderView view;
    view.id = QUuid::fromString(order.id);
    const auto status = orderStatusFromString(order.status);
    view.status = status.value_or(OrderStatus::Draft);
    view.total = Money::fromFrancs(order.total);
    view.currency = order.currency;
    view.method = paymentMethodFromString(order.method).value_or(PaymentMethod::LigdiCash);
    for (const QJsonValue &value : order.lines) {
        Result<OrderLine> line = OrderLine::fromJson(value.toObject());
        if (line)
            view.lines.append(*line);
    }
    // The page only matters while the customer can still pay on it.
    if (view.status == OrderStatus::AwaitingPayment && !order.paymentUrl.isEmpty())
        view.paymentUrl = QUrl(order.paymentUrl);
    view.operatorName = order.operatorName;
    view.customerNumber = order.payer;
    if (order.tendered)
        view.cashTendered = Money::fromFrancs(*order.tendered);
    if (order.changeDue)
        view.change = Money::fromFrancs(*order.changeDue);
    view.cashierId = order.cashierId;
    view.terminalId = order.terminalId;
    view.createdAt = utc(order.createdAt);
    view.updatedAt = utc(order.updatedAt);
    view.paidAt = utc(order.paidAt);
    view.paidLate = order.flagPaidLate;
    view.amountMismatch = order.flagMismatch;
    view.paymentAttempt = order.paymentAttempt;
    if (!order.lastErrorCode.isEmpty() &&
        (view.status == OrderStatus::Draft || view.status == OrderStatus::Failed)) {
        ApiError error;
        error.code = order.lastErrorCode;
        error.message = order.lastErrorMessage;
        view.lastError = error;
    }
    QJsonObject json = view.toJson();
    if (!order.reference.isEmpty())
        json.insert(u"reference"_s, order.reference);
    return json;
}

std::optional<QJsonObject> OrdersApi::jsonBody(const HttpRequest &request, HttpResponse *refusal)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *refusal = errorResponse(ApiError::make(ApiError::Code::BadRequest,
                                                tr("The request body must be a JSON object.")));
        return std::nullopt;
    }
    return document.object();
}

void OrdersApi::registerRoutes(HttpServer &http)
{
    http.route("POST", u"/api/v1/orders"_s,
               [this](const HttpRequest &request) { return createOrder(request); });
    http.routeDeferred("GET", u"/api/v1/orders/{id}"_s,
                       [this](const HttpRequest &request, HttpResponder responder) {
                           getOrder(request, std::move(responder));
                       });
    http.routeDeferred("POST", u"/api/v1/orders/{id}/payment"_s,
                       [this](const HttpRequest &request, HttpResponder responder) {
                           startPayment(request, std::move(responder));
                       });
    http.routeDeferred("POST", u"/api/v1/orders/{id}/cancel"_s,
                       [this](const HttpRequest &request, HttpResponder responder) {
                           cancel(request, std::move(responder));
                       });
    http.route("GET", u"/api/v1/orders/{id}/events"_s,
               [this](const HttpRequest &request) { return events(request); });
    http.route("GET", u"/api/v1/payments/unmatched"_s,
               [this](const HttpRequest &request) { return unmatched(request); });
    http.routeDeferred("POST", u"/api/v1/ligdicash/callback"_s,
                       [this](const HttpRequest &request, HttpResponder responder) {
                           callback(request, std::move(responder));
                       });
    http.route("GET", u"/pay/return"_s,
               [](const HttpRequest &request) { return customerPage(request, false); });
    http.route("GET", u"/pay/cancel"_s,
               [](const HttpRequest &request) { return customerPage(request, true); });
}

HttpResponse OrdersApi::createOrder(const HttpRequest &request)
{
    const AuthResult auth = m_guard.requireSession(request);
    if (!auth)
        return auth.response();
    HttpResponse refusal;
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return refusal;
    const PaymentService::Outcome outcome = m_service.createOrder(auth.context(), *body);
    if (!outcome.ok())
        return errorResponse(*outcome.error);
    // A replayed create gets the same answer as the first one.
    return HttpResponse::json(orderJson(*outcome.order), 201);
}

void OrdersApi::getOrder(const HttpRequest &request, HttpResponder responder)
{
    const AuthResult auth = m_guard.requireTerminal(request);
    if (!auth) {
        responder.send(auth.response());
        return;
    }
    const PaymentService::Outcome found = m_service.find(request.param(u"id"_s));
    if (!found.ok()) {
        responder.send(errorResponse(*found.error));
        return;
    }
    const OrderRecord &order = *found.order;
    const auto status = orderStatusFromString(order.status);
    const bool awaiting = status == OrderStatus::AwaitingPayment;
    if (awaiting)
        m_service.refreshIfDue(order.id);
    bool validWait = true;
    const int wait = request.queryValue(u"wait"_s).isEmpty()
                         ? 0
                         : request.queryValue(u"wait"_s).toInt(&validWait);
    if (!validWait || wait < 0) {
        responder.send(errorResponse(ApiError::make(
            ApiError::Code::BadRequest, tr("wait must be a number of seconds."), u"wait"_s)));
        return;
    }
    const bool canChange = awaiting || status == OrderStatus::Draft;
    if (wait == 0 || !canChange) {
        responder.send(HttpResponse::json(orderJson(order)));
        return;
    }
    m_waiters->wait(order, qMin(wait, m_service.settings().longPollMaxSeconds),
                    std::move(responder));
}

void OrdersApi::startPayment(const HttpRequest &request, HttpResponder responder)
{
    const AuthResult auth = m_guard.requireSession(request);
    if (!auth) {
        responder.send(auth.response());
        return;
    }
    HttpResponse refusal;
    const auto body = jsonBody(request, &refusal);
    if (!body) {
        responder.send(refusal);
        return;
    }
    // The invoice is created (and its token stored) even if this client goes away meanwhile.
    m_service.startPayment(
        auth.context(), request.param(u"id"_s), *body, nullptr,
        [responder](const PaymentService::Outcome &outcome) {
            if (!outcome.ok()) {
                responder.send(errorResponse(*outcome.error));
                return;
            }
            const OrderRecord &order = *outcome.order;
            StartPaymentReply reply;
            reply.orderId = QUuid::fromString(order.id);
            reply.status =
                orderStatusFromString(order.status).value_or(OrderStatus::AwaitingPayment);
            if (!order.paymentUrl.isEmpty())
                reply.paymentUrl = QUrl(order.paymentUrl);
            reply.paymentAttempt = order.paymentAttempt;
            responder.send(HttpResponse::json(reply.toJson()));
        });
}

void OrdersApi::cancel(const HttpRequest &request, HttpResponder responder)
{
    const AuthResult auth = m_guard.requireSession(request);
    if (!auth) {
        responder.send(auth.response());
        return;
    }
    m_service.cancel(auth.context(), request.param(u"id"_s), nullptr,
                     [responder](const PaymentService::Outcome &outcome) {
                         if (!outcome.ok()) {
                             responder.send(errorResponse(*outcome.error));
                             return;
                         }
                         QJsonObject json = orderJson(*outcome.order);
                         json.insert(u"payment_won"_s, outcome.paymentWon);
                         responder.send(HttpResponse::json(json));
                     });
}

HttpResponse OrdersApi::events(const HttpRequest &request)
{
    const AuthResult auth = m_guard.requireManager(request);
    if (!auth)
        return auth.response();
    const PaymentService::Outcome found = m_service.find(request.param(u"id"_s));
    if (!found.ok())
        return errorResponse(*found.error);
    bool failed = false;
    const QList<OrderStore::Event> events = m_service.store().events(found.order->id, &failed);
    if (failed)
        return errorResponse(
            ApiError::make(ApiError::Code::InternalError, tr("The order store is unavailable.")));
    QJsonArray array;
    for (const OrderStore::Event &event : events) {
        array.append(QJsonObject{{u"id"_s, double(event.id)},
                                 {u"at"_s, utc(event.at).toString(Qt::ISODateWithMs)},
                                 {u"kind"_s, event.kind},
                                 {u"detail"_s, event.detail}});
    }
    return HttpResponse::json(QJsonObject{{u"order_id"_s, found.order->id}, {u"events"_s, array}});
}

HttpResponse OrdersApi::unmatched(const HttpRequest &request)
{
    const AuthResult auth = m_guard.requireManager(request);
    if (!auth)
        return auth.response();
    QJsonArray array;
    for (const QJsonObject &entry : m_service.store().unmatched(200))
        array.append(entry);
    return HttpResponse::json(QJsonObject{{u"unmatched"_s, array}});
}

void OrdersApi::callback(const HttpRequest &request, HttpResponder responder)
{
    // Public: LigdiCash signs nothing, so nothing here is trusted. The raw request is journaled
    // durably first, answered at once, then used only to decide which order to confirm.
    OrderStore::JournalEntry entry;
    entry.remoteAddress = request.remoteAddress.toString();
    entry.contentType = request.header("Content-Type");
    entry.body = request.body;
    m_pendingCallbacks.append({entry, std::move(responder)});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &OrdersApi::flushCallbacks);
    }
}

void OrdersApi::flushCallbacks()
{
    m_flushScheduled = false;
    auto pending = std::move(m_pendingCallbacks);
    m_pendingCallbacks.clear();
    QList<OrderStore::JournalEntry> entries;
    for (const auto &[entry, responder] : pending)
        entries.append(entry);
    const QList<qint64> ids = m_service.journalCallbacks(entries);
    if (ids.size() != entries.size()) {
        for (const auto &[entry, responder] : pending) {
            responder.send(errorResponse(ApiError::make(
                ApiError::Code::Unavailable, tr("The callback could not be recorded."))));
        }
        return;
    }
    for (qsizetype i = 0; i < pending.size(); ++i) {
        entries[i].id = ids.at(i);
        pending.at(i).second.send(HttpResponse::json(QJsonObject{{u"received"_s, true}}));
    }
    QTimer::singleShot(0, &m_service,
                       [service = &m_service, entries] { service->processCallbacks(entries); });
}

HttpResponse OrdersApi::customerPage(const HttpRequest &request, bool cancelled)
{
    Q_UNUSED(request)
    // Where LigdiCash sends the customer's browser. It proves nothing: the order's status only
    // changes through confirm.
    const QString message = cancelled
                                ? tr("The payment was not completed. Please return to the counter.")
                                : tr("Thank you. The cashier will confirm your payment.");
    const QByteArray html = "<!doctype html><meta charset=\"utf-8\"><meta name=\"viewport\" "
                            "content=\"width=device-width\"><title>Comptoir</title><p>" +
                            message.toHtmlEscaped().toUtf8() + "</p>";
    return HttpResponse::text(html, QByteArrayLiteral("text/html; charset=utf-8"));
}
