#include "HistoryModule.h"

#include "AuditLog.h"
#include "HistoryCsv.h"
#include "HistoryFilter.h"
#include "HistoryStore.h"
#include "HttpServer.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "contract/ApiError.h"
#include "payments/PaymentService.h"
#include "payments/PaymentsModule.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHistoryModule, "comptoir.history.historymodule", QtInfoMsg)

namespace {

constexpr qsizetype kMaxNoteLength = 500;

HttpResponse unavailable()
{
    return HttpResponse::error(503, u"unavailable"_s,
                               HistoryModule::tr("The server cannot reach its database."));
}

HttpResponse notFound()
{
    return HttpResponse::error(404, u"not_found"_s, HistoryModule::tr("No such order."));
}

HttpResponse badRequest(const QString &parameter, const QString &message)
{
    return HttpResponse::json(
        ApiError::make(ApiError::Code::BadRequest, message, parameter).toJson(), 400);
}

} // namespace

bool HistoryModule::start(ServerApp &app, QString *error)
{
    Q_UNUSED(error);
    m_app = &app;
    HttpServer &http = app.http();
    // The fixed paths first: the router tries routes in the order they were added.
    http.route("GET", u"/api/v1/history"_s,
               [this](const HttpRequest &request) { return list(request); });
    http.route("GET", u"/api/v1/history/summary"_s,
               [this](const HttpRequest &request) { return summary(request); });
    http.route("GET", u"/api/v1/history/export.csv"_s,
               [this](const HttpRequest &request) { return exportCsv(request); });
    http.route("GET", u"/api/v1/history/{id}"_s,
               [this](const HttpRequest &request) { return detail(request); });
    http.routeDeferred("POST", u"/api/v1/orders/{id}/verify"_s,
                       [this](const HttpRequest &request, HttpResponder responder) {
                           verify(request, std::move(responder));
                       });
    http.route("POST", u"/api/v1/orders/{id}/review"_s,
               [this](const HttpRequest &request) { return review(request); });
    return true;
}

std::optional<HistoryFilter> HistoryModule::filterOf(const HttpRequest &request,
                                                     HttpResponse *refusal)
{
    HistoryFilter::Problem problem;
    std::optional<HistoryFilter> filter = HistoryFilter::fromQuery(request.query, &problem);
    if (!filter)
        *refusal = badRequest(problem.parameter, problem.message);
    return filter;
}

HttpResponse HistoryModule::list(const HttpRequest &request)
{
    const AuthResult auth = m_app->guard().requireManager(request);
    if (!auth)
        return auth.response();
    HttpResponse refusal;
    const auto filter = filterOf(request, &refusal);
    if (!filter)
        return refusal;
    const auto page = HistoryStore(m_app->db()).page(*filter);
    if (!page)
        return unavailable();
    return HttpResponse::json(QJsonObject{
        {u"orders"_s, page->orders},
        {u"next_cursor"_s,
         page->nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page->nextCursor)},
    });
}

HttpResponse HistoryModule::summary(const HttpRequest &request)
{
    const AuthResult auth = m_app->guard().requireManager(request);
    if (!auth)
        return auth.response();
    HttpResponse refusal;
    const auto filter = filterOf(request, &refusal);
    if (!filter)
        return refusal;
    const auto totals = HistoryStore(m_app->db()).summary(*filter);
    if (!totals)
        return unavailable();
    if (totals->overflow)
        return HttpResponse::error(500, u"overflow"_s,
                                   tr("A total is too large to be counted exactly."));
    return HttpResponse::json(QJsonObject{
        {u"count"_s, totals->count},
        {u"total"_s, totals->total},
        {u"paid_count"_s, totals->paidCount},
        {u"paid_total"_s, totals->paidTotal},
    });
}

HttpResponse HistoryModule::exportCsv(const HttpRequest &request)
{
    const AuthResult auth = m_app->guard().requireManager(request);
    if (!auth)
        return auth.response();
    HttpResponse refusal;
    const auto filter = filterOf(request, &refusal);
    if (!filter)
        return refusal;
    QByteArray csv = HistoryCsv::start();
    if (!HistoryStore(m_app->db()).exportCsv(*filter, &csv))
        return unavailable();
    return HttpResponse::text(csv, QByteArrayLiteral("text/csv; charset=utf-8"))
        .withHeader("Content-Disposition", "attachment; filename=\"orders.csv\"");
}

