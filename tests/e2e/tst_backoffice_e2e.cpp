// The back office against the real server: a real comptoir-server and a real ligdicash-sandbox
// as processes, a manager logged in through the app's own ServerClient, then the app's back
// office clients (BackOfficeClient, ReportsClient, ShiftClient, AdminClient) and pages
// (HistoryPage, OrderDetailDialog, UnmatchedPage) driven against them. The app side was written
// against a fake server; this test catches where the two read docs/manager-api.md differently
// (a key, a type, a path) by asserting what a manager would see.

#include "SandboxProcess.h"
#include "ServerProcess.h"
#include "TestData.h"

#include "ServerClient.h"
#include "backoffice/AdminClient.h"
#include "backoffice/BackOfficeClient.h"
#include "backoffice/ReportsClient.h"
#include "backoffice/ShiftClient.h"

#include "MessageWidget.h"
#include "PinPad.h"
#include "backoffice/CatalogAdminPage.h"
#include "backoffice/CatalogProductModel.h"
#include "backoffice/HistoryModel.h"
#include "backoffice/HistoryPage.h"
#include "backoffice/OrderDetailDialog.h"
#include "backoffice/PeoplePage.h"
#include "backoffice/PeopleUserModel.h"
#include "backoffice/ReportsPage.h"
#include "backoffice/ReportsTableModel.h"
#include "backoffice/ShiftCloseDialog.h"
#include "backoffice/ShiftListModel.h"
#include "backoffice/ShiftOpenDialog.h"
#include "backoffice/TerminalListModel.h"
#include "backoffice/TerminalsPage.h"
#include "backoffice/UnmatchedModel.h"
#include "backoffice/UnmatchedPage.h"
#include "backoffice/ZReportView.h"
#include "backoffice/ZReportsPage.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// One asynchronous answer of an app client, waited for with QTRY_VERIFY(answer.done).
template<typename T>
struct Answer
{
    bool done = false;
    T value{};
    ServerError error;
    auto callback()
    {
        return [this](const T &v, const ServerError &e) {
            value = v;
            error = e;
            done = true;
        };
    }
};

struct Finished
{
    bool done = false;
    ServerError error;
    auto callback()
    {
        return [this](const ServerError &e) {
            error = e;
            done = true;
        };
    }
};

QString describe(const ServerError &error)
{
    return u"%1 %2 %3"_s.arg(error.httpStatus).arg(error.code, error.message);
}

} // namespace

class TestBackOfficeEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void history_showsOrdersNewestFirst_filtersNarrow_pagesAndExports();
    void orderDetail_showsTimeline_verifiesAndReviewsAPaidLateOrder();
    void reports_todayTotalsByMethod();
    void shift_openSellCloseOverLimit_managerPinApproves_zReportFigures();
    void catalog_createEdit_terminalSeesIt_importDryRunRejectsALine();
    void people_addCashierResetPin_cashierLogsIn_cashierSessionGets403();
    void unmatched_unknownOrderCallbackListed_reviewedWithNote();

private:
    HttpTestClient client(const QByteArray &terminal, const QByteArray &session) const;
    QByteArray login(const QByteArray &terminal, const QString &user, const QString &pin) const;
    QString sellCash(HttpTestClient &till, qint64 unitPrice, int quantity, qint64 tendered);
    QString startLigdiCash(HttpTestClient &till, qint64 unitPrice, int quantity);
    QString status(const QString &id);
    // A ServerClient of this terminal logged in as user (by name) with pin; null on failure.
    std::unique_ptr<ServerClient> appLogin(const QByteArray &terminal, const QString &user,
                                           const QString &pin, ServerError *error = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ServerClient> m_manager; // the app's client, logged in as moussa
    HttpTestClient m_till;                   // Caisse 1 with awa's session, over plain HTTP

    QString m_cash;     // 1250 x 2, tendered 5000
    QString m_orange;   // LigdiCash 1500 x 3, paid
    QString m_failed;   // LigdiCash 2000, failed
    QString m_cashLast; // 700 x 1, exact
};

void TestBackOfficeEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dir->path());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_server = std::make_unique<ServerProcess>(m_dir->path());
    m_server->setLigdiCash(m_sandbox->baseUrl(), SandboxProcess::apiKey, SandboxProcess::authToken);
    // An unpaid invoice expires after 4 s, so that "paid late" happens within the test.
    m_server->set(u"payments/order_expiry_seconds"_s, u"4"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString() + m_server->logTail()));
    QVERIFY2(m_server->createAccess(), qPrintable(m_server->errorString()));
    m_till = m_server->cashierClient();

    ServerError error;
    m_manager = appLogin(m_server->access().terminalToken, u"moussa"_s, u"9876"_s, &error);
    QVERIFY2(m_manager, qPrintable(describe(error)));

    // The day so far on Caisse 1, rung up by awa: oldest first.
    m_cash = sellCash(m_till, 1250, 2, 5000);
    QVERIFY(!m_cash.isEmpty());
    m_orange = startLigdiCash(m_till, 1500, 3);
    QVERIFY(!m_orange.isEmpty());
    QCOMPARE(
        m_sandbox->pay(m_sandbox->invoiceTokenFor(m_orange), QJsonObject{{u"operator"_s, u"11"_s}})
            .status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(status(m_orange), u"paid"_s, 10000);
    m_failed = startLigdiCash(m_till, 2000, 1);
    QVERIFY(!m_failed.isEmpty());
    QCOMPARE(m_sandbox->fail(m_sandbox->invoiceTokenFor(m_failed)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(status(m_failed), u"failed"_s, 10000);
    m_cashLast = sellCash(m_till, 700, 1, 700);
    QVERIFY(!m_cashLast.isEmpty());
}

void TestBackOfficeEndToEnd::cleanupTestCase()
{
    m_manager.reset();
    m_server.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestBackOfficeEndToEnd::cleanup()
{
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << "--- comptoir-server log:\n" << m_server->logTail();
}

HttpTestClient TestBackOfficeEndToEnd::client(const QByteArray &terminal,
                                              const QByteArray &session) const
{
    HttpTestClient http(m_server->baseUrl());
    http.setHeader("Authorization", "Bearer " + terminal);
    if (!session.isEmpty())
        http.setHeader("X-Comptoir-Session", session);
    return http;
}

QByteArray TestBackOfficeEndToEnd::login(const QByteArray &terminal, const QString &user,
                                         const QString &pin) const
{
    const HttpTestReply reply =
        client(terminal, {})
            .post(u"/api/v1/sessions"_s, QJsonObject{{u"user"_s, user}, {u"pin"_s, pin}});
    if (reply.status != 201)
        qWarning() << "login" << user << reply.status << reply.body;
    return reply.json().value(u"token"_s).toString().toLatin1();
}

QString TestBackOfficeEndToEnd::sellCash(HttpTestClient &till, qint64 unitPrice, int quantity,
                                         qint64 tendered)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject order{
        {u"id"_s, id},
        {u"lines"_s, QJsonArray{QJsonObject{{u"product_id"_s, u"p-%1"_s.arg(unitPrice)},
                                            {u"name"_s, u"Article à %1"_s.arg(unitPrice)},
                                            {u"quantity"_s, quantity},
                                            {u"unit_price"_s, unitPrice},
                                            {u"line_total"_s, unitPrice * quantity}}}},
        {u"total"_s, unitPrice * quantity},
        {u"currency"_s, u"XOF"_s},
        {u"method"_s, u"cash"_s},
        {u"cash_tendered"_s, tendered},
    };
    const HttpTestReply reply = till.post(u"/api/v1/orders"_s, order);
    if (reply.status != 201 || reply.json().value(u"status"_s).toString() != "paid"_L1) {
        qWarning() << "cash sale:" << reply.status << reply.body;
        return {};
    }
    return id;
}

QString TestBackOfficeEndToEnd::startLigdiCash(HttpTestClient &till, qint64 unitPrice, int quantity)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject order{
        {u"id"_s, id},
        {u"lines"_s, QJsonArray{QJsonObject{{u"product_id"_s, u"p-%1"_s.arg(unitPrice)},
                                            {u"name"_s, u"Article à %1"_s.arg(unitPrice)},
                                            {u"quantity"_s, quantity},
                                            {u"unit_price"_s, unitPrice},
                                            {u"line_total"_s, unitPrice * quantity}}}},
        {u"total"_s, unitPrice * quantity},
        {u"currency"_s, u"XOF"_s},
        {u"method"_s, u"ligdicash"_s},
    };
    HttpTestReply reply = till.post(u"/api/v1/orders"_s, order);
    if (reply.status != 201) {
        qWarning() << "create order:" << reply.status << reply.body;
        return {};
    }
    reply = till.post(u"/api/v1/orders/"_s + id + u"/payment"_s, QJsonObject{});
    if (reply.status != 200 ||
        reply.json().value(u"status"_s).toString() != "awaiting_payment"_L1) {
        qWarning() << "start payment:" << reply.status << reply.body;
        return {};
    }
    return id;
}

QString TestBackOfficeEndToEnd::status(const QString &id)
{
    return m_till.get(u"/api/v1/orders/"_s + id).json().value(u"status"_s).toString();
}

std::unique_ptr<ServerClient> TestBackOfficeEndToEnd::appLogin(const QByteArray &terminal,
                                                               const QString &user,
                                                               const QString &pin,
                                                               ServerError *error)
{
    auto server = std::make_unique<ServerClient>(&m_network);
    server->setBaseUrl(m_server->baseUrl());
    server->setTerminalToken(terminal);
    server->setRequestTimeout(10000);
    bool listed = false;
    QList<Cashier> people;
    server->fetchCashiers(this, [&](const QList<Cashier> &list, const ServerError &e) {
        people = list;
        if (error)
            *error = e;
        listed = true;
    });
    if (!QTest::qWaitFor([&] { return listed; }, 10000))
        return nullptr;
    QString id;
    for (const Cashier &person : std::as_const(people)) {
        if (person.name == user)
            id = person.id;
    }
    if (id.isEmpty())
        return nullptr;
    bool loggedIn = false;
    bool ok = false;
    server->login(id, pin, this, [&](const Cashier &, const ServerError &e) {
        ok = e.isOk();
        if (error)
            *error = e;
        loggedIn = true;
    });
    if (!QTest::qWaitFor([&] { return loggedIn; }, 10000) || !ok)
        return nullptr;
    return server;
}

void TestBackOfficeEndToEnd::history_showsOrdersNewestFirst_filtersNarrow_pagesAndExports()
{
    BackOfficeClient backOffice(m_manager.get());
    HistoryPage page(&backOffice, nullptr);
    page.resize(1200, 700);
    page.show();
    page.setPeriod(HistoryPage::Period::Today);
    page.applyFilters();
    HistoryModel *model = page.model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() >= 4, 10000);

    // Newest first, with the amounts, statuses and names the server keeps.
    QCOMPARE(model->rowCount(), 4);
    const QStringList expectedIds{m_cashLast, m_failed, m_orange, m_cash};
    const QList<qint64> expectedTotals{700, 2000, 4500, 2500};
    const QList<OrderStatus> expectedStatus{OrderStatus::Paid, OrderStatus::Failed,
                                            OrderStatus::Paid, OrderStatus::Paid};
    for (int row = 0; row < 4; ++row) {
        const HistoryOrder &order = model->order(row);
        QCOMPARE(order.id, expectedIds.at(row));
        QCOMPARE(order.total.francs(), expectedTotals.at(row));
        QCOMPARE(order.status, expectedStatus.at(row));
        QCOMPARE(order.cashierName, u"awa"_s);
        QCOMPARE(order.terminalName, u"Caisse 1"_s);
        QCOMPARE(model->data(model->index(row, HistoryModel::Cashier)).toString(), u"awa"_s);
    }
    QCOMPARE(model->order(2).method, PaymentMethod::LigdiCash);
    QVERIFY(!model->order(2).operatorName.isEmpty());
    QVERIFY(!model->order(2).reference.isEmpty());
    QCOMPARE(model->order(3).method, PaymentMethod::Cash);
    QVERIFY(model->order(0).createdAt.isValid());
    QVERIFY(model->order(0).createdAt >= model->order(1).createdAt);
    QVERIFY(!model->order(2).terminalId.isEmpty());
    QVERIFY(!model->order(2).cashierId.isEmpty());
    QVERIFY(model->order(2).paidAmount.has_value());
    QCOMPARE(model->order(2).paidAmount->francs(), 4500);
    QCOMPARE(model->order(2).currency, u"XOF"_s);
    QVERIFY(!model->order(2).isFlagged());

    // The totals above the table: 4 orders, 9 700 in all, 3 paid for 7 700.
    Answer<HistorySummary> summary;
    backOffice.fetchSummary(page.currentFilter(), this, summary.callback());
    QTRY_VERIFY_WITH_TIMEOUT(summary.done, 10000);
    QVERIFY2(summary.error.isOk(), qPrintable(describe(summary.error)));
    QCOMPARE(summary.value.count, 4);
    QCOMPARE(summary.value.total.francs(), 9700);
    QCOMPARE(summary.value.paidCount, 3);
    QCOMPARE(summary.value.paidTotal.francs(), 7700);
    QTRY_VERIFY2_WITH_TIMEOUT(
        page.totalsLabel()->text().remove(QRegularExpression(u"[^0-9]"_s)).contains(u"9700"_s),
        qPrintable(page.totalsLabel()->text()), 5000);
    QVERIFY2(page.totalsLabel()->text().remove(QRegularExpression(u"[^0-9]"_s)).contains(u"7700"_s),
             qPrintable(page.totalsLabel()->text()));

    // The page's own choices: the cashier and terminal boxes hold the ids the orders carry.
    QTRY_VERIFY_WITH_TIMEOUT(page.cashierBox()->findText(u"awa"_s) >= 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page.terminalBox()->findText(u"Caisse 1"_s) >= 0, 10000);
    page.cashierBox()->setCurrentIndex(page.cashierBox()->findText(u"awa"_s));
    page.terminalBox()->setCurrentIndex(page.terminalBox()->findText(u"Caisse 1"_s));
    QCOMPARE(page.currentFilter().cashierId, model->order(0).cashierId);
    QCOMPARE(page.currentFilter().terminalId, model->order(0).terminalId);
    page.applyFilters();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 4, 10000);
    // Search by the LigdiCash reference finds the Orange sale.
    page.searchEdit()->setText(model->order(2).reference);
    page.applyFilters();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1, 10000);
    QCOMPARE(model->order(0).id, m_orange);
    page.searchEdit()->clear();
    page.applyFilters();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 4, 10000);

    // A filter narrows: paid by LigdiCash is the Orange sale only.
    HistoryFilter filter = page.currentFilter();
    filter.statuses = {OrderStatus::Paid};
    filter.method = PaymentMethod::LigdiCash;
    model->setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1, 10000);
    QCOMPARE(model->order(0).id, m_orange);
    filter.method = PaymentMethod::Cash;
    model->setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 2, 10000);
    QCOMPARE(model->order(0).id, m_cashLast);

    // Pages of 3, on a model of its own (the page's view would fetch the rest as it has room):
    // the second page comes with the server's cursor.
    HistoryModel paged(&backOffice);
    paged.setPageSize(3);
    paged.setFilter(page.currentFilter());
    QTRY_VERIFY_WITH_TIMEOUT(!paged.isLoading() && paged.rowCount() == 3, 10000);
    QVERIFY(paged.canFetchMore({}));
    paged.fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(!paged.isLoading() && paged.rowCount() == 4, 10000);
    QCOMPARE(paged.order(3).id, m_cash);
    QTRY_VERIFY(!paged.canFetchMore({}));

    // The CSV export has a header and one row per order.
    const QString csvPath = m_dir->filePath(u"history.csv"_s);
    Answer<qint64> exported;
    backOffice.exportCsv(page.currentFilter(), HistoryFilter::Sort::CreatedDesc, csvPath, this,
                         exported.callback());
    QTRY_VERIFY_WITH_TIMEOUT(exported.done, 10000);
    QVERIFY2(exported.error.isOk(), qPrintable(describe(exported.error)));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    const QStringList rows = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 5);
    QVERIFY(rows.at(0).contains(u"order_id"_s));
    QVERIFY(rows.at(1).startsWith(m_cashLast));
    QVERIFY(rows.at(4).startsWith(m_cash));
    QVERIFY(rows.at(3).contains(u",4500,"_s));
    QVERIFY2(rows.at(3).contains(u",Caisse 1,awa,"_s), qPrintable(rows.at(3)));
}

