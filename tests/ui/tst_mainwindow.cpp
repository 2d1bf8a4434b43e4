#include "CartModel.h"
#include "LoginScreen.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "PinPad.h"
#include "SaleScreen.h"
#include "UiFixture.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void startsLocked_thenSaleAfterLogin();
    void serverDown_bannerAndUnsyncedCount_clearWhenBack();
    void quitWithUnsyncedSales_warnsInline();
    void setAsidePayment_listedUntilConfirmed();
    void idle_locksButNotDuringAPayment();
    void rebuiltWindow_languageSwitch_keepsTheSale();
};

void TestMainWindow::startsLocked_thenSaleAfterLogin()
{
    UiFixture f;
    f.terminal->setCashier(Cashier());
    f.server->users = QJsonArray{QJsonObject{{u"id"_s, u"1"_s}, {u"name"_s, u"Awa"_s}}};
    MainWindow window(f.terminal.get());
    window.show();
    QVERIFY(window.isLocked());
    QTRY_COMPARE(window.loginScreen()->selectedCashier(), u"1"_s);
    QTest::keyClicks(window.loginScreen()->pinPad(), u"1234"_s);
    QTest::keyClick(window.loginScreen()->pinPad(), Qt::Key_Return);
    QTRY_VERIFY(!window.isLocked());
    window.requestLogout();
    QVERIFY(window.isLocked());
}

void TestMainWindow::serverDown_bannerAndUnsyncedCount_clearWhenBack()
{
    UiFixture f;
    const quint16 port = f.server->port();
    MainWindow window(f.terminal.get());
    window.showSale();
    window.show();
    QVERIFY(!window.banner()->isVisible());
    f.server->stop();
    SaleScreen *sale = window.saleScreen();
    QTest::keyClicks(sale->searchField(), u"5449000000996"_s);
    QTest::keyClick(sale->searchField(), Qt::Key_Return);
    QVERIFY(f.terminal->sale().payCash(Money::fromFrancs(500)));
    QTRY_VERIFY(window.banner()->isVisible());
    QCOMPARE(window.banner()->type(), MessageWidget::Type::Warning);
    QTRY_VERIFY(window.unsyncedLabel()->text().contains(u"1"_s));

    QVERIFY(f.server->start(port));
    QTRY_COMPARE_WITH_TIMEOUT(f.terminal->cash().unsyncedCount(), 0, 5000);
    QTRY_VERIFY(window.unsyncedLabel()->text().contains(u"0"_s));
    QCOMPARE(window.banner()->type(), MessageWidget::Type::Positive);
    QTRY_VERIFY_WITH_TIMEOUT(!window.banner()->isVisible(), 6000); // clears by itself
    QCOMPARE(f.server->orders.size(), 1);
}

void TestMainWindow::quitWithUnsyncedSales_warnsInline()
{
    UiFixture f;
    f.server->stop();
    MainWindow window(f.terminal.get());
    window.showSale();
    window.show();
    f.terminal->sale().addItem(UiFixture::shop().first());
    QVERIFY(f.terminal->sale().payCash(Money::fromFrancs(500)));
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    auto *leave = window.findChild<QPushButton *>(u"confirmLeave"_s);
    QVERIFY(leave);
    QTest::mouseClick(leave, Qt::LeftButton);
    QVERIFY(!window.isVisible());
}

void TestMainWindow::setAsidePayment_listedUntilConfirmed()
{
    UiFixture f;
    f.terminal->watcher().setPaymentTimeout(200);
    f.terminal->watcher().setLongPollSeconds(1);
    MainWindow window(f.terminal.get());
    window.showSale();
    window.show();
    f.terminal->sale().addItem(UiFixture::shop().first());
    QSignalSpy notYet(&f.terminal->sale(), &SaleController::paymentNotConfirmedYet);
    const QString id = f.terminal->sale().payByLigdiCash();
    QVERIFY(notYet.wait(3000));
    QVERIFY(f.terminal->sale().setAside());
    auto *awaiting = window.findChild<QToolButton *>(u"awaiting"_s);
    QTRY_VERIFY(awaiting->isVisible());
    QVERIFY(awaiting->text().contains(u"1"_s));
    QMetaObject::invokeMethod(window.awaitingMenu(), "aboutToShow");
    QCOMPARE(window.awaitingMenu()->actions().size(), 1);
    f.server->setStatus(id, u"paid"_s);
    QTRY_VERIFY(!awaiting->isVisible());
}

void TestMainWindow::idle_locksButNotDuringAPayment()
{
    UiFixture f;
    MainWindow window(f.terminal.get());
    window.setIdleLockInterval(300);
    window.show();
    window.showSale();
    QTest::qWait(150);
    QTest::keyClick(window.saleScreen()->searchField(), Qt::Key_A); // activity restarts it
    QTest::qWait(200);
    QVERIFY(!window.isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 2000);
    QVERIFY(f.terminal->isLoggedIn()); // locked, not logged out: the PIN brings the sale back

    window.showSale();
    f.terminal->sale().addItem(UiFixture::shop().first());
    f.terminal->sale().payByLigdiCash();
    QTest::qWait(600);
    QVERIFY(!window.isLocked()); // never in the middle of a payment
}

void TestMainWindow::rebuiltWindow_languageSwitch_keepsTheSale()
{
    UiFixture f;
    auto window = std::make_unique<MainWindow>(f.terminal.get());
    window->showSale();
    window->show();
    f.terminal->sale().addItem(UiFixture::shop().first(), 2);
    window.reset(); // what a language switch does, with the sale going on
    f.terminal->sale().addItem(UiFixture::shop().at(1));
    MainWindow rebuilt(f.terminal.get());
    rebuilt.showSale();
    rebuilt.show();
    QCOMPARE(rebuilt.saleScreen()->cartModel()->rowCount(), 2);
    QVERIFY(rebuilt.saleScreen()->totalLabel()->text().contains(u"1"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
