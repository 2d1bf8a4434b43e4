#include "AuthRoutes.h"

#include "AuditLog.h"
#include "AuthGuard.h"
#include "Database.h"
#include "HttpServer.h"
#include "Metrics.h"
#include "PinHasher.h"
#include "ServerClock.h"
#include "ServerConfig.h"
#include "SessionStore.h"
#include "UserStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuthRoutes, "comptoir.server.authroutes", QtInfoMsg)

namespace {

const QString kLogins = u"comptoir_logins_total"_s;

HttpResponse storeUnavailable()
{
    return HttpResponse::error(503, u"unavailable"_s,
                               AuthRoutes::tr("The server cannot reach its database."));
}

HttpResponse wrongCredentials()
{
    return AuthGuard::unauthorized(u"invalid_credentials"_s, AuthRoutes::tr("Wrong user or PIN."));
}

QJsonObject userJson(qint64 id, const QString &name, UserRole role)
{
    return {{u"id"_s, QString::number(id)}, {u"name"_s, name}, {u"role"_s, userRoleToString(role)}};
}

} // namespace

AuthRoutes::AuthRoutes(Database &database, const ServerConfig &config, const AuthGuard &guard,
                       const PinHasher &pinHasher, Metrics &metrics)
    : m_database(database)
    , m_config(config)
    , m_guard(guard)
    , m_pinHasher(pinHasher)
    , m_metrics(metrics)
{
    m_metrics.describe(kLogins, Metrics::Type::Counter,
                       u"Login attempts by outcome (ok, wrong_pin, locked, unknown_user)"_s);
}

void AuthRoutes::registerOn(HttpServer &http)
{
    http.route("GET", u"/api/v1/users"_s,
               [this](const HttpRequest &request) { return listUsers(request); });
    http.route("POST", u"/api/v1/sessions"_s,
               [this](const HttpRequest &request) { return login(request); });
    http.route("DELETE", u"/api/v1/sessions/current"_s,
               [this](const HttpRequest &request) { return logout(request); });
}

HttpResponse AuthRoutes::listUsers(const HttpRequest &request)
{
    const AuthResult auth = m_guard.requireTerminal(request);
    if (!auth)
        return auth.response();
    bool failed = false;
    const QList<UserStore::User> users = UserStore(m_database).list(true, &failed);
    if (failed)
        return storeUnavailable();
    QJsonArray array;
    for (const UserStore::User &user : users)
        array.append(userJson(user.id, user.name, user.role));
    return HttpResponse::json(QJsonObject{{u"users"_s, array}});
}

