// Fault injection of ligdicash-sandbox as a client meets it over real HTTP: latency, HTTP 500,
// dropped connections, no answer at all (bounded), malformed JSON, injected sub-codes, for N
// calls or a seeded fraction of calls, globally or for one invoice.

#include "Sandbox.h"
#include "SandboxTestKit.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

class SandboxFaultsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void latency_delaysCreateAndConfirm();
    void http500_forTheNextNCreates();
    void drop_closesTheConnectionWithoutAnswer();
    void timeout_neverAnswersUntilClientGivesUp();
    void timeout_heldConnectionsAreBounded();
    void timeout_holdEndsByClosing();
    void malformed_isUnparseableJson();
    void code_onCreate_data();
    void code_onCreate();
    void code_onConfirm_data();
    void code_onConfirm();
    void probability_isRepeatableWithSeed();
    void perInvoiceConfirmFault_leavesOthersAlone();
    void badScenario_isRefusedWithReason_data();
    void badScenario_isRefusedWithReason();

private:
    void patchScenario(const QJsonObject &scenario);
    std::unique_ptr<Sandbox> startSandbox(SandboxOptions options);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestClient> m_client;
    std::unique_ptr<MerchantServer> m_merchant;
};

std::unique_ptr<Sandbox> SandboxFaultsTest::startSandbox(SandboxOptions options)
{
    auto sandbox = std::make_unique<Sandbox>(options);
    QString error;
    if (!sandbox->start(&error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return sandbox;
}

void SandboxFaultsTest::init()
{
    m_sandbox = startSandbox(SandboxOptions{});
    m_client = std::make_unique<TestClient>(m_sandbox.get());
    m_merchant = std::make_unique<MerchantServer>();
}

void SandboxFaultsTest::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_merchant.reset();
}

void SandboxFaultsTest::patchScenario(const QJsonObject &scenario)
{
    const TestReply reply = m_client->control("PATCH", u"/_sandbox/scenario"_s, scenario);
    QVERIFY2(reply.status == 200, reply.body.constData());
}

namespace {

QJsonObject faults(const QString &endpoint, const QJsonArray &rules, int latencyMs = 0)
{
    return QJsonObject{{endpoint, QJsonObject{{"latencyMs"_L1, latencyMs}, {"faults"_L1, rules}}}};
}

} // namespace

void SandboxFaultsTest::latency_delaysCreateAndConfirm()
{
    patchScenario(faults(u"create"_s, {}, 300));
    QElapsedTimer timer;
    timer.start();
    const QString token = m_client->createInvoice(100, m_merchant->url());
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    patchScenario(faults(u"confirm"_s, {}, 250));
    timer.restart();
    QCOMPARE(m_client->confirm(token).json().value("status"_L1).toString(), u"pending"_s);
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
}

void SandboxFaultsTest::http500_forTheNextNCreates()
{
    patchScenario(faults(u"create"_s, {QJsonObject{{"kind"_L1, u"http500"_s}, {"count"_L1, 2}}}));
    for (int i = 0; i < 2; ++i) {
        const TestReply reply = m_client->create(TestClient::invoiceBody(100, m_merchant->url()));
        QCOMPARE(reply.status, 500);
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    }
    QCOMPARE(m_client->create(TestClient::invoiceBody(100, m_merchant->url()))
                 .json()
                 .value("response_code"_L1)
                 .toString(),
             u"00"_s);
    QCOMPARE(m_sandbox->invoices().size(), 1);
}

void SandboxFaultsTest::drop_closesTheConnectionWithoutAnswer()
{
    const QString token = m_client->createInvoice(100, m_merchant->url());
    // Every call: QNetworkAccessManager silently retries a GET once on a closed keep-alive
    // connection, so a single dropped call would go unnoticed by this client.
    patchScenario(faults(u"confirm"_s, {QJsonObject{{"kind"_L1, u"drop"_s}}}));
    const TestReply dropped = m_client->confirm(token);
    QCOMPARE(dropped.status, 0);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    patchScenario(faults(u"confirm"_s, {}));
    QCOMPARE(m_client->confirm(token).json().value("status"_L1).toString(), u"pending"_s);
}

void SandboxFaultsTest::timeout_neverAnswersUntilClientGivesUp()
{
    patchScenario(faults(u"create"_s, {QJsonObject{{"kind"_L1, u"timeout"_s}}}));
    QElapsedTimer timer;
    timer.start();
    const TestReply reply =
        m_client->request("POST", m_client->url(u"/pay/v01/redirect/checkout-invoice/create"_s),
                          QJsonDocument(TestClient::invoiceBody(100, m_merchant->url())).toJson(),
                          m_client->merchantHeaders(true), 400);
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::OperationCanceledError);
    QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
    // Once the client has gone, the sandbox lets go of the connection.
    QTRY_COMPARE(m_sandbox->heldRequests(), 0);
}

