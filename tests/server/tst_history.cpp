// Order history for managers (docs/manager-api.md, "Order history"), over real HTTP against an
// in-process comptoir-server (payments + history modules) and an in-process fake LigdiCash, on
// SQLite and on a fresh PostgreSQL database per test when COMPTOIR_TEST_PG_URL is set. A known
// set of nine orders is seeded straight into the store; every expectation below is derived from
// that table by hand.

#include "HttpServer.h"
#include "HttpTestClient.h"
#include "PinHasher.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "TerminalStore.h"
#include "TestDatabase.h"
#include "UserStore.h"
#include "history/HistoryCsv.h"
#include "history/HistoryModule.h"
#include "payments/PaymentsModule.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600 * 1000;
// 2026-11-24T08:00:00.000Z
const qint64 kT0 =
    QDateTime(QDate(2026, 11, 24), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();
const QString kZouName = u"Zoé \"Zou\", K."_s;

QString orderId(int n)
{
    return u"c0ffee%1-0000-4000-8000-%2"_s.arg(n, 2, 10, QChar(u'0')).arg(n, 12, 10, QChar(u'0'));
}

struct Seed
{
    int n;
    qint64 createdAt;
    QString status;
    QString method;
    qint64 total;
    int terminal; // 1 or 2
    bool zou;     // cashier Zou, else Awa
    QString operatorName;
    QString payer;
    QString reference;
    QString customerPhone;
    bool paidLate;
    bool mismatch;
    bool invoice;
    qint64 tendered; // 0: none
};

const QList<Seed> &seeds()
{
    static const QList<Seed> table = {
        {1, kT0, u"paid"_s, u"cash"_s, 1500, 1, false, {}, {}, {}, {}, false, false, false, 2000},
        {2,
         kT0 + kHour,
         u"paid"_s,
         u"ligdicash"_s,
         4500,
         1,
         false,
         u"ORANGE BURKINA"_s,
         u"22670000001"_s,
         u"LGD-0002"_s,
         {},
         false,
         false,
         true,
         0},
        {3,
         kT0 + 2 * kHour,
         u"awaiting_payment"_s,
         u"ligdicash"_s,
         3000,
         2,
         true,
         {},
         {},
         {},
         {},
         false,
         false,
         true,
         0},
        {4,
         kT0 + 3 * kHour,
         u"paid"_s,
         u"ligdicash"_s,
         4500,
         2,
         true,
         u"MOOV AFRICA"_s,
         u"22676000004"_s,
         u"LGD-0004"_s,
         {},
         true,
         false,
         true,
         0},
        {5,
         kT0 + 24 * kHour,
         u"failed"_s,
         u"ligdicash"_s,
         2000,
         1,
         false,
         {},
         {},
         {},
         {},
         false,
         false,
         true,
         0},
        {6,
         kT0 + 25 * kHour,
         u"cancelled"_s,
         u"cash"_s,
         1000,
         2,
         false,
         {},
         {},
         {},
         {},
         false,
         false,
         false,
         0},
        {7,
         kT0 + 26 * kHour,
         u"awaiting_payment"_s,
         u"ligdicash"_s,
         4500,
         1,
         true,
         {},
         {},
         {},
         u"22670000007"_s,
         false,
         true,
         true,
         0},
        {8,
         kT0 + 26 * kHour,
         u"paid"_s,
         u"cash"_s,
         4500,
         1,
         true,
         {},
         {},
         {},
         {},
         false,
         false,
         false,
         5000},
        {9,
         kT0 + 47 * kHour,
         u"draft"_s,
         u"ligdicash"_s,
         12000,
         2,
         false,
         {},
         {},
         {},
         {},
         false,
         false,
         false,
         0},
    };
    return table;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

QString invoiceToken(int n)
{
    return u"eyJhbGciOiJIUzI1NiJ9.invoice-%1.x9Qw"_s.arg(n);
}

QStringList idsOf(const QList<int> &numbers)
{
    QStringList ids;
    for (int n : numbers)
        ids.append(orderId(n));
    return ids;
}

} // namespace

class tst_History : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void everyEndpoint_noSession401_cashier403_data();
    void everyEndpoint_noSession401_cashier403();
    void list_newestFirst_withNamesFlagsAndAmounts();
    void paging_walksEveryOrderOnce_evenWithTies_data();
    void paging_walksEveryOrderOnce_evenWithTies();
    void paging_newOrdersArriving_doNotShiftPages();
    void filters_selectTheKnownOrders_data();
    void filters_selectTheKnownOrders();
    void summary_totalsOfTheFilteredSet_data();
    void summary_totalsOfTheFilteredSet();
    void badParameters_are400_namingTheParameter();
    void exportCsv_exactBytes();
    void exportCsv_noFilter_hasEveryOrder();
    void csvTime_matchesQDateTime();
    void detail_linesTimelineTokenHint_fromARealPayment();
    void detail_unknownOrder_is404();
    void verify_awaitingOrderConfirmedCompleted_becomesPaid();
    void verify_cashOrder_is409NoInvoice_unknownIs404();
    void verify_ligdiCashDown_orderUnchanged_stillAnswers();
    void review_flaggedOrder_recordsWhoAndWhen_againReplacesNote();
    void review_unflaggedIs409_badNoteIs400();

private:
    void seed();
    HttpTestClient client(const QByteArray &session) const;
    HttpTestReply get(const QString &path, const QByteArray &session = {}) const;
    QStringList listIds(const QString &query);
    QJsonObject detailOf(const QString &id);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<HttpServer> m_fakeLigdiCash;
    std::unique_ptr<ServerApp> m_app;
    QHash<QString, QJsonObject> m_confirmAnswers; // token -> LigdiCash's confirm answer
    int m_invoices = 0;
    bool m_ligdiCashDown = false;
    qint64 m_now = 0;
    QByteArray m_terminalToken;
    QByteArray m_manager;
    QByteArray m_cashier;
    QString m_terminal1;
    QString m_terminal2;
    QString m_awa;
    QString m_zou;
};

