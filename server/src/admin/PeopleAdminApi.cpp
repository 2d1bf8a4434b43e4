#include "PeopleAdminApi.h"

#include "AdminHttp.h"
#include "AuditLog.h"
#include "HttpServer.h"
#include "PinHasher.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "SessionStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxTerminalName = 64;

// The "name" of a terminal body: trimmed, 1-64 characters; empty with *refusal set otherwise.
QString terminalName(const QJsonObject &body, HttpResponse *refusal)
{
    const QJsonValue value = body.value(u"name"_s);
    const QString name = value.toString().trimmed();
    if (!value.isString() || name.isEmpty() || name.size() > kMaxTerminalName) {
        *refusal = AdminHttp::badRequest(
            u"name"_s,
            PeopleAdminApi::tr("must be a text of 1 to %1 characters.").arg(kMaxTerminalName));
        return {};
    }
    return name;
}

} // namespace

PeopleAdminApi::PeopleAdminApi(ServerApp &app)
    : m_app(app)
{}

void PeopleAdminApi::registerRoutes(HttpServer &http)
{
    http.route("GET", u"/api/v1/admin/users"_s,
               [this](const HttpRequest &request) { return listUsers(request); });
    http.route("POST", u"/api/v1/admin/users"_s,
               [this](const HttpRequest &request) { return addUser(request); });
    http.route("POST", u"/api/v1/admin/users/{id}/pin"_s,
               [this](const HttpRequest &request) { return setPin(request); });
    http.route("POST", u"/api/v1/admin/users/{id}/disable"_s,
               [this](const HttpRequest &request) { return setActive(request, false); });
    http.route("POST", u"/api/v1/admin/users/{id}/enable"_s,
               [this](const HttpRequest &request) { return setActive(request, true); });
    http.route("GET", u"/api/v1/admin/terminals"_s,
               [this](const HttpRequest &request) { return listTerminals(request); });
    http.route("POST", u"/api/v1/admin/terminals"_s,
               [this](const HttpRequest &request) { return addTerminal(request); });
    http.route("PUT", u"/api/v1/admin/terminals/{id}"_s,
               [this](const HttpRequest &request) { return renameTerminal(request); });
    http.route("POST", u"/api/v1/admin/terminals/{id}/revoke"_s,
               [this](const HttpRequest &request) { return revokeTerminal(request); });
}

QJsonObject PeopleAdminApi::userJson(const UserStore::User &user, qint64 now)
{
    return {{u"id"_s, QString::number(user.id)},
            {u"name"_s, user.name},
            {u"role"_s, userRoleToString(user.role)},
            {u"active"_s, user.active},
            {u"locked_until"_s, user.isLockedAt(now) ? AdminHttp::time(user.lockedUntil)
                                                     : QJsonValue(QJsonValue::Null)},
            {u"created_at"_s, AdminHttp::time(user.createdAt)}};
}

QJsonObject PeopleAdminApi::terminalJson(const TerminalStore::Terminal &terminal)
{
    return {{u"id"_s, QString::number(terminal.id)},
            {u"name"_s, terminal.name},
            {u"created_at"_s, AdminHttp::time(terminal.createdAt)},
            {u"last_seen_at"_s, AdminHttp::time(terminal.lastSeenAt)},
            {u"revoked"_s, terminal.isRevoked()},
            {u"revoked_at"_s, AdminHttp::time(terminal.revokedAt)}};
}

QString PeopleAdminApi::disableRefusal(const UserStore::User &target, const QString &callerId,
                                       qsizetype activeManagers)
{
    if (QString::number(target.id) == callerId)
        return u"self"_s;
    if (target.active && target.role == UserRole::Manager && activeManagers <= 1)
        return u"last_manager"_s;
    return {};
}

HttpResponse PeopleAdminApi::listUsers(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    bool failed = false;
    const QList<UserStore::User> users = UserStore(m_app.db()).list(false, &failed);
    if (failed)
        return AdminHttp::storeUnavailable();
    const qint64 now = ServerClock::nowMs();
    QJsonArray array;
    for (const UserStore::User &user : users)
        array.append(userJson(user, now));
    return HttpResponse::json(QJsonObject{{u"users"_s, array}});
}

