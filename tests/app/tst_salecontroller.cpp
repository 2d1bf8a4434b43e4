#include "AppFixture.h"
#include "domain/DomainLimits.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSaleController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<OrderDraft>();
        qRegisterMetaType<OrderUpdate>();
    }
    void init();
    void cleanup();

    void addSameProduct_mergesIntoOneLine();
    void quantities_areBoundedAndZeroRemoves();
    void everyChange_isJournaled();
    void holdAndResume_swapsCarts();
    void ligdicash_doubleEnter_makesOneOrderOneInvoice();
    void ligdicash_lockedCartRefusesEdits();
    void ligdicash_paid_emptiesCartAndCompletesSale();
    void ligdicash_failed_unlocksWithReason();
    void ligdicash_startFails_retryUsesSameOrder();
    void cancel_losesToPayment();
    void cancel_releasesCart();
    void notConfirmedYet_setAsideKeepsWatching();
    void restart_restoresCartAndResumesWatching();
    void cash_computesChangeAndRefusesShortTender();
    void directPayin_pushedToThePhoneThenPaid();
    void restart_directPayinResumesWaitingNotStartFailed();
    void restart_setAsideOrderAndNewCartBothBack();

private:
    std::unique_ptr<FakeComptoirServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppParts> m_app;
    QString journalPath() const { return m_dir->filePath(u"journal.sqlite"_s); }
};

void TestSaleController::init()
{
    m_server = std::make_unique<FakeComptoirServer>();
    QVERIFY(m_server->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<AppParts>(journalPath(), m_server->url());
}

void TestSaleController::cleanup()
{
    m_app.reset();
    m_server.reset();
    m_dir.reset();
}

void TestSaleController::addSameProduct_mergesIntoOneLine()
{
    SaleController &sale = m_app->sale;
    QSignalSpy inserted(&sale, &SaleController::lineInserted);
    QSignalSpy changed(&sale, &SaleController::lineChanged);
    QVERIFY(sale.addItem(testItem(u"a"_s, 500)));
    QVERIFY(sale.addItem(testItem(u"b"_s, 250)));
    QVERIFY(sale.addItem(testItem(u"a"_s, 500)));
    QCOMPARE(sale.lines().size(), 2);
    QCOMPARE(sale.lines().at(0).quantity, 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(sale.total(), Money::fromFrancs(1250));
}

void TestSaleController::quantities_areBoundedAndZeroRemoves()
{
    SaleController &sale = m_app->sale;
    QSignalSpy errors(&sale, &SaleController::error);
    QSignalSpy removed(&sale, &SaleController::lineRemoved);
    QVERIFY(sale.addItem(testItem(u"a"_s, 500)));
    QVERIFY(sale.setQuantity(0, 12));
    QVERIFY(!sale.setQuantity(0, DomainLimits::kMaxQuantity + 1));
    QCOMPARE(errors.size(), 1);
    QVERIFY(sale.decrement(0));
    QCOMPARE(sale.lines().at(0).quantity, 11);
    QVERIFY(sale.setQuantity(0, 1));
    QVERIFY(sale.decrement(0)); // "−" stops at one
    QCOMPARE(sale.lines().at(0).quantity, 1);
    QVERIFY(sale.setQuantity(0, 0));
    QCOMPARE(removed.size(), 1);
    QVERIFY(sale.isEmpty());
}

void TestSaleController::everyChange_isJournaled()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 500));
    sale.addItem(testItem(u"b"_s, 700));
    sale.setQuantity(1, 3);
    QCOMPARE(m_app->journal.currentCart().cart, sale.cart());
    sale.removeLine(0);
    QCOMPARE(m_app->journal.currentCart().cart, sale.cart());
    sale.clear();
    QVERIFY(m_app->journal.currentCart().cart.isEmpty());
}

void TestSaleController::holdAndResume_swapsCarts()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 500));
    const QString first = sale.hold(u"Client 1"_s);
    QVERIFY(!first.isEmpty());
    QVERIFY(sale.isEmpty());
    sale.addItem(testItem(u"b"_s, 700));
    QVERIFY(sale.resume(first));
    QCOMPARE(sale.lines().size(), 1);
    QCOMPARE(sale.lines().first().productId, u"a"_s);
    // The cart in progress was held in its place.
    QCOMPARE(sale.heldSales().size(), 1);
    QCOMPARE(sale.heldSales().first().cart.lines().first().productId, u"b"_s);
    QVERIFY(!sale.resume(first));
}

