#include "Clock.h"
#include "FakeComptoirServer.h"
#include "MessageWidget.h"
#include "ServerClient.h"
#include "backoffice/ReportsCsv.h"
#include "backoffice/ReportsDocument.h"
#include "backoffice/ReportsPage.h"
#include "backoffice/ReportsPeriod.h"
#include "backoffice/ReportsTableModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPieSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QJsonObject group(const QString &key, const QString &label, qint64 count, qint64 total)
{
    return {{u"key"_s, key}, {u"label"_s, label}, {u"count"_s, count}, {u"total"_s, total}};
}

QJsonObject product(const QString &id, const QString &name, qint64 quantity, qint64 total)
{
    return {
        {u"product_id"_s, id}, {u"name"_s, name}, {u"quantity"_s, quantity}, {u"total"_s, total}};
}

// A Wednesday at a grocery in Ouagadougou (XOF, UTC+0): what GET /api/v1/reports/sales answers
// (docs/manager-api.md), every breakdown adding up to the totals.
QJsonObject demoSales(const QString &from, const QString &to)
{
    // Orders and francs per hour, 07:00-21:00.
    const qint64 hourly[24][2] = {
        {0, 0},     {0, 0},     {0, 0},     {0, 0},     {0, 0},     {0, 0},    {0, 0},    {2, 4500},
        {4, 12500}, {5, 19000}, {3, 11500}, {4, 16000}, {6, 24500}, {3, 9500}, {2, 7000}, {2, 8500},
        {3, 13000}, {4, 17500}, {5, 21000}, {3, 14500}, {1, 6000},  {1, 3000}, {0, 0},    {0, 0},
    };
    QJsonArray byHour;
    for (int hour = 0; hour < 24; ++hour)
        byHour.append(QJsonObject{
            {u"hour"_s, hour}, {u"count"_s, hourly[hour][0]}, {u"total"_s, hourly[hour][1]}});
    // The same shape by day: a week of trade, today's figures last.
    QJsonArray byDay;
    const QDate first = QDate::fromString(from.left(10), Qt::ISODate);
    const QDate end = QDate::fromString(to.left(10), Qt::ISODate);
    const qint64 daily[7][2] = {{41, 162000}, {38, 149500}, {48, 187500}, {44, 171000},
                                {57, 231500}, {63, 264000}, {22, 88500}};
    int index = 0;
    for (QDate day = first; day.isValid() && day < end; day = day.addDays(1), ++index)
        byDay.append(QJsonObject{{u"date"_s, day.toString(Qt::ISODate)},
                                 {u"count"_s, daily[index % 7][0]},
                                 {u"total"_s, daily[index % 7][1]}});
    return {
        {u"from"_s, from},
        {u"to"_s, to},
        {u"count"_s, 48},
        {u"total"_s, 187500},
        {u"by_method"_s, QJsonArray{group(u"cash"_s, u"cash"_s, 27, 98500),
                                    group(u"ligdicash"_s, u"ligdicash"_s, 21, 89000)}},
        {u"by_operator"_s, QJsonArray{group(u"ORANGE BURKINA"_s, u"ORANGE BURKINA"_s, 14, 61500),
                                      group(u"MOOV AFRICA"_s, u"MOOV AFRICA"_s, 7, 27500)}},
        {u"by_cashier"_s, QJsonArray{group(u"2"_s, u"Awa Ouédraogo"_s, 30, 112000),
                                     group(u"3"_s, u"Issa Sawadogo"_s, 18, 75500)}},
        {u"by_terminal"_s, QJsonArray{group(u"1"_s, u"Caisse 1"_s, 31, 121000),
                                      group(u"2"_s, u"Caisse 2"_s, 17, 66500)}},
        {u"by_hour"_s, byHour},
        {u"by_day"_s, byDay},
        {u"top_products"_s,
         QJsonArray{product(u"epi-010"_s, u"Riz parfumé 5 kg"_s, 9, 40500),
                    product(u"epi-014"_s, u"Huile Savor 1 L"_s, 14, 21000),
                    product(u"boi-001"_s, u"Bière Brakina 65 cl"_s, 26, 16900),
                    product(u"epi-012"_s, u"Lait en poudre Nido 400 g"_s, 5, 16000),
                    product(u"boi-002"_s, u"Eau minérale Lafi 1,5 L"_s, 31, 12400),
                    product(u"epi-011"_s, u"Café Nescafé 200 g"_s, 3, 10500),
                    product(u"boi-004"_s, u"Jus Dafani mangue 1 L"_s, 9, 9000),
                    product(u"epi-015"_s, u"Sucre SOSUCO morceaux 1 kg"_s, 8, 7200),
                    product(u"hyg-003"_s, u"Savon Santex"_s, 22, 5500),
                    product(u"epi-016"_s, u"Pâtes Panzani 500 g"_s, 8, 4800)}},
        {u"awaiting"_s, QJsonObject{{u"count"_s, 2}, {u"total"_s, 6500}}},
    };
}

