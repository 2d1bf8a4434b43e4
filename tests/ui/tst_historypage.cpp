#include "BackOfficeFixture.h"
#include "MessageWidget.h"
#include "backoffice/HistoryModel.h"
#include "backoffice/HistoryPage.h"
#include "backoffice/OrderDetailDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The page, shown, with its first page of orders in.
struct PageFixture : BackOfficeFixture
{
    PageFixture()
        : page(&client, f.terminal.get())
    {
        page.resize(1200, 700);
        page.show();
    }
    bool firstPageIn()
    {
        return QTest::qWaitFor([this] { return page.model()->rowCount() > 0; }) &&
               QTest::qWaitFor([this] { return !page.model()->isLoading(); });
    }
    QUrlQuery lastList() const { return routes.lastQuery(u"/api/v1/history"_s); }
    // The latest request to path whose key had this value (requests travel on parallel
    // connections, so the last one recorded is not always the last one sent).
    QUrlQuery sentWith(const QString &path, const QString &key, const QString &value) const
    {
        const QList<QUrlQuery> queries = routes.queries(path);
        for (auto it = queries.crbegin(); it != queries.crend(); ++it) {
            if (it->queryItemValue(key) == value)
                return *it;
        }
        return {};
    }

    HistoryPage page;
};

void choose(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

} // namespace

class TestHistoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void firstShow_loadsTodayWithTotals();
    void periodPresets_sendFromAndTo_data();
    void periodPresets_sendFromAndTo();
    void customPeriod_sendsTheChosenDays_lastDayIncluded();
    void filters_produceTheQueryParameters_forListAndTotals();
    void typingInSearch_waitsForAPause_thenQueries();
    void unreadableAmount_marksTheField_andSendsNothing();
    void totals_showCountAndSumAboveTheTable();
    void scrollingToTheBottom_fetchesPageTwo();
    void amountHeader_sortsOnTheServer();
    void export_writesTheServersCsvAsIs();
    void export_failure_showsWhy_andLeavesNoFile();
    void enterOnARow_opensItsDetail();
    void verifyInTheDetail_refreshesTheRow();
};

void TestHistoryPage::firstShow_loadsTodayWithTotals()
{
    PageFixture p;
    QVERIFY(p.firstPageIn());
    QCOMPARE(p.routes.count("GET", u"/api/v1/history"_s), 1);
    const QUrlQuery query = p.lastList();
    QCOMPARE(query.queryItemValue(u"from"_s), iso(BackOfficeFixture::today()));
    QCOMPARE(query.queryItemValue(u"to"_s), iso(BackOfficeFixture::today().addDays(1)));
    QCOMPARE(query.queryItemValue(u"sort"_s), u"created_desc"_s);
    QTRY_COMPARE(p.routes.count("GET", u"/api/v1/history/summary"_s), 1);
    QTRY_VERIFY(!p.page.totalsLabel()->text().isEmpty());
    // The choices of the filters come from the server.
    QTRY_VERIFY(p.page.terminalBox()->findText(u"Caisse 2"_s) >= 0);
    QTRY_VERIFY(p.page.cashierBox()->findText(u"Issa Sawadogo"_s) >= 0);
}

void TestHistoryPage::periodPresets_sendFromAndTo_data()
{
    QTest::addColumn<HistoryPage::Period>("period");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const QDate today = BackOfficeFixture::today(); // a Wednesday
    QTest::newRow("today") << HistoryPage::Period::Today << today << today.addDays(1);
    QTest::newRow("yesterday") << HistoryPage::Period::Yesterday << today.addDays(-1) << today;
    QTest::newRow("this week") << HistoryPage::Period::ThisWeek
                               << today.addDays(1 - today.dayOfWeek()) << today.addDays(1);
    QTest::newRow("this month") << HistoryPage::Period::ThisMonth
                                << QDate(today.year(), today.month(), 1) << today.addDays(1);
    QTest::newRow("all dates") << HistoryPage::Period::AllDates << QDate() << QDate();
}

