// bench/history: how order history holds up on a million orders. Fills a fresh store (SQLite in a
// temporary directory, or a fresh PostgreSQL database on COMPTOIR_TEST_PG_URL with --postgres)
// with --orders orders spread like a real shop's (3 terminals, 6 cashiers, 90 days of opening
// hours, mixed statuses, methods and operators) using multi-row INSERTs in large transactions,
// then times the manager's requests over HTTP against an in-process comptoir-server (history
// module): the first page, a filtered page (a day, a cashier, a status), the filtered totals and
// a 100 000-row CSV export. A benchmark, not a test: it prints figures and fails only when it
// cannot run.

#include "HttpTestClient.h"
#include "PgTestDatabase.h"
#include "PinHasher.h"
#include "ServerApp.h"
#include "TerminalStore.h"
#include "UserStore.h"
#include "history/HistoryCsv.h"
#include "history/HistoryFilter.h"
#include "history/HistoryModule.h"
#include "history/HistoryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDays = 90;
constexpr int kRowsPerStatement = 500;
constexpr int kRowsPerTransaction = 50000;
constexpr int kRuns = 5;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << "history bench: " << message << Qt::endl;
    return 1;
}

qint64 statusKib(QByteArrayView key)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM so that the next reading is the peak of what follows (Linux >= 4.0).
void resetPeakMemory()
{
    QFile file(u"/proc/self/clear_refs"_s);
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

const QStringList kColumns = {
    u"id"_s,
    u"terminal_id"_s,
    u"cashier_id"_s,
    u"method"_s,
    u"currency"_s,
    u"total"_s,
    u"tendered"_s,
    u"change_due"_s,
    u"lines_json"_s,
    u"request_hash"_s,
    u"status"_s,
    u"payment_kind"_s,
    u"invoice_token"_s,
    u"paid_amount"_s,
    u"reference"_s,
    u"operator_name"_s,
    u"payer"_s,
    u"flag_mismatch"_s,
    u"flag_paid_late"_s,
    u"created_at"_s,
    u"updated_at"_s,
    u"paid_at"_s,
};

// One order's values in kColumns order, drawn like a shop's day.
QVariantList randomOrder(QRandomGenerator &random, qint64 createdAt, const QStringList &terminals,
                         const QStringList &cashiers, qint64 serial)
{
    static const QVariant nullInt(QMetaType(QMetaType::LongLong));
    static const QVariant nullText(QMetaType(QMetaType::QString));
    const int till = int(random.bounded(3));
    // Two cashiers per till, mostly.
    const QString cashier = cashiers.at(till * 2 + int(random.bounded(2)));
    const bool cash = random.bounded(100) < 40;
    // Baskets of 1-4 items of 100 to 15 000 francs, in steps of 25.
    const int items = 1 + int(random.bounded(4));
    QJsonArray lines;
    qint64 total = 0;
    for (int i = 0; i < items; ++i) {
        const qint64 price = 25 * (4 + qint64(random.bounded(600)));
        const int quantity = 1 + int(random.bounded(3));
        lines.append(QJsonObject{{u"product_id"_s, u"p%1"_s.arg(random.bounded(5000))},
                                 {u"name"_s, u"Article %1"_s.arg(random.bounded(5000))},
                                 {u"quantity"_s, quantity},
                                 {u"unit_price"_s, price},
                                 {u"line_total"_s, price * quantity}});
        total += price * quantity;
    }
    QString status;
    const int roll = int(random.bounded(1000));
    if (cash)
        status = roll < 970 ? u"paid"_s : u"cancelled"_s;
    else if (roll < 850)
        status = u"paid"_s;
    else if (roll < 900)
        status = u"failed"_s;
    else if (roll < 940)
        status = u"expired"_s;
    else if (roll < 970)
        status = u"cancelled"_s;
    else if (roll < 980)
        status = u"awaiting_payment"_s;
    else
        status = u"draft"_s;
    const bool paid = status == "paid"_L1;
    const bool invoiced = !cash && status != "draft"_L1;
    QString operatorName;
    QString payer;
    QString reference;
    if (!cash && paid) {
        const int op = int(random.bounded(100));
        operatorName = op < 60 ? u"ORANGE BURKINA"_s : op < 95 ? u"MOOV AFRICA"_s : u"TELECEL"_s;
        payer = u"226%1"_s.arg(70000000 + random.bounded(9999999));
        reference = u"LGD-%1"_s.arg(serial, 9, 10, QChar(u'0'));
    }
    const qint64 tendered = cash ? ((total + 999) / 1000) * 1000 : 0;
    return {
        QUuid::createUuid().toString(QUuid::WithoutBraces),
        terminals.at(till),
        cashier,
        cash ? u"cash"_s : u"ligdicash"_s,
        u"XOF"_s,
        total,
        cash ? QVariant(tendered) : nullInt,
        cash ? QVariant(tendered - total) : nullInt,
        QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)),
        u"bench"_s,
        status,
        invoiced ? QVariant(u"hosted"_s) : nullText,
        invoiced ? QVariant(u"eyJhbGciOiJIUzI1NiJ9.bench-%1"_s.arg(serial)) : nullText,
        paid ? QVariant(total) : nullInt,
        reference.isEmpty() ? nullText : QVariant(reference),
        operatorName.isEmpty() ? nullText : QVariant(operatorName),
        payer.isEmpty() ? nullText : QVariant(payer),
        !cash && paid && random.bounded(2000) == 0 ? 1 : 0,
        !cash && paid && random.bounded(500) == 0 ? 1 : 0,
        createdAt,
        createdAt,
        paid ? QVariant(createdAt + 20000) : nullInt,
    };
}