void TestSaleController::ligdicash_doubleEnter_makesOneOrderOneInvoice()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 500), 3);
    QSignalSpy url(&sale, &SaleController::paymentUrlReady);
    const QString id = sale.payByLigdiCash();
    QCOMPARE(sale.payByLigdiCash(), id);
    QVERIFY(url.wait(2000));
    QCOMPARE(sale.payByLigdiCash(), id);
    QTest::qWait(100);
    QCOMPARE(m_server->orders.size(), 1);
    QCOMPARE(m_server->createRequests, 1);
    QCOMPARE(m_server->orders.value(id).invoices, 1);
    QCOMPARE(url.size(), 1);
    QCOMPARE(url.first().at(1).toUrl().path(), u"/pay/"_s + id);
    QCOMPARE(sale.phase(), SaleController::PaymentPhase::WaitingForCustomer);
}

void TestSaleController::ligdicash_lockedCartRefusesEdits()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 500));
    QSignalSpy locked(&sale, &SaleController::lockedChanged);
    sale.payByLigdiCash();
    QCOMPARE(locked.size(), 1);
    QVERIFY(sale.isLocked());
    QVERIFY(!sale.addItem(testItem(u"b"_s, 100)));
    QVERIFY(!sale.setQuantity(0, 5));
    QVERIFY(!sale.removeLine(0));
    QVERIFY(!sale.clear());
    QVERIFY(sale.hold().isEmpty());
    QVERIFY(!sale.payCash(Money::fromFrancs(1000)));
    QCOMPARE(sale.lines().size(), 1);
    QCOMPARE(sale.lines().first().quantity, 1);
}

void TestSaleController::ligdicash_paid_emptiesCartAndCompletesSale()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 500), 2);
    QSignalSpy url(&sale, &SaleController::paymentUrlReady);
    QSignalSpy completed(&sale, &SaleController::saleCompleted);
    const QString id = sale.payByLigdiCash();
    QVERIFY(url.wait(2000));
    m_server->setStatus(id, u"paid"_s);
    QVERIFY(completed.wait(2000));
    QVERIFY(sale.isEmpty());
    QVERIFY(!sale.isLocked());
    QCOMPARE(completed.first().at(0).value<OrderDraft>().total, Money::fromFrancs(1000));
    QCOMPARE(completed.first().at(1).value<OrderUpdate>().operatorName, u"ORANGE BURKINA"_s);
    QVERIFY(m_app->journal.awaitingOrders().isEmpty());
    QVERIFY(m_app->journal.currentCart().cart.isEmpty());
}

void TestSaleController::ligdicash_failed_unlocksWithReason()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 500));
    QSignalSpy url(&sale, &SaleController::paymentUrlReady);
    QSignalSpy settled(&sale, &SaleController::paymentSettled);
    const QString id = sale.payByLigdiCash();
    QVERIFY(url.wait(2000));
    m_server->setStatus(id, u"failed"_s, u"Solde insuffisant"_s);
    QVERIFY(settled.wait(2000));
    QCOMPARE(settled.first().at(1).value<OrderUpdate>().reason, u"Solde insuffisant"_s);
    QVERIFY(!sale.isLocked());
    QCOMPARE(sale.lines().size(), 1); // the cart stays: retry or take cash
    QVERIFY(sale.payCash(Money::fromFrancs(500)));
}

void TestSaleController::ligdicash_startFails_retryUsesSameOrder()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 500));
    m_server->refuseNext = 1;
    m_server->refuseStatus = 502;
    QSignalSpy failed(&sale, &SaleController::paymentStartFailed);
    QSignalSpy url(&sale, &SaleController::paymentUrlReady);
    const QString id = sale.payByLigdiCash();
    QVERIFY(failed.wait(2000));
    QCOMPARE(sale.phase(), SaleController::PaymentPhase::StartFailed);
    QVERIFY(sale.isLocked());
    QCOMPARE(sale.payByLigdiCash(), id);
    QVERIFY(url.wait(2000));
    QCOMPARE(m_server->orders.size(), 1);
    QCOMPARE(m_server->orders.value(id).invoices, 1);
}