// A fake comptoir-server with the reports route, and a ServerClient logged in as a manager.
struct Backend
{
    Backend()
    {
        server.extraRoutes.append(
            {"GET", u"/api/v1/reports/sales"_s, [this](const HttpRequest &request) {
                 queries.append(request.query);
                 if (request.header("X-Comptoir-Session") != "session-moussa")
                     return HttpResponse::error(403, u"forbidden"_s, u"managers only"_s);
                 if (!answer.isEmpty())
                     return HttpResponse::json(answer);
                 return HttpResponse::json(
                     demoSales(request.queryValue(u"from"_s), request.queryValue(u"to"_s)));
             }});
        if (!server.start())
            qFatal("fake server did not start");
        client.setBaseUrl(server.url());
        client.setTerminalToken(server.terminalToken);
        client.setSessionToken(QByteArrayLiteral("session-moussa"));
        client.setRequestTimeout(3000);
    }

    FakeComptoirServer server;
    QNetworkAccessManager network;
    ServerClient client{&network};
    QList<QUrlQuery> queries;
    QJsonObject answer; // when set, answered instead of the demo day
};

QDateTime wednesdayMorning()
{
    return QDateTime(QDate(2026, 11, 25), QTime(10, 15), QTimeZone::utc());
}

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page[^s]"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { Clock::setCurrentDateTimeUtcImpl({}); }
    void period_ofPreset_data();
    void period_ofPreset();
    void presets_sendTheirRange_data();
    void presets_sendTheirRange();
    void customRange_includesBothDays();
    void today_followsTheClockAtRefresh();
    void figures_matchTheServer();
    void tables_passModelTester();
    void csvExport_bomHeaderIntegerAmounts();
    void pdfExport_a4PagesWithCharts();
    void refusedReport_saysSoInline();
    void badAmount_isRefusedNotRounded();
    void screenshot_whenAsked();
};

void TestReportsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReportsPage::period_ofPreset_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("toExclusive");
    using P = ReportsPeriod::Preset;
    QTest::newRow("today") << int(P::Today) << QDate(2026, 11, 25) << QDate(2026, 11, 25)
                           << QDate(2026, 11, 26);
    QTest::newRow("yesterday, first of the month")
        << int(P::Yesterday) << QDate(2026, 12, 1) << QDate(2026, 11, 30) << QDate(2026, 12, 1);
    QTest::newRow("week from Monday")
        << int(P::ThisWeek) << QDate(2026, 11, 25) << QDate(2026, 11, 23) << QDate(2026, 11, 30);
    QTest::newRow("week on a Sunday")
        << int(P::ThisWeek) << QDate(2026, 11, 29) << QDate(2026, 11, 23) << QDate(2026, 11, 30);
    QTest::newRow("week across the new year")
        << int(P::ThisWeek) << QDate(2027, 1, 1) << QDate(2026, 12, 28) << QDate(2027, 1, 4);
    QTest::newRow("month") << int(P::ThisMonth) << QDate(2026, 11, 25) << QDate(2026, 11, 1)
                           << QDate(2026, 12, 1);
    QTest::newRow("December") << int(P::ThisMonth) << QDate(2026, 12, 31) << QDate(2026, 12, 1)
                              << QDate(2027, 1, 1);
    QTest::newRow("February, leap year")
        << int(P::ThisMonth) << QDate(2028, 2, 10) << QDate(2028, 2, 1) << QDate(2028, 3, 1);
}

void TestReportsPage::period_ofPreset()
{
    QFETCH(int, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, toExclusive);
    const ReportsPeriod period = ReportsPeriod::of(ReportsPeriod::Preset(preset), today);
    QCOMPARE(period.from(), from);
    QCOMPARE(period.toExclusive(), toExclusive);
}