void tst_History::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_History::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(PinHasher::isAvailable());
    ServerClock::setNowForTesting([this] { return m_now; });
}

void tst_History::cleanupTestCase()
{
    ServerClock::setNowForTesting({});
}

void tst_History::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = std::make_unique<TestDatabase>(backend);
    if (!m_db->isAvailable())
        QSKIP("COMPTOIR_TEST_PG_URL is not set (make test starts PostgreSQL)");
    QVERIFY2(m_db->create(), qPrintable(m_db->errorString()));
    m_now = kT0 + 48 * kHour;
    m_confirmAnswers.clear();
    m_invoices = 0;
    m_ligdiCashDown = false;

    m_fakeLigdiCash = std::make_unique<HttpServer>();
    m_fakeLigdiCash->route(
        "POST", u"/pay/v01/redirect/checkout-invoice/create"_s, [this](const HttpRequest &) {
            const QString token = u"eyJhbGciOiJIUzI1NiJ9.created-%1.Ab9Z"_s.arg(++m_invoices);
            return HttpResponse::json(QJsonObject{
                {u"response_code"_s, u"00"_s},
                {u"token"_s, token},
                {u"response_text"_s, QString(u"https://pay.example/invoice/"_s + token)},
                {u"wiki"_s, QString()}});
        });
    m_fakeLigdiCash->route("GET", u"/pay/v01/redirect/checkout-invoice/confirm"_s,
                           [this](const HttpRequest &request) {
                               if (m_ligdiCashDown)
                                   return HttpResponse::error(503, u"down"_s, u"maintenance"_s);
                               const QString token = request.queryValue(u"invoiceToken"_s);
                               return HttpResponse::json(m_confirmAnswers.value(
                                   token, QJsonObject{{u"response_code"_s, u"00"_s},
                                                      {u"status"_s, u"pending"_s},
                                                      {u"amount"_s, QString()},
                                                      {u"montant"_s, QString()},
                                                      {u"operator_name"_s, QString()},
                                                      {u"customer"_s, QJsonValue(QJsonValue::Null)},
                                                      {u"custom_data"_s, QJsonArray()}}));
                           });
    const quint16 fakePort = m_fakeLigdiCash->start(QHostAddress::LocalHost, 0);
    QVERIFY(fakePort != 0);

    ServerConfig config;
    config.set(u"database/url"_s, m_db->url());
    config.set(u"server/listen"_s, u"127.0.0.1:0"_s);
    config.set(u"auth/pin_hash_ops"_s, 1);
    config.set(u"auth/pin_hash_memory_kib"_s, 64);
    config.set(u"ligdicash/base_url"_s, u"http://127.0.0.1:%1"_s.arg(fakePort));
    config.set(u"ligdicash/api_key"_s, u"test-key"_s);
    config.set(u"ligdicash/auth_token"_s, u"test-token"_s);
    // The sweeper must not confirm anything behind the tests' back.
    config.set(u"payments/sweep_interval_ms"_s, 3600000);
    m_app = std::make_unique<ServerApp>(std::move(config));
    m_app->addModule(std::make_unique<PaymentsModule>());
    m_app->addModule(std::make_unique<HistoryModule>());
    QVERIFY2(m_app->start(), qPrintable(m_app->errorString()));

    TerminalStore terminals(m_app->db());
    const auto first = terminals.add(u"Caisse 1"_s);
    const auto second = terminals.add(u"Caisse 2"_s);
    QVERIFY(first && second);
    m_terminal1 = QString::number(first->first.id);
    m_terminal2 = QString::number(second->first.id);
    m_terminalToken = first->second;
    UserStore users(m_app->db());
    UserStore::User awa;
    UserStore::User zou;
    UserStore::User moussa;
    const PinHasher &hasher = m_app->pinHasher();
    QCOMPARE(users.add(u"Awa"_s, UserRole::Cashier, hasher.hash(u"1234"_s), &awa),
             UserStore::Outcome::Done);
    QCOMPARE(users.add(kZouName, UserRole::Cashier, hasher.hash(u"2345"_s), &zou),
             UserStore::Outcome::Done);
    QCOMPARE(users.add(u"Moussa"_s, UserRole::Manager, hasher.hash(u"9999"_s), &moussa),
             UserStore::Outcome::Done);
    m_awa = QString::number(awa.id);
    m_zou = QString::number(zou.id);

    auto login = [this](const QString &user, const QString &pin) {
        HttpTestClient terminal(m_app->baseUrl());
        terminal.setHeader("Authorization", "Bearer " + m_terminalToken);
        const HttpTestReply reply =
            terminal.post(u"/api/v1/sessions"_s, QJsonObject{{u"user"_s, user}, {u"pin"_s, pin}});
        return reply.json().value(u"token"_s).toString().toLatin1();
    };
    m_manager = login(u"Moussa"_s, u"9999"_s);
    m_cashier = login(u"Awa"_s, u"1234"_s);
    QVERIFY(!m_manager.isEmpty() && !m_cashier.isEmpty());
    seed();
}

void tst_History::cleanup()
{
    m_app.reset();
    m_fakeLigdiCash.reset();
    m_db.reset();
}