void TestHistoryPage::periodPresets_sendFromAndTo()
{
    QFETCH(HistoryPage::Period, period);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    PageFixture p;
    QVERIFY(p.firstPageIn());
    p.page.setPeriod(period);
    QTRY_COMPARE(p.routes.count("GET", u"/api/v1/history"_s), 2);
    const QUrlQuery query = p.lastList();
    QCOMPARE(query.hasQueryItem(u"from"_s), from.isValid());
    QCOMPARE(query.queryItemValue(u"from"_s), from.isValid() ? iso(from) : QString());
    QCOMPARE(query.queryItemValue(u"to"_s), to.isValid() ? iso(to) : QString());
    QCOMPARE(query.queryItemValue(u"tz"_s),
             QString::number(BackOfficeFixture::now().toLocalTime().offsetFromUtc() / 60));
    QTRY_COMPARE(p.routes.lastQuery(u"/api/v1/history/summary"_s).queryItemValue(u"from"_s),
                 query.queryItemValue(u"from"_s));
}

void TestHistoryPage::customPeriod_sendsTheChosenDays_lastDayIncluded()
{
    PageFixture p;
    QVERIFY(p.firstPageIn());
    choose(p.page.periodBox(), u"Custom dates"_s);
    QVERIFY(p.page.fromEdit()->isEnabled());
    p.page.fromEdit()->setDate(QDate(2026, 11, 1));
    p.page.toEdit()->setDate(QDate(2026, 11, 15));
    // Requests travel on parallel connections: look for it rather than at the last one.
    auto sent = [&p] {
        const QList<QUrlQuery> queries = p.routes.queries(u"/api/v1/history"_s);
        return std::any_of(queries.cbegin(), queries.cend(), [](const QUrlQuery &query) {
            return query.queryItemValue(u"from"_s) == "2026-11-01"_L1 &&
                   query.queryItemValue(u"to"_s) == "2026-11-16"_L1;
        });
    };
    QTRY_VERIFY(sent());
    QCOMPARE(p.page.model()->filter().to, QDate(2026, 11, 16));
}

void TestHistoryPage::filters_produceTheQueryParameters_forListAndTotals()
{
    PageFixture p;
    QVERIFY(p.firstPageIn());
    QTRY_VERIFY(p.page.terminalBox()->count() == 3 && p.page.cashierBox()->count() == 4);
    choose(p.page.statusBox(), orderStatusDisplayName(OrderStatus::Paid));
    choose(p.page.methodBox(), paymentMethodDisplayName(PaymentMethod::LigdiCash));
    choose(p.page.operatorBox(), u"ORANGE BURKINA"_s);
    choose(p.page.terminalBox(), u"Caisse 2"_s);
    choose(p.page.cashierBox(), u"Issa Sawadogo"_s);
    p.page.minTotalEdit()->setText(u"1 000"_s);
    p.page.maxTotalEdit()->setText(u"15000"_s);
    p.page.searchEdit()->setText(u"70112233"_s);
    p.page.flaggedBox()->setChecked(true);
    p.page.applyFilters();
    for (const QString &path : {u"/api/v1/history"_s, u"/api/v1/history/summary"_s}) {
        QTRY_VERIFY(!p.sentWith(path, u"q"_s, u"70112233"_s).isEmpty());
        const QUrlQuery query = p.sentWith(path, u"q"_s, u"70112233"_s);
        QCOMPARE(query.queryItemValue(u"status"_s), u"paid"_s);
        QCOMPARE(query.queryItemValue(u"method"_s), u"ligdicash"_s);
        QCOMPARE(query.queryItemValue(u"operator"_s, QUrl::FullyDecoded), u"ORANGE BURKINA"_s);
        QCOMPARE(query.queryItemValue(u"terminal"_s), u"2"_s);
        QCOMPARE(query.queryItemValue(u"cashier"_s), u"3"_s);
        QCOMPARE(query.queryItemValue(u"min_total"_s), u"1000"_s);
        QCOMPARE(query.queryItemValue(u"max_total"_s), u"15000"_s);
        QCOMPARE(query.queryItemValue(u"flagged"_s), u"1"_s);
    }
    // Back to "all": the parameters go away.
    choose(p.page.statusBox(), u"All statuses"_s);
    QTRY_VERIFY(!p.lastList().hasQueryItem(u"status"_s));
}

