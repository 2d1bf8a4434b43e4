#include "ReportsModule.h"

#include "AuditLog.h"
#include "Database.h"
#include "HttpServer.h"
#include "NameDirectory.h"
#include "PinHasher.h"
#include "ReportRange.h"
#include "SalesReport.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "ShiftStore.h"
#include "UserStore.h"
#include "ZReport.h"
#include "contract/JsonReader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <variant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReportsModule, "comptoir.reports.reportsmodule", QtInfoMsg)

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qsizetype kMaxNote = 500;

HttpResponse storeUnavailable()
{
    return HttpResponse::error(503, u"unavailable"_s,
                               ReportsModule::tr("The server cannot reach its database."));
}

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, u"bad_request"_s, message);
}

HttpResponse overflow()
{
    return HttpResponse::error(500, u"overflow"_s,
                               ReportsModule::tr("A total is too large to be counted exactly."));
}

HttpResponse shiftNotFound()
{
    return HttpResponse::error(404, u"not_found"_s, ReportsModule::tr("No such shift."));
}

// The body as a JSON object, or nothing when it is not one.
std::optional<QJsonObject> jsonBody(const HttpRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QJsonValue timeOrNull(qint64 ms)
{
    return ms == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ReportRange::isoUtc(ms));
}

// What a terminal may see of its open shift: never the expected cash (the count is blind).
QJsonObject openShiftJson(const ShiftStore::Shift &shift, const QString &openedByName)
{
    return {{u"id"_s, shift.id},
            {u"opened_at"_s, ReportRange::isoUtc(shift.openedAt)},
            {u"opened_by_name"_s, openedByName},
            {u"opening_float"_s, shift.openingFloat}};
}

// A line of GET /api/v1/shifts: a closed shift's figures come from its frozen report.
QJsonObject shiftSummary(const ShiftStore::Shift &shift, const NameDirectory &names)
{
    QJsonObject summary = openShiftJson(shift, names.user(shift.openedBy));
    summary.insert(u"terminal_id"_s, shift.terminalId);
    summary.insert(u"terminal_name"_s, names.terminal(shift.terminalId));
    summary.insert(u"status"_s, shift.isClosed() ? u"closed"_s : u"open"_s);
    const QJsonObject report = QJsonDocument::fromJson(shift.reportJson).object();
    for (const QString &key : {u"terminal_name"_s, u"opened_by_name"_s}) {
        if (report.contains(key))
            summary.insert(key, report.value(key));
    }
    for (const QString &key : {u"closed_by_name"_s, u"approved_by_name"_s, u"expected_cash"_s,
                               u"counted_cash"_s, u"difference"_s})
        summary.insert(key, report.contains(key) ? report.value(key) : QJsonValue());
    summary.insert(u"closed_at"_s, timeOrNull(shift.closedAt));
    return summary;
}

HttpResponse storedReport(const ShiftStore::Shift &shift)
{
    return HttpResponse::text(shift.reportJson, QByteArrayLiteral("application/json"));
}

// The sales report of range read from database, as the answer to send (any thread).
HttpResponse salesAnswer(Database &database, const ReportRange &range)
{
    SalesReport::Error error = SalesReport::Error::None;
    const std::optional<QJsonObject> report = SalesReport::build(database, range, &error);
    if (!report)
        return error == SalesReport::Error::Overflow ? overflow() : storeUnavailable();
    return HttpResponse::json(*report);
}

} // namespace

bool ReportsModule::start(ServerApp &app, QString *error)
{
    Q_UNUSED(error);
    m_app = &app;
    HttpServer &http = app.http();
    http.routeDeferred("GET", u"/api/v1/reports/sales"_s,
                       [this](const HttpRequest &request, HttpResponder responder) {
                           salesReport(request, std::move(responder));
                       });
    // Each report holds a connection for its duration: two at a time is plenty for managers.
    m_workers.setMaxThreadCount(2);
    http.route("POST", u"/api/v1/shifts"_s,
               [this](const HttpRequest &request) { return openShift(request); });
    http.route("GET", u"/api/v1/shifts"_s,
               [this](const HttpRequest &request) { return listShifts(request); });
    // Before {id}: the router takes the first route that matches.
    http.route("GET", u"/api/v1/shifts/current"_s,
               [this](const HttpRequest &request) { return currentShift(request); });
    http.route("GET", u"/api/v1/shifts/{id}"_s,
               [this](const HttpRequest &request) { return getShift(request); });
    http.route("POST", u"/api/v1/shifts/{id}/close"_s,
               [this](const HttpRequest &request) { return closeShift(request); });
    return true;
}

