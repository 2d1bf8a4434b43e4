// The acceptance of the back office's figures: a day of mixed sales on two terminals against a
// real comptoir-server and a real ligdicash-sandbox (cash with change, LigdiCash paid through two
// operators, a failed payment, a cancelled order, an order paid after it expired), each
// terminal's shift opened and closed (one count needing a manager's PIN), then the Z reports and
// the sales report must agree with the orders themselves to the franc. The expected figures are
// recomputed from what GET /api/v1/orders/{id} says of each order, not copied from the server's
// own reports, and the CSV export (GET /api/v1/history/export.csv) must say the same. A cash sale
// that reaches the server after its shift closed joins no closed shift.

#include "PgTestDatabase.h"
#include "SandboxProcess.h"
#include "ServerProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Sale
{
    QString terminal; // "1" | "2": which terminal's client rang it up
    QString id;
};

// What the orders say, summed the way the Z report is documented (docs/manager-api.md).
struct Sums
{
    qint64 cashSales = 0;
    qint64 cashTendered = 0;
    qint64 changeGiven = 0;
    qint64 ligdicashCount = 0;
    qint64 ligdicashTotal = 0;
    qint64 orderCount = 0;
    qint64 failedCount = 0;
    qint64 cancelledCount = 0;
    QMap<QString, QPair<qint64, qint64>> byOperator;
};

// RFC 4180: fields separated by commas, rows by CRLF, quoted fields may hold both ("" is ").
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QString utcIso(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u'Z';
}

} // namespace

class TestDayOfSales : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void dayOfMixedSales_zReportsAndSalesReportAgreeWithTheOrders();

private:
    bool isPostgres() const { return m_backend == "postgres"_L1; }
    HttpTestClient client(const QByteArray &terminal, const QByteArray &session) const;
    QByteArray login(const QByteArray &terminal, const QString &user, const QString &pin) const;
    QJsonObject orderBody(const QString &id, qint64 unitPrice, int quantity, const QString &method,
                          std::optional<qint64> tendered = std::nullopt) const;
    QString sellCash(HttpTestClient &till, qint64 unitPrice, int quantity, qint64 tendered);
    QString startLigdiCash(HttpTestClient &till, qint64 unitPrice, int quantity);
    QString status(HttpTestClient &till, const QString &id) const;
    Sums sumOrders(HttpTestClient &till, const QStringList &ids) const;
    QString diagnostics() const;

    QString m_backend;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ServerProcess> m_server;
};

void TestDayOfSales::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void TestDayOfSales::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDayOfSales::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    if (isPostgres() && PgTestDatabase::serverUrl().isEmpty())
        QSKIP("COMPTOIR_TEST_PG_URL is not set (make test starts PostgreSQL)");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (isPostgres()) {
        m_pg = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_pg->create(), qPrintable(m_pg->errorString()));
    }
    m_sandbox = std::make_unique<SandboxProcess>(m_dir->path());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_server = std::make_unique<ServerProcess>(m_dir->path());
    m_server->setLigdiCash(m_sandbox->baseUrl(), SandboxProcess::apiKey, SandboxProcess::authToken);
    if (m_pg)
        m_server->setDatabaseUrl(m_pg->url());
    // An unpaid invoice expires after 4 s, so that "paid late" happens within the test.
    m_server->set(u"payments/order_expiry_seconds"_s, u"4"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString() + m_server->logTail()));
    QVERIFY2(m_server->createAccess(), qPrintable(m_server->errorString()));
}

void TestDayOfSales::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << diagnostics();
    m_server.reset();
    m_sandbox.reset();
    m_pg.reset();
    m_dir.reset();
}

QString TestDayOfSales::diagnostics() const
{
    QString text;
    if (m_server)
        text += u"--- comptoir-server log:\n"_s + m_server->logTail();
    if (m_sandbox)
        text += u"\n--- sandbox log:\n"_s + m_sandbox->logTail();
    return text;
}

HttpTestClient TestDayOfSales::client(const QByteArray &terminal, const QByteArray &session) const
{
    HttpTestClient http(m_server->baseUrl());
    http.setHeader("Authorization", "Bearer " + terminal);
    if (!session.isEmpty())
        http.setHeader("X-Comptoir-Session", session);
    return http;
}

