#include "BackOfficeFixture.h"
#include "backoffice/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tester_pagesThroughEverything_withoutComplaint();
    void firstPage_loadsOnePageOnly();
    void fetchMore_appendsTheNextPageWithTheCursor();
    void lastPage_cannotFetchMore();
    void newFilter_resets_andIgnoresTheStaleAnswer();
    void sort_byAmount_requeriesTheServer();
    void sort_byAnotherColumn_isIgnored();
    void cells_showStatusMethodAndAmountAsPeopleReadThem();
    void updateOrder_changesTheRowInPlace();
    void serverError_reported_andRetriedOnNextFetch();
};

// QAbstractItemModelTester calls fetchMore() after every change, like an endless scroll: the
// model must page through the whole set, one request at a time, and stop at the last page.
void TestHistoryModel::tester_pagesThroughEverything_withoutComplaint()
{
    BackOfficeFixture h(250);
    HistoryModel model(&h.client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(HistoryFilter());
    QTRY_COMPARE(model.rowCount(), 250);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(h.routes.count("GET", u"/api/v1/history"_s), 3);
    HistoryFilter paid;
    paid.statuses = {OrderStatus::Paid};
    model.setFilter(paid);
    QTRY_COMPARE(model.rowCount(), int(h.routes.filtered(paid.toQuery()).size()));
}

void TestHistoryModel::firstPage_loadsOnePageOnly()
{
    BackOfficeFixture h(250);
    HistoryModel model(&h.client);
    model.setPageSize(100);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setFilter(HistoryFilter());
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // one request at a time
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(h.routes.count("GET", u"/api/v1/history"_s), 1);
    const QUrlQuery query = h.routes.lastQuery(u"/api/v1/history"_s);
    QCOMPARE(query.queryItemValue(u"limit"_s), u"100"_s);
    QCOMPARE(query.queryItemValue(u"sort"_s), u"created_desc"_s);
    QVERIFY(!query.hasQueryItem(u"cursor"_s));
    QCOMPARE(model.order(0).id, h.routes.orders.first().value(u"id"_s).toString());
}

void TestHistoryModel::fetchMore_appendsTheNextPageWithTheCursor()
{
    BackOfficeFixture h(250);
    HistoryModel model(&h.client);
    model.setFilter(HistoryFilter());
    QTRY_COMPARE(model.rowCount(), 100);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    model.fetchMore({}); // ignored while the page is on its way
    QTRY_COMPARE(model.rowCount(), 200);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 100);
    QCOMPARE(inserted.first().at(2).toInt(), 199);
    QCOMPARE(h.routes.lastQuery(u"/api/v1/history"_s).queryItemValue(u"cursor"_s), u"o100"_s);
    QCOMPARE(model.order(100).id, h.routes.orders.at(100).value(u"id"_s).toString());
}

void TestHistoryModel::lastPage_cannotFetchMore()
{
    BackOfficeFixture h(130);
    HistoryModel model(&h.client);
    model.setFilter(HistoryFilter());
    QTRY_COMPARE(model.rowCount(), 100);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 130);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QTest::qWait(50);
    QCOMPARE(h.routes.count("GET", u"/api/v1/history"_s), 2);
}

void TestHistoryModel::newFilter_resets_andIgnoresTheStaleAnswer()
{
    BackOfficeFixture h(250);
    HistoryModel model(&h.client);
    model.setFilter(HistoryFilter());
    QTRY_COMPARE(model.rowCount(), 100);
    model.fetchMore({}); // its answer arrives after the new filter: it must be dropped
    HistoryFilter cash;
    cash.method = PaymentMethod::Cash;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilter(cash);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY(!model.isLoading());
    QTRY_COMPARE(h.routes.count("GET", u"/api/v1/history"_s), 3);
    QTest::qWait(100);
    const int cashOrders = int(h.routes.filtered(cash.toQuery()).size());
    QCOMPARE(model.rowCount(), qMin(cashOrders, 100));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.order(row).method, PaymentMethod::Cash);
}

