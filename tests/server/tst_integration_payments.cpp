// The payment guarantees of comptoir-server, end to end over real HTTP: a real comptoir-server
// process talks to a real ligdicash-sandbox process, on SQLite and on PostgreSQL (skipped when
// COMPTOIR_TEST_PG_URL is not set; each test gets a fresh database).

#include "HttpTestClient.h"
#include "SandboxProcess.h"
#include "ServerProcess.h"
#include "TestData.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

class tst_IntegrationPayments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void happyPath_paidOnce_longPollWakesWithin500ms();
    void startPaymentRetried_returnsSameUrl_oneInvoice();
    void cashOrder_paidAtOnce_withChange();
    void createOrder_totalMismatch_422_sameIdDifferentContent_409();
    void concurrentFormAndJsonCallbacks_exactlyOnePaidEvent();
    void forgedCompletedCallback_leavesOrderAwaiting();
    void unknownOrderCallback_goesToUnmatchedRegister();
    void confirmWithDifferentAmount_flaggedNotPaid();
    void createFails_clearError_retryCreatesOneInvoice_data();
    void createFails_clearError_retryCreatesOneInvoice();
    void noCallbacks_sweeperMarksPaid();
    void pendingOrder_sweeperConfirmsWithBackoff();
    void directPayin_approvedOnPhone_paid();
    void expiredOrder_laterPayment_paidLate();
    void manyStatusPolls_confirmRateLimitedPerOrder();
    void notCompleted_orderFails_newAttemptCreatesSecondInvoice();
    void era2024Payloads_stringAmountsAndNocompleted_understood();
    void cancelAfterCustomerPaid_paymentWins();
    void killBetweenInvoiceAndPayment_restartCompletes();
    void twoServersOnePostgres_callbackOnOne_longPollOnOtherWakes();
    void clientDisconnects_duringLongPollAndSlowConfirm_serverSurvives();

private:
    bool isPostgres() const;
    // Starts sandbox + server (the server not yet started when startServer is false).
    void startStack(bool startServer = true);
    void configure(ServerProcess &server);
    QJsonObject orderBody(const QString &id, qint64 unitPrice, int quantity,
                          const QString &method = u"ligdicash"_s) const;
    QString createLigdiCashOrder(qint64 unitPrice = 2500, int quantity = 2);
    QJsonObject startPayment(const QString &id, int expectedStatus = 200);
    QString invoiceToken(const QString &id);
    QJsonArray events(const QString &id);
    int countEvents(const QString &id, const QString &kind);
    QString status(const QString &id);
    QByteArray callbackJson(const QString &id, const QString &status, qint64 amount) const;
    QByteArray callbackForm(const QString &id, const QString &status, qint64 amount) const;
    QString diagnostics() const;

    QString m_backend;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ServerProcess> m_server;
    HttpTestClient m_cashier;
    HttpTestClient m_manager;
};

bool tst_IntegrationPayments::isPostgres() const
{
    return m_backend == "postgres"_L1;
}

void tst_IntegrationPayments::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_IntegrationPayments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_IntegrationPayments::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_db = std::make_unique<TestDatabase>(backend);
    if (!m_db->isAvailable())
        QSKIP("COMPTOIR_TEST_PG_URL is not set (make test starts PostgreSQL)");
    QVERIFY2(m_db->create(), qPrintable(m_db->errorString()));
    m_sandbox = std::make_unique<SandboxProcess>(m_db->directory());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_server = std::make_unique<ServerProcess>(m_db->directory());
    configure(*m_server);
}

void tst_IntegrationPayments::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << diagnostics();
    m_server.reset();
    m_sandbox.reset();
    m_db.reset();
}

QString tst_IntegrationPayments::diagnostics() const
{
    QString text;
    if (m_server)
        text += u"--- comptoir-server log:\n"_s + m_server->logTail();
    if (m_sandbox)
        text += u"\n--- sandbox log:\n"_s + m_sandbox->logTail();
    return text;
}

void tst_IntegrationPayments::configure(ServerProcess &server)
{
    server.setLigdiCash(m_sandbox->baseUrl(), SandboxProcess::apiKey, SandboxProcess::authToken);
    // SQLite: the server's default file in its own data directory, as in production.
    if (m_db->isPostgres())
        server.setDatabaseUrl(m_db->url());
}

void tst_IntegrationPayments::startStack(bool startServer)
{
    if (!startServer)
        return;
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString() + m_server->logTail()));
    QVERIFY2(m_server->createAccess(), qPrintable(m_server->errorString()));
    m_cashier = m_server->cashierClient();
    m_manager = m_server->managerClient();
}

