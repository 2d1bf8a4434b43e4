#include "ShiftStore.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"id, terminal_id, opened_at, opened_by, opening_float, closed_at, "
                         u"closed_by, approved_by, counted_cash, expected_cash, note, "
                         u"report_json"_s;

ShiftStore::Shift fromQuery(const QSqlQuery &query)
{
    ShiftStore::Shift shift;
    int c = 0;
    auto next = [&] { return query.value(c++); };
    shift.id = next().toString();
    shift.terminalId = next().toString();
    shift.openedAt = next().toLongLong();
    shift.openedBy = next().toString();
    shift.openingFloat = next().toLongLong();
    shift.closedAt = next().toLongLong();
    shift.closedBy = next().toString();
    shift.approvedBy = next().toString();
    shift.countedCash = next().toLongLong();
    shift.expectedCash = next().toLongLong();
    shift.note = next().toString();
    shift.reportJson = next().toString().toUtf8();
    return shift;
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

} // namespace

ShiftStore::ShiftStore(Database &database)
    : m_database(database)
{}

ShiftStore::Outcome ShiftStore::open(const QString &terminalId, const QString &userId,
                                     qint64 openingFloat, qint64 now, Shift *opened)
{
    bool failed = false;
    if (openShiftOf(terminalId, &failed))
        return Outcome::Conflict;
    if (failed)
        return Outcome::Failed;
    Shift shift;
    shift.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    shift.terminalId = terminalId;
    shift.openedAt = now;
    shift.openedBy = userId;
    shift.openingFloat = openingFloat;
    if (!m_database.exec(u"INSERT INTO shifts (id, terminal_id, opened_at, opened_by, "
                         u"opening_float) VALUES (?, ?, ?, ?, ?)"_s,
                         {shift.id, terminalId, now, userId, openingFloat})) {
        // Another request opened one in between (the unique index refused this one)?
        if (openShiftOf(terminalId, &failed))
            return Outcome::Conflict;
        return Outcome::Failed;
    }
    *opened = shift;
    return Outcome::Done;
}

std::optional<ShiftStore::Shift> ShiftStore::findOne(const QString &where, const QVariant &value,
                                                     bool *failed) const
{
    auto query =
        m_database.exec(u"SELECT "_s + kColumns + u" FROM shifts WHERE "_s + where, {value});
    *failed = !query;
    if (!query || !query->next())
        return std::nullopt;
    return fromQuery(*query);
}

std::optional<ShiftStore::Shift> ShiftStore::find(const QString &id, bool *failed) const
{
    return findOne(u"id = ?"_s, id, failed);
}

std::optional<ShiftStore::Shift> ShiftStore::openShiftOf(const QString &terminalId,
                                                         bool *failed) const
{
    return findOne(u"terminal_id = ? AND closed_at IS NULL"_s, terminalId, failed);
}

QList<ShiftStore::Shift> ShiftStore::list(qint64 fromMs, qint64 toMs, const QString &terminalId,
                                          bool *failed) const
{
    QString sql =
        u"SELECT "_s + kColumns + u" FROM shifts WHERE opened_at >= ? AND opened_at < ?"_s;
    QVariantList bindings{fromMs, toMs};
    if (!terminalId.isEmpty()) {
        sql += u" AND terminal_id = ?"_s;
        bindings.append(terminalId);
    }
    sql += u" ORDER BY opened_at DESC, id DESC"_s;
    QList<Shift> shifts;
    auto query = m_database.exec(sql, bindings);
    *failed = !query;
    while (query && query->next())
        shifts.append(fromQuery(*query));
    return shifts;
}

ShiftStore::Outcome ShiftStore::claimClose(const QString &id, qint64 closedAt,
                                           const QString &closedBy, qint64 countedCash,
                                           const QString &note)
{
    auto query = m_database.exec(u"UPDATE shifts SET closed_at = ?, closed_by = ?, "
                                 u"counted_cash = ?, note = ? WHERE id = ? AND closed_at IS NULL"_s,
                                 {closedAt, closedBy, countedCash, note, id});
    if (!query)
        return Outcome::Failed;
    return query->numRowsAffected() == 1 ? Outcome::Done : Outcome::Conflict;
}

bool ShiftStore::assignOrders(const QString &shiftId, const QString &terminalId, qint64 until)
{
    return m_database
        .exec(u"UPDATE orders SET shift_id = ? WHERE terminal_id = ? AND shift_id IS NULL "
              u"AND created_at <= ?"_s,
              {shiftId, terminalId, until})
        .has_value();
}

bool ShiftStore::storeReport(const QString &id, const QString &approvedBy, qint64 expectedCash,
                             const QByteArray &reportJson)
{
    return m_database
        .exec(u"UPDATE shifts SET approved_by = ?, expected_cash = ?, report_json = ? "
              u"WHERE id = ?"_s,
              {nullableText(approvedBy), expectedCash, QString::fromUtf8(reportJson), id})
        .has_value();
}
