#include "Cart.h"

#include "DomainLimits.h"
#include "contract/JsonFormat.h"
#include "contract/JsonReader.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool quantityInRange(qint64 quantity)
{
    return quantity >= DomainLimits::kMinQuantity && quantity <= DomainLimits::kMaxQuantity;
}

// a + b when both are amounts and the sum stays an amount an order can carry.
std::optional<Money> addAmounts(Money a, Money b)
{
    const std::optional<Money> sum = a.plus(b);
    if (!sum || sum->isNegative() || sum->francs() > DomainLimits::kMaxAmountFrancs)
        return std::nullopt;
    return sum;
}

} // namespace

Cart::Error Cart::add(const Product &product, int quantity)
{
    if (!quantityInRange(quantity))
        return Error::QuantityOutOfRange;
    if (!product.isValid())
        return Error::InvalidProduct;
    if (!product.isActive())
        return Error::ProductInactive;

    const qsizetype index = indexOf(product.id());
    if (index < 0 && m_lines.size() >= DomainLimits::kMaxLines)
        return Error::TooManyLines;
    // An existing line keeps the price it was rung up at.
    const Money unitPrice = index < 0 ? product.unitPrice() : m_lines.at(index).unitPrice;
    if (index >= 0 && !quantityInRange(qint64(m_lines.at(index).quantity) + quantity))
        return Error::QuantityOutOfRange;

    const std::optional<Money> added = unitPrice.times(quantity);
    const std::optional<Money> newTotal = added ? addAmounts(m_total, *added) : std::nullopt;
    if (!newTotal)
        return Error::TotalOverflow;

    if (index < 0) {
        CartLine line = CartLine::fromProduct(product, quantity);
        line.unitPrice = unitPrice;
        m_lines.append(line);
    } else {
        m_lines[index].quantity += quantity;
    }
    m_total = *newTotal;
    return Error::None;
}

Cart::Error Cart::setQuantity(const QString &productId, int quantity)
{
    const qsizetype index = indexOf(productId);
    if (index < 0)
        return Error::NoSuchLine;
    if (!quantityInRange(quantity))
        return Error::QuantityOutOfRange;

    const CartLine &line = m_lines.at(index);
    // Every line total already fits (invariant), so only the new one can overflow.
    const std::optional<Money> oldLineTotal = line.total();
    const std::optional<Money> newLineTotal = line.unitPrice.times(quantity);
    if (!oldLineTotal || !newLineTotal)
        return Error::TotalOverflow;
    const std::optional<Money> withoutLine = m_total.minus(*oldLineTotal);
    const std::optional<Money> newTotal =
        withoutLine ? addAmounts(*withoutLine, *newLineTotal) : std::nullopt;
    if (!newTotal)
        return Error::TotalOverflow;

    m_lines[index].quantity = quantity;
    m_total = *newTotal;
    return Error::None;
}

Cart::Error Cart::remove(const QString &productId)
{
    const qsizetype index = indexOf(productId);
    if (index < 0)
        return Error::NoSuchLine;
    m_lines.removeAt(index);
    // Recomputing (rather than subtracting) keeps the total exact by construction.
    m_total = checkedTotal(m_lines).value_or(Money());
    return Error::None;
}

void Cart::clear()
{
    m_lines.clear();
    m_total = Money();
}

qsizetype Cart::indexOf(const QString &productId) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).productId == productId)
            return i;
    }
    return -1;
}

qint64 Cart::itemCount() const
{
    qint64 count = 0;
    for (const CartLine &line : m_lines)
        count += line.quantity;
    return count;
}

std::optional<Money> Cart::checkedTotal(const QList<CartLine> &lines)
{
    Money total;
    for (const CartLine &line : lines) {
        const std::optional<Money> lineTotal = line.total();
        const std::optional<Money> sum = lineTotal ? addAmounts(total, *lineTotal) : std::nullopt;
        if (!sum)
            return std::nullopt;
        total = *sum;
    }
    return total;
}

QJsonObject Cart::toJson() const
{
    return QJsonObject{{u"lines"_s, JsonFormat::array(m_lines)}};
}

Result<Cart> Cart::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Cart cart;
    cart.m_lines = reader.list(u"lines", DomainLimits::kMaxLines, &CartLine::fromJson);
    QSet<QString> seen;
    for (qsizetype i = 0; reader.ok() && i < cart.m_lines.size(); ++i) {
        // Two lines for one product would make setQuantity()/remove() ambiguous.
        if (seen.contains(cart.m_lines.at(i).productId))
            reader.fail(ParseError{reader.elementPath(u"lines", i) + u".product_id"_s,
                                   tr("appears on two lines")});
        seen.insert(cart.m_lines.at(i).productId);
    }
    if (!reader.ok())
        return reader.error();
    const std::optional<Money> total = checkedTotal(cart.m_lines);
    if (!total)
        return ParseError{u"lines"_s, errorMessage(Error::TotalOverflow)};
    cart.m_total = *total;
    return cart;
}

QString Cart::errorMessage(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::ProductInactive:
        return tr("This product is no longer for sale.");
    case Error::InvalidProduct:
        return tr("This product has no name or no valid price and cannot be sold.");
    case Error::QuantityOutOfRange:
        return tr("A quantity must be between %1 and %2. To take a line off, remove it.")
            .arg(DomainLimits::kMinQuantity)
            .arg(DomainLimits::kMaxQuantity);
    case Error::TooManyLines:
        return tr("A sale cannot have more than %1 lines. Finish this one and start another.")
            .arg(DomainLimits::kMaxLines);
    case Error::NoSuchLine:
        return tr("That product is not in the cart.");
    case Error::TotalOverflow:
        return tr("The total would be too large for one sale.");
    }
    Q_UNREACHABLE();
    return {};
}