void TestHistoryPage::typingInSearch_waitsForAPause_thenQueries()
{
    PageFixture p;
    QVERIFY(p.firstPageIn());
    const int before = p.routes.count("GET", u"/api/v1/history"_s);
    QTest::keyClicks(p.page.searchEdit(), u"LGD-20261125-0250"_s);
    QCOMPARE(p.routes.count("GET", u"/api/v1/history"_s), before); // not one per key
    QTRY_COMPARE(p.lastList().queryItemValue(u"q"_s), u"LGD-20261125-0250"_s);
    QCOMPARE(p.routes.count("GET", u"/api/v1/history"_s), before + 1);
}

void TestHistoryPage::unreadableAmount_marksTheField_andSendsNothing()
{
    PageFixture p;
    QVERIFY(p.firstPageIn());
    const int before = p.routes.count("GET", u"/api/v1/history"_s);
    p.page.minTotalEdit()->setText(u"12,5"_s);
    p.page.applyFilters();
    QVERIFY(p.page.message()->isVisible());
    QCOMPARE(p.page.message()->type(), MessageWidget::Type::Warning);
    QVERIFY(!p.page.minTotalEdit()->styleSheet().isEmpty());
    QTest::qWait(50);
    QCOMPARE(p.routes.count("GET", u"/api/v1/history"_s), before);
}

void TestHistoryPage::totals_showCountAndSumAboveTheTable()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::BurkinaFaso));
    PageFixture p;
    QVERIFY(p.firstPageIn());
    p.page.setPeriod(HistoryPage::Period::AllDates);
    QTRY_COMPARE(p.routes.count("GET", u"/api/v1/history/summary"_s), 2);
    qint64 total = 0;
    qint64 paidTotal = 0;
    int paid = 0;
    for (const QJsonObject &order : std::as_const(p.routes.orders)) {
        total += order.value(u"total"_s).toInteger();
        if (order.value(u"status"_s).toString() == "paid"_L1) {
            ++paid;
            paidTotal += order.value(u"total"_s).toInteger();
        }
    }
    QTRY_VERIFY(p.page.totalsLabel()->text().contains(Money::fromFrancs(total).toString()));
    const QString text = p.page.totalsLabel()->text();
    QVERIFY2(text.contains(u"250"_s), qPrintable(text));
    QVERIFY2(text.contains(Money::fromFrancs(paidTotal).toString()), qPrintable(text));
    QVERIFY2(text.contains(QString::number(paid)), qPrintable(text));
    QVERIFY(p.page.totalsLabel()->geometry().bottom() <= p.page.table()->geometry().top());
    QLocale::setDefault(QLocale::c());
}

void TestHistoryPage::scrollingToTheBottom_fetchesPageTwo()
{
    PageFixture p;
    QVERIFY(p.firstPageIn());
    p.page.setPeriod(HistoryPage::Period::AllDates);
    QTRY_COMPARE(p.page.model()->rowCount(), 100);
    QTRY_VERIFY(!p.page.model()->isLoading());
    QTest::qWait(100); // the view fills itself only as far as the viewport needs
    const int requests = p.routes.count("GET", u"/api/v1/history"_s);
    QCOMPARE(p.page.model()->rowCount(), 100);
    p.page.table()->scrollToBottom();
    QTRY_COMPARE(p.page.model()->rowCount(), 200);
    QCOMPARE(p.routes.count("GET", u"/api/v1/history"_s), requests + 1);
    QCOMPARE(p.lastList().queryItemValue(u"cursor"_s), u"o100"_s);
    QTest::qWait(100); // a page of 200 rows does not fill itself up to 250 without a scroll
    QCOMPARE(p.page.model()->rowCount(), 200);
}

void TestHistoryPage::amountHeader_sortsOnTheServer()
{
    PageFixture p;
    QVERIFY(p.firstPageIn());
    QHeaderView *header = p.page.table()->horizontalHeader();
    header->setSortIndicator(HistoryModel::Total, Qt::DescendingOrder);
    QTRY_COMPARE(p.lastList().queryItemValue(u"sort"_s), u"total_desc"_s);
    // A column the server does not sort by keeps the arrow where it was.
    header->setSortIndicator(HistoryModel::Cashier, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(HistoryModel::Total));
    QCOMPARE(p.lastList().queryItemValue(u"sort"_s), u"total_desc"_s);
}