void TestSaleController::cancel_losesToPayment()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 500));
    QSignalSpy url(&sale, &SaleController::paymentUrlReady);
    QSignalSpy settled(&sale, &SaleController::paymentSettled);
    const QString id = sale.payByLigdiCash();
    QVERIFY(url.wait(2000));
    // The customer pays; the cashier presses cancel before the long-poll brings the news.
    m_server->orders[id].status = u"paid"_s;
    sale.cancelPayment();
    QVERIFY(settled.wait(2000));
    const auto update = settled.first().at(1).value<OrderUpdate>();
    QCOMPARE(update.state, OrderStatus::Paid);
    QVERIFY(update.paymentWon);
    QVERIFY(sale.isEmpty());
}

void TestSaleController::cancel_releasesCart()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 500));
    QSignalSpy url(&sale, &SaleController::paymentUrlReady);
    QSignalSpy settled(&sale, &SaleController::paymentSettled);
    const QString id = sale.payByLigdiCash();
    QVERIFY(url.wait(2000));
    sale.cancelPayment();
    QVERIFY(settled.wait(2000));
    QCOMPARE(settled.first().at(1).value<OrderUpdate>().state, OrderStatus::Cancelled);
    QCOMPARE(m_server->orders.value(id).status, u"cancelled"_s);
    QVERIFY(!sale.isLocked());
    QCOMPARE(sale.lines().size(), 1);
    QVERIFY(!m_app->watcher.isWatching(id));
}

void TestSaleController::notConfirmedYet_setAsideKeepsWatching()
{
    m_app->watcher.setPaymentTimeout(200);
    m_app->watcher.setLongPollSeconds(1);
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 500));
    QSignalSpy notYet(&sale, &SaleController::paymentNotConfirmedYet);
    QSignalSpy later(&sale, &SaleController::awaitingOrderSettled);
    QSignalSpy completed(&sale, &SaleController::saleCompleted);
    const QString id = sale.payByLigdiCash();
    QVERIFY(notYet.wait(3000));
    QVERIFY(sale.setAside());
    QVERIFY(sale.isEmpty());
    QVERIFY(!sale.isLocked());
    QCOMPARE(sale.awaitingOrders().size(), 1);
    QVERIFY(m_app->watcher.isWatching(id));
    m_server->setStatus(id, u"paid"_s);
    QVERIFY(later.wait(3000));
    QCOMPARE(completed.size(), 1);
    QVERIFY(sale.awaitingOrders().isEmpty());
}

void TestSaleController::restart_restoresCartAndResumesWatching()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 500), 2);
    QSignalSpy url(&sale, &SaleController::paymentUrlReady);
    const QString id = sale.payByLigdiCash();
    QVERIFY(url.wait(2000));
    m_app.reset(); // the app goes away mid-payment

    m_app = std::make_unique<AppParts>(journalPath(), m_server->url());
    SaleController &again = m_app->sale;
    QSignalSpy completed(&again, &SaleController::saleCompleted);
    again.restore();
    QCOMPARE(again.lines().size(), 1);
    QCOMPARE(again.lines().first().quantity, 2);
    QVERIFY(again.isLocked());
    QCOMPARE(again.pendingOrderId(), id);
    QCOMPARE(again.phase(), SaleController::PaymentPhase::WaitingForCustomer);
    QVERIFY(m_app->watcher.isWatching(id));
    m_server->setStatus(id, u"paid"_s);
    QVERIFY(completed.wait(2000));
    QVERIFY(again.isEmpty());
    QCOMPARE(m_server->orders.size(), 1);
}

void TestSaleController::cash_computesChangeAndRefusesShortTender()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 1250), 3);
    QSignalSpy errors(&sale, &SaleController::error);
    QVERIFY(!sale.payCash(Money::fromFrancs(3000)));
    QCOMPARE(errors.size(), 1);
    const auto order = sale.payCash(Money::fromFrancs(5000));
    QVERIFY(order);
    QCOMPARE(order->change, Money::fromFrancs(1250));
    QVERIFY(sale.isEmpty());
    QVERIFY(!sale.payCash(Money::fromFrancs(5000))); // a second Enter: nothing left to sell
    QTRY_COMPARE(m_server->orders.size(), 1);
    QTRY_COMPARE(m_app->cash.unsyncedCount(), 0);
}

