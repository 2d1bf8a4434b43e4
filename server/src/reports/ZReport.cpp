#include "ZReport.h"

#include "Database.h"
#include "NameDirectory.h"
#include "ReportRange.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcZReport, "comptoir.reports.zreport", QtInfoMsg)

namespace {

bool addTo(Money *sum, Money amount)
{
    const std::optional<Money> result = sum->plus(amount);
    if (!result)
        return false;
    *sum = *result;
    return true;
}

QJsonValue nameOrNull(const QString &name)
{
    return name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name);
}

} // namespace

std::optional<ZReport> ZReport::collect(Database &database, const QString &shiftId,
                                        const NameDirectory &names, Error *error)
{
    *error = Error::None;
    auto query = database.exec(u"SELECT cashier_id, method, status, total, tendered, change_due, "
                               u"operator_name FROM orders WHERE shift_id = ?"_s,
                               {shiftId});
    if (!query) {
        *error = Error::StoreFailed;
        return std::nullopt;
    }
    ZReport report;
    bool ok = true;
    while (ok && query->next()) {
        const QString cashierId = query->value(0).toString();
        const QString method = query->value(1).toString();
        const QString status = query->value(2).toString();
        const Money total = Money::fromFrancs(query->value(3).toLongLong());
        ++report.m_orderCount;
        if (status == "cancelled"_L1)
            ++report.m_cancelledCount;
        else if (status == "failed"_L1)
            ++report.m_failedCount;
        const bool cash = method == "cash"_L1;
        if (status == "awaiting_payment"_L1 && !cash)
            ok = report.m_ligdicashAwaiting.add(total);
        if (status != "paid"_L1)
            continue;

        auto cashier = report.m_byCashier.find(cashierId);
        if (cashier == report.m_byCashier.end())
            cashier = report.m_byCashier.insert(cashierId, {names.user(cashierId), {}, {}});
        if (cash) {
            // A cash order recorded without the tendered amount was paid exactly.
            const QVariant tendered = query->value(4);
            const QVariant change = query->value(5);
            ok = addTo(&report.m_cashSales, total) &&
                 addTo(&report.m_cashTendered,
                       tendered.isNull() ? total : Money::fromFrancs(tendered.toLongLong())) &&
                 addTo(&report.m_changeGiven,
                       change.isNull() ? Money() : Money::fromFrancs(change.toLongLong())) &&
                 cashier->cash.add(total);
        } else {
            const QString operatorName = query->value(6).toString();
            ok = report.m_ligdicashConfirmed.add(total) && cashier->ligdicash.add(total) &&
                 report.m_byOperator.add(operatorName, operatorName, total);
        }
    }
    if (!ok) {
        qCWarning(lcZReport) << "a total of shift" << shiftId << "overflows 64 bits";
        *error = Error::Overflow;
        return std::nullopt;
    }
    return report;
}

std::optional<Money> ZReport::expectedCash(Money openingFloat) const
{
    const std::optional<Money> withTendered = openingFloat.plus(m_cashTendered);
    if (!withTendered)
        return std::nullopt;
    return withTendered->minus(m_changeGiven);
}

std::optional<QJsonObject> ZReport::toJson(const Header &header) const
{
    const std::optional<Money> expected = expectedCash(header.openingFloat);
    if (!expected)
        return std::nullopt;
    const std::optional<Money> difference = header.countedCash.minus(*expected);
    if (!difference)
        return std::nullopt;

    QList<QString> cashiers = m_byCashier.keys();
    const auto sum = [this](const QString &key) {
        const CashierTotals &totals = *m_byCashier.constFind(key);
        // Both fit separately; their sum is only used to sort.
        return totals.cash.total.plus(totals.ligdicash.total)
            .value_or(Money::fromFrancs(std::numeric_limits<qint64>::max()));
    };
    std::sort(cashiers.begin(), cashiers.end(), [&](const QString &a, const QString &b) {
        const Money ta = sum(a);
        const Money tb = sum(b);
        return ta != tb ? ta > tb : a < b;
    });
    QJsonArray byCashier;
    for (const QString &key : std::as_const(cashiers)) {
        const CashierTotals &totals = *m_byCashier.constFind(key);
        byCashier.append(QJsonObject{{u"key"_s, key},
                                     {u"label"_s, totals.label},
                                     {u"cash_count"_s, totals.cash.count},
                                     {u"cash_total"_s, totals.cash.total.francs()},
                                     {u"ligdicash_count"_s, totals.ligdicash.count},
                                     {u"ligdicash_total"_s, totals.ligdicash.total.francs()}});
    }

    return QJsonObject{
        {u"shift_id"_s, header.shiftId},
        {u"terminal_id"_s, header.terminalId},
        {u"terminal_name"_s, header.terminalName},
        {u"opened_at"_s, ReportRange::isoUtc(header.openedAt)},
        {u"closed_at"_s, ReportRange::isoUtc(header.closedAt)},
        {u"opened_by_name"_s, header.openedByName},
        {u"closed_by_name"_s, header.closedByName},
        {u"approved_by_name"_s, nameOrNull(header.approvedByName)},
        {u"opening_float"_s, header.openingFloat.francs()},
        {u"cash_sales"_s, m_cashSales.francs()},
        {u"cash_tendered"_s, m_cashTendered.francs()},
        {u"change_given"_s, m_changeGiven.francs()},
        {u"expected_cash"_s, expected->francs()},
        {u"counted_cash"_s, header.countedCash.francs()},
        {u"difference"_s, difference->francs()},
        {u"note"_s, header.note},
        {u"ligdicash_confirmed"_s, m_ligdicashConfirmed.toJson()},
        {u"ligdicash_awaiting"_s, m_ligdicashAwaiting.toJson()},
        {u"by_cashier"_s, byCashier},
        {u"by_operator"_s, m_byOperator.toJson()},
        {u"order_count"_s, m_orderCount},
        {u"cancelled_count"_s, m_cancelledCount},
        {u"failed_count"_s, m_failedCount},
    };
}