HttpResponse PeopleAdminApi::addUser(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    HttpResponse refusal;
    const std::optional<QJsonObject> body = AdminHttp::jsonObject(request, &refusal);
    if (!body)
        return refusal;
    const QString name = body->value(u"name"_s).toString();
    if (!body->value(u"name"_s).isString() || !UserStore::isValidName(name))
        return AdminHttp::badRequest(u"name"_s,
                                     tr("must have 1 to 64 characters, no surrounding spaces, "
                                        "and not be only digits."));
    const std::optional<UserRole> role = userRoleFromString(body->value(u"role"_s).toString());
    if (!role)
        return AdminHttp::badRequest(u"role"_s, tr("must be cashier or manager."));
    const QString pin = body->value(u"pin"_s).toString();
    if (!body->value(u"pin"_s).isString() || !PinHasher::isValidPin(pin))
        return AdminHttp::badRequest(u"pin"_s, tr("must be 4 to 8 digits, as a text."));

    UserStore users(m_app.db());
    bool failed = false;
    if (users.findByName(name, &failed))
        return AdminHttp::conflict(u"duplicate_name"_s,
                                   tr("Someone is already called %1.").arg(name));
    if (failed)
        return AdminHttp::storeUnavailable();
    const QByteArray hash = m_app.pinHasher().hash(pin);
    if (hash.isEmpty())
        return HttpResponse::error(500, u"internal"_s, tr("The PIN could not be hashed."));
    UserStore::User added;
    switch (users.add(name, *role, hash, &added)) {
    case UserStore::Outcome::Done:
        break;
    case UserStore::Outcome::Conflict:
        return AdminHttp::conflict(u"duplicate_name"_s,
                                   tr("Someone is already called %1.").arg(name));
    default:
        return AdminHttp::storeUnavailable();
    }
    AuditLog(m_app.db())
        .append(AdminHttp::actor(auth.context()), u"user.add"_s,
                u"user:"_s + QString::number(added.id), userRoleToString(*role));
    return HttpResponse::json(userJson(added, ServerClock::nowMs()), 201);
}

HttpResponse PeopleAdminApi::setPin(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    const std::optional<qint64> id = AdminHttp::idParam(request);
    UserStore users(m_app.db());
    bool failed = false;
    const std::optional<UserStore::User> user = id ? users.find(*id, &failed) : std::nullopt;
    if (failed)
        return AdminHttp::storeUnavailable();
    if (!user)
        return AdminHttp::notFound(tr("There is no user %1.").arg(request.param(u"id"_s)));
    HttpResponse refusal;
    const std::optional<QJsonObject> body = AdminHttp::jsonObject(request, &refusal);
    if (!body)
        return refusal;
    const QString pin = body->value(u"pin"_s).toString();
    if (!body->value(u"pin"_s).isString() || !PinHasher::isValidPin(pin))
        return AdminHttp::badRequest(u"pin"_s, tr("must be 4 to 8 digits, as a text."));
    const QByteArray hash = m_app.pinHasher().hash(pin);
    if (hash.isEmpty())
        return HttpResponse::error(500, u"internal"_s, tr("The PIN could not be hashed."));
    const qint64 now = ServerClock::nowMs();
    // A new PIN means whoever knew the old one is out: their open sessions end with it.
    const bool ok = m_app.db().inTransaction([&] {
        return users.setPinHash(user->id, hash) == UserStore::Outcome::Done &&
               SessionStore(m_app.db()).endAllForUser(user->id, now);
    });
    if (!ok)
        return AdminHttp::storeUnavailable();
    AuditLog(m_app.db())
        .append(AdminHttp::actor(auth.context()), u"user.set_pin"_s,
                u"user:"_s + QString::number(user->id));
    const std::optional<UserStore::User> changed = users.find(user->id);
    return HttpResponse::json(userJson(changed.value_or(*user), now));
}

HttpResponse PeopleAdminApi::setActive(const HttpRequest &request, bool active)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    const std::optional<qint64> id = AdminHttp::idParam(request);
    UserStore users(m_app.db());
    bool failed = false;
    const std::optional<UserStore::User> user = id ? users.find(*id, &failed) : std::nullopt;
    if (failed)
        return AdminHttp::storeUnavailable();
    if (!user)
        return AdminHttp::notFound(tr("There is no user %1.").arg(request.param(u"id"_s)));

    const qint64 now = ServerClock::nowMs();
    QString refusal;
    const bool ok = m_app.db().inTransaction([&] {
        if (!active) {
            // Counted inside the transaction that disables, rows locked (see UserStore).
            const qsizetype managers = users.countActiveManagersForUpdate();
            if (managers < 0)
                return false;
            refusal = disableRefusal(*user, auth->userId, managers);
            if (!refusal.isEmpty())
                return false;
        }
        if (users.setActive(user->id, active) != UserStore::Outcome::Done)
            return false;
        // A disabled person's open sessions end now, not at their expiry.
        return active || SessionStore(m_app.db()).endAllForUser(user->id, now);
    });
    if (refusal == "self"_L1)
        return AdminHttp::conflict(refusal, tr("You cannot disable yourself."));
    if (!refusal.isEmpty())
        return AdminHttp::conflict(
            refusal,
            tr("%1 is the last active manager; enable or add another one first.").arg(user->name));
    if (!ok)
        return AdminHttp::storeUnavailable();
    if (user->active != active)
        AuditLog(m_app.db())
            .append(AdminHttp::actor(auth.context()), active ? u"user.enable"_s : u"user.disable"_s,
                    u"user:"_s + QString::number(user->id));
    UserStore::User changed = *user;
    changed.active = active;
    return HttpResponse::json(userJson(changed, now));
}

