#include "ShiftReport.h"

#include "contract/JsonReader.h"
#include "domain/DomainLimits.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcShiftReport, "comptoir.app.shiftreport")

namespace {

constexpr qint64 kMax = DomainLimits::kMaxAmountFrancs;
constexpr qsizetype kMaxRows = 10000;

// {"count", "total"} under key; absent gives zeros.
void countAndTotal(JsonReader &reader, QStringView key, qint64 *count, Money *total)
{
    if (!reader.has(key))
        return;
    JsonReader part(reader.object(key), reader.fieldPath(key));
    *count = part.integer(u"count", 0, kMax);
    *total = part.amount(u"total");
    if (!part.ok())
        reader.fail(part.error());
}

Result<ShiftReport::Cashier> cashierFromJson(const QJsonObject &object, const QString &path)
{
    JsonReader row(object, path);
    ShiftReport::Cashier cashier;
    cashier.id = row.optionalString(u"key", 100);
    cashier.name = row.optionalString(u"label", 200);
    cashier.cashCount = row.integer(u"cash_count", 0, kMax);
    cashier.cashTotal = row.amount(u"cash_total");
    cashier.ligdicashCount = row.integer(u"ligdicash_count", 0, kMax);
    cashier.ligdicashTotal = row.amount(u"ligdicash_total");
    if (!row.ok())
        return row.error();
    return cashier;
}

Result<ShiftReport::Operator> operatorFromJson(const QJsonObject &object, const QString &path)
{
    JsonReader row(object, path);
    ShiftReport::Operator op;
    op.name = row.optionalString(u"label", 200);
    if (op.name.isEmpty())
        op.name = row.optionalString(u"key", 200);
    op.count = row.integer(u"count", 0, kMax);
    op.total = row.amount(u"total");
    if (!row.ok())
        return row.error();
    return op;
}

} // namespace

std::optional<ShiftReport> ShiftReport::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    ShiftReport report;
    report.shiftId = reader.string(u"shift_id", 100);
    report.terminalId = reader.optionalString(u"terminal_id", 100);
    report.terminalName = reader.optionalString(u"terminal_name", 200);
    report.openedAt = reader.optionalDateTime(u"opened_at");
    report.closedAt = reader.optionalDateTime(u"closed_at");
    report.openedByName = reader.optionalString(u"opened_by_name", 200);
    report.closedByName = reader.optionalString(u"closed_by_name", 200);
    report.approvedByName = reader.optionalString(u"approved_by_name", 200);
    report.openingFloat = reader.amount(u"opening_float");
    report.cashSales = reader.amount(u"cash_sales");
    report.cashTendered = reader.amount(u"cash_tendered");
    report.changeGiven = reader.amount(u"change_given");
    report.expectedCash = reader.amount(u"expected_cash");
    report.countedCash = reader.amount(u"counted_cash");
    // The one signed figure: short is negative.
    report.difference = Money::fromFrancs(reader.integer(u"difference", -kMax, kMax));
    report.note = reader.optionalString(u"note", 2000);
    countAndTotal(reader, u"ligdicash_confirmed", &report.ligdicashConfirmedCount,
                  &report.ligdicashConfirmedTotal);
    countAndTotal(reader, u"ligdicash_awaiting", &report.ligdicashAwaitingCount,
                  &report.ligdicashAwaitingTotal);

    report.byCashier = reader.optionalList(u"by_cashier", kMaxRows, &cashierFromJson);
    report.byOperator = reader.optionalList(u"by_operator", kMaxRows, &operatorFromJson);
    report.orderCount = reader.has(u"order_count") ? reader.integer(u"order_count", 0, kMax) : 0;
    report.cancelledCount =
        reader.has(u"cancelled_count") ? reader.integer(u"cancelled_count", 0, kMax) : 0;
    report.failedCount = reader.has(u"failed_count") ? reader.integer(u"failed_count", 0, kMax) : 0;
    if (!reader.ok()) {
        qCInfo(lcShiftReport) << "Z report refused:" << reader.error().toString();
        return std::nullopt;
    }
    return report;
}
