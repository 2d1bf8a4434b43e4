// Terminals, people and sessions: PIN hashing, the PIN lockout (kept in the database), and the
// 401/403 answers of AuthGuard over real HTTP against an in-process server on port 0. Runs on
// SQLite, then again on a fresh PostgreSQL database per test when COMPTOIR_TEST_PG_URL is set.

#include "AuthGuard.h"
#include "HttpServer.h"
#include "HttpTestClient.h"
#include "PgTestDatabase.h"
#include "PinHasher.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "SessionStore.h"
#include "TerminalStore.h"
#include "TestDatabase.h"
#include "UserStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuth : public QObject
{
    Q_OBJECT

public:
    explicit TestAuth(bool postgres)
        : m_postgres(postgres)
    {}

private:
    const bool m_postgres;
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_now = 0;
    std::unique_ptr<ServerApp> m_app;
    QString m_databaseUrl;
    QByteArray m_terminalToken;
    QByteArray m_otherTerminalToken;
    qint64 m_terminalId = 0;

    ServerConfig config() const
    {
        ServerConfig config;
        config.set(u"database/url"_s, m_databaseUrl);
        config.set(u"server/listen"_s, u"127.0.0.1:0"_s);
        // Fast hashes for tests; the defaults are measured in docs/server.md.
        config.set(u"auth/pin_hash_ops"_s, 1);
        config.set(u"auth/pin_hash_memory_kib"_s, 64);
        config.set(u"auth/pin_max_attempts"_s, 3);
        config.set(u"auth/pin_lockout_seconds"_s, 120);
        config.set(u"auth/session_lifetime_minutes"_s, 60);
        config.set(u"auth/session_idle_minutes"_s, 10);
        return config;
    }

    bool startApp()
    {
        m_app = std::make_unique<ServerApp>(config());
        if (!m_app->start())
            return false;
        // Endpoints standing for "any signed-in person" and "managers only".
        m_app->http().route("GET", u"/test/cashier"_s, [this](const HttpRequest &request) {
            const AuthResult auth = m_app->guard().requireSession(request);
            if (!auth)
                return auth.response();
            return HttpResponse::json(
                QJsonObject{{u"user"_s, auth->userName}, {u"terminal"_s, auth->terminalName}});
        });
        m_app->http().route("GET", u"/test/manager"_s, [this](const HttpRequest &request) {
            const AuthResult auth = m_app->guard().requireManager(request);
            return auth ? HttpResponse::json(QJsonObject{{u"ok"_s, true}}) : auth.response();
        });
        return true;
    }

    qint64 addUser(const QString &name, UserRole role, const QString &pin)
    {
        UserStore::User user;
        const auto outcome =
            UserStore(m_app->db()).add(name, role, m_app->pinHasher().hash(pin), &user);
        return outcome == UserStore::Outcome::Done ? user.id : 0;
    }

    HttpTestClient terminalClient(const QByteArray &token) const
    {
        HttpTestClient client(m_app->baseUrl());
        client.setHeader("Authorization", "Bearer " + token);
        return client;
    }

    HttpTestReply login(const QString &user, const QString &pin,
                        const QByteArray &terminalToken = {})
    {
        HttpTestClient client =
            terminalClient(terminalToken.isEmpty() ? m_terminalToken : terminalToken);
        return client.post(u"/api/v1/sessions"_s, QJsonObject{{u"user"_s, user}, {u"pin"_s, pin}});
    }

    QByteArray sessionFor(const QString &user, const QString &pin)
    {
        const HttpTestReply reply = login(user, pin);
        return reply.status == 201 ? reply.json().value(u"token"_s).toString().toLatin1()
                                   : QByteArray();
    }

    HttpTestReply callWithSession(const QString &path, const QByteArray &session,
                                  const QByteArray &terminalToken = {})
    {
        HttpTestClient client =
            terminalClient(terminalToken.isEmpty() ? m_terminalToken : terminalToken);
        client.setHeader("X-Comptoir-Session", session);
        return client.get(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(PinHasher::isAvailable());
        m_now = QDateTime::currentMSecsSinceEpoch();
        ServerClock::setNowForTesting([this] { return m_now; });
    }

    void cleanupTestCase() { ServerClock::setNowForTesting({}); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(m_postgres ? TestDatabase::Backend::Postgres
                                                         : TestDatabase::Backend::Sqlite);
        QVERIFY2(m_db->create(), qPrintable(m_db->errorString()));
        m_databaseUrl = m_db->url();
        QVERIFY(startApp());
        TerminalStore terminals(m_app->db());
        const auto terminal = terminals.add(u"Caisse 1"_s);
        QVERIFY(terminal);
        m_terminalId = terminal->first.id;
        m_terminalToken = terminal->second;
        const auto other = terminals.add(u"Caisse 2"_s);
        QVERIFY(other);
        m_otherTerminalToken = other->second;
        QVERIFY(addUser(u"Awa"_s, UserRole::Cashier, u"1234"_s));
        QVERIFY(addUser(u"Fati"_s, UserRole::Manager, u"98765432"_s));
    }

    void cleanup()
    {
        m_app.reset();
        m_db.reset();
    }

    // --- PIN hashing ---

    void pinHash_isSaltedArgon2id()
    {
        const PinHasher hasher(1, 64);
        const QByteArray a = hasher.hash(u"1234"_s);
        const QByteArray b = hasher.hash(u"1234"_s);
        QVERIFY(a.startsWith("$argon2id$"));
        QVERIFY(a != b);
        QVERIFY(hasher.verify(a, u"1234"_s));
        QVERIFY(hasher.verify(b, u"1234"_s));
        QVERIFY(!hasher.verify(a, u"1235"_s));
        QVERIFY(!hasher.verify(a, u"12345"_s));
        QVERIFY(!hasher.verify({}, u"1234"_s));
        QVERIFY(!hasher.verify("garbage", u"1234"_s));
    }

    void pinHash_needsRehashWhenLimitsChange()
    {
        const QByteArray weak = PinHasher(1, 64).hash(u"4321"_s);
        QVERIFY(!PinHasher(1, 64).needsRehash(weak));
        QVERIFY(PinHasher(2, 128).needsRehash(weak));
        QVERIFY(PinHasher(2, 128).verify(weak, u"4321"_s)); // old hashes still verify
    }

    void pinFormat_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("4 digits") << u"0000"_s << true;
        QTest::newRow("8 digits") << u"12345678"_s << true;
        QTest::newRow("3 digits") << u"123"_s << false;
        QTest::newRow("9 digits") << u"123456789"_s << false;
        QTest::newRow("letters") << u"12a4"_s << false;
        QTest::newRow("spaces") << u"12 34"_s << false;
        QTest::newRow("arabic-indic digits") << u"\u0661\u0662\u0663\u0664"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void pinFormat()
    {
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        QCOMPARE(PinHasher::isValidPin(pin), valid);
        QCOMPARE(PinHasher(1, 64).hash(pin).isEmpty(), !valid);
    }

    // --- lockout in the store ---

    void wrongPins_lockAtTheLimit_andTheLockExpires()
    {
        UserStore users(m_app->db());
        const auto awa = users.findByName(u"awa"_s); // names match case-insensitively
        QVERIFY(awa);
        QCOMPARE(users.recordFailedPin(awa->id, 3, 60000, m_now), 0);
        QCOMPARE(users.recordFailedPin(awa->id, 3, 60000, m_now), 0);
        QCOMPARE(users.recordFailedPin(awa->id, 3, 60000, m_now), m_now + 60000);
        QVERIFY(!users.recordSuccessfulPin(awa->id, m_now + 59999));
        QVERIFY(users.recordSuccessfulPin(awa->id, m_now + 60000));
        const auto after = users.find(awa->id);
        QCOMPARE(after->failedAttempts, 0);
        QCOMPARE(after->lockedUntil, 0);
    }

    // --- terminal token ---

    void noTerminalToken_is401Json()
    {
        HttpTestClient client(m_app->baseUrl());
        const HttpTestReply reply = client.get(u"/api/v1/users"_s);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
        QVERIFY(
            !reply.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
    }

    void wrongTerminalToken_is401_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("unknown token")
            << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("malformed token") << QByteArray("Bearer not a token!");
        QTest::newRow("basic scheme") << QByteArray("Basic dXNlcjpwYXNz");
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
    }

    void wrongTerminalToken_is401()
    {
        QFETCH(QByteArray, authorization);
        HttpTestClient client(m_app->baseUrl());
        client.setHeader("Authorization", authorization);
        QCOMPARE(client.get(u"/api/v1/users"_s).status, 401);
        QCOMPARE(client
                     .post(u"/api/v1/sessions"_s,
                           QJsonObject{{u"user"_s, u"Awa"_s}, {u"pin"_s, u"1234"_s}})
                     .status,
                 401);
    }

    void revokedTerminal_is401_evenWithALiveSession()
    {
        const QByteArray session = sessionFor(u"Awa"_s, u"1234"_s);
        QVERIFY(!session.isEmpty());
        QCOMPARE(callWithSession(u"/test/cashier"_s, session).status, 200);
        QCOMPARE(TerminalStore(m_app->db()).revoke(m_terminalId), TerminalStore::Outcome::Done);
        const HttpTestReply reply = callWithSession(u"/test/cashier"_s, session);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"terminal_revoked"_s);
        QCOMPARE(terminalClient(m_terminalToken).get(u"/api/v1/users"_s).status, 401);
        QCOMPARE(TerminalStore(m_app->db()).revoke(m_terminalId),
                 TerminalStore::Outcome::AlreadyDone);
    }

    void tokens_areStoredOnlyAsHashes()
    {
        auto query = m_app->db().exec(u"SELECT token_hash FROM terminals"_s);
        QVERIFY(query);
        while (query->next()) {
            const QString stored = query->value(0).toString();
            QCOMPARE(stored.size(), 64); // SHA-256 hex
            QVERIFY(stored != QString::fromLatin1(m_terminalToken));
        }
        QCOMPARE(m_terminalToken.size(), 43); // 32 bytes, base64url
    }

    // --- people ---

    void userList_showsActivePeopleOnly()
    {
        const qint64 moussa = addUser(u"Moussa"_s, UserRole::Cashier, u"5555"_s);
        QCOMPARE(UserStore(m_app->db()).setActive(moussa, false), UserStore::Outcome::Done);
        const HttpTestReply reply = terminalClient(m_terminalToken).get(u"/api/v1/users"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray users = reply.json().value(u"users"_s).toArray();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(0).toObject().value(u"name"_s).toString(), u"Awa"_s);
        QCOMPARE(users.at(0).toObject().value(u"role"_s).toString(), u"cashier"_s);
        QCOMPARE(users.at(1).toObject().value(u"role"_s).toString(), u"manager"_s);
        QVERIFY(!reply.body.contains("argon2"));
        QVERIFY(!users.at(0).toObject().value(u"id"_s).toString().isEmpty());
    }

    void login_givesASessionWithRoleAndName()
    {
        const HttpTestReply reply = login(u"Fati"_s, u"98765432"_s);
        QCOMPARE(reply.status, 201);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"role"_s).toString(), u"manager"_s);
        QCOMPARE(body.value(u"display_name"_s).toString(), u"Fati"_s);
        QCOMPARE(body.value(u"user"_s).toObject().value(u"name"_s).toString(), u"Fati"_s);
        QCOMPARE(body.value(u"terminal"_s).toObject().value(u"name"_s).toString(), u"Caisse 1"_s);
        QVERIFY(
            QDateTime::fromString(body.value(u"expires_at"_s).toString(), Qt::ISODate).isValid());
        const QByteArray session = body.value(u"token"_s).toString().toLatin1();
        QCOMPARE(session.size(), 43);
        QCOMPARE(callWithSession(u"/test/manager"_s, session).status, 200);
    }

    void login_byIdWorksToo()
    {
        const QString id = QString::number(UserStore(m_app->db()).findByName(u"Awa"_s)->id);
        QCOMPARE(login(id, u"1234"_s).status, 201);
    }

    void login_badBodies_are400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("user=Awa&pin=1234");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no user") << QByteArray(R"({"pin":"1234"})");
        QTest::newRow("numeric pin") << QByteArray(R"({"user":"Awa","pin":1234})");
    }

    void login_badBodies_are400()
    {
        QFETCH(QByteArray, body);
        const HttpTestReply reply = terminalClient(m_terminalToken)
                                        .postRaw(u"/api/v1/sessions"_s, "application/json", body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"bad_request"_s);
    }

    void login_unknownOrDisabledUser_is401LikeAWrongPin()
    {
        QCOMPARE(login(u"Nobody"_s, u"1234"_s).errorCode(), u"invalid_credentials"_s);
        const qint64 awa = UserStore(m_app->db()).findByName(u"Awa"_s)->id;
        UserStore(m_app->db()).setActive(awa, false);
        const HttpTestReply reply = login(u"Awa"_s, u"1234"_s);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"invalid_credentials"_s);
    }

    void repeatedWrongPins_lockTheUser_untilTheDelayPasses()
    {
        for (int i = 0; i < 3; ++i) {
            const HttpTestReply wrong = login(u"Awa"_s, u"0000"_s);
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.errorCode(), u"invalid_credentials"_s);
        }
        // Even the right PIN is refused while locked, from any terminal.
        const HttpTestReply locked = login(u"Awa"_s, u"1234"_s, m_otherTerminalToken);
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.errorCode(), u"user_locked"_s);
        QCOMPARE(locked.header("Retry-After"), QByteArray("120"));
        // Another person is not affected.
        QCOMPARE(login(u"Fati"_s, u"98765432"_s).status, 201);

        m_now += 119 * 1000;
        QCOMPARE(login(u"Awa"_s, u"1234"_s).status, 429);
        m_now += 1000;
        QCOMPARE(login(u"Awa"_s, u"1234"_s).status, 201);
    }

    void lockout_survivesARestart()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(login(u"Awa"_s, u"1111"_s).status, 401);
        m_app.reset();
        QVERIFY(startApp());
        QCOMPARE(login(u"Awa"_s, u"1234"_s).status, 429);
    }

    void rightPin_resetsTheCount()
    {
        QCOMPARE(login(u"Awa"_s, u"1111"_s).status, 401);
        QCOMPARE(login(u"Awa"_s, u"1111"_s).status, 401);
        QCOMPARE(login(u"Awa"_s, u"1234"_s).status, 201);
        QCOMPARE(login(u"Awa"_s, u"1111"_s).status, 401);
        QCOMPARE(login(u"Awa"_s, u"1111"_s).status, 401);
        QCOMPARE(login(u"Awa"_s, u"1234"_s).status, 201);
    }

    // --- sessions and roles ---

    void cashierSession_onManagerEndpoint_is403()
    {
        const QByteArray session = sessionFor(u"Awa"_s, u"1234"_s);
        QCOMPARE(callWithSession(u"/test/cashier"_s, session).status, 200);
        const HttpTestReply reply = callWithSession(u"/test/manager"_s, session);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), u"forbidden"_s);
    }

    void missingOrUnknownSession_is401()
    {
        const HttpTestReply none = terminalClient(m_terminalToken).get(u"/test/cashier"_s);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), u"session_required"_s);
        const HttpTestReply unknown =
            callWithSession(u"/test/cashier"_s, "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.errorCode(), u"session_invalid"_s);
    }

    void session_worksOnlyOnItsTerminal()
    {
        const QByteArray session = sessionFor(u"Fati"_s, u"98765432"_s);
        QCOMPARE(callWithSession(u"/test/manager"_s, session, m_otherTerminalToken).status, 401);
    }

    void session_expiresAfterItsLifetime()
    {
        const QByteArray session = sessionFor(u"Awa"_s, u"1234"_s);
        // Keep it busy so only the lifetime (60 min) can end it.
        for (int minutes = 5; minutes < 60; minutes += 5) {
            m_now += 5 * 60 * 1000;
            QCOMPARE(callWithSession(u"/test/cashier"_s, session).status, 200);
        }
        m_now += 5 * 60 * 1000;
        const HttpTestReply reply = callWithSession(u"/test/cashier"_s, session);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"session_expired"_s);
    }

    void session_endsAfterTheIdleTimeout()
    {
        const QByteArray session = sessionFor(u"Awa"_s, u"1234"_s);
        m_now += 9 * 60 * 1000;
        QCOMPARE(callWithSession(u"/test/cashier"_s, session).status, 200);
        m_now += 9 * 60 * 1000; // idle time counts from the last request
        QCOMPARE(callWithSession(u"/test/cashier"_s, session).status, 200);
        m_now += 10 * 60 * 1000 + 1;
        QCOMPARE(callWithSession(u"/test/cashier"_s, session).status, 401);
    }

    void logout_endsTheSession()
    {
        const QByteArray session = sessionFor(u"Awa"_s, u"1234"_s);
        HttpTestClient client = terminalClient(m_terminalToken);
        client.setHeader("X-Comptoir-Session", session);
        HttpTestRequest request;
        request.method = "DELETE";
        request.path = u"/api/v1/sessions/current"_s;
        QCOMPARE(client.send(request).status, 204);
        QCOMPARE(client.send(request).status, 204); // idempotent
        QCOMPARE(callWithSession(u"/test/cashier"_s, session).status, 401);
    }

    void disablingAUser_endsTheirSessionAtOnce()
    {
        const QByteArray session = sessionFor(u"Awa"_s, u"1234"_s);
        const qint64 awa = UserStore(m_app->db()).findByName(u"Awa"_s)->id;
        UserStore(m_app->db()).setActive(awa, false);
        QCOMPARE(callWithSession(u"/test/cashier"_s, session).status, 401);
    }

    void sessionTokens_areStoredOnlyAsHashes()
    {
        const QByteArray session = sessionFor(u"Awa"_s, u"1234"_s);
        auto query = m_app->db().exec(u"SELECT token_hash FROM sessions"_s);
        QVERIFY(query && query->next());
        QCOMPARE(query->value(0).toString().size(), 64);
        QVERIFY(query->value(0).toString() != QString::fromLatin1(session));
    }

    void logins_areAudited()
    {
        QCOMPARE(login(u"Awa"_s, u"0000"_s).status, 401);
        QCOMPARE(login(u"Awa"_s, u"1234"_s).status, 201);
        auto query = m_app->db().exec(u"SELECT action FROM audit_log ORDER BY id"_s);
        QVERIFY(query);
        QStringList actions;
        while (query->next())
            actions.append(query->value(0).toString());
        QCOMPARE(actions, QStringList({u"session.login_failed"_s, u"session.login"_s}));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    TestAuth sqlite(false);
    int failures = QTest::qExec(&sqlite, argc, argv);
    if (!PgTestDatabase::serverUrl().isEmpty()) {
        TestAuth postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
    } else {
        qInfo("COMPTOIR_TEST_PG_URL is not set: PostgreSQL run skipped");
    }
    return failures;
}
#include "tst_auth.moc"
