#include "AppFixture.h"
#include "Clock.h"
#include "SaleJournal.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSaleJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Clock::setCurrentDateTimeUtcImpl({}); }
    void currentCart_survivesReopen();
    void held_isTakenOnce();
    void orders_awaitingAndUnsyncedLists();
    void recordAgain_keepsSyncedFlag();
    void rejected_isNeverResent();
    void directPayin_pushedNumberSurvivesReopen();
    void olderJournal_gainsTheCustomerNumberColumn();
    void olderJournal_cartAndAwaitingOrderReadBack();
};

void TestSaleJournal::currentCart_survivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const Cart lines = testCart({{testItem(u"a"_s, 500), 2}, {testItem(u"b"_s, 1250), 1}});
    const QDateTime pinned(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC);
    Clock::setCurrentDateTimeUtcImpl([pinned] { return pinned; });
    {
        SaleJournal journal(path);
        QVERIFY(journal.isOpen());
        QVERIFY(journal.saveCurrentCart(lines, u"order-1"_s));
    }
    SaleJournal reopened(path);
    const SaleJournal::SavedCart saved = reopened.currentCart();
    QCOMPARE(saved.cart, lines);
    QCOMPARE(saved.orderId, u"order-1"_s);
    QCOMPARE(saved.updatedAt, pinned);
}

void TestSaleJournal::held_isTakenOnce()
{
    QTemporaryDir dir;
    SaleJournal journal(dir.filePath(u"journal.sqlite"_s));
    const Cart lines = testCart({{testItem(u"a"_s, 500), 3}});
    const QString id = journal.hold(lines, u"Moussa"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(journal.heldCarts().size(), 1);
    QCOMPARE(journal.heldCarts().first().label, u"Moussa"_s);
    QCOMPARE(journal.takeHeld(id).cart, lines);
    QVERIFY(journal.takeHeld(id).id.isEmpty());
    QVERIFY(journal.heldCarts().isEmpty());
}

void TestSaleJournal::orders_awaitingAndUnsyncedLists()
{
    QTemporaryDir dir;
    SaleJournal journal(dir.filePath(u"journal.sqlite"_s));
    const Cart lines = testCart({{testItem(u"a"_s, 500), 1}});
    const OrderDraft ligdicash = OrderDraft::create(PaymentMethod::LigdiCash, lines);
    const OrderDraft cash = OrderDraft::create(PaymentMethod::Cash, lines);
    QSignalSpy changed(&journal, &SaleJournal::ordersChanged);
    QVERIFY(journal.recordOrder(ligdicash, OrderStatus::AwaitingPayment));
    QVERIFY(journal.recordOrder(cash, OrderStatus::Paid));
    QVERIFY(changed.size() >= 2);
    QCOMPARE(journal.awaitingOrders().size(), 1);
    QCOMPARE(journal.awaitingOrders().first().draft.id, ligdicash.id);
    QCOMPARE(journal.unsyncedOrders().size(), 1);
    QCOMPARE(journal.unsyncedOrders().first().draft.total, Money::fromFrancs(500));
    QCOMPARE(journal.unsyncedCount(), 1);
    QVERIFY(journal.markSynced(cash.id));
    QCOMPARE(journal.unsyncedCount(), 0);
    QVERIFY(journal.setOrderState(ligdicash.id, OrderStatus::Paid));
    QVERIFY(journal.awaitingOrders().isEmpty());
}

void TestSaleJournal::recordAgain_keepsSyncedFlag()
{
    QTemporaryDir dir;
    SaleJournal journal(dir.filePath(u"journal.sqlite"_s));
    OrderDraft cash =
        OrderDraft::create(PaymentMethod::Cash, testCart({{testItem(u"a"_s, 500), 1}}));
    QVERIFY(journal.recordOrder(cash, OrderStatus::Paid));
    QVERIFY(journal.markSynced(cash.id));
    QVERIFY(journal.recordOrder(cash, OrderStatus::Paid));
    QCOMPARE(journal.unsyncedCount(), 0);
}

void TestSaleJournal::rejected_isNeverResent()
{
    QTemporaryDir dir;
    SaleJournal journal(dir.filePath(u"journal.sqlite"_s));
    OrderDraft cash =
        OrderDraft::create(PaymentMethod::Cash, testCart({{testItem(u"a"_s, 500), 1}}));
    QVERIFY(journal.recordOrder(cash, OrderStatus::Paid));
    QVERIFY(journal.markRejected(cash.id, u"conflict"_s));
    QCOMPARE(journal.unsyncedCount(), 0);
    QCOMPARE(journal.order(cash.id)->lastError, u"conflict"_s);
}

void TestSaleJournal::directPayin_pushedNumberSurvivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const OrderDraft order =
        OrderDraft::create(PaymentMethod::LigdiCash, testCart({{testItem(u"a"_s, 500), 1}}));
    {
        SaleJournal journal(path);
        QVERIFY(journal.recordOrder(order, OrderStatus::AwaitingPayment));
        QVERIFY(!journal.order(order.id)->paymentStarted()); // started nowhere yet
        QVERIFY(journal.setPaymentPushed(order.id, u"22670123456"_s));
    }
    SaleJournal reopened(path);
    const auto back = reopened.order(order.id);
    QVERIFY(back);
    QCOMPARE(back->customerNumber, u"22670123456"_s);
    QVERIFY(back->paymentStarted());
    QCOMPARE(back->draft.lines, order.lines);
    QCOMPARE(reopened.awaitingOrders().size(), 1);
}

