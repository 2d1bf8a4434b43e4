// The cashier's LigdiCash sale through the real widgets, end to end: the main window logs a
// cashier in with the PIN pad on a real comptoir-server, three barcodes are typed into the sale
// screen's field, F9 opens the real PaymentDialog, the payment page it opens is caught with
// QDesktopServices::setUrlHandler, and the test plays the customer through a real
// ligdicash-sandbox's control API. Also: a failed payment, a cancel that loses to a payment, the
// server killed and restarted mid-wait, and a direct payin restored after a restart.

#include "CashDialog.h"
#include "CatalogSync.h"
#include "MainWindow.h"
#include "PaymentDialog.h"
#include "SaleScreen.h"
#include "SandboxProcess.h"
#include "ServerProcess.h"
#include "Terminal.h"

#include "LoginScreen.h"
#include "PinPad.h"

#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestPaymentDialogEndToEnd : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // The system browser, as far as the app can tell.
    void openUrl(const QUrl &url) { m_openedUrls.append(url); }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loginScanThreePay_dialogShowsPaidWithinASecond();
    void failedPayment_dialogSaysWhyAndOffersRetryOrCash();
    void cancelAfterCustomerPaid_dialogSaysThePaymentWon();
    void serverKilledMidWait_restarted_dialogShowsPaid();
    void directPayinRestoredAfterRestart_dialogWaitsThenPaid();

private:
    void startTill();
    void loginWithPinPad();
    void scanThreeItems();
    // F9 on the sale screen; waits for the payment page to be opened (m_dialog).
    void payByLigdiCash();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Terminal> m_terminal;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_openedUrls;
    QPointer<PaymentDialog> m_dialog;
};

void TestPaymentDialogEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<OrderDraft>();
    qRegisterMetaType<OrderUpdate>();
}

void TestPaymentDialogEndToEnd::init()
{
    m_openedUrls.clear();
    QDesktopServices::setUrlHandler(u"http"_s, this, "openUrl");
    QDesktopServices::setUrlHandler(u"https"_s, this, "openUrl");
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
    startTill();

    // The till's local catalog copy, as CatalogSync stores the server's.
    const QJsonArray products{QJsonObject{{u"id"_s, u"p1"_s},
                                          {u"sku"_s, u"BOI-001"_s},
                                          {u"barcode"_s, u"5449000000996"_s},
                                          {u"name"_s, u"Coca-Cola 33 cl"_s},
                                          {u"category"_s, u"Boissons"_s},
                                          {u"unit_price"_s, 500}},
                              QJsonObject{{u"id"_s, u"p2"_s},
                                          {u"sku"_s, u"EPI-010"_s},
                                          {u"barcode"_s, u"3560070000011"_s},
                                          {u"name"_s, u"Riz parfumé 5 kg"_s},
                                          {u"category"_s, u"Épicerie"_s},
                                          {u"unit_price"_s, 4500}},
                              QJsonObject{{u"id"_s, u"p3"_s},
                                          {u"sku"_s, u"HYG-003"_s},
                                          {u"barcode"_s, u"6001087000017"_s},
                                          {u"name"_s, u"Savon Santex"_s},
                                          {u"category"_s, u"Hygiène"_s},
                                          {u"unit_price"_s, 250}}};
    QVERIFY(m_terminal->catalog().replaceAll(
        CatalogSync::parseCatalog(QJsonObject{{u"products"_s, products}})));
}

