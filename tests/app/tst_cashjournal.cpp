#include "AppFixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

OrderDraft cashSale(qint64 price)
{
    OrderDraft draft =
        OrderDraft::create(PaymentMethod::Cash, testCart({{testItem(u"a"_s, price), 1}}));
    draft.tendered = draft.total;
    return draft;
}
} // namespace

class TestCashJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void offline_salesWaitThenLandExactlyOnce();
    void lostAnswer_resendIsTheSameOrder();
    void conflict_isRejectedNotRetried();
    void restart_sendsWhatWasLeft();
};

void TestCashJournal::offline_salesWaitThenLandExactlyOnce()
{
    const quint16 port = freePort();
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    QSignalSpy count(&app.cash, &CashJournal::unsyncedCountChanged);
    QVERIFY(app.cash.record(cashSale(500)));
    QVERIFY(app.cash.record(cashSale(700)));
    QCOMPARE(app.cash.unsyncedCount(), 2);
    QTRY_VERIFY(!app.client.isReachable());
    QTest::qWait(300); // several retries against nothing

    FakeComptoirServer server;
    QVERIFY(server.start(port));
    QTRY_COMPARE_WITH_TIMEOUT(app.cash.unsyncedCount(), 0, 5000);
    QCOMPARE(server.orders.size(), 2);
    QCOMPARE(server.createRequests, 2);
    QCOMPARE(count.last().at(0).toInt(), 0);
}

void TestCashJournal::lostAnswer_resendIsTheSameOrder()
{
    FakeComptoirServer server;
    server.swallowNextCreate = 1; // the order lands, its answer never comes back
    QVERIFY(server.start());
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), server.url());
    app.client.setRequestTimeout(300);
    QSignalSpy synced(&app.cash, &CashJournal::orderSynced);
    const OrderDraft sale = cashSale(1500);
    QVERIFY(app.cash.record(sale));
    QVERIFY(synced.wait(5000));
    QCOMPARE(server.createRequests, 2);
    QCOMPARE(server.orders.size(), 1);
    QCOMPARE(synced.first().at(0).toString(), sale.id);
}

void TestCashJournal::conflict_isRejectedNotRetried()
{
    FakeComptoirServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), server.url());
    const OrderDraft sale = cashSale(500);
    FakeComptoirServer::Order other;
    other.request = QJsonObject{{u"id"_s, sale.id}, {u"total"_s, 999}};
    server.orders.insert(sale.id, other);
    QSignalSpy rejected(&app.cash, &CashJournal::orderRejected);
    QVERIFY(app.cash.record(sale));
    QVERIFY(rejected.wait(2000));
    QTest::qWait(200);
    QCOMPARE(server.createRequests, 1);
    QCOMPARE(app.cash.unsyncedCount(), 0);
}

void TestCashJournal::restart_sendsWhatWasLeft()
{
    const quint16 port = freePort();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"j.sqlite"_s);
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(port));
    {
        AppParts app(path, url);
        QVERIFY(app.cash.record(cashSale(500)));
        QTRY_VERIFY(!app.client.isReachable());
    }
    FakeComptoirServer server;
    QVERIFY(server.start(port));
    AppParts app(path, url);
    QCOMPARE(app.cash.unsyncedCount(), 1);
    app.sale.restore();
    QTRY_COMPARE(app.cash.unsyncedCount(), 0);
    QCOMPARE(server.orders.size(), 1);
}

QTEST_GUILESS_MAIN(TestCashJournal)
#include "tst_cashjournal.moc"
