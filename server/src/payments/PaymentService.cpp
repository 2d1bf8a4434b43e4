#include "PaymentService.h"

#include "LigdiCashClient.h"
#include "Metrics.h"
#include "ServerClock.h"
#include "contract/CreateOrderRequest.h"
#include "contract/StartPaymentRequest.h"
#include "domain/Order.h"
#include "domain/OrderStatus.h"
#include "ligdicash/CallbackPayload.h"
#include "ligdicash/CreateInvoiceResponse.h"
#include "ligdicash/InvoiceRequest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPaymentService, "comptoir.payments.paymentservice", QtInfoMsg)

namespace {

QString statusName(OrderStatus status)
{
    return orderStatusToString(status);
}

// Every status from which `to` is an edge of core's state machine: the SQL guards are derived
// from the one state machine rather than restated here.
QStringList sourcesFor(OrderStatus to, bool includeDraft = true)
{
    QStringList result;
    for (OrderStatus from : allOrderStatuses()) {
        if (!includeDraft && from == OrderStatus::Draft)
            continue;
        if (isLegalTransition(from, to))
            result.append(statusName(from));
    }
    return result;
}

QStringList startableStatuses()
{
    QStringList result;
    for (OrderStatus status : allOrderStatuses()) {
        if (canStartPayment(status))
            result.append(statusName(status));
    }
    return result;
}

std::optional<OrderStatus> statusOf(const OrderRecord &order)
{
    return orderStatusFromString(order.status);
}

QString contentHash(const CreateOrderRequest &request)
{
    // toJson() of the parsed request is canonical (QJsonObject sorts keys), so two requests
    // with the same content hash alike whatever their key order or spacing.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QJsonValue optionalAmount(const std::optional<Money> &amount)
{
    return amount ? QJsonValue(double(amount->francs())) : QJsonValue(QJsonValue::Null);
}

} // namespace

PaymentService::Outcome PaymentService::Outcome::failure(ApiError error)
{
    Outcome outcome;
    outcome.error = std::move(error);
    return outcome;
}

PaymentService::PaymentService(const QString &connectionName, Metrics &metrics,
                               LigdiCashClient *client, const PaymentSettings &settings,
                               QObject *parent)
    : QObject(parent)
    , m_store(connectionName)
    , m_metrics(metrics)
    , m_client(client)
    , m_settings(settings)
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_store.setChangeListener([this](const QString &orderId) { m_bus.publish(orderId); });
}

PaymentService::~PaymentService() = default;

QString PaymentService::normaliseId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

QStringList PaymentService::payableStatuses()
{
    return sourcesFor(OrderStatus::Paid, false);
}

