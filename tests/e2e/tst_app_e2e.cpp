// The till's logic end to end, without a single widget: a Terminal logs a cashier in on a real
// comptoir-server, sells, and pays through a real ligdicash-sandbox (the test plays the customer
// through the sandbox's control API). Also: a failed payment, a cancel that loses to a payment,
// the server killed and restarted mid-wait, and cash sold while the server is down.

#include "SandboxProcess.h"
#include "ServerProcess.h"
#include "Terminal.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestAppEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loginScanThreePayLigdiCash_paidWithinASecond();
    void failedPayment_saysWhyAndUnlocks();
    void cancelAfterCustomerPaid_paymentWins();
    void serverKilledMidWait_restarted_paymentCompletes();
    void cashWhileServerDown_sentOnceWhenBack();
    void appRestart_cartAndAwaitingPaymentBack_paymentCompletes();
    void appRestart_setAsideOrderAndNewCartBack_paymentCompletes();
    void appRestart_directPayinResumes_paymentCompletes();
    void directPayin_approvedOnThePhone_paid();

private:
    void login();
    void addThreeItems();
    QString startPayment();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Terminal> m_terminal;
};

void TestAppEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<OrderDraft>();
    qRegisterMetaType<OrderUpdate>();
}

void TestAppEndToEnd::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxProcess>(m_dir->path());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_server = std::make_unique<ServerProcess>(m_dir->path());
    m_server->setLigdiCash(m_sandbox->baseUrl(), SandboxProcess::apiKey, SandboxProcess::authToken);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString() + m_server->logTail()));
    QVERIFY2(m_server->createAccess(), qPrintable(m_server->errorString()));

    m_settings = std::make_unique<Settings>(m_dir->filePath(u"comptoir.ini"_s));
    m_settings->setServerUrl(m_server->baseUrl());
    m_settings->setValue(Settings::Key::LongPollSeconds, 5);
    m_settings->setValue(Settings::Key::RequestTimeoutSeconds, 5);
    m_terminal = std::make_unique<Terminal>(m_settings.get(), m_dir->filePath(u"till"_s));
    m_terminal->client().setTerminalToken(m_server->access().terminalToken);
    m_terminal->watcher().setBackoff(100, 500);
    m_terminal->cash().setRetryDelays(100, 500);
    QVERIFY(m_terminal->catalog().replaceAll(
        {Product{u"p1"_s, u"BOI-001"_s, u"5449000000996"_s, u"Coca-Cola 33 cl"_s, u"Boissons"_s,
                 Money::fromFrancs(500)},
         Product{u"p2"_s, u"EPI-010"_s, u"3560070000011"_s, u"Riz parfumé 5 kg"_s, u"Épicerie"_s,
                 Money::fromFrancs(4500)},
         Product{u"p3"_s, u"HYG-003"_s, u"6001087000017"_s, u"Savon Santex"_s, u"Hygiène"_s,
                 Money::fromFrancs(250)}}));
}

void TestAppEndToEnd::cleanup()
{
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << m_server->logTail();
    m_terminal.reset();
    m_settings.reset();
    m_server.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestAppEndToEnd::login()
{
    bool done = false;
    m_terminal->client().login(u"awa"_s, u"1234"_s, this,
                               [&](const Cashier &cashier, const ServerError &error) {
                                   QVERIFY2(error.isOk(), qPrintable(error.userMessage()));
                                   m_terminal->setCashier(cashier);
                                   done = true;
                               });
    QTRY_VERIFY(done);
    QVERIFY(m_terminal->isLoggedIn());
}

void TestAppEndToEnd::addThreeItems()
{
    // What the scanner does: exact barcode lookups in the local catalog.
    for (const QString &code : {u"5449000000996"_s, u"3560070000011"_s, u"6001087000017"_s}) {
        const auto item = m_terminal->catalog().findExact(code);
        QVERIFY(item);
        QVERIFY(m_terminal->sale().addItem(*item));
    }
    QCOMPARE(m_terminal->sale().total(), Money::fromFrancs(5250));
}

QString TestAppEndToEnd::startPayment()
{
    QSignalSpy url(&m_terminal->sale(), &SaleController::paymentUrlReady);
    QSignalSpy failed(&m_terminal->sale(), &SaleController::paymentStartFailed);
    const QString id = m_terminal->sale().payByLigdiCash();
    m_terminal->sale().payByLigdiCash(); // a double Enter
    if (!url.wait(10000)) {
        qWarning() << "start failed:" << (failed.isEmpty() ? QVariant() : failed.first().at(1));
        return {};
    }
    if (m_sandbox->invoicesFor(id).size() != 1)
        return {};
    return id;
}

void TestAppEndToEnd::loginScanThreePayLigdiCash_paidWithinASecond()
{
    login();
    addThreeItems();
    QSignalSpy completed(&m_terminal->sale(), &SaleController::saleCompleted);
    const QString id = startPayment();
    QVERIFY(!id.isEmpty());
    QVERIFY(m_terminal->sale().isLocked());
    QTest::qWait(300); // the long-poll is parked on the server
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_sandbox->pay(m_sandbox->invoiceTokenFor(id)).status, 200);
    QVERIFY(completed.wait(5000));
    qInfo("paid seen by the till %lld ms after the sandbox payment", timer.elapsed());
    QVERIFY2(timer.elapsed() < 1000, "paid not seen within a second");
    QCOMPARE(completed.first().at(0).value<OrderDraft>().total, Money::fromFrancs(5250));
    QVERIFY(m_terminal->sale().isEmpty());
    QVERIFY(!m_terminal->sale().isLocked());
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);
}

