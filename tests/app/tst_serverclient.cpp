#include "AppFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void login_sendsPinAndKeepsSessionToken();
    void wrongPin_isReadableError();
    void wrongTerminalToken_isUnauthorized();
    void orders_carrySessionHeader();
    void catalog_readsContractProducts();
    void unreachable_isNetworkErrorAndFlipsReachability();
    void silentServer_timesOut();
    void errorMessages_data();
    void errorMessages();
};

void TestServerClient::login_sendsPinAndKeepsSessionToken()
{
    FakeComptoirServer server;
    QVERIFY(server.start());
    QNetworkAccessManager network;
    ServerClient client(&network);
    client.setBaseUrl(server.url());
    client.setTerminalToken(server.terminalToken);
    bool done = false;
    client.login(u"awa"_s, u"1234"_s, this, [&](const Cashier &cashier, const ServerError &error) {
        QVERIFY(error.isOk());
        QCOMPARE(cashier.id, u"awa"_s);
        QCOMPARE(cashier.name, u"Awa"_s);
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(client.sessionToken(), QByteArrayLiteral("session-awa"));
}

void TestServerClient::wrongPin_isReadableError()
{
    FakeComptoirServer server;
    QVERIFY(server.start());
    QNetworkAccessManager network;
    ServerClient client(&network);
    client.setBaseUrl(server.url());
    client.setTerminalToken(server.terminalToken);
    ServerError seen;
    bool done = false;
    client.login(u"awa"_s, u"0000"_s, this, [&](const Cashier &, const ServerError &error) {
        seen = error;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(seen.kind, ServerError::Kind::Unauthorized);
    QCOMPARE(seen.code, u"wrong_pin"_s);
    QVERIFY(seen.userMessage().contains(u"Wrong PIN."_s));
    QVERIFY(client.sessionToken().isEmpty());
}

void TestServerClient::wrongTerminalToken_isUnauthorized()
{
    FakeComptoirServer server;
    QVERIFY(server.start());
    QNetworkAccessManager network;
    ServerClient client(&network);
    client.setBaseUrl(server.url());
    client.setTerminalToken("wrong");
    ServerError seen;
    bool done = false;
    client.checkTerminal(this, [&](const ServerError &error) {
        seen = error;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(seen.kind, ServerError::Kind::Unauthorized);
    QVERIFY(client.isReachable());
}

void TestServerClient::orders_carrySessionHeader()
{
    FakeComptoirServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), server.url());
    OrderDraft draft =
        OrderDraft::create(PaymentMethod::Cash, testCart({{testItem(u"a"_s, 500), 2}}));
    draft.tendered = Money::fromFrancs(1000);
    bool done = false;
    app.client.createOrder(draft, this, [&](const OrderUpdate &update, const ServerError &error) {
        QVERIFY(error.isOk());
        QCOMPARE(update.orderId, draft.id);
        QCOMPARE(update.state, OrderStatus::Paid);
        QCOMPARE(update.total, Money::fromFrancs(1000));
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(server.sessionHeaders, QList<QByteArray>{QByteArrayLiteral("session-awa")});
    const QJsonObject sent = server.orders.value(draft.id).request;
    QCOMPARE(sent.value(u"method"_s).toString(), u"cash"_s);
    QCOMPARE(sent.value(u"cash_tendered"_s).toInteger(), 1000);
    QCOMPARE(sent.value(u"lines"_s).toArray().at(0).toObject().value(u"line_total"_s).toInteger(),
             1000);
}

void TestServerClient::catalog_readsContractProducts()
{
    FakeComptoirServer server;
    server.products = QJsonArray{
        QJsonObject{{u"id"_s, u"p1"_s},
                    {u"name"_s, u"Riz"_s},
                    {u"unit_price"_s, 4500},
                    {u"barcode"_s, u"123"_s},
                    {u"category"_s, u"Épicerie"_s}},
        QJsonObject{
            {u"id"_s, u"p2"_s}, {u"name"_s, u"Old"_s}, {u"unit_price"_s, 10}, {u"active"_s, false}},
        QJsonObject{{u"id"_s, u"p3"_s}, {u"name"_s, u"Bad"_s}, {u"unit_price"_s, 1.5}}};
    QVERIFY(server.start());
    QTemporaryDir dir;
    AppParts app(dir.filePath(u"j.sqlite"_s), server.url());
    QList<Product> items;
    bool done = false;
    app.client.fetchCatalog(this, [&](const QList<Product> &received, const ServerError &e) {
        QVERIFY(e.isOk());
        items = received;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().unitPrice(), Money::fromFrancs(4500));
    QCOMPARE(items.first().category(), u"Épicerie"_s);
}

void TestServerClient::unreachable_isNetworkErrorAndFlipsReachability()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    QNetworkAccessManager network;
    ServerClient client(&network);
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    QSignalSpy reachability(&client, &ServerClient::reachabilityChanged);
    ServerError seen;
    bool done = false;
    client.checkTerminal(this, [&](const ServerError &error) {
        seen = error;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(seen.kind, ServerError::Kind::Network);
    QVERIFY(seen.isTransient());
    QCOMPARE(reachability.size(), 1);
    QVERIFY(!client.isReachable());
}

void TestServerClient::silentServer_timesOut()
{
    QTcpServer silent; // accepts and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QNetworkAccessManager network;
    ServerClient client(&network);
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
    client.setRequestTimeout(300);
    ServerError seen;
    bool done = false;
    client.checkTerminal(this, [&](const ServerError &error) {
        seen = error;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(seen.kind, ServerError::Kind::Timeout);
}

void TestServerClient::errorMessages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("transient");
    QTest::newRow("400") << 400 << int(ServerError::Kind::Invalid) << false;
    QTest::newRow("401") << 401 << int(ServerError::Kind::Unauthorized) << false;
    QTest::newRow("403") << 403 << int(ServerError::Kind::Forbidden) << false;
    QTest::newRow("404") << 404 << int(ServerError::Kind::NotFound) << false;
    QTest::newRow("409") << 409 << int(ServerError::Kind::Conflict) << false;
    QTest::newRow("422") << 422 << int(ServerError::Kind::Invalid) << false;
    QTest::newRow("429") << 429 << int(ServerError::Kind::Busy) << true;
    QTest::newRow("500") << 500 << int(ServerError::Kind::Server) << true;
    QTest::newRow("502") << 502 << int(ServerError::Kind::Unavailable) << true;
    QTest::newRow("504") << 504 << int(ServerError::Kind::Unavailable) << true;
}

void TestServerClient::errorMessages()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(bool, transient);
    FakeComptoirServer server;
    server.refuseNext = 1;
    server.refuseStatus = status;
    QVERIFY(server.start());
    QNetworkAccessManager network;
    ServerClient client(&network);
    client.setBaseUrl(server.url());
    client.setTerminalToken(server.terminalToken);
    ServerError seen;
    bool done = false;
    client.checkTerminal(this, [&](const ServerError &error) {
        seen = error;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(int(seen.kind), kind);
    QCOMPARE(seen.isTransient(), transient);
    QCOMPARE(seen.httpStatus, status);
    QVERIFY(seen.userMessage().endsWith(u"injected fault"_s));
}

QTEST_GUILESS_MAIN(TestServerClient)
#include "tst_serverclient.moc"
