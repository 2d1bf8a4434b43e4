#include "AppFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString awaitingOrder(FakeComptoirServer &server)
{
    const QString id = OrderDraft::newId();
    FakeComptoirServer::Order order;
    order.status = u"awaiting_payment"_s;
    order.request = QJsonObject{{u"id"_s, id}, {u"total"_s, 1500}, {u"method"_s, u"ligdicash"_s}};
    server.orders.insert(id, order);
    return id;
}
} // namespace

class TestPaymentWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void paid_isSeenWithinAFractionOfASecond();
    void failed_settlesWithReason();
    void serverDown_retriesWithBackoffThenSettles();
    void timeout_makesOneLastCheckAndKeepsWatching();
    void stop_endsWatching();
};

void TestPaymentWatcher::paid_isSeenWithinAFractionOfASecond()
{
    FakeComptoirServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), server.url());
    const QString id = awaitingOrder(server);
    QSignalSpy settled(&app.watcher, &PaymentWatcher::settled);
    app.watcher.watch(id);
    app.watcher.watch(id);                  // twice: still one watch
    QTRY_COMPARE(server.statusRequests, 1); // the long-poll is parked on the server
    QTest::qWait(100);
    QElapsedTimer timer;
    timer.start();
    server.setStatus(id, u"paid"_s);
    QVERIFY(settled.wait(2000));
    QVERIFY2(timer.elapsed() < 500, "paid not seen within 500 ms");
    QCOMPARE(settled.first().at(1).value<OrderUpdate>().state, OrderStatus::Paid);
    QCOMPARE(settled.first().at(1).value<OrderUpdate>().operatorName, u"ORANGE BURKINA"_s);
    QVERIFY(!app.watcher.isWatching(id));
    QCOMPARE(server.statusRequests, 1);
}

void TestPaymentWatcher::failed_settlesWithReason()
{
    FakeComptoirServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), server.url());
    const QString id = awaitingOrder(server);
    QSignalSpy settled(&app.watcher, &PaymentWatcher::settled);
    app.watcher.watch(id);
    QTRY_COMPARE(server.statusRequests, 1);
    server.setStatus(id, u"failed"_s, u"Solde insuffisant"_s);
    QVERIFY(settled.wait(2000));
    const auto update = settled.first().at(1).value<OrderUpdate>();
    QCOMPARE(update.state, OrderStatus::Failed);
    QCOMPARE(update.reason, u"Solde insuffisant"_s);
}

void TestPaymentWatcher::serverDown_retriesWithBackoffThenSettles()
{
    auto server = std::make_unique<FakeComptoirServer>();
    QVERIFY(server->start());
    const quint16 port = server->port();
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), server->url());
    const QString id = awaitingOrder(*server);
    auto state = server->orders;
    server.reset(); // the server dies before the first poll answers

    QSignalSpy trouble(&app.watcher, &PaymentWatcher::connectionTrouble);
    QSignalSpy settled(&app.watcher, &PaymentWatcher::settled);
    app.watcher.watch(id);
    QTRY_VERIFY(trouble.size() >= 3);
    // Back-off grows: 50, 100, 200 (capped) ms.
    QCOMPARE(trouble.at(0).at(2).toInt(), 50);
    QCOMPARE(trouble.at(1).at(2).toInt(), 100);
    QCOMPARE(trouble.at(2).at(2).toInt(), 200);

    server = std::make_unique<FakeComptoirServer>();
    server->orders = state;
    server->orders[id].status = u"paid"_s;
    QVERIFY(server->start(port));
    QVERIFY(settled.wait(3000));
    QCOMPARE(settled.first().at(1).value<OrderUpdate>().state, OrderStatus::Paid);
}

void TestPaymentWatcher::timeout_makesOneLastCheckAndKeepsWatching()
{
    FakeComptoirServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), server.url());
    app.watcher.setPaymentTimeout(300);
    app.watcher.setLongPollSeconds(1);
    const QString id = awaitingOrder(server);
    QSignalSpy notYet(&app.watcher, &PaymentWatcher::notConfirmedYet);
    QSignalSpy settled(&app.watcher, &PaymentWatcher::settled);
    app.watcher.watch(id);
    QVERIFY(notYet.wait(3000));
    QCOMPARE(notYet.size(), 1);
    QVERIFY(app.watcher.isWatching(id));
    server.setStatus(id, u"paid"_s); // a late payment is still seen
    QVERIFY(settled.wait(3000));
    QCOMPARE(notYet.size(), 1);
}

void TestPaymentWatcher::stop_endsWatching()
{
    FakeComptoirServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), server.url());
    const QString id = awaitingOrder(server);
    QSignalSpy settled(&app.watcher, &PaymentWatcher::settled);
    app.watcher.watch(id);
    QTRY_COMPARE(server.statusRequests, 1);
    app.watcher.stop(id);
    server.setStatus(id, u"paid"_s);
    QTest::qWait(200);
    QCOMPARE(settled.size(), 0);
    QVERIFY(app.watcher.watchedOrders().isEmpty());
}

QTEST_GUILESS_MAIN(TestPaymentWatcher)
#include "tst_paymentwatcher.moc"