void ReportsModule::salesReport(const HttpRequest &request, HttpResponder responder)
{
    const AuthResult auth = m_app->guard().requireManager(request);
    if (!auth) {
        responder.send(auth.response());
        return;
    }
    QString problem;
    const std::optional<ReportRange> range = ReportRange::fromRequest(
        request, ServerClock::nowMs(), ReportRange::Defaults::Today, &problem);
    if (!range) {
        responder.send(badRequest(problem));
        return;
    }
    if (range->toMs - range->fromMs > SalesReport::kMaxDays * kDayMs) {
        responder.send(
            badRequest(tr("from and to are more than %1 days apart.").arg(SalesReport::kMaxDays)));
        return;
    }
    const QString url = m_app->config().databaseUrl();
    // An in-memory SQLite database cannot be shared with a second connection.
    if (url.endsWith(":memory:"_L1)) {
        responder.send(salesAnswer(m_app->db(), *range));
        return;
    }
    const ReportRange wanted = *range;
    QObject *replies = &m_replies;
    m_workers.start([url, wanted, responder, replies] {
        HttpResponse answer;
        {
            // QtSql connections belong to the thread that opens them: this one is the worker's.
            Database database;
            answer = database.open(url) ? salesAnswer(database, wanted) : storeUnavailable();
        }
        QMetaObject::invokeMethod(
            replies, [responder, answer] { responder.send(answer); }, Qt::QueuedConnection);
    });
}

HttpResponse ReportsModule::openShift(const HttpRequest &request)
{
    const AuthResult auth = m_app->guard().requireSession(request);
    if (!auth)
        return auth.response();
    const std::optional<QJsonObject> body = jsonBody(request);
    if (!body)
        return badRequest(tr("The body must be a JSON object {\"opening_float\": francs}."));
    JsonReader reader(*body);
    const Money openingFloat = reader.amount(u"opening_float");
    if (!reader.ok())
        return badRequest(reader.error().toString());

    ShiftStore::Shift opened;
    switch (ShiftStore(m_app->db())
                .open(auth->terminalId, auth->userId, openingFloat.francs(), ServerClock::nowMs(),
                      &opened)) {
    case ShiftStore::Outcome::Done:
        break;
    case ShiftStore::Outcome::Conflict:
        return HttpResponse::error(409, u"shift_open"_s,
                                   tr("This terminal already has an open shift. Close it first."));
    case ShiftStore::Outcome::Failed:
        return storeUnavailable();
    }
    AuditLog(m_app->db())
        .append(u"user:"_s + auth->userId, u"shift.open"_s, u"shift:"_s + opened.id,
                u"terminal %1, float %2"_s.arg(auth->terminalId).arg(opened.openingFloat));
    return HttpResponse::json(openShiftJson(opened, auth->userName), 201);
}

HttpResponse ReportsModule::currentShift(const HttpRequest &request)
{
    const AuthResult auth = m_app->guard().requireSession(request);
    if (!auth)
        return auth.response();
    bool failed = false;
    const std::optional<ShiftStore::Shift> shift =
        ShiftStore(m_app->db()).openShiftOf(auth->terminalId, &failed);
    if (failed)
        return storeUnavailable();
    if (!shift)
        return HttpResponse::error(404, u"no_shift"_s, tr("This terminal has no open shift."));
    const std::optional<NameDirectory> names = NameDirectory::load(m_app->db());
    if (!names)
        return storeUnavailable();
    return HttpResponse::json(openShiftJson(*shift, names->user(shift->openedBy)));
}

HttpResponse ReportsModule::listShifts(const HttpRequest &request)
{
    const AuthResult auth = m_app->guard().requireManager(request);
    if (!auth)
        return auth.response();
    QString problem;
    const std::optional<ReportRange> range = ReportRange::fromRequest(
        request, ServerClock::nowMs(), ReportRange::Defaults::Unbounded, &problem);
    if (!range)
        return badRequest(problem);
    bool failed = false;
    const QList<ShiftStore::Shift> shifts =
        ShiftStore(m_app->db())
            .list(range->fromMs, range->toMs, request.queryValue(u"terminal"_s), &failed);
    const std::optional<NameDirectory> names = NameDirectory::load(m_app->db());
    if (failed || !names)
        return storeUnavailable();
    QJsonArray array;
    for (const ShiftStore::Shift &shift : shifts)
        array.append(shiftSummary(shift, *names));
    return HttpResponse::json(QJsonObject{{u"shifts"_s, array}});
}