bool fill(Database &db, int orders, qint64 firstDay, const QStringList &terminals,
          const QStringList &cashiers)
{
    // Chronological, like a real shop: opening hours 07:00-21:00, busier in the middle of the day.
    QRandomGenerator random(20261125);
    std::vector<qint64> times;
    times.reserve(size_t(orders));
    for (int i = 0; i < orders; ++i) {
        const qint64 day = random.bounded(kDays);
        const qint64 minute = 7 * 60 + (random.bounded(14 * 60) + random.bounded(14 * 60)) / 2;
        times.push_back(firstDay + day * 86400000 + minute * 60000 + random.bounded(60000));
    }
    std::sort(times.begin(), times.end());

    QStringList marks;
    for (qsizetype i = 0; i < kColumns.size(); ++i)
        marks.append(u"?"_s);
    const QString row = u'(' + marks.join(u',') + u')';
    auto statement = [&](int rows) -> QString {
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values.append(row);
        return u"INSERT INTO orders ("_s + kColumns.join(u", "_s) + u") VALUES "_s +
               values.join(u',');
    };
    QSqlQuery full(db.handle());
    if (!full.prepare(statement(kRowsPerStatement)))
        return false;
    int done = 0;
    QElapsedTimer clock;
    clock.start();
    while (done < orders) {
        if (!db.handle().transaction())
            return false;
        const int end = std::min(orders, done + kRowsPerTransaction);
        while (done < end) {
            const int rows = std::min(kRowsPerStatement, end - done);
            QSqlQuery partial(db.handle());
            QSqlQuery &query = rows == kRowsPerStatement ? full : partial;
            if (&query == &partial && !partial.prepare(statement(rows)))
                return false;
            int index = 0;
            for (int i = 0; i < rows; ++i) {
                for (const QVariant &value :
                     randomOrder(random, times[size_t(done + i)], terminals, cashiers, done + i))
                    query.bindValue(index++, value);
            }
            if (!query.exec()) {
                fail(query.lastError().text());
                return false;
            }
            done += rows;
        }
        if (!db.handle().commit())
            return false;
        err() << "\r  " << done << " orders, " << clock.elapsed() / 1000 << " s" << Qt::flush;
    }
    err() << Qt::endl;
    return true;
}

struct Timing
{
    double medianMs = 0;
    double maxMs = 0;
    double storeMs = 0; // the same query through HistoryStore, without HTTP
    int status = 0;
    qint64 bytes = 0;
    QJsonObject json;
};

double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The request's path and query ("/api/v1/history/summary?cashier=4") timed over HTTP, and its
// query timed again straight through HistoryStore.
Timing measure(HttpTestClient &client, Database &db, const QString &path, int runs = kRuns)
{
    Timing timing;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        const HttpTestReply reply = client.get(path, 600000);
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        timing.status = reply.status;
        timing.bytes = reply.body.size();
        if (path.contains(u"export.csv"_s))
            timing.json = QJsonObject{{u"rows"_s, reply.body.count('\n') - 1}};
        else
            timing.json = reply.json();
    }
    timing.medianMs = median(times);
    timing.maxMs = *std::max_element(times.begin(), times.end());

    const qsizetype mark = path.indexOf(u'?');
    HistoryFilter::Problem problem;
    const auto filter =
        HistoryFilter::fromQuery(QUrlQuery(mark < 0 ? QString() : path.mid(mark + 1)), &problem);
    if (!filter)
        return timing;
    HistoryStore store(db);
    times.clear();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        if (path.contains(u"export.csv"_s)) {
            QByteArray csv = HistoryCsv::start();
            store.exportCsv(*filter, &csv);
        } else if (path.contains(u"summary"_s)) {
            store.summary(*filter);
        } else {
            store.page(*filter);
        }
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    timing.storeMs = median(times);
    return timing;
}

