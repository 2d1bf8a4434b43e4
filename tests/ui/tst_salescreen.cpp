#include "CartModel.h"
#include "CashDialog.h"
#include "CatalogModel.h"
#include "PaymentDialog.h"
#include "SaleScreen.h"
#include "UiFixture.h"

#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// Catches what the app opens with QDesktopServices::openUrl (the payment page).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void handle(const QUrl &url) { urls.append(url); }
};

class TestSaleScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDesktopServices::setUrlHandler(u"http"_s, &m_catcher, "handle");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"http"_s); }
    void init();
    void cleanup();

    void scanBarcode_addsLineAndKeepsFocus();
    void scanUnknownBarcode_showsInlineError();
    void quantityPrefix_addsSeveral();
    void typing_filtersTheGrid();
    void typeQuantity_withF4();
    void deleteKey_removesCurrentLine();
    void clear_isConfirmedInline();
    void holdAndResume();
    void cash_showsChangeAndCompletesSale();
    void ligdicash_showsQrFollowsOrderAndPaid();
    void ligdicash_failed_offersCash();
    void serverUnreachable_disablesLigdiCashOnly();
    void directPayin_askNumberThenWaitsWithoutQr();

private:
    void scan(const QString &code);

    UrlCatcher m_catcher;
    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<SaleScreen> m_screen;
};