void TestReportsPage::presets_sendTheirRange_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    using P = ReportsPeriod::Preset;
    QTest::newRow("today") << int(P::Today) << u"2026-11-25"_s << u"2026-11-26"_s;
    QTest::newRow("yesterday") << int(P::Yesterday) << u"2026-11-24"_s << u"2026-11-25"_s;
    QTest::newRow("this week") << int(P::ThisWeek) << u"2026-11-23"_s << u"2026-11-30"_s;
    QTest::newRow("this month") << int(P::ThisMonth) << u"2026-11-01"_s << u"2026-12-01"_s;
}

void TestReportsPage::presets_sendTheirRange()
{
    QFETCH(int, preset);
    QFETCH(QString, from);
    QFETCH(QString, to);
    Clock::setCurrentDateTimeUtcImpl(wednesdayMorning);
    Backend backend;
    ReportsPage page(&backend.client);
    page.setTimeZoneOffset(0);
    QSignalSpy shown(&page, &ReportsPage::reportShown);
    page.show();
    QVERIFY(shown.wait()); // today's report on opening
    QTest::mouseClick(page.presetButton(ReportsPeriod::Preset(preset)), Qt::LeftButton);
    QTRY_COMPARE(shown.size(), 2);
    const QUrlQuery query = backend.queries.constLast();
    QCOMPARE(query.queryItemValue(u"from"_s), from);
    QCOMPARE(query.queryItemValue(u"to"_s), to);
    QCOMPARE(query.queryItemValue(u"tz"_s), u"0"_s);
    QCOMPARE(page.fromEdit()->date(), QDate::fromString(from, Qt::ISODate));
    QCOMPARE(page.toEdit()->date(), QDate::fromString(to, Qt::ISODate).addDays(-1));
}

void TestReportsPage::customRange_includesBothDays()
{
    Clock::setCurrentDateTimeUtcImpl(wednesdayMorning);
    Backend backend;
    ReportsPage page(&backend.client);
    page.setTimeZoneOffset(60); // a shop an hour east of UTC sends its offset
    QSignalSpy shown(&page, &ReportsPage::reportShown);
    page.show();
    QVERIFY(shown.wait());
    QTest::mouseClick(page.presetButton(ReportsPeriod::Preset::Custom), Qt::LeftButton);
    page.fromEdit()->setDate(QDate(2026, 11, 12)); // typed the wrong way round: still a range
    page.toEdit()->setDate(QDate(2026, 11, 10));
    QTRY_COMPARE(backend.queries.constLast().queryItemValue(u"to"_s), u"2026-11-13"_s);
    QCOMPARE(backend.queries.constLast().queryItemValue(u"from"_s), u"2026-11-10"_s);
    QCOMPARE(backend.queries.constLast().queryItemValue(u"tz"_s), u"60"_s);
    QCOMPARE(page.period().days(), 3);
}

void TestReportsPage::today_followsTheClockAtRefresh()
{
    QDateTime now = wednesdayMorning();
    Clock::setCurrentDateTimeUtcImpl([&now] { return now; });
    Backend backend;
    ReportsPage page(&backend.client);
    page.setTimeZoneOffset(0);
    QSignalSpy shown(&page, &ReportsPage::reportShown);
    page.show();
    QVERIFY(shown.wait());
    QCOMPARE(backend.queries.constLast().queryItemValue(u"from"_s), u"2026-11-25"_s);
    now = now.addDays(1); // left open overnight
    page.refresh();
    QVERIFY(shown.wait());
    QCOMPARE(backend.queries.constLast().queryItemValue(u"from"_s), u"2026-11-26"_s);
    QCOMPARE(page.fromEdit()->date(), QDate(2026, 11, 26));
}