PaymentService::Outcome PaymentService::createOrder(const AuthContext &caller,
                                                    const QJsonObject &body)
{
    Result<CreateOrderRequest> parsed = CreateOrderRequest::fromJson(body);
    if (!parsed)
        return Outcome::failure(ApiError::fromParseError(parsed.error()));

    const qint64 now = ServerClock::nowMs();
    const QDateTime nowUtc = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc());
    Result<Order> validated = parsed->toOrder(caller.userId, caller.terminalId, nowUtc);
    if (!validated) {
        return Outcome::failure(
            ApiError::fromParseError(validated.error(), ApiError::Code::ValidationFailed));
    }
    Order order = std::move(validated).value();
    const bool cash = order.method() == PaymentMethod::Cash;
    if (cash) {
        // Cash changes hands at the counter: the order is paid the moment it is recorded.
        if (const Order::Error error = order.transitionTo(OrderStatus::Paid, nowUtc);
            error != Order::Error::None) {
            return Outcome::failure(
                ApiError::make(ApiError::Code::ValidationFailed, Order::errorMessage(error)));
        }
    }

    OrderRecord record;
    record.id = order.idString();
    record.terminalId = caller.terminalId;
    record.cashierId = caller.userId;
    record.method = paymentMethodToString(order.method());
    record.currency = order.currency();
    record.total = order.total().francs();
    if (const auto tendered = order.cashTendered())
        record.tendered = tendered->francs();
    if (const auto change = order.change())
        record.changeDue = change->francs();
    for (const OrderLine &line : order.lines())
        record.lines.append(line.toJson());
    record.requestHash = contentHash(*parsed);
    record.status = statusName(order.status());
    record.createdAt = now;
    record.updatedAt = now;
    if (cash) {
        record.paidAt = now;
        record.paidAmount = record.total;
    }

    QList<OrderStore::Event> events;
    events.append({0, record.id, now, u"created"_s,
                   QJsonObject{{u"terminal_id"_s, caller.terminalId},
                               {u"cashier_id"_s, caller.userId},
                               {u"method"_s, record.method},
                               {u"total"_s, double(record.total)}}});
    if (cash) {
        events.append({0, record.id, now, u"paid"_s,
                       QJsonObject{{u"method"_s, record.method},
                                   {u"tendered"_s, double(record.tendered.value_or(0))},
                                   {u"change"_s, double(record.changeDue.value_or(0))}}});
    }

    OrderRecord existing;
    switch (m_store.insert(record, events, &existing)) {
    case OrderStore::InsertOutcome::Inserted: {
        m_metrics.increment(u"comptoir_orders_created_total"_s, {{u"method"_s, record.method}});
        Outcome outcome;
        outcome.order = m_store.find(record.id);
        outcome.created = true;
        if (!outcome.order)
            return Outcome::failure(ApiError::make(ApiError::Code::InternalError,
                                                   tr("The order store is unavailable.")));
        return outcome;
    }
    case OrderStore::InsertOutcome::Exists:
        if (existing.requestHash != record.requestHash) {
            return Outcome::failure(
                ApiError::make(ApiError::Code::Conflict,
                               tr("An order with this id already exists with different content.")));
        }
        return Outcome{existing, std::nullopt, false, false};
    case OrderStore::InsertOutcome::Failed:
        break;
    }
    return Outcome::failure(
        ApiError::make(ApiError::Code::InternalError, tr("The order store is unavailable.")));
}

PaymentService::Outcome PaymentService::find(const QString &id)
{
    const QString orderId = normaliseId(id);
    if (orderId.isEmpty())
        return Outcome::failure(ApiError::make(ApiError::Code::NotFound, tr("No such order.")));
    bool failed = false;
    auto order = m_store.find(orderId, &failed);
    if (failed)
        return Outcome::failure(
            ApiError::make(ApiError::Code::InternalError, tr("The order store is unavailable.")));
    if (!order)
        return Outcome::failure(ApiError::make(ApiError::Code::NotFound, tr("No such order.")));
    return Outcome{std::move(order), std::nullopt, false, false};
}

void PaymentService::startPayment(const AuthContext &caller, const QString &id,
                                  const QJsonObject &body, QObject *context, Done done)
{
    Q_UNUSED(caller)
    StartPaymentRequest request;
    if (!body.isEmpty()) {
        Result<StartPaymentRequest> parsed = StartPaymentRequest::fromJson(body);
        if (!parsed) {
            done(Outcome::failure(ApiError::fromParseError(parsed.error())));
            return;
        }
        request = *parsed;
    }
    const Outcome found = find(id);
    if (!found.ok()) {
        done(found);
        return;
    }
    const OrderRecord &order = *found.order;
    if (order.method != paymentMethodToString(PaymentMethod::LigdiCash)) {
        done(Outcome::failure(ApiError::make(ApiError::Code::Conflict,
                                             tr("This is a cash order: there is nothing to pay "
                                                "with LigdiCash."))));
        return;
    }
    const QString flow = StartPaymentRequest::flowToString(request.flow);
    const auto status = statusOf(order);
    if (status == OrderStatus::Paid) {
        done(found);
        return;
    }
    if (order.hasInvoice() && status == OrderStatus::AwaitingPayment) {
        // A retry (lost answer, second click, another terminal): the same invoice, never a
        // second one.
        if (order.paymentKind != flow) {
            done(Outcome::failure(ApiError::make(
                ApiError::Code::Conflict,
                tr("A payment of another kind is already waiting for this order."))));
            return;
        }
        done(found);
        return;
    }
    if (!status || !canStartPayment(*status)) {
        done(Outcome::failure(
            ApiError::make(ApiError::Code::Conflict,
                           tr("A payment cannot start for an order that is %1.")
                               .arg(orderStatusDisplayName(status.value_or(OrderStatus::Draft))))));
        return;
    }
    const auto mode = request.flow == StartPaymentRequest::Flow::Direct
                          ? LigdiCashApi::PayinMode::Direct
                          : LigdiCashApi::PayinMode::Hosted;
    createInvoice(order, mode, request.customerNumber, request.otp, context, std::move(done));
}