void SandboxFaultsTest::timeout_heldConnectionsAreBounded()
{
    SandboxOptions options;
    options.maxHeldRequests = 3;
    options.scenario.create.rules.append(FaultRule{FaultRule::Kind::Timeout, {}, -1, 1.0});
    auto sandbox = startSandbox(options);
    TestClient client(sandbox.get());
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i) {
        QNetworkRequest request(client.url(u"/pay/v01/redirect/checkout-invoice/create"_s));
        for (const auto &[name, value] : client.merchantHeaders(true))
            request.setRawHeader(name, value);
        replies.append(client.network().post(request, QByteArray("{}")));
    }
    // QNetworkAccessManager resends a request whose connection closed before any answer, so
    // the closed ones come back: count arrivals, not requests.
    QTRY_VERIFY(sandbox->requestLog().total() >= 6);
    QVERIFY(sandbox->heldRequests() <= 3);
    for (QNetworkReply *reply : replies)
        reply->abort();
    QTRY_COMPARE(sandbox->heldRequests(), 0);
    qDeleteAll(replies);
}

void SandboxFaultsTest::timeout_holdEndsByClosing()
{
    patchScenario(QJsonObject{
        {"timeoutHoldMs"_L1, 300},
        {"create"_L1,
         QJsonObject{{"faults"_L1, QJsonArray{QJsonObject{{"kind"_L1, u"timeout"_s}}}}}}});
    const TestReply reply = m_client->create(TestClient::invoiceBody(100, m_merchant->url()));
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_sandbox->heldRequests(), 0);
}

void SandboxFaultsTest::malformed_isUnparseableJson()
{
    patchScenario(faults(u"create"_s, {QJsonObject{{"kind"_L1, u"malformed"_s}, {"count"_L1, 1}}}));
    const TestReply reply = m_client->create(TestClient::invoiceBody(100, m_merchant->url()));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "application/json");
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void SandboxFaultsTest::code_onCreate_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code :
         {"01", "03", "04", "05", "06", "07", "09", "10", "11", "13", "14", "15", "16"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void SandboxFaultsTest::code_onCreate()
{
    QFETCH(QString, code);
    patchScenario(faults(
        u"create"_s, {QJsonObject{{"kind"_L1, u"code"_s}, {"code"_L1, code}, {"count"_L1, 1}}}));
    const TestReply reply = m_client->create(TestClient::invoiceBody(100, m_merchant->url()));
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value("response_code"_L1).toString(), u"01"_s);
    QCOMPARE(json.value("response_text"_L1).toString(), u"Echec (Code%1)"_s.arg(code));
    QCOMPARE(json.value("wiki"_L1).toString(),
             u"https://client.ligdicash.com/wiki/createInvoice"_s);
    QCOMPARE(m_sandbox->invoices().size(), 0);
}

