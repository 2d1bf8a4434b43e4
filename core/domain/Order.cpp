#include "Order.h"

#include "DomainLimits.h"
#include "contract/JsonFormat.h"
#include "contract/JsonReader.h"

using namespace Qt::StringLiterals;

Order Order::fromCart(const Cart &cart, PaymentMethod method, const QString &cashierId,
                      const QString &terminalId, const QDateTime &nowUtc, const QUuid &id)
{
    Order order;
    order.m_id = id;
    for (const CartLine &line : cart.lines())
        order.m_lines.append(OrderLine::fromCartLine(line));
    order.m_total = cart.total();
    order.m_method = method;
    order.m_cashierId = cashierId;
    order.m_terminalId = terminalId;
    order.m_createdAt = nowUtc.toUTC();
    order.m_updatedAt = order.m_createdAt;
    return order;
}

QString Order::idString() const
{
    return JsonFormat::uuid(m_id);
}

std::optional<Money> Order::computedTotal() const
{
    Money total;
    for (const OrderLine &line : m_lines) {
        const std::optional<Money> sum = total.plus(line.lineTotal);
        if (line.lineTotal.isNegative() || !sum || sum->francs() > DomainLimits::kMaxAmountFrancs)
            return std::nullopt;
        total = *sum;
    }
    return total;
}

Order::Error Order::recomputeTotal()
{
    const std::optional<Money> total = computedTotal();
    if (!total)
        return Error::TotalOverflow;
    m_total = *total;
    return Error::None;
}

Order::Error Order::validate() const
{
    using namespace DomainLimits;
    if (m_id.isNull())
        return Error::NoId;
    if (m_lines.isEmpty())
        return Error::Empty;
    if (m_lines.size() > kMaxLines)
        return Error::TooManyLines;
    for (const OrderLine &line : m_lines) {
        if (line.productId.trimmed().isEmpty() || line.name.trimmed().isEmpty() ||
            line.quantity < kMinQuantity || line.quantity > kMaxQuantity ||
            line.unitPrice.isNegative())
            return Error::InvalidLine;
        const std::optional<Money> lineTotal = line.computedTotal();
        if (!lineTotal)
            return Error::TotalOverflow;
        if (*lineTotal != line.lineTotal)
            return Error::LineTotalMismatch;
    }
    const std::optional<Money> total = computedTotal();
    if (!total)
        return Error::TotalOverflow;
    if (*total != m_total)
        return Error::TotalMismatch;
    if (m_currency != kCurrency)
        return Error::WrongCurrency;
    if (m_method != PaymentMethod::Cash && (m_cashTendered || m_change))
        return Error::NotCash;
    if (m_cashTendered && *m_cashTendered < m_total)
        return Error::InsufficientCash;
    return Error::None;
}

Order::Error Order::setCashTendered(Money tendered)
{
    if (m_method != PaymentMethod::Cash)
        return Error::NotCash;
    if (m_status != OrderStatus::Draft)
        return Error::NotDraft;
    if (tendered.francs() > DomainLimits::kMaxAmountFrancs)
        return Error::TotalOverflow;
    const std::optional<Money> change = tendered.minus(m_total);
    if (tendered.isNegative() || !change || change->isNegative())
        return Error::InsufficientCash;
    m_cashTendered = tendered;
    m_change = change;
    return Error::None;
}

Order::Error Order::transitionTo(OrderStatus to, const QDateTime &atUtc)
{
    const OrderStatus from = m_status;
    switch (transition(from, to)) {
    case TransitionError::None:
        break;
    case TransitionError::AlreadyInStatus:
        return Error::AlreadyInStatus;
    case TransitionError::Illegal:
        return Error::IllegalTransition;
    }

    const bool cash = m_method == PaymentMethod::Cash;
    // Cash never waits for LigdiCash, so it never awaits payment, expires, or is paid late.
    if (to == OrderStatus::AwaitingPayment && cash)
        return Error::IllegalTransition;
    if (to == OrderStatus::Paid && from == OrderStatus::Draft && !cash)
        return Error::IllegalTransition;
    if (to == OrderStatus::Paid &&
        (from == OrderStatus::Cancelled || from == OrderStatus::Expired) && cash)
        return Error::IllegalTransition;

    // An order that is not sound never leaves draft: what is paid is what was validated.
    if (from == OrderStatus::Draft && to != OrderStatus::Cancelled) {
        if (const Error error = validate(); error != Error::None)
            return error;
        if (to == OrderStatus::Paid && !m_cashTendered)
            return Error::CashNotTendered;
    }

    m_status = to;
    m_updatedAt = atUtc.toUTC();
    if (to == OrderStatus::AwaitingPayment)
        ++m_paymentAttempt;
    if (to == OrderStatus::Paid) {
        m_paidAt = m_updatedAt;
        m_paidLate = from == OrderStatus::Cancelled || from == OrderStatus::Expired;
    }
    return Error::None;
}

