// What a terminal sees of an order (OrdersApi::orderJson): core's OrderView shape, the payment
// page only while it can still be paid, the last payment error for the cashier, LigdiCash's
// reference once paid, and never the invoice token (it lets anyone confirm).

#include "contract/OrderView.h"
#include "payments/OrdersApi.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_OrdersView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awaitingOrder_showsPaymentUrl_neverTheToken();
    void paidOrder_hidesPaymentUrl_showsReferenceAndFlags();
    void draftAfterFailedCreate_showsLastError();
    void everyAnswer_readsBackWithCoresParser();

private:
    static OrderRecord order(const QString &status);
};

OrderRecord tst_OrdersView::order(const QString &status)
{
    OrderRecord order;
    order.id = u"6f0c2a1e-0000-4000-8000-000000000001"_s;
    order.terminalId = u"1"_s;
    order.cashierId = u"2"_s;
    order.method = u"ligdicash"_s;
    order.currency = u"XOF"_s;
    order.total = 5000;
    order.lines = QJsonArray{QJsonObject{{u"product_id"_s, u"sku-1"_s},
                                         {u"name"_s, u"Savon"_s},
                                         {u"quantity"_s, 2},
                                         {u"unit_price"_s, 2500},
                                         {u"line_total"_s, 5000}}};
    order.status = status;
    order.invoiceToken = u"eyJ-secret-invoice-token"_s;
    order.paymentUrl = u"https://app.ligdicash.com/pay/invoice/page"_s;
    order.paymentAttempt = 1;
    order.createdAt = 1764000000000;
    order.updatedAt = 1764000000000;
    return order;
}

void tst_OrdersView::awaitingOrder_showsPaymentUrl_neverTheToken()
{
    const QJsonObject json = OrdersApi::orderJson(order(u"awaiting_payment"_s));
    QCOMPARE(json.value(u"status"_s).toString(), u"awaiting_payment"_s);
    QCOMPARE(json.value(u"payment_url"_s).toString(),
             u"https://app.ligdicash.com/pay/invoice/page"_s);
    QCOMPARE(json.value(u"cashier_id"_s).toString(), u"2"_s);
    QCOMPARE(json.value(u"terminal_id"_s).toString(), u"1"_s);
    QVERIFY(!QJsonDocument(json).toJson().contains("secret-invoice-token"));
}

void tst_OrdersView::paidOrder_hidesPaymentUrl_showsReferenceAndFlags()
{
    OrderRecord paid = order(u"paid"_s);
    paid.reference = u"P2777636082026"_s;
    paid.operatorName = u"ORANGE BURKINA"_s;
    paid.payer = u"22670000000"_s;
    paid.flagPaidLate = true;
    paid.paidAt = 1764000060000;
    const QJsonObject json = OrdersApi::orderJson(paid);
    QVERIFY(!json.contains(u"payment_url"_s));
    QCOMPARE(json.value(u"reference"_s).toString(), u"P2777636082026"_s);
    QCOMPARE(json.value(u"operator_name"_s).toString(), u"ORANGE BURKINA"_s);
    QCOMPARE(json.value(u"customer_number"_s).toString(), u"22670000000"_s);
    QCOMPARE(json.value(u"paid_late"_s).toBool(), true);
    QVERIFY(!QJsonDocument(json).toJson().contains("secret-invoice-token"));
}

void tst_OrdersView::draftAfterFailedCreate_showsLastError()
{
    OrderRecord draft = order(u"draft"_s);
    draft.invoiceToken.clear();
    draft.paymentUrl.clear();
    draft.lastErrorCode = u"upstream_timeout"_s;
    draft.lastErrorMessage = u"LigdiCash did not answer in time. Try again."_s;
    const QJsonObject json = OrdersApi::orderJson(draft);
    QCOMPARE(json.value(u"last_error"_s).toObject().value(u"code"_s).toString(),
             u"upstream_timeout"_s);
}

void tst_OrdersView::everyAnswer_readsBackWithCoresParser()
{
    for (const QString &status : {u"draft"_s, u"awaiting_payment"_s, u"paid"_s, u"failed"_s,
                                  u"cancelled"_s, u"expired"_s}) {
        const Result<OrderView> view = OrderView::fromJson(OrdersApi::orderJson(order(status)));
        QVERIFY2(view.isOk(),
                 qPrintable(status + u": "_s + (view ? QString() : view.error().toString())));
        QCOMPARE(orderStatusToString(view->status), status);
        QCOMPARE(view->total.francs(), 5000);
        QCOMPARE(view->lines.size(), 1);
    }
}

QTEST_GUILESS_MAIN(tst_OrdersView)
#include "tst_orders_view.moc"