void TestSaleScreen::init()
{
    m_catcher.urls.clear();
    m_fixture = std::make_unique<UiFixture>();
    m_screen = std::make_unique<SaleScreen>(m_fixture->terminal.get());
    m_screen->resize(1366, 700);
    m_screen->show();
    QApplication::setActiveWindow(m_screen.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_screen->restoreFocus();
}

void TestSaleScreen::cleanup()
{
    m_screen.reset();
    m_fixture.reset();
}

void TestSaleScreen::scan(const QString &code)
{
    // A scanner is a keyboard: the code, then Enter.
    QTest::keyClicks(m_screen->searchField(), code);
    QTest::keyClick(m_screen->searchField(), Qt::Key_Return);
}

void TestSaleScreen::scanBarcode_addsLineAndKeepsFocus()
{
    scan(u"5449000000996"_s);
    QCOMPARE(m_screen->cartModel()->rowCount(), 1);
    QCOMPARE(m_fixture->terminal->sale().lines().first().productId, u"boi-001"_s);
    QVERIFY(m_screen->searchField()->text().isEmpty());
    QCOMPARE(m_screen->focusWidget(), m_screen->searchField());
    scan(u"5449000000996"_s);
    QCOMPARE(m_screen->cartModel()->rowCount(), 1);
    QCOMPARE(m_fixture->terminal->sale().lines().first().quantity, 2);
    QVERIFY(m_screen->totalLabel()->text().contains(u"1"_s));
    scan(u"hyg-003"_s); // a SKU works too, whatever the case
    QCOMPARE(m_screen->cartModel()->rowCount(), 2);
}

void TestSaleScreen::scanUnknownBarcode_showsInlineError()
{
    scan(u"0000000000000"_s);
    QCOMPARE(m_screen->cartModel()->rowCount(), 0);
    QVERIFY(m_screen->messageWidget()->isVisible());
    QCOMPARE(m_screen->messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY(m_screen->messageWidget()->text().contains(u"0000000000000"_s));
    QCOMPARE(m_screen->focusWidget(), m_screen->searchField());
    QVERIFY(!QApplication::activeModalWidget());
}

void TestSaleScreen::quantityPrefix_addsSeveral()
{
    scan(u"3*6001087000017"_s);
    QCOMPARE(m_fixture->terminal->sale().lines().first().quantity, 3);
}

void TestSaleScreen::typing_filtersTheGrid()
{
    QTest::keyClicks(m_screen->searchField(), u"sav"_s);
    QTRY_COMPARE(m_screen->catalogModel()->rowCount(), 1);
    QTest::keyClick(m_screen->searchField(), Qt::Key_Return); // the only match is added
    QCOMPARE(m_fixture->terminal->sale().lines().first().productId, u"hyg-003"_s);
}

void TestSaleScreen::typeQuantity_withF4()
{
    scan(u"5449000000996"_s);
    QTest::keyClick(m_screen->searchField(), Qt::Key_F4);
    QSpinBox *editor = nullptr;
    QTRY_VERIFY((editor = m_screen->cartView()->findChild<QSpinBox *>()) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, u"12"_s);
    QTest::keyClick(editor, Qt::Key_Return); // the view commits on its next turn
    QTRY_COMPARE(m_fixture->terminal->sale().lines().first().quantity, 12);
    QTRY_COMPARE(m_screen->focusWidget(), m_screen->searchField());
}

void TestSaleScreen::deleteKey_removesCurrentLine()
{
    scan(u"5449000000996"_s);
    scan(u"6001087000017"_s);
    QTest::keyClick(m_screen->searchField(), Qt::Key_Delete);
    QCOMPARE(m_screen->cartModel()->rowCount(), 1);
    QCOMPARE(m_fixture->terminal->sale().lines().first().productId, u"boi-001"_s);
    QTest::mouseClick(m_screen->button(u"remove"_s), Qt::LeftButton);
    QCOMPARE(m_screen->cartModel()->rowCount(), 0);
}

void TestSaleScreen::clear_isConfirmedInline()
{
    scan(u"5449000000996"_s);
    scan(u"6001087000017"_s);
    QTest::mouseClick(m_screen->button(u"clear"_s), Qt::LeftButton);
    QCOMPARE(m_screen->cartModel()->rowCount(), 2); // nothing cleared yet
    QVERIFY(!QApplication::activeModalWidget());
    auto *yes = m_screen->messageWidget()->findChild<QPushButton *>(u"confirmClear"_s);
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton);
    QCOMPARE(m_screen->cartModel()->rowCount(), 0);
    QCOMPARE(m_screen->focusWidget(), m_screen->searchField());
}

void TestSaleScreen::holdAndResume()
{
    scan(u"5449000000996"_s);
    QTest::keyClick(m_screen->searchField(), Qt::Key_F6);
    QCOMPARE(m_screen->cartModel()->rowCount(), 0);
    scan(u"3560070000011"_s);
    QTest::keyClick(m_screen->searchField(), Qt::Key_F7);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_screen->findChild<QMenu *>(u"heldMenu"_s)) != nullptr);
    QCOMPARE(menu->actions().size(), 1);
    menu->actions().first()->trigger();
    menu->close();
    QCOMPARE(m_screen->cartModel()->rowCount(), 1);
    QCOMPARE(m_fixture->terminal->sale().lines().first().productId, u"boi-001"_s);
    // The rice cart in progress went on hold in its place.
    QCOMPARE(m_fixture->terminal->sale().heldSales().size(), 1);
}

void TestSaleScreen::cash_showsChangeAndCompletesSale()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::BurkinaFaso));
    scan(u"5449000000996"_s);
    scan(u"2*6001087000017"_s); // 500 + 2 × 250 = 1 000
    QTest::keyClick(m_screen->searchField(), Qt::Key_F8);
    CashDialog *dialog = m_screen->cashDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->noteButton(500), Qt::LeftButton);
    QVERIFY(!dialog->confirmButton()->isEnabled()); // 500 is not enough
    QTest::mouseClick(dialog->noteButton(1000), Qt::LeftButton);
    QCOMPARE(dialog->tendered(), Money::fromFrancs(1500));
    QCOMPARE(dialog->changeLabel()->text(), u"500\u00A0FCFA"_s);
    QTest::keyClick(dialog->tenderedEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_screen->cashDialog());
    QCOMPARE(m_screen->cartModel()->rowCount(), 0);
    QVERIFY(m_screen->messageWidget()->text().contains(u"500\u00A0FCFA"_s));
    QTRY_COMPARE(m_fixture->server->orders.size(), 1);
    QTRY_COMPARE(m_fixture->terminal->cash().unsyncedCount(), 0);
    QTRY_COMPARE(m_screen->focusWidget(), m_screen->searchField());
    QLocale::setDefault(QLocale::c());
}