QByteArray TestDayOfSales::login(const QByteArray &terminal, const QString &user,
                                 const QString &pin) const
{
    const HttpTestReply reply =
        client(terminal, {})
            .post(u"/api/v1/sessions"_s, QJsonObject{{u"user"_s, user}, {u"pin"_s, pin}});
    if (reply.status != 201)
        qWarning() << "login" << user << reply.status << reply.body;
    return reply.json().value(u"token"_s).toString().toLatin1();
}

QJsonObject TestDayOfSales::orderBody(const QString &id, qint64 unitPrice, int quantity,
                                      const QString &method, std::optional<qint64> tendered) const
{
    QJsonObject order{
        {u"id"_s, id},
        {u"lines"_s, QJsonArray{QJsonObject{{u"product_id"_s, u"p-%1"_s.arg(unitPrice)},
                                            {u"name"_s, u"Article à %1"_s.arg(unitPrice)},
                                            {u"quantity"_s, quantity},
                                            {u"unit_price"_s, unitPrice},
                                            {u"line_total"_s, unitPrice * quantity}}}},
        {u"total"_s, unitPrice * quantity},
        {u"currency"_s, u"XOF"_s},
        {u"method"_s, method},
    };
    if (tendered)
        order.insert(u"cash_tendered"_s, *tendered);
    return order;
}

QString TestDayOfSales::sellCash(HttpTestClient &till, qint64 unitPrice, int quantity,
                                 qint64 tendered)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpTestReply reply =
        till.post(u"/api/v1/orders"_s, orderBody(id, unitPrice, quantity, u"cash"_s, tendered));
    if (reply.status != 201 || reply.json().value(u"status"_s).toString() != "paid"_L1) {
        qWarning() << "cash sale:" << reply.status << reply.body;
        return {};
    }
    return id;
}

QString TestDayOfSales::startLigdiCash(HttpTestClient &till, qint64 unitPrice, int quantity)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    HttpTestReply reply =
        till.post(u"/api/v1/orders"_s, orderBody(id, unitPrice, quantity, u"ligdicash"_s));
    if (reply.status != 201) {
        qWarning() << "create order:" << reply.status << reply.body;
        return {};
    }
    reply = till.post(u"/api/v1/orders/"_s + id + u"/payment"_s, QJsonObject{});
    if (reply.status != 200 ||
        reply.json().value(u"status"_s).toString() != "awaiting_payment"_L1) {
        qWarning() << "start payment:" << reply.status << reply.body;
        return {};
    }
    return id;
}

QString TestDayOfSales::status(HttpTestClient &till, const QString &id) const
{
    return till.get(u"/api/v1/orders/"_s + id).json().value(u"status"_s).toString();
}

Sums TestDayOfSales::sumOrders(HttpTestClient &till, const QStringList &ids) const
{
    Sums sums;
    for (const QString &id : ids) {
        const QJsonObject order = till.get(u"/api/v1/orders/"_s + id).json();
        const QString orderStatus = order.value(u"status"_s).toString();
        const qint64 total = order.value(u"total"_s).toInteger();
        ++sums.orderCount;
        if (orderStatus == "failed"_L1)
            ++sums.failedCount;
        if (orderStatus == "cancelled"_L1)
            ++sums.cancelledCount;
        if (orderStatus != "paid"_L1)
            continue;
        if (order.value(u"method"_s).toString() == "cash"_L1) {
            sums.cashSales += total;
            sums.cashTendered += order.value(u"cash_tendered"_s).toInteger();
            sums.changeGiven += order.value(u"change"_s).toInteger();
        } else {
            ++sums.ligdicashCount;
            sums.ligdicashTotal += total;
            auto &entry = sums.byOperator[order.value(u"operator_name"_s).toString()];
            ++entry.first;
            entry.second += total;
        }
    }
    return sums;
}