void TestAppEndToEnd::failedPayment_saysWhyAndUnlocks()
{
    login();
    addThreeItems();
    QSignalSpy settled(&m_terminal->sale(), &SaleController::paymentSettled);
    const QString id = startPayment();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_sandbox->fail(m_sandbox->invoiceTokenFor(id)).status, 200);
    QVERIFY(settled.wait(10000));
    const auto update = settled.first().at(1).value<OrderUpdate>();
    QCOMPARE(update.state, OrderStatus::Failed);
    QVERIFY(!m_terminal->sale().isLocked());
    QCOMPARE(m_terminal->sale().lines().size(), 3); // retry or take cash
}

void TestAppEndToEnd::cancelAfterCustomerPaid_paymentWins()
{
    login();
    addThreeItems();
    QSignalSpy settled(&m_terminal->sale(), &SaleController::paymentSettled);
    const QString id = startPayment();
    QVERIFY(!id.isEmpty());
    // The watcher is parked; the customer pays and the cashier presses cancel at once.
    m_terminal->watcher().stop(id);
    QCOMPARE(m_sandbox->pay(m_sandbox->invoiceTokenFor(id)).status, 200);
    m_terminal->sale().cancelPayment();
    QVERIFY(settled.wait(10000));
    const auto update = settled.first().at(1).value<OrderUpdate>();
    QCOMPARE(update.state, OrderStatus::Paid);
    QVERIFY(update.paymentWon);
    QVERIFY(m_terminal->sale().isEmpty());
}

void TestAppEndToEnd::serverKilledMidWait_restarted_paymentCompletes()
{
    login();
    addThreeItems();
    QSignalSpy completed(&m_terminal->sale(), &SaleController::saleCompleted);
    QSignalSpy trouble(&m_terminal->watcher(), &PaymentWatcher::connectionTrouble);
    const QString id = startPayment();
    QVERIFY(!id.isEmpty());
    const QString token = m_sandbox->invoiceTokenFor(id);
    m_server->kill();
    QVERIFY(trouble.wait(10000));
    QCOMPARE(m_sandbox->pay(token).status, 200); // paid while the server is down
    QVERIFY2(m_server->restartAfterKill(), qPrintable(m_server->logTail()));
    QVERIFY(completed.wait(20000));
    QVERIFY(m_terminal->sale().isEmpty());
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);
}

void TestAppEndToEnd::cashWhileServerDown_sentOnceWhenBack()
{
    login();
    addThreeItems();
    m_server->kill();
    const auto order = m_terminal->sale().payCash(Money::fromFrancs(10000));
    QVERIFY(order);
    QCOMPARE(order->change, Money::fromFrancs(4750));
    QVERIFY(m_terminal->sale().isEmpty());
    QTRY_VERIFY(!m_terminal->client().isReachable());
    QCOMPARE(m_terminal->cash().unsyncedCount(), 1);
    QVERIFY2(m_server->restartAfterKill(), qPrintable(m_server->logTail()));
    QTRY_COMPARE_WITH_TIMEOUT(m_terminal->cash().unsyncedCount(), 0, 20000);
    // The server has exactly that order, paid, with the change.
    HttpTestClient status = m_server->cashierClient();
    const QJsonObject view = status.get(u"/api/v1/orders/"_s + order->id).json();
    QCOMPARE(view.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(view.value(u"change"_s).toInteger(), 4750);
}

void TestAppEndToEnd::appRestart_cartAndAwaitingPaymentBack_paymentCompletes()
{
    login();
    addThreeItems();
    const QString id = startPayment();
    QVERIFY(!id.isEmpty());
    const QString token = m_sandbox->invoiceTokenFor(id);
    // The till goes away mid-payment; only what the journal wrote on every change survives.
    m_terminal.reset();
    m_terminal = std::make_unique<Terminal>(m_settings.get(), m_dir->filePath(u"till"_s));
    m_terminal->client().setTerminalToken(m_server->access().terminalToken);
    login();
    QSignalSpy completed(&m_terminal->sale(), &SaleController::saleCompleted);
    m_terminal->start();
    QCOMPARE(m_terminal->sale().lines().size(), 3);
    QVERIFY(m_terminal->sale().isLocked());
    QCOMPARE(m_terminal->sale().pendingOrderId(), id);
    QVERIFY(m_terminal->watcher().isWatching(id));
    QCOMPARE(m_sandbox->pay(token).status, 200);
    QVERIFY(completed.wait(10000));
    QVERIFY(m_terminal->sale().isEmpty());
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);
}

