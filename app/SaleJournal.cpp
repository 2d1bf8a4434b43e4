#include "SaleJournal.h"

#include "Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSaleJournal, "comptoir.app.salejournal")

namespace {

const QString kCurrentCartId = u"current"_s;
const QString kOrderColumns =
    u"draft, state, payment_url, synced, attempts, last_error, customer_number"_s;

QString now()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The lines column holds the cart's JSON ({"lines":[...]}).
QString cartToText(const Cart &cart)
{
    return QString::fromUtf8(QJsonDocument(cart.toJson()).toJson(QJsonDocument::Compact));
}

// Journals written before the app used core's CartLine spelled a line {"productId","unitPrice"}
// and kept a cart as a bare array: they are read too, so an upgrade never loses a sale.
QJsonArray upgradedLines(const QJsonArray &lines)
{
    QJsonArray upgraded;
    for (const QJsonValue &value : lines) {
        QJsonObject line = value.toObject();
        for (const auto &[before, after] : {std::pair{u"productId"_s, u"product_id"_s},
                                            std::pair{u"unitPrice"_s, u"unit_price"_s}}) {
            if (line.contains(before) && !line.contains(after))
                line.insert(after, line.take(before));
        }
        upgraded.append(line);
    }
    return upgraded;
}

// Cart::fromJson checks every invariant again: a damaged row gives an empty cart, logged.
Cart cartFromText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject object = document.isArray()
                                   ? QJsonObject{{u"lines"_s, upgradedLines(document.array())}}
                                   : document.object();
    const Result<Cart> cart = Cart::fromJson(object);
    if (!cart.isOk()) {
        qCWarning(lcSaleJournal) << "unreadable cart in the journal:" << cart.error().field
                                 << cart.error().message;
        return {};
    }
    return *cart;
}

SaleJournal::SavedCart readCart(const QSqlQuery &query)
{
    SaleJournal::SavedCart saved;
    saved.id = query.value(0).toString();
    saved.label = query.value(1).toString();
    saved.orderId = query.value(2).toString();
    saved.cart = cartFromText(query.value(3).toString());
    saved.updatedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    return saved;
}

std::optional<SaleJournal::JournaledOrder> readOrder(const QSqlQuery &query)
{
    QJsonObject object = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    if (object.value(u"lines"_s).isArray())
        object.insert(u"lines"_s, upgradedLines(object.value(u"lines"_s).toArray()));
    const Result<OrderDraft> draft = OrderDraft::fromJson(object);
    if (!draft.isOk()) {
        qCWarning(lcSaleJournal) << "unreadable order in the journal:" << draft.error().field
                                 << draft.error().message;
        return std::nullopt;
    }
    SaleJournal::JournaledOrder order;
    order.draft = *draft;
    // An unknown spelling keeps the order watched rather than forgotten.
    order.state =
        orderStatusFromString(query.value(1).toString()).value_or(OrderStatus::AwaitingPayment);
    order.paymentUrl = QUrl(query.value(2).toString());
    order.synced = query.value(3).toBool();
    order.attempts = query.value(4).toInt();
    order.lastError = query.value(5).toString();
    order.customerNumber = query.value(6).toString();
    return order;
}

} // namespace

SaleJournal::SaleJournal(const QString &path, QObject *parent)
    : QObject(parent)
    , m_connectionName(u"journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        qCWarning(lcSaleJournal) << "cannot open journal" << path << m_lastError;
        return;
    }
    // FULL: a sale acknowledged on screen must survive a power cut.
    exec(u"PRAGMA journal_mode=WAL"_s);
    exec(u"PRAGMA synchronous=FULL"_s);
    exec(u"CREATE TABLE IF NOT EXISTS carts(id TEXT PRIMARY KEY, kind TEXT NOT NULL, label TEXT "
         "NOT NULL DEFAULT '', order_id TEXT NOT NULL DEFAULT '', lines TEXT NOT NULL, "
         "updated_at TEXT NOT NULL)"_s);
    exec(u"CREATE TABLE IF NOT EXISTS orders(id TEXT PRIMARY KEY, method TEXT NOT NULL, state "
         "TEXT NOT NULL, draft TEXT NOT NULL, payment_url TEXT NOT NULL DEFAULT '', synced "
         "INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT "
         "NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"_s);
    // Journals written before direct payins were journaled lack the column: add it in place.
    if (!hasColumn(u"orders"_s, u"customer_number"_s))
        exec(u"ALTER TABLE orders ADD COLUMN customer_number TEXT NOT NULL DEFAULT ''"_s);
}

bool SaleJournal::hasColumn(const QString &table, const QString &column) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"PRAGMA table_info("_s + table + u")"_s))
        return false;
    while (query.next()) {
        if (query.value(1).toString() == column)
            return true;
    }
    return false;
}

SaleJournal::~SaleJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SaleJournal::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool SaleJournal::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        qCWarning(lcSaleJournal) << "prepare failed:" << m_lastError;
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcSaleJournal) << "write failed:" << m_lastError;
        return false;
    }
    return true;
}

bool SaleJournal::saveCurrentCart(const ::Cart &cart, const QString &orderId)
{
    return exec(u"INSERT OR REPLACE INTO carts(id, kind, label, order_id, lines, updated_at) "
                "VALUES(?, 'current', '', COALESCE(?, ''), ?, ?)"_s,
                {kCurrentCartId, orderId, cartToText(cart), now()});
}

