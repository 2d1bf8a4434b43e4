#include "BackOfficeFixture.h"
#include "LoginScreen.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "SaleScreen.h"
#include "backoffice/BackOfficeWindow.h"
#include "backoffice/HistoryModel.h"
#include "backoffice/HistoryPage.h"
#include "backoffice/UnmatchedModel.h"
#include "backoffice/UnmatchedPage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestBackOfficeWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void manager_F10_opensTheHistory_escReturnsToTheSale();
    void cashier_neverGetsTheBackOffice();
    void lockingTheTill_dropsTheBackOffice();
    void addPage_addsAnEntry_thatShowsThePage();
    void unmatched_listsPayments_withTheirConfirm();
    void unmatched_reviewWithANote_postsAndReloads();
};

void TestBackOfficeWindow::manager_F10_opensTheHistory_escReturnsToTheSale()
{
    BackOfficeFixture b;
    MainWindow window(b.f.terminal.get());
    window.showSale();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.backOfficeAction()->isVisible());
    QTest::keyClick(&window, Qt::Key_F10);
    QVERIFY(window.isBackOfficeShown());
    BackOfficeWindow *backOffice = window.backOffice();
    QCOMPARE(backOffice->currentPage(), backOffice->historyPage());
    QTRY_VERIFY(backOffice->historyPage()->model()->rowCount() > 0);
    QVERIFY(backOffice->pageList()->count() >= 2);
    QCOMPARE(backOffice->pageList()->item(1)->text(), u"Unmatched payments"_s);

    QTest::keyClick(backOffice->pageList(), Qt::Key_Escape);
    QVERIFY(!window.isBackOfficeShown());
    QVERIFY(window.saleScreen()->isVisible());

    window.showBackOffice(); // kept while the same manager works: no second load
    QCOMPARE(window.backOffice(), backOffice);
    QTest::mouseClick(backOffice->findChild<QToolButton *>(u"backToSale"_s), Qt::LeftButton);
    QVERIFY(window.saleScreen()->isVisible());
}

void TestBackOfficeWindow::cashier_neverGetsTheBackOffice()
{
    BackOfficeFixture b;
    Cashier awa;
    awa.id = u"2"_s;
    awa.name = u"Awa Ouédraogo"_s;
    b.f.terminal->setCashier(awa);
    MainWindow window(b.f.terminal.get());
    window.showSale();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.backOfficeAction()->isVisible());
    QTest::keyClick(&window, Qt::Key_F10);
    window.showBackOffice();
    QVERIFY(!window.isBackOfficeShown());
    QVERIFY(!window.backOffice());
    QCOMPARE(b.routes.requests.size(), 0);
}

void TestBackOfficeWindow::lockingTheTill_dropsTheBackOffice()
{
    BackOfficeFixture b;
    MainWindow window(b.f.terminal.get());
    window.showSale();
    window.show();
    window.showBackOffice();
    QVERIFY(window.isBackOfficeShown());
    window.lock();
    QVERIFY(window.isLocked());
    QTRY_VERIFY(!window.backOffice());
    window.showBackOffice(); // locked: the PIN comes first
    QVERIFY(window.isLocked());
    QVERIFY(!window.backOffice());
}

void TestBackOfficeWindow::addPage_addsAnEntry_thatShowsThePage()
{
    BackOfficeFixture b;
    BackOfficeWindow backOffice(b.f.terminal.get());
    const int before = backOffice.pageCount();
    auto *extra = new QLabel(u"Loyalty"_s);
    const int index = backOffice.addPage(extra, QIcon(), u"Loyalty"_s);
    QCOMPARE(index, before);
    QCOMPARE(backOffice.pageCount(), before + 1);
    QCOMPARE(backOffice.pageList()->item(index)->text(), u"Loyalty"_s);
    backOffice.pageList()->setCurrentRow(index);
    QCOMPARE(backOffice.currentPage(), extra);
    QVERIFY(extra->parentWidget()); // owned by the window
}

void TestBackOfficeWindow::unmatched_listsPayments_withTheirConfirm()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::BurkinaFaso));
    BackOfficeFixture b;
    BackOfficeWindow backOffice(b.f.terminal.get());
    backOffice.resize(1200, 700);
    backOffice.show();
    backOffice.setCurrentPage(backOffice.unmatchedPage());
    UnmatchedModel *model = backOffice.unmatchedPage()->model();
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, UnmatchedModel::Amount).data().toString(),
             Money::fromFrancs(5000).toString());
    const QString confirm = model->index(0, UnmatchedModel::Confirm).data().toString();
    QVERIFY2(confirm.contains(u"completed"_s) && confirm.contains(u"ORANGE BURKINA"_s),
             qPrintable(confirm));
    QCOMPARE(model->index(1, UnmatchedModel::Confirm).data().toString(),
             u"not checked with LigdiCash"_s);
    QVERIFY(model->index(1, UnmatchedModel::Review).data().toString().contains(u"Moov Money"_s));
    QCOMPARE(model->unreviewedCount(), 1);
    QVERIFY(backOffice.unmatchedPage()->summaryLabel()->text().contains(u"1"_s));
    QLocale::setDefault(QLocale::c());
}

void TestBackOfficeWindow::unmatched_reviewWithANote_postsAndReloads()
{
    BackOfficeFixture b;
    UnmatchedPage page(&b.client);
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QVERIFY(!page.reviewButton()->isEnabled());
    page.table()->selectRow(0);
    QVERIFY(page.reviewButton()->isEnabled());
    page.reviewSelected(); // no note yet
    QCOMPARE(page.message()->type(), MessageWidget::Type::Warning);
    page.noteEdit()->setText(u"Remboursé par Orange Money"_s);
    QTest::mouseClick(page.reviewButton(), Qt::LeftButton);
    QTRY_COMPARE(page.model()->unreviewedCount(), 0);
    QCOMPARE(b.routes.count("POST", u"/api/v1/payments/unmatched/u1/review"_s), 1);
    QCOMPARE(b.routes.count("GET", u"/api/v1/payments/unmatched"_s), 2);
    QCOMPARE(b.routes.requests.last().method, QByteArray("GET"));
    QVERIFY(page.model()
                ->index(0, UnmatchedModel::Review)
                .data()
                .toString()
                .contains(u"Remboursé par Orange Money"_s));
}

QTEST_MAIN(TestBackOfficeWindow)
#include "tst_backofficewindow.moc"
