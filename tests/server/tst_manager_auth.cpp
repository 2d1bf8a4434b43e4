// Who may call the back office (docs/manager-api.md): every endpoint the contract lists, called
// with the terminal's token and no session (401), with a cashier's session (403 forbidden on a
// manager endpoint) and with a manager's session (neither), against an in-process
// comptoir-server with every module, on SQLite and on PostgreSQL (COMPTOIR_TEST_PG_URL). One table
// row per endpoint: an endpoint added to the contract without its check shows up here.

#include "HttpTestClient.h"
#include "PinHasher.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "TerminalStore.h"
#include "TestDatabase.h"
#include "UserStore.h"
#include "admin/AdminModule.h"
#include "catalog/CatalogModule.h"
#include "history/HistoryModule.h"
#include "payments/PaymentsModule.h"
#include "reports/ReportsModule.h"
#include "reports/ShiftStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Who the contract lets in.
enum class Who { Manager, Session };

// A well-formed order id that no order has: the role check must come before the lookup.
const QString kUnknownOrder = u"0badc0de-0000-4000-8000-000000000000"_s;

} // namespace

Q_DECLARE_METATYPE(Who)

class tst_ManagerAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void endpoint_noSession401_cashier403_manager200_data();
    void endpoint_noSession401_cashier403_manager200();
    void managerSession_onAnotherTerminal_is401();
    void noTerminalToken_is401_evenWithAManagerSession();

private:
    HttpTestReply call(const QByteArray &session, const QByteArray &method, const QString &path,
                       const QByteArray &body, const QByteArray &token = {}) const;
    // {product}, {cashier}, {office}, {shift}, {office_shift} and {order} replaced by real ids.
    QString resolve(QString text) const;
    qint64 addUser(const QString &name, UserRole role, const QString &pin);
    QByteArray login(const QString &name, const QString &pin, const QByteArray &token) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerApp> m_app;
    QByteArray m_tillToken;
    QByteArray m_officeToken;
    QString m_officeId;
    QString m_cashierId;
    QString m_productId;
    QString m_tillShift;
    QString m_officeShift;
    QByteArray m_manager;
    QByteArray m_cashier;
};

void tst_ManagerAuth::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_ManagerAuth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const qint64 now =
        QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    ServerClock::setNowForTesting([now] { return now; });
}

void tst_ManagerAuth::cleanupTestCase()
{
    ServerClock::setNowForTesting({});
}

void tst_ManagerAuth::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = std::make_unique<TestDatabase>(backend);
    if (!m_db->isAvailable())
        QSKIP("COMPTOIR_TEST_PG_URL is not set (make test starts PostgreSQL)");
    QVERIFY2(m_db->create(), qPrintable(m_db->errorString()));

    ServerConfig config;
    config.set(u"database/url"_s, m_db->url());
    config.set(u"server/listen"_s, u"127.0.0.1:0"_s);
    config.set(u"auth/pin_hash_ops"_s, 1);
    config.set(u"auth/pin_hash_memory_kib"_s, 64);
    // Unreachable: no endpoint here may get as far as LigdiCash with a refused caller.
    config.set(u"ligdicash/base_url"_s, u"http://127.0.0.1:9"_s);
    config.set(u"ligdicash/api_key"_s, u"test-key"_s);
    config.set(u"ligdicash/auth_token"_s, u"test-token"_s);
    config.set(u"payments/sweep_interval_ms"_s, 3600000);
    m_app = std::make_unique<ServerApp>(std::move(config));
    // As comptoir-server's main() adds them.
    m_app->addModule(std::make_unique<PaymentsModule>());
    m_app->addModule(std::make_unique<CatalogModule>());
    m_app->addModule(std::make_unique<HistoryModule>());
    m_app->addModule(std::make_unique<ReportsModule>());
    m_app->addModule(std::make_unique<AdminModule>());
    QVERIFY2(m_app->start(), qPrintable(m_app->errorString()));

    TerminalStore terminals(m_app->db());
    const auto till = terminals.add(u"Caisse 1"_s);
    const auto office = terminals.add(u"Bureau"_s);
    QVERIFY(till && office);
    m_tillToken = till->second;
    m_officeToken = office->second;
    m_officeId = QString::number(office->first.id);
    const qint64 managerId = addUser(u"Moussa"_s, UserRole::Manager, u"9999"_s);
    const qint64 cashierId = addUser(u"Awa"_s, UserRole::Cashier, u"1234"_s);
    QVERIFY(managerId > 0 && cashierId > 0);
    m_cashierId = QString::number(cashierId);
    m_manager = login(u"Moussa"_s, u"9999"_s, m_tillToken);
    m_cashier = login(u"Awa"_s, u"1234"_s, m_tillToken);
    QVERIFY(!m_manager.isEmpty() && !m_cashier.isEmpty());

    const HttpTestReply product =
        call(m_manager, "POST", u"/api/v1/products"_s,
             R"({"name":"Bissap","category":"Boissons","unit_price":500,"sku":"B1"})");
    QCOMPARE(product.status, 201);
    m_productId = product.json().value(u"id"_s).toString();
    QVERIFY(!m_productId.isEmpty());

    // An open shift on each terminal: a cashier of the till may see its own, not the office's.
    ShiftStore shifts(m_app->db());
    ShiftStore::Shift opened;
    QCOMPARE(shifts.open(QString::number(till->first.id), QString::number(managerId), 0,
                         ServerClock::nowMs(), &opened),
             ShiftStore::Outcome::Done);
    m_tillShift = opened.id;
    QCOMPARE(shifts.open(m_officeId, QString::number(managerId), 0, ServerClock::nowMs(), &opened),
             ShiftStore::Outcome::Done);
    m_officeShift = opened.id;
}