HttpResponse AuthRoutes::login(const HttpRequest &request)
{
    const AuthResult auth = m_guard.requireTerminal(request);
    if (!auth)
        return auth.response();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HttpResponse::error(400, u"bad_request"_s,
                                   tr("The body must be a JSON object {\"user\", \"pin\"}."));
    const QJsonObject body = document.object();
    const QJsonValue userValue = body.value(u"user"_s);
    QString reference;
    if (userValue.isString())
        reference = userValue.toString().trimmed();
    else if (userValue.isDouble() && userValue.toDouble() >= 1)
        reference = QString::number(userValue.toInteger());
    const QJsonValue pinValue = body.value(u"pin"_s);
    if (reference.isEmpty() || reference.size() > 64)
        return HttpResponse::error(400, u"bad_request"_s, tr("\"user\" is missing."));
    if (!pinValue.isString())
        return HttpResponse::error(400, u"bad_request"_s,
                                   tr("\"pin\" must be a string of 4 to 8 digits."));
    const QString pin = pinValue.toString();

    UserStore users(m_database);
    AuditLog audit(m_database);
    const QString actor = u"terminal:"_s + auth->terminalId;
    bool failed = false;
    const std::optional<UserStore::User> user = users.findByReference(reference, &failed);
    if (failed)
        return storeUnavailable();
    if (!user || !user->active) {
        m_metrics.increment(kLogins, {{u"outcome"_s, u"unknown_user"_s}});
        return wrongCredentials();
    }
    const QString subject = u"user:"_s + QString::number(user->id);
    const qint64 now = ServerClock::nowMs();
    if (user->isLockedAt(now)) {
        m_metrics.increment(kLogins, {{u"outcome"_s, u"locked"_s}});
        const qint64 waitSeconds = (user->lockedUntil - now + 999) / 1000;
        return HttpResponse::error(429, u"user_locked"_s,
                                   tr("Too many wrong PINs. Try again in %n minute(s).", nullptr,
                                      int((waitSeconds + 59) / 60)))
            .withHeader("Retry-After", QByteArray::number(waitSeconds));
    }

    if (!m_pinHasher.verify(user->pinHash, pin)) {
        const qint64 lockedUntil = users.recordFailedPin(
            user->id, m_config.pinMaxAttempts(), qint64(m_config.pinLockoutSeconds()) * 1000, now);
        if (lockedUntil < 0)
            return storeUnavailable();
        audit.append(actor, u"session.login_failed"_s, subject);
        m_metrics.increment(kLogins, {{u"outcome"_s, u"wrong_pin"_s}});
        if (lockedUntil > 0) {
            audit.append(
                actor, u"user.locked"_s, subject,
                u"until %1"_s.arg(
                    QDateTime::fromMSecsSinceEpoch(lockedUntil, Qt::UTC).toString(Qt::ISODate)));
            qCInfo(lcAuthRoutes) << "user" << user->id << "locked after repeated wrong PINs";
        }
        return wrongCredentials();
    }
    if (!users.recordSuccessfulPin(user->id, now)) {
        m_metrics.increment(kLogins, {{u"outcome"_s, u"locked"_s}});
        return HttpResponse::error(429, u"user_locked"_s,
                                   tr("Too many wrong PINs. Try again later."));
    }
    if (m_pinHasher.needsRehash(user->pinHash)) {
        const QByteArray rehashed = m_pinHasher.hash(pin);
        if (!rehashed.isEmpty())
            users.setPinHash(user->id, rehashed);
    }

    SessionStore sessions(m_database);
    SessionStore::Session session;
    const QByteArray token =
        sessions.create(user->id, auth->terminalId.toLongLong(), now,
                        qint64(m_config.sessionLifetimeMinutes()) * 60 * 1000, &session);
    if (token.isEmpty())
        return storeUnavailable();
    audit.append(actor, u"session.login"_s, subject);
    m_metrics.increment(kLogins, {{u"outcome"_s, u"ok"_s}});

    return HttpResponse::json(
        QJsonObject{
            {u"token"_s, QString::fromLatin1(token)},
            {u"role"_s, userRoleToString(user->role)},
            {u"user_id"_s, QString::number(user->id)},
            {u"display_name"_s, user->name},
            {u"expires_at"_s,
             QDateTime::fromMSecsSinceEpoch(session.expiresAt, Qt::UTC).toString(Qt::ISODate)},
            {u"idle_timeout_seconds"_s, m_config.sessionIdleMinutes() * 60},
            {u"user"_s, userJson(user->id, user->name, user->role)},
            {u"terminal"_s,
             QJsonObject{{u"id"_s, auth->terminalId}, {u"name"_s, auth->terminalName}}},
        },
        201);
}

HttpResponse AuthRoutes::logout(const HttpRequest &request)
{
    const AuthResult auth = m_guard.requireTerminal(request);
    if (!auth)
        return auth.response();
    const QByteArray token = request.header(AuthGuard::kSessionHeader).trimmed();
    if (token.isEmpty())
        return AuthGuard::unauthorized(u"session_required"_s, tr("No session to end."));
    SessionStore sessions(m_database);
    bool failed = false;
    const std::optional<SessionStore::Session> session = sessions.findByToken(token, &failed);
    if (failed)
        return storeUnavailable();
    // Idempotent: ending an ended or expired session of this terminal is fine.
    if (session && QString::number(session->terminalId) == auth->terminalId &&
        session->endedAt == 0) {
        if (!sessions.end(session->id, ServerClock::nowMs()))
            return storeUnavailable();
        AuditLog(m_database)
            .append(u"terminal:"_s + auth->terminalId, u"session.logout"_s,
                    u"user:"_s + QString::number(session->userId));
    }
    return HttpResponse::empty(204);
}
