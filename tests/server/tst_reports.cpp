// GET /api/v1/reports/sales (docs/manager-api.md) over real HTTP against an in-process server on
// port 0: managers only, every figure of a seeded day checked to the franc (by method, operator,
// cashier, terminal, hour, day, top products, awaiting), the tz offset moving days and hours,
// bad parameters naming themselves, and an overflowing sum refused rather than wrapped. Orders
// are seeded straight into the orders table. Runs on SQLite, then on a fresh PostgreSQL database
// per test when COMPTOIR_TEST_PG_URL is set.

#include "HttpTestClient.h"
#include "PgTestDatabase.h"
#include "PinHasher.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "TerminalStore.h"
#include "UserStore.h"
#include "reports/ReportsModule.h"
#include "reports/SalesReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

struct Line
{
    QString productId;
    QString name;
    qint64 unitPrice = 0;
    qint64 quantity = 0;
};

QJsonObject group(const QString &key, const QString &label, qint64 count, qint64 total)
{
    return {{u"key"_s, key}, {u"label"_s, label}, {u"count"_s, count}, {u"total"_s, total}};
}

qint64 utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

const Line kBrakina{u"p001"_s, u"Bière Brakina 65 cl"_s, 650, 0};
const Line kCastel{u"p002"_s, u"Bière Castel 65 cl"_s, 700, 0};
const Line kRiz{u"p003"_s, u"Riz 1 kg"_s, 1500, 0};
const Line kPain{u"p004"_s, u"Pain"_s, 250, 0};
const Line kSavon{u"p005"_s, u"Savon"_s, 2550, 0};