void tst_ManagerAuth::cleanup()
{
    m_app.reset();
    m_db.reset();
}

qint64 tst_ManagerAuth::addUser(const QString &name, UserRole role, const QString &pin)
{
    UserStore::User user;
    const auto outcome =
        UserStore(m_app->db()).add(name, role, m_app->pinHasher().hash(pin), &user);
    return outcome == UserStore::Outcome::Done ? user.id : 0;
}

QByteArray tst_ManagerAuth::login(const QString &name, const QString &pin,
                                  const QByteArray &token) const
{
    HttpTestClient client(m_app->baseUrl());
    client.setHeader("Authorization", "Bearer " + token);
    const HttpTestReply reply =
        client.post(u"/api/v1/sessions"_s, QJsonObject{{u"user"_s, name}, {u"pin"_s, pin}});
    return reply.status == 201 ? reply.json().value(u"token"_s).toString().toLatin1()
                               : QByteArray();
}

HttpTestReply tst_ManagerAuth::call(const QByteArray &session, const QByteArray &method,
                                    const QString &path, const QByteArray &body,
                                    const QByteArray &token) const
{
    HttpTestClient client(m_app->baseUrl());
    client.setHeader("Authorization", "Bearer " + (token.isEmpty() ? m_tillToken : token));
    if (!session.isEmpty())
        client.setHeader("X-Comptoir-Session", session);
    HttpTestRequest request;
    request.method = method;
    request.path = resolve(path);
    request.body = resolve(QString::fromUtf8(body)).toUtf8();
    if (!body.isEmpty())
        request.contentType = body.startsWith('{') ? "application/json" : "text/csv";
    return client.send(request);
}

QString tst_ManagerAuth::resolve(QString text) const
{
    return text.replace(u"{product}"_s, m_productId)
        .replace(u"{cashier}"_s, m_cashierId)
        .replace(u"{office}"_s, m_officeId)
        .replace(u"{shift}"_s, m_tillShift)
        .replace(u"{office_shift}"_s, m_officeShift)
        .replace(u"{order}"_s, kUnknownOrder);
}