void TestAppEndToEnd::appRestart_setAsideOrderAndNewCartBack_paymentCompletes()
{
    login();
    addThreeItems();
    const QString id = startPayment();
    QVERIFY(!id.isEmpty());
    const QString token = m_sandbox->invoiceTokenFor(id);
    // The customer is slow: the cashier sets the order aside and rings up the next one.
    QVERIFY(m_terminal->sale().setAside());
    const auto soap = m_terminal->catalog().findExact(u"6001087000017"_s);
    QVERIFY(soap);
    QVERIFY(m_terminal->sale().addItem(*soap, 4));
    // The till dies with both; only the journal survives.
    m_terminal.reset();
    m_terminal = std::make_unique<Terminal>(m_settings.get(), m_dir->filePath(u"till"_s));
    m_terminal->client().setTerminalToken(m_server->access().terminalToken);
    login();
    QSignalSpy settled(&m_terminal->sale(), &SaleController::awaitingOrderSettled);
    QSignalSpy completed(&m_terminal->sale(), &SaleController::saleCompleted);
    m_terminal->start();
    QCOMPARE(m_terminal->sale().lines().size(), 1);
    QCOMPARE(m_terminal->sale().lines().first().quantity, 4);
    QVERIFY(!m_terminal->sale().isLocked());
    QCOMPARE(m_terminal->sale().awaitingOrders().size(), 1);
    QVERIFY(m_terminal->watcher().isWatching(id));
    QCOMPARE(m_sandbox->pay(token).status, 200);
    QVERIFY(settled.wait(10000));
    QCOMPARE(settled.first().at(1).value<OrderUpdate>().state, OrderStatus::Paid);
    QCOMPARE(completed.size(), 1);
    QCOMPARE(completed.first().at(0).value<OrderDraft>().id, id);
    QVERIFY(m_terminal->sale().awaitingOrders().isEmpty());
    QCOMPARE(m_terminal->sale().lines().size(), 1); // the next customer's cart is untouched
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);
}

void TestAppEndToEnd::appRestart_directPayinResumes_paymentCompletes()
{
    QVERIFY(m_sandbox->patchScenario(
        QJsonObject{{u"directOutcome"_s, u"completed"_s}, {u"directDelayMs"_s, 3000}}));
    login();
    addThreeItems();
    QSignalSpy pushed(&m_terminal->sale(), &SaleController::paymentPushed);
    const QString id = m_terminal->sale().payByLigdiCash(u"22670123456"_s);
    QVERIFY(pushed.wait(10000));
    m_terminal.reset();
    m_terminal = std::make_unique<Terminal>(m_settings.get(), m_dir->filePath(u"till"_s));
    m_terminal->client().setTerminalToken(m_server->access().terminalToken);
    login();
    QSignalSpy completed(&m_terminal->sale(), &SaleController::saleCompleted);
    m_terminal->start();
    QVERIFY(m_terminal->sale().isLocked());
    QCOMPARE(m_terminal->sale().phase(), SaleController::PaymentPhase::WaitingForCustomer);
    QVERIFY(m_terminal->watcher().isWatching(id));
    QVERIFY(completed.wait(15000));
    QVERIFY(m_terminal->sale().isEmpty());
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);
}

void TestAppEndToEnd::directPayin_approvedOnThePhone_paid()
{
    QVERIFY(m_sandbox->patchScenario(
        QJsonObject{{u"directOutcome"_s, u"completed"_s}, {u"directDelayMs"_s, 300}}));
    login();
    addThreeItems();
    QSignalSpy pushed(&m_terminal->sale(), &SaleController::paymentPushed);
    QSignalSpy completed(&m_terminal->sale(), &SaleController::saleCompleted);
    const QString id = m_terminal->sale().payByLigdiCash(u"22670123456"_s);
    QVERIFY(pushed.wait(10000));
    const QJsonArray invoices = m_sandbox->invoicesFor(id);
    QCOMPARE(invoices.size(), 1);
    QCOMPARE(invoices.first().toObject().value(u"kind"_s).toString(), u"direct"_s);
    QVERIFY(completed.wait(10000));
    QVERIFY(m_terminal->sale().isEmpty());
}

QTEST_GUILESS_MAIN(TestAppEndToEnd)
#include "tst_app_e2e.moc"