void SandboxFaultsTest::code_onConfirm_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code : {"01", "02", "03", "04"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void SandboxFaultsTest::code_onConfirm()
{
    QFETCH(QString, code);
    const QString token = m_client->createInvoice(100, m_merchant->url());
    patchScenario(faults(
        u"confirm"_s, {QJsonObject{{"kind"_L1, u"code"_s}, {"code"_L1, code}, {"count"_L1, 1}}}));
    const QJsonObject json = m_client->confirm(token).json();
    QCOMPARE(json.value("response_text"_L1).toString(), u"Echec (Code%1)"_s.arg(code));
    QCOMPARE(json.value("wiki"_L1).toString(),
             u"https://client.ligdicash.com/wiki/confirmInvoice"_s);
    QCOMPARE(m_client->confirm(token).json().value("response_code"_L1).toString(), u"00"_s);
}

void SandboxFaultsTest::probability_isRepeatableWithSeed()
{
    auto pattern = [this](quint64 seed) {
        SandboxOptions options;
        options.seed = seed;
        options.scenario.create.rules.append(FaultRule{FaultRule::Kind::Code, u"04"_s, -1, 0.3});
        auto sandbox = startSandbox(options);
        TestClient client(sandbox.get());
        QString outcome;
        for (int i = 0; i < 40; ++i) {
            const QJsonObject json =
                client.create(TestClient::invoiceBody(100, m_merchant->url())).json();
            outcome += json.value("response_code"_L1).toString() == "00"_L1 ? u'.' : u'x';
        }
        return outcome;
    };
    const QString first = pattern(42);
    QCOMPARE(pattern(42), first);
    QVERIFY(pattern(43) != first);
    const qsizetype failures = first.count(u'x');
    QVERIFY2(failures >= 4 && failures <= 22, qPrintable(first));
}

void SandboxFaultsTest::perInvoiceConfirmFault_leavesOthersAlone()
{
    const QString broken = m_client->createInvoice(100, m_merchant->url());
    const QString fine = m_client->createInvoice(100, m_merchant->url());
    const TestReply set =
        m_client->control("PUT", u"/_sandbox/invoices/"_s + broken + u"/scenario"_s,
                          faults(u"confirm"_s, {QJsonObject{{"kind"_L1, u"http500"_s}}}));
    QCOMPARE(set.status, 200);
    QCOMPARE(m_client->confirm(broken).status, 500);
    QCOMPARE(m_client->confirm(broken).status, 500);
    QCOMPARE(m_client->confirm(fine).json().value("status"_L1).toString(), u"pending"_s);
    QCOMPARE(m_client->control("DELETE", u"/_sandbox/invoices/"_s + broken + u"/scenario"_s).status,
             204);
    QCOMPARE(m_client->confirm(broken).json().value("status"_L1).toString(), u"pending"_s);
}

void SandboxFaultsTest::badScenario_isRefusedWithReason_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QTest::newRow("unknown key") << QJsonObject{{"latency"_L1, 5}};
    QTest::newRow("unknown fault") << faults(u"create"_s, {QJsonObject{{"kind"_L1, u"explode"_s}}});
    QTest::newRow("code without code")
        << faults(u"create"_s, {QJsonObject{{"kind"_L1, u"code"_s}}});
    QTest::newRow("probability > 1")
        << faults(u"confirm"_s, {QJsonObject{{"kind"_L1, u"drop"_s}, {"probability"_L1, 2}}});
    QTest::newRow("era") << QJsonObject{{"era"_L1, u"2025"_s}};
    QTest::newRow("callbacks mode")
        << QJsonObject{{"callbacks"_L1, QJsonObject{{"mode"_L1, u"xml"_s}}}};
    QTest::newRow("min > max") << QJsonObject{{"amountMin"_L1, 100}, {"amountMax"_L1, 10}};
}

void SandboxFaultsTest::badScenario_isRefusedWithReason()
{
    QFETCH(QJsonObject, scenario);
    const QJsonObject before = m_client->control("GET", u"/_sandbox/scenario"_s).json();
    const TestReply reply = m_client->control("PATCH", u"/_sandbox/scenario"_s, scenario);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.json().value("error"_L1).toObject().value("message"_L1).toString().isEmpty());
    QCOMPARE(m_client->control("GET", u"/_sandbox/scenario"_s).json(), before);
}

QTEST_GUILESS_MAIN(SandboxFaultsTest)
#include "tst_sandboxfaults.moc"
