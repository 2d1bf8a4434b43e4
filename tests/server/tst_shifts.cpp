// Shifts and the end-of-day Z report (docs/manager-api.md) over real HTTP against an in-process
// server on port 0: opening with a float, the blind current shift, closing with a count (orders
// stamped and the report frozen in one transaction, every figure checked to the franc), the
// manager approval over shifts/difference_limit with the PIN lockout, idempotent repeated closes,
// late orders going to the next shift, reprint and list rights. Orders are seeded straight into
// the orders table with known amounts. Runs on SQLite, then on a fresh PostgreSQL database per
// test when COMPTOIR_TEST_PG_URL is set.

#include "HttpTestClient.h"
#include "PgTestDatabase.h"
#include "PinHasher.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "TerminalStore.h"
#include "UserStore.h"
#include "reports/ReportsModule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60 * 1000;

struct SeedOrder
{
    QString id;
    QString method;
    QString status;
    qint64 total = 0;
    std::optional<qint64> tendered;
    std::optional<qint64> change;
    QString operatorName;
    QString cashier; // "awa" | "ali" | "moussa"
    bool paidLate = false;
};

} // namespace

class TestShifts : public QObject
{
    Q_OBJECT

public:
    explicit TestShifts(bool postgres)
        : m_postgres(postgres)
    {}

private:
    const bool m_postgres;
    std::unique_ptr<PgTestDatabase> m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;
    qint64 m_now = 0;
    QString m_databaseUrl;
    std::unique_ptr<ServerApp> m_app;
    QByteArray m_caisse1;
    QByteArray m_caisse2;
    QString m_caisse1Id;
    QString m_caisse2Id;
    QHash<QString, QString> m_userIds; // "awa" -> "2"
    qint64 m_limit = 500;

    void startServer(qint64 differenceLimit)
    {
        ServerConfig config;
        config.set(u"database/url"_s, m_databaseUrl);
        config.set(u"server/listen"_s, u"127.0.0.1:0"_s);
        config.set(u"auth/pin_hash_ops"_s, 1);
        config.set(u"auth/pin_hash_memory_kib"_s, 64);
        // The tests move the clock by hours within one session.
        config.set(u"auth/session_idle_minutes"_s, 24 * 60);
        config.set(u"auth/session_lifetime_minutes"_s, 24 * 60);
        config.set(u"auth/pin_max_attempts"_s, 3);
        QVERIFY(config.set(u"shifts/difference_limit"_s, differenceLimit));
        m_app = std::make_unique<ServerApp>(std::move(config));
        m_app->addModule(std::make_unique<ReportsModule>());
        QVERIFY2(m_app->start(), qPrintable(m_app->errorString()));
        const auto caisse1 = TerminalStore(m_app->db()).add(u"Caisse 1"_s);
        const auto caisse2 = TerminalStore(m_app->db()).add(u"Caisse 2"_s);
        QVERIFY(caisse1 && caisse2);
        m_caisse1 = caisse1->second;
        m_caisse2 = caisse2->second;
        m_caisse1Id = QString::number(caisse1->first.id);
        m_caisse2Id = QString::number(caisse2->first.id);
        const struct
        {
            const char *key;
            QString name;
            UserRole role;
        } people[] = {{"moussa", u"Moussa"_s, UserRole::Manager},
                      {"awa", u"Awa"_s, UserRole::Cashier},
                      {"ali", u"Ali"_s, UserRole::Cashier}};
        for (const auto &person : people) {
            UserStore::User user;
            QCOMPARE(UserStore(m_app->db())
                         .add(person.name, person.role,
                              m_app->pinHasher().hash(person.role == UserRole::Manager ? u"9999"_s
                                                                                       : u"1234"_s),
                              &user),
                     UserStore::Outcome::Done);
            m_userIds.insert(QLatin1StringView(person.key), QString::number(user.id));
        }
    }

    HttpTestClient client(const QByteArray &terminal, const QByteArray &session = {}) const
    {
        HttpTestClient http(m_app->baseUrl());
        http.setHeader("Authorization", "Bearer " + terminal);
        if (!session.isEmpty())
            http.setHeader("X-Comptoir-Session", session);
        return http;
    }

    QByteArray login(const QString &name, const QByteArray &terminal) const
    {
        const QString pin = name == "Moussa"_L1 ? u"9999"_s : u"1234"_s;
        const HttpTestReply reply = client(terminal).post(
            u"/api/v1/sessions"_s, QJsonObject{{u"user"_s, name}, {u"pin"_s, pin}});
        if (reply.status != 201)
            qWarning() << "login" << name << reply.status << reply.body;
        return reply.json().value(u"token"_s).toString().toLatin1();
    }

