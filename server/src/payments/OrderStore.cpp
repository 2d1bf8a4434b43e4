#include "OrderStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrderStore, "comptoir.payments.orderstore", QtInfoMsg)

namespace {

const QString orderColumns =
    u"id, terminal_id, cashier_id, method, currency, total, tendered, change_due, lines_json, "
    u"request_hash, status, payment_kind, customer_phone, invoice_token, payment_url, "
    u"last_error_code, last_error_message, last_confirm_status, paid_amount, operator_name, "
    u"payer, flag_mismatch, flag_paid_late, payment_attempt, reference, created_at, updated_at, "
    u"invoice_created_at, paid_at, check_attempts, version, invoice_claim_owner, "
    u"invoice_claim_until"_s;

QVariant optionalInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Rolls back unless committed; keeps every multi-row change all-or-nothing.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_open = m_db.transaction();
        if (!m_open)
            qCWarning(lcOrderStore) << "cannot begin a transaction:" << m_db.lastError().text();
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        if (m_db.commit())
            return true;
        qCWarning(lcOrderStore) << "commit failed:" << m_db.lastError().text();
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

OrderStore::OrderStore(const QString &connectionName)
    : m_connectionName(connectionName)
{}

void OrderStore::setChangeListener(std::function<void(const QString &)> listener)
{
    m_changeListener = std::move(listener);
}

QString OrderStore::notifyChannel()
{
    return u"comptoir_orders"_s;
}

QSqlDatabase OrderStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool OrderStore::isPostgres() const
{
    return database().driverName() == "QPSQL"_L1;
}

bool OrderStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    qCWarning(lcOrderStore) << "query failed:" << query.lastError().text();
    return false;
}

OrderRecord OrderStore::fromQuery(const QSqlQuery &query)
{
    OrderRecord order;
    int c = 0;
    auto next = [&] { return query.value(c++); };
    auto optional = [](const QVariant &value) {
        return value.isNull() ? std::optional<qint64>() : std::optional<qint64>(value.toLongLong());
    };
    order.id = next().toString();
    order.terminalId = next().toString();
    order.cashierId = next().toString();
    order.method = next().toString();
    order.currency = next().toString();
    order.total = next().toLongLong();
    order.tendered = optional(next());
    order.changeDue = optional(next());
    order.lines = QJsonDocument::fromJson(next().toString().toUtf8()).array();
    order.requestHash = next().toString();
    order.status = next().toString();
    order.paymentKind = next().toString();
    order.customerPhone = next().toString();
    order.invoiceToken = next().toString();
    order.paymentUrl = next().toString();
    order.lastErrorCode = next().toString();
    order.lastErrorMessage = next().toString();
    order.lastConfirmStatus = next().toString();
    order.paidAmount = optional(next());
    order.operatorName = next().toString();
    order.payer = next().toString();
    order.flagMismatch = next().toLongLong() != 0;
    order.flagPaidLate = next().toLongLong() != 0;
    order.paymentAttempt = next().toInt();
    order.reference = next().toString();
    order.createdAt = next().toLongLong();
    order.updatedAt = next().toLongLong();
    order.invoiceCreatedAt = next().toLongLong();
    order.paidAt = next().toLongLong();
    order.checkAttempts = next().toLongLong();
    order.version = next().toInt();
    order.invoiceClaimOwner = next().toString();
    order.invoiceClaimUntil = next().toLongLong();
    return order;
}

QSqlQuery &OrderStore::prepared(const QString &sql, const QList<QVariant> &values, bool *ok) const
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        // Not forward-only: PostgreSQL's single-row mode would leave the connection busy with
        // an unread end-of-results after each use, and LISTEN notifications are only parsed
        // on an idle connection (they would wait for the next query).
        auto query = std::make_shared<QSqlQuery>(database());
        if (!query->prepare(sql))
            qCWarning(lcOrderStore) << "prepare failed:" << query->lastError().text();
        it = m_prepared.insert(sql, query);
    }
    QSqlQuery &query = **it;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    *ok = exec(query);
    return query;
}

std::optional<OrderRecord> OrderStore::find(const QString &id, bool *failed) const
{
    bool ok = false;
    QSqlQuery &query =
        prepared(u"SELECT "_s + orderColumns + u" FROM orders WHERE id = ?"_s, {id}, &ok);
    if (failed)
        *failed = !ok;
    std::optional<OrderRecord> order;
    if (ok && query.next())
        order = fromQuery(query);
    query.finish();
    return order;
}