SaleJournal::SavedCart SaleJournal::currentCart() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT id, label, order_id, lines, updated_at FROM carts WHERE id = ?"_s);
    query.addBindValue(kCurrentCartId);
    if (query.exec() && query.next())
        return readCart(query);
    return SavedCart{kCurrentCartId, {}, {}, {}, {}};
}

QString SaleJournal::hold(const ::Cart &cart, const QString &label)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!exec(u"INSERT INTO carts(id, kind, label, order_id, lines, updated_at) "
              "VALUES(?, 'held', COALESCE(?, ''), '', ?, ?)"_s,
              {id, label, cartToText(cart), now()}))
        return {};
    return id;
}

QList<SaleJournal::SavedCart> SaleJournal::heldCarts() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QList<SavedCart> carts;
    if (query.exec(u"SELECT id, label, order_id, lines, updated_at FROM carts "
                   "WHERE kind = 'held' ORDER BY updated_at"_s)) {
        while (query.next())
            carts.append(readCart(query));
    }
    return carts;
}

SaleJournal::SavedCart SaleJournal::takeHeld(const QString &id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT id, label, order_id, lines, updated_at FROM carts "
                  "WHERE id = ? AND kind = 'held'"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    SavedCart saved = readCart(query);
    if (!exec(u"DELETE FROM carts WHERE id = ?"_s, {id}))
        return {};
    return saved;
}

bool SaleJournal::recordOrder(const OrderDraft &draft, OrderStatus state)
{
    const QString text =
        QString::fromUtf8(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
    // A re-recorded order keeps its sync flag: recording twice must never send twice.
    const bool ok =
        exec(u"INSERT INTO orders(id, method, state, draft, created_at, updated_at) "
             "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state, "
             "draft = excluded.draft, updated_at = excluded.updated_at"_s,
             {draft.id, paymentMethodToString(draft.method), orderStatusToString(state), text,
              now(), now()});
    if (ok)
        Q_EMIT ordersChanged();
    return ok;
}

bool SaleJournal::setOrderState(const QString &id, OrderStatus state)
{
    const bool ok = exec(u"UPDATE orders SET state = ?, updated_at = ? WHERE id = ?"_s,
                         {orderStatusToString(state), now(), id});
    if (ok)
        Q_EMIT ordersChanged();
    return ok;
}

bool SaleJournal::setPaymentUrl(const QString &id, const QUrl &url)
{
    return exec(u"UPDATE orders SET payment_url = COALESCE(?, ''), updated_at = ? WHERE id = ?"_s,
                {url.toString(), now(), id});
}

bool SaleJournal::setPaymentPushed(const QString &id, const QString &customerNumber)
{
    const bool ok =
        exec(u"UPDATE orders SET customer_number = COALESCE(?, ''), updated_at = ? WHERE id = ?"_s,
             {customerNumber, now(), id});
    if (ok)
        Q_EMIT ordersChanged();
    return ok;
}

bool SaleJournal::markSynced(const QString &id)
{
    const bool ok =
        exec(u"UPDATE orders SET synced = 1, last_error = '', updated_at = ? WHERE id = ?"_s,
             {now(), id});
    if (ok)
        Q_EMIT ordersChanged();
    return ok;
}

bool SaleJournal::markRejected(const QString &id, const QString &error)
{
    const bool ok = exec(
        u"UPDATE orders SET synced = -1, last_error = COALESCE(?, ''), updated_at = ? WHERE id = ?"_s,
        {error, now(), id});
    if (ok)
        Q_EMIT ordersChanged();
    return ok;
}

bool SaleJournal::recordAttempt(const QString &id, const QString &error)
{
    return exec(
        u"UPDATE orders SET attempts = attempts + 1, last_error = COALESCE(?, ''), updated_at = ? "
        "WHERE id = ?"_s,
        {error, now(), id});
}

bool SaleJournal::removeOrder(const QString &id)
{
    const bool ok = exec(u"DELETE FROM orders WHERE id = ?"_s, {id});
    if (ok)
        Q_EMIT ordersChanged();
    return ok;
}

std::optional<SaleJournal::JournaledOrder> SaleJournal::order(const QString &id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT "_s + kOrderColumns + u" FROM orders WHERE id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next())
        return readOrder(query);
    return std::nullopt;
}

QList<SaleJournal::JournaledOrder> SaleJournal::awaitingOrders() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QList<JournaledOrder> orders;
    if (query.exec(u"SELECT "_s + kOrderColumns +
                   u" FROM orders WHERE method = 'ligdicash' AND state IN "
                   "('draft', 'awaiting_payment', 'expired') ORDER BY created_at"_s)) {
        while (query.next()) {
            if (const auto order = readOrder(query))
                orders.append(*order);
        }
    }
    return orders;
}

QList<SaleJournal::JournaledOrder> SaleJournal::unsyncedOrders() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QList<JournaledOrder> orders;
    if (query.exec(u"SELECT "_s + kOrderColumns +
                   u" FROM orders WHERE synced = 0 AND method = 'cash' ORDER BY created_at"_s)) {
        while (query.next()) {
            if (const auto order = readOrder(query))
                orders.append(*order);
        }
    }
    return orders;
}

int SaleJournal::unsyncedCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(u"SELECT COUNT(*) FROM orders WHERE synced = 0 AND method = 'cash'"_s) &&
        query.next())
        return query.value(0).toInt();
    return 0;
}
