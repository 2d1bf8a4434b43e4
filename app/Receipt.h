#pragma once

// What a receipt says, independent of where it is printed: shop, terminal, cashier, date, lines,
// total, how it was paid (cash tendered and change; LigdiCash reference and operator). textLines()
// lays it out in fixed columns once, for the thermal printer and the PDF alike.

#include "Money.h"
#include "OrderDraft.h"
#include "OrderUpdate.h"
#include "domain/CartLine.h"
#include "domain/PaymentMethod.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct Receipt
{
    QString shopName;
    QString shopAddress;
    QString terminalName;
    QString cashierName;
    QString orderId;
    QDateTime at;
    QList<CartLine> lines;
    Money total;
    PaymentMethod method = PaymentMethod::Cash;
    Money tendered;
    Money change;
    QString reference;
    QString operatorName;

    static Receipt fromSale(const OrderDraft &order, const OrderUpdate &update);
    bool isValid() const { return !orderId.isEmpty(); }

    // The receipt as lines of at most `columns` characters (32 on 58 mm paper, 48 on 80 mm).
    QStringList textLines(int columns) const;
};