void TestDayOfSales::dayOfMixedSales_zReportsAndSalesReportAgreeWithTheOrders()
{
    const QDateTime dayStart = QDateTime::currentDateTimeUtc().addSecs(-60);

    // A second terminal and its cashier, as a shop sets them up with the CLI.
    int code = 0;
    const QString added = m_server->runCli({u"terminal"_s, u"add"_s, u"Caisse 2"_s}, &code);
    QCOMPARE(code, 0);
    static const QRegularExpression tokenLine(u"^token: (\\S+)"_s,
                                              QRegularExpression::MultilineOption);
    const QByteArray caisse2 = tokenLine.match(added).captured(1).toLatin1();
    QVERIFY(!caisse2.isEmpty());
    m_server->runCli(
        {u"user"_s, u"add"_s, u"--role"_s, u"cashier"_s, u"--pin"_s, u"2468"_s, u"ali"_s}, &code);
    QCOMPARE(code, 0);
    const QByteArray caisse1 = m_server->access().terminalToken;
    HttpTestClient awa = m_server->cashierClient();
    HttpTestClient ali = client(caisse2, login(caisse2, u"ali"_s, u"2468"_s));
    HttpTestClient manager = m_server->managerClient();

    // Morning: both tills open with a float; the count will be blind.
    HttpTestReply reply = awa.post(u"/api/v1/shifts"_s, QJsonObject{{u"opening_float"_s, 10000}});
    QCOMPARE(reply.status, 201);
    const QString shift1 = reply.json().value(u"id"_s).toString();
    reply = ali.post(u"/api/v1/shifts"_s, QJsonObject{{u"opening_float"_s, 5000}});
    QCOMPARE(reply.status, 201);
    const QString shift2 = reply.json().value(u"id"_s).toString();
    QVERIFY(!awa.get(u"/api/v1/shifts/current"_s).json().contains(u"expected_cash"_s));

    // Caisse 1 (Awa): cash with change, LigdiCash paid by Orange, a failed payment, exact cash.
    QStringList caisse1Orders;
    caisse1Orders << sellCash(awa, 1250, 2, 5000);
    const QString orange = startLigdiCash(awa, 1500, 3);
    const QString failed = startLigdiCash(awa, 2000, 1);
    QVERIFY(!orange.isEmpty() && !failed.isEmpty());
    QCOMPARE(
        m_sandbox->pay(m_sandbox->invoiceTokenFor(orange), QJsonObject{{u"operator"_s, u"11"_s}})
            .status,
        200);
    QCOMPARE(m_sandbox->fail(m_sandbox->invoiceTokenFor(failed)).status, 200);
    caisse1Orders << orange << failed << sellCash(awa, 700, 1, 700);

    // Caisse 2 (Ali): cash with change, LigdiCash paid by Moov, a cancelled order, paid late.
    QStringList caisse2Orders;
    caisse2Orders << sellCash(ali, 650, 4, 3000);
    const QString moov = startLigdiCash(ali, 3300, 1);
    const QString cancelled = startLigdiCash(ali, 1200, 1);
    const QString late = startLigdiCash(ali, 2000, 2);
    QVERIFY(!moov.isEmpty() && !cancelled.isEmpty() && !late.isEmpty());
    QCOMPARE(m_sandbox->pay(m_sandbox->invoiceTokenFor(moov), QJsonObject{{u"operator"_s, u"12"_s}})
                 .status,
             200);
    QCOMPARE(ali.post(u"/api/v1/orders/"_s + cancelled + u"/cancel"_s, QJsonObject{}).status, 200);
    caisse2Orders << moov << cancelled << late;
    QVERIFY(!caisse1Orders.contains(QString()) && !caisse2Orders.contains(QString()));

    QTRY_COMPARE_WITH_TIMEOUT(status(awa, orange), u"paid"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(status(awa, failed), u"failed"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(status(ali, moov), u"paid"_s, 10000);
    QCOMPARE(status(ali, cancelled), u"cancelled"_s);
    // The customer of `late` pays only after the order expired.
    QTRY_COMPARE_WITH_TIMEOUT(status(ali, late), u"expired"_s, 15000);
    QCOMPARE(m_sandbox->pay(m_sandbox->invoiceTokenFor(late)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(status(ali, late), u"paid"_s, 15000);
    QCOMPARE(ali.get(u"/api/v1/orders/"_s + late).json().value(u"paid_late"_s).toBool(), true);

    // Evening, Caisse 1: the drawer holds exactly what it should.
    const Sums sums1 = sumOrders(awa, caisse1Orders);
    QCOMPARE(sums1.cashSales, 2500 + 700);
    QCOMPARE(sums1.ligdicashTotal, 4500);
    const qint64 expected1 = 10000 + sums1.cashTendered - sums1.changeGiven;
    QCOMPARE(expected1, 10000 + 2500 + 700);
    reply = awa.post(u"/api/v1/shifts/%1/close"_s.arg(shift1),
                     QJsonObject{{u"counted_cash"_s, expected1}, {u"note"_s, u""_s}});
    QCOMPARE(reply.status, 200);
    const QByteArray z1Bytes = reply.body;
    const QJsonObject z1 = reply.json();

    // Caisse 2: 1 000 francs short, more than the 500 allowed: a manager must approve.
    const Sums sums2 = sumOrders(ali, caisse2Orders);
    QCOMPARE(sums2.cashSales, 2600);
    QCOMPARE(sums2.ligdicashTotal, 3300 + 4000);
    const qint64 expected2 = 5000 + sums2.cashTendered - sums2.changeGiven;
    QCOMPARE(expected2, 5000 + 2600);
    QJsonObject count2{{u"counted_cash"_s, expected2 - 1000}, {u"note"_s, u"manque 1000"_s}};
    reply = ali.post(u"/api/v1/shifts/%1/close"_s.arg(shift2), count2);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), u"manager_approval_required"_s);
    QString moussaId;
    for (const QJsonValue &user :
         client(caisse2, {}).get(u"/api/v1/users"_s).json().value(u"users"_s).toArray()) {
        if (user.toObject().value(u"name"_s).toString() == "moussa"_L1)
            moussaId = user.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!moussaId.isEmpty());
    count2.insert(u"manager_id"_s, moussaId);
    count2.insert(u"manager_pin"_s, u"0000"_s);
    QCOMPARE(ali.post(u"/api/v1/shifts/%1/close"_s.arg(shift2), count2).errorCode(),
             u"wrong_pin"_s);
    count2.insert(u"manager_pin"_s, u"9876"_s);
    reply = ali.post(u"/api/v1/shifts/%1/close"_s.arg(shift2), count2);
    QCOMPARE(reply.status, 200);
    const QJsonObject z2 = reply.json();
    QCOMPARE(z2.value(u"approved_by_name"_s).toString(), u"moussa"_s);
    QCOMPARE(z2.value(u"difference"_s).toInteger(), -1000);

    // Each Z report against the orders, to the franc.
    const auto checkZ = [](const QJsonObject &z, const Sums &sums, qint64 openingFloat) {
        QCOMPARE(z.value(u"opening_float"_s).toInteger(), openingFloat);
        QCOMPARE(z.value(u"cash_sales"_s).toInteger(), sums.cashSales);
        QCOMPARE(z.value(u"cash_tendered"_s).toInteger(), sums.cashTendered);
        QCOMPARE(z.value(u"change_given"_s).toInteger(), sums.changeGiven);
        QCOMPARE(z.value(u"expected_cash"_s).toInteger(),
                 openingFloat + sums.cashTendered - sums.changeGiven);
        QCOMPARE(z.value(u"difference"_s).toInteger(),
                 z.value(u"counted_cash"_s).toInteger() - z.value(u"expected_cash"_s).toInteger());
        QCOMPARE(
            z.value(u"ligdicash_confirmed"_s).toObject(),
            QJsonObject({{u"count"_s, sums.ligdicashCount}, {u"total"_s, sums.ligdicashTotal}}));
        QCOMPARE(z.value(u"ligdicash_awaiting"_s).toObject(),
                 QJsonObject({{u"count"_s, 0}, {u"total"_s, 0}}));
        QCOMPARE(z.value(u"order_count"_s).toInteger(), sums.orderCount);
        QCOMPARE(z.value(u"failed_count"_s).toInteger(), sums.failedCount);
        QCOMPARE(z.value(u"cancelled_count"_s).toInteger(), sums.cancelledCount);
        QMap<QString, QPair<qint64, qint64>> operators;
        for (const QJsonValue &value : z.value(u"by_operator"_s).toArray()) {
            const QJsonObject entry = value.toObject();
            operators.insert(
                entry.value(u"key"_s).toString(),
                {entry.value(u"count"_s).toInteger(), entry.value(u"total"_s).toInteger()});
        }
        QCOMPARE(operators, sums.byOperator);
        qint64 cashierCash = 0;
        qint64 cashierLigdiCash = 0;
        for (const QJsonValue &value : z.value(u"by_cashier"_s).toArray()) {
            cashierCash += value.toObject().value(u"cash_total"_s).toInteger();
            cashierLigdiCash += value.toObject().value(u"ligdicash_total"_s).toInteger();
        }
        QCOMPARE(cashierCash, sums.cashSales);
        QCOMPARE(cashierLigdiCash, sums.ligdicashTotal);
    };
    checkZ(z1, sums1, 10000);
    if (QTest::currentTestFailed())
        return;
    checkZ(z2, sums2, 5000);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(z1.value(u"terminal_name"_s).toString(), u"Caisse 1"_s);
    QCOMPARE(z2.value(u"terminal_name"_s).toString(), u"Caisse 2"_s);
    QCOMPARE(sums1.failedCount, 1);
    QCOMPARE(sums2.cancelledCount, 1);
    QCOMPARE(sums1.byOperator.value(u"ORANGE BURKINA"_s), qMakePair(qint64(1), qint64(4500)));
    QCOMPARE(sums2.byOperator.size(), 2); // Moov, and Orange (the sandbox's default) for `late`

    // A cash sale rung up offline during the day reaches the server now: it joins no closed
    // shift, and the stored report is reprinted unchanged.
    const QString synced = sellCash(awa, 500, 1, 500);
    QVERIFY(!synced.isEmpty());
    reply = awa.get(u"/api/v1/shifts/"_s + shift1);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, z1Bytes);

    // The day's sales report (manager) agrees with both tills, plus the synced sale.
    const QDateTime dayEnd = QDateTime::currentDateTimeUtc().addSecs(60);
    reply = manager.get(
        u"/api/v1/reports/sales?from=%1&to=%2&tz=0"_s.arg(utcIso(dayStart), utcIso(dayEnd)));
    QCOMPARE(reply.status, 200);
    const QJsonObject sales = reply.json();
    const qint64 cashTotal = sums1.cashSales + sums2.cashSales + 500;
    const qint64 ligdicashTotal = sums1.ligdicashTotal + sums2.ligdicashTotal;
    QCOMPARE(sales.value(u"total"_s).toInteger(), cashTotal + ligdicashTotal);
    QCOMPARE(sales.value(u"count"_s).toInteger(), 7);
    QMap<QString, qint64> byMethod;
    for (const QJsonValue &value : sales.value(u"by_method"_s).toArray())
        byMethod.insert(value.toObject().value(u"key"_s).toString(),
                        value.toObject().value(u"total"_s).toInteger());
    QCOMPARE(byMethod,
             (QMap<QString, qint64>{{u"cash"_s, cashTotal}, {u"ligdicash"_s, ligdicashTotal}}));
    QMap<QString, qint64> byTerminal;
    for (const QJsonValue &value : sales.value(u"by_terminal"_s).toArray())
        byTerminal.insert(value.toObject().value(u"label"_s).toString(),
                          value.toObject().value(u"total"_s).toInteger());
    QCOMPARE(byTerminal,
             (QMap<QString, qint64>{{u"Caisse 1"_s, sums1.cashSales + sums1.ligdicashTotal + 500},
                                    {u"Caisse 2"_s, sums2.cashSales + sums2.ligdicashTotal}}));
    qint64 dayTotal = 0;
    for (const QJsonValue &value : sales.value(u"by_day"_s).toArray())
        dayTotal += value.toObject().value(u"total"_s).toInteger();
    QCOMPARE(dayTotal, cashTotal + ligdicashTotal);
    QCOMPARE(sales.value(u"awaiting"_s).toObject().value(u"count"_s).toInteger(), 0);

    // The CSV export of the same range: one row per order, saying what the orders say, and
    // adding up to the Z reports and the sales report.
    reply = manager.get(
        u"/api/v1/history/export.csv?from=%1&to=%2&tz=0"_s.arg(utcIso(dayStart), utcIso(dayEnd)));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> csv = parseCsv(QString::fromUtf8(reply.body.mid(3)));
    QVERIFY(!csv.isEmpty());
    const QStringList header = csv.first();
    QCOMPARE(header, QStringList({u"order_id"_s, u"created_at"_s, u"status"_s, u"method"_s,
                                  u"total"_s, u"paid_amount"_s, u"currency"_s, u"terminal"_s,
                                  u"cashier"_s, u"operator"_s, u"customer_number"_s, u"reference"_s,
                                  u"tendered"_s, u"change"_s, u"flags"_s}));
    QHash<QString, QStringList> rows;
    for (qsizetype i = 1; i < csv.size(); ++i) {
        QCOMPARE(csv.at(i).size(), header.size());
        rows.insert(csv.at(i).first(), csv.at(i));
    }
    const QStringList everyOrder = caisse1Orders + caisse2Orders + QStringList{synced};
    QCOMPARE(rows.size(), everyOrder.size());
    const auto column = [&header](const QStringList &row, const QString &name) {
        return row.at(header.indexOf(name));
    };
    for (const QString &id : everyOrder) {
        QVERIFY2(rows.contains(id), qPrintable(id));
        const QStringList &row = rows.value(id);
        const QJsonObject order = manager.get(u"/api/v1/orders/"_s + id).json();
        QCOMPARE(column(row, u"status"_s), order.value(u"status"_s).toString());
        QCOMPARE(column(row, u"method"_s), order.value(u"method"_s).toString());
        QCOMPARE(column(row, u"total"_s).toLongLong(), order.value(u"total"_s).toInteger());
        QCOMPARE(column(row, u"currency"_s), u"XOF"_s);
        QCOMPARE(column(row, u"tendered"_s).toLongLong(),
                 order.value(u"cash_tendered"_s).toInteger());
        QCOMPARE(column(row, u"change"_s).toLongLong(), order.value(u"change"_s).toInteger());
        QCOMPARE(column(row, u"flags"_s).contains(u"paid_late"_s),
                 order.value(u"paid_late"_s).toBool());
    }
    // Sums of the CSV's rows, per till (without the late-synced sale, which no shift holds yet).
    const auto csvSums = [&](const QStringList &ids) {
        Sums sums;
        for (const QString &id : ids) {
            const QStringList &row = rows.value(id);
            ++sums.orderCount;
            if (column(row, u"status"_s) != "paid"_L1)
                continue;
            const qint64 total = column(row, u"total"_s).toLongLong();
            if (column(row, u"method"_s) == "cash"_L1) {
                sums.cashSales += total;
                sums.cashTendered += column(row, u"tendered"_s).toLongLong();
                sums.changeGiven += column(row, u"change"_s).toLongLong();
            } else {
                ++sums.ligdicashCount;
                sums.ligdicashTotal += total;
            }
        }
        return sums;
    };
    for (const auto &[ids, z] : {qMakePair(caisse1Orders, z1), qMakePair(caisse2Orders, z2)}) {
        const Sums sums = csvSums(ids);
        QCOMPARE(sums.orderCount, z.value(u"order_count"_s).toInteger());
        QCOMPARE(sums.cashSales, z.value(u"cash_sales"_s).toInteger());
        QCOMPARE(sums.cashTendered, z.value(u"cash_tendered"_s).toInteger());
        QCOMPARE(sums.changeGiven, z.value(u"change_given"_s).toInteger());
        QCOMPARE(z.value(u"opening_float"_s).toInteger() + sums.cashTendered - sums.changeGiven,
                 z.value(u"expected_cash"_s).toInteger());
        QCOMPARE(sums.ligdicashTotal,
                 z.value(u"ligdicash_confirmed"_s).toObject().value(u"total"_s).toInteger());
        for (const QString &id : ids)
            QCOMPARE(column(rows.value(id), u"terminal"_s), z.value(u"terminal_name"_s).toString());
    }
    const Sums all = csvSums(everyOrder);
    QCOMPARE(all.cashSales + all.ligdicashTotal, sales.value(u"total"_s).toInteger());
    QCOMPARE(all.cashSales, byMethod.value(u"cash"_s));
    QCOMPARE(all.ligdicashTotal, byMethod.value(u"ligdicash"_s));

    // The manager sees both shifts closed, newest first, with the figures of their reports.
    const QJsonArray shifts = manager.get(u"/api/v1/shifts"_s).json().value(u"shifts"_s).toArray();
    QCOMPARE(shifts.size(), 2);
    for (const QJsonValue &value : shifts) {
        const QJsonObject shift = value.toObject();
        QCOMPARE(shift.value(u"status"_s).toString(), u"closed"_s);
        const QJsonObject &z = shift.value(u"id"_s).toString() == shift1 ? z1 : z2;
        QCOMPARE(shift.value(u"expected_cash"_s), z.value(u"expected_cash"_s));
        QCOMPARE(shift.value(u"difference"_s), z.value(u"difference"_s));
    }
}

QTEST_GUILESS_MAIN(TestDayOfSales)
#include "tst_dayofsales_e2e.moc"
