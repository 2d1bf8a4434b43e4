#include "Receipt.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// "Label ........ 1 500" on one line; a label too long is cut, never the amount.
QString twoColumns(const QString &left, const QString &right, int columns)
{
    const int room = qMax(1, columns - int(right.size()) - 1);
    QString label = left.left(room);
    return label + QString(columns - label.size() - right.size(), u' ') + right;
}

// "Label ..... value" when both fit; otherwise the label, then the value right-aligned on the
// lines below, split rather than cut: a LigdiCash reference must stay whole to be looked up.
QStringList labelled(const QString &label, const QString &value, int columns)
{
    if (label.size() + 1 + value.size() <= columns)
        return {twoColumns(label, value, columns)};
    QStringList out{label.left(columns)};
    for (qsizetype at = 0; at < value.size(); at += columns) {
        const QString part = value.mid(at, columns);
        out << QString(columns - part.size(), u' ') + part;
    }
    return out;
}

QString centred(const QString &text, int columns)
{
    const QString cut = text.left(columns);
    return QString((columns - cut.size()) / 2, u' ') + cut;
}

} // namespace

Receipt Receipt::fromSale(const OrderDraft &order, const OrderUpdate &update)
{
    Receipt receipt;
    receipt.orderId = order.id;
    receipt.at = Clock::currentDateTimeUtc();
    receipt.lines = order.lines;
    receipt.total = order.total;
    receipt.method = order.method;
    receipt.tendered = order.tendered;
    receipt.change = order.change;
    receipt.reference = update.reference;
    receipt.operatorName = update.operatorName;
    return receipt;
}

QStringList Receipt::textLines(int columns) const
{
    const QLocale locale;
    QStringList out;
    const QString rule(columns, u'-');
    if (!shopName.isEmpty())
        out << centred(shopName, columns);
    if (!shopAddress.isEmpty())
        out << centred(shopAddress, columns);
    out << rule;
    out << QCoreApplication::translate("Receipt", "Till: %1").arg(terminalName).left(columns);
    if (!cashierName.isEmpty())
        out << QCoreApplication::translate("Receipt", "Cashier: %1").arg(cashierName).left(columns);
    out << locale.toString(at.toLocalTime(), QLocale::ShortFormat).left(columns);
    out << QCoreApplication::translate("Receipt", "Sale %1").arg(orderId.left(8)).left(columns);
    out << rule;
    for (const CartLine &line : lines) {
        out << line.name.left(columns);
        const QString detail =
            u"  %1 x %2"_s.arg(line.quantity).arg(line.unitPrice.toDigits(locale));
        out << twoColumns(detail, line.total().value_or(Money()).toDigits(locale), columns);
    }
    out << rule;
    out << twoColumns(QCoreApplication::translate("Receipt", "TOTAL"), total.toString(locale),
                      columns);
    if (method == PaymentMethod::Cash) {
        out << twoColumns(QCoreApplication::translate("Receipt", "Cash"), tendered.toString(locale),
                          columns);
        out << twoColumns(QCoreApplication::translate("Receipt", "Change"), change.toString(locale),
                          columns);
    } else {
        out << twoColumns(QCoreApplication::translate("Receipt", "Paid with"), u"LigdiCash"_s,
                          columns);
        if (!operatorName.isEmpty())
            out << labelled(QCoreApplication::translate("Receipt", "Operator"), operatorName,
                            columns);
        if (!reference.isEmpty())
            out << labelled(QCoreApplication::translate("Receipt", "Reference"), reference,
                            columns);
    }
    out << rule;
    out << centred(QCoreApplication::translate("Receipt", "Thank you, see you soon!"), columns);
    return out;
}
