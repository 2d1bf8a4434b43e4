#pragma once

// The sale being rung up at the counter: a value type (no QObject) so it can be copied, compared,
// journaled and restored after a crash. Its invariants always hold: every quantity is in
// [1, 9999], at most 200 lines, and the total fits in an order (<= 2^53 - 1 francs). An operation
// that would break one is refused with an Error and leaves the cart unchanged.

#include "CartLine.h"
#include "Money.h"
#include "Product.h"
#include "contract/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class Cart
{
    Q_DECLARE_TR_FUNCTIONS(Cart)

public:
    enum class [[nodiscard]] Error{
        None,
        ProductInactive,    // the product is withdrawn from sale
        InvalidProduct,     // no id, no name, or a negative/too large price
        QuantityOutOfRange, // a line would hold less than 1 or more than 9999
        TooManyLines,       // a 201st line
        NoSuchLine,         // no line for that product id
        TotalOverflow,      // the line or cart total would exceed 2^53 - 1 francs
    };

    // Adds quantity of product. The same product twice increments its line (keeping the price
    // captured the first time).
    Error add(const Product &product, int quantity = 1);
    // Sets the quantity of an existing line. 0 is refused (QuantityOutOfRange): removing is
    // explicit, so a slip on the keypad never silently drops a line.
    Error setQuantity(const QString &productId, int quantity);
    Error remove(const QString &productId);
    void clear();

    const QList<CartLine> &lines() const { return m_lines; }
    // The line index for productId, or -1.
    qsizetype indexOf(const QString &productId) const;
    bool isEmpty() const { return m_lines.isEmpty(); }
    qsizetype lineCount() const { return m_lines.size(); }
    // Sum of quantities (what "12 articles" shows).
    qint64 itemCount() const;
    // Always representable: mutations that would overflow are refused.
    Money total() const { return m_total; }

    // {"lines":[CartLine...]}; fromJson re-checks every invariant (a journal may be corrupt).
    QJsonObject toJson() const;
    static Result<Cart> fromJson(const QJsonObject &json);

    static QString errorMessage(Error error);

    friend bool operator==(const Cart &, const Cart &) = default;

private:
    // Total of lines, or nullopt if some line or the sum exceeds the order limit.
    static std::optional<Money> checkedTotal(const QList<CartLine> &lines);

    QList<CartLine> m_lines;
    Money m_total;
};