OrderStore::InsertOutcome OrderStore::insert(const OrderRecord &order, const QList<Event> &events,
                                             OrderRecord *existing)
{
    {
        Transaction tx(database());
        if (!tx.isOpen())
            return InsertOutcome::Failed;
        QSqlQuery query(database());
        query.prepare(
            u"INSERT INTO orders (id, terminal_id, cashier_id, method, currency, total, tendered, "
            u"change_due, lines_json, request_hash, status, created_at, updated_at, paid_at, "
            u"paid_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            u"ON CONFLICT (id) DO NOTHING"_s);
        query.addBindValue(order.id);
        query.addBindValue(order.terminalId);
        query.addBindValue(order.cashierId);
        query.addBindValue(order.method);
        query.addBindValue(order.currency);
        query.addBindValue(order.total);
        query.addBindValue(optionalInt(order.tendered));
        query.addBindValue(optionalInt(order.changeDue));
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(order.lines).toJson(QJsonDocument::Compact)));
        query.addBindValue(order.requestHash);
        query.addBindValue(order.status);
        query.addBindValue(order.createdAt);
        query.addBindValue(order.updatedAt);
        query.addBindValue(order.paidAt > 0 ? QVariant(order.paidAt)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(optionalInt(order.paidAmount));
        if (!exec(query))
            return InsertOutcome::Failed;
        if (query.numRowsAffected() == 1) {
            for (const Event &event : events) {
                if (!insertEvent(order.id, event.kind, event.detail, event.at))
                    return InsertOutcome::Failed;
            }
            notify(order.id);
            if (!tx.commit())
                return InsertOutcome::Failed;
            return InsertOutcome::Inserted;
        }
    }
    bool failed = false;
    const auto found = find(order.id, &failed);
    if (!found)
        return InsertOutcome::Failed;
    if (existing)
        *existing = *found;
    return InsertOutcome::Exists;
}

bool OrderStore::insertEvent(const QString &orderId, const QString &kind, const QJsonObject &detail,
                             qint64 now)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT INTO order_events (order_id, at, kind, detail) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(orderId);
    query.addBindValue(now);
    query.addBindValue(kind);
    query.addBindValue(compact(detail));
    return exec(query);
}

bool OrderStore::appendEvent(const QString &orderId, const QString &kind, const QJsonObject &detail,
                             qint64 now)
{
    return insertEvent(orderId, kind, detail, now);
}

void OrderStore::notify(const QString &orderId)
{
    // Inside the caller's transaction: PostgreSQL delivers it to every listening process on commit.
    if (!isPostgres())
        return;
    QSqlQuery query(database());
    query.prepare(u"SELECT pg_notify(?, ?)"_s);
    query.addBindValue(notifyChannel());
    query.addBindValue(orderId);
    exec(query);
}

OrderStore::Change OrderStore::transition(const QString &id, const QString &sql,
                                          const QList<QVariant> &bindings, const QString &eventKind,
                                          const QJsonObject &detail, qint64 now, bool statusChanged)
{
    Transaction tx(database());
    if (!tx.isOpen())
        return Change::Failed;
    QSqlQuery query(database());
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!exec(query))
        return Change::Failed;
    if (query.numRowsAffected() != 1)
        return Change::NotApplied;
    if (!eventKind.isEmpty() && !insertEvent(id, eventKind, detail, now))
        return Change::Failed;
    if (statusChanged)
        notify(id);
    if (!tx.commit())
        return Change::Failed;
    if (statusChanged && m_changeListener)
        m_changeListener(id);
    return Change::Applied;
}

QString OrderStore::inList(const QStringList &values)
{
    // Status names are our own snake_case constants, never user input.
    QStringList quoted;
    for (const QString &value : values)
        quoted.append(u'\'' + value + u'\'');
    return u'(' + quoted.join(u", "_s) + u')';
}

OrderStore::Change OrderStore::claimInvoice(const QString &id, const QStringList &startable,
                                            const QString &owner, qint64 now, qint64 leaseMs,
                                            const QString &kind, const QString &customerPhone)
{
    return transition(
        id,
        u"UPDATE orders SET invoice_claim_owner = ?, invoice_claim_until = ?, payment_kind = ?, "
        u"customer_phone = ?, updated_at = ? WHERE id = ? AND status IN "_s +
            inList(startable) + u" AND (invoice_claim_until IS NULL OR invoice_claim_until < ?)"_s,
        {owner, now + leaseMs, kind, nullableText(customerPhone), now, id, now},
        u"invoice_requested"_s, QJsonObject{{u"kind"_s, kind}}, now, false);
}

