#include "AppFixture.h"
#include "Clock.h"
#include "SaleJournal.h"

#include <QSignalSpy>
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
};

void TestSaleJournal::currentCart_survivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const QList<SaleLine> lines{SaleLine::fromItem(testItem(u"a"_s, 500), 2),
                                SaleLine::fromItem(testItem(u"b"_s, 1250), 1)};
    const QDateTime pinned(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC);
    Clock::setCurrentDateTimeUtcImpl([pinned] { return pinned; });
    {
        SaleJournal journal(path);
        QVERIFY(journal.isOpen());
        QVERIFY(journal.saveCurrentCart(lines, u"order-1"_s));
    }
    SaleJournal reopened(path);
    const SaleJournal::Cart cart = reopened.currentCart();
    QCOMPARE(cart.lines, lines);
    QCOMPARE(cart.orderId, u"order-1"_s);
    QCOMPARE(cart.updatedAt, pinned);
}

void TestSaleJournal::held_isTakenOnce()
{
    QTemporaryDir dir;
    SaleJournal journal(dir.filePath(u"journal.sqlite"_s));
    const QList<SaleLine> lines{SaleLine::fromItem(testItem(u"a"_s, 500), 3)};
    const QString id = journal.hold(lines, u"Moussa"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(journal.heldCarts().size(), 1);
    QCOMPARE(journal.heldCarts().first().label, u"Moussa"_s);
    QCOMPARE(journal.takeHeld(id).lines, lines);
    QVERIFY(journal.takeHeld(id).id.isEmpty());
    QVERIFY(journal.heldCarts().isEmpty());
}

void TestSaleJournal::orders_awaitingAndUnsyncedLists()
{
    QTemporaryDir dir;
    SaleJournal journal(dir.filePath(u"journal.sqlite"_s));
    const QList<SaleLine> lines{SaleLine::fromItem(testItem(u"a"_s, 500), 1)};
    auto ligdicash = OrderDraft::create(OrderDraft::Method::LigdiCash, lines);
    auto cash = OrderDraft::create(OrderDraft::Method::Cash, lines);
    QSignalSpy changed(&journal, &SaleJournal::ordersChanged);
    QVERIFY(journal.recordOrder(*ligdicash, OrderState::AwaitingPayment));
    QVERIFY(journal.recordOrder(*cash, OrderState::Paid));
    QVERIFY(changed.size() >= 2);
    QCOMPARE(journal.awaitingOrders().size(), 1);
    QCOMPARE(journal.awaitingOrders().first().draft.id, ligdicash->id);
    QCOMPARE(journal.unsyncedOrders().size(), 1);
    QCOMPARE(journal.unsyncedOrders().first().draft.total, Money::fromFrancs(500));
    QCOMPARE(journal.unsyncedCount(), 1);
    QVERIFY(journal.markSynced(cash->id));
    QCOMPARE(journal.unsyncedCount(), 0);
    QVERIFY(journal.setOrderState(ligdicash->id, OrderState::Paid));
    QVERIFY(journal.awaitingOrders().isEmpty());
}

void TestSaleJournal::recordAgain_keepsSyncedFlag()
{
    QTemporaryDir dir;
    SaleJournal journal(dir.filePath(u"journal.sqlite"_s));
    auto cash = OrderDraft::create(OrderDraft::Method::Cash,
                                   {SaleLine::fromItem(testItem(u"a"_s, 500), 1)});
    QVERIFY(journal.recordOrder(*cash, OrderState::Paid));
    QVERIFY(journal.markSynced(cash->id));
    QVERIFY(journal.recordOrder(*cash, OrderState::Paid));
    QCOMPARE(journal.unsyncedCount(), 0);
}

void TestSaleJournal::rejected_isNeverResent()
{
    QTemporaryDir dir;
    SaleJournal journal(dir.filePath(u"journal.sqlite"_s));
    auto cash = OrderDraft::create(OrderDraft::Method::Cash,
                                   {SaleLine::fromItem(testItem(u"a"_s, 500), 1)});
    QVERIFY(journal.recordOrder(*cash, OrderState::Paid));
    QVERIFY(journal.markRejected(cash->id, u"conflict"_s));
    QCOMPARE(journal.unsyncedCount(), 0);
    QCOMPARE(journal.order(cash->id)->lastError, u"conflict"_s);
}

QTEST_GUILESS_MAIN(TestSaleJournal)
#include "tst_salejournal.moc"