HttpResponse ReportsModule::getShift(const HttpRequest &request)
{
    const AuthResult auth = m_app->guard().requireSession(request);
    if (!auth)
        return auth.response();
    bool failed = false;
    const std::optional<ShiftStore::Shift> shift =
        ShiftStore(m_app->db()).find(request.param(u"id"_s), &failed);
    if (failed)
        return storeUnavailable();
    if (!shift)
        return shiftNotFound();
    if (shift->terminalId != auth->terminalId && !auth->isManager())
        return AuthGuard::forbidden(tr("Only a manager sees the shifts of other terminals."));
    if (shift->isClosed())
        return storedReport(*shift);
    const std::optional<NameDirectory> names = NameDirectory::load(m_app->db());
    if (!names)
        return storeUnavailable();
    return HttpResponse::json(shiftSummary(*shift, *names));
}

HttpResponse ReportsModule::closeShift(const HttpRequest &request)
{
    const AuthResult auth = m_app->guard().requireSession(request);
    if (!auth)
        return auth.response();
    Database &db = m_app->db();
    ShiftStore shifts(db);
    const QString shiftId = request.param(u"id"_s);
    bool failed = false;
    const std::optional<ShiftStore::Shift> shift = shifts.find(shiftId, &failed);
    if (failed)
        return storeUnavailable();
    if (!shift)
        return shiftNotFound();
    if (shift->terminalId != auth->terminalId && !auth->isManager())
        return AuthGuard::forbidden(tr("A shift is closed on its own terminal, or by a manager."));

    const std::optional<QJsonObject> body = jsonBody(request);
    if (!body)
        return badRequest(tr("The body must be a JSON object {\"counted_cash\": francs, "
                             "\"note\": \"...\"}."));
    JsonReader reader(*body);
    const Money counted = reader.amount(u"counted_cash");
    const QString note = reader.optionalString(u"note", kMaxNote);
    const QString pin = reader.optionalString(u"manager_pin", 64);
    const QJsonValue managerValue = body->value(u"manager_id"_s);
    if (!reader.ok())
        return badRequest(reader.error().toString());
    QString managerId;
    if (managerValue.isString())
        managerId = managerValue.toString().trimmed();
    else if (managerValue.isDouble())
        managerId = QString::number(managerValue.toInteger());
    else if (!managerValue.isUndefined() && !managerValue.isNull())
        return badRequest(tr("manager_id: must be a user id."));

    // A retried close (its answer was lost) gets the stored report; another count is refused.
    const auto alreadyClosed = [&](const ShiftStore::Shift &closed) {
        if (closed.countedCash == counted.francs() && closed.note == note &&
            !closed.reportJson.isEmpty())
            return storedReport(closed);
        return HttpResponse::error(409, u"shift_closed"_s,
                                   tr("This shift is already closed with another count."));
    };
    if (shift->isClosed())
        return alreadyClosed(*shift);

    const qint64 now = ServerClock::nowMs();
    AuditLog audit(db);
    const QString actor = u"user:"_s + auth->userId;
    const QString subject = u"shift:"_s + shiftId;

    // A manager's PIN is checked before the closing transaction: hashing takes a while.
    QString approvedBy;
    QString approvedByName;
    if (!pin.isEmpty()) {
        if (managerId.isEmpty())
            return badRequest(tr("manager_id: needed with manager_pin."));
        UserStore users(db);
        bool isNumber = false;
        const qint64 number = managerId.toLongLong(&isNumber);
        const std::optional<UserStore::User> manager =
            isNumber ? users.find(number, &failed) : std::nullopt;
        if (failed)
            return storeUnavailable();
        const HttpResponse wrongPin = HttpResponse::error(
            403, u"wrong_pin"_s, tr("Wrong manager or PIN. A manager must approve this count."));
        if (!manager || !manager->active || manager->role != UserRole::Manager)
            return wrongPin;
        const auto locked = [] {
            return HttpResponse::error(429, u"user_locked"_s,
                                       tr("Too many wrong PINs. Try again later."));
        };
        if (manager->isLockedAt(now))
            return locked();
        const QString managerSubject = u"user:"_s + QString::number(manager->id);
        if (!m_app->pinHasher().verify(manager->pinHash, pin)) {
            const qint64 lockedUntil =
                users.recordFailedPin(manager->id, m_app->config().pinMaxAttempts(),
                                      qint64(m_app->config().pinLockoutSeconds()) * 1000, now);
            if (lockedUntil < 0)
                return storeUnavailable();
            audit.append(actor, u"shift.approval_failed"_s, managerSubject, subject);
            if (lockedUntil > 0)
                audit.append(actor, u"user.locked"_s, managerSubject);
            return wrongPin;
        }
        if (!users.recordSuccessfulPin(manager->id, now))
            return locked();
        approvedBy = QString::number(manager->id);
        approvedByName = manager->name;
    }

    const std::optional<NameDirectory> names = NameDirectory::load(db);
    if (!names)
        return storeUnavailable();

    enum class Step { Closed, ClosedMeanwhile, ApprovalMissing };
    QByteArray reportJson;
    // One transaction: claim the shift, stamp its orders, freeze the report. Any answer other
    // than Step::Closed leaves the transaction uncommitted, so none of it happened.
    const auto close = [&]() -> std::variant<Step, HttpResponse> {
        Database::Transaction transaction(db);
        if (!transaction.isOpen())
            return storeUnavailable();
        switch (shifts.claimClose(shiftId, now, auth->userId, counted.francs(), note)) {
        case ShiftStore::Outcome::Done:
            break;
        case ShiftStore::Outcome::Conflict:
            return Step::ClosedMeanwhile;
        case ShiftStore::Outcome::Failed:
            return storeUnavailable();
        }
        if (!shifts.assignOrders(shiftId, shift->terminalId, now))
            return storeUnavailable();
        ZReport::Error error = ZReport::Error::None;
        const std::optional<ZReport> report = ZReport::collect(db, shiftId, *names, &error);
        if (!report)
            return error == ZReport::Error::Overflow ? overflow() : storeUnavailable();
        const Money openingFloat = Money::fromFrancs(shift->openingFloat);
        const std::optional<Money> expected = report->expectedCash(openingFloat);
        const std::optional<Money> difference = expected ? counted.minus(*expected) : std::nullopt;
        if (!difference)
            return overflow();
        const std::optional<Money> gap =
            difference->isNegative() ? difference->negated() : difference;
        const bool needsApproval =
            !gap || gap->francs() > m_app->config().integer(u"shifts/difference_limit"_s);
        if (needsApproval && approvedBy.isEmpty()) {
            if (!auth->isManager())
                return Step::ApprovalMissing;
            approvedBy = auth->userId;
            approvedByName = auth->userName;
        }

        ZReport::Header header;
        header.shiftId = shiftId;
        header.terminalId = shift->terminalId;
        header.terminalName = names->terminal(shift->terminalId);
        header.openedAt = shift->openedAt;
        header.closedAt = now;
        header.openedByName = names->user(shift->openedBy);
        header.closedByName = auth->userName;
        header.approvedByName = approvedByName;
        header.openingFloat = openingFloat;
        header.countedCash = counted;
        header.note = note;
        const std::optional<QJsonObject> json = report->toJson(header);
        if (!json)
            return overflow();
        reportJson = QJsonDocument(*json).toJson(QJsonDocument::Compact);
        if (!shifts.storeReport(shiftId, approvedBy, expected->francs(), reportJson) ||
            !transaction.commit())
            return storeUnavailable();
        return Step::Closed;
    };

    const std::variant<Step, HttpResponse> outcome = close();
    if (const HttpResponse *refusal = std::get_if<HttpResponse>(&outcome))
        return *refusal;
    switch (std::get<Step>(outcome)) {
    case Step::Closed:
        break;
    case Step::ClosedMeanwhile: {
        const std::optional<ShiftStore::Shift> closed = shifts.find(shiftId, &failed);
        if (!closed)
            return storeUnavailable();
        return alreadyClosed(*closed);
    }
    case Step::ApprovalMissing:
        audit.append(actor, u"shift.approval_required"_s, subject);
        // Says nothing of the figure: the count stays blind.
        return HttpResponse::error(403, u"manager_approval_required"_s,
                                   tr("The count differs from what the drawer should hold by "
                                      "more than allowed. A manager must approve it."));
    }
    audit.append(actor, u"shift.close"_s, subject,
                 approvedBy.isEmpty() ? QString() : u"approved by user:"_s + approvedBy);
    qCInfo(lcReportsModule) << "shift" << shiftId << "closed";
    return HttpResponse::text(reportJson, QByteArrayLiteral("application/json"));
}