void tst_History::seed()
{
    Database &db = m_app->db();
    for (const Seed &s : seeds()) {
        const QJsonArray lines{QJsonObject{{u"product_id"_s, u"p-%1"_s.arg(s.n)},
                                           {u"name"_s, u"Article %1"_s.arg(s.n)},
                                           {u"quantity"_s, 1},
                                           {u"unit_price"_s, s.total},
                                           {u"line_total"_s, s.total}}};
        const bool paid = s.status == "paid"_L1;
        const QVariant nullInt(QMetaType(QMetaType::LongLong));
        const QVariant nullText(QMetaType(QMetaType::QString));
        auto text = [&nullText](const QString &value) {
            return value.isEmpty() ? nullText : QVariant(value);
        };
        const auto inserted = db.exec(
            u"INSERT INTO orders (id, terminal_id, cashier_id, method, currency, total, tendered, "
            u"change_due, lines_json, request_hash, status, payment_kind, customer_phone, "
            u"invoice_token, payment_url, invoice_created_at, next_check_at, paid_amount, "
            u"reference, operator_name, payer, flag_mismatch, flag_paid_late, created_at, "
            u"updated_at, paid_at) VALUES (?, ?, ?, ?, 'XOF', ?, ?, ?, ?, 'h', ?, ?, ?, ?, ?, ?, "
            u"?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {orderId(s.n), s.terminal == 1 ? m_terminal1 : m_terminal2, s.zou ? m_zou : m_awa,
             s.method, s.total, s.tendered ? QVariant(s.tendered) : nullInt,
             s.tendered ? QVariant(s.tendered - s.total) : nullInt,
             QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)), s.status,
             s.invoice ? QVariant(u"hosted"_s) : nullText, text(s.customerPhone),
             s.invoice ? QVariant(invoiceToken(s.n)) : nullText,
             s.invoice ? QVariant(u"https://pay.example/"_s + invoiceToken(s.n)) : nullText,
             s.invoice ? QVariant(s.createdAt) : nullInt,
             // Far away: the sweeper stays out of the way.
             s.invoice ? QVariant(s.createdAt + 1000 * kHour) : nullInt,
             paid ? QVariant(s.total) : nullInt, text(s.reference), text(s.operatorName),
             text(s.payer), s.mismatch ? 1 : 0, s.paidLate ? 1 : 0, s.createdAt, s.createdAt,
             paid ? QVariant(s.createdAt + 60000) : nullInt});
        QVERIFY2(inserted, qPrintable(db.errorString()));
        QVERIFY(db.exec(u"INSERT INTO order_events (order_id, at, kind, detail) "
                        u"VALUES (?, ?, 'created', '{}')"_s,
                        {orderId(s.n), s.createdAt}));
    }
}

HttpTestClient tst_History::client(const QByteArray &session) const
{
    HttpTestClient result(m_app->baseUrl());
    result.setHeader("Authorization", "Bearer " + m_terminalToken);
    if (!session.isEmpty())
        result.setHeader("X-Comptoir-Session", session);
    return result;
}

HttpTestReply tst_History::get(const QString &path, const QByteArray &session) const
{
    return client(session.isEmpty() ? m_manager : session).get(path);
}

QStringList tst_History::listIds(const QString &query)
{
    const HttpTestReply reply = get(u"/api/v1/history?limit=500&"_s + query);
    if (reply.status != 200) {
        qWarning() << query << reply.status << reply.body;
        return {u"HTTP %1"_s.arg(reply.status)};
    }
    QStringList ids;
    for (const QJsonValue &order : reply.json().value(u"orders"_s).toArray())
        ids.append(order.toObject().value(u"id"_s).toString());
    return ids;
}

QJsonObject tst_History::detailOf(const QString &id)
{
    const HttpTestReply reply = get(u"/api/v1/history/"_s + id);
    if (reply.status != 200)
        qWarning() << reply.status << reply.body;
    return reply.json();
}

void tst_History::everyEndpoint_noSession401_cashier403_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("list") << QByteArray("GET") << u"/api/v1/history"_s;
    QTest::newRow("summary") << QByteArray("GET") << u"/api/v1/history/summary"_s;
    QTest::newRow("export") << QByteArray("GET") << u"/api/v1/history/export.csv"_s;
    QTest::newRow("detail") << QByteArray("GET") << u"/api/v1/history/"_s + orderId(1);
    QTest::newRow("verify") << QByteArray("POST") << u"/api/v1/orders/%1/verify"_s.arg(orderId(3));
    QTest::newRow("review") << QByteArray("POST") << u"/api/v1/orders/%1/review"_s.arg(orderId(7));
}