void PaymentService::createInvoice(const OrderRecord &order, LigdiCashApi::PayinMode mode,
                                   const QString &customerNumber, const QString &otp,
                                   QObject *context, Done done)
{
    static quint64 attempts = 0;
    const QString owner = m_instanceId + u'/' + QString::number(++attempts);
    const QString kind = mode == LigdiCashApi::PayinMode::Direct ? u"direct"_s : u"hosted"_s;
    const qint64 now = ServerClock::nowMs();
    const OrderStore::Change claim = m_store.claimInvoice(
        order.id, startableStatuses(), owner, now, m_settings.invoiceLeaseMs, kind, customerNumber);
    if (claim == OrderStore::Change::Failed) {
        done(Outcome::failure(
            ApiError::make(ApiError::Code::InternalError, tr("The order store is unavailable."))));
        return;
    }
    if (claim == OrderStore::Change::NotApplied) {
        // Another request (maybe in another process) is creating the invoice: answer with its
        // result rather than creating a second one.
        waitForInvoice(order.id, now + m_settings.invoiceLeaseMs + 2000, 0, context,
                       std::move(done));
        return;
    }

    InvoiceRequest invoice;
    invoice.mode = mode;
    for (const QJsonValue &value : order.lines) {
        const QJsonObject line = value.toObject();
        invoice.items.append({line.value(u"name"_s).toString(), QString(),
                              line.value(u"quantity"_s).toInteger(),
                              Money::fromFrancs(line.value(u"unit_price"_s).toInteger())});
    }
    invoice.totalAmount = Money::fromFrancs(order.total);
    invoice.description = tr("Order %1").arg(order.id.left(8));
    invoice.customer = customerNumber;
    invoice.otp = otp;
    invoice.storeName = m_settings.storeName;
    invoice.storeWebsiteUrl = m_settings.publicUrl;
    invoice.callbackUrl = m_settings.callbackUrl();
    if (mode == LigdiCashApi::PayinMode::Hosted) {
        invoice.returnUrl = m_settings.returnUrl(order.id);
        invoice.cancelUrl = m_settings.cancelUrl(order.id);
    }
    invoice.setTransactionId(order.id);
    // Only items whose sum is the order's total are sent; otherwise LigdiCash gets the total alone.
    const LigdiCashResult<Money> itemsTotal = invoice.total();
    if (!itemsTotal || itemsTotal->francs() != order.total)
        invoice.items.clear();
    const LigdiCashResult<QByteArray> body = invoice.toBody();
    if (!body) {
        const QString message = body.error().userMessage();
        m_store.releaseInvoiceClaim(order.id, owner, u"validation_failed"_s, message, now);
        done(Outcome::failure(ApiError::make(ApiError::Code::ValidationFailed, message)));
        return;
    }

    const QString id = order.id;
    m_client->createInvoice(
        mode, *body, this,
        [this, id, owner, mode, context = QPointer<QObject>(context),
         hadContext = context != nullptr,
         done = std::move(done)](const LigdiCashClient::Reply &reply) {
            const qint64 at = ServerClock::nowMs();
            std::optional<ApiError> error;
            if (!reply.ok()) {
                error = ligdiCashFailure(u"create"_s, int(reply.failure), {}, {});
            } else {
                LigdiCashResult<CreateInvoiceResponse> created =
                    CreateInvoiceResponse::fromJson(reply.json, mode);
                if (!created) {
                    error = ligdiCashFailure(u"create"_s, -1, created.error().subCode(),
                                             created.error().userMessage());
                } else {
                    const OrderStore::Change stored = m_store.storeInvoice(
                        id, owner, created->token, created->paymentUrl.toString(QUrl::FullyEncoded),
                        at, at + m_settings.checkInitialDelayMs);
                    if (stored == OrderStore::Change::Failed) {
                        error = ApiError::make(ApiError::Code::InternalError,
                                               tr("The order store is unavailable."));
                    } else if (stored == OrderStore::Change::NotApplied) {
                        // Our claim expired and another request took over: its invoice is the
                        // order's; ours is never shown to anyone.
                        qCWarning(lcPaymentService)
                            << "invoice claim lost for order" << id << "- using the other one";
                    } else {
                        m_metrics.increment(
                            u"comptoir_invoices_created_total"_s,
                            {{u"kind"_s, mode == LigdiCashApi::PayinMode::Direct ? u"direct"_s
                                                                                 : u"hosted"_s}});
                    }
                }
            }
            if (error) {
                m_store.releaseInvoiceClaim(id, owner, error->code, error->message, at);
                if (hadContext && !context)
                    return;
                done(Outcome::failure(*error));
                return;
            }
            if (hadContext && !context)
                return;
            done(find(id));
        });
}