QJsonObject tst_IntegrationPayments::orderBody(const QString &id, qint64 unitPrice, int quantity,
                                               const QString &method) const
{
    QJsonObject order{
        {u"id"_s, id},
        {u"lines"_s, QJsonArray{QJsonObject{{u"product_id"_s, u"sku-1"_s},
                                            {u"name"_s, u"Savon"_s},
                                            {u"quantity"_s, quantity},
                                            {u"unit_price"_s, unitPrice},
                                            {u"line_total"_s, unitPrice * quantity}}}},
        {u"total"_s, unitPrice * quantity},
        {u"currency"_s, u"XOF"_s},
        {u"method"_s, method},
    };
    return order;
}

QString tst_IntegrationPayments::createLigdiCashOrder(qint64 unitPrice, int quantity)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpTestReply reply =
        m_cashier.post(u"/api/v1/orders"_s, orderBody(id, unitPrice, quantity));
    if (reply.status != 201) {
        qWarning() << "create order:" << reply.status << reply.body;
        return {};
    }
    return id;
}

QJsonObject tst_IntegrationPayments::startPayment(const QString &id, int expectedStatus)
{
    const HttpTestReply reply =
        m_cashier.post(u"/api/v1/orders/"_s + id + u"/payment"_s, QJsonObject{});
    if (reply.status != expectedStatus)
        qWarning() << "start payment:" << reply.status << reply.body;
    return reply.json();
}

QString tst_IntegrationPayments::invoiceToken(const QString &id)
{
    const QJsonArray invoices = m_sandbox->invoicesFor(id);
    return invoices.isEmpty() ? QString()
                              : invoices.first().toObject().value(u"token"_s).toString();
}

QJsonArray tst_IntegrationPayments::events(const QString &id)
{
    return m_manager.get(u"/api/v1/orders/"_s + id + u"/events"_s)
        .json()
        .value(u"events"_s)
        .toArray();
}

int tst_IntegrationPayments::countEvents(const QString &id, const QString &kind)
{
    int count = 0;
    for (const QJsonValue &event : events(id)) {
        if (event.toObject().value(u"kind"_s).toString() == kind)
            ++count;
    }
    return count;
}

QString tst_IntegrationPayments::status(const QString &id)
{
    return m_cashier.get(u"/api/v1/orders/"_s + id).json().value(u"status"_s).toString();
}

QByteArray tst_IntegrationPayments::callbackJson(const QString &id, const QString &status,
                                                 qint64 amount) const
{
    QJsonObject payload =
        QJsonDocument::fromJson(TestData::read(u"payments/payin-callback.json"_s)).object();
    payload.insert(u"status"_s, status);
    payload.insert(u"amount"_s, amount);
    payload.insert(u"montant"_s, amount);
    payload.insert(u"external_id"_s, id);
    QJsonArray custom = payload.value(u"custom_data"_s).toArray();
    QJsonObject first = custom.at(0).toObject();
    first.insert(u"valueof_customdata"_s, id);
    custom.replace(0, first);
    payload.insert(u"custom_data"_s, custom);
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QByteArray tst_IntegrationPayments::callbackForm(const QString &id, const QString &status,
                                                 qint64 amount) const
{
    // LigdiCash's form twin: nested values as JSON strings.
    const QJsonObject payload = QJsonDocument::fromJson(callbackJson(id, status, amount)).object();
    QUrlQuery form;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        QString value;
        if (it->isArray())
            value = QString::fromUtf8(QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact));
        else if (it->isObject())
            value = QString::fromUtf8(QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact));
        else
            value = it->toVariant().toString();
        form.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return form.query(QUrl::FullyEncoded).toLatin1();
}

