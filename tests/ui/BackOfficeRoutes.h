#pragma once

// The manager endpoints of docs/manager-api.md that the history and unmatched pages call, served
// by a FakeComptoirServer from a list of demo orders of a shop in Ouagadougou: paging with a
// cursor, the filters, the summary, the CSV export, an order's detail and timeline, verify and
// review. Every request is recorded so tests can check the query the app sent.

#include "FakeComptoirServer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrlQuery>

#include <algorithm>

struct BackOfficeRoutes
{
    struct Recorded
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QJsonObject body;
    };

    QList<QJsonObject> orders; // as GET /api/v1/history lists them
    QList<QJsonObject> unmatched;
    QList<Recorded> requests;
    QByteArray csv = QByteArrayLiteral(
        "\xEF\xBB\xBF"
        "order_id,created_at,status,method,total,paid_amount,currency,terminal,cashier,operator,"
        "customer_number,reference,tendered,change,flags\r\n"
        "7d1f0c2a-0001,2026-11-25 09:12:40,paid,ligdicash,4500,4500,XOF,Caisse 1,Awa "
        "Ouédraogo,ORANGE BURKINA,22670112233,LGD-20261125-0001,,,\r\n");
    QString verifyError;     // "no_invoice": answer 409
    int failNextHistory = 0; // answer the next N history pages with 503
    bool failExport = false; // answer the export with 503

    static QString isoTime(const QDateTime &time)
    {
        return time.toUTC().toString(Qt::ISODateWithMs);
    }

    // count demo orders, newest first, one every 7 minutes back from `newest`.
    void makeOrders(int count, const QDateTime &newest)
    {
        static const char *const cashiers[][2] = {{"2", "Awa Ouédraogo"}, {"3", "Issa Sawadogo"}};
        static const char *const operators[] = {"ORANGE BURKINA", "MOOV AFRICA BURKINA"};
        static const qint64 totals[] = {4500, 1150, 650, 12300, 2500, 900, 7800, 350, 15000, 3200};
        for (int i = 0; i < count; ++i) {
            const bool ligdicash = i % 3 != 2;
            const char *status = "paid";
            if (i % 17 == 5)
                status = "awaiting_payment";
            else if (i % 13 == 4)
                status = "failed";
            else if (i % 19 == 7)
                status = "cancelled";
            else if (i % 23 == 9 && ligdicash)
                status = "expired";
            const qint64 total = totals[i % 10] + 50 * (i % 4);
            const bool mismatch = ligdicash && i % 29 == 3;
            QJsonObject order{
                {QStringLiteral("id"), QStringLiteral("%1-4c2e-9a7b-%2")
                                           .arg(0x7d1f0000 + i, 8, 16, QLatin1Char('0'))
                                           .arg(i, 12, 10, QLatin1Char('0'))},
                {QStringLiteral("created_at"), isoTime(newest.addSecs(-7 * 60 * i))},
                {QStringLiteral("status"), QString::fromLatin1(status)},
                {QStringLiteral("method"),
                 ligdicash ? QStringLiteral("ligdicash") : QStringLiteral("cash")},
                {QStringLiteral("total"), total},
                {QStringLiteral("currency"), QStringLiteral("XOF")},
                {QStringLiteral("paid_amount"), qstrcmp(status, "paid") == 0
                                                    ? QJsonValue(mismatch ? total - 500 : total)
                                                    : QJsonValue()},
                {QStringLiteral("terminal_id"),
                 i % 4 == 1 ? QStringLiteral("2") : QStringLiteral("1")},
                {QStringLiteral("terminal_name"),
                 i % 4 == 1 ? QStringLiteral("Caisse 2") : QStringLiteral("Caisse 1")},
                {QStringLiteral("cashier_id"), QString::fromLatin1(cashiers[i % 2][0])},
                {QStringLiteral("cashier_name"), QString::fromUtf8(cashiers[i % 2][1])},
                {QStringLiteral("operator_name"),
                 ligdicash ? QJsonValue(QString::fromLatin1(operators[(i / 3) % 2]))
                           : QJsonValue()},
                {QStringLiteral("customer_number"),
                 ligdicash ? QJsonValue(QStringLiteral("226%1%2")
                                            .arg((i / 3) % 2 ? 6 : 7)
                                            .arg(10234567 + 7919 * i, 7, 10, QLatin1Char('0'))
                                            .left(11))
                           : QJsonValue()},
                {QStringLiteral("reference"),
                 ligdicash && qstrcmp(status, "paid") == 0
                     ? QJsonValue(QStringLiteral("LGD-%1-%2")
                                      .arg(newest.date().toString(QStringLiteral("yyyyMMdd")))
                                      .arg(count - i, 4, 10, QLatin1Char('0')))
                     : QJsonValue()},
                {QStringLiteral("flags"), QJsonObject{{QStringLiteral("amount_mismatch"), mismatch},
                                                      {QStringLiteral("paid_late"), false},
                                                      {QStringLiteral("reviewed"), false}}}};
            orders.append(order);
        }
    }

    QJsonObject find(const QString &id) const
    {
        for (const QJsonObject &order : orders) {
            if (order.value(QStringLiteral("id")).toString() == id)
                return order;
        }
        return {};
    }

    void replace(const QJsonObject &order)
    {
        for (QJsonObject &existing : orders) {
            if (existing.value(QStringLiteral("id")) == order.value(QStringLiteral("id")))
                existing = order;
        }
    }

    QList<QJsonObject> filtered(const QUrlQuery &query) const
    {
        QList<QJsonObject> result;
        const QStringList statuses = query.queryItemValue(QStringLiteral("status"))
                                         .split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QString method = query.queryItemValue(QStringLiteral("method"));
        const QString operatorName =
            query.queryItemValue(QStringLiteral("operator"), QUrl::FullyDecoded);
        const QString q = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        const QString terminal = query.queryItemValue(QStringLiteral("terminal"));
        const QString cashier = query.queryItemValue(QStringLiteral("cashier"));
        const QString minTotal = query.queryItemValue(QStringLiteral("min_total"));
        const QString maxTotal = query.queryItemValue(QStringLiteral("max_total"));
        const bool flagged = query.queryItemValue(QStringLiteral("flagged")) == QLatin1String("1");
        // Dates compare as text against ISO times: "2026-11-25" <= "2026-11-25T09:00:00.000Z".
        const QString from = query.queryItemValue(QStringLiteral("from"));
        const QString to = query.queryItemValue(QStringLiteral("to"));
        for (const QJsonObject &order : orders) {
            const qint64 total = order.value(QStringLiteral("total")).toInteger();
            const QJsonObject flags = order.value(QStringLiteral("flags")).toObject();
            const QString created = order.value(QStringLiteral("created_at")).toString();
            if ((!from.isEmpty() && created < from) || (!to.isEmpty() && created >= to))
                continue;
            if (!statuses.isEmpty() &&
                !statuses.contains(order.value(QStringLiteral("status")).toString()))
                continue;
            if (!method.isEmpty() && order.value(QStringLiteral("method")).toString() != method)
                continue;
            if (!operatorName.isEmpty() && order.value(QStringLiteral("operator_name"))
                                                   .toString()
                                                   .compare(operatorName, Qt::CaseInsensitive) != 0)
                continue;
            if (!terminal.isEmpty() &&
                order.value(QStringLiteral("terminal_id")).toString() != terminal)
                continue;
            if (!cashier.isEmpty() &&
                order.value(QStringLiteral("cashier_id")).toString() != cashier)
                continue;
            if (!minTotal.isEmpty() && total < minTotal.toLongLong())
                continue;
            if (!maxTotal.isEmpty() && total > maxTotal.toLongLong())
                continue;
            if (flagged && !((flags.value(QStringLiteral("amount_mismatch")).toBool() ||
                              flags.value(QStringLiteral("paid_late")).toBool()) &&
                             !flags.value(QStringLiteral("reviewed")).toBool()))
                continue;
            if (!q.isEmpty() && !order.value(QStringLiteral("id")).toString().startsWith(q) &&
                order.value(QStringLiteral("reference")).toString() != q &&
                !order.value(QStringLiteral("customer_number")).toString().endsWith(q))
                continue;
            result.append(order);
        }
        const QString sort = query.queryItemValue(QStringLiteral("sort"));
        auto key = [&sort](const QJsonObject &order) {
            return sort.startsWith(QLatin1String("total"))
                       ? QJsonValue(order.value(QStringLiteral("total")).toInteger())
                       : order.value(QStringLiteral("created_at"));
        };
        const bool ascending = sort.endsWith(QLatin1String("_asc"));
        std::stable_sort(result.begin(), result.end(),
                         [&](const QJsonObject &a, const QJsonObject &b) {
                             const QJsonValue ka = key(a);
                             const QJsonValue kb = key(b);
                             const bool less = ka.isString() ? ka.toString() < kb.toString()
                                                             : ka.toInteger() < kb.toInteger();
                             const bool greater = ka.isString() ? kb.toString() < ka.toString()
                                                                : kb.toInteger() < ka.toInteger();
                             return ascending ? less : greater;
                         });
        return result;
    }

    QJsonObject detail(const QJsonObject &order) const
    {
        QJsonObject detail = order;
        const qint64 total = order.value(QStringLiteral("total")).toInteger();
        // Lines that add up to the total: a few known products and the rest as one line.
        QJsonArray lines;
        qint64 left = total;
        struct Item
        {
            const char *id;
            const char *name;
            qint64 price;
        };
        static const Item items[] = {{"p6", "Riz parfumé 5 kg", 4500},
                                     {"p2", "Coca-Cola 33 cl", 500},
                                     {"p24", "Pain baguette", 150},
                                     {"p17", "Savon Santex 200 g", 250},
                                     {"p16", "Biscuits Parle-G", 50}};
        for (const Item &item : items) {
            const qint64 quantity = left / item.price;
            if (quantity <= 0)
                continue;
            left -= quantity * item.price;
            lines.append(QJsonObject{{QStringLiteral("product_id"), QString::fromLatin1(item.id)},
                                     {QStringLiteral("name"), QString::fromUtf8(item.name)},
                                     {QStringLiteral("unit_price"), item.price},
                                     {QStringLiteral("quantity"), quantity},
                                     {QStringLiteral("line_total"), quantity * item.price}});
        }
        detail.insert(QStringLiteral("lines"), lines);
        const bool cash = order.value(QStringLiteral("method")).toString() == QLatin1String("cash");
        const QDateTime created = QDateTime::fromString(
            order.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        const QString status = order.value(QStringLiteral("status")).toString();
        QJsonArray timeline{QJsonObject{{QStringLiteral("at"), isoTime(created)},
                                        {QStringLiteral("kind"), QStringLiteral("created")},
                                        {QStringLiteral("detail"), QJsonObject()}}};
        if (cash) {
            const qint64 tendered = ((total + 999) / 1000) * 1000;
            detail.insert(QStringLiteral("tendered"), tendered);
            detail.insert(QStringLiteral("change"), tendered - total);
            if (status == QLatin1String("paid"))
                timeline.append(QJsonObject{{QStringLiteral("at"), isoTime(created)},
                                            {QStringLiteral("kind"), QStringLiteral("paid")},
                                            {QStringLiteral("detail"), QJsonObject()}});
        } else {
            detail.insert(QStringLiteral("payment_kind"), QStringLiteral("hosted"));
            detail.insert(QStringLiteral("payment_url"),
                          QStringLiteral("https://app.ligdicash.com/pay/invoice/"
                                         "eyJhbGciOiJIUzI1NiJ9"));
            detail.insert(QStringLiteral("invoice_token_hint"), QStringLiteral("eyJhbG…x9Qw"));
            detail.insert(QStringLiteral("request_reference"),
                          QString(QStringLiteral("CPT-") +
                                  order.value(QStringLiteral("id")).toString().left(8)));
            auto event = [&](int seconds, const char *kind, const QJsonObject &eventDetail) {
                timeline.append(
                    QJsonObject{{QStringLiteral("at"), isoTime(created.addSecs(seconds))},
                                {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                {QStringLiteral("detail"), eventDetail}});
            };
            event(2, "invoice_created",
                  QJsonObject{{QStringLiteral("response_code"), QStringLiteral("00")}});
            if (status == QLatin1String("paid")) {
                event(48, "callback",
                      QJsonObject{{QStringLiteral("encoding"), QStringLiteral("json")},
                                  {QStringLiteral("duplicate"), false},
                                  {QStringLiteral("status"), QStringLiteral("completed")}});
                event(49, "confirm",
                      QJsonObject{
                          {QStringLiteral("status"), QStringLiteral("completed")},
                          {QStringLiteral("response_code"), QStringLiteral("00")},
                          {QStringLiteral("amount"), order.value(QStringLiteral("paid_amount"))}});
                const qint64 paid = order.value(QStringLiteral("paid_amount")).toInteger();
                if (paid != total)
                    event(49, "mismatch",
                          QJsonObject{{QStringLiteral("expected"), total},
                                      {QStringLiteral("received"), paid}});
                else
                    event(49, "paid", QJsonObject());
                event(51, "callback",
                      QJsonObject{{QStringLiteral("encoding"), QStringLiteral("form")},
                                  {QStringLiteral("duplicate"), true},
                                  {QStringLiteral("status"), QStringLiteral("completed")}});
                detail.insert(QStringLiteral("paid_at"), isoTime(created.addSecs(49)));
            } else if (status == QLatin1String("failed")) {
                event(60, "confirm",
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("notcompleted")},
                                  {QStringLiteral("response_code"), QStringLiteral("01")}});
                event(60, "failed", QJsonObject());
            } else if (status != QLatin1String("awaiting_payment")) {
                event(600, status.toLatin1().constData(), QJsonObject());
            }
        }
        detail.insert(QStringLiteral("timeline"), timeline);
        const QJsonObject flags = order.value(QStringLiteral("flags")).toObject();
        detail.insert(QStringLiteral("review"),
                      flags.value(QStringLiteral("reviewed")).toBool()
                          ? QJsonValue(QJsonObject{
                                {QStringLiteral("at"), isoTime(created.addSecs(3600))},
                                {QStringLiteral("by_name"), QStringLiteral("Mariam Kaboré")},
                                {QStringLiteral("note"),
                                 reviewNotes.value(order.value(QStringLiteral("id")).toString())}})
                          : QJsonValue());
        return detail;
    }

    QHash<QString, QString> reviewNotes;

    int count(const QByteArray &method, const QString &path) const
    {
        return int(std::count_if(requests.cbegin(), requests.cend(), [&](const Recorded &r) {
            return r.method == method && r.path == path;
        }));
    }

    QUrlQuery lastQuery(const QString &path) const
    {
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->path == path)
                return it->query;
        }
        return {};
    }

    QList<QUrlQuery> queries(const QString &path) const
    {
        QList<QUrlQuery> list;
        for (const Recorded &r : requests) {
            if (r.path == path)
                list.append(r.query);
        }
        return list;
    }

    void install(FakeComptoirServer &server)
    {
        auto record = [this](const HttpRequest &request) {
            requests.append({request.method, request.path, request.query,
                             QJsonDocument::fromJson(request.body).object()});
        };
        auto route = [&server](const char *method, const char *pattern,
                               HttpServer::Handler handler) {
            server.extraRoutes.append({QByteArray(method), QString::fromLatin1(pattern), handler});
        };
        route("GET", "/api/v1/history/summary", [this, record](const HttpRequest &request) {
            record(request);
            const QList<QJsonObject> matching = filtered(request.query);
            qint64 total = 0, paidCount = 0, paidTotal = 0;
            for (const QJsonObject &order : matching) {
                total += order.value(QStringLiteral("total")).toInteger();
                if (order.value(QStringLiteral("status")).toString() == QLatin1String("paid")) {
                    ++paidCount;
                    paidTotal += order.value(QStringLiteral("total")).toInteger();
                }
            }
            return HttpResponse::json(QJsonObject{{QStringLiteral("count"), matching.size()},
                                                  {QStringLiteral("total"), total},
                                                  {QStringLiteral("paid_count"), paidCount},
                                                  {QStringLiteral("paid_total"), paidTotal}});
        });
        route("GET", "/api/v1/history/export.csv", [this, record](const HttpRequest &request) {
            record(request);
            if (failExport)
                return HttpResponse::error(503, QStringLiteral("unavailable"),
                                           QStringLiteral("The database is busy."));
            return HttpResponse::text(csv, QByteArrayLiteral("text/csv; charset=utf-8"));
        });
        route("GET", "/api/v1/history", [this, record](const HttpRequest &request) {
            record(request);
            if (failNextHistory > 0) {
                --failNextHistory;
                return HttpResponse::error(503, QStringLiteral("unavailable"),
                                           QStringLiteral("injected fault"));
            }
            const QList<QJsonObject> matching = filtered(request.query);
            const int limit = request.query.hasQueryItem(QStringLiteral("limit"))
                                  ? request.query.queryItemValue(QStringLiteral("limit")).toInt()
                                  : 100;
            if (limit < 1 || limit > 500)
                return HttpResponse::error(400, QStringLiteral("bad_request"),
                                           QStringLiteral("limit: 1 to 500"));
            // This fake's cursor is an offset; the real one is opaque (sort key + id).
            const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
            const int start = cursor.isEmpty() ? 0 : cursor.mid(1).toInt();
            QJsonArray page;
            for (int i = start; i < matching.size() && i < start + limit; ++i)
                page.append(matching.at(i));
            const bool more = start + limit < matching.size();
            return HttpResponse::json(QJsonObject{
                {QStringLiteral("orders"), page},
                {QStringLiteral("next_cursor"),
                 more ? QJsonValue(QStringLiteral("o%1").arg(start + limit)) : QJsonValue()}});
        });
        route("GET", "/api/v1/history/{id}", [this, record](const HttpRequest &request) {
            record(request);
            const QJsonObject order = find(request.param(QStringLiteral("id")));
            if (order.isEmpty())
                return HttpResponse::error(404, QStringLiteral("not_found"),
                                           QStringLiteral("No such order."));
            return HttpResponse::json(detail(order));
        });
        route("POST", "/api/v1/orders/{id}/verify", [this, record](const HttpRequest &request) {
            record(request);
            QJsonObject order = find(request.param(QStringLiteral("id")));
            if (order.isEmpty())
                return HttpResponse::error(404, QStringLiteral("not_found"),
                                           QStringLiteral("No such order."));
            if (!verifyError.isEmpty())
                return HttpResponse::error(409, verifyError,
                                           QStringLiteral("This order never had an invoice."));
            const QString before = order.value(QStringLiteral("status")).toString();
            if (order.value(QStringLiteral("status")).toString() != QLatin1String("paid")) {
                order.insert(QStringLiteral("status"), QStringLiteral("paid"));
                order.insert(QStringLiteral("paid_amount"), order.value(QStringLiteral("total")));
                order.insert(QStringLiteral("reference"), QStringLiteral("LGD-VERIFIED-0001"));
                replace(order);
            }
            QJsonObject answer = detail(order);
            QJsonArray timeline = answer.value(QStringLiteral("timeline")).toArray();
            timeline.append(QJsonObject{
                {QStringLiteral("at"), isoTime(QDateTime::currentDateTimeUtc())},
                {QStringLiteral("kind"), QStringLiteral("reverified")},
                {QStringLiteral("detail"),
                 QJsonObject{{QStringLiteral("by_id"), QStringLiteral("1")},
                             {QStringLiteral("by_name"), QStringLiteral("Mariam Kaboré")},
                             {QStringLiteral("asked_ligdicash"), true},
                             {QStringLiteral("status_before"), before},
                             {QStringLiteral("status_after"), QStringLiteral("paid")},
                             {QStringLiteral("confirm_status"), QStringLiteral("completed")}}}});
            answer.insert(QStringLiteral("timeline"), timeline);
            return HttpResponse::json(answer);
        });
        route("POST", "/api/v1/orders/{id}/review", [this, record](const HttpRequest &request) {
            record(request);
            QJsonObject order = find(request.param(QStringLiteral("id")));
            QJsonObject flags = order.value(QStringLiteral("flags")).toObject();
            if (!flags.value(QStringLiteral("amount_mismatch")).toBool() &&
                !flags.value(QStringLiteral("paid_late")).toBool())
                return HttpResponse::error(409, QStringLiteral("not_flagged"),
                                           QStringLiteral("This order has no flag."));
            flags.insert(QStringLiteral("reviewed"), true);
            order.insert(QStringLiteral("flags"), flags);
            reviewNotes.insert(order.value(QStringLiteral("id")).toString(),
                               QJsonDocument::fromJson(request.body)
                                   .object()
                                   .value(QStringLiteral("note"))
                                   .toString());
            replace(order);
            return HttpResponse::json(detail(order));
        });
        route("GET", "/api/v1/payments/unmatched", [this, record](const HttpRequest &request) {
            record(request);
            QJsonArray array;
            for (const QJsonObject &payment : unmatched)
                array.append(payment);
            return HttpResponse::json(QJsonObject{{QStringLiteral("unmatched"), array}});
        });
        route("POST", "/api/v1/payments/unmatched/{id}/review",
              [this, record](const HttpRequest &request) {
                  record(request);
                  for (QJsonObject &payment : unmatched) {
                      if (payment.value(QStringLiteral("id")).toString() !=
                          request.param(QStringLiteral("id")))
                          continue;
                      payment.insert(QStringLiteral("reviewed_at"),
                                     isoTime(QDateTime::currentDateTimeUtc()));
                      payment.insert(QStringLiteral("reviewed_by_name"),
                                     QStringLiteral("Mariam Kaboré"));
                      payment.insert(QStringLiteral("note"), QJsonDocument::fromJson(request.body)
                                                                 .object()
                                                                 .value(QStringLiteral("note"))
                                                                 .toString());
                      return HttpResponse::json(payment);
                  }
                  return HttpResponse::error(404, QStringLiteral("not_found"),
                                             QStringLiteral("No such payment."));
              });
        route("GET", "/api/v1/admin/terminals", [](const HttpRequest &) {
            return HttpResponse::json(QJsonObject{
                {QStringLiteral("terminals"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                        {QStringLiteral("name"), QStringLiteral("Caisse 1")}},
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                                        {QStringLiteral("name"), QStringLiteral("Caisse 2")}}}}});
        });
    }

    void makeUnmatched(const QDateTime &now)
    {
        unmatched = {
            QJsonObject{
                {QStringLiteral("id"), QStringLiteral("u1")},
                {QStringLiteral("received_at"), isoTime(now.addSecs(-3 * 3600))},
                {QStringLiteral("transaction_id"), QStringLiteral("LGD-TX-88412")},
                {QStringLiteral("status"), QStringLiteral("completed")},
                {QStringLiteral("amount"), 5000},
                {QStringLiteral("payer"), QStringLiteral("22670998877")},
                {QStringLiteral("request_id"), QStringLiteral("CPT-9f3e0a11")},
                {QStringLiteral("confirm"),
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")},
                             {QStringLiteral("amount"), 5000},
                             {QStringLiteral("operator_name"), QStringLiteral("ORANGE BURKINA")}}},
                {QStringLiteral("reviewed_at"), QJsonValue()},
                {QStringLiteral("reviewed_by_name"), QJsonValue()},
                {QStringLiteral("note"), QJsonValue()}},
            QJsonObject{
                {QStringLiteral("id"), QStringLiteral("u2")},
                {QStringLiteral("received_at"), isoTime(now.addDays(-1))},
                {QStringLiteral("transaction_id"), QStringLiteral("LGD-TX-88107")},
                {QStringLiteral("status"), QStringLiteral("completed")},
                {QStringLiteral("amount"), 1500},
                {QStringLiteral("payer"), QStringLiteral("22666123456")},
                {QStringLiteral("request_id"), QStringLiteral("")},
                {QStringLiteral("confirm"), QJsonValue()},
                {QStringLiteral("reviewed_at"), isoTime(now.addSecs(-20 * 3600))},
                {QStringLiteral("reviewed_by_name"), QStringLiteral("Mariam Kaboré")},
                {QStringLiteral("note"), QStringLiteral("Remboursé par Moov Money au client")}}};
    }
};