void print(const QString &name, const Timing &timing, const QString &note = {})
{
    out() << QString::asprintf("%-40s store %8.1f ms   HTTP %8.1f ms (max %8.1f)  %d  %s\n",
                               qPrintable(name), timing.storeMs, timing.medianMs, timing.maxMs,
                               timing.status, qPrintable(note))
          << Qt::flush;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOption(u"orders"_s, u"Orders in the store"_s, u"n"_s,
                                          u"1000000"_s);
    const QCommandLineOption postgresOption(
        u"postgres"_s, u"Use a fresh database on COMPTOIR_TEST_PG_URL instead of SQLite"_s);
    const QCommandLineOption analyzeOption(
        u"analyze"_s, u"Run ANALYZE after filling SQLite (always done on PostgreSQL, as autovacuum "
                      u"would)"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the SQLite file (its path is printed)"_s);
    parser.addOptions({ordersOption, postgresOption, analyzeOption, keepOption});
    parser.process(application);
    const int orders = parser.value(ordersOption).toInt();
    if (orders < 1000)
        return fail(u"--orders must be at least 1000"_s);

    QTemporaryDir dir;
    dir.setAutoRemove(!parser.isSet(keepOption));
    std::unique_ptr<PgTestDatabase> pg;
    QString url = u"sqlite:"_s + dir.filePath(u"history.sqlite"_s);
    if (parser.isSet(postgresOption)) {
        pg = std::make_unique<PgTestDatabase>();
        if (!pg->create())
            return fail(pg->errorString());
        url = pg->url();
    }
    ServerConfig config;
    config.set(u"database/url"_s, url);
    config.set(u"server/listen"_s, u"127.0.0.1:0"_s);
    config.set(u"auth/pin_hash_ops"_s, 1);
    config.set(u"auth/pin_hash_memory_kib"_s, 64);
    ServerApp app(std::move(config));
    app.addModule(std::make_unique<HistoryModule>());
    if (!app.start())
        return fail(app.errorString());
    Database &db = app.db();

    QStringList terminals;
    QByteArray terminalToken;
    for (const QString &name : {u"Caisse 1"_s, u"Caisse 2"_s, u"Caisse 3"_s}) {
        const auto added = TerminalStore(db).add(name);
        if (!added)
            return fail(u"cannot add a terminal"_s);
        terminals.append(QString::number(added->first.id));
        terminalToken = added->second;
    }
    QStringList cashiers;
    UserStore users(db);
    for (const QString &name :
         {u"Awa"_s, u"Boukary"_s, u"Fatimata"_s, u"Issouf"_s, u"Mariam"_s, u"Salif"_s}) {
        UserStore::User user;
        if (users.add(name, UserRole::Cashier, app.pinHasher().hash(u"1234"_s), &user) !=
            UserStore::Outcome::Done)
            return fail(u"cannot add a cashier"_s);
        cashiers.append(QString::number(user.id));
    }
    UserStore::User manager;
    if (users.add(u"Moussa"_s, UserRole::Manager, app.pinHasher().hash(u"9999"_s), &manager) !=
        UserStore::Outcome::Done)
        return fail(u"cannot add the manager"_s);

    const qint64 firstDay =
        QDateTime(QDate(2026, 8, 27), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    out() << "history bench: " << orders << " orders on " << (pg ? u"PostgreSQL"_s : u"SQLite"_s)
          << Qt::endl;
    QElapsedTimer fillClock;
    fillClock.start();
    if (db.isPostgres() == false)
        db.exec(u"PRAGMA cache_size=-262144"_s);
    if (!fill(db, orders, firstDay, terminals, cashiers))
        return fail(u"filling failed: "_s + db.errorString());
    out() << QString::asprintf("fill: %.1f s (%.0f orders/s)\n", fillClock.elapsed() / 1000.0,
                               orders / (fillClock.elapsed() / 1000.0));
    if (parser.isSet(analyzeOption) || db.isPostgres()) {
        QElapsedTimer clock;
        clock.start();
        // What autovacuum leaves behind on PostgreSQL: statistics and a visibility map (which
        // index-only scans need).
        db.exec(db.isPostgres() ? u"VACUUM ANALYZE orders"_s : u"ANALYZE"_s);
        out() << QString::asprintf("%s: %.1f s\n", db.isPostgres() ? "VACUUM ANALYZE" : "ANALYZE",
                                   clock.elapsed() / 1000.0);
    }

    HttpTestClient client(app.baseUrl());
    client.setHeader("Authorization", "Bearer " + terminalToken);
    const HttpTestReply login = client.post(
        u"/api/v1/sessions"_s, QJsonObject{{u"user"_s, u"Moussa"_s}, {u"pin"_s, u"9999"_s}});
    if (login.status != 201)
        return fail(u"login failed: "_s + QString::fromUtf8(login.body));
    client.setHeader("X-Comptoir-Session", login.json().value(u"token"_s).toString().toLatin1());

    const QString day = QDate(2026, 10, 15).toString(Qt::ISODate);
    const QString dayFilter =
        u"from=%1&to=%2"_s.arg(day, QDate(2026, 10, 16).toString(Qt::ISODate));
    const QString cashier = u"cashier="_s + cashiers.at(3);

    Timing first = measure(client, db, u"/api/v1/history"_s);
    print(u"first page (100, newest first)"_s, first,
          u"%1 rows"_s.arg(first.json.value(u"orders"_s).toArray().size()));
    const QString cursor = first.json.value(u"next_cursor"_s).toString();
    print(u"next page (cursor)"_s, measure(client, db, u"/api/v1/history?cursor="_s + cursor));
    Timing deep = first;
    QString deepCursor = cursor;
    for (int i = 0; i < 50 && !deepCursor.isEmpty(); ++i) {
        deep = measure(client, db, u"/api/v1/history?limit=500&cursor="_s + deepCursor, 1);
        deepCursor = deep.json.value(u"next_cursor"_s).toString();
    }
    print(u"page 51 of 500 (25 000 rows deep)"_s,
          measure(client, db, u"/api/v1/history?limit=500&cursor="_s + deepCursor));
    print(u"first page by total"_s, measure(client, db, u"/api/v1/history?sort=total_desc"_s));
    print(u"filtered page: a day"_s, measure(client, db, u"/api/v1/history?"_s + dayFilter));
    print(u"filtered page: a cashier"_s, measure(client, db, u"/api/v1/history?"_s + cashier));
    print(u"filtered page: status paid"_s, measure(client, db, u"/api/v1/history?status=paid"_s));
    print(u"filtered page: status awaiting_payment"_s,
          measure(client, db, u"/api/v1/history?status=awaiting_payment"_s));
    print(u"filtered page: a cashier on a day"_s,
          measure(client, db, u"/api/v1/history?"_s + dayFilter + u'&' + cashier));
    print(u"filtered page: flagged"_s, measure(client, db, u"/api/v1/history?flagged=1"_s));
    print(u"search: a reference"_s, measure(client, db, u"/api/v1/history?q=LGD-000500000"_s));
    print(u"search: an id prefix"_s, measure(client, db, u"/api/v1/history?q=abcd"_s));
    print(u"search: a customer number suffix"_s,
          measure(client, db, u"/api/v1/history?q=4567890"_s));

    auto summaryNote = [](const Timing &timing) {
        return u"count %1, total %2"_s.arg(timing.json.value(u"count"_s).toInteger())
            .arg(timing.json.value(u"total"_s).toInteger());
    };
    Timing totals = measure(client, db, u"/api/v1/history/summary?"_s + dayFilter);
    print(u"totals: a day"_s, totals, summaryNote(totals));
    totals = measure(client, db, u"/api/v1/history/summary?"_s + cashier);
    print(u"totals: a cashier (all 90 days)"_s, totals, summaryNote(totals));
    totals = measure(client, db, u"/api/v1/history/summary?"_s + dayFilter + u'&' + cashier);
    print(u"totals: a cashier on a day"_s, totals, summaryNote(totals));
    totals = measure(client, db, u"/api/v1/history/summary?status=awaiting_payment"_s);
    print(u"totals: status awaiting_payment"_s, totals, summaryNote(totals));
    totals = measure(client, db, u"/api/v1/history/summary?status=paid"_s);
    print(u"totals: status paid"_s, totals, summaryNote(totals));
    totals = measure(client, db, u"/api/v1/history/summary"_s, 3);
    print(u"totals: everything"_s, totals, summaryNote(totals));

    // About 100 000 orders: the last nine days.
    const QString exportRange = u"from=%1&to=%2"_s.arg(QDate(2026, 11, 16).toString(Qt::ISODate),
                                                       QDate(2026, 11, 25).toString(Qt::ISODate));
    resetPeakMemory();
    const qint64 rssBefore = statusKib("VmRSS:");
    const Timing exported =
        measure(client, db, u"/api/v1/history/export.csv?sort=created_asc&"_s + exportRange, 3);
    const qint64 peak = statusKib("VmHWM:");
    print(u"export.csv"_s, exported,
          u"%1 rows, %2 MB, peak memory +%3 MB over %4 MB"_s
              .arg(exported.json.value(u"rows"_s).toInteger())
              .arg(double(exported.bytes) / 1e6, 0, 'f', 1)
              .arg(double(peak - rssBefore) / 1024.0, 0, 'f', 0)
              .arg(double(rssBefore) / 1024.0, 0, 'f', 0));
    return 0;
}