void tst_IntegrationPayments::happyPath_paidOnce_longPollWakesWithin500ms()
{
    startStack();
    const QString id = createLigdiCashOrder(2500, 2);
    QVERIFY(!id.isEmpty());
    QCOMPARE(status(id), u"draft"_s);
    const QJsonObject payment = startPayment(id);
    const QUrl paymentUrl(payment.value(u"payment_url"_s).toString());
    QVERIFY2(paymentUrl.isValid() && !paymentUrl.isEmpty(),
             QJsonDocument(payment).toJson().constData());
    QCOMPARE(payment.value(u"status"_s).toString(), u"awaiting_payment"_s);

    // LigdiCash got what the issue asks for.
    const QJsonArray invoices = m_sandbox->invoicesFor(id);
    QCOMPARE(invoices.size(), 1);
    const QString token = invoices.first().toObject().value(u"token"_s).toString();
    const QJsonObject detail = m_sandbox->control("GET", u"/_sandbox/invoices/"_s + token).json();
    const QJsonObject actions =
        detail.value(u"commande"_s).toObject().value(u"actions"_s).toObject();
    QCOMPARE(actions.value(u"callback_url"_s).toString(),
             m_server->baseUrl().toString() + u"/api/v1/ligdicash/callback"_s);
    QVERIFY(actions.value(u"return_url"_s).toString().contains(id));
    QVERIFY(actions.value(u"cancel_url"_s).toString().contains(id));
    QCOMPARE(detail.value(u"amount"_s).toInteger(), 5000);

    HttpTestClient poller = m_server->terminalClient();
    QNetworkReply *longPoll =
        poller.start({"GET", u"/api/v1/orders/"_s + id + u"?wait=20"_s, {}, {}});
    QTest::qWait(300); // the long-poll is held
    QVERIFY(!longPoll->isFinished());

    QElapsedTimer sincePaid;
    const HttpTestReply paid = m_sandbox->pay(token);
    sincePaid.start();
    QCOMPARE(paid.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(longPoll->isFinished(), 5000);
    const qint64 wokeAfter = sincePaid.elapsed();
    const HttpTestReply answer = HttpTestClient::collect(longPoll);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"status"_s).toString(), u"paid"_s);
    qInfo("long-poll woke %lld ms after the payment", wokeAfter);
    QVERIFY2(wokeAfter < 500,
             qPrintable(u"long-poll woke %1 ms after the payment"_s.arg(wokeAfter)));

    // Both callbacks arrive (form + JSON); exactly one paid event; the second is a duplicate.
    QTRY_COMPARE_WITH_TIMEOUT(countEvents(id, u"callback_received"_s), 2, 5000);
    QCOMPARE(countEvents(id, u"paid"_s), 1);
    int duplicates = 0;
    QStringList encodings;
    for (const QJsonValue &value : events(id)) {
        const QJsonObject event = value.toObject();
        if (event.value(u"kind"_s).toString() != "callback_received"_L1)
            continue;
        encodings.append(event.value(u"detail"_s).toObject().value(u"encoding"_s).toString());
        duplicates += event.value(u"detail"_s).toObject().value(u"duplicate"_s).toBool() ? 1 : 0;
    }
    encodings.sort();
    QCOMPARE(encodings, (QStringList{u"form"_s, u"json"_s}));
    QCOMPARE(duplicates, 1);
    const QStringList kinds = [&] {
        QStringList list;
        for (const QJsonValue &event : events(id))
            list.append(event.toObject().value(u"kind"_s).toString());
        return list;
    }();
    QVERIFY(kinds.contains(u"created"_s));
    QVERIFY(kinds.contains(u"invoice_requested"_s));
    QVERIFY(kinds.contains(u"invoice_created"_s));
    QVERIFY(kinds.contains(u"confirm_result"_s));
    const QJsonObject order = m_cashier.get(u"/api/v1/orders/"_s + id).json();
    QCOMPARE(order.value(u"operator_name"_s).toString(), u"ORANGE BURKINA"_s);
    QVERIFY(!order.contains(u"token"_s));

    const QByteArray metrics = HttpTestClient(m_server->baseUrl()).get(u"/metrics"_s).body;
    QVERIFY(metrics.contains("comptoir_callbacks_received_total{encoding=\"form\"} 1"));
    QVERIFY(metrics.contains("comptoir_callbacks_duplicate_total 1"));
    QVERIFY(metrics.contains("comptoir_orders{status=\"paid\"} 1"));
    QVERIFY(metrics.contains("comptoir_ligdicash_call_seconds_count{operation=\"create\"} 1"));
}

void tst_IntegrationPayments::startPaymentRetried_returnsSameUrl_oneInvoice()
{
    startStack();
    const QString id = createLigdiCashOrder();
    QVERIFY(!id.isEmpty());
    // Slow LigdiCash: every retry arrives while the first create is still in flight.
    QVERIFY(
        m_sandbox->patchScenario(QJsonObject{{u"create"_s, QJsonObject{{u"latencyMs"_s, 500}}}}));
    QList<HttpTestRequest> requests;
    for (int i = 0; i < 10; ++i)
        requests.append(
            {"POST", u"/api/v1/orders/"_s + id + u"/payment"_s, "application/json", "{}"});
    const QList<HttpTestReply> replies = m_cashier.sendConcurrently(requests, 10);
    QSet<QString> urls;
    for (const HttpTestReply &reply : replies) {
        QCOMPARE(reply.status, 200);
        urls.insert(reply.json().value(u"payment_url"_s).toString());
    }
    QCOMPARE(urls.size(), 1);
    QCOMPARE(startPayment(id).value(u"payment_url"_s).toString(), *urls.begin());
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);
    QCOMPARE(countEvents(id, u"invoice_created"_s), 1);
}

void tst_IntegrationPayments::cashOrder_paidAtOnce_withChange()
{
    startStack();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject body = orderBody(id, 1500, 3, u"cash"_s);
    body.insert(u"cash_tendered"_s, 5000);
    const HttpTestReply reply = m_cashier.post(u"/api/v1/orders"_s, body);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(reply.json().value(u"change"_s).toInteger(), 500);
    QVERIFY(!reply.json().value(u"cashier_id"_s).toString().isEmpty());
    QVERIFY(!reply.json().value(u"terminal_id"_s).toString().isEmpty());
    QCOMPARE(countEvents(id, u"paid"_s), 1);
    // Replaying the same request answers the same order.
    const HttpTestReply again = m_cashier.post(u"/api/v1/orders"_s, body);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json().value(u"id"_s), reply.json().value(u"id"_s));
    QCOMPARE(countEvents(id, u"created"_s), 1);
    // Nothing to pay with LigdiCash, and not enough cash is refused.
    const HttpTestReply payment =
        m_cashier.post(u"/api/v1/orders/"_s + id + u"/payment"_s, QJsonObject{});
    QCOMPARE(payment.status, 409);
    QCOMPARE(payment.errorCode(), u"conflict"_s);
    QJsonObject short_ =
        orderBody(QUuid::createUuid().toString(QUuid::WithoutBraces), 1500, 3, u"cash"_s);
    short_.insert(u"cash_tendered"_s, 4000);
    QCOMPARE(m_cashier.post(u"/api/v1/orders"_s, short_).status, 422);
}