HttpResponse PeopleAdminApi::listTerminals(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    bool failed = false;
    const QList<TerminalStore::Terminal> terminals = TerminalStore(m_app.db()).list(&failed);
    if (failed)
        return AdminHttp::storeUnavailable();
    QJsonArray array;
    for (const TerminalStore::Terminal &terminal : terminals)
        array.append(terminalJson(terminal));
    return HttpResponse::json(QJsonObject{{u"terminals"_s, array}});
}

HttpResponse PeopleAdminApi::addTerminal(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    HttpResponse refusal;
    const std::optional<QJsonObject> body = AdminHttp::jsonObject(request, &refusal);
    if (!body)
        return refusal;
    const QString name = terminalName(*body, &refusal);
    if (name.isEmpty())
        return refusal;
    const auto added = TerminalStore(m_app.db()).add(name);
    if (!added)
        return AdminHttp::storeUnavailable();
    AuditLog(m_app.db())
        .append(AdminHttp::actor(auth.context()), u"terminal.add"_s,
                u"terminal:"_s + QString::number(added->first.id), name);
    // The only time the token exists in clear: the database keeps its hash.
    return HttpResponse::json(QJsonObject{{u"id"_s, QString::number(added->first.id)},
                                          {u"name"_s, name},
                                          {u"token"_s, QString::fromLatin1(added->second)}},
                              201);
}

HttpResponse PeopleAdminApi::renameTerminal(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    const std::optional<qint64> id = AdminHttp::idParam(request);
    TerminalStore terminals(m_app.db());
    bool failed = false;
    const std::optional<TerminalStore::Terminal> terminal =
        id ? terminals.find(*id, &failed) : std::nullopt;
    if (failed)
        return AdminHttp::storeUnavailable();
    if (!terminal)
        return AdminHttp::notFound(tr("There is no terminal %1.").arg(request.param(u"id"_s)));
    HttpResponse refusal;
    const std::optional<QJsonObject> body = AdminHttp::jsonObject(request, &refusal);
    if (!body)
        return refusal;
    const QString name = terminalName(*body, &refusal);
    if (name.isEmpty())
        return refusal;
    if (terminals.rename(terminal->id, name) != TerminalStore::Outcome::Done)
        return AdminHttp::storeUnavailable();
    AuditLog(m_app.db())
        .append(AdminHttp::actor(auth.context()), u"terminal.rename"_s,
                u"terminal:"_s + QString::number(terminal->id), terminal->name + u" -> "_s + name);
    TerminalStore::Terminal renamed = *terminal;
    renamed.name = name;
    return HttpResponse::json(terminalJson(renamed));
}

HttpResponse PeopleAdminApi::revokeTerminal(const HttpRequest &request)
{
    const AuthResult auth = m_app.guard().requireManager(request);
    if (!auth)
        return auth.response();
    const std::optional<qint64> id = AdminHttp::idParam(request);
    if (id && QString::number(*id) == auth->terminalId)
        return AdminHttp::conflict(u"self"_s,
                                   tr("This terminal cannot revoke itself; do it from another "
                                      "one."));
    TerminalStore terminals(m_app.db());
    const TerminalStore::Outcome outcome =
        id ? terminals.revoke(*id) : TerminalStore::Outcome::NotFound;
    switch (outcome) {
    case TerminalStore::Outcome::Done:
        AuditLog(m_app.db())
            .append(AdminHttp::actor(auth.context()), u"terminal.revoke"_s,
                    u"terminal:"_s + QString::number(*id));
        break;
    case TerminalStore::Outcome::AlreadyDone:
        break;
    case TerminalStore::Outcome::NotFound:
        return AdminHttp::notFound(tr("There is no terminal %1.").arg(request.param(u"id"_s)));
    case TerminalStore::Outcome::Failed:
        return AdminHttp::storeUnavailable();
    }
    const std::optional<TerminalStore::Terminal> terminal = terminals.find(*id);
    if (!terminal)
        return AdminHttp::storeUnavailable();
    return HttpResponse::json(terminalJson(*terminal));
}
