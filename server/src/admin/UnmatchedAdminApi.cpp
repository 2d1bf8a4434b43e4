#include "UnmatchedAdminApi.h"

#include "AdminHttp.h"
#include "AuditLog.h"
#include "HttpServer.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "ligdicash/CallbackPayload.h"
#include "ligdicash/ConfirmResponse.h"
#include "payments/LigdiCashClient.h"
#include "payments/OrderStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUnmatchedAdminApi, "comptoir.admin.unmatchedadminapi", QtInfoMsg)

namespace {

constexpr qsizetype kMaxNote = 500;

} // namespace

UnmatchedAdminApi::UnmatchedAdminApi(ServerApp &app, LigdiCashClient &client)
    : m_app(app)
    , m_client(client)
{}

void UnmatchedAdminApi::registerRoutes(HttpServer &http)
{
    http.route("POST", u"/api/v1/payments/unmatched/{id}/review"_s,
               [this](const HttpRequest &request) { return review(request); });
    http.routeDeferred("POST", u"/api/v1/payments/unmatched/{id}/check"_s,
                       [this](const HttpRequest &request, HttpResponder responder) {
                           check(request, std::move(responder));
                       });
}

std::optional<QJsonObject> UnmatchedAdminApi::entry(qint64 id, bool *failed) const
{
    *failed = false;
    // The register is small and reviewed by hand; reading it through the one list query keeps
    // a single definition of an entry's shape.
    OrderStore store(m_app.db().connectionName());
    auto exists = m_app.db().exec(u"SELECT COUNT(*) FROM unmatched_payments WHERE id >= ?"_s, {id});
    if (!exists || !exists->next()) {
        *failed = true;
        return std::nullopt;
    }
    const int newer = exists->value(0).toInt();
    const QString key = QString::number(id);
    for (const QJsonObject &candidate : store.unmatched(newer)) {
        if (candidate.value(u"id"_s).toString() == key)
            return candidate;
    }
    return std::nullopt;
}

HttpResponse UnmatchedAdminApi::review(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    const std::optional<qint64> id = AdminHttp::idParam(request);
    bool failed = false;
    if (!id || !entry(*id, &failed)) {
        if (failed)
            return AdminHttp::storeUnavailable();
        return AdminHttp::notFound(
            tr("There is no unmatched payment %1.").arg(request.param(u"id"_s)));
    }
    HttpResponse refusal;
    const std::optional<QJsonObject> body = AdminHttp::jsonObject(request, &refusal);
    if (!body)
        return refusal;
    const QString note = body->value(u"note"_s).toString().trimmed();
    if (!body->value(u"note"_s).isString() || note.isEmpty() || note.size() > kMaxNote)
        return AdminHttp::badRequest(u"note"_s,
                                     tr("must be a text of 1 to %1 characters.").arg(kMaxNote));
    // Reviewing again replaces the note: the audit log keeps every one.
    if (!m_app.db().exec(u"UPDATE unmatched_payments SET reviewed_at = ?, reviewed_by = ?, "
                         u"note = ? WHERE id = ?"_s,
                         {ServerClock::nowMs(), auth->userId.toLongLong(), note, *id}))
        return AdminHttp::storeUnavailable();
    AuditLog(m_app.db())
        .append(AdminHttp::actor(auth.context()), u"unmatched.review"_s,
                u"unmatched:"_s + QString::number(*id), note);
    const std::optional<QJsonObject> reviewed = entry(*id, &failed);
    if (!reviewed)
        return AdminHttp::storeUnavailable();
    return HttpResponse::json(*reviewed);
}

void UnmatchedAdminApi::check(const HttpRequest &request, HttpResponder responder)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth) {
        responder.send(auth.response());
        return;
    }
    const std::optional<qint64> id = AdminHttp::idParam(request);
    auto row =
        m_app.db().exec(u"SELECT j.content_type, j.body, p.confirm_json FROM unmatched_payments p "
                        u"JOIN callback_journal j ON j.id = p.journal_id WHERE p.id = ?"_s,
                        {id.value_or(0)});
    if (!row) {
        responder.send(AdminHttp::storeUnavailable());
        return;
    }
    if (!id || !row->next()) {
        responder.send(AdminHttp::notFound(
            tr("There is no unmatched payment %1.").arg(request.param(u"id"_s))));
        return;
    }
    bool failed = false;
    // Fetched once: the answer is kept, and asking again shows it without calling LigdiCash.
    if (!row->value(2).isNull() && !row->value(2).toString().isEmpty()) {
        const std::optional<QJsonObject> found = entry(*id, &failed);
        responder.send(found ? HttpResponse::json(*found) : AdminHttp::storeUnavailable());
        return;
    }
    const LigdiCashResult<CallbackPayload> payload = CallbackPayload::parse(
        QString::fromLatin1(row->value(0).toByteArray()), row->value(1).toByteArray());
    const QString token = payload ? payload->callbackToken().trimmed() : QString();
    if (token.isEmpty()) {
        responder.send(AdminHttp::conflict(
            u"no_token"_s, tr("This callback carried no token: there is nothing to ask "
                              "LigdiCash about.")));
        return;
    }
    if (!m_client.isConfigured()) {
        responder.send(HttpResponse::error(503, u"ligdicash_unconfigured"_s,
                                           tr("The LigdiCash keys are not configured.")));
        return;
    }
    const QString actor = AdminHttp::actor(auth.context());
    const qint64 entryId = *id;
    // The callback's token is untrusted: its answer is shown to the manager, never applied.
    m_client.confirm(
        token, &m_client, [this, responder, actor, entryId](const LigdiCashClient::Reply &reply) {
            if (!reply.ok()) {
                qCInfo(lcUnmatchedAdminApi)
                    << "confirm for unmatched" << entryId << "failed:" << reply.detail;
                responder.send(
                    HttpResponse::error(502, u"ligdicash_unavailable"_s,
                                        tr("LigdiCash did not answer; try again in a moment.")));
                return;
            }
            QJsonObject confirm;
            const LigdiCashResult<ConfirmResponse> answer = ConfirmResponse::fromJson(reply.json);
            if (answer) {
                confirm = {{u"status"_s, answer->rawStatus},
                           {u"amount"_s, answer->amount ? QJsonValue(answer->amount->francs())
                                                        : QJsonValue(QJsonValue::Null)},
                           {u"operator_name"_s, answer->operatorName}};
            } else {
                // LigdiCash refused (an unknown token is "Echec (Code02)"): that is the answer.
                confirm = {{u"status"_s, u"error"_s},
                           {u"amount"_s, QJsonValue::Null},
                           {u"operator_name"_s, QString()},
                           {u"error"_s, answer.error().toString()}};
            }
            const qint64 now = ServerClock::nowMs();
            if (!m_app.db().exec(
                    u"UPDATE unmatched_payments SET confirm_json = ?, confirm_checked_at = ? "
                    u"WHERE id = ?"_s,
                    {QString::fromUtf8(QJsonDocument(confirm).toJson(QJsonDocument::Compact)), now,
                     entryId})) {
                responder.send(AdminHttp::storeUnavailable());
                return;
            }
            AuditLog(m_app.db())
                .append(actor, u"unmatched.check"_s, u"unmatched:"_s + QString::number(entryId),
                        confirm.value(u"status"_s).toString());
            bool storeFailed = false;
            const std::optional<QJsonObject> found = entry(entryId, &storeFailed);
            responder.send(found ? HttpResponse::json(*found) : AdminHttp::storeUnavailable());
        });
}