void tst_IntegrationPayments::createOrder_totalMismatch_422_sameIdDifferentContent_409()
{
    startStack();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject wrongTotal = orderBody(id, 1000, 2);
    wrongTotal.insert(u"total"_s, 1999);
    const HttpTestReply refused = m_cashier.post(u"/api/v1/orders"_s, wrongTotal);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), u"validation_failed"_s);

    QCOMPARE(m_cashier.post(u"/api/v1/orders"_s, orderBody(id, 1000, 2)).status, 201);
    QCOMPARE(m_cashier.post(u"/api/v1/orders"_s, orderBody(id, 1000, 2)).status, 201);
    const HttpTestReply conflict = m_cashier.post(u"/api/v1/orders"_s, orderBody(id, 1000, 3));
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.errorCode(), u"conflict"_s);
    QCOMPARE(m_cashier.postRaw(u"/api/v1/orders"_s, "application/json", "{nope").status, 400);
    QCOMPARE(m_server->publicClient().post(u"/api/v1/orders"_s, orderBody(id, 1000, 2)).status,
             401);
    // Unknown or malformed ids and parameters are clear JSON errors.
    const HttpTestReply unknown = m_cashier.get(u"/api/v1/orders/not-a-uuid"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"not_found"_s);
    QCOMPARE(
        m_cashier.get(u"/api/v1/orders/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
            .status,
        404);
    QCOMPARE(m_cashier.get(u"/api/v1/orders/"_s + id + u"?wait=soon"_s).status, 400);
    QCOMPARE(m_cashier.get(u"/api/v1/orders/"_s + id + u"/events"_s).status, 403);
    QCOMPARE(m_server->publicClient().get(u"/api/v1/orders/"_s + id).status, 401);
    QCOMPARE(m_cashier
                 .post(u"/api/v1/orders/"_s + id + u"/payment"_s,
                       QJsonObject{{u"flow"_s, u"teleport"_s}})
                 .status,
             400);
}