Line times(Line line, qint64 quantity)
{
    line.quantity = quantity;
    return line;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

public:
    explicit TestReports(bool postgres)
        : m_postgres(postgres)
    {}

private:
    const bool m_postgres;
    std::unique_ptr<PgTestDatabase> m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;
    qint64 m_now = 0;
    std::unique_ptr<ServerApp> m_app;
    QByteArray m_caisse1;
    QString m_caisse1Id;
    QString m_caisse2Id;
    QString m_awa;
    QString m_ali;
    QByteArray m_manager;
    QByteArray m_cashier;

    QString addUser(const QString &name, UserRole role, const QString &pin)
    {
        UserStore::User user;
        UserStore(m_app->db()).add(name, role, m_app->pinHasher().hash(pin), &user);
        return QString::number(user.id);
    }

    QByteArray login(const QString &name, const QString &pin) const
    {
        HttpTestClient client(m_app->baseUrl());
        client.setHeader("Authorization", "Bearer " + m_caisse1);
        const HttpTestReply reply =
            client.post(u"/api/v1/sessions"_s, QJsonObject{{u"user"_s, name}, {u"pin"_s, pin}});
        return reply.json().value(u"token"_s).toString().toLatin1();
    }

    HttpTestReply report(const QString &query, const QByteArray &session = {}) const
    {
        HttpTestClient client(m_app->baseUrl());
        client.setHeader("Authorization", "Bearer " + m_caisse1);
        client.setHeader("X-Comptoir-Session", session.isEmpty() ? m_manager : session);
        return client.get(u"/api/v1/reports/sales"_s + query);
    }

    void seed(const QString &id, const QString &terminalId, const QString &cashierId,
              const QString &method, const QString &status, const QList<Line> &lines,
              qint64 createdAt, const QString &operatorName = {}, qint64 total = -1)
    {
        QJsonArray json;
        qint64 sum = 0;
        for (const Line &line : lines) {
            json.append(QJsonObject{{u"product_id"_s, line.productId},
                                    {u"name"_s, line.name},
                                    {u"quantity"_s, line.quantity},
                                    {u"unit_price"_s, line.unitPrice},
                                    {u"line_total"_s, line.unitPrice * line.quantity}});
            sum += line.unitPrice * line.quantity;
        }
        const auto query = m_app->db().exec(
            u"INSERT INTO orders (id, terminal_id, cashier_id, method, currency, total, "
            u"lines_json, request_hash, status, operator_name, created_at, updated_at) "
            u"VALUES (?, ?, ?, ?, 'XOF', ?, ?, 'h', ?, ?, ?, ?)"_s,
            {id, terminalId, cashierId, method, total < 0 ? sum : total,
             QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)), status,
             operatorName, createdAt, createdAt});
        QVERIFY2(query, qPrintable(m_app->db().errorString()));
    }

    // Paid on 25 November (UTC): 20 800 francs in 5 orders; see the tests for the breakdown.
    void seedDays()
    {
        const QString t1 = m_caisse1Id;
        const QString t2 = m_caisse2Id;
        const QString cash = u"cash"_s;
        const QString ligdicash = u"ligdicash"_s;
        const QString paid = u"paid"_s;
        seed(u"o1"_s, t1, m_awa, cash, paid, {times(kBrakina, 3), times(kSavon, 1)},
             utc(25, 9, 15));
        seed(u"o2"_s, t1, m_awa, ligdicash, paid, {times(kRiz, 2)}, utc(25, 10, 30),
             u"ORANGE BURKINA"_s);
        seed(u"o3"_s, t2, m_ali, ligdicash, paid, {times(kBrakina, 2)}, utc(25, 10, 45),
             u"MOOV AFRICA"_s);
        seed(u"o4"_s, t2, m_ali, cash, paid, {times(kRiz, 4), times(kPain, 4)}, utc(25, 14, 5));
        // Paid late: created in the morning, confirmed long after; a sale of its creation day.
        seed(u"o8"_s, t2, m_ali, ligdicash, paid, {times(kCastel, 5), times(kPain, 6)},
             utc(25, 8, 0), u"ORANGE BURKINA"_s);
        // Not sales.
        seed(u"o5"_s, t1, m_awa, ligdicash, u"failed"_s, {times(kRiz, 1)}, utc(25, 11, 0));
        seed(u"o6"_s, t2, m_ali, ligdicash, u"cancelled"_s, {times(kPain, 3)}, utc(25, 12, 0));
        seed(u"o7"_s, t1, m_awa, ligdicash, u"awaiting_payment"_s, {times(kSavon, 1)},
             utc(25, 16, 0));
        seed(u"o11"_s, t1, m_awa, ligdicash, u"expired"_s, {times(kSavon, 2)}, utc(25, 17, 0));
        // The evening before (00:30 on the 25th at UTC+1) and just after midnight on the 26th.
        seed(u"o9"_s, t1, m_awa, cash, paid, {times(kPain, 4)}, utc(24, 23, 30));
        seed(u"o10"_s, t1, m_ali, cash, paid, {times(kRiz, 1), times(kPain, 2)}, utc(26, 0, 10));
    }

    static QJsonArray hours(const QMap<int, QPair<qint64, qint64>> &busy)
    {
        QJsonArray array;
        for (int hour = 0; hour < 24; ++hour) {
            const auto entry = busy.value(hour);
            array.append(QJsonObject{
                {u"hour"_s, hour}, {u"count"_s, entry.first}, {u"total"_s, entry.second}});
        }
        return array;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_now = utc(25, 18, 0);
        ServerClock::setNowForTesting([this] { return m_now; });
    }

    void cleanupTestCase() { ServerClock::setNowForTesting({}); }

    void init()
    {
        m_now = utc(25, 18, 0);
        QString url;
        if (m_postgres) {
            m_pg = std::make_unique<PgTestDatabase>();
            QVERIFY2(m_pg->create(), qPrintable(m_pg->errorString()));
            url = m_pg->url();
        } else {
            url = u"sqlite:"_s + m_dir.filePath(u"reports-%1.sqlite"_s.arg(++m_databases));
        }
        ServerConfig config;
        config.set(u"database/url"_s, url);
        config.set(u"server/listen"_s, u"127.0.0.1:0"_s);
        config.set(u"auth/pin_hash_ops"_s, 1);
        config.set(u"auth/pin_hash_memory_kib"_s, 64);
        // The tests move the clock by hours within one session.
        config.set(u"auth/session_idle_minutes"_s, 24 * 60);
        config.set(u"auth/session_lifetime_minutes"_s, 24 * 60);
        m_app = std::make_unique<ServerApp>(std::move(config));
        m_app->addModule(std::make_unique<ReportsModule>());
        QVERIFY2(m_app->start(), qPrintable(m_app->errorString()));
        const auto caisse1 = TerminalStore(m_app->db()).add(u"Caisse 1"_s);
        const auto caisse2 = TerminalStore(m_app->db()).add(u"Caisse 2"_s);
        QVERIFY(caisse1 && caisse2);
        m_caisse1 = caisse1->second;
        m_caisse1Id = QString::number(caisse1->first.id);
        m_caisse2Id = QString::number(caisse2->first.id);
        addUser(u"Moussa"_s, UserRole::Manager, u"9999"_s);
        m_awa = addUser(u"Awa"_s, UserRole::Cashier, u"1234"_s);
        m_ali = addUser(u"Ali"_s, UserRole::Cashier, u"4321"_s);
        m_manager = login(u"Moussa"_s, u"9999"_s);
        m_cashier = login(u"Awa"_s, u"1234"_s);
        QVERIFY(!m_manager.isEmpty() && !m_cashier.isEmpty());
    }

    void cleanup()
    {
        m_app.reset();
        m_pg.reset();
    }

    void salesReport_managersOnly()
    {
        QCOMPARE(report({}, m_cashier).status, 403);
        QCOMPARE(report({}, m_cashier).errorCode(), u"forbidden"_s);
        HttpTestClient anonymous(m_app->baseUrl());
        anonymous.setHeader("Authorization", "Bearer " + m_caisse1);
        QCOMPARE(anonymous.get(u"/api/v1/reports/sales"_s).status, 401);
        QCOMPARE(HttpTestClient(m_app->baseUrl()).get(u"/api/v1/reports/sales"_s).status, 401);
    }

    void salesReport_oneDay_everyFigureToTheFranc()
    {
        seedDays();
        const HttpTestReply reply = report(u"?from=2026-11-25&to=2026-11-26&tz=0"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject r = reply.json();
        QCOMPARE(r.value(u"from"_s).toString(), u"2026-11-25T00:00:00.000Z"_s);
        QCOMPARE(r.value(u"to"_s).toString(), u"2026-11-26T00:00:00.000Z"_s);
        QCOMPARE(r.value(u"count"_s).toInteger(), 5);
        // 4 500 + 3 000 + 1 300 + 7 000 + 5 000
        QCOMPARE(r.value(u"total"_s).toInteger(), 20800);
        QCOMPARE(r.value(u"by_method"_s).toArray(),
                 QJsonArray({group(u"cash"_s, u"cash"_s, 2, 11500),
                             group(u"ligdicash"_s, u"ligdicash"_s, 3, 9300)}));
        QCOMPARE(r.value(u"by_operator"_s).toArray(),
                 QJsonArray({group(u"ORANGE BURKINA"_s, u"ORANGE BURKINA"_s, 2, 8000),
                             group(u"MOOV AFRICA"_s, u"MOOV AFRICA"_s, 1, 1300)}));
        QCOMPARE(r.value(u"by_cashier"_s).toArray(),
                 QJsonArray({group(m_ali, u"Ali"_s, 3, 13300), group(m_awa, u"Awa"_s, 2, 7500)}));
        QCOMPARE(r.value(u"by_terminal"_s).toArray(),
                 QJsonArray({group(m_caisse2Id, u"Caisse 2"_s, 3, 13300),
                             group(m_caisse1Id, u"Caisse 1"_s, 2, 7500)}));
        QCOMPARE(r.value(u"by_hour"_s).toArray(),
                 hours({{8, {1, 5000}}, {9, {1, 4500}}, {10, {2, 4300}}, {14, {1, 7000}}}));
        QCOMPARE(r.value(u"by_day"_s).toArray(),
                 QJsonArray({QJsonObject{
                     {u"date"_s, u"2026-11-25"_s}, {u"count"_s, 5}, {u"total"_s, 20800}}}));
        const auto product = [](const Line &line, qint64 quantity, qint64 total) {
            return QJsonObject{{u"product_id"_s, line.productId},
                               {u"name"_s, line.name},
                               {u"quantity"_s, quantity},
                               {u"total"_s, total}};
        };
        QCOMPARE(r.value(u"top_products"_s).toArray(),
                 QJsonArray({product(kRiz, 6, 9000), product(kCastel, 5, 3500),
                             product(kBrakina, 5, 3250), product(kSavon, 1, 2550),
                             product(kPain, 10, 2500)}));
        QCOMPARE(r.value(u"awaiting"_s).toObject(),
                 QJsonObject({{u"count"_s, 1}, {u"total"_s, 2550}}));
    }

    void salesReport_tzOffset_movesDaysAndHours()
    {
        seedDays();
        // UTC+1: the day runs from 23:00 UTC on the 24th; o9 (23:30 UTC) is a sale of the 25th.
        const HttpTestReply reply = report(u"?from=2026-11-25&to=2026-11-26&tz=60"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject r = reply.json();
        QCOMPARE(r.value(u"from"_s).toString(), u"2026-11-24T23:00:00.000Z"_s);
        QCOMPARE(r.value(u"count"_s).toInteger(), 6);
        QCOMPARE(r.value(u"total"_s).toInteger(), 21800);
        QCOMPARE(r.value(u"by_hour"_s).toArray(), hours({{0, {1, 1000}},
                                                         {9, {1, 5000}},
                                                         {10, {1, 4500}},
                                                         {11, {2, 4300}},
                                                         {15, {1, 7000}}}));
        QCOMPARE(r.value(u"by_day"_s).toArray().size(), 1);
        QCOMPARE(r.value(u"by_day"_s).toArray().at(0).toObject().value(u"total"_s).toInteger(),
                 21800);
        // UTC-1 moves o10 (00:10 UTC on the 26th) back into the 25th, and o9 out.
        const QJsonObject west = report(u"?from=2026-11-25&to=2026-11-26&tz=-60"_s).json();
        QCOMPARE(west.value(u"count"_s).toInteger(), 6);
        QCOMPARE(west.value(u"total"_s).toInteger(), 20800 + 2000);
    }

    void salesReport_severalDays_oneEntryPerDay()
    {
        seedDays();
        const HttpTestReply reply = report(u"?from=2026-11-23&to=2026-11-27"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject r = reply.json();
        QCOMPARE(r.value(u"count"_s).toInteger(), 7);
        QCOMPARE(r.value(u"total"_s).toInteger(), 23800);
        const auto day = [](const QString &date, qint64 count, qint64 total) {
            return QJsonObject{{u"date"_s, date}, {u"count"_s, count}, {u"total"_s, total}};
        };
        QCOMPARE(r.value(u"by_day"_s).toArray(),
                 QJsonArray({day(u"2026-11-23"_s, 0, 0), day(u"2026-11-24"_s, 1, 1000),
                             day(u"2026-11-25"_s, 5, 20800), day(u"2026-11-26"_s, 1, 2000)}));
        // Times, not dates: [10:00, 10:45) holds o2 only.
        const QJsonObject narrow =
            report(u"?from=2026-11-25T10:00:00.000Z&to=2026-11-25T10:45:00.000Z"_s).json();
        QCOMPARE(narrow.value(u"count"_s).toInteger(), 1);
        QCOMPARE(narrow.value(u"total"_s).toInteger(), 3000);
        QCOMPARE(narrow.value(u"by_day"_s).toArray().size(), 1);
    }

    void salesReport_withoutRange_isToday()
    {
        seedDays();
        const QJsonObject r = report({}).json();
        QCOMPARE(r.value(u"from"_s).toString(), u"2026-11-25T00:00:00.000Z"_s);
        QCOMPARE(r.value(u"to"_s).toString(), u"2026-11-26T00:00:00.000Z"_s);
        QCOMPARE(r.value(u"total"_s).toInteger(), 20800);
    }

    void salesReport_emptyRange_zeroes()
    {
        const QJsonObject r = report(u"?from=2026-11-25&to=2026-11-26"_s).json();
        QCOMPARE(r.value(u"count"_s).toInteger(), 0);
        QCOMPARE(r.value(u"total"_s).toInteger(), 0);
        QCOMPARE(r.value(u"by_method"_s).toArray(), QJsonArray());
        QCOMPARE(r.value(u"top_products"_s).toArray(), QJsonArray());
        QCOMPARE(r.value(u"by_hour"_s).toArray(), hours({}));
        QCOMPARE(r.value(u"awaiting"_s).toObject(),
                 QJsonObject({{u"count"_s, 0}, {u"total"_s, 0}}));
    }

    void salesReport_topProducts_atMostTen()
    {
        QList<Line> lines;
        for (int i = 1; i <= 12; ++i)
            lines.append(
                Line{u"q%1"_s.arg(i, 2, 10, QChar(u'0')), u"Article %1"_s.arg(i), 100 * i, 1});
        seed(u"big"_s, m_caisse1Id, m_awa, u"cash"_s, u"paid"_s, lines, utc(25, 12, 0));
        const QJsonArray top =
            report(u"?from=2026-11-25&to=2026-11-26"_s).json().value(u"top_products"_s).toArray();
        QCOMPARE(top.size(), 10);
        QCOMPARE(top.first().toObject().value(u"product_id"_s).toString(), u"q12"_s);
        QCOMPARE(top.last().toObject().value(u"product_id"_s).toString(), u"q03"_s);
    }

    void salesReport_badParameters_give400_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("named");
        QTest::newRow("tz not a number") << u"?tz=UTC"_s << u"tz"_s;
        QTest::newRow("tz too far") << u"?tz=900"_s << u"tz"_s;
        QTest::newRow("from garbage") << u"?from=yesterday"_s << u"from"_s;
        QTest::newRow("from without zone") << u"?from=2026-11-25T10:00:00"_s << u"from"_s;
        QTest::newRow("to impossible date") << u"?from=2026-11-25&to=2026-02-30"_s << u"to"_s;
        QTest::newRow("to before from") << u"?from=2026-11-25&to=2026-11-24"_s << u"to"_s;
        QTest::newRow("to equals from") << u"?from=2026-11-25&to=2026-11-25"_s << u"to"_s;
        QTest::newRow("367 days") << u"?from=2025-11-25&to=2026-11-27"_s << u"from"_s;
    }

    void salesReport_badParameters_give400()
    {
        QFETCH(QString, query);
        QFETCH(QString, named);
        const HttpTestReply reply = report(query);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"bad_request"_s);
        const QString message =
            reply.json().value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(named), qPrintable(message));
    }

    void salesReport_366Days_isAllowed()
    {
        QCOMPARE(report(u"?from=2025-11-26&to=2026-11-27"_s).status, 200);
    }

    void salesReport_overflowingSum_isRefusedNotWrapped()
    {
        const qint64 huge = std::numeric_limits<qint64>::max() / 2 + 1;
        seed(u"h1"_s, m_caisse1Id, m_awa, u"cash"_s, u"paid"_s, {}, utc(25, 9, 0), {}, huge);
        seed(u"h2"_s, m_caisse1Id, m_awa, u"cash"_s, u"paid"_s, {}, utc(25, 10, 0), {}, huge);
        const HttpTestReply reply = report(u"?from=2026-11-25&to=2026-11-26"_s);
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.errorCode(), u"overflow"_s);
    }

    // The database adds up (GROUP BY, json_each / jsonb_array_elements) what used to be read
    // order by order: both ways give the same report, to the franc, in any offset.
    void salesReport_groupedSums_equalEveryOrderRead_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("tz");
        QTest::newRow("one day UTC") << utc(25, 0, 0) << utc(26, 0, 0) << 0;
        QTest::newRow("three days UTC+1") << utc(23, 23, 0) << utc(26, 23, 0) << 60;
        QTest::newRow("UTC-12") << utc(24, 12, 0) << utc(27, 12, 0) << -720;
        QTest::newRow("UTC+5:30, not on an hour") << utc(24, 7, 10) << utc(26, 18, 30) << 330;
        QTest::newRow("UTC+14") << utc(24, 10, 0) << utc(26, 10, 0) << 840;
    }

    void salesReport_groupedSums_equalEveryOrderRead()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, tz);
        seedDays();
        // A free-text line (no product id), a LigdiCash sale without operator, two awaiting.
        seed(u"x1"_s, m_caisse1Id, m_awa, u"cash"_s, u"paid"_s,
             {times(Line{{}, u"Sachet d'eau"_s, 25, 0}, 8), times(kPain, 1)}, utc(25, 13, 59));
        seed(u"x2"_s, m_caisse2Id, m_ali, u"ligdicash"_s, u"paid"_s, {times(kCastel, 1)},
             utc(25, 23, 59));
        seed(u"x3"_s, m_caisse2Id, m_ali, u"ligdicash"_s, u"awaiting_payment"_s, {times(kRiz, 3)},
             utc(26, 1, 0));
        ReportRange range;
        range.fromMs = from;
        range.toMs = to;
        range.tzMinutes = tz;
        SalesReport::Error error = SalesReport::Error::None;
        const std::optional<QJsonObject> grouped =
            SalesReport::build(m_app->db(), range, &error, SalesReport::Strategy::Grouped);
        QVERIFY(grouped);
        const std::optional<QJsonObject> rows =
            SalesReport::build(m_app->db(), range, &error, SalesReport::Strategy::RowByRow);
        QVERIFY(rows);
        QCOMPARE(QJsonDocument(*grouped).toJson(), QJsonDocument(*rows).toJson());
        QVERIFY(grouped->value(u"count"_s).toInteger() > 0);
    }

    // Lines the database cannot read as a JSON array (never written by this server, but a
    // restored backup may hold anything): the report reads every order instead, as before.
    void salesReport_unreadableLines_fallBackToReadingEveryOrder()
    {
        seedDays();
        QVERIFY(m_app->db().exec(u"UPDATE orders SET lines_json = 'not json' WHERE id = 'o2'"_s));
        QVERIFY(m_app->db().exec(u"UPDATE orders SET lines_json = '{\"a\": 1}' WHERE id = 'o3'"_s));
        const HttpTestReply reply = report(u"?from=2026-11-25&to=2026-11-26"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"total"_s).toInteger(), 20800);
        ReportRange range;
        range.fromMs = utc(25, 0, 0);
        range.toMs = utc(26, 0, 0);
        SalesReport::Error error = SalesReport::Error::None;
        const std::optional<QJsonObject> rows =
            SalesReport::build(m_app->db(), range, &error, SalesReport::Strategy::RowByRow);
        QVERIFY(rows);
        QCOMPARE(reply.json(), *rows);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    TestReports sqlite(false);
    int failures = QTest::qExec(&sqlite, argc, argv);
    if (!PgTestDatabase::serverUrl().isEmpty()) {
        TestReports postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
    } else {
        qInfo("COMPTOIR_TEST_PG_URL is not set: PostgreSQL run skipped");
    }
    return failures;
}
#include "tst_reports.moc"