HttpResponse HistoryModule::detail(const HttpRequest &request)
{
    const AuthResult auth = m_app->guard().requireManager(request);
    if (!auth)
        return auth.response();
    return detailResponse(PaymentService::normaliseId(request.param(u"id"_s)));
}

HttpResponse HistoryModule::detailResponse(const QString &orderId)
{
    if (orderId.isEmpty())
        return notFound();
    bool failed = false;
    const auto order = HistoryStore(m_app->db()).detail(orderId, &failed);
    if (failed)
        return unavailable();
    if (!order)
        return notFound();
    return HttpResponse::json(*order);
}

void HistoryModule::verify(const HttpRequest &request, HttpResponder responder)
{
    const AuthResult auth = m_app->guard().requireManager(request);
    if (!auth) {
        responder.send(auth.response());
        return;
    }
    PaymentsModule *payments = m_app->module<PaymentsModule>();
    PaymentService *service = payments ? payments->service() : nullptr;
    if (!service) {
        responder.send(HttpResponse::error(503, u"unavailable"_s,
                                           tr("Payments are not running on this server.")));
        return;
    }
    const QString orderId = PaymentService::normaliseId(request.param(u"id"_s));
    if (orderId.isEmpty()) {
        responder.send(notFound());
        return;
    }
    bool failed = false;
    const auto order = service->store().find(orderId, &failed);
    if (failed) {
        responder.send(unavailable());
        return;
    }
    if (!order) {
        responder.send(notFound());
        return;
    }
    if (!order->hasInvoice()) {
        responder.send(HttpResponse::error(
            409, u"no_invoice"_s,
            tr("This order never had a LigdiCash invoice: there is nothing to verify.")));
        return;
    }
    // The sweeper's rules: only an order that LigdiCash may still turn paid is asked about.
    const bool asked = PaymentService::payableStatuses().contains(order->status);
    const QString statusBefore = order->status;
    const AuthContext caller = auth.context();
    AuditLog(m_app->db()).append(u"user:"_s + caller.userId, u"order.verify"_s, orderId);
    service->confirmNow(
        orderId, u"manager"_s, nullptr,
        [this, orderId, asked, statusBefore, caller,
         responder](const PaymentService::Outcome &outcome) {
            QJsonObject detail{{u"by_id"_s, caller.userId},
                               {u"by_name"_s, caller.userName},
                               {u"asked_ligdicash"_s, asked},
                               {u"status_before"_s, statusBefore}};
            if (outcome.order) {
                detail.insert(u"status_after"_s, outcome.order->status);
                detail.insert(u"confirm_status"_s, outcome.order->lastConfirmStatus);
            }
            HistoryStore(m_app->db())
                .appendEvent(orderId, u"reverified"_s, detail, ServerClock::nowMs());
            qCInfo(lcHistoryModule) << "order" << orderId << "re-verified by user" << caller.userId;
            responder.send(detailResponse(orderId));
        });
}

HttpResponse HistoryModule::review(const HttpRequest &request)
{
    const AuthResult auth = m_app->guard().requireManager(request);
    if (!auth)
        return auth.response();
    const QString orderId = PaymentService::normaliseId(request.param(u"id"_s));
    if (orderId.isEmpty())
        return notFound();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return badRequest({}, tr("The request body must be a JSON object."));
    const QJsonValue noteValue = document.object().value(u"note"_s);
    const QString note = noteValue.toString().trimmed();
    if (!noteValue.isString() || note.isEmpty() || note.size() > kMaxNoteLength)
        return badRequest(u"note"_s,
                          tr("note must be text of 1 to %1 characters.").arg(kMaxNoteLength));

    const qint64 now = ServerClock::nowMs();
    switch (HistoryStore(m_app->db()).review(orderId, auth->userId, auth->userName, note, now)) {
    case HistoryStore::ReviewOutcome::Done:
        AuditLog(m_app->db()).append(u"user:"_s + auth->userId, u"order.review"_s, orderId);
        return detailResponse(orderId);
    case HistoryStore::ReviewOutcome::NotFound:
        return notFound();
    case HistoryStore::ReviewOutcome::NotFlagged:
        return HttpResponse::error(
            409, u"not_flagged"_s,
            tr("This order has no amount mismatch or late payment to review."));
    case HistoryStore::ReviewOutcome::Failed:
        break;
    }
    return unavailable();
}
