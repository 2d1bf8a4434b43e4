#include "HistoryStore.h"

#include "Database.h"
#include "HistoryCsv.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHistoryStore, "comptoir.history.historystore", QtInfoMsg)

namespace {

// The columns of a list row, in the order Row reads them.
const QString rowColumns =
    u"o.id, o.created_at, o.status, o.method, o.total, o.currency, o.paid_amount, o.terminal_id, "
    u"t.name, o.cashier_id, u.name, o.operator_name, o.payer, o.customer_phone, o.reference, "
    u"o.flag_mismatch, o.flag_paid_late, o.reviewed_at, o.tendered, o.change_due"_s;

const QString rowJoins = u" FROM orders o"
                         u" LEFT JOIN terminals t ON CAST(t.id AS TEXT) = o.terminal_id"
                         u" LEFT JOIN users u ON CAST(u.id AS TEXT) = o.cashier_id"_s;

enum Column {
    Id,
    CreatedAt,
    Status,
    Method,
    Total,
    Currency,
    PaidAmount,
    TerminalId,
    TerminalName,
    CashierId,
    CashierName,
    OperatorName,
    Payer,
    CustomerPhone,
    Reference,
    FlagMismatch,
    FlagPaidLate,
    ReviewedAt,
    Tendered,
    ChangeDue,
    RowColumnCount
};

QString isoUtc(qint64 ms)
{
    // Spelled out: Qt 6.4 writes a QTimeZone::utc() time with "+00:00", the API promises "Z".
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

QJsonValue optionalAmount(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

QJsonValue optionalText(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(value.toString());
}

QString customerNumber(const QSqlQuery &query)
{
    // The payer LigdiCash reported once paid, else the number typed for a direct payin.
    const QString payer = query.value(Payer).toString();
    return payer.isEmpty() ? query.value(CustomerPhone).toString() : payer;
}

QJsonObject rowJson(const QSqlQuery &query)
{
    const bool reviewed = !query.value(ReviewedAt).isNull();
    return QJsonObject{
        {u"id"_s, query.value(Id).toString()},
        {u"created_at"_s, isoUtc(query.value(CreatedAt).toLongLong())},
        {u"status"_s, query.value(Status).toString()},
        {u"method"_s, query.value(Method).toString()},
        {u"total"_s, query.value(Total).toLongLong()},
        {u"currency"_s, query.value(Currency).toString()},
        {u"paid_amount"_s, optionalAmount(query.value(PaidAmount))},
        {u"terminal_id"_s, query.value(TerminalId).toString()},
        {u"terminal_name"_s, optionalText(query.value(TerminalName))},
        {u"cashier_id"_s, query.value(CashierId).toString()},
        {u"cashier_name"_s, optionalText(query.value(CashierName))},
        {u"operator_name"_s, optionalText(query.value(OperatorName))},
        {u"customer_number"_s, optionalText(customerNumber(query))},
        {u"reference"_s, optionalText(query.value(Reference))},
        {u"flags"_s,
         QJsonObject{{u"amount_mismatch"_s, query.value(FlagMismatch).toLongLong() != 0},
                     {u"paid_late"_s, query.value(FlagPaidLate).toLongLong() != 0},
                     {u"reviewed"_s, reviewed}}},
    };
}

void appendCsvRow(QByteArray &out, const QSqlQuery &query, int tzMinutes)
{
    auto text = [&out](const QVariant &value) {
        HistoryCsv::appendField(out, QStringView(value.toString()));
        HistoryCsv::separate(out);
    };
    auto amount = [&out](const QVariant &value) {
        if (!value.isNull())
            HistoryCsv::appendNumber(out, value.toLongLong());
        HistoryCsv::separate(out);
    };
    text(query.value(Id));
    HistoryCsv::appendTime(out, query.value(CreatedAt).toLongLong(), tzMinutes);
    HistoryCsv::separate(out);
    text(query.value(Status));
    text(query.value(Method));
    amount(query.value(Total));
    amount(query.value(PaidAmount));
    text(query.value(Currency));
    text(query.value(TerminalName));
    text(query.value(CashierName));
    text(query.value(OperatorName));
    text(customerNumber(query));
    text(query.value(Reference));
    amount(query.value(Tendered));
    amount(query.value(ChangeDue));
    QByteArray flags;
    if (query.value(FlagMismatch).toLongLong() != 0)
        flags += "amount_mismatch ";
    if (query.value(FlagPaidLate).toLongLong() != 0)
        flags += "paid_late ";
    if (!query.value(ReviewedAt).isNull())
        flags += "reviewed ";
    flags.chop(flags.isEmpty() ? 0 : 1);
    out.append(flags);
    HistoryCsv::endRow(out);
}

} // namespace

HistoryStore::HistoryStore(Database &database)
    : m_database(database)
{}

std::optional<HistoryStore::Page> HistoryStore::page(const HistoryFilter &filter) const
{
    QVariantList bindings;
    const QString sql = u"SELECT "_s + rowColumns + rowJoins +
                        filter.where(m_database.isPostgres(), &bindings, true) + filter.orderBy() +
                        u" LIMIT ?"_s;
    // One row more than shown tells whether another page follows.
    bindings.append(filter.limit() + 1);
    auto query = m_database.exec(sql, bindings);
    if (!query)
        return std::nullopt;
    Page page;
    qint64 lastKey = 0;
    QString lastId;
    while (query->next()) {
        if (page.orders.size() == filter.limit()) {
            page.nextCursor = filter.encodeCursor(lastKey, lastId);
            break;
        }
        page.orders.append(rowJson(*query));
        lastKey = query->value(filter.sortsByTotal() ? Total : CreatedAt).toLongLong();
        lastId = query->value(Id).toString();
    }
    query->finish();
    return page;
}

std::optional<HistoryStore::Summary> HistoryStore::summary(const HistoryFilter &filter) const
{
    QVariantList bindings;
    // Every figure is read as text: PostgreSQL sums bigints as numeric, which the driver would
    // hand over as a double (last digits lost past 2^53, "1e+15" for a round figure).
    const QString sql =
        u"SELECT CAST(COUNT(*) AS TEXT), CAST(COALESCE(SUM(o.total), 0) AS TEXT), "
        u"CAST(COALESCE(SUM(CASE WHEN o.status = 'paid' THEN 1 ELSE 0 END), 0) AS TEXT), "
        u"CAST(COALESCE(SUM(CASE WHEN o.status = 'paid' THEN o.total ELSE 0 END), 0) AS TEXT) "
        u"FROM orders o"_s +
        filter.where(m_database.isPostgres(), &bindings, false);
    auto query = m_database.exec(sql, bindings);
    if (!query || !query->next())
        return std::nullopt;
    Summary summary;
    qint64 *figures[] = {&summary.count, &summary.total, &summary.paidCount, &summary.paidTotal};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        *figures[i] = query->value(i).toString().toLongLong(&ok);
        summary.overflow = summary.overflow || !ok;
    }
    query->finish();
    return summary;
}

bool HistoryStore::exportCsv(const HistoryFilter &filter, QByteArray *out) const
{
    QVariantList bindings;
    const QString sql = u"SELECT "_s + rowColumns + rowJoins +
                        filter.where(m_database.isPostgres(), &bindings, false) + filter.orderBy();
    auto query = m_database.exec(sql, bindings);
    if (!query)
        return false;
    while (query->next())
        appendCsvRow(*out, *query, filter.tzMinutes());
    query->finish();
    return true;
}

std::optional<QJsonObject> HistoryStore::detail(const QString &id, bool *failed) const
{
    *failed = false;
    auto query = m_database.exec(
        u"SELECT "_s + rowColumns +
            u", o.lines_json, o.payment_kind, o.payment_url, o.invoice_token, o.paid_at, "
            u"o.review_note, r.name"_s +
            rowJoins + u" LEFT JOIN users r ON CAST(r.id AS TEXT) = o.reviewed_by WHERE o.id = ?"_s,
        {id});
    if (!query) {
        *failed = true;
        return std::nullopt;
    }
    if (!query->next())
        return std::nullopt;
    QJsonObject json = rowJson(*query);
    int c = RowColumnCount;
    const QJsonArray storedLines =
        QJsonDocument::fromJson(query->value(c++).toString().toUtf8()).array();
    QJsonArray lines;
    for (const QJsonValue &value : storedLines) {
        const QJsonObject line = value.toObject();
        lines.append(QJsonObject{{u"product_id"_s, line.value(u"product_id"_s)},
                                 {u"name"_s, line.value(u"name"_s)},
                                 {u"unit_price"_s, line.value(u"unit_price"_s)},
                                 {u"quantity"_s, line.value(u"quantity"_s)},
                                 {u"line_total"_s, line.value(u"line_total"_s)}});
    }
    json.insert(u"lines"_s, lines);
    json.insert(u"tendered"_s, optionalAmount(query->value(Tendered)));
    json.insert(u"change"_s, optionalAmount(query->value(ChangeDue)));
    json.insert(u"payment_kind"_s, optionalText(query->value(c++)));
    // LigdiCash's page carries the invoice token in its address: the detail shows it only while
    // the customer can still pay there (as terminals see it), the hint otherwise.
    const QJsonValue paymentUrl = optionalText(query->value(c++));
    json.insert(u"payment_url"_s, json.value(u"status"_s).toString() == "awaiting_payment"_L1
                                      ? paymentUrl
                                      : QJsonValue(QJsonValue::Null));
    const QString token = query->value(c++).toString();
    json.insert(u"invoice_token_hint"_s,
                token.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tokenHint(token)));
    // The invoice's custom_data carries our order id as its transaction_id.
    json.insert(u"request_reference"_s,
                token.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(json.value(u"id"_s)));
    const QVariant paidAt = query->value(c++);
    json.insert(u"paid_at"_s, paidAt.isNull() || paidAt.toLongLong() <= 0
                                  ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(isoUtc(paidAt.toLongLong())));
    const QString note = query->value(c++).toString();
    const QString reviewer = query->value(c++).toString();
    const QVariant reviewedAt = query->value(ReviewedAt);
    json.insert(u"review"_s,
                reviewedAt.isNull()
                    ? QJsonValue(QJsonValue::Null)
                    : QJsonValue(QJsonObject{{u"at"_s, isoUtc(reviewedAt.toLongLong())},
                                             {u"by_name"_s, reviewer},
                                             {u"note"_s, note}}));
    query->finish();