void PaymentService::waitForInvoice(const QString &id, qint64 deadline, int attempt,
                                    QObject *context, Done done)
{
    QTimer::singleShot(
        attempt == 0 ? 20 : 100, this,
        [this, id, deadline, attempt, context = QPointer<QObject>(context),
         hadContext = context != nullptr, done = std::move(done)]() mutable {
            if (hadContext && !context)
                return;
            const Outcome found = find(id);
            if (!found.ok()) {
                done(found);
                return;
            }
            const OrderRecord &order = *found.order;
            const auto status = statusOf(order);
            if ((order.hasInvoice() && status == OrderStatus::AwaitingPayment) || !status ||
                !canStartPayment(*status)) {
                done(found);
                return;
            }
            const qint64 now = ServerClock::nowMs();
            if (order.invoiceClaimOwner.isEmpty() && !order.lastErrorCode.isEmpty()) {
                // The request we waited for failed: share its answer.
                const ApiError::Code code = ApiError::codeFromString(order.lastErrorCode);
                done(Outcome::failure(ApiError::make(
                    code == ApiError::Code::Unknown ? ApiError::Code::LigdiCashError : code,
                    order.lastErrorMessage)));
                return;
            }
            if (order.invoiceClaimOwner.isEmpty() || order.invoiceClaimUntil < now) {
                // Nobody holds the claim any more (its holder died): take it.
                createInvoice(order,
                              order.paymentKind == "direct"_L1 ? LigdiCashApi::PayinMode::Direct
                                                               : LigdiCashApi::PayinMode::Hosted,
                              order.customerPhone, {}, context, std::move(done));
                return;
            }
            if (now > deadline) {
                done(Outcome::failure(ApiError::make(
                    ApiError::Code::Unavailable,
                    tr("The payment is still being prepared. Try again in a moment."))));
                return;
            }
            waitForInvoice(id, deadline, attempt + 1, context, std::move(done));
        });
}

ApiError PaymentService::ligdiCashFailure(const QString &operation, int kind,
                                          const QString &subCode, const QString &message)
{
    using Failure = LigdiCashClient::Reply::Failure;
    QString outcome;
    ApiError error;
    if (kind == int(Failure::Timeout)) {
        outcome = u"timeout"_s;
        error = ApiError::make(ApiError::Code::UpstreamTimeout,
                               tr("LigdiCash did not answer in time. Try again."));
    } else if (kind == int(Failure::Network)) {
        outcome = u"network"_s;
        error = ApiError::make(ApiError::Code::LigdiCashError,
                               tr("LigdiCash cannot be reached. Try again."));
    } else if (kind == int(Failure::HttpStatus) || kind == int(Failure::BadJson)) {
        outcome = kind == int(Failure::HttpStatus) ? u"http"_s : u"bad_json"_s;
        error = ApiError::make(ApiError::Code::LigdiCashError,
                               tr("LigdiCash answered with an error. Try again."));
    } else {
        outcome = subCode.isEmpty() ? u"rejected"_s : u"code"_s + subCode;
        error = ApiError::make(ApiError::Code::LigdiCashError, message);
    }
    m_metrics.increment(u"comptoir_ligdicash_errors_total"_s,
                        {{u"operation"_s, operation}, {u"outcome"_s, outcome}});
    return error;
}