void TestReportsPage::figures_matchTheServer()
{
    Clock::setCurrentDateTimeUtcImpl(wednesdayMorning);
    Backend backend;
    ReportsPage page(&backend.client);
    page.setTimeZoneOffset(0);
    QSignalSpy shown(&page, &ReportsPage::reportShown);
    page.show();
    QVERIFY(shown.wait());
    QCOMPARE(page.totalLabel()->text(), Money::fromFrancs(187500).toString());
    QCOMPARE(page.countLabel()->text(), QLocale().toString(48));
    QCOMPARE(page.averageLabel()->text(), Money::fromFrancs(3906).toString()); // 187500 / 48
    QVERIFY(page.awaitingLabel()->text().contains(Money::fromFrancs(6500).toString()));

    ReportsTableModel *methods = page.model(ReportsPage::Table::Method);
    QCOMPARE(methods->rowCount(), 2);
    QCOMPARE(methods->index(0, ReportsTableModel::Label).data().toString(), u"Cash"_s);
    QCOMPARE(methods->index(0, ReportsTableModel::Total).data(Qt::EditRole).toLongLong(), 98500);
    QCOMPARE(methods->index(1, ReportsTableModel::Label).data().toString(), u"LigdiCash"_s);
    QCOMPARE(methods->index(1, ReportsTableModel::Share).data().toString(),
             QLocale().toString(47.5, 'f', 1) + u"\u00A0%"_s);
    ReportsTableModel *operators = page.model(ReportsPage::Table::Operator);
    QCOMPARE(operators->index(0, ReportsTableModel::Label).data().toString(), u"ORANGE BURKINA"_s);
    QCOMPARE(operators->index(0, ReportsTableModel::Total).data().toString(),
             Money::fromFrancs(61500).toString());
    QCOMPARE(page.model(ReportsPage::Table::Cashier)->index(1, 0).data().toString(),
             u"Issa Sawadogo"_s);
    QCOMPARE(page.model(ReportsPage::Table::Terminal)->rowCount(), 2);
    ReportsTableModel *products = page.model(ReportsPage::Table::Products);
    QCOMPARE(products->rowCount(), 10);
    QCOMPARE(products->headerData(ReportsTableModel::Count, Qt::Horizontal).toString(),
             u"Quantity"_s);
    QCOMPARE(products->index(0, ReportsTableModel::Count).data(Qt::EditRole).toLongLong(), 9);
    // The day is charted by hour (08:00-21:00 here) and the donut has one slice per method.
    QChart *bars = page.barsView()->chart();
    QCOMPARE(bars->series().size(), 1);
    const auto *barSeries = qobject_cast<QBarSeries *>(bars->series().constFirst());
    QCOMPARE(barSeries->barSets().constFirst()->count(), 21 - 7 + 1);
    const auto *pie = qobject_cast<QPieSeries *>(page.donutView()->chart()->series().constFirst());
    QCOMPARE(pie->count(), 2);
    QCOMPARE(qint64(pie->sum()), 187500);
}