    void seed(const SeedOrder &order, const QString &terminalId, qint64 createdAt)
    {
        const QJsonArray lines{QJsonObject{{u"product_id"_s, QString(u"p-"_s + order.id)},
                                           {u"name"_s, order.id},
                                           {u"quantity"_s, 1},
                                           {u"unit_price"_s, order.total},
                                           {u"line_total"_s, order.total}}};
        const auto nullable = [](const std::optional<qint64> &value) {
            return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
        };
        const auto query = m_app->db().exec(
            u"INSERT INTO orders (id, terminal_id, cashier_id, method, currency, total, tendered, "
            u"change_due, lines_json, request_hash, status, operator_name, flag_paid_late, "
            u"created_at, updated_at) VALUES (?, ?, ?, ?, 'XOF', ?, ?, ?, ?, 'h', ?, ?, ?, ?, ?)"_s,
            {order.id, terminalId, m_userIds.value(order.cashier), order.method, order.total,
             nullable(order.tendered), nullable(order.change),
             QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)), order.status,
             order.operatorName, order.paidLate ? 1 : 0, createdAt, createdAt});
        QVERIFY2(query, qPrintable(m_app->db().errorString()));
    }

    // A day of Caisse 1 (see closeShift_withinLimit_freezesEveryFigure for the sums), plus a
    // sale of Caisse 2 that must not join Caisse 1's shift.
    void seedDay(qint64 from)
    {
        const QList<SeedOrder> orders = {
            {u"c1"_s, u"cash"_s, u"paid"_s, 4500, 5000, 500, {}, u"awa"_s},
            {u"c2"_s, u"cash"_s, u"paid"_s, 7000, 10000, 3000, {}, u"ali"_s},
            {u"c3"_s, u"cash"_s, u"paid"_s, 1200, std::nullopt, std::nullopt, {}, u"awa"_s},
            {u"l1"_s, u"ligdicash"_s, u"paid"_s, 3000, {}, {}, u"ORANGE BURKINA"_s, u"awa"_s},
            {u"l2"_s, u"ligdicash"_s, u"paid"_s, 1300, {}, {}, u"MOOV AFRICA"_s, u"ali"_s},
            {u"l3"_s, u"ligdicash"_s, u"paid"_s, 5000, {}, {}, u"ORANGE BURKINA"_s, u"awa"_s, true},
            {u"l4"_s, u"ligdicash"_s, u"awaiting_payment"_s, 2500, {}, {}, {}, u"awa"_s},
            {u"f1"_s, u"ligdicash"_s, u"failed"_s, 2000, {}, {}, {}, u"ali"_s},
            {u"x1"_s, u"ligdicash"_s, u"cancelled"_s, 900, {}, {}, {}, u"awa"_s},
            {u"e1"_s, u"ligdicash"_s, u"expired"_s, 800, {}, {}, {}, u"ali"_s},
        };
        qint64 at = from;
        for (const SeedOrder &order : orders) {
            at += kMinute;
            seed(order, m_caisse1Id, at);
        }
        seed({u"other"_s, u"cash"_s, u"paid"_s, 9999, 9999, 0, {}, u"ali"_s}, m_caisse2Id,
             from + kMinute);
    }

    // Opens Caisse 1's shift as Awa with a float of 10 000; returns its id.
    QString openShift(const QByteArray &session, qint64 openingFloat = 10000)
    {
        const HttpTestReply reply =
            client(m_caisse1, session)
                .post(u"/api/v1/shifts"_s, QJsonObject{{u"opening_float"_s, openingFloat}});
        if (reply.status != 201)
            qWarning() << "open shift" << reply.status << reply.body;
        return reply.json().value(u"id"_s).toString();
    }

    HttpTestReply close(const QString &shiftId, const QByteArray &session, QJsonObject body,
                        const QByteArray &terminal = {})
    {
        return client(terminal.isEmpty() ? m_caisse1 : terminal, session)
            .post(u"/api/v1/shifts/%1/close"_s.arg(shiftId), body);
    }

    int ordersOfShift(const QString &shiftId) const
    {
        auto query =
            m_app->db().exec(u"SELECT COUNT(*) FROM orders WHERE shift_id = ?"_s, {shiftId});
        return query && query->next() ? query->value(0).toInt() : -1;
    }

    int failedAttempts(const QString &key) const
    {
        return UserStore(m_app->db()).find(m_userIds.value(key).toLongLong())->failedAttempts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_now = QDateTime(QDate(2026, 11, 25), QTime(7, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        ServerClock::setNowForTesting([this] { return m_now; });
    }

    void cleanupTestCase() { ServerClock::setNowForTesting({}); }

    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 25), QTime(7, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        if (m_postgres) {
            m_pg = std::make_unique<PgTestDatabase>();
            QVERIFY2(m_pg->create(), qPrintable(m_pg->errorString()));
            m_databaseUrl = m_pg->url();
        } else {
            m_databaseUrl = u"sqlite:"_s + m_dir.filePath(u"shifts-%1.sqlite"_s.arg(++m_databases));
        }
        startServer(m_limit);
    }

    void cleanup()
    {
        m_app.reset();
        m_pg.reset();
        m_userIds.clear();
        m_limit = 500;
    }

    void differenceLimit_defaultsTo500_environmentOverrides()
    {
        QCOMPARE(ServerConfig().integer(u"shifts/difference_limit"_s), 500);
        QProcessEnvironment environment;
        environment.insert(u"COMPTOIR_SHIFT_DIFFERENCE_LIMIT"_s, u"750"_s);
        QString error;
        std::optional<ServerConfig> config = ServerConfig::load({}, environment, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->integer(u"shifts/difference_limit"_s), 750);
        environment.insert(u"COMPTOIR_SHIFT_DIFFERENCE_LIMIT"_s, u"-1"_s);
        QVERIFY(!ServerConfig::load({}, environment, &error));
    }

    void openShift_currentShowsNoExpectedCash()
    {
        const QByteArray awa = login(u"Awa"_s, m_caisse1);
        HttpTestClient http = client(m_caisse1, awa);
        QCOMPARE(http.get(u"/api/v1/shifts/current"_s).errorCode(), u"no_shift"_s);
        QCOMPARE(http.get(u"/api/v1/shifts/current"_s).status, 404);

        const HttpTestReply opened =
            http.post(u"/api/v1/shifts"_s, QJsonObject{{u"opening_float"_s, 10000}});
        QCOMPARE(opened.status, 201);
        seedDay(m_now);
        m_now += 60 * kMinute;

        const HttpTestReply current = http.get(u"/api/v1/shifts/current"_s);
        QCOMPARE(current.status, 200);
        const QJsonObject shift = current.json();
        // Blind count: exactly these keys, nothing the cashier could count towards.
        QStringList keys = shift.keys();
        keys.sort();
        QCOMPARE(keys,
                 QStringList({u"id"_s, u"opened_at"_s, u"opened_by_name"_s, u"opening_float"_s}));
        QCOMPARE(shift.value(u"id"_s), opened.json().value(u"id"_s));
        QCOMPARE(shift.value(u"opened_at"_s).toString(), u"2026-11-25T07:00:00.000Z"_s);
        QCOMPARE(shift.value(u"opened_by_name"_s).toString(), u"Awa"_s);
        QCOMPARE(shift.value(u"opening_float"_s).toInteger(), 10000);
        // The other terminal has none.
        QCOMPARE(
            client(m_caisse2, login(u"Ali"_s, m_caisse2)).get(u"/api/v1/shifts/current"_s).status,
            404);
    }

    void openShift_twice_gives409_andBadFloat_gives400()
    {
        const QByteArray awa = login(u"Awa"_s, m_caisse1);
        QVERIFY(!openShift(awa).isEmpty());
        const HttpTestReply again =
            client(m_caisse1, awa)
                .post(u"/api/v1/shifts"_s, QJsonObject{{u"opening_float"_s, 5000}});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"shift_open"_s);
        // Another terminal opens its own.
        QCOMPARE(client(m_caisse2, login(u"Ali"_s, m_caisse2))
                     .post(u"/api/v1/shifts"_s, QJsonObject{{u"opening_float"_s, 0}})
                     .status,
                 201);
        for (const QJsonValue &bad : {QJsonValue(-1), QJsonValue(10.5), QJsonValue(u"100"_s),
                                      QJsonValue(QJsonValue::Undefined)}) {
            QJsonObject body;
            if (!bad.isUndefined())
                body.insert(u"opening_float"_s, bad);
            const HttpTestReply reply =
                client(m_caisse2, login(u"Ali"_s, m_caisse2)).post(u"/api/v1/shifts"_s, body);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorCode(), u"bad_request"_s);
        }
        // No session: 401.
        QCOMPARE(client(m_caisse1)
                     .post(u"/api/v1/shifts"_s, QJsonObject{{u"opening_float"_s, 1}})
                     .status,
                 401);
    }

    void closeShift_withinLimit_freezesEveryFigure()
    {
        const QByteArray awa = login(u"Awa"_s, m_caisse1);
        const QString shiftId = openShift(awa);
        QVERIFY(!shiftId.isEmpty());
        seedDay(m_now);
        m_now += 11 * 3600 * 1000;

        // Expected: 10 000 + (5 000 + 10 000 + 1 200) - (500 + 3 000) = 22 700; counted 22 400.
        const HttpTestReply reply =
            close(shiftId, awa, QJsonObject{{u"counted_cash"_s, 22400}, {u"note"_s, u"ok"_s}});
        QCOMPARE(reply.status, 200);
        const QJsonObject z = reply.json();
        QCOMPARE(z.value(u"shift_id"_s).toString(), shiftId);
        QCOMPARE(z.value(u"terminal_id"_s).toString(), m_caisse1Id);
        QCOMPARE(z.value(u"terminal_name"_s).toString(), u"Caisse 1"_s);
        QCOMPARE(z.value(u"opened_at"_s).toString(), u"2026-11-25T07:00:00.000Z"_s);
        QCOMPARE(z.value(u"closed_at"_s).toString(), u"2026-11-25T18:00:00.000Z"_s);
        QCOMPARE(z.value(u"opened_by_name"_s).toString(), u"Awa"_s);
        QCOMPARE(z.value(u"closed_by_name"_s).toString(), u"Awa"_s);
        QVERIFY(z.value(u"approved_by_name"_s).isNull());
        QCOMPARE(z.value(u"opening_float"_s).toInteger(), 10000);
        QCOMPARE(z.value(u"cash_sales"_s).toInteger(), 12700);
        QCOMPARE(z.value(u"cash_tendered"_s).toInteger(), 16200);
        QCOMPARE(z.value(u"change_given"_s).toInteger(), 3500);
        QCOMPARE(z.value(u"expected_cash"_s).toInteger(), 22700);
        QCOMPARE(z.value(u"counted_cash"_s).toInteger(), 22400);
        QCOMPARE(z.value(u"difference"_s).toInteger(), -300);
        QCOMPARE(z.value(u"note"_s).toString(), u"ok"_s);
        QCOMPARE(z.value(u"ligdicash_confirmed"_s).toObject(),
                 QJsonObject({{u"count"_s, 3}, {u"total"_s, 9300}}));
        QCOMPARE(z.value(u"ligdicash_awaiting"_s).toObject(),
                 QJsonObject({{u"count"_s, 1}, {u"total"_s, 2500}}));
        const QJsonArray cashiers = z.value(u"by_cashier"_s).toArray();
        QCOMPARE(cashiers.size(), 2);
        QCOMPARE(cashiers.at(0).toObject(), QJsonObject({{u"key"_s, m_userIds.value(u"awa"_s)},
                                                         {u"label"_s, u"Awa"_s},
                                                         {u"cash_count"_s, 2},
                                                         {u"cash_total"_s, 5700},
                                                         {u"ligdicash_count"_s, 2},
                                                         {u"ligdicash_total"_s, 8000}}));
        QCOMPARE(cashiers.at(1).toObject(), QJsonObject({{u"key"_s, m_userIds.value(u"ali"_s)},
                                                         {u"label"_s, u"Ali"_s},
                                                         {u"cash_count"_s, 1},
                                                         {u"cash_total"_s, 7000},
                                                         {u"ligdicash_count"_s, 1},
                                                         {u"ligdicash_total"_s, 1300}}));
        const QJsonArray operators = z.value(u"by_operator"_s).toArray();
        QCOMPARE(operators.size(), 2);
        QCOMPARE(operators.at(0).toObject(), QJsonObject({{u"key"_s, u"ORANGE BURKINA"_s},
                                                          {u"label"_s, u"ORANGE BURKINA"_s},
                                                          {u"count"_s, 2},
                                                          {u"total"_s, 8000}}));
        QCOMPARE(operators.at(1).toObject(), QJsonObject({{u"key"_s, u"MOOV AFRICA"_s},
                                                          {u"label"_s, u"MOOV AFRICA"_s},
                                                          {u"count"_s, 1},
                                                          {u"total"_s, 1300}}));
        QCOMPARE(z.value(u"order_count"_s).toInteger(), 10);
        QCOMPARE(z.value(u"cancelled_count"_s).toInteger(), 1);
        QCOMPARE(z.value(u"failed_count"_s).toInteger(), 1);

        // The orders were stamped; Caisse 2's was not.
        QCOMPARE(ordersOfShift(shiftId), 10);
        auto other = m_app->db().exec(u"SELECT shift_id FROM orders WHERE id = 'other'"_s);
        QVERIFY(other && other->next());
        QVERIFY(other->value(0).isNull());
        // The terminal has no open shift any more; the reprint is the same report, byte for byte.
        QCOMPARE(client(m_caisse1, awa).get(u"/api/v1/shifts/current"_s).status, 404);
        const HttpTestReply reprint =
            client(m_caisse1, awa).get(u"/api/v1/shifts/%1"_s.arg(shiftId));
        QCOMPARE(reprint.status, 200);
        QCOMPARE(reprint.body, reply.body);
    }

    void closeShift_approvalRule_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("counted");
        QTest::addColumn<bool>("needsApproval");
        // Expected cash is 22 700 with seedDay().
        QTest::newRow("exact") << qint64(500) << qint64(22700) << false;
        QTest::newRow("500 short, at the limit") << qint64(500) << qint64(22200) << false;
        QTest::newRow("500 over, at the limit") << qint64(500) << qint64(23200) << false;
        QTest::newRow("501 short") << qint64(500) << qint64(22199) << true;
        QTest::newRow("501 over") << qint64(500) << qint64(23201) << true;
        QTest::newRow("limit 0, 1 franc off") << qint64(0) << qint64(22701) << true;
        QTest::newRow("limit 5000, 5000 short") << qint64(5000) << qint64(17700) << false;
        QTest::newRow("nothing counted") << qint64(500) << qint64(0) << true;
    }

    void closeShift_approvalRule()
    {
        QFETCH(qint64, limit);
        QFETCH(qint64, counted);
        QFETCH(bool, needsApproval);
        if (limit != 500) {
            // Again on a fresh database, with this limit.
            cleanup();
            m_limit = limit;
            init();
        }
        const QByteArray awa = login(u"Awa"_s, m_caisse1);
        const QString shiftId = openShift(awa);
        seedDay(m_now);
        m_now += 3600 * 1000;
        const HttpTestReply reply = close(shiftId, awa, QJsonObject{{u"counted_cash"_s, counted}});
        if (!needsApproval) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json().value(u"difference"_s).toInteger(), counted - 22700);
            return;
        }
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), u"manager_approval_required"_s);
        // The refusal does not tell the cashier the figure.
        for (const QByteArray &figure :
             {QByteArrayLiteral("22700"), QByteArrayLiteral("22 700"),
              QByteArray::number(counted - 22700), QByteArray::number(22700 - counted)})
            QVERIFY2(!reply.body.contains(figure), reply.body.constData());
        // Nothing happened: still open, no order stamped.
        QCOMPARE(client(m_caisse1, awa).get(u"/api/v1/shifts/current"_s).status, 200);
        QCOMPARE(ordersOfShift(shiftId), 0);
    }

    void closeShift_overLimit_managerPinApproves_wrongPinCounts()
    {
        const QByteArray awa = login(u"Awa"_s, m_caisse1);
        const QString shiftId = openShift(awa);
        seedDay(m_now);
        m_now += 3600 * 1000;
        const QString moussa = m_userIds.value(u"moussa"_s);

        HttpTestReply reply = close(shiftId, awa,
                                    QJsonObject{{u"counted_cash"_s, 21000},
                                                {u"manager_id"_s, moussa},
                                                {u"manager_pin"_s, u"0000"_s}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), u"wrong_pin"_s);
        QCOMPARE(failedAttempts(u"moussa"_s), 1);
        QCOMPARE(ordersOfShift(shiftId), 0);
        // A cashier's PIN is no manager's approval (and is not counted against her).
        reply = close(shiftId, awa,
                      QJsonObject{{u"counted_cash"_s, 21000},
                                  {u"manager_id"_s, m_userIds.value(u"awa"_s)},
                                  {u"manager_pin"_s, u"1234"_s}});
        QCOMPARE(reply.errorCode(), u"wrong_pin"_s);
        QCOMPARE(failedAttempts(u"awa"_s), 0);
        // A PIN without saying whose: 400.
        reply = close(shiftId, awa,
                      QJsonObject{{u"counted_cash"_s, 21000}, {u"manager_pin"_s, u"9999"_s}});
        QCOMPARE(reply.status, 400);

        reply = close(shiftId, awa,
                      QJsonObject{{u"counted_cash"_s, 21000},
                                  {u"note"_s, u"billet de 2000 perdu"_s},
                                  {u"manager_id"_s, moussa},
                                  {u"manager_pin"_s, u"9999"_s}});
        QCOMPARE(reply.status, 200);
        const QJsonObject z = reply.json();
        QCOMPARE(z.value(u"difference"_s).toInteger(), -1700);
        QCOMPARE(z.value(u"closed_by_name"_s).toString(), u"Awa"_s);
        QCOMPARE(z.value(u"approved_by_name"_s).toString(), u"Moussa"_s);
        // The right PIN clears the count of wrong ones.
        QCOMPARE(failedAttempts(u"moussa"_s), 0);
    }

    void closeShift_wrongManagerPins_lockTheManager()
    {
        const QByteArray awa = login(u"Awa"_s, m_caisse1);
        const QString shiftId = openShift(awa);
        seedDay(m_now);
        const QString moussa = m_userIds.value(u"moussa"_s);
        QJsonObject body{{u"counted_cash"_s, 1000}, {u"manager_id"_s, moussa}};
        body.insert(u"manager_pin"_s, u"0000"_s);
        // pin_max_attempts is 3 in this test's configuration.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(close(shiftId, awa, body).errorCode(), u"wrong_pin"_s);
        body.insert(u"manager_pin"_s, u"9999"_s);
        const HttpTestReply locked = close(shiftId, awa, body);
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.errorCode(), u"user_locked"_s);
        QCOMPARE(ordersOfShift(shiftId), 0);
        // The same lockout as the login's.
        const HttpTestReply login = client(m_caisse1).post(
            u"/api/v1/sessions"_s, QJsonObject{{u"user"_s, u"Moussa"_s}, {u"pin"_s, u"9999"_s}});
        QCOMPARE(login.status, 429);
    }

    void closeShift_managerSession_closesWithoutPin()
    {
        const QByteArray awa = login(u"Awa"_s, m_caisse1);
        const QString shiftId = openShift(awa);
        seedDay(m_now);
        m_now += 3600 * 1000;
        const QByteArray moussa = login(u"Moussa"_s, m_caisse1);
        const HttpTestReply reply = close(shiftId, moussa, QJsonObject{{u"counted_cash"_s, 0}});
        QCOMPARE(reply.status, 200);
        const QJsonObject z = reply.json();
        QCOMPARE(z.value(u"difference"_s).toInteger(), -22700);
        QCOMPARE(z.value(u"opened_by_name"_s).toString(), u"Awa"_s);
        QCOMPARE(z.value(u"closed_by_name"_s).toString(), u"Moussa"_s);
        QCOMPARE(z.value(u"approved_by_name"_s).toString(), u"Moussa"_s);
        // Within the limit, a manager closing approves nothing.
        const QString second = openShift(moussa);
        m_now += kMinute;
        const HttpTestReply calm = close(second, moussa, QJsonObject{{u"counted_cash"_s, 10000}});
        QCOMPARE(calm.status, 200);
        QVERIFY(calm.json().value(u"approved_by_name"_s).isNull());
        QCOMPARE(calm.json().value(u"order_count"_s).toInteger(), 0);
    }

    void closeShift_repeated_sameBodySameReport_otherBody409()
    {
        const QByteArray awa = login(u"Awa"_s, m_caisse1);
        const QString shiftId = openShift(awa);
        seedDay(m_now);
        m_now += 3600 * 1000;
        const QJsonObject body{{u"counted_cash"_s, 22700}, {u"note"_s, u"RAS"_s}};
        // Several at once, as a terminal retrying on a bad network could send them.
        QList<HttpTestRequest> requests;
        for (int i = 0; i < 5; ++i) {
            requests.append({QByteArrayLiteral("POST"), u"/api/v1/shifts/%1/close"_s.arg(shiftId),
                             QByteArrayLiteral("application/json"),
                             QJsonDocument(body).toJson(QJsonDocument::Compact)});
        }
        const QList<HttpTestReply> replies = client(m_caisse1, awa).sendConcurrently(requests, 5);
        for (const HttpTestReply &reply : replies) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body, replies.first().body);
        }
        m_now += kMinute;
        // Later, the same retry: the same stored report (its closed_at did not move).
        const HttpTestReply retry = close(shiftId, awa, body);
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.body, replies.first().body);

        QJsonObject other = body;
        other.insert(u"counted_cash"_s, 22600);
        QCOMPARE(close(shiftId, awa, other).errorCode(), u"shift_closed"_s);
        QCOMPARE(close(shiftId, awa, other).status, 409);
        other = body;
        other.insert(u"note"_s, u"autre"_s);
        QCOMPARE(close(shiftId, awa, other).status, 409);
        QCOMPARE(ordersOfShift(shiftId), 10);
    }

    void closedShift_neverChanges_lateOrderGoesToNextShift()
    {
        const QByteArray awa = login(u"Awa"_s, m_caisse1);
        const qint64 openedAt = m_now;
        const QString first = openShift(awa);
        seedDay(m_now);
        m_now += 3600 * 1000;
        const HttpTestReply closed = close(first, awa, QJsonObject{{u"counted_cash"_s, 22700}});
        QCOMPARE(closed.status, 200);

        // An offline cash sale made during the first shift reaches the server after its close.
        seed({u"late"_s, u"cash"_s, u"paid"_s, 3000, 5000, 2000, {}, u"awa"_s}, m_caisse1Id,
             openedAt + 5 * kMinute);
        // An order of the closed shift changes status afterwards (awaiting -> paid).
        QVERIFY(m_app->db().exec(u"UPDATE orders SET status = 'paid', operator_name = "
                                 u"'ORANGE BURKINA' WHERE id = 'l4'"_s));
        m_now += kMinute;
        const HttpTestReply reprint = client(m_caisse1, awa).get(u"/api/v1/shifts/%1"_s.arg(first));
        QCOMPARE(reprint.body, closed.body);
        QCOMPARE(ordersOfShift(first), 10);

        const QString second = openShift(awa, 5000);
        m_now += kMinute;
        const HttpTestReply next = close(second, awa, QJsonObject{{u"counted_cash"_s, 8000}});
        QCOMPARE(next.status, 200);
        const QJsonObject z = next.json();
        QCOMPARE(z.value(u"order_count"_s).toInteger(), 1);
        QCOMPARE(z.value(u"cash_sales"_s).toInteger(), 3000);
        QCOMPARE(z.value(u"cash_tendered"_s).toInteger(), 5000);
        QCOMPARE(z.value(u"change_given"_s).toInteger(), 2000);
        QCOMPARE(z.value(u"expected_cash"_s).toInteger(), 8000);
        QCOMPARE(z.value(u"difference"_s).toInteger(), 0);
        auto late = m_app->db().exec(u"SELECT shift_id FROM orders WHERE id = 'late'"_s);
        QVERIFY(late && late->next());
        QCOMPARE(late->value(0).toString(), second);
        // And the first report still has not moved.
        QCOMPARE(client(m_caisse1, awa).get(u"/api/v1/shifts/%1"_s.arg(first)).body, closed.body);
    }

    void shiftOfAnotherTerminal_cashierCannotCloseOrRead()
    {
        const QByteArray awa = login(u"Awa"_s, m_caisse1);
        const QString shiftId = openShift(awa);
        const QByteArray ali = login(u"Ali"_s, m_caisse2);
        HttpTestReply reply =
            close(shiftId, ali, QJsonObject{{u"counted_cash"_s, 10000}}, m_caisse2);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), u"forbidden"_s);
        QCOMPARE(client(m_caisse2, ali).get(u"/api/v1/shifts/%1"_s.arg(shiftId)).status, 403);
        QCOMPARE(client(m_caisse2, ali).get(u"/api/v1/shifts/unknown"_s).status, 404);
        QCOMPARE(close(u"unknown"_s, awa, QJsonObject{{u"counted_cash"_s, 1}}).status, 404);
        // A manager on Caisse 2 may read it (open: no figures) and close it.
        const QByteArray moussa = login(u"Moussa"_s, m_caisse2);
        reply = client(m_caisse2, moussa).get(u"/api/v1/shifts/%1"_s.arg(shiftId));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status"_s).toString(), u"open"_s);
        QVERIFY(reply.json().value(u"expected_cash"_s).isNull());
        reply = close(shiftId, moussa, QJsonObject{{u"counted_cash"_s, 10000}}, m_caisse2);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"terminal_name"_s).toString(), u"Caisse 1"_s);
        QCOMPARE(reply.json().value(u"closed_by_name"_s).toString(), u"Moussa"_s);
    }

    void closeShift_badBody_gives400()
    {
        const QByteArray awa = login(u"Awa"_s, m_caisse1);
        const QString shiftId = openShift(awa);
        const QList<QJsonObject> bodies = {
            {},
            {{u"counted_cash"_s, -1}},
            {{u"counted_cash"_s, 100.5}},
            {{u"counted_cash"_s, u"100"_s}},
            {{u"counted_cash"_s, 100}, {u"note"_s, QString(501, u'x')}},
            {{u"counted_cash"_s, 100}, {u"manager_id"_s, true}},
        };
        for (const QJsonObject &body : bodies) {
            const HttpTestReply reply = close(shiftId, awa, body);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorCode(), u"bad_request"_s);
        }
        const HttpTestReply raw =
            client(m_caisse1, awa)
                .postRaw(u"/api/v1/shifts/%1/close"_s.arg(shiftId), "application/json", "not json");
        QCOMPARE(raw.status, 400);
        QCOMPARE(client(m_caisse1, awa).get(u"/api/v1/shifts/current"_s).status, 200);
    }

    void listShifts_managerOnly_newestFirst_filtered()
    {
        const QByteArray awa = login(u"Awa"_s, m_caisse1);
        const QString first = openShift(awa);
        seedDay(m_now);
        m_now += 3600 * 1000;
        QCOMPARE(close(first, awa, QJsonObject{{u"counted_cash"_s, 22600}}).status, 200);
        m_now += kMinute;
        const QString second = openShift(awa, 2000);
        m_now += kMinute;
        const QByteArray ali = login(u"Ali"_s, m_caisse2);
        const HttpTestReply third =
            client(m_caisse2, ali)
                .post(u"/api/v1/shifts"_s, QJsonObject{{u"opening_float"_s, 3000}});
        QCOMPARE(third.status, 201);

        QCOMPARE(client(m_caisse1, awa).get(u"/api/v1/shifts"_s).status, 403);
        QCOMPARE(client(m_caisse1).get(u"/api/v1/shifts"_s).status, 401);

        HttpTestClient manager = client(m_caisse1, login(u"Moussa"_s, m_caisse1));
        HttpTestReply reply = manager.get(u"/api/v1/shifts"_s);
        QCOMPARE(reply.status, 200);
        QJsonArray shifts = reply.json().value(u"shifts"_s).toArray();
        QCOMPARE(shifts.size(), 3);
        QCOMPARE(shifts.at(0).toObject().value(u"id"_s), third.json().value(u"id"_s));
        QCOMPARE(shifts.at(1).toObject().value(u"id"_s).toString(), second);
        const QJsonObject closed = shifts.at(2).toObject();
        QCOMPARE(closed.value(u"id"_s).toString(), first);
        QCOMPARE(closed.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(closed.value(u"terminal_name"_s).toString(), u"Caisse 1"_s);
        QCOMPARE(closed.value(u"expected_cash"_s).toInteger(), 22700);
        QCOMPARE(closed.value(u"counted_cash"_s).toInteger(), 22600);
        QCOMPARE(closed.value(u"difference"_s).toInteger(), -100);
        QCOMPARE(closed.value(u"closed_at"_s).toString(), u"2026-11-25T08:00:00.000Z"_s);
        const QJsonObject open = shifts.at(1).toObject();
        QCOMPARE(open.value(u"status"_s).toString(), u"open"_s);
        QVERIFY(open.value(u"closed_at"_s).isNull());
        QVERIFY(open.value(u"expected_cash"_s).isNull());
        QCOMPARE(open.value(u"opening_float"_s).toInteger(), 2000);

        reply = manager.get(u"/api/v1/shifts?terminal="_s + m_caisse2Id);
        QCOMPARE(reply.json().value(u"shifts"_s).toArray().size(), 1);
        reply = manager.get(u"/api/v1/shifts?from=2026-11-25T08:00:00.000Z"_s);
        QCOMPARE(reply.json().value(u"shifts"_s).toArray().size(), 2);
        reply = manager.get(u"/api/v1/shifts?to=2026-11-25T08:00:00.000Z"_s);
        QCOMPARE(reply.json().value(u"shifts"_s).toArray().size(), 1);
        reply = manager.get(u"/api/v1/shifts?from=2026-11-26&tz=0"_s);
        QCOMPARE(reply.json().value(u"shifts"_s).toArray().size(), 0);
        QCOMPARE(manager.get(u"/api/v1/shifts?from=yesterday"_s).status, 400);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    TestShifts sqlite(false);
    int failures = QTest::qExec(&sqlite, argc, argv);
    if (!PgTestDatabase::serverUrl().isEmpty()) {
        TestShifts postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
    } else {
        qInfo("COMPTOIR_TEST_PG_URL is not set: PostgreSQL run skipped");
    }
    return failures;
}
#include "tst_shifts.moc"