void TestPaymentDialogEndToEnd::startTill()
{
    m_terminal = std::make_unique<Terminal>(m_settings.get(), m_dir->filePath(u"till"_s));
    m_terminal->client().setTerminalToken(m_server->access().terminalToken);
    m_terminal->watcher().setBackoff(100, 500);
    m_terminal->cash().setRetryDelays(100, 500);
    m_window = std::make_unique<MainWindow>(m_terminal.get());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPaymentDialogEndToEnd::cleanup()
{
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << m_server->logTail();
    m_window.reset();
    m_terminal.reset();
    m_settings.reset();
    m_server.reset();
    m_sandbox.reset();
    m_dir.reset();
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

void TestPaymentDialogEndToEnd::loginWithPinPad()
{
    QVERIFY(m_window->isLocked());
    LoginScreen *login = m_window->loginScreen();
    QTRY_VERIFY(!login->selectedCashier().isEmpty());
    // The server lists its users; pick the cashier the support created ("awa", PIN 1234).
    const QJsonArray users =
        m_server->terminalClient().get(u"/api/v1/users"_s).json().value(u"users"_s).toArray();
    QString awa;
    for (const QJsonValue &user : users) {
        if (user.toObject().value(u"name"_s).toString() == "awa"_L1)
            awa = user.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!awa.isEmpty());
    login->selectCashier(awa);
    QTest::keyClicks(login->pinPad(), u"1234"_s);
    QTest::keyClick(login->pinPad(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 10000);
    QVERIFY(m_terminal->isLoggedIn());
}

void TestPaymentDialogEndToEnd::scanThreeItems()
{
    // What a scanner does: the code, then Enter, in the field that always has the focus.
    QLineEdit *field = m_window->saleScreen()->searchField();
    for (const QString &code : {u"5449000000996"_s, u"3560070000011"_s, u"6001087000017"_s}) {
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, code);
        QTest::keyClick(field, Qt::Key_Return);
    }
    QCOMPARE(m_terminal->sale().lines().size(), 3);
    QCOMPARE(m_terminal->sale().total(), Money::fromFrancs(5250));
}

void TestPaymentDialogEndToEnd::payByLigdiCash()
{
    SaleScreen *screen = m_window->saleScreen();
    QTest::keyClick(screen->searchField(), Qt::Key_F9);
    m_dialog = screen->paymentDialog();
    QVERIFY(m_dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!m_openedUrls.isEmpty(), 10000);
    QTRY_COMPARE(m_dialog->stage(), PaymentDialog::Stage::Waiting);
}

void TestPaymentDialogEndToEnd::loginScanThreePay_dialogShowsPaidWithinASecond()
{
    loginWithPinPad();
    QVERIFY(!QTest::currentTestFailed());
    scanThreeItems();
    QVERIFY(!QTest::currentTestFailed());
    payByLigdiCash();
    QVERIFY(!QTest::currentTestFailed());
    PaymentDialog *dialog = m_dialog;
    const QString id = m_terminal->sale().pendingOrderId();
    QVERIFY(!id.isEmpty());
    // The page the browser was asked to open is the sandbox's, and the QR code carries it.
    QCOMPARE(m_openedUrls.size(), 1);
    QCOMPARE(m_openedUrls.first(), dialog->paymentUrl());
    QCOMPARE(m_openedUrls.first().port(), m_sandbox->baseUrl().port());
    QVERIFY(!dialog->qrImage().isNull());
    QVERIFY(m_terminal->sale().isLocked());
    const QString token = m_sandbox->invoiceTokenFor(id);
    QVERIFY(!token.isEmpty());

    QTest::qWait(300); // the long-poll is parked on the server
    QElapsedTimer timer;
    qint64 paidAfterMs = -1;
    connect(&m_terminal->sale(), &SaleController::paymentSettled, dialog, [&] {
        if (dialog->stage() == PaymentDialog::Stage::Paid)
            paidAfterMs = timer.elapsed();
    });
    timer.start();
    QCOMPARE(m_sandbox->pay(token).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(paidAfterMs >= 0, 5000);
    qInfo("the dialog showed paid %lld ms after the sandbox payment", paidAfterMs);
    QVERIFY2(paidAfterMs < 1000, "paid not shown within a second");
    QVERIFY(dialog->statusText().contains(u"Paid"_s));
    QVERIFY(dialog->doneButton()->isVisible());

    // The receipt is produced, with LigdiCash's reference and the operator.
    const Receipt &receipt = m_window->lastReceipt();
    QCOMPARE(receipt.orderId, id);
    QCOMPARE(receipt.method, PaymentMethod::LigdiCash);
    QCOMPARE(receipt.total, Money::fromFrancs(5250));
    QVERIFY(!receipt.reference.isEmpty());
    QVERIFY(!receipt.operatorName.isEmpty());
    const QString text = receipt.textLines(32).join(u'\n');
    QVERIFY(text.contains(receipt.reference));
    const QDir receipts(m_terminal->dataDir() + u"/receipts"_s);
    QCOMPARE(receipts.entryList({u"*.pdf"_s}).size(), 1);

    // The cart is empty and unlocked; Enter starts the next sale.
    QVERIFY(m_terminal->sale().isEmpty());
    QVERIFY(!m_terminal->sale().isLocked());
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);
}

void TestPaymentDialogEndToEnd::failedPayment_dialogSaysWhyAndOffersRetryOrCash()
{
    loginWithPinPad();
    QVERIFY(!QTest::currentTestFailed());
    scanThreeItems();
    QVERIFY(!QTest::currentTestFailed());
    payByLigdiCash();
    QVERIFY(!QTest::currentTestFailed());
    PaymentDialog *dialog = m_dialog;
    const QString id = m_terminal->sale().pendingOrderId();
    QCOMPARE(m_sandbox->fail(m_sandbox->invoiceTokenFor(id)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), PaymentDialog::Stage::Failed, 10000);
    // It says why, in the server's words.
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    bool saysWhy = false;
    for (const QString &text : std::as_const(texts))
        saysWhy = saysWhy || text.contains(u"refused or abandoned"_s);
    QVERIFY2(saysWhy, qPrintable(texts.join(u" | "_s)));
    QVERIFY(dialog->retryButton()->isVisible());
    QVERIFY(dialog->cashButton()->isVisible());
    QVERIFY(!m_terminal->sale().isLocked());
    QCOMPARE(m_terminal->sale().lines().size(), 3); // retry or take cash
    QVERIFY(!m_window->lastReceipt().isValid());

    // Take cash instead: the cash dialog opens for the same total.
    dialog->cashButton()->click();
    QTRY_VERIFY(m_window->saleScreen()->cashDialog());
    QCOMPARE(m_window->saleScreen()->cashDialog()->total(), Money::fromFrancs(5250));
}

void TestPaymentDialogEndToEnd::cancelAfterCustomerPaid_dialogSaysThePaymentWon()
{
    loginWithPinPad();
    QVERIFY(!QTest::currentTestFailed());
    scanThreeItems();
    QVERIFY(!QTest::currentTestFailed());
    payByLigdiCash();
    QVERIFY(!QTest::currentTestFailed());
    PaymentDialog *dialog = m_dialog;
    const QString id = m_terminal->sale().pendingOrderId();
    // The customer pays, and the cashier presses cancel before the till has heard of it.
    m_terminal->watcher().stop(id);
    QCOMPARE(m_sandbox->pay(m_sandbox->invoiceTokenFor(id)).status, 200);
    QVERIFY(dialog->cancelButton()->isVisible());
    dialog->cancelButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), PaymentDialog::Stage::Paid, 10000);
    QVERIFY(m_terminal->sale().isEmpty());
    QCOMPARE(m_window->lastReceipt().orderId, id);
    bool saysSo = false;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        saysSo = saysSo || label->text().contains(u"payment wins"_s);
    QVERIFY2(saysSo, "the dialog does not say the payment won");
}