void TestHistoryModel::sort_byAmount_requeriesTheServer()
{
    BackOfficeFixture h(250);
    HistoryModel model(&h.client);
    model.setFilter(HistoryFilter());
    QTRY_COMPARE(model.rowCount(), 100);
    model.sort(HistoryModel::Total, Qt::DescendingOrder);
    QCOMPARE(model.sortOrder(), HistoryFilter::Sort::TotalDesc);
    QTRY_COMPARE(h.routes.count("GET", u"/api/v1/history"_s), 2);
    QCOMPARE(h.routes.lastQuery(u"/api/v1/history"_s).queryItemValue(u"sort"_s), u"total_desc"_s);
    QTRY_COMPARE(model.rowCount(), 100);
    QVERIFY(model.order(0).total >= model.order(99).total);
    model.sort(HistoryModel::CreatedAt, Qt::AscendingOrder);
    QTRY_COMPARE(h.routes.lastQuery(u"/api/v1/history"_s).queryItemValue(u"sort"_s),
                 u"created_asc"_s);
}

void TestHistoryModel::sort_byAnotherColumn_isIgnored()
{
    BackOfficeFixture h(20);
    HistoryModel model(&h.client);
    model.setFilter(HistoryFilter());
    QTRY_COMPARE(model.rowCount(), 20);
    model.sort(HistoryModel::Cashier, Qt::AscendingOrder);
    QTest::qWait(50);
    QCOMPARE(h.routes.count("GET", u"/api/v1/history"_s), 1);
    QCOMPARE(model.sortOrder(), HistoryFilter::Sort::CreatedDesc);
}

void TestHistoryModel::cells_showStatusMethodAndAmountAsPeopleReadThem()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::BurkinaFaso));
    BackOfficeFixture h(5);
    HistoryModel model(&h.client);
    model.setFilter(HistoryFilter());
    QTRY_COMPARE(model.rowCount(), 5);
    const HistoryOrder &first = model.order(0);
    QCOMPARE(model.index(0, HistoryModel::Status).data().toString(),
             orderStatusDisplayName(first.status));
    QCOMPARE(model.index(0, HistoryModel::Method).data().toString(),
             paymentMethodDisplayName(first.method));
    QCOMPARE(model.index(0, HistoryModel::Total).data().toString(), first.total.toString());
    QCOMPARE(model.index(0, HistoryModel::Total).data(Qt::TextAlignmentRole).toInt() &
                 Qt::AlignRight,
             int(Qt::AlignRight));
    QCOMPARE(model.index(0, HistoryModel::Terminal).data().toString(), u"Caisse 1"_s);
    QCOMPARE(model.index(0, HistoryModel::Operator).data().toString(), u"ORANGE BURKINA"_s);
    QCOMPARE(model.index(0, HistoryModel::OrderId).data(HistoryModel::OrderIdRole).toString(),
             first.id);
    QCOMPARE(model.headerData(HistoryModel::Total, Qt::Horizontal).toString(), u"Amount"_s);
    QLocale::setDefault(QLocale::c());
}

void TestHistoryModel::updateOrder_changesTheRowInPlace()
{
    BackOfficeFixture h(5);
    HistoryModel model(&h.client);
    model.setFilter(HistoryFilter());
    QTRY_COMPARE(model.rowCount(), 5);
    HistoryOrder changed = model.order(2);
    changed.status = OrderStatus::Paid;
    changed.reviewed = true;
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    model.updateOrder(changed);
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(dataChanged.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(model.order(2).status, OrderStatus::Paid);
    QCOMPARE(model.rowCount(), 5);
}

void TestHistoryModel::serverError_reported_andRetriedOnNextFetch()
{
    BackOfficeFixture h(250);
    HistoryModel model(&h.client);
    model.setFilter(HistoryFilter());
    QTRY_COMPARE(model.rowCount(), 100);
    QSignalSpy failed(&model, &HistoryModel::loadFailed);
    h.routes.failNextHistory = 1;
    model.fetchMore({});
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 200);
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