void TestBackOfficeEndToEnd::orderDetail_showsTimeline_verifiesAndReviewsAPaidLateOrder()
{
    BackOfficeClient backOffice(m_manager.get());

    // The Orange sale's timeline: created, invoice, callback/confirm, paid.
    {
        OrderDetailDialog dialog(&backOffice, nullptr, m_orange);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
        QCOMPARE(dialog.detail().order.id, m_orange);
        QCOMPARE(dialog.detail().lines.size(), 1);
        QVERIFY(!dialog.detail().invoiceTokenHint.isEmpty());
        QStringList kinds;
        for (const HistoryEvent &event : dialog.detail().timeline)
            kinds << event.kind;
        QVERIFY2(kinds.contains(u"created"_s) && kinds.contains(u"invoice_created"_s) &&
                     kinds.contains(u"paid"_s),
                 qPrintable(kinds.join(u',')));
        QCOMPARE(dialog.timelineTable()->rowCount(), kinds.size());
        QCOMPARE(dialog.detail().paymentKind, u"hosted"_s);
        QVERIFY(!dialog.detail().paymentUrl.isValid()); // paid: the page (and its token) is gone
        QCOMPARE(dialog.detail().requestReference, m_orange);
        QVERIFY(dialog.detail().paidAt.isValid());
        QCOMPARE(dialog.detail().lines.first().quantity, 3);
        for (const HistoryEvent &event : dialog.detail().timeline) {
            QVERIFY2(event.at.isValid(), qPrintable(event.kind));
            QVERIFY2(event.kindText() != event.kind, qPrintable(event.kind));
        }
    }
    {
        Answer<HistoryOrderDetail> cash;
        backOffice.fetchOrder(m_cash, this, cash.callback());
        QTRY_VERIFY_WITH_TIMEOUT(cash.done, 10000);
        QVERIFY2(cash.error.isOk(), qPrintable(describe(cash.error)));
        QVERIFY(cash.value.tendered.has_value());
        QCOMPARE(cash.value.tendered->francs(), 5000);
        QVERIFY(cash.value.change.has_value());
        QCOMPARE(cash.value.change->francs(), 2500);
        QVERIFY(cash.value.invoiceTokenHint.isEmpty());
    }

    // A cash order has no invoice: verify is refused with the server's code.
    Answer<HistoryOrderDetail> cashVerify;
    backOffice.verifyOrder(m_cash, this, cashVerify.callback());
    QTRY_VERIFY_WITH_TIMEOUT(cashVerify.done, 10000);
    QCOMPARE(cashVerify.error.code, u"no_invoice"_s);

    // Paid late: the customer pays after the order expired; the history flags it.
    const QString late = startLigdiCash(m_till, 3000, 1);
    QVERIFY(!late.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(status(late), u"expired"_s, 15000);
    QCOMPARE(m_sandbox->pay(m_sandbox->invoiceTokenFor(late)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(status(late), u"paid"_s, 15000);

    OrderDetailDialog dialog(&backOffice, nullptr, late);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
    QVERIFY(dialog.detail().order.paidLate);
    QVERIFY(!dialog.detail().order.reviewed);

    Answer<HistoryOrderDetail> verified;
    backOffice.verifyOrder(late, this, verified.callback());
    QTRY_VERIFY_WITH_TIMEOUT(verified.done, 10000);
    QVERIFY2(verified.error.isOk(), qPrintable(describe(verified.error)));
    QCOMPARE(verified.value.order.status, OrderStatus::Paid);
    QCOMPARE(verified.value.timeline.last().kind, u"reverified"_s);

    dialog.reviewNote()->setText(u"Client a payé après expiration, vu au téléphone"_s);
    dialog.markReviewed();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.detail().order.reviewed, 10000);
    QCOMPARE(dialog.detail().reviewNote, u"Client a payé après expiration, vu au téléphone"_s);
    QCOMPARE(dialog.detail().reviewedByName, u"moussa"_s);
    QCOMPARE(dialog.detail().timeline.last().kind, u"reviewed"_s);
    // Every detail the server records reads as words: no raw key (journal_id: 5), no id and no
    // payment link carrying the invoice token.
    static const QRegularExpression rawKey(u"\\b[a-z]+_[a-z_]+: "_s);
    for (const HistoryEvent &event : dialog.detail().timeline) {
        const QString text = event.detailText();
        QVERIFY2(!rawKey.match(text).hasMatch() && !text.contains(u"http"_s) &&
                     !text.contains(u"source:"_s),
                 qPrintable(event.kind + u" | "_s + text));
    }
}

void TestBackOfficeEndToEnd::reports_todayTotalsByMethod()
{
    ReportsClient reports(m_manager.get());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    Answer<ReportsClient::Sales> sales;
    reports.sales(today, today.addDays(1), 0, this, sales.callback());
    QTRY_VERIFY_WITH_TIMEOUT(sales.done, 10000);
    QVERIFY2(sales.error.isOk(), qPrintable(describe(sales.error)));
    qint64 cash = -1;
    qint64 ligdicash = -1;
    for (const ReportsClient::Group &group : std::as_const(sales.value.byMethod)) {
        if (group.key == "cash"_L1)
            cash = group.total.francs();
        if (group.key == "ligdicash"_L1)
            ligdicash = group.total.francs();
    }
    // Cash 2 500 + 700; LigdiCash the Orange sale and, if the order detail test ran, the late one.
    QCOMPARE(cash, 3200);
    QVERIFY2(ligdicash == 4500 || ligdicash == 7500, qPrintable(QString::number(ligdicash)));
    QCOMPARE(sales.value.total.francs(), cash + ligdicash);
    QCOMPARE(sales.value.byHour.size(), 24);
    QCOMPARE(sales.value.byDay.size(), 1);
    QVERIFY(!sales.value.byCashier.isEmpty());
    QCOMPARE(sales.value.byCashier.first().label, u"awa"_s);
    QVERIFY(!sales.value.byOperator.isEmpty());
    QVERIFY(!sales.value.byOperator.first().label.isEmpty());
    QVERIFY(!sales.value.byTerminal.isEmpty());
    QCOMPARE(sales.value.byTerminal.first().label, u"Caisse 1"_s);
    bool rice = false;
    for (const ReportsClient::Group &product : std::as_const(sales.value.topProducts))
        rice = rice ||
               (product.key == u"p-1500"_s && product.count == 3 && product.total.francs() == 4500);
    QVERIFY(rice);
    QCOMPARE(sales.value.byDay.first().date, today);

    // The page a manager opens says the same total.
    ReportsPage page(m_manager.get());
    page.setTimeZoneOffset(0);
    page.resize(1200, 800);
    page.show();
    page.selectPreset(ReportsPeriod::Preset::Today);
    QTRY_VERIFY_WITH_TIMEOUT(page.hasReport(), 10000);
    QCOMPARE(page.sales().total.francs(), sales.value.total.francs());
    QCOMPARE(page.model(ReportsPage::Table::Cashier)->rowCount(), 1);
    QCOMPARE(page.model(ReportsPage::Table::Cashier)->index(0, 0).data().toString(), u"awa"_s);
    QVERIFY2(page.totalLabel()->text().remove(QRegularExpression(u"[^0-9]"_s)) ==
                 QString::number(sales.value.total.francs()),
             qPrintable(page.totalLabel()->text()));
}

void TestBackOfficeEndToEnd::shift_openSellCloseOverLimit_managerPinApproves_zReportFigures()
{
    // A second till with its own cashier, so that its shift collects only this test's sales.
    int code = 0;
    const QString added = m_server->runCli({u"terminal"_s, u"add"_s, u"Caisse 2"_s}, &code);
    QCOMPARE(code, 0);
    static const QRegularExpression tokenLine(u"^token: (\\S+)"_s,
                                              QRegularExpression::MultilineOption);
    const QByteArray caisse2 = tokenLine.match(added).captured(1).toLatin1();
    QVERIFY(!caisse2.isEmpty());
    m_server->runCli(
        {u"user"_s, u"add"_s, u"--role"_s, u"cashier"_s, u"--pin"_s, u"2468"_s, u"ali"_s}, &code);
    QCOMPARE(code, 0);
    ServerError error;
    std::unique_ptr<ServerClient> aliApp = appLogin(caisse2, u"ali"_s, u"2468"_s, &error);
    QVERIFY2(aliApp, qPrintable(describe(error)));
    ShiftClient shifts(aliApp.get());

    // Morning: the till's Open a shift dialog with a float of 10 000.
    ShiftOpenDialog openDialog(aliApp.get());
    openDialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(openDialog.floatEdit()->isEnabled(), 10000);
    QTest::keyClicks(openDialog.floatEdit(), u"10000"_s);
    QSignalSpy openedSpy(&openDialog, &ShiftOpenDialog::shiftOpened);
    QTRY_VERIFY(openDialog.openButton()->isEnabled());
    QTest::mouseClick(openDialog.openButton(), Qt::LeftButton);
    QVERIFY(openedSpy.count() == 1 || openedSpy.wait(10000));
    const ShiftClient::Shift opened = openDialog.shift();
    QVERIFY(opened.isValid());
    QVERIFY(opened.isOpen());
    QCOMPARE(opened.openingFloat.francs(), 10000);
    QCOMPARE(opened.openedByName, u"ali"_s);
    QVERIFY(opened.openedAt.isValid());

    Answer<ShiftClient::Shift> current;
    shifts.current(this, current.callback());
    QTRY_VERIFY_WITH_TIMEOUT(current.done, 10000);
    QVERIFY2(current.error.isOk(), qPrintable(describe(current.error)));
    QCOMPARE(current.value.id, opened.id);

    // Sales: 3 000 paid with 5 000 (change 2 000), 1 500 exact.
    HttpTestClient ali = client(caisse2, aliApp->sessionToken());
    QVERIFY(!sellCash(ali, 1000, 3, 5000).isEmpty());
    QVERIFY(!sellCash(ali, 1500, 1, 1500).isEmpty());

    // Expected 14 500; counted 13 000 is 1 500 short, over the 500 limit: a manager must approve.
    ShiftCloseDialog closeDialog(aliApp.get());
    closeDialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(closeDialog.step(), ShiftCloseDialog::Step::Count, 10000);
    QCOMPARE(closeDialog.shift().id, opened.id);
    QTest::keyClicks(closeDialog.countedEdit(), u"13000"_s);
    QTest::keyClicks(closeDialog.noteEdit(), u"Billet manquant"_s);
    QTRY_VERIFY(closeDialog.submitButton()->isEnabled());
    QTest::mouseClick(closeDialog.submitButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(closeDialog.step(), ShiftCloseDialog::Step::Approval, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(closeDialog.managerBox()->count(), 1, 10000);
    QCOMPARE(closeDialog.managerBox()->currentText(), u"moussa"_s);
    QSignalSpy closedSpy(&closeDialog, &ShiftCloseDialog::shiftClosed);
    QTest::keyClicks(closeDialog.pinPad(), u"0000"_s);
    QTest::keyClick(closeDialog.pinPad(), Qt::Key_Return);
    QTest::qWait(500);
    QCOMPARE(closeDialog.step(), ShiftCloseDialog::Step::Approval);
    QCOMPARE(closedSpy.count(), 0);
    QTest::keyClicks(closeDialog.pinPad(), u"9876"_s);
    QTest::keyClick(closeDialog.pinPad(), Qt::Key_Return);
    QVERIFY(closedSpy.count() == 1 || closedSpy.wait(10000));
    QCOMPARE(closeDialog.step(), ShiftCloseDialog::Step::Report);
    struct
    {
        ShiftReport value;
    } closed{closeDialog.report()};
    const ShiftReport &z = closed.value;
    QCOMPARE(z.shiftId, opened.id);
    QCOMPARE(z.terminalName, u"Caisse 2"_s);
    QCOMPARE(z.openedByName, u"ali"_s);
    QCOMPARE(z.closedByName, u"ali"_s);
    QCOMPARE(z.approvedByName, u"moussa"_s);
    QCOMPARE(z.openingFloat.francs(), 10000);
    QCOMPARE(z.cashSales.francs(), 4500);
    QCOMPARE(z.cashTendered.francs(), 6500);
    QCOMPARE(z.changeGiven.francs(), 2000);
    QCOMPARE(z.expectedCash.francs(), 14500);
    QCOMPARE(z.countedCash.francs(), 13000);
    QCOMPARE(z.difference.francs(), -1500);
    QCOMPARE(z.note, u"Billet manquant"_s);
    QCOMPARE(z.orderCount, 2);
    QCOMPARE(z.byCashier.size(), 1);
    QCOMPARE(z.byCashier.first().name, u"ali"_s);
    QCOMPARE(z.byCashier.first().cashCount, 2);
    QCOMPARE(z.byCashier.first().cashTotal.francs(), 4500);
    QVERIFY(z.openedAt.isValid());
    QVERIFY(z.closedAt.isValid());
    QCOMPARE(z.ligdicashConfirmedCount, 0);
    QCOMPARE(z.cancelledCount, 0);

    // The manager's list and reprint say the same.
    ShiftClient managerShifts(m_manager.get());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    Answer<QList<ShiftClient::Shift>> list;
    managerShifts.list(today, today.addDays(1), 0, {}, this, list.callback());
    QTRY_VERIFY_WITH_TIMEOUT(list.done, 10000);
    QVERIFY2(list.error.isOk(), qPrintable(describe(list.error)));
    QCOMPARE(list.value.size(), 1);
    QVERIFY(!list.value.first().isOpen());
    QCOMPARE(list.value.first().terminalName, u"Caisse 2"_s);
    QVERIFY(list.value.first().difference.has_value());
    QCOMPARE(list.value.first().difference->francs(), -1500);
    QCOMPARE(list.value.first().closedByName, u"ali"_s);
    QVERIFY(list.value.first().countedCash.has_value());
    QCOMPARE(list.value.first().countedCash->francs(), 13000);
    QVERIFY(list.value.first().openedAt.isValid());
    Answer<ShiftReport> reprint;
    managerShifts.report(opened.id, this, reprint.callback());
    QTRY_VERIFY_WITH_TIMEOUT(reprint.done, 10000);
    QVERIFY2(reprint.error.isOk(), qPrintable(describe(reprint.error)));
    QCOMPARE(reprint.value.expectedCash.francs(), 14500);
    QCOMPARE(reprint.value.approvedByName, u"moussa"_s);

    // The Z reports page lists the shift and shows its stored report.
    ZReportsPage zPage(m_manager.get());
    zPage.setTimeZoneOffset(0);
    zPage.resize(1200, 800);
    zPage.show();
    QTRY_COMPARE_WITH_TIMEOUT(zPage.model()->rowCount(), 1, 10000);
    zPage.openRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(zPage.hasReport(), 10000);
    QCOMPARE(zPage.reportView()->expectedLabel()->text(), Money::fromFrancs(14500).toString());
    QCOMPARE(zPage.reportView()->countedLabel()->text(), Money::fromFrancs(13000).toString());
    QCOMPARE(zPage.reportView()->differenceLabel()->text(), Money::fromFrancs(-1500).toString());
    QCOMPARE(closeDialog.reportView()->differenceLabel()->text(),
             Money::fromFrancs(-1500).toString());
}

void TestBackOfficeEndToEnd::catalog_createEdit_terminalSeesIt_importDryRunRejectsALine()
{
    AdminClient admin(m_manager.get());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

    Product product;
    product.setName(u"Bissap 50 cl"_s);
    product.setCategory(u"Boissons"_s);
    product.setUnitPrice(Money::fromFrancs(350));
    product.setSku(u"BOI-777"_s);
    product.setBarcode(u"6180000000777"_s);
    product.setActive(true);
    Answer<Product> created;
    admin.createProduct(product, this, created.callback());
    QTRY_VERIFY_WITH_TIMEOUT(created.done, 10000);
    QVERIFY2(created.error.isOk(), qPrintable(describe(created.error)));
    QVERIFY(!created.value.id().isEmpty());
    QCOMPARE(created.value.unitPrice().francs(), 350);

    Product edited = created.value;
    edited.setUnitPrice(Money::fromFrancs(400));
    edited.setName(u"Bissap 50 cl frais"_s);
    Answer<Product> updated;
    admin.updateProduct(edited, this, updated.callback());
    QTRY_VERIFY_WITH_TIMEOUT(updated.done, 10000);
    QVERIFY2(updated.error.isOk(), qPrintable(describe(updated.error)));
    QCOMPARE(updated.value.unitPrice().francs(), 400);

    Answer<QList<Product>> all;
    admin.fetchProducts(this, all.callback());
    QTRY_VERIFY_WITH_TIMEOUT(all.done, 10000);
    QVERIFY2(all.error.isOk(), qPrintable(describe(all.error)));
    bool listed = false;
    for (const Product &p : std::as_const(all.value))
        listed = listed || (p.id() == created.value.id() && p.name() == u"Bissap 50 cl frais"_s);
    QVERIFY(listed);

    // The terminal's next refresh sees the edit.
    const HttpTestReply since = m_server->terminalClient().get(
        u"/api/v1/products?since="_s + QString::fromLatin1(QUrl::toPercentEncoding(
                                           before.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u'Z')));
    QCOMPARE(since.status, 200);
    bool seen = false;
    for (const QJsonValue &value : since.json().value(u"products"_s).toArray()) {
        const QJsonObject p = value.toObject();
        seen = seen || (p.value(u"id"_s).toString() == created.value.id() &&
                        p.value(u"unit_price"_s).toInteger() == 400);
    }
    QVERIFY2(seen, since.body.constData());

    Answer<QStringList> categories;
    admin.fetchCategories(this, categories.callback());
    QTRY_VERIFY_WITH_TIMEOUT(categories.done, 10000);
    QVERIFY2(categories.error.isOk(), qPrintable(describe(categories.error)));
    QVERIFY(categories.value.contains(u"Boissons"_s));

    // A dry run: one new row, one update, one rejected (a price with decimals on line 4).
    const QByteArray csv = "sku,barcode,name,category,unit_price\r\n"
                           "BOI-778,,Gingembre 50 cl,Boissons,300\r\n"
                           "BOI-777,6180000000777,Bissap 50 cl frais,Boissons,450\r\n"
                           "BOI-779,,Tamarin,Boissons,12.5\r\n";
    Answer<CatalogImportReport> dryRun;
    admin.importCatalog(csv, true, this, dryRun.callback());
    QTRY_VERIFY_WITH_TIMEOUT(dryRun.done, 10000);
    QVERIFY2(dryRun.error.isOk(), qPrintable(describe(dryRun.error)));
    QCOMPARE(dryRun.value.rows, 3);
    QCOMPARE(dryRun.value.created, 1);
    QCOMPARE(dryRun.value.updated, 1);
    QCOMPARE(dryRun.value.rejected.size(), 1);
    QCOMPARE(dryRun.value.rejected.first().line, 4);
    QVERIFY(dryRun.value.rejected.first().reason.contains(u"unit_price"_s));
    QCOMPARE(dryRun.value.preview.size(), 2);
    QCOMPARE(dryRun.value.preview.at(0).line, 2);
    QCOMPARE(dryRun.value.preview.at(0).action, u"create"_s);
    QCOMPARE(dryRun.value.preview.at(1).line, 3);
    QCOMPARE(dryRun.value.preview.at(1).action, u"update"_s);
    QCOMPARE(dryRun.value.preview.at(1).product.unitPrice().francs(), 450);

    // The import for real, then the export has the imported row.
    Answer<CatalogImportReport> applied;
    admin.importCatalog(csv, false, this, applied.callback());
    QTRY_VERIFY_WITH_TIMEOUT(applied.done, 10000);
    QVERIFY2(applied.error.isOk(), qPrintable(describe(applied.error)));
    QCOMPARE(applied.value.created, 1);
    QCOMPARE(applied.value.updated, 1);
    const QString exportPath = m_dir->filePath(u"catalog.csv"_s);
    Answer<qint64> exportedCatalog;
    admin.exportCatalog(exportPath, this, exportedCatalog.callback());
    QTRY_VERIFY_WITH_TIMEOUT(exportedCatalog.done, 10000);
    QVERIFY2(exportedCatalog.error.isOk(), qPrintable(describe(exportedCatalog.error)));
    QFile exportedFile(exportPath);
    QVERIFY(exportedFile.open(QIODevice::ReadOnly));
    const QString exportedText = QString::fromUtf8(exportedFile.readAll());
    QVERIFY2(exportedText.contains(u"BOI-778"_s) && exportedText.contains(u"Gingembre 50 cl"_s),
             qPrintable(exportedText));

    CatalogAdminPage page(m_manager.get(), nullptr);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 10000);
    bool shown = false;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QModelIndex index = page.model()->index(row, CatalogProductModel::NameColumn);
        shown = shown || (index.data().toString() == u"Bissap 50 cl frais"_s &&
                          index.data(CatalogProductModel::PriceFrancsRole).toLongLong() == 450);
    }
    QVERIFY(shown);
}

void TestBackOfficeEndToEnd::people_addCashierResetPin_cashierLogsIn_cashierSessionGets403()
{
    AdminClient admin(m_manager.get());
    Answer<AdminUser> added;
    admin.addUser(u"fatou"_s, UserRole::Cashier, u"1357"_s, this, added.callback());
    QTRY_VERIFY_WITH_TIMEOUT(added.done, 10000);
    QVERIFY2(added.error.isOk(), qPrintable(describe(added.error)));
    QVERIFY(!added.value.id.isEmpty());
    QCOMPARE(added.value.name, u"fatou"_s);
    QCOMPARE(added.value.role, UserRole::Cashier);
    QVERIFY(added.value.active);
    QVERIFY(added.value.createdAt.isValid());
    QVERIFY(!added.value.lockedUntil.isValid());

    Answer<QList<AdminUser>> users;
    admin.fetchUsers(this, users.callback());
    QTRY_VERIFY_WITH_TIMEOUT(users.done, 10000);
    QVERIFY2(users.error.isOk(), qPrintable(describe(users.error)));
    bool listed = false;
    for (const AdminUser &user : std::as_const(users.value))
        listed = listed || user.id == added.value.id;
    QVERIFY(listed);

    Finished reset;
    admin.resetPin(added.value.id, u"8642"_s, this, reset.callback());
    QTRY_VERIFY_WITH_TIMEOUT(reset.done, 10000);
    QVERIFY2(reset.error.isOk(), qPrintable(describe(reset.error)));

    ServerError error;
    QVERIFY(!appLogin(m_server->access().terminalToken, u"fatou"_s, u"1357"_s, &error));
    std::unique_ptr<ServerClient> fatou =
        appLogin(m_server->access().terminalToken, u"fatou"_s, u"8642"_s, &error);
    QVERIFY2(fatou, qPrintable(describe(error)));

    // Terminals: a new one is listed; the cashier's session is refused in words.
    Answer<AdminTerminal> terminal;
    admin.addTerminal(u"Caisse 3"_s, this, terminal.callback());
    QTRY_VERIFY_WITH_TIMEOUT(terminal.done, 10000);
    QVERIFY2(terminal.error.isOk(), qPrintable(describe(terminal.error)));
    QVERIFY(!terminal.value.token.isEmpty());
    Answer<QList<AdminTerminal>> terminals;
    admin.fetchTerminals(this, terminals.callback());
    QTRY_VERIFY_WITH_TIMEOUT(terminals.done, 10000);
    QVERIFY2(terminals.error.isOk(), qPrintable(describe(terminals.error)));
    bool terminalListed = false;
    for (const AdminTerminal &t : std::as_const(terminals.value))
        terminalListed = terminalListed || (t.id == terminal.value.id && t.name == u"Caisse 3"_s);
    QVERIFY(terminalListed);
    Finished renamed;
    admin.renameTerminal(terminal.value.id, u"Caisse 3 bis"_s, this, renamed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(renamed.done, 10000);
    QVERIFY2(renamed.error.isOk(), qPrintable(describe(renamed.error)));
    Finished revoked;
    admin.revokeTerminal(terminal.value.id, this, revoked.callback());
    QTRY_VERIFY_WITH_TIMEOUT(revoked.done, 10000);
    QVERIFY2(revoked.error.isOk(), qPrintable(describe(revoked.error)));
    TerminalsPage terminalsPage(m_manager.get());
    terminalsPage.show();
    QTRY_VERIFY_WITH_TIMEOUT(terminalsPage.model()->rowOf(terminal.value.id) >= 0, 10000);
    const AdminTerminal shownTerminal =
        terminalsPage.model()->terminal(terminalsPage.model()->rowOf(terminal.value.id));
    QCOMPARE(shownTerminal.name, u"Caisse 3 bis"_s);
    QVERIFY(shownTerminal.revoked);
    QVERIFY(shownTerminal.createdAt.isValid());

    // Disabling ends the cashier's session; the page shows them inactive; enabling brings back.
    Finished disabled;
    admin.setUserEnabled(added.value.id, false, this, disabled.callback());
    QTRY_VERIFY_WITH_TIMEOUT(disabled.done, 10000);
    QVERIFY2(disabled.error.isOk(), qPrintable(describe(disabled.error)));
    PeoplePage peoplePage(m_manager.get());
    peoplePage.show();
    QTRY_VERIFY_WITH_TIMEOUT(peoplePage.model()->rowOf(added.value.id) >= 0, 10000);
    QVERIFY(!peoplePage.model()->user(peoplePage.model()->rowOf(added.value.id)).active);
    Finished enabled;
    admin.setUserEnabled(added.value.id, true, this, enabled.callback());
    QTRY_VERIFY_WITH_TIMEOUT(enabled.done, 10000);
    QVERIFY2(enabled.error.isOk(), qPrintable(describe(enabled.error)));
    fatou = appLogin(m_server->access().terminalToken, u"fatou"_s, u"8642"_s, &error);
    QVERIFY2(fatou, qPrintable(describe(error)));

    AdminClient cashierAdmin(fatou.get());
    Answer<QList<AdminUser>> refused;
    cashierAdmin.fetchUsers(this, refused.callback());
    QTRY_VERIFY_WITH_TIMEOUT(refused.done, 10000);
    QCOMPARE(refused.error.httpStatus, 403);
    QCOMPARE(refused.error.code, u"forbidden"_s);
    QVERIFY(!AdminClient::errorText(refused.error).isEmpty());
    BackOfficeClient cashierBackOffice(fatou.get());
    Answer<BackOfficeClient::HistoryPage> history;
    cashierBackOffice.fetchHistory({}, HistoryFilter::Sort::CreatedDesc, {}, 10, this,
                                   history.callback());
    QTRY_VERIFY_WITH_TIMEOUT(history.done, 10000);
    QCOMPARE(history.error.httpStatus, 403);
    QVERIFY(!history.error.userMessage().isEmpty());

    // The back office forced open on a cashier's session: each page says why, once, in words.
    const QString needsManager = history.error.userMessage();
    QCOMPARE(needsManager.count(u"manager"_s), 1);
    HistoryPage historyPage(&cashierBackOffice, nullptr);
    historyPage.show();
    QTRY_VERIFY_WITH_TIMEOUT(historyPage.message()->text().contains(needsManager), 10000);
    UnmatchedPage unmatchedPage(&cashierBackOffice);
    unmatchedPage.show();
    QTRY_VERIFY_WITH_TIMEOUT(unmatchedPage.message()->text().contains(needsManager), 10000);
    ReportsPage reportsPage(fatou.get());
    reportsPage.show();
    QTRY_VERIFY_WITH_TIMEOUT(reportsPage.messages()->text().contains(needsManager), 10000);
}

void TestBackOfficeEndToEnd::unmatched_unknownOrderCallbackListed_reviewedWithNote()
{
    const QString stranger = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject payload =
        QJsonDocument::fromJson(TestData::read(u"payments/payin-callback.json"_s)).object();
    payload.insert(u"status"_s, u"completed"_s);
    payload.insert(u"amount"_s, 9999);
    payload.insert(u"montant"_s, 9999);
    payload.insert(u"external_id"_s, stranger);
    QJsonArray custom = payload.value(u"custom_data"_s).toArray();
    QJsonObject first = custom.at(0).toObject();
    first.insert(u"valueof_customdata"_s, stranger);
    custom.replace(0, first);
    payload.insert(u"custom_data"_s, custom);
    QCOMPARE(m_server->publicClient()
                 .postRaw(u"/api/v1/ligdicash/callback"_s, "application/json",
                          QJsonDocument(payload).toJson(QJsonDocument::Compact))
                 .status,
             200);

    BackOfficeClient backOffice(m_manager.get());
    UnmatchedPage page(&backOffice);
    page.resize(1000, 600);
    page.show();
    page.reload();
    UnmatchedModel *model = page.model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 1, 10000);
    Answer<QList<UnmatchedPayment>> list;
    backOffice.fetchUnmatched(this, list.callback());
    QTRY_VERIFY_WITH_TIMEOUT(list.done, 10000);
    QVERIFY2(list.error.isOk(), qPrintable(describe(list.error)));
    QCOMPARE(list.value.size(), 1);
    const UnmatchedPayment entry = list.value.first();
    QCOMPARE(entry.transactionId, stranger);
    QVERIFY(entry.amount.has_value());
    QCOMPARE(entry.amount->francs(), 9999);
    QVERIFY(!entry.reviewedAt.isValid());
    QVERIFY(entry.receivedAt.isValid());
    QVERIFY(!entry.id.isEmpty());
    QVERIFY(!entry.status.isEmpty());
    QVERIFY(!entry.confirm.has_value());
    QCOMPARE(model->index(0, UnmatchedModel::Amount).data().toString(),
             Money::fromFrancs(9999).toString());
    QCOMPARE(model->unreviewedCount(), 1);

    // Its callback carried no token: the check says so with the server's code.
    Answer<UnmatchedPayment> checked;
    backOffice.checkUnmatched(entry.id, this, checked.callback());
    QTRY_VERIFY_WITH_TIMEOUT(checked.done, 10000);
    QCOMPARE(checked.error.code, u"no_token"_s);

    // One with a token LigdiCash does not know: the check stores and shows its refusal.
    const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
    payload.insert(u"external_id"_s, other);
    payload.insert(u"token"_s, u"eyJhbGciOiJIUzI1NiJ9.unknown.invoice"_s);
    first.insert(u"valueof_customdata"_s, other);
    custom.replace(0, first);
    payload.insert(u"custom_data"_s, custom);
    QCOMPARE(m_server->publicClient()
                 .postRaw(u"/api/v1/ligdicash/callback"_s, "application/json",
                          QJsonDocument(payload).toJson(QJsonDocument::Compact))
                 .status,
             200);
    Answer<QList<UnmatchedPayment>> two;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            two = {};
            backOffice.fetchUnmatched(this, two.callback());
            return QTest::qWaitFor([&] { return two.done; }, 5000) && two.value.size() == 2;
        }(),
        10000);
    QCOMPARE(two.value.first().transactionId, other);
    Answer<UnmatchedPayment> refused;
    backOffice.checkUnmatched(two.value.first().id, this, refused.callback());
    QTRY_VERIFY_WITH_TIMEOUT(refused.done, 10000);
    QVERIFY2(refused.error.isOk(), qPrintable(describe(refused.error)));
    QVERIFY(refused.value.confirm.has_value());
    QCOMPARE(refused.value.confirm->status, u"error"_s);
    QVERIFY2(!refused.value.confirm->error.isEmpty(), qPrintable(refused.value.confirmText()));
    QVERIFY(refused.value.confirmText().contains(refused.value.confirm->error));
    page.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);

    page.table()->selectRow(0);
    page.noteEdit()->setText(u"Paiement d'un autre magasin, signalé à LigdiCash"_s);
    page.reviewSelected();
    Answer<QList<UnmatchedPayment>> after;
    for (int attempt = 0; attempt < 20; ++attempt) {
        after = {};
        backOffice.fetchUnmatched(this, after.callback());
        QTRY_VERIFY_WITH_TIMEOUT(after.done, 10000);
        QVERIFY2(after.error.isOk(), qPrintable(describe(after.error)));
        if (!after.value.isEmpty() && after.value.first().reviewedAt.isValid())
            break;
        QTest::qWait(100);
    }
    QVERIFY(after.value.first().reviewedAt.isValid());
    QCOMPARE(after.value.first().note, u"Paiement d'un autre magasin, signalé à LigdiCash"_s);
    QCOMPARE(after.value.first().reviewedByName, u"moussa"_s);
}

QTEST_MAIN(TestBackOfficeEndToEnd)
#include "tst_backoffice_e2e.moc"