    auto events = m_database.exec(
        u"SELECT at, kind, detail FROM order_events WHERE order_id = ? ORDER BY id"_s, {id});
    if (!events) {
        *failed = true;
        return std::nullopt;
    }
    QJsonArray timeline;
    while (events->next()) {
        QJsonObject eventDetail =
            QJsonDocument::fromJson(events->value(2).toString().toUtf8()).object();
        eventDetail.remove(u"payment_url"_s); // the token again; see payment_url above
        timeline.append(QJsonObject{
            {u"at"_s, isoUtc(events->value(0).toLongLong())},
            {u"kind"_s, timelineKind(events->value(1).toString(), eventDetail)},
            {u"detail"_s, eventDetail},
        });
    }
    json.insert(u"timeline"_s, timeline);
    return json;
}

HistoryStore::ReviewOutcome HistoryStore::review(const QString &id, const QString &userId,
                                                 const QString &userName, const QString &note,
                                                 qint64 now)
{
    ReviewOutcome outcome = ReviewOutcome::Failed;
    const bool committed = m_database.inTransaction([&] {
        auto update =
            m_database.exec(u"UPDATE orders SET reviewed_at = ?, reviewed_by = ?, review_note = ? "
                            u"WHERE id = ? AND (flag_mismatch <> 0 OR flag_paid_late <> 0)"_s,
                            {now, userId, note, id});
        if (!update)
            return false;
        if (update->numRowsAffected() != 1) {
            auto exists = m_database.exec(u"SELECT 1 FROM orders WHERE id = ?"_s, {id});
            if (!exists)
                return false;
            outcome = exists->next() ? ReviewOutcome::NotFlagged : ReviewOutcome::NotFound;
            return false;
        }
        if (!appendEvent(
                id, u"reviewed"_s,
                QJsonObject{{u"by_id"_s, userId}, {u"by_name"_s, userName}, {u"note"_s, note}},
                now))
            return false;
        outcome = ReviewOutcome::Done;
        return true;
    });
    if (outcome == ReviewOutcome::Done && !committed)
        outcome = ReviewOutcome::Failed;
    return outcome;
}

bool HistoryStore::appendEvent(const QString &orderId, const QString &kind,
                               const QJsonObject &detail, qint64 now)
{
    const bool ok =
        m_database
            .exec(u"INSERT INTO order_events (order_id, at, kind, detail) VALUES (?, ?, ?, ?)"_s,
                  {orderId, now, kind,
                   QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))})
            .has_value();
    if (!ok)
        qCWarning(lcHistoryStore) << "cannot append" << kind << "to order" << orderId;
    return ok;
}

QString HistoryStore::tokenHint(const QString &token)
{
    if (token.size() < 16)
        return u"…"_s;
    return token.left(6) + u"…"_s + token.right(4);
}

QString HistoryStore::timelineKind(const QString &storedKind, const QJsonObject &detail)
{
    if (storedKind == "callback_received"_L1)
        return u"callback"_s;
    if (storedKind == "confirm_result"_L1)
        return u"confirm"_s;
    if (storedKind == "paid"_L1 && detail.value(u"late"_s).toBool())
        return u"paid_late"_s;
    return storedKind;
}