void TestPaymentDialogEndToEnd::serverKilledMidWait_restarted_dialogShowsPaid()
{
    loginWithPinPad();
    QVERIFY(!QTest::currentTestFailed());
    scanThreeItems();
    QVERIFY(!QTest::currentTestFailed());
    payByLigdiCash();
    QVERIFY(!QTest::currentTestFailed());
    PaymentDialog *dialog = m_dialog;
    const QString id = m_terminal->sale().pendingOrderId();
    const QString token = m_sandbox->invoiceTokenFor(id);
    QSignalSpy trouble(&m_terminal->watcher(), &PaymentWatcher::connectionTrouble);
    m_server->kill();
    QVERIFY(trouble.wait(10000));
    QCOMPARE(dialog->stage(), PaymentDialog::Stage::Waiting); // still waiting, not failed
    QCOMPARE(m_sandbox->pay(token).status, 200);              // paid while the server is down
    QVERIFY2(m_server->restartAfterKill(), qPrintable(m_server->logTail()));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), PaymentDialog::Stage::Paid, 20000);
    QVERIFY(m_terminal->sale().isEmpty());
    QCOMPARE(m_window->lastReceipt().orderId, id);
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);
}

void TestPaymentDialogEndToEnd::directPayinRestoredAfterRestart_dialogWaitsThenPaid()
{
    // The customer approves on the phone a few seconds later: after the till came back.
    QVERIFY(m_sandbox->patchScenario(
        QJsonObject{{u"directOutcome"_s, u"completed"_s}, {u"directDelayMs"_s, 4000}}));
    loginWithPinPad();
    QVERIFY(!QTest::currentTestFailed());
    scanThreeItems();
    QVERIFY(!QTest::currentTestFailed());
    SaleScreen *screen = m_window->saleScreen();
    QTest::keyClick(screen->searchField(), Qt::Key_F9, Qt::ShiftModifier);
    PaymentDialog *dialog = screen->paymentDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->stage(), PaymentDialog::Stage::AskNumber);
    QTest::keyClicks(dialog->numberEdit(), u"22670123456"_s);
    QTest::keyClick(dialog->numberEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), PaymentDialog::Stage::Waiting, 10000);
    const QString id = m_terminal->sale().pendingOrderId();
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);
    QVERIFY(m_openedUrls.isEmpty()); // no page for a direct payin

    // The till goes away mid-payment and comes back.
    m_window.reset();
    m_terminal.reset();
    startTill();
    QVERIFY(!QTest::currentTestFailed());
    m_terminal->start();
    QVERIFY(m_terminal->sale().isLocked());
    QCOMPARE(m_terminal->sale().phase(), SaleController::PaymentPhase::WaitingForCustomer);
    QVERIFY(m_terminal->watcher().isWatching(id));
    loginWithPinPad();
    QVERIFY(!QTest::currentTestFailed());
    // The sale screen shows the payment on its way at once, not "could not be started".
    QTRY_VERIFY(m_window->saleScreen()->paymentDialog());
    PaymentDialog *restored = m_window->saleScreen()->paymentDialog();
    QTRY_VERIFY(restored->isVisible());
    QTest::keyClick(m_window->saleScreen(), Qt::Key_F9); // F9 again changes nothing
    QCOMPARE(m_window->saleScreen()->paymentDialog(), restored);
    QCOMPARE(restored->stage(), PaymentDialog::Stage::Waiting);
    QVERIFY(restored->statusText().contains(u"Waiting"_s));
    QTRY_COMPARE_WITH_TIMEOUT(restored->stage(), PaymentDialog::Stage::Paid, 15000);
    QVERIFY(m_terminal->sale().isEmpty());
    QCOMPARE(m_window->lastReceipt().orderId, id);
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1); // never a second invoice
}

QTEST_MAIN(TestPaymentDialogEndToEnd)
#include "tst_paymentdialog_e2e.moc"
