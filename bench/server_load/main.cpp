// bench/server_load: how comptoir-server holds up under a shop-full of terminals and a burst of
// LigdiCash callbacks. Starts a real ligdicash-sandbox and comptoir-server (SQLite in a temporary
// directory, or PostgreSQL with --postgres), prepares paid LigdiCash orders, then measures
// requests/s and p50/p99 latency of GET /api/v1/orders/{id} and of POST
// /api/v1/ligdicash/callback at several connection counts, and prints the server's peak memory
// (VmHWM). A benchmark, not a test: it prints figures and fails only when it cannot run.

#include "LoadScenario.h"
#include "PgTestDatabase.h"
#include "SandboxProcess.h"
#include "ServerProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUuid>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "server_load: " << message << Qt::endl;
    return 1;
}

QByteArray callbackBody(const QString &orderId, qint64 amount)
{
    const QJsonObject payload{
        {u"date"_s, u"2026-05-09 07:20:23+00"_s},
        {u"token"_s, QString()},
        {u"amount"_s, amount},
        {u"montant"_s, amount},
        {u"status"_s, u"completed"_s},
        {u"customer"_s, u"22670000000"_s},
        {u"request_id"_s, QString(u"P"_s + orderId.left(8))},
        {u"custom_data"_s,
         QJsonArray{QJsonObject{{u"keyof_customdata"_s, u"transaction_id"_s},
                                {u"valueof_customdata"_s, orderId},
                                {u"datecreation_customdata"_s, u"2026-05-09 07:20:23.362788"_s}}}},
        {u"external_id"_s, orderId},
        {u"operator_id"_s, u"11"_s},
        {u"operator_name"_s, u"ORANGE BURKINA"_s},
        {u"response_code"_s, u"00"_s},
        {u"response_text"_s, QString()},
        {u"description"_s, QString()},
    };
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &host,
                   const QList<QByteArray> &headers, const QByteArray &body = {})
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const QByteArray &header : headers)
        bytes += header + "\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

void print(const LoadScenario::Figures &figures)
{
    out() << QString::asprintf("%-22s %5d conn  %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  "
                               "(%lld requests, %lld errors)",
                               qPrintable(figures.name), figures.connections,
                               figures.requestsPerSecond, figures.p50Ms, figures.p99Ms,
                               figures.requests, figures.errors)
          << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Load benchmark of comptoir-server"_s);
    parser.addHelpOption();
    const QCommandLineOption connectionsOption(
        u"connections"_s, u"Comma-separated connection counts"_s, u"list"_s, u"50,100,200"_s);
    const QCommandLineOption durationOption(u"duration-ms"_s, u"Length of each run"_s, u"ms"_s,
                                            u"5000"_s);
    const QCommandLineOption ordersOption(u"orders"_s, u"Paid orders to prepare"_s, u"n"_s,
                                          u"200"_s);
    const QCommandLineOption postgresOption(
        u"postgres"_s, u"Use a fresh database on COMPTOIR_TEST_PG_URL instead of SQLite"_s);
    parser.addOptions({connectionsOption, durationOption, ordersOption, postgresOption});
    parser.process(app);

    QList<int> connectionCounts;
    for (const QString &text : parser.value(connectionsOption).split(u','))
        connectionCounts.append(text.toInt());
    const int durationMs = parser.value(durationOption).toInt();
    const int orderCount = parser.value(ordersOption).toInt();

    QTemporaryDir dir;
    std::unique_ptr<PgTestDatabase> pg;
    if (parser.isSet(postgresOption)) {
        pg = std::make_unique<PgTestDatabase>();
        if (!pg->create())
            return fail(pg->errorString());
    }
    SandboxProcess sandbox(dir.path());
    if (!sandbox.start())
        return fail(sandbox.errorString());
    ServerProcess server(dir.path());
    server.setLigdiCash(sandbox.baseUrl(), SandboxProcess::apiKey, SandboxProcess::authToken);
    // The benchmark measures request handling, not the sweeper or PIN hashing.
    server.set(u"payments/sweep_interval_ms"_s, u"5000"_s);
    server.set(u"payments/confirm_min_interval_ms"_s, u"2000"_s);
    if (pg)
        server.setDatabaseUrl(pg->url());
    if (!server.start())
        return fail(server.errorString() + server.logTail());
    if (!server.createAccess())
        return fail(server.errorString());

    out() << "comptoir-server " << server.baseUrl().toString() << " on "
          << (pg ? "PostgreSQL" : "SQLite") << ", preparing " << orderCount
          << " paid LigdiCash orders..." << Qt::endl;
    HttpTestClient cashier = server.cashierClient();
    QStringList orders;
    for (int i = 0; i < orderCount; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject body{{u"id"_s, id},
                               {u"lines"_s, QJsonArray{QJsonObject{{u"product_id"_s, u"sku"_s},
                                                                   {u"name"_s, u"Article"_s},
                                                                   {u"quantity"_s, 1},
                                                                   {u"unit_price"_s, 1000},
                                                                   {u"line_total"_s, 1000}}}},
                               {u"total"_s, 1000},
                               {u"currency"_s, u"XOF"_s},
                               {u"method"_s, u"ligdicash"_s}};
        if (cashier.post(u"/api/v1/orders"_s, body).status != 201)
            return fail(u"cannot create an order"_s);
        if (cashier.post(u"/api/v1/orders/"_s + id + u"/payment"_s, QJsonObject{}).status != 200)
            return fail(u"cannot start a payment"_s);
        const QJsonArray invoices = sandbox.invoicesFor(id);
        if (invoices.isEmpty() ||
            sandbox.pay(invoices.first().toObject().value(u"token"_s).toString()).status != 200)
            return fail(u"cannot pay an invoice"_s);
        orders.append(id);
    }
    for (int waited = 0; waited < 200; ++waited) {
        if (cashier.get(u"/api/v1/orders/"_s + orders.last()).json().value(u"status"_s) ==
            u"paid"_s)
            break;
        QThread::msleep(50);
    }

    const QHostAddress host(server.baseUrl().host());
    const quint16 port = quint16(server.baseUrl().port());
    const QByteArray hostHeader = server.baseUrl().authority().toLatin1();
    const QList<QByteArray> auth{"Authorization: Bearer " + server.access().terminalToken};
    QRandomGenerator random(42);
    auto statusRequest = [&] {
        const QString &id = orders.at(random.bounded(int(orders.size())));
        return request("GET", "/api/v1/orders/" + id.toLatin1(), hostHeader, auth);
    };
    QList<QByteArray> callbacks;
    for (const QString &id : std::as_const(orders))
        callbacks.append(request("POST", "/api/v1/ligdicash/callback", hostHeader,
                                 {"Content-Type: application/json"}, callbackBody(id, 1000)));
    auto callbackRequest = [&] { return callbacks.at(random.bounded(int(callbacks.size()))); };

    out() << Qt::endl;
    for (int connections : std::as_const(connectionCounts))
        print(LoadScenario::run(u"order status"_s, host, port, connections, durationMs,
                                statusRequest));
    for (int connections : std::as_const(connectionCounts))
        print(LoadScenario::run(u"callback intake"_s, host, port, connections, durationMs,
                                callbackRequest));
    // Callbacks are processed after their 200: let the backlog drain before reading memory.
    QThread::msleep(500);
    out() << Qt::endl
          << "comptoir-server peak memory (VmHWM): "
          << QString::number(double(server.process().peakMemoryKiB()) / 1024.0, 'f', 1) << " MiB"
          << Qt::endl;
    return 0;
}