OrderStore::Change OrderStore::storeInvoice(const QString &id, const QString &owner,
                                            const QString &token, const QString &paymentUrl,
                                            qint64 now, qint64 firstCheckAt)
{
    QJsonObject detail{{u"payment_url"_s, paymentUrl}};
    return transition(
        id,
        u"UPDATE orders SET status = 'awaiting_payment', invoice_token = ?, payment_url = ?, "
        u"invoice_claim_owner = NULL, invoice_claim_until = NULL, invoice_created_at = ?, "
        u"next_check_at = ?, check_attempts = 0, last_error_code = NULL, "
        u"last_error_message = NULL, last_confirm_status = NULL, confirm_claim_until = NULL, "
        u"payment_attempt = payment_attempt + 1, updated_at = ?, version = version + 1 "
        u"WHERE id = ? AND invoice_claim_owner = ?"_s,
        {token, nullableText(paymentUrl), now, firstCheckAt, now, id, owner}, u"invoice_created"_s,
        detail, now, true);
}

OrderStore::Change OrderStore::releaseInvoiceClaim(const QString &id, const QString &owner,
                                                   const QString &errorCode,
                                                   const QString &errorMessage, qint64 now)
{
    return transition(id,
                      u"UPDATE orders SET invoice_claim_owner = NULL, invoice_claim_until = NULL, "
                      u"last_error_code = ?, last_error_message = ?, updated_at = ? "
                      u"WHERE id = ? AND invoice_claim_owner = ?"_s,
                      {errorCode, errorMessage, now, id, owner}, u"invoice_failed"_s,
                      QJsonObject{{u"code"_s, errorCode}, {u"message"_s, errorMessage}}, now,
                      false);
}

OrderStore::Change OrderStore::claimConfirm(const QString &id, qint64 now, qint64 minIntervalMs)
{
    bool ok = false;
    QSqlQuery &query = prepared(u"UPDATE orders SET confirm_claim_until = ? WHERE id = ? "
                                u"AND invoice_token IS NOT NULL "
                                u"AND (confirm_claim_until IS NULL OR confirm_claim_until <= ?)"_s,
                                {now + minIntervalMs, id, now}, &ok);
    const int rows = ok ? query.numRowsAffected() : 0;
    query.finish();
    if (!ok)
        return Change::Failed;
    return rows == 1 ? Change::Applied : Change::NotApplied;
}

OrderStore::Change OrderStore::scheduleCheck(const QString &id, qint64 expectedAttempts,
                                             qint64 nextCheckAt)
{
    QSqlQuery query(database());
    query.prepare(u"UPDATE orders SET next_check_at = ?, check_attempts = check_attempts + 1 "
                  u"WHERE id = ? AND check_attempts = ?"_s);
    query.addBindValue(nextCheckAt);
    query.addBindValue(id);
    query.addBindValue(expectedAttempts);
    if (!exec(query))
        return Change::Failed;
    return query.numRowsAffected() == 1 ? Change::Applied : Change::NotApplied;
}

QList<QPair<QString, qint64>> OrderStore::dueForCheck(const QStringList &statuses, qint64 now,
                                                      qint64 invoicedAfter, int limit) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT id, check_attempts FROM orders WHERE status IN "_s + inList(statuses) +
                  u" AND invoice_token IS NOT NULL AND next_check_at <= ? "
                  u"AND invoice_created_at > ? ORDER BY next_check_at LIMIT ?"_s);
    query.addBindValue(now);
    query.addBindValue(invoicedAfter);
    query.addBindValue(limit);
    QList<QPair<QString, qint64>> due;
    if (!exec(query))
        return due;
    while (query.next())
        due.append({query.value(0).toString(), query.value(1).toLongLong()});
    return due;
}

QList<QString> OrderStore::dueForExpiry(qint64 invoicedBefore, int limit) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT id FROM orders WHERE status = 'awaiting_payment' "
                  u"AND invoice_created_at < ? LIMIT ?"_s);
    query.addBindValue(invoicedBefore);
    query.addBindValue(limit);
    QList<QString> ids;
    if (!exec(query))
        return ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