void TestReportsPage::tables_passModelTester()
{
    ReportsTableModel model(u"Method"_s, u"Orders"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups({{u"cash"_s, u"Cash"_s, 3, Money::fromFrancs(1500)},
                     {u"ligdicash"_s, u"LigdiCash"_s, 1, Money::fromFrancs(500)}});
    QCOMPARE(model.shareText(0), QLocale().toString(75.0, 'f', 1) + u"\u00A0%"_s);
    model.setGroups({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.shareText(0).isEmpty());
}

void TestReportsPage::csvExport_bomHeaderIntegerAmounts()
{
    Clock::setCurrentDateTimeUtcImpl(wednesdayMorning);
    Backend backend;
    backend.answer = QJsonObject{
        {u"from"_s, u"2026-11-25T00:00:00.000Z"_s},
        {u"to"_s, u"2026-11-26T00:00:00.000Z"_s},
        {u"count"_s, 3},
        {u"total"_s, 1234500},
        {u"by_method"_s, QJsonArray{group(u"cash"_s, u"cash"_s, 2, 1230000),
                                    group(u"ligdicash"_s, u"ligdicash"_s, 1, 4500)}},
        {u"by_operator"_s, QJsonArray{group(u"ORANGE BURKINA"_s, u"ORANGE BURKINA"_s, 1, 4500)}},
        {u"by_cashier"_s, QJsonArray{group(u"2"_s, u"Awa \"la grande\""_s, 3, 1234500)}},
        {u"by_terminal"_s, QJsonArray{group(u"1"_s, u"Caisse 1"_s, 3, 1234500)}},
        {u"by_hour"_s,
         QJsonArray{QJsonObject{{u"hour"_s, 9}, {u"count"_s, 3}, {u"total"_s, 1234500}}}},
        {u"by_day"_s, QJsonArray{QJsonObject{
                          {u"date"_s, u"2026-11-25"_s}, {u"count"_s, 3}, {u"total"_s, 1234500}}}},
        {u"top_products"_s, QJsonArray{product(u"boi-002"_s, u"Eau minérale Lafi 1,5 L"_s, 2, 800),
                                       product(u"x-1"_s, u"=SUM(A1)"_s, 1, 1233700)}},
        {u"awaiting"_s, QJsonObject{{u"count"_s, 0}, {u"total"_s, 0}}},
    };
    ReportsPage page(&backend.client);
    page.setTimeZoneOffset(0);
    QSignalSpy shown(&page, &ReportsPage::reportShown);
    page.show();
    QVERIFY(shown.wait());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"ventes.csv"_s);
    QCOMPARE(page.exportCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = "\xEF\xBB\xBF"
                                "section,key,label,count,total\r\n"
                                "period,2026-11-25T00:00:00.000Z,2026-11-26T00:00:00.000Z,0,0\r\n"
                                "sales,paid,paid,3,1234500\r\n"
                                "awaiting,awaiting,awaiting,0,0\r\n"
                                "method,cash,cash,2,1230000\r\n"
                                "method,ligdicash,ligdicash,1,4500\r\n"
                                "operator,ORANGE BURKINA,ORANGE BURKINA,1,4500\r\n"
                                "cashier,2,\"Awa \"\"la grande\"\"\",3,1234500\r\n"
                                "terminal,1,Caisse 1,3,1234500\r\n"
                                "product,boi-002,\"Eau min\xC3\xA9rale Lafi 1,5 L\",2,800\r\n"
                                "product,x-1,'=SUM(A1),1,1233700\r\n"
                                "hour,9,09:00,3,1234500\r\n"
                                "day,2026-11-25,2026-11-25,3,1234500\r\n";
    QCOMPARE(file.readAll(), expected);
}

void TestReportsPage::pdfExport_a4PagesWithCharts()
{
    Clock::setCurrentDateTimeUtcImpl(wednesdayMorning);
    Backend backend;
    ReportsPage page(&backend.client);
    page.setTimeZoneOffset(0);
    QSignalSpy shown(&page, &ReportsPage::reportShown);
    page.show();
    QVERIFY(shown.wait());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reports/ventes.pdf"_s);
    QCOMPARE(page.exportPdf(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.size() > 20000, QByteArray::number(pdf.size()).constData()); // charts drawn
    QVERIFY(pdfPages(pdf) >= 2); // totals + charts, then the tables flow onto a second page
    // A4 in points.
    static const QRegularExpression a4(u"/MediaBox \\[0 0 595(\\.0+)? 842(\\.0+)?\\]"_s);
    QVERIFY(QString::fromLatin1(pdf).contains(a4));
}

void TestReportsPage::refusedReport_saysSoInline()
{
    Backend backend;
    backend.client.setSessionToken(QByteArrayLiteral("session-awa")); // a cashier's
    ReportsPage page(&backend.client);
    page.show();
    QTRY_VERIFY(page.messages()->isVisible());
    QCOMPARE(page.messages()->type(), MessageWidget::Type::Error);
    // A plain 403 "forbidden" is said in ServerError's words, not the server's.
    QVERIFY(page.messages()->text().contains(u"needs a manager"_s));
    QVERIFY(!page.hasReport());
    QVERIFY(!page.exportCsv(QDir::temp().filePath(u"never.csv"_s)).isEmpty());
}

void TestReportsPage::badAmount_isRefusedNotRounded()
{
    QJsonObject sales = demoSales(u"2026-11-25"_s, u"2026-11-26"_s);
    QVERIFY(ReportsClient::Sales::fromJson(sales).has_value());
    sales.insert(u"total"_s, 187500.5);
    QVERIFY(!ReportsClient::Sales::fromJson(sales).has_value());
    sales = demoSales(u"2026-11-25"_s, u"2026-11-26"_s);
    sales.insert(u"by_operator"_s,
                 QJsonArray{QJsonObject{{u"key"_s, u"X"_s}, {u"count"_s, 1}, {u"total"_s, 0.5}}});
    QVERIFY(!ReportsClient::Sales::fromJson(sales).has_value());
}

// Not a check: with COMPTOIR_SCREENSHOT_DIR set (run under xvfb-run), saves the report page with
// its charts as report.png for docs/screenshots.
void TestReportsPage::screenshot_whenAsked()
{
    const QString folder = qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("COMPTOIR_SCREENSHOT_DIR not set");
    Clock::setCurrentDateTimeUtcImpl(wednesdayMorning);
    Backend backend;
    ReportsPage page(&backend.client);
    page.setTimeZoneOffset(0);
    page.resize(1366, 1000);
    QSignalSpy shown(&page, &ReportsPage::reportShown);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(shown.wait());
    QTest::qWait(300);
    QDir().mkpath(folder);
    page.setFocus(); // no date field highlighted
    QVERIFY(page.grab().save(folder + u"/report.png"_s));
    QCOMPARE(page.exportPdf(folder + u"/report.pdf"_s), QString());
    QVERIFY(ReportsDocument::firstPage(page.sales(), page.period(), 110)
                .save(folder + u"/report-pdf-page.png"_s));
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