void TestSaleScreen::ligdicash_showsQrFollowsOrderAndPaid()
{
    scan(u"5449000000996"_s);
    scan(u"3560070000011"_s);
    QTest::keyClick(m_screen->searchField(), Qt::Key_F9);
    QTest::keyClick(m_screen->searchField(), Qt::Key_F9); // a double press changes nothing
    PaymentDialog *dialog = m_screen->paymentDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->stage(), PaymentDialog::Stage::Waiting);
    QCOMPARE(m_fixture->server->orders.size(), 1);
    const QString id = m_fixture->server->orders.keys().first();
    QCOMPARE(m_catcher.urls.size(), 1);
    QCOMPARE(m_catcher.urls.first(), dialog->paymentUrl());
    QVERIFY(!dialog->qrImage().isNull());
    QVERIFY(dialog->qrImage().width() >= 200);
    QVERIFY(!m_screen->button(u"plus"_s)->isEnabled()); // cart locked
    m_fixture->server->setStatus(id, u"paid"_s);
    QTRY_COMPARE(dialog->stage(), PaymentDialog::Stage::Paid);
    QVERIFY(dialog->doneButton()->isVisible());
    QCOMPARE(m_screen->cartModel()->rowCount(), 0);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!m_screen->paymentDialog());
}

void TestSaleScreen::ligdicash_failed_offersCash()
{
    scan(u"5449000000996"_s);
    QTest::keyClick(m_screen->searchField(), Qt::Key_F9);
    PaymentDialog *dialog = m_screen->paymentDialog();
    QTRY_COMPARE(dialog->stage(), PaymentDialog::Stage::Waiting);
    const QString id = m_fixture->server->orders.keys().first();
    m_fixture->server->setStatus(id, u"failed"_s, u"Solde insuffisant"_s);
    QTRY_COMPARE(dialog->stage(), PaymentDialog::Stage::Failed);
    QVERIFY(dialog->cashButton()->isVisible());
    QVERIFY(dialog->retryButton()->isVisible());
    QTest::mouseClick(dialog->cashButton(), Qt::LeftButton);
    QTRY_VERIFY(m_screen->cashDialog());
    QCOMPARE(m_screen->cashDialog()->total(), Money::fromFrancs(500));
}

void TestSaleScreen::serverUnreachable_disablesLigdiCashOnly()
{
    scan(u"5449000000996"_s);
    m_fixture->server->stop();
    m_fixture->terminal->client().checkTerminal(this, [](const ServerError &) {});
    QTRY_VERIFY(!m_fixture->terminal->client().isReachable());
    QVERIFY(!m_screen->button(u"ligdicash"_s)->isEnabled());
    QVERIFY(m_screen->button(u"cash"_s)->isEnabled());
}

void TestSaleScreen::directPayin_askNumberThenWaitsWithoutQr()
{
    scan(u"5449000000996"_s);
    QTest::keyClick(m_screen->searchField(), Qt::Key_F9, Qt::ShiftModifier);
    PaymentDialog *dialog = m_screen->paymentDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->stage(), PaymentDialog::Stage::AskNumber);
    QVERIFY(m_fixture->server->orders.isEmpty()); // nothing sent before the number
    QTest::keyClicks(dialog->numberEdit(), u"226 70 12 34 56"_s);
    QTest::keyClick(dialog->numberEdit(), Qt::Key_Return);
    QTRY_COMPARE(dialog->stage(), PaymentDialog::Stage::Waiting);
    QVERIFY(m_catcher.urls.isEmpty());
    const QString id = m_fixture->server->orders.keys().first();
    QCOMPARE(m_fixture->server->orders.value(id).customerNumber, u"22670123456"_s);
    QVERIFY(dialog->qrImage().isNull());
    m_fixture->server->setStatus(id, u"paid"_s);
    QTRY_COMPARE(dialog->stage(), PaymentDialog::Stage::Paid);
}

QTEST_MAIN(TestSaleScreen)
#include "tst_salescreen.moc"