void PaymentService::cancel(const AuthContext &caller, const QString &id, QObject *context,
                            Done done)
{
    Q_UNUSED(caller)
    const Outcome found = find(id);
    if (!found.ok()) {
        done(found);
        return;
    }
    const OrderRecord &order = *found.order;
    const auto status = statusOf(order);
    if (status == OrderStatus::Paid) {
        Outcome outcome = found;
        outcome.paymentWon = true;
        done(outcome);
        return;
    }
    if (status == OrderStatus::Cancelled) {
        done(found);
        return;
    }
    if (!status || !isLegalTransition(*status, OrderStatus::Cancelled)) {
        done(Outcome::failure(
            ApiError::make(ApiError::Code::Conflict,
                           tr("An order that is %1 cannot be cancelled.")
                               .arg(orderStatusDisplayName(status.value_or(OrderStatus::Draft))))));
        return;
    }
    if (!order.hasInvoice()) {
        finishCancel(order.id, context, std::move(done));
        return;
    }
    // The customer may have paid a second ago: ask LigdiCash before cancelling.
    const QString orderId = order.id;
    confirmNow(orderId, u"cancel"_s, context,
               [this, orderId, context = QPointer<QObject>(context), done = std::move(done)](
                   const Outcome &) mutable { finishCancel(orderId, context, std::move(done)); });
}

void PaymentService::finishCancel(const QString &id, QObject *context, Done done)
{
    Q_UNUSED(context)
    const qint64 now = ServerClock::nowMs();
    const OrderStore::Change change = m_store.changeStatus(
        id, sourcesFor(OrderStatus::Cancelled), statusName(OrderStatus::Cancelled), {}, {},
        u"cancelled"_s, QJsonObject{{u"source"_s, u"terminal"_s}}, now);
    if (change == OrderStore::Change::Failed) {
        done(Outcome::failure(
            ApiError::make(ApiError::Code::InternalError, tr("The order store is unavailable."))));
        return;
    }
    Outcome outcome = find(id);
    if (outcome.ok() && statusOf(*outcome.order) == OrderStatus::Paid)
        outcome.paymentWon = true;
    done(outcome);
}

void PaymentService::refreshIfDue(const QString &id)
{
    const QString orderId = normaliseId(id);
    if (orderId.isEmpty() || m_flights.contains(orderId))
        return;
    const qint64 now = ServerClock::nowMs();
    if (m_store.claimConfirm(orderId, now, m_settings.confirmMinIntervalMs) ==
        OrderStore::Change::Applied)
        confirmNow(orderId, u"status"_s);
}

void PaymentService::confirmNow(const QString &id, const QString &reason, QObject *context,
                                Done done)
{
    auto it = m_flights.find(id);
    if (it != m_flights.end()) {
        // Something new may have happened since that confirm left: ask once more after it. A
        // cancel must not be decided on an answer older than itself (the customer may have paid
        // in between): it waits for that next confirm.
        const bool needsFresh = reason == "cancel"_L1;
        if (reason == "callback"_L1 || needsFresh)
            it->rerun = true;
        if (done)
            (needsFresh ? it->nextWaiters : it->waiters)
                .append({QPointer<QObject>(context), std::move(done)});
        return;
    }
    Flight flight;
    flight.hadContext = context != nullptr;
    if (done)
        flight.waiters.append({QPointer<QObject>(context), std::move(done)});
    m_flights.insert(id, std::move(flight));
    startConfirm(id, reason);
}