void tst_IntegrationPayments::concurrentFormAndJsonCallbacks_exactlyOnePaidEvent()
{
    // The sandbox settles the invoice without calling back; we play LigdiCash's two posts,
    // 100 times each, all at once.
    QVERIFY(m_sandbox->patchScenario(
        QJsonObject{{u"callbacks"_s, QJsonObject{{u"mode"_s, u"none"_s}}}}));
    m_server->set(u"payments/sweep_interval_ms"_s, u"60000"_s);
    startStack();
    const QString id = createLigdiCashOrder(3000, 1);
    QVERIFY(!startPayment(id).value(u"payment_url"_s).toString().isEmpty());
    QCOMPARE(m_sandbox->pay(invoiceToken(id)).status, 200);

    QList<HttpTestRequest> requests;
    const QByteArray json = callbackJson(id, u"completed"_s, 3000);
    const QByteArray form = callbackForm(id, u"completed"_s, 3000);
    for (int i = 0; i < 100; ++i) {
        requests.append(
            {"POST", u"/api/v1/ligdicash/callback"_s, "application/x-www-form-urlencoded", form});
        requests.append({"POST", u"/api/v1/ligdicash/callback"_s, "application/json", json});
    }
    const QList<HttpTestReply> replies = m_server->publicClient().sendConcurrently(requests, 100);
    for (const HttpTestReply &reply : replies)
        QCOMPARE(reply.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(countEvents(id, u"callback_received"_s), 200, 30000);
    QCOMPARE(status(id), u"paid"_s);
    QCOMPARE(countEvents(id, u"paid"_s), 1);
}

void tst_IntegrationPayments::forgedCompletedCallback_leavesOrderAwaiting()
{
    startStack();
    const QString id = createLigdiCashOrder(2000, 1);
    QVERIFY(!startPayment(id).value(u"payment_url"_s).toString().isEmpty());
    // Anyone can post "completed"; LigdiCash's confirm still says pending.
    const HttpTestReply forged =
        m_server->publicClient().postRaw(u"/api/v1/ligdicash/callback"_s, "application/json",
                                         callbackJson(id, u"completed"_s, 2000));
    QCOMPARE(forged.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(countEvents(id, u"confirm_result"_s), 1, 5000);
    QCOMPARE(status(id), u"awaiting_payment"_s);
    QCOMPARE(countEvents(id, u"paid"_s), 0);
}

void tst_IntegrationPayments::unknownOrderCallback_goesToUnmatchedRegister()
{
    startStack();
    const QString stranger = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(m_server->publicClient()
                 .postRaw(u"/api/v1/ligdicash/callback"_s, "application/x-www-form-urlencoded",
                          callbackForm(stranger, u"completed"_s, 9999))
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(m_manager.get(u"/api/v1/payments/unmatched"_s)
                                  .json()
                                  .value(u"unmatched"_s)
                                  .toArray()
                                  .size(),
                              1, 5000);
    const QJsonObject entry = m_manager.get(u"/api/v1/payments/unmatched"_s)
                                  .json()
                                  .value(u"unmatched"_s)
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(entry.value(u"transaction_id"_s).toString(), stranger);
    QCOMPARE(m_cashier.get(u"/api/v1/orders/"_s + stranger).status, 404);
    // Managers only.
    QCOMPARE(m_cashier.get(u"/api/v1/payments/unmatched"_s).status, 403);
}

void tst_IntegrationPayments::confirmWithDifferentAmount_flaggedNotPaid()
{
    QVERIFY(m_sandbox->patchScenario(QJsonObject{{u"confirmAmountDelta"_s, -100}}));
    startStack();
    const QString id = createLigdiCashOrder(2500, 2);
    QVERIFY(!startPayment(id).value(u"payment_url"_s).toString().isEmpty());
    QCOMPARE(m_sandbox->pay(invoiceToken(id)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(countEvents(id, u"mismatch"_s), 1, 5000);
    const QJsonObject order = m_cashier.get(u"/api/v1/orders/"_s + id).json();
    QCOMPARE(order.value(u"status"_s).toString(), u"awaiting_payment"_s);
    QCOMPARE(order.value(u"amount_mismatch"_s).toBool(), true);
    QTest::qWait(500); // further callbacks and sweeps must not change that
    QCOMPARE(status(id), u"awaiting_payment"_s);
    QCOMPARE(countEvents(id, u"paid"_s), 0);
    QCOMPARE(countEvents(id, u"mismatch"_s), 1);
}

void tst_IntegrationPayments::createFails_clearError_retryCreatesOneInvoice_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::newRow("http500") << QJsonObject{{u"kind"_s, u"http500"_s}, {u"count"_s, 1}} << 502
                             << u"ligdicash_error"_s;
    QTest::newRow("timeout") << QJsonObject{{u"kind"_s, u"timeout"_s}, {u"count"_s, 1}} << 504
                             << u"upstream_timeout"_s;
    QTest::newRow("Code04") << QJsonObject{{u"kind"_s, u"code"_s},
                                           {u"code"_s, u"04"_s},
                                           {u"count"_s, 1}}
                            << 502 << u"ligdicash_error"_s;
}

void tst_IntegrationPayments::createFails_clearError_retryCreatesOneInvoice()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    m_server->set(u"ligdicash/timeout_ms"_s, u"800"_s);
    QVERIFY(m_sandbox->patchScenario(QJsonObject{
        {u"timeoutHoldMs"_s, 3000}, {u"create"_s, QJsonObject{{u"faults"_s, QJsonArray{fault}}}}}));
    startStack();
    const QString id = createLigdiCashOrder();
    const HttpTestReply failed =
        m_cashier.post(u"/api/v1/orders/"_s + id + u"/payment"_s, QJsonObject{});
    QCOMPARE(failed.status, httpStatus);
    QCOMPARE(failed.errorCode(), code);
    QVERIFY(!failed.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    QCOMPARE(status(id), u"draft"_s);

    const QJsonObject retried = startPayment(id);
    QVERIFY(!retried.value(u"payment_url"_s).toString().isEmpty());
    QCOMPARE(startPayment(id).value(u"payment_url"_s), retried.value(u"payment_url"_s));
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);
    QCOMPARE(countEvents(id, u"invoice_failed"_s), 1);
    QCOMPARE(countEvents(id, u"invoice_created"_s), 1);
}

void tst_IntegrationPayments::noCallbacks_sweeperMarksPaid()
{
    // A shop behind NAT: no public URL, so LigdiCash never calls back.
    m_server->setNoPublicUrl();
    QVERIFY(m_sandbox->patchScenario(
        QJsonObject{{u"callbacks"_s, QJsonObject{{u"mode"_s, u"none"_s}}}}));
    startStack();
    const QString id = createLigdiCashOrder(1000, 1);
    QVERIFY(!startPayment(id).value(u"payment_url"_s).toString().isEmpty());
    QCOMPARE(m_sandbox->pay(invoiceToken(id)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"paid"_s, 10000);
    QCOMPARE(countEvents(id, u"paid"_s), 1);
    QCOMPARE(countEvents(id, u"callback_received"_s), 0);
}

void tst_IntegrationPayments::pendingOrder_sweeperConfirmsWithBackoff()
{
    // Initial delay 200 ms, doubling, capped at 1 s: checks at ~0.2, 0.6, 1.4, 2.4, 3.4 s.
    QVERIFY(m_sandbox->patchScenario(
        QJsonObject{{u"callbacks"_s, QJsonObject{{u"mode"_s, u"none"_s}}}}));
    startStack();
    const QString id = createLigdiCashOrder(1000, 1);
    QVERIFY(!startPayment(id).value(u"payment_url"_s).toString().isEmpty());
    const QString token = invoiceToken(id);
    QTest::qWait(3000);
    int confirms = 0;
    const QJsonArray requests =
        m_sandbox->control("GET", u"/_sandbox/requests?limit=1000&invoice="_s + token)
            .json()
            .value(u"requests"_s)
            .toArray();
    for (const QJsonValue &request : requests) {
        if (request.toObject().value(u"target"_s).toString().contains(u"/confirm"_s))
            ++confirms;
    }
    // Without back-off a 100 ms sweeper would have asked about 30 times.
    QVERIFY2(confirms >= 2 && confirms <= 6, qPrintable(QString::number(confirms)));
    QCOMPARE(status(id), u"awaiting_payment"_s);
    QCOMPARE(countEvents(id, u"confirm_result"_s), 1); // "pending", recorded once
}

void tst_IntegrationPayments::directPayin_approvedOnPhone_paid()
{
    QVERIFY(m_sandbox->patchScenario(
        QJsonObject{{u"directOutcome"_s, u"completed"_s}, {u"directDelayMs"_s, 300}}));
    startStack();
    const QString id = createLigdiCashOrder(1200, 1);
    const HttpTestReply started = m_cashier.post(
        u"/api/v1/orders/"_s + id + u"/payment"_s,
        QJsonObject{{u"flow"_s, u"direct"_s}, {u"customer_number"_s, u"22670123456"_s}});
    QCOMPARE(started.status, 200);
    QCOMPARE(started.json().value(u"status"_s).toString(), u"awaiting_payment"_s);
    const QJsonArray invoices = m_sandbox->invoicesFor(id);
    QCOMPARE(invoices.size(), 1);
    QCOMPARE(invoices.first().toObject().value(u"kind"_s).toString(), u"direct"_s);
    // The customer approves on the phone; LigdiCash calls back; confirm says completed.
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"paid"_s, 10000);
    QCOMPARE(countEvents(id, u"paid"_s), 1);
    // Asking again for the same kind answers the same attempt; another kind is a conflict.
    const HttpTestReply hosted =
        m_cashier.post(u"/api/v1/orders/"_s + id + u"/payment"_s, QJsonObject{});
    QCOMPARE(hosted.status, 200);
    QCOMPARE(hosted.json().value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);
}

void tst_IntegrationPayments::expiredOrder_laterPayment_paidLate()
{
    m_server->set(u"payments/order_expiry_seconds"_s, u"1"_s);
    QVERIFY(m_sandbox->patchScenario(
        QJsonObject{{u"callbacks"_s, QJsonObject{{u"mode"_s, u"none"_s}}}}));
    startStack();
    const QString id = createLigdiCashOrder(1000, 1);
    QVERIFY(!startPayment(id).value(u"payment_url"_s).toString().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"expired"_s, 5000);
    QCOMPARE(m_sandbox->pay(invoiceToken(id)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"paid"_s, 10000);
    const QJsonObject order = m_cashier.get(u"/api/v1/orders/"_s + id).json();
    QCOMPARE(order.value(u"paid_late"_s).toBool(), true);
    QCOMPARE(countEvents(id, u"expired"_s), 1);
    QCOMPARE(countEvents(id, u"paid"_s), 1);
}

void tst_IntegrationPayments::manyStatusPolls_confirmRateLimitedPerOrder()
{
    m_server->set(u"payments/sweep_interval_ms"_s, u"60000"_s);
    m_server->set(u"payments/confirm_min_interval_ms"_s, u"2000"_s);
    startStack();
    const QString id = createLigdiCashOrder(1000, 1);
    QVERIFY(!startPayment(id).value(u"payment_url"_s).toString().isEmpty());
    QList<HttpTestRequest> polls;
    for (int i = 0; i < 100; ++i)
        polls.append({"GET", u"/api/v1/orders/"_s + id, {}, {}});
    for (const HttpTestReply &reply : m_server->terminalClient().sendConcurrently(polls, 50))
        QCOMPARE(reply.status, 200);
    QTest::qWait(300);
    int confirms = 0;
    const QJsonArray requests = m_sandbox->control("GET", u"/_sandbox/requests?limit=1000"_s)
                                    .json()
                                    .value(u"requests"_s)
                                    .toArray();
    for (const QJsonValue &request : requests) {
        if (request.toObject().value(u"target"_s).toString().contains(u"/confirm"_s))
            ++confirms;
    }
    QVERIFY2(confirms >= 1 && confirms <= 2, qPrintable(QString::number(confirms)));
}

void tst_IntegrationPayments::notCompleted_orderFails_newAttemptCreatesSecondInvoice()
{
    startStack();
    const QString id = createLigdiCashOrder(1000, 1);
    QVERIFY(!startPayment(id).value(u"payment_url"_s).toString().isEmpty());
    QCOMPARE(m_sandbox->fail(invoiceToken(id)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"failed"_s, 5000);
    QCOMPARE(countEvents(id, u"failed"_s), 1);
    // A failed attempt is final at LigdiCash: a new attempt is a new invoice.
    const QJsonObject retry = startPayment(id);
    QCOMPARE(retry.value(u"payment_attempt"_s).toInt(), 2);
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 2);
    QCOMPARE(status(id), u"awaiting_payment"_s);
}

void tst_IntegrationPayments::era2024Payloads_stringAmountsAndNocompleted_understood()
{
    QVERIFY(m_sandbox->patchScenario(QJsonObject{
        {u"era"_s, u"2024"_s},
        {u"callbacks"_s, QJsonObject{{u"stringAmounts"_s, true}, {u"nonEmptyToken"_s, true}}}}));
    startStack();
    const QString paid = createLigdiCashOrder(1750, 2);
    const QString failed = createLigdiCashOrder(900, 1);
    QVERIFY(!startPayment(paid).value(u"payment_url"_s).toString().isEmpty());
    QVERIFY(!startPayment(failed).value(u"payment_url"_s).toString().isEmpty());
    QCOMPARE(m_sandbox->pay(invoiceToken(paid)).status, 200);
    QCOMPARE(m_sandbox->fail(invoiceToken(failed)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(status(paid), u"paid"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(status(failed), u"failed"_s, 5000);
    QCOMPARE(countEvents(paid, u"paid"_s), 1);
}

void tst_IntegrationPayments::cancelAfterCustomerPaid_paymentWins()
{
    QVERIFY(m_sandbox->patchScenario(
        QJsonObject{{u"callbacks"_s, QJsonObject{{u"mode"_s, u"none"_s}}}}));
    m_server->set(u"payments/sweep_interval_ms"_s, u"60000"_s);
    startStack();
    const QString paidId = createLigdiCashOrder(1000, 1);
    QVERIFY(!startPayment(paidId).value(u"payment_url"_s).toString().isEmpty());
    QCOMPARE(m_sandbox->pay(invoiceToken(paidId)).status, 200);
    const HttpTestReply lost =
        m_cashier.post(u"/api/v1/orders/"_s + paidId + u"/cancel"_s, QJsonObject{});
    QCOMPARE(lost.status, 200);
    QCOMPARE(lost.json().value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(lost.json().value(u"payment_won"_s).toBool(), true);

    const QString unpaidId = createLigdiCashOrder(1000, 1);
    QVERIFY(!startPayment(unpaidId).value(u"payment_url"_s).toString().isEmpty());
    const HttpTestReply cancelled =
        m_cashier.post(u"/api/v1/orders/"_s + unpaidId + u"/cancel"_s, QJsonObject{});
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json().value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(cancelled.json().value(u"payment_won"_s).toBool(), false);

    // The customer pays anyway on the page still open on the phone: the money is recorded,
    // flagged "paid late" for a manager.
    QVERIFY(m_sandbox->patchScenario(
        QJsonObject{{u"callbacks"_s, QJsonObject{{u"mode"_s, u"both"_s}}}}));
    QCOMPARE(m_sandbox->pay(invoiceToken(unpaidId)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(status(unpaidId), u"paid"_s, 5000);
    QCOMPARE(m_cashier.get(u"/api/v1/orders/"_s + unpaidId).json().value(u"paid_late"_s).toBool(),
             true);
    QCOMPARE(countEvents(unpaidId, u"cancelled"_s), 1);
    QCOMPARE(countEvents(unpaidId, u"paid"_s), 1);
}

void tst_IntegrationPayments::killBetweenInvoiceAndPayment_restartCompletes()
{
    startStack();
    const QString id = createLigdiCashOrder(4000, 1);
    const QString url = startPayment(id).value(u"payment_url"_s).toString();
    QVERIFY(!url.isEmpty());
    m_server->kill();
    // The customer pays while the server is down: the callbacks find nobody.
    QCOMPARE(m_sandbox->pay(invoiceToken(id)).status, 200);
    QVERIFY2(m_server->restartAfterKill(), qPrintable(m_server->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"paid"_s, 10000);
    QCOMPARE(startPayment(id).value(u"payment_url"_s).toString(), url);
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);
    QCOMPARE(countEvents(id, u"paid"_s), 1);
    QCOMPARE(countEvents(id, u"invoice_created"_s), 1);
    QCOMPARE(countEvents(id, u"created"_s), 1);
}

void tst_IntegrationPayments::twoServersOnePostgres_callbackOnOne_longPollOnOtherWakes()
{
    if (!isPostgres())
        QSKIP("several server processes share a database on PostgreSQL only");
    startStack();
    ServerProcess other(m_db->directory(), u"server-b"_s);
    configure(other);
    // The same sweeper pace would also find the payment; slow it down to see NOTIFY at work.
    other.set(u"payments/sweep_interval_ms"_s, u"60000"_s);
    QVERIFY2(other.start(), qPrintable(other.errorString() + other.logTail()));
    HttpTestClient otherTerminal = m_server->terminalClient();
    otherTerminal.setBaseUrl(other.baseUrl());
    HttpTestClient otherCashier = m_cashier;
    otherCashier.setBaseUrl(other.baseUrl());

    const QString id = createLigdiCashOrder(1500, 2);
    // Both processes asked to start the payment at once: one invoice.
    QList<HttpTestRequest> start{
        {"POST", u"/api/v1/orders/"_s + id + u"/payment"_s, "application/json", "{}"}};
    QNetworkReply *onB = otherCashier.start(start.first());
    const QJsonObject onA = startPayment(id);
    QTRY_VERIFY_WITH_TIMEOUT(onB->isFinished(), 10000);
    QCOMPARE(HttpTestClient::collect(onB).json().value(u"payment_url"_s),
             onA.value(u"payment_url"_s));
    QCOMPARE(m_sandbox->invoicesFor(id).size(), 1);

    QNetworkReply *longPoll =
        otherTerminal.start({"GET", u"/api/v1/orders/"_s + id + u"?wait=20"_s, {}, {}});
    QTest::qWait(300);
    QVERIFY(!longPoll->isFinished());
    QElapsedTimer sincePaid;
    QCOMPARE(m_sandbox->pay(invoiceToken(id)).status, 200); // callbacks go to server A
    sincePaid.start();
    QTRY_VERIFY_WITH_TIMEOUT(longPoll->isFinished(), 5000);
    const qint64 wokeAfter = sincePaid.elapsed();
    QCOMPARE(HttpTestClient::collect(longPoll).json().value(u"status"_s).toString(), u"paid"_s);
    qInfo("long-poll on the other process woke %lld ms after the payment", wokeAfter);
    QVERIFY2(wokeAfter < 500, qPrintable(u"woke after %1 ms"_s.arg(wokeAfter)));
    QTRY_COMPARE_WITH_TIMEOUT(countEvents(id, u"callback_received"_s), 2, 5000);
    QCOMPARE(countEvents(id, u"paid"_s), 1);
}

void tst_IntegrationPayments::clientDisconnects_duringLongPollAndSlowConfirm_serverSurvives()
{
    QVERIFY(m_sandbox->patchScenario(
        QJsonObject{{u"confirm"_s, QJsonObject{{u"latencyMs"_s, 1500}}},
                    {u"create"_s, QJsonObject{{u"latencyMs"_s, 800}}},
                    {u"callbacks"_s, QJsonObject{{u"mode"_s, u"none"_s}}}}));
    startStack();
    HttpTestClient client = m_cashier;

    // The terminal gives up while LigdiCash creates the invoice: the invoice and its token are
    // stored anyway, and the next attempt answers it.
    const QString leftDuringCreate = createLigdiCashOrder(1000, 1);
    QNetworkReply *slowStart =
        client.start({"POST", u"/api/v1/orders/"_s + leftDuringCreate + u"/payment"_s,
                      "application/json", "{}"});
    QTest::qWait(200);
    slowStart->abort();
    QTRY_COMPARE_WITH_TIMEOUT(status(leftDuringCreate), u"awaiting_payment"_s, 5000);
    QVERIFY(!startPayment(leftDuringCreate).value(u"payment_url"_s).toString().isEmpty());
    QCOMPARE(m_sandbox->invoicesFor(leftDuringCreate).size(), 1);

    const QString id = createLigdiCashOrder(1000, 1);
    QVERIFY(!startPayment(id).value(u"payment_url"_s).toString().isEmpty());
    QNetworkReply *longPoll =
        client.start({"GET", u"/api/v1/orders/"_s + id + u"?wait=5"_s, {}, {}});
    QNetworkReply *slowCancel =
        client.start({"POST", u"/api/v1/orders/"_s + id + u"/cancel"_s, "application/json", "{}"});
    QTest::qWait(300);
    longPoll->abort();
    slowCancel->abort();
    // The answers the server writes later go nowhere, without crashing it.
    QTest::qWait(2500);
    QVERIFY2(m_server->process().isRunning(), qPrintable(m_server->logTail()));
    QCOMPARE(HttpTestClient(m_server->baseUrl()).get(u"/healthz"_s).status, 200);
    // The cancel waits for a confirm that leaves after it (the long-poll's was already out):
    // two slow confirms, not one.
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"cancelled"_s, 15000);
}

QTEST_GUILESS_MAIN(tst_IntegrationPayments)
#include "tst_integration_payments.moc"