void Order::restoreStatus(OrderStatus status, const QDateTime &paidAt, bool paidLate,
                          int paymentAttempt)
{
    m_status = status;
    m_paidAt = paidAt.isValid() ? paidAt.toUTC() : QDateTime();
    m_paidLate = paidLate;
    m_paymentAttempt = paymentAttempt;
}

bool Order::hasSameContent(const Order &other) const
{
    return m_id == other.m_id && m_lines == other.m_lines && m_total == other.m_total &&
           m_currency == other.m_currency && m_method == other.m_method &&
           m_cashTendered == other.m_cashTendered;
}

QJsonObject Order::toJson() const
{
    QJsonObject json{
        {u"id"_s, idString()},
        {u"lines"_s, JsonFormat::array(m_lines)},
        {u"total"_s, m_total.francs()},
        {u"currency"_s, m_currency},
        {u"method"_s, paymentMethodToString(m_method)},
        {u"cashier_id"_s, m_cashierId},
        {u"terminal_id"_s, m_terminalId},
        {u"created_at"_s, JsonFormat::dateTime(m_createdAt)},
        {u"updated_at"_s, JsonFormat::dateTime(m_updatedAt)},
        {u"paid_at"_s, JsonFormat::dateTime(m_paidAt)},
        {u"status"_s, orderStatusToString(m_status)},
        {u"paid_late"_s, m_paidLate},
        {u"payment_attempt"_s, m_paymentAttempt},
    };
    if (m_cashTendered)
        json.insert(u"cash_tendered"_s, m_cashTendered->francs());
    if (m_change)
        json.insert(u"change"_s, m_change->francs());
    return json;
}

Result<Order> Order::fromJson(const QJsonObject &json)
{
    using namespace DomainLimits;
    JsonReader reader(json);
    Order order;
    order.m_id = reader.uuid(u"id");
    order.m_lines = reader.list(u"lines", kMaxLines, &OrderLine::fromJson);
    order.m_total = reader.amount(u"total");
    order.m_currency = reader.string(u"currency", 8);
    order.m_method = reader.enumeration(u"method", &paymentMethodFromString, PaymentMethod::Cash,
                                        u"cash, ligdicash"_s);
    order.m_cashierId = reader.optionalString(u"cashier_id", kMaxTextLength);
    order.m_terminalId = reader.optionalString(u"terminal_id", kMaxTextLength);
    order.m_createdAt = reader.optionalDateTime(u"created_at");
    order.m_updatedAt = reader.optionalDateTime(u"updated_at");
    order.m_paidAt = reader.optionalDateTime(u"paid_at");
    order.m_status =
        reader.enumeration(u"status", &orderStatusFromString, OrderStatus::Draft,
                           u"draft, awaiting_payment, paid, failed, cancelled, expired"_s);
    order.m_paidLate = reader.optionalBoolean(u"paid_late", false);
    if (reader.has(u"payment_attempt"))
        order.m_paymentAttempt = int(reader.integer(u"payment_attempt", 0, 1000000));
    order.m_cashTendered = reader.optionalAmount(u"cash_tendered");
    if (!reader.ok())
        return reader.error();
    // Change is derived, never trusted from a document.
    if (order.m_cashTendered) {
        const std::optional<Money> change = order.m_cashTendered->minus(order.m_total);
        if (change && !change->isNegative())
            order.m_change = change;
    }
    return order;
}

QString Order::errorMessage(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NoId:
        return tr("The order has no identifier.");
    case Error::Empty:
        return tr("The order has no lines.");
    case Error::TooManyLines:
        return tr("An order cannot have more than %1 lines.").arg(DomainLimits::kMaxLines);
    case Error::InvalidLine:
        return tr("An order line has no product, no name, or a quantity outside %1 to %2.")
            .arg(DomainLimits::kMinQuantity)
            .arg(DomainLimits::kMaxQuantity);
    case Error::LineTotalMismatch:
        return tr("A line total is not its unit price times its quantity.");
    case Error::TotalMismatch:
        return tr("The order total is not the sum of its lines.");
    case Error::TotalOverflow:
        return tr("The total is too large for one order.");
    case Error::WrongCurrency:
        return tr("Only XOF (franc CFA) is accepted.");
    case Error::NotCash:
        return tr("Cash amounts only apply to cash orders.");
    case Error::CashNotTendered:
        return tr("Enter the amount the customer handed over.");
    case Error::InsufficientCash:
        return tr("The amount handed over is less than the total.");
    case Error::AlreadyInStatus:
        return tr("The order is already in that state.");
    case Error::IllegalTransition:
        return tr("The order cannot change to that state now.");
    case Error::NotDraft:
        return tr("The order can no longer be changed.");
    }
    Q_UNREACHABLE();
    return {};
}