void PaymentService::startConfirm(const QString &id, const QString &reason)
{
    auto finish = [this, id] {
        Flight flight = m_flights.take(id);
        const Outcome outcome = find(id);
        if (flight.rerun && outcome.ok() && payableStatuses().contains(outcome.order->status) &&
            outcome.order->hasInvoice()) {
            Flight next;
            next.waiters = std::move(flight.nextWaiters);
            next.hadContext = flight.hadContext;
            m_flights.insert(id, std::move(next));
            startConfirm(id, u"callback"_s);
        } else {
            flight.waiters.append(std::move(flight.nextWaiters)); // settled: this answer is final
        }
        for (auto &[context, done] : flight.waiters) {
            if (context || !flight.hadContext)
                done(outcome);
        }
    };
    const auto order = m_store.find(id);
    if (!order || !order->hasInvoice() || !payableStatuses().contains(order->status)) {
        finish();
        return;
    }
    m_client->confirm(
        order->invoiceToken, this, [this, id, reason, finish](const LigdiCashClient::Reply &reply) {
            if (!reply.ok()) {
                ligdiCashFailure(u"confirm"_s, int(reply.failure), {}, {});
            } else {
                LigdiCashResult<ConfirmResponse> confirm = ConfirmResponse::fromJson(reply.json);
                const auto current = m_store.find(id);
                if (!confirm) {
                    ligdiCashFailure(u"confirm"_s, -1, confirm.error().subCode(),
                                     confirm.error().userMessage());
                    if (current) {
                        m_store.recordConfirmStatus(
                            id, u"error "_s + confirm.error().subCode(),
                            QJsonObject{
                                {u"source"_s, reason},
                                {u"status"_s, u"error"_s},
                                {u"response_code"_s,
                                 reply.json.value(u"response_code"_s).toVariant().toString()},
                                {u"error"_s, confirm.error().toString()}},
                            ServerClock::nowMs());
                    }
                } else if (current) {
                    applyConfirm(*current, *confirm, reason);
                }
            }
            Q_EMIT confirmed(id);
            finish();
        });
}

void PaymentService::applyConfirm(const OrderRecord &order, const ConfirmResponse &confirm,
                                  const QString &reason)
{
    const qint64 now = ServerClock::nowMs();
    const QString reference = !confirm.topLevelTransactionId.isEmpty()
                                  ? confirm.topLevelTransactionId
                                  : confirm.requestId;
    QJsonObject detail{{u"source"_s, reason},
                       {u"status"_s, confirm.rawStatus},
                       {u"response_code"_s, confirm.responseCode},
                       {u"amount"_s, optionalAmount(confirm.amount)},
                       {u"currency"_s, confirm.currency},
                       {u"operator"_s, confirm.operatorName},
                       {u"reference"_s, reference}};
    m_store.recordConfirmStatus(
        order.id, confirm.rawStatus.isEmpty() ? u"unknown"_s : confirm.rawStatus, detail, now);
    if (confirm.isCompleted()) {
        const bool amountMatches =
            confirm.amount && *confirm.amount == Money::fromFrancs(order.total);
        const bool currencyMatches =
            confirm.currency.compare(order.currency, Qt::CaseInsensitive) == 0;
        if (!amountMatches || !currencyMatches) {
            // Money moved, but not the money we asked for: a person must look. Never paid.
            QJsonObject mismatch = detail;
            mismatch.insert(u"expected_amount"_s, double(order.total));
            mismatch.insert(u"expected_currency"_s, order.currency);
            if (m_store.flagMismatch(order.id, mismatch, now) == OrderStore::Change::Applied) {
                m_metrics.increment(u"comptoir_payment_mismatches_total"_s);
                qCWarning(lcPaymentService)
                    << "order" << order.id << "confirmed with another amount or currency";
            }
            return;
        }
        QJsonObject paid = detail;
        paid.insert(u"late"_s, order.status != statusName(OrderStatus::AwaitingPayment));
        const OrderStore::Change change = m_store.changeStatus(
            order.id, payableStatuses(), statusName(OrderStatus::Paid),
            u"flag_paid_late = CASE WHEN status = 'awaiting_payment' THEN 0 ELSE 1 END, "
            u"paid_amount = ?, operator_name = ?, payer = ?, reference = ?, paid_at = ?"_s,
            {confirm.amount->francs(), confirm.operatorName, confirm.customer, reference, now},
            u"paid"_s, paid, now);
        if (change == OrderStore::Change::Applied) {
            m_metrics.increment(u"comptoir_orders_paid_total"_s, {{u"source"_s, reason}});
            qCInfo(lcPaymentService) << "order" << order.id << "paid (" << reason << ")";
        }
        return;
    }
    if (confirm.isFailed()) {
        m_store.changeStatus(order.id, {statusName(OrderStatus::AwaitingPayment)},
                             statusName(OrderStatus::Failed), {}, {}, u"failed"_s, detail, now);
    }
}