OrderStore::Change OrderStore::changeStatus(const QString &id, const QStringList &from,
                                            const QString &to, const QString &set,
                                            const QList<QVariant> &bindings,
                                            const QString &eventKind, const QJsonObject &detail,
                                            qint64 now)
{
    QList<QVariant> all{to};
    all += bindings;
    all += QList<QVariant>{now, id};
    return transition(
        id,
        u"UPDATE orders SET status = ?"_s + (set.isEmpty() ? QString() : u", "_s + set) +
            u", updated_at = ?, version = version + 1 WHERE id = ? AND status IN "_s + inList(from),
        all, eventKind, detail, now, true);
}

OrderStore::Change OrderStore::flagMismatch(const QString &id, const QJsonObject &detail,
                                            qint64 now)
{
    return transition(id,
                      u"UPDATE orders SET flag_mismatch = 1, updated_at = ?, "
                      u"version = version + 1 WHERE id = ? AND flag_mismatch = 0"_s,
                      {now, id}, u"mismatch"_s, detail, now, true);
}

OrderStore::Change OrderStore::recordConfirmStatus(const QString &id, const QString &status,
                                                   const QJsonObject &detail, qint64 now)
{
    Transaction tx(database());
    if (!tx.isOpen())
        return Change::Failed;
    QSqlQuery query(database());
    query.prepare(u"UPDATE orders SET last_confirm_status = ? WHERE id = ? "
                  u"AND (last_confirm_status IS NULL OR last_confirm_status <> ?)"_s);
    query.addBindValue(status);
    query.addBindValue(id);
    query.addBindValue(status);
    if (!exec(query))
        return Change::Failed;
    if (query.numRowsAffected() != 1)
        return Change::NotApplied;
    if (!insertEvent(id, u"confirm_result"_s, detail, now))
        return Change::Failed;
    return tx.commit() ? Change::Applied : Change::Failed;
}

QList<OrderStore::Event> OrderStore::events(const QString &orderId, bool *failed) const
{
    QList<Event> result;
    QSqlQuery query(database());
    query.prepare(u"SELECT id, order_id, at, kind, detail FROM order_events WHERE order_id = ? "
                  u"ORDER BY id"_s);
    query.addBindValue(orderId);
    const bool ok = exec(query);
    if (failed)
        *failed = !ok;
    if (!ok)
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toLongLong(), query.value(3).toString(),
                       QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object()});
    }
    return result;
}

qint64 OrderStore::journalCallback(qint64 now, const QString &remoteAddress,
                                   const QByteArray &contentType, const QByteArray &body)
{
    bool ok = false;
    QSqlQuery &query =
        prepared(u"INSERT INTO callback_journal (received_at, remote_address, content_type, body) "
                 u"VALUES (?, ?, ?, ?) RETURNING id"_s,
                 {now, remoteAddress, QString::fromLatin1(contentType), body}, &ok);
    const qint64 id = ok && query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    return id;
}

QList<qint64> OrderStore::journalCallbacks(qint64 now, const QList<JournalEntry> &entries)
{
    QList<qint64> ids;
    const bool ok = inTransaction([&] {
        for (const JournalEntry &entry : entries) {
            const qint64 id =
                journalCallback(now, entry.remoteAddress, entry.contentType, entry.body);
            if (id < 0)
                return false;
            ids.append(id);
        }
        return true;
    });
    return ok ? ids : QList<qint64>();
}

bool OrderStore::inTransaction(const std::function<bool()> &work)
{
    Transaction tx(database());
    if (!tx.isOpen())
        return false;
    if (!work())
        return false;
    return tx.commit();
}

bool OrderStore::isDuplicate(const QString &dedupeKey, qint64 journalId) const
{
    bool ok = false;
    QSqlQuery &query =
        prepared(u"SELECT 1 FROM callback_journal WHERE dedupe_key = ? AND id <> ? LIMIT 1"_s,
                 {dedupeKey, journalId}, &ok);
    const bool found = ok && query.next();
    query.finish();
    return found;
}