void tst_ManagerAuth::endpoint_noSession401_cashier403_manager200_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Who>("who");

    const QByteArray csv = "sku,barcode,name,category,unit_price\r\nB2,,Zoom-koom,Boissons,300\r\n";
    const auto row = [](const char *name, const QByteArray &method, const QString &path,
                        const QByteArray &body,
                        Who who) { QTest::newRow(name) << method << path << body << who; };
    // Order history.
    row("history list", "GET", u"/api/v1/history"_s, {}, Who::Manager);
    row("history list filtered", "GET", u"/api/v1/history?status=paid&q=226&sort=total_desc"_s, {},
        Who::Manager);
    row("history summary", "GET", u"/api/v1/history/summary"_s, {}, Who::Manager);
    row("history export", "GET", u"/api/v1/history/export.csv"_s, {}, Who::Manager);
    row("history detail", "GET", u"/api/v1/history/{order}"_s, {}, Who::Manager);
    row("order verify", "POST", u"/api/v1/orders/{order}/verify"_s, "{}", Who::Manager);
    row("order review", "POST", u"/api/v1/orders/{order}/review"_s, R"({"note":"vu"})",
        Who::Manager);
    // Reports, shifts and the Z report.
    row("sales report", "GET", u"/api/v1/reports/sales"_s, {}, Who::Manager);
    row("shift list", "GET", u"/api/v1/shifts"_s, {}, Who::Manager);
    row("another terminal's shift", "GET", u"/api/v1/shifts/{office_shift}"_s, {}, Who::Manager);
    row("own terminal's shift", "GET", u"/api/v1/shifts/{shift}"_s, {}, Who::Session);
    row("current shift", "GET", u"/api/v1/shifts/current"_s, {}, Who::Session);
    row("open shift", "POST", u"/api/v1/shifts"_s, R"({"opening_float":10000})", Who::Session);
    row("close own shift", "POST", u"/api/v1/shifts/{shift}/close"_s,
        R"({"counted_cash":0,"note":""})", Who::Session);
    row("close another terminal's shift", "POST", u"/api/v1/shifts/{office_shift}/close"_s,
        R"({"counted_cash":0,"note":""})", Who::Manager);
    // Catalog.
    row("products all", "GET", u"/api/v1/products?all=1"_s, {}, Who::Manager);
    row("product create", "POST", u"/api/v1/products"_s,
        R"({"name":"Dolo","category":"Boissons","unit_price":250,"sku":"D1"})", Who::Manager);
    row("product update", "PUT", u"/api/v1/products/{product}"_s, R"({"active":false})",
        Who::Manager);
    row("categories", "GET", u"/api/v1/categories"_s, {}, Who::Session);
    row("catalog import dry run", "POST", u"/api/v1/catalog/import?dry_run=1"_s, csv, Who::Manager);
    row("catalog import", "POST", u"/api/v1/catalog/import"_s, csv, Who::Manager);
    row("catalog export", "GET", u"/api/v1/catalog/export.csv"_s, {}, Who::Manager);
    // People and terminals.
    row("users list", "GET", u"/api/v1/admin/users"_s, {}, Who::Manager);
    row("user create", "POST", u"/api/v1/admin/users"_s,
        R"({"name":"Ali","role":"manager","pin":"4321"})", Who::Manager);
    row("user pin", "POST", u"/api/v1/admin/users/{cashier}/pin"_s, R"({"pin":"5678"})",
        Who::Manager);
    row("user disable", "POST", u"/api/v1/admin/users/{cashier}/disable"_s, "{}", Who::Manager);
    row("user enable", "POST", u"/api/v1/admin/users/{cashier}/enable"_s, "{}", Who::Manager);
    row("terminals list", "GET", u"/api/v1/admin/terminals"_s, {}, Who::Manager);
    row("terminal create", "POST", u"/api/v1/admin/terminals"_s, R"({"name":"Caisse 3"})",
        Who::Manager);
    row("terminal rename", "PUT", u"/api/v1/admin/terminals/{office}"_s, R"({"name":"Comptoir"})",
        Who::Manager);
    row("terminal revoke", "POST", u"/api/v1/admin/terminals/{office}/revoke"_s, "{}",
        Who::Manager);
    // Unmatched payments.
    row("unmatched list", "GET", u"/api/v1/payments/unmatched"_s, {}, Who::Manager);
    row("unmatched review", "POST", u"/api/v1/payments/unmatched/1/review"_s, R"({"note":"vu"})",
        Who::Manager);
    row("unmatched check", "POST", u"/api/v1/payments/unmatched/1/check"_s, "{}", Who::Manager);
}

void tst_ManagerAuth::endpoint_noSession401_cashier403_manager200()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(Who, who);

    const HttpTestReply anonymous = call({}, method, path, body);
    QVERIFY2(anonymous.status == 401, anonymous.body.constData());
    QCOMPARE(anonymous.errorCode(), u"session_required"_s);

    // A refused cashier changes nothing, so the manager's call below still finds things as set up.
    const HttpTestReply cashier = call(m_cashier, method, path, body);
    if (who == Who::Manager) {
        QVERIFY2(cashier.status == 403, cashier.body.constData());
        QCOMPARE(cashier.errorCode(), u"forbidden"_s);
    } else {
        QVERIFY2(cashier.status != 401 && cashier.status != 403, cashier.body.constData());
    }

    const HttpTestReply manager = call(m_manager, method, path, body);
    QVERIFY2(manager.status != 0 && manager.status != 401 && manager.status != 403,
             manager.body.constData());
    QVERIFY2(manager.status < 500 || manager.status == 502, manager.body.constData());
}

void tst_ManagerAuth::managerSession_onAnotherTerminal_is401()
{
    // A session works only on the terminal it was opened on: a stolen manager session sent with
    // another terminal's token opens nothing.
    const HttpTestReply reply = call(m_manager, "GET", u"/api/v1/history"_s, {}, m_officeToken);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), u"session_invalid"_s);
}

void tst_ManagerAuth::noTerminalToken_is401_evenWithAManagerSession()
{
    HttpTestClient client(m_app->baseUrl());
    client.setHeader("X-Comptoir-Session", m_manager);
    for (const QString &path : {u"/api/v1/history"_s, u"/api/v1/reports/sales"_s,
                                u"/api/v1/admin/users"_s, u"/api/v1/payments/unmatched"_s}) {
        const HttpTestReply reply = client.get(path);
        QVERIFY2(reply.status == 401, qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(tst_ManagerAuth)
#include "tst_manager_auth.moc"