qint64 PaymentService::journalCallback(const QString &remoteAddress, const QByteArray &contentType,
                                       const QByteArray &body)
{
    return m_store.journalCallback(ServerClock::nowMs(), remoteAddress, contentType, body);
}

QList<qint64> PaymentService::journalCallbacks(const QList<OrderStore::JournalEntry> &entries)
{
    return m_store.journalCallbacks(ServerClock::nowMs(), entries);
}

void PaymentService::processCallbacks(const QList<OrderStore::JournalEntry> &entries)
{
    QStringList toConfirm;
    const bool recorded = m_store.inTransaction([&] {
        for (const OrderStore::JournalEntry &entry : entries) {
            const QString orderId = recordCallback(entry.id, entry.contentType, entry.body);
            if (!orderId.isEmpty() && !toConfirm.contains(orderId))
                toConfirm.append(orderId);
        }
        return true;
    });
    if (!recorded)
        qCWarning(lcPaymentService)
            << "could not record" << entries.size() << "callbacks; the sweeper will replay them";
    // Confirm calls start after the commit: what they change is their own transaction.
    for (const QString &orderId : std::as_const(toConfirm))
        confirmNow(orderId, u"callback"_s);
}

QString PaymentService::recordCallback(qint64 journalId, const QByteArray &contentType,
                                       const QByteArray &body)
{
    const qint64 now = ServerClock::nowMs();
    LigdiCashResult<CallbackPayload> payload =
        CallbackPayload::parse(QString::fromLatin1(contentType), body);
    if (!payload) {
        m_metrics.increment(u"comptoir_callbacks_total"_s, {{u"result"_s, u"unreadable"_s}});
        m_store.completeJournal(journalId, {}, {}, {}, false,
                                u"unreadable: "_s + payload.error().toString(), now);
        return {};
    }
    const QString encoding =
        payload->encoding == CallbackPayload::Encoding::Json ? u"json"_s : u"form"_s;
    const QString dedupeKey = QString::fromLatin1(payload->dedupKey());
    const bool duplicate = m_store.isDuplicate(dedupeKey, journalId);
    const QString orderId = normaliseId(payload->transactionId());
    const auto order = orderId.isEmpty() ? std::nullopt : m_store.find(orderId);
    m_metrics.increment(u"comptoir_callbacks_received_total"_s, {{u"encoding"_s, encoding}});
    if (duplicate)
        m_metrics.increment(u"comptoir_callbacks_duplicate_total"_s);
    if (!order) {
        // Not ours (or forged): kept for a manager, never acted upon.
        m_metrics.increment(u"comptoir_callbacks_unknown_total"_s);
        m_store.recordUnmatched(journalId, now, payload->transactionId(), payload->rawStatus,
                                payload->amount ? QString::number(payload->amount->francs())
                                                : QString(),
                                payload->customer, payload->requestId);
        m_store.completeJournal(journalId, encoding, {}, dedupeKey, duplicate, u"unmatched"_s, now);
        return {};
    }
    m_store.appendEvent(order->id, u"callback_received"_s,
                        QJsonObject{{u"encoding"_s, encoding},
                                    {u"duplicate"_s, duplicate},
                                    {u"claimed_status"_s, payload->rawStatus},
                                    {u"claimed_amount"_s, optionalAmount(payload->amount)},
                                    {u"journal_id"_s, double(journalId)}},
                        now);
    m_store.completeJournal(journalId, encoding, order->id, dedupeKey, duplicate, u"matched"_s,
                            now);
    // What the callback claims is never used: it only tells us whom to ask.
    if (order->hasInvoice() && payableStatuses().contains(order->status))
        return order->id;
    return {};
}