void TestHistoryPage::export_writesTheServersCsvAsIs()
{
    PageFixture p;
    QVERIFY(p.firstPageIn());
    choose(p.page.methodBox(), paymentMethodDisplayName(PaymentMethod::Cash));
    QString suggested;
    const QString path = p.f.dir.filePath(u"export.csv"_s);
    p.page.setSavePathProvider([&](const QString &proposal) {
        suggested = proposal;
        return path;
    });
    QTest::mouseClick(p.page.exportButton(), Qt::LeftButton);
    QTRY_VERIFY(p.page.exportButton()->isEnabled());
    QVERIFY(suggested.endsWith(u".csv"_s));
    QVERIFY(suggested.contains(iso(BackOfficeFixture::today())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), p.routes.csv); // BOM, CRLF and accents untouched
    const QUrlQuery query = p.routes.lastQuery(u"/api/v1/history/export.csv"_s);
    QCOMPARE(query.queryItemValue(u"method"_s), u"cash"_s);
    QCOMPARE(query.queryItemValue(u"from"_s), iso(BackOfficeFixture::today()));
    QCOMPARE(p.page.message()->type(), MessageWidget::Type::Positive);
}

void TestHistoryPage::export_failure_showsWhy_andLeavesNoFile()
{
    PageFixture p;
    QVERIFY(p.firstPageIn());
    p.routes.failExport = true;
    const QString path = p.f.dir.filePath(u"export.csv"_s);
    p.page.setSavePathProvider([&](const QString &) { return path; });
    p.page.exportCsv();
    QTRY_COMPARE(p.page.message()->type(), MessageWidget::Type::Error);
    QVERIFY(p.page.message()->text().contains(u"busy"_s));
    QVERIFY(!QFile::exists(path));
    // Cancelling the dialog sends nothing.
    p.page.setSavePathProvider([](const QString &) { return QString(); });
    p.page.exportCsv();
    QCOMPARE(p.routes.count("GET", u"/api/v1/history/export.csv"_s), 1);
}

void TestHistoryPage::enterOnARow_opensItsDetail()
{
    PageFixture p;
    QVERIFY(p.firstPageIn());
    QTableView *table = p.page.table();
    table->setFocus();
    table->setCurrentIndex(p.page.model()->index(2, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(p.page.currentDetail());
    QCOMPARE(p.page.currentDetail()->orderId(), p.page.model()->order(2).id);
    QTRY_VERIFY(p.page.currentDetail()->isLoaded());
    p.page.currentDetail()->close();
    QTRY_VERIFY(!p.page.currentDetail());

    const QRect cell = table->visualRect(p.page.model()->index(4, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(p.page.currentDetail());
    QCOMPARE(p.page.currentDetail()->orderId(), p.page.model()->order(4).id);
}

void TestHistoryPage::verifyInTheDetail_refreshesTheRow()
{
    PageFixture p;
    QVERIFY(p.firstPageIn());
    int row = -1;
    for (int i = 0; i < p.page.model()->rowCount() && row < 0; ++i) {
        const HistoryOrder &order = p.page.model()->order(i);
        if (order.status == OrderStatus::AwaitingPayment &&
            order.method == PaymentMethod::LigdiCash)
            row = i;
    }
    QVERIFY(row >= 0);
    OrderDetailDialog *detail = p.page.openOrder(p.page.model()->order(row).id);
    QTRY_VERIFY(detail->verifyButton()->isEnabled());
    const int summaries = p.routes.count("GET", u"/api/v1/history/summary"_s);
    QTest::mouseClick(detail->verifyButton(), Qt::LeftButton);
    QTRY_COMPARE(p.page.model()->order(row).status, OrderStatus::Paid);
    QCOMPARE(p.page.model()->index(row, HistoryModel::Status).data().toString(),
             orderStatusDisplayName(OrderStatus::Paid));
    QTRY_COMPARE(p.routes.count("GET", u"/api/v1/history/summary"_s), summaries + 1);
}

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