void TestSaleController::directPayin_pushedToThePhoneThenPaid()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 1500));
    QSignalSpy pushed(&sale, &SaleController::paymentPushed);
    QSignalSpy url(&sale, &SaleController::paymentUrlReady);
    QSignalSpy completed(&sale, &SaleController::saleCompleted);
    const QString id = sale.payByLigdiCash(u"22670123456"_s);
    QVERIFY(pushed.wait(2000));
    QCOMPARE(pushed.first().at(1).toString(), u"22670123456"_s);
    QCOMPARE(url.size(), 0);
    QCOMPARE(m_server->orders.value(id).customerNumber, u"22670123456"_s);
    QVERIFY(m_app->watcher.isWatching(id));
    m_server->setStatus(id, u"paid"_s);
    QVERIFY(completed.wait(2000));
    QVERIFY(sale.isEmpty());
}

void TestSaleController::restart_directPayinResumesWaitingNotStartFailed()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 1500));
    QSignalSpy pushed(&sale, &SaleController::paymentPushed);
    const QString id = sale.payByLigdiCash(u"22670123456"_s);
    QVERIFY(pushed.wait(2000));
    m_app.reset(); // the app goes away while the customer looks at their phone

    m_app = std::make_unique<AppParts>(journalPath(), m_server->url());
    SaleController &again = m_app->sale;
    QSignalSpy completed(&again, &SaleController::saleCompleted);
    again.restore();
    QVERIFY(again.isLocked());
    QCOMPARE(again.pendingOrderId(), id);
    QCOMPARE(again.phase(), SaleController::PaymentPhase::WaitingForCustomer);
    QCOMPARE(again.customerNumber(), u"22670123456"_s);
    QVERIFY(!again.paymentUrl().isValid());
    QVERIFY(m_app->watcher.isWatching(id));
    QCOMPARE(again.awaitingOrders().size(), 1);
    QVERIFY(again.awaitingOrders().first().paymentStarted());
    // A repeat F9 continues the same payment: no second invoice, no hosted page.
    QCOMPARE(again.payByLigdiCash(), id);
    QCOMPARE(m_server->orders.value(id).invoices, 1);
    m_server->setStatus(id, u"paid"_s);
    QVERIFY(completed.wait(2000));
    QVERIFY(again.isEmpty());
    QCOMPARE(m_server->orders.size(), 1);
}

void TestSaleController::restart_setAsideOrderAndNewCartBothBack()
{
    SaleController &sale = m_app->sale;
    sale.addItem(testItem(u"a"_s, 500), 2);
    QSignalSpy url(&sale, &SaleController::paymentUrlReady);
    const QString aside = sale.payByLigdiCash();
    QVERIFY(url.wait(2000));
    QVERIFY(sale.setAside());
    sale.addItem(testItem(u"b"_s, 700), 3); // the next customer
    m_app.reset();

    m_app = std::make_unique<AppParts>(journalPath(), m_server->url());
    SaleController &again = m_app->sale;
    QSignalSpy settled(&again, &SaleController::awaitingOrderSettled);
    again.restore();
    QVERIFY(!again.isLocked());
    QCOMPARE(again.lines().size(), 1);
    QCOMPARE(again.lines().first().productId, u"b"_s);
    QCOMPARE(again.lines().first().quantity, 3);
    QCOMPARE(again.awaitingOrders().size(), 1);
    QCOMPARE(again.awaitingOrders().first().draft.id, aside);
    QVERIFY(m_app->watcher.isWatching(aside));
    m_server->setStatus(aside, u"paid"_s);
    QVERIFY(settled.wait(2000));
    QVERIFY(again.awaitingOrders().isEmpty());
    QCOMPARE(again.lines().size(), 1); // the cart in progress is untouched
}

QTEST_GUILESS_MAIN(TestSaleController)
#include "tst_salecontroller.moc"