void tst_History::everyEndpoint_noSession401_cashier403()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    HttpTestRequest request;
    request.method = method;
    request.path = path;
    if (method == "POST") {
        request.contentType = "application/json";
        request.body = R"({"note":"x"})";
    }
    HttpTestClient anonymous(m_app->baseUrl());
    QCOMPARE(anonymous.send(request).status, 401);
    const HttpTestReply noSession = client({}).send(request);
    QCOMPARE(noSession.status, 401);
    QCOMPARE(noSession.errorCode(), u"session_required"_s);
    const HttpTestReply cashier = client(m_cashier).send(request);
    QCOMPARE(cashier.status, 403);
    QCOMPARE(cashier.errorCode(), u"forbidden"_s);
    // Nothing was changed by the refused calls.
    QCOMPARE(detailOf(orderId(7)).value(u"review"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(detailOf(orderId(3)).value(u"status"_s).toString(), u"awaiting_payment"_s);
}

void tst_History::list_newestFirst_withNamesFlagsAndAmounts()
{
    const HttpTestReply reply = get(u"/api/v1/history"_s);
    QCOMPARE(reply.status, 200);
    const QJsonArray orders = reply.json().value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 9);
    QCOMPARE(reply.json().value(u"next_cursor"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(orders.first().toObject().value(u"id"_s).toString(), orderId(9));

    const auto find = [&orders](int n) {
        for (const QJsonValue &value : orders) {
            if (value.toObject().value(u"id"_s).toString() == orderId(n))
                return value.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject four = find(4);
    QCOMPARE(four.value(u"created_at"_s).toString(), u"2026-11-24T11:00:00.000Z"_s);
    QCOMPARE(four.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(four.value(u"method"_s).toString(), u"ligdicash"_s);
    QCOMPARE(four.value(u"total"_s).toInteger(), 4500);
    QCOMPARE(four.value(u"paid_amount"_s).toInteger(), 4500);
    QCOMPARE(four.value(u"currency"_s).toString(), u"XOF"_s);
    QCOMPARE(four.value(u"terminal_id"_s).toString(), m_terminal2);
    QCOMPARE(four.value(u"terminal_name"_s).toString(), u"Caisse 2"_s);
    QCOMPARE(four.value(u"cashier_id"_s).toString(), m_zou);
    QCOMPARE(four.value(u"cashier_name"_s).toString(), kZouName);
    QCOMPARE(four.value(u"operator_name"_s).toString(), u"MOOV AFRICA"_s);
    QCOMPARE(four.value(u"customer_number"_s).toString(), u"22676000004"_s);
    QCOMPARE(four.value(u"reference"_s).toString(), u"LGD-0004"_s);
    QCOMPARE(four.value(u"flags"_s).toObject(),
             (QJsonObject{
                 {u"amount_mismatch"_s, false}, {u"paid_late"_s, true}, {u"reviewed"_s, false}}));
    const QJsonObject three = find(3);
    QCOMPARE(three.value(u"paid_amount"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(three.value(u"reference"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(find(7).value(u"customer_number"_s).toString(), u"22670000007"_s);
    QCOMPARE(find(7).value(u"flags"_s).toObject().value(u"amount_mismatch"_s).toBool(), true);
    QCOMPARE(find(1).value(u"cashier_name"_s).toString(), u"Awa"_s);
}

void tst_History::paging_walksEveryOrderOnce_evenWithTies_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<int>>("expected");
    // Ties: 7 and 8 were created at the same millisecond; 2, 4, 7 and 8 all total 4500.
    const QList<int> createdDesc{9, 8, 7, 6, 5, 4, 3, 2, 1};
    const QList<int> totalDesc{9, 8, 7, 4, 2, 3, 5, 1, 6};
    QList<int> createdAsc = createdDesc;
    std::reverse(createdAsc.begin(), createdAsc.end());
    QList<int> totalAsc = totalDesc;
    std::reverse(totalAsc.begin(), totalAsc.end());
    // 1: every tie crosses a page boundary; 3: the last page is exactly full (no empty page).
    for (int limit : {1, 3}) {
        QTest::addRow("created_desc/%d", limit) << u"created_desc"_s << limit << createdDesc;
        QTest::addRow("created_asc/%d", limit) << u"created_asc"_s << limit << createdAsc;
        QTest::addRow("total_desc/%d", limit) << u"total_desc"_s << limit << totalDesc;
        QTest::addRow("total_asc/%d", limit) << u"total_asc"_s << limit << totalAsc;
    }
}

void tst_History::paging_walksEveryOrderOnce_evenWithTies()
{
    QFETCH(QString, sort);
    QFETCH(int, limit);
    QFETCH(QList<int>, expected);
    QStringList walked;
    QString cursor;
    int pages = 0;
    do {
        QUrlQuery query;
        query.addQueryItem(u"sort"_s, sort);
        query.addQueryItem(u"limit"_s, QString::number(limit));
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        const HttpTestReply reply = get(u"/api/v1/history?"_s + query.toString(QUrl::FullyEncoded));
        QCOMPARE(reply.status, 200);
        const QJsonArray orders = reply.json().value(u"orders"_s).toArray();
        QVERIFY(orders.size() <= limit);
        for (const QJsonValue &order : orders)
            walked.append(order.toObject().value(u"id"_s).toString());
        cursor = reply.json().value(u"next_cursor"_s).toString();
        QVERIFY(++pages <= 10);
    } while (!cursor.isEmpty());
    QCOMPARE(walked, idsOf(expected));
    QCOMPARE(pages, (expected.size() + limit - 1) / limit);
}

void tst_History::paging_newOrdersArriving_doNotShiftPages()
{
    const HttpTestReply first = get(u"/api/v1/history?limit=3"_s);
    QCOMPARE(first.status, 200);
    const QString cursor = first.json().value(u"next_cursor"_s).toString();
    QVERIFY(!cursor.isEmpty());
    // A sale lands at the top while the manager reads page one.
    QVERIFY(m_app->db().exec(
        u"INSERT INTO orders (id, terminal_id, cashier_id, method, currency, total, lines_json, "
        u"request_hash, status, created_at, updated_at) VALUES (?, ?, ?, 'cash', 'XOF', 700, "
        u"'[]', 'h', 'paid', ?, ?)"_s,
        {orderId(10), m_terminal1, m_awa, m_now, m_now}));
    const HttpTestReply second = get(u"/api/v1/history?limit=3&cursor="_s + cursor);
    QCOMPARE(second.status, 200);
    QStringList ids;
    for (const QJsonValue &order : second.json().value(u"orders"_s).toArray())
        ids.append(order.toObject().value(u"id"_s).toString());
    QCOMPARE(ids, idsOf({6, 5, 4}));
    // A cursor is bound to its sort.
    const HttpTestReply otherSort = get(u"/api/v1/history?sort=total_asc&cursor="_s + cursor);
    QCOMPARE(otherSort.status, 400);
}

void tst_History::filters_selectTheKnownOrders_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected"); // newest first
    QTest::newRow("a day (UTC)") << u"from=2026-11-24&to=2026-11-25"_s << QList<int>{4, 3, 2, 1};
    QTest::newRow("a day at UTC-10")
        << u"from=2026-11-25&to=2026-11-26&tz=-600"_s << QList<int>{9, 8, 7};
    QTest::newRow("ISO times, to excluded")
        << u"from=2026-11-24T09:00:00.000Z&to=2026-11-24T11:00:00Z"_s << QList<int>{3, 2};
    QTest::newRow("status") << u"status=paid"_s << QList<int>{8, 4, 2, 1};
    QTest::newRow("statuses") << u"status=awaiting_payment,failed"_s << QList<int>{7, 5, 3};
    QTest::newRow("method") << u"method=cash"_s << QList<int>{8, 6, 1};
    QTest::newRow("operator, any case") << u"operator=orange%20burkina"_s << QList<int>{2};
    QTest::newRow("min_total") << u"min_total=4500"_s << QList<int>{9, 8, 7, 4, 2};
    QTest::newRow("max_total") << u"max_total=3000"_s << QList<int>{6, 5, 3, 1};
    QTest::newRow("total range") << u"min_total=2000&max_total=4000"_s << QList<int>{5, 3};
    QTest::newRow("flagged") << u"flagged=1"_s << QList<int>{7, 4};
    QTest::newRow("id prefix") << u"q=c0ffee03"_s << QList<int>{3};
    QTest::newRow("id prefix, upper case")
        << u"q=C0FFEE0"_s << QList<int>{9, 8, 7, 6, 5, 4, 3, 2, 1};
    QTest::newRow("reference") << u"q=LGD-0004"_s << QList<int>{4};
    QTest::newRow("customer number suffix") << u"q=70000001"_s << QList<int>{2};
    QTest::newRow("typed number suffix") << u"q=0000007"_s << QList<int>{7};
    QTest::newRow("nothing matches") << u"q=LGD-9999"_s << QList<int>{};
}

void tst_History::filters_selectTheKnownOrders()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);
    QCOMPARE(listIds(query), idsOf(expected));
}

void tst_History::summary_totalsOfTheFilteredSet_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("expected"); // count, total, paid_count, paid_total
    QTest::newRow("everything") << QString() << QList<qint64>{9, 37500, 4, 15000};
    QTest::newRow("a day") << u"from=2026-11-24&to=2026-11-25"_s
                           << QList<qint64>{4, 13500, 3, 10500};
    QTest::newRow("ligdicash, awaiting")
        << u"method=ligdicash&status=awaiting_payment"_s << QList<qint64>{2, 7500, 0, 0};
    QTest::newRow("nothing") << u"q=LGD-9999"_s << QList<qint64>{0, 0, 0, 0};
}

void tst_History::summary_totalsOfTheFilteredSet()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, expected);
    HttpTestReply reply = get(u"/api/v1/history/summary?"_s + query);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE((QList<qint64>{json.value(u"count"_s).toInteger(), json.value(u"total"_s).toInteger(),
                            json.value(u"paid_count"_s).toInteger(),
                            json.value(u"paid_total"_s).toInteger()}),
             expected);

    // The cashier filter, whose id is only known at run time.
    reply = get(u"/api/v1/history/summary?cashier="_s + m_zou);
    QCOMPARE(reply.json().value(u"count"_s).toInteger(), 4);
    QCOMPARE(reply.json().value(u"total"_s).toInteger(), 16500);
    QCOMPARE(reply.json().value(u"paid_count"_s).toInteger(), 2);
    QCOMPARE(reply.json().value(u"paid_total"_s).toInteger(), 9000);
    QCOMPARE(listIds(u"terminal="_s + m_terminal2), idsOf({9, 6, 4, 3}));
    QCOMPARE(listIds(u"cashier=%1&status=paid"_s.arg(m_zou)), idsOf({8, 4}));
}

void tst_History::badParameters_are400_namingTheParameter()
{
    const QList<QPair<QString, QString>> cases{
        {u"from=yesterday"_s, u"from"_s},
        {u"to=2026-13-45"_s, u"to"_s},
        {u"status=paid,lost"_s, u"status"_s},
        {u"method=card"_s, u"method"_s},
        {u"terminal=Caisse"_s, u"terminal"_s},
        {u"cashier=-1"_s, u"cashier"_s},
        {u"min_total=12.5"_s, u"min_total"_s},
        {u"max_total=-1"_s, u"max_total"_s},
        {u"flagged=yes"_s, u"flagged"_s},
        {u"sort=name"_s, u"sort"_s},
        {u"limit=0"_s, u"limit"_s},
        {u"limit=501"_s, u"limit"_s},
        {u"cursor=not-a-cursor"_s, u"cursor"_s},
        {u"tz=900"_s, u"tz"_s},
        {u"q="_s + QString(101, u'x'), u"q"_s},
    };
    for (const auto &[query, parameter] : cases) {
        for (const QString &path : {u"/api/v1/history"_s, u"/api/v1/history/summary"_s,
                                    u"/api/v1/history/export.csv"_s}) {
            const HttpTestReply reply = get(path + u'?' + query);
            const QJsonObject error = reply.json().value(u"error"_s).toObject();
            const QString where = path + u'?' + query;
            QVERIFY2(reply.status == 400, qPrintable(where));
            QVERIFY2(reply.errorCode() == "bad_request"_L1, qPrintable(where));
            QVERIFY2(error.value(u"field"_s).toString() == parameter, qPrintable(where));
            QVERIFY2(error.value(u"message"_s).toString().contains(parameter),
                     qPrintable(error.value(u"message"_s).toString()));
        }
    }
}

void tst_History::exportCsv_exactBytes()
{
    const HttpTestReply reply =
        get(u"/api/v1/history/export.csv?sort=created_asc&tz=60&cashier="_s + m_zou);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    const QByteArray zou = "\"Zo\xC3\xA9 \"\"Zou\"\", K.\"";
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "order_id,created_at,status,method,total,paid_amount,currency,terminal,cashier,operator,"
        "customer_number,reference,tendered,change,flags\r\n" +
        orderId(3).toLatin1() +
        ",2026-11-24 11:00:00,awaiting_payment,ligdicash,3000,,XOF,"
        "Caisse 2," +
        zou + ",,,,,,\r\n" + orderId(4).toLatin1() +
        ",2026-11-24 12:00:00,paid,ligdicash,4500,4500,XOF,Caisse 2," + zou +
        ",MOOV AFRICA,22676000004,LGD-0004,,,paid_late\r\n" + orderId(7).toLatin1() +
        ",2026-11-25 11:00:00,awaiting_payment,ligdicash,4500,,XOF,Caisse 1," + zou +
        ",,22670000007,,,,amount_mismatch\r\n" + orderId(8).toLatin1() +
        ",2026-11-25 11:00:00,paid,cash,4500,4500,XOF,Caisse 1," + zou + ",,,,5000,500,\r\n";
    QCOMPARE(reply.body, expected);
}

void tst_History::exportCsv_noFilter_hasEveryOrder()
{
    const HttpTestReply reply = get(u"/api/v1/history/export.csv"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.startsWith("\xEF\xBB\xBF"
                                  "order_id,"));
    const QList<QByteArray> rows = reply.body.split('\n');
    // Header, nine rows, and the empty piece after the last CRLF.
    QCOMPARE(rows.size(), 11);
    QVERIFY(
        rows.at(1).startsWith(QByteArray(orderId(9).toLatin1() + ",2026-11-26 07:00:00,draft,")));
    QVERIFY(rows.at(9).endsWith("\r"));
}

void tst_History::csvTime_matchesQDateTime()
{
    const QList<qint64> times{
        0, -1, kT0, kT0 + 999,
        // Leap days, the turn of a century, before 1970.
        QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59), QTimeZone::utc()).toMSecsSinceEpoch(),
        QDateTime(QDate(2000, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
        QDateTime(QDate(1969, 12, 31), QTime(12, 30), QTimeZone::utc()).toMSecsSinceEpoch()};
    for (qint64 ms : times) {
        for (int tz : {0, 60, -600, 840, -720}) {
            QByteArray written;
            HistoryCsv::appendTime(written, ms, tz);
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(tz * 60))
                                         .toString(u"yyyy-MM-dd HH:mm:ss"_s);
            QVERIFY2(QString::fromLatin1(written) == expected,
                     qPrintable(u"%1 at %2: %3, expected %4"_s.arg(ms).arg(tz).arg(
                         QString::fromLatin1(written), expected)));
        }
    }
}

void tst_History::detail_linesTimelineTokenHint_fromARealPayment()
{
    // A LigdiCash sale through the real endpoints, paid after a callback that arrives twice
    // (JSON, then the same as a form).
    HttpTestClient cashier = client(m_cashier);
    const QString id = orderId(20);
    const HttpTestReply created =
        cashier.post(u"/api/v1/orders"_s,
                     QJsonObject{{u"id"_s, id},
                                 {u"lines"_s, QJsonArray{QJsonObject{{u"product_id"_s, u"p-1"_s},
                                                                     {u"name"_s, u"Sucre 1 kg"_s},
                                                                     {u"quantity"_s, 2},
                                                                     {u"unit_price"_s, 1250},
                                                                     {u"line_total"_s, 2500}}}},
                                 {u"total"_s, 2500},
                                 {u"currency"_s, u"XOF"_s},
                                 {u"method"_s, u"ligdicash"_s}});
    QCOMPARE(created.status, 201);
    QCOMPARE(cashier.post(u"/api/v1/orders/%1/payment"_s.arg(id), QJsonObject()).status, 200);
    const QString token = u"eyJhbGciOiJIUzI1NiJ9.created-1.Ab9Z"_s;
    m_confirmAnswers.insert(token, QJsonObject{{u"response_code"_s, u"00"_s},
                                               {u"status"_s, u"completed"_s},
                                               {u"amount"_s, 2500},
                                               {u"montant"_s, 2500},
                                               {u"operator_id"_s, u"11"_s},
                                               {u"operator_name"_s, u"ORANGE BURKINA"_s},
                                               {u"customer"_s, u"22670112233"_s},
                                               {u"request_id"_s, u"P123"_s},
                                               {u"transaction_id"_s, u"LGD-2020"_s},
                                               {u"custom_data"_s, QJsonArray()}});
    const QJsonObject callback{
        {u"date"_s, u"2026-11-26 08:00:00+00"_s},
        {u"token"_s, QString()},
        {u"amount"_s, 2500},
        {u"montant"_s, 2500},
        {u"status"_s, u"completed"_s},
        {u"customer"_s, u"22670112233"_s},
        {u"request_id"_s, u"P123"_s},
        {u"custom_data"_s,
         QJsonArray{QJsonObject{{u"keyof_customdata"_s, u"transaction_id"_s},
                                {u"valueof_customdata"_s, id},
                                {u"datecreation_customdata"_s, u"2026-11-26 08:00:00.000000"_s}}}},
        {u"external_id"_s, id},
        {u"operator_id"_s, u"11"_s},
        {u"operator_name"_s, u"ORANGE BURKINA"_s},
        {u"response_code"_s, u"00"_s},
        {u"response_text"_s, QString()},
        {u"description"_s, QString()},
    };
    HttpTestClient ligdicash(m_app->baseUrl());
    QCOMPARE(ligdicash.post(u"/api/v1/ligdicash/callback"_s, callback).status, 200);
    QTRY_COMPARE(detailOf(id).value(u"status"_s).toString(), u"paid"_s);
    // Its form-encoded twin (nested values as JSON strings), as LigdiCash also sends.
    QUrlQuery form;
    for (auto it = callback.begin(); it != callback.end(); ++it) {
        const QString value =
            it->isArray()
                ? QString::fromUtf8(QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact))
                : it->toVariant().toString();
        form.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    QCOMPARE(ligdicash
                 .postRaw(u"/api/v1/ligdicash/callback"_s, "application/x-www-form-urlencoded",
                          form.query(QUrl::FullyEncoded).toLatin1())
                 .status,
             200);

    QJsonObject detail;
    QTRY_VERIFY((detail = detailOf(id)).value(u"timeline"_s).toArray().size() >= 7);
    QCOMPARE(detail.value(u"lines"_s).toArray(),
             (QJsonArray{QJsonObject{{u"product_id"_s, u"p-1"_s},
                                     {u"name"_s, u"Sucre 1 kg"_s},
                                     {u"unit_price"_s, 1250},
                                     {u"quantity"_s, 2},
                                     {u"line_total"_s, 2500}}}));
    QCOMPARE(detail.value(u"cashier_name"_s).toString(), u"Awa"_s);
    QCOMPARE(detail.value(u"terminal_name"_s).toString(), u"Caisse 1"_s);
    QCOMPARE(detail.value(u"payment_kind"_s).toString(), u"hosted"_s);
    QCOMPARE(detail.value(u"invoice_token_hint"_s).toString(), u"eyJhbG…Ab9Z"_s);
    QVERIFY(!detail.value(u"invoice_token_hint"_s).toString().contains(u"created-1"_s));
    QCOMPARE(detail.value(u"request_reference"_s).toString(), id);
    QCOMPARE(detail.value(u"reference"_s).toString(), u"LGD-2020"_s);
    QCOMPARE(detail.value(u"customer_number"_s).toString(), u"22670112233"_s);
    QCOMPARE(detail.value(u"paid_amount"_s).toInteger(), 2500);
    QCOMPARE(detail.value(u"paid_at"_s).toString(), isoUtc(m_now));
    QCOMPARE(detail.value(u"tendered"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(detail.value(u"review"_s), QJsonValue(QJsonValue::Null));

    QStringList kinds;
    QList<QJsonObject> callbacks;
    QJsonObject confirm;
    for (const QJsonValue &value : detail.value(u"timeline"_s).toArray()) {
        const QJsonObject event = value.toObject();
        kinds.append(event.value(u"kind"_s).toString());
        if (kinds.last() == "callback"_L1)
            callbacks.append(event.value(u"detail"_s).toObject());
        if (kinds.last() == "confirm"_L1)
            confirm = event.value(u"detail"_s).toObject();
    }
    QCOMPARE(kinds, (QStringList{u"created"_s, u"invoice_requested"_s, u"invoice_created"_s,
                                 u"callback"_s, u"confirm"_s, u"paid"_s, u"callback"_s}));
    QCOMPARE(callbacks.size(), 2);
    QCOMPARE(callbacks.at(0).value(u"encoding"_s).toString(), u"json"_s);
    QCOMPARE(callbacks.at(0).value(u"duplicate"_s).toBool(), false);
    QCOMPARE(callbacks.at(1).value(u"encoding"_s).toString(), u"form"_s);
    QCOMPARE(callbacks.at(1).value(u"duplicate"_s).toBool(), true);
    QCOMPARE(confirm.value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(confirm.value(u"response_code"_s).toString(), u"00"_s);

    // Paid: LigdiCash's page (its address carries the token) is gone from the answer, timeline
    // included; only the hint names the token.
    QCOMPARE(detail.value(u"payment_url"_s), QJsonValue(QJsonValue::Null));
    QVERIFY(!QJsonDocument(detail).toJson().contains(token.toUtf8()));
    QVERIFY(!QJsonDocument(detail).toJson().contains("created-1"));
}

void tst_History::detail_unknownOrder_is404()
{
    QCOMPARE(get(u"/api/v1/history/"_s + orderId(42)).status, 404);
    QCOMPARE(get(u"/api/v1/history/not-an-id"_s).status, 404);
}

void tst_History::verify_awaitingOrderConfirmedCompleted_becomesPaid()
{
    m_confirmAnswers.insert(invoiceToken(3), QJsonObject{{u"response_code"_s, u"00"_s},
                                                         {u"status"_s, u"completed"_s},
                                                         {u"amount"_s, 3000},
                                                         {u"montant"_s, 3000},
                                                         {u"operator_name"_s, u"ORANGE BURKINA"_s},
                                                         {u"customer"_s, u"22670333333"_s},
                                                         {u"request_id"_s, u"P3"_s},
                                                         {u"custom_data"_s, QJsonArray()}});
    HttpTestClient manager = client(m_manager);
    const HttpTestReply reply =
        manager.post(u"/api/v1/orders/%1/verify"_s.arg(orderId(3)), QJsonObject());
    QCOMPARE(reply.status, 200);
    const QJsonObject detail = reply.json();
    QCOMPARE(detail.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(detail.value(u"paid_amount"_s).toInteger(), 3000);
    QCOMPARE(detail.value(u"customer_number"_s).toString(), u"22670333333"_s);
    QStringList kinds;
    QJsonObject reverified;
    for (const QJsonValue &value : detail.value(u"timeline"_s).toArray()) {
        kinds.append(value.toObject().value(u"kind"_s).toString());
        if (kinds.last() == "reverified"_L1)
            reverified = value.toObject().value(u"detail"_s).toObject();
    }
    QCOMPARE(kinds, (QStringList{u"created"_s, u"confirm"_s, u"paid"_s, u"reverified"_s}));
    QCOMPARE(reverified.value(u"by_name"_s).toString(), u"Moussa"_s);
    QCOMPARE(reverified.value(u"status_before"_s).toString(), u"awaiting_payment"_s);
    QCOMPARE(reverified.value(u"status_after"_s).toString(), u"paid"_s);
    QCOMPARE(listIds(u"status=paid"_s), idsOf({8, 4, 3, 2, 1}));

    // A failed order is final for its token, as for the sweeper: LigdiCash is not asked.
    const HttpTestReply failed =
        manager.post(u"/api/v1/orders/%1/verify"_s.arg(orderId(5)), QJsonObject());
    QCOMPARE(failed.status, 200);
    QCOMPARE(failed.json().value(u"status"_s).toString(), u"failed"_s);
    const QJsonArray timeline = failed.json().value(u"timeline"_s).toArray();
    QCOMPARE(timeline.last().toObject().value(u"kind"_s).toString(), u"reverified"_s);
    QCOMPARE(timeline.last().toObject().value(u"detail"_s).toObject().value(u"asked_ligdicash"_s),
             QJsonValue(false));
}

void tst_History::verify_cashOrder_is409NoInvoice_unknownIs404()
{
    HttpTestClient manager = client(m_manager);
    for (int n : {1, 9}) {
        const HttpTestReply reply =
            manager.post(u"/api/v1/orders/%1/verify"_s.arg(orderId(n)), QJsonObject());
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), u"no_invoice"_s);
    }
    QCOMPARE(manager.post(u"/api/v1/orders/%1/verify"_s.arg(orderId(42)), QJsonObject()).status,
             404);
}

void tst_History::verify_ligdiCashDown_orderUnchanged_stillAnswers()
{
    m_ligdiCashDown = true;
    const HttpTestReply reply =
        client(m_manager).post(u"/api/v1/orders/%1/verify"_s.arg(orderId(3)), QJsonObject());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"status"_s).toString(), u"awaiting_payment"_s);
    const QJsonObject last = reply.json().value(u"timeline"_s).toArray().last().toObject();
    QCOMPARE(last.value(u"kind"_s).toString(), u"reverified"_s);
    QCOMPARE(last.value(u"detail"_s).toObject().value(u"asked_ligdicash"_s), QJsonValue(true));
    QCOMPARE(last.value(u"detail"_s).toObject().value(u"status_after"_s).toString(),
             u"awaiting_payment"_s);
}

void tst_History::review_flaggedOrder_recordsWhoAndWhen_againReplacesNote()
{
    HttpTestClient manager = client(m_manager);
    const QString path = u"/api/v1/orders/%1/review"_s.arg(orderId(7));
    HttpTestReply reply = manager.post(path, QJsonObject{{u"note"_s, u"Client a payé 200 de moins, "
                                                                     u"réglé en espèces."_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"review"_s).toObject(),
             (QJsonObject{{u"at"_s, isoUtc(m_now)},
                          {u"by_name"_s, u"Moussa"_s},
                          {u"note"_s, u"Client a payé 200 de moins, réglé en espèces."_s}}));
    QCOMPARE(reply.json().value(u"flags"_s).toObject().value(u"reviewed"_s).toBool(), true);
    // Reviewed flags leave the "flagged" list.
    QCOMPARE(listIds(u"flagged=1"_s), idsOf({4}));

    m_now += 60000;
    reply = manager.post(path, QJsonObject{{u"note"_s, u"Vérifié avec LigdiCash."_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"review"_s).toObject().value(u"note"_s).toString(),
             u"Vérifié avec LigdiCash."_s);
    int reviewed = 0;
    for (const QJsonValue &value : reply.json().value(u"timeline"_s).toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value(u"kind"_s).toString() == "reviewed"_L1) {
            ++reviewed;
            QCOMPARE(event.value(u"detail"_s).toObject().value(u"by_name"_s).toString(),
                     u"Moussa"_s);
        }
    }
    QCOMPARE(reviewed, 2);
    const QByteArray csv = get(u"/api/v1/history/export.csv?q="_s + orderId(7)).body;
    QVERIFY2(csv.endsWith(",amount_mismatch reviewed\r\n"), csv.constData());
}

void tst_History::review_unflaggedIs409_badNoteIs400()
{
    HttpTestClient manager = client(m_manager);
    HttpTestReply reply = manager.post(u"/api/v1/orders/%1/review"_s.arg(orderId(1)),
                                       QJsonObject{{u"note"_s, u"ok"_s}});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), u"not_flagged"_s);
    const QString path = u"/api/v1/orders/%1/review"_s.arg(orderId(4));
    for (const QJsonObject &body :
         {QJsonObject(), QJsonObject{{u"note"_s, u"  "_s}}, QJsonObject{{u"note"_s, 12}},
          QJsonObject{{u"note"_s, QString(501, u'n')}}}) {
        reply = manager.post(path, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"note"_s);
    }
    QCOMPARE(manager.postRaw(path, "application/json", "[1,2]").status, 400);
    QCOMPARE(
        manager
            .post(u"/api/v1/orders/%1/review"_s.arg(orderId(42)), QJsonObject{{u"note"_s, u"x"_s}})
            .status,
        404);
    QCOMPARE(detailOf(orderId(4)).value(u"review"_s), QJsonValue(QJsonValue::Null));
}

QTEST_GUILESS_MAIN(tst_History)
#include "tst_history.moc"