void TestSaleJournal::olderJournal_gainsTheCustomerNumberColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    {
        // The orders table as the first release wrote it.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            u"CREATE TABLE orders(id TEXT PRIMARY KEY, method TEXT NOT NULL, state TEXT NOT "
            "NULL, draft TEXT NOT NULL, payment_url TEXT NOT NULL DEFAULT '', synced INTEGER NOT "
            "NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL "
            "DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    SaleJournal journal(path);
    const OrderDraft order =
        OrderDraft::create(PaymentMethod::LigdiCash, testCart({{testItem(u"a"_s, 500), 1}}));
    QVERIFY(journal.recordOrder(order, OrderStatus::AwaitingPayment));
    QVERIFY(journal.setPaymentPushed(order.id, u"22670123456"_s));
    QCOMPARE(journal.order(order.id)->customerNumber, u"22670123456"_s);
}

void TestSaleJournal::olderJournal_cartAndAwaitingOrderReadBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    {
        SaleJournal created(path); // the tables
    }
    {
        // Rows as the app wrote them before its lines were core's CartLine.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        const QString line = u"{\"productId\":\"a\",\"sku\":\"A\",\"barcode\":\"\",\"name\":"
                             "\"Produit a\",\"quantity\":2,\"unitPrice\":500}"_s;
        QVERIFY(query.exec(u"INSERT INTO carts(id, kind, label, order_id, lines, updated_at) "
                           "VALUES('current', 'current', '', '', '["_s +
                           line + u"]', '2026-05-01T09:30:00.000Z')"_s));
        const QString draft = u"{\"id\":\"9b2f4c1e-0000-4000-8000-000000000001\",\"currency\":"
                              "\"XOF\",\"method\":\"ligdicash\",\"lines\":["_s +
                              line +
                              u"],\"total\":1000,\"createdAt\":\"2026-05-01T09:30:00.000Z\"}"_s;
        QVERIFY(query.exec(u"INSERT INTO orders(id, method, state, draft, payment_url, "
                           "created_at, updated_at) VALUES('9b2f4c1e-0000-4000-8000-000000000001', "
                           "'ligdicash', 'awaiting_payment', '"_s +
                           draft +
                           u"', 'http://127.0.0.1/pay/x', '2026-05-01T09:30:00.000Z', "
                           "'2026-05-01T09:30:00.000Z')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    SaleJournal journal(path);
    const Cart cart = journal.currentCart().cart;
    QCOMPARE(cart.lineCount(), 1);
    QCOMPARE(cart.lines().first().productId, u"a"_s);
    QCOMPARE(cart.total(), Money::fromFrancs(1000));
    const auto awaiting = journal.awaitingOrders();
    QCOMPARE(awaiting.size(), 1);
    QCOMPARE(awaiting.first().draft.lines.size(), 1);
    QCOMPARE(awaiting.first().draft.total, Money::fromFrancs(1000));
    QVERIFY(awaiting.first().paymentStarted());
}

QTEST_GUILESS_MAIN(TestSaleJournal)
#include "tst_salejournal.moc"