bool OrderStore::completeJournal(qint64 journalId, const QString &encoding, const QString &orderId,
                                 const QString &dedupeKey, bool duplicate, const QString &outcome,
                                 qint64 now)
{
    bool ok = false;
    prepared(u"UPDATE callback_journal SET encoding = ?, order_id = ?, dedupe_key = ?, "
             u"duplicate = ?, outcome = ?, processed_at = ? WHERE id = ?"_s,
             {encoding, nullableText(orderId), nullableText(dedupeKey), duplicate ? 1 : 0, outcome,
              now, journalId},
             &ok)
        .finish();
    return ok;
}

QList<OrderStore::JournalEntry> OrderStore::unprocessedJournal(qint64 receivedBefore,
                                                               int limit) const
{
    QList<JournalEntry> result;
    QSqlQuery query(database());
    query.prepare(u"SELECT id, received_at, remote_address, content_type, body "
                  u"FROM callback_journal WHERE processed_at IS NULL AND received_at < ? "
                  u"ORDER BY id LIMIT ?"_s);
    query.addBindValue(receivedBefore);
    query.addBindValue(limit);
    if (!exec(query))
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toString(), query.value(3).toString().toLatin1(),
                       query.value(4).toByteArray()});
    }
    return result;
}

bool OrderStore::claimJournal(qint64 journalId, qint64 now)
{
    bool ok = false;
    QSqlQuery &query =
        prepared(u"UPDATE callback_journal SET processed_at = ?, outcome = 'replaying' "
                 u"WHERE id = ? AND processed_at IS NULL"_s,
                 {now, journalId}, &ok);
    const bool claimed = ok && query.numRowsAffected() == 1;
    query.finish();
    return claimed;
}

bool OrderStore::recordUnmatched(qint64 journalId, qint64 now, const QString &transactionId,
                                 const QString &status, const QString &amount, const QString &payer,
                                 const QString &requestId)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT INTO unmatched_payments (journal_id, received_at, transaction_id, "
                  u"status, amount, payer, request_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(journalId);
    query.addBindValue(now);
    query.addBindValue(transactionId);
    query.addBindValue(status);
    query.addBindValue(amount);
    query.addBindValue(payer);
    query.addBindValue(requestId);
    return exec(query);
}

QList<QJsonObject> OrderStore::unmatched(int limit) const
{
    // The shape of docs/manager-api.md ("Unmatched payments"); the review and confirm columns
    // are written by server/src/admin.
    const auto time = [](const QVariant &ms) -> QJsonValue {
        if (ms.isNull())
            return QJsonValue::Null;
        return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc())
            .toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
    };
    QList<QJsonObject> result;
    QSqlQuery query(database());
    query.prepare(u"SELECT p.id, p.journal_id, p.received_at, p.transaction_id, p.status, "
                  u"p.amount, p.payer, p.request_id, p.confirm_json, p.reviewed_at, u.name, "
                  u"p.note FROM unmatched_payments p LEFT JOIN users u ON u.id = p.reviewed_by "
                  u"ORDER BY p.id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!exec(query))
        return result;
    while (query.next()) {
        bool isNumber = false;
        const qint64 amount = query.value(5).toString().toLongLong(&isNumber);
        const QJsonDocument confirm = QJsonDocument::fromJson(query.value(8).toByteArray());
        result.append(QJsonObject{
            {u"id"_s, QString::number(query.value(0).toLongLong())},
            {u"journal_id"_s, QString::number(query.value(1).toLongLong())},
            {u"received_at"_s, time(query.value(2))},
            {u"transaction_id"_s, query.value(3).toString()},
            {u"status"_s, query.value(4).toString()},
            {u"amount"_s, isNumber ? QJsonValue(amount) : QJsonValue(QJsonValue::Null)},
            {u"payer"_s, query.value(6).toString()},
            {u"request_id"_s, query.value(7).toString()},
            {u"confirm"_s, confirm.isObject() ? QJsonValue(confirm.object())
                                              : QJsonValue(QJsonValue::Null)},
            {u"reviewed_at"_s, time(query.value(9))},
            {u"reviewed_by_name"_s,
             query.value(10).isNull() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(query.value(10).toString())},
            {u"note"_s, query.value(11).toString()},
        });
    }
    return result;
}

QList<QPair<QString, qint64>> OrderStore::countByStatus() const
{
    QList<QPair<QString, qint64>> result;
    QSqlQuery query(database());
    query.prepare(u"SELECT status, COUNT(*) FROM orders GROUP BY status ORDER BY status"_s);
    if (!exec(query))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toLongLong()});
    return result;
}
