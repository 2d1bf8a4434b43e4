#pragma once

// What the tst_admin_* tests share: an in-process comptoir-server on port 0 with the catalog,
// payments and admin modules, on SQLite or on a fresh PostgreSQL database per test (when
// COMPTOIR_TEST_PG_URL is set), a frozen clock, two terminals ("Caisse 1" where everyone logs
// in, "Bureau"), a manager (Moussa, 9999) and a cashier (Awa, 1234) with their sessions, and
// clients that send the terminal token and the session.

#include "HttpTestClient.h"
#include "PgTestDatabase.h"
#include "PinHasher.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "TerminalStore.h"
#include "UserStore.h"
#include "admin/AdminModule.h"
#include "catalog/CatalogModule.h"
#include "payments/PaymentsModule.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

class AdminFixture
{
public:
    explicit AdminFixture(bool postgres)
        : m_postgres(postgres)
    {}

    bool m_postgres;
    std::unique_ptr<PgTestDatabase> m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;
    qint64 m_now = 0;
    std::unique_ptr<ServerApp> m_app;
    QByteArray m_tillToken;
    QByteArray m_officeToken;
    qint64 m_tillId = 0;
    qint64 m_officeId = 0;
    qint64 m_managerId = 0;
    qint64 m_cashierId = 0;
    QByteArray m_managerSession;
    QByteArray m_cashierSession;

    void setUpCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        ServerClock::setNowForTesting([this] { return m_now; });
    }

    void tearDownCase() { ServerClock::setNowForTesting({}); }

    // extra: keys to set on the config before start (e.g. ligdicash/base_url).
    void setUp(const QList<QPair<QString, QVariant>> &extra = {})
    {
        QString url;
        if (m_postgres) {
            m_pg = std::make_unique<PgTestDatabase>();
            QVERIFY2(m_pg->create(), qPrintable(m_pg->errorString()));
            url = m_pg->url();
        } else {
            url = QStringLiteral("sqlite:") +
                  m_dir.filePath(QStringLiteral("admin-%1.sqlite").arg(++m_databases));
        }
        ServerConfig config;
        config.set(QStringLiteral("database/url"), url);
        config.set(QStringLiteral("server/listen"), QStringLiteral("127.0.0.1:0"));
        // Fast hashes for tests; the real limits are measured in docs/server.md.
        config.set(QStringLiteral("auth/pin_hash_ops"), 1);
        config.set(QStringLiteral("auth/pin_hash_memory_kib"), 64);
        config.set(QStringLiteral("auth/pin_max_attempts"), 3);
        config.set(QStringLiteral("auth/pin_lockout_seconds"), 120);
        config.set(QStringLiteral("ligdicash/api_key"), QStringLiteral("test-api-key"));
        config.set(QStringLiteral("ligdicash/auth_token"), QStringLiteral("test-auth-token"));
        for (const auto &[key, value] : extra)
            config.set(key, value);
        m_app = std::make_unique<ServerApp>(std::move(config));
        m_app->addModule(std::make_unique<PaymentsModule>());
        m_app->addModule(std::make_unique<CatalogModule>());
        m_app->addModule(std::make_unique<AdminModule>());
        QVERIFY2(m_app->start(), qPrintable(m_app->errorString()));

        TerminalStore terminals(m_app->db());
        const auto till = terminals.add(QStringLiteral("Caisse 1"));
        const auto office = terminals.add(QStringLiteral("Bureau"));
        QVERIFY(till && office);
        m_tillId = till->first.id;
        m_tillToken = till->second;
        m_officeId = office->first.id;
        m_officeToken = office->second;
        m_managerId = addUser(QStringLiteral("Moussa"), UserRole::Manager, QStringLiteral("9999"));
        m_cashierId = addUser(QStringLiteral("Awa"), UserRole::Cashier, QStringLiteral("1234"));
        QVERIFY(m_managerId > 0 && m_cashierId > 0);
        m_managerSession = login(QStringLiteral("Moussa"), QStringLiteral("9999"));
        m_cashierSession = login(QStringLiteral("Awa"), QStringLiteral("1234"));
        QVERIFY(!m_managerSession.isEmpty() && !m_cashierSession.isEmpty());
    }

    void tearDown()
    {
        m_app.reset();
        m_pg.reset();
    }

    qint64 addUser(const QString &name, UserRole role, const QString &pin)
    {
        UserStore::User user;
        const auto outcome =
            UserStore(m_app->db()).add(name, role, m_app->pinHasher().hash(pin), &user);
        return outcome == UserStore::Outcome::Done ? user.id : 0;
    }

    HttpTestClient terminal(const QByteArray &token = {}) const
    {
        HttpTestClient client(m_app->baseUrl());
        client.setHeader("Authorization", "Bearer " + (token.isEmpty() ? m_tillToken : token));
        return client;
    }

    HttpTestReply loginReply(const QString &user, const QString &pin,
                             const QByteArray &token = {}) const
    {
        return terminal(token).post(
            QStringLiteral("/api/v1/sessions"),
            QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("pin"), pin}});
    }

    QByteArray login(const QString &user, const QString &pin, const QByteArray &token = {}) const
    {
        const HttpTestReply reply = loginReply(user, pin, token);
        return reply.status == 201
                   ? reply.json().value(QStringLiteral("token")).toString().toLatin1()
                   : QByteArray();
    }

    HttpTestClient session(const QByteArray &session, const QByteArray &token = {}) const
    {
        HttpTestClient client = terminal(token);
        client.setHeader("X-Comptoir-Session", session);
        return client;
    }

    HttpTestClient manager() const { return session(m_managerSession); }
    HttpTestClient cashier() const { return session(m_cashierSession); }

    static HttpTestReply put(HttpTestClient client, const QString &path, const QJsonObject &body)
    {
        HttpTestRequest request;
        request.method = "PUT";
        request.path = path;
        request.contentType = "application/json";
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return client.send(request);
    }

    // Sends method path body with the client; for the data-driven "who may call" tests.
    static HttpTestReply call(HttpTestClient client, const QByteArray &method, const QString &path,
                              const QByteArray &body = {})
    {
        HttpTestRequest request;
        request.method = method;
        request.path = path;
        request.contentType = body.startsWith('{') ? "application/json" : "text/csv";
        request.body = body;
        return client.send(request);
    }

    static QString errorField(const HttpTestReply &reply)
    {
        return reply.json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("field"))
            .toString();
    }

    // The audit log's actions by people (not logins, which terminals record) on a subject,
    // oldest first.
    QStringList auditActions(const QString &subject) const
    {
        QStringList actions;
        auto query = m_app->db().exec(
            QStringLiteral("SELECT action FROM audit_log WHERE subject = ? AND actor LIKE 'user:%' "
                           "ORDER BY id"),
            {subject});
        while (query && query->next())
            actions.append(query->value(0).toString());
        return actions;
    }
};
