// LigdiCashClient against an in-process fake LigdiCash: the headers every call carries, the
// confirm query, how each kind of failure is reported, and that neither the keys nor an invoice
// token ever reach a log line.

#include "HttpServer.h"
#include "payments/LigdiCashClient.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QStringList *capturedLog = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (capturedLog)
        capturedLog->append(message);
}

} // namespace

class tst_PaymentsLigdiCashClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createInvoice_sendsBothKeysAndTheBody();
    void confirm_usesTheInvoiceTokenQuery();
    void failures_areReportedByKind_data();
    void failures_areReportedByKind();
    void noLogLine_containsAKeyOrAToken();
    void callFinished_reportsLatencyForMetrics();

private:
    LigdiCashClient::Reply call(LigdiCashClient &client, bool confirm);
    LigdiCashClient::Settings settings() const;

    std::unique_ptr<HttpServer> m_fake;
    QUrl m_base;
    HttpRequest m_lastRequest;
    std::function<void(const HttpRequest &, HttpResponder)> m_answer;
};

void tst_PaymentsLigdiCashClient::init()
{
    m_fake = std::make_unique<HttpServer>();
    const auto handler = [this](const HttpRequest &request, HttpResponder responder) {
        m_lastRequest = request;
        m_answer(request, std::move(responder));
    };
    m_fake->routeDeferred("POST", u"/pay/v01/redirect/checkout-invoice/create"_s, handler);
    m_fake->routeDeferred("GET", u"/pay/v01/redirect/checkout-invoice/confirm"_s, handler);
    const quint16 port = m_fake->start(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_base = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_answer = [](const HttpRequest &, HttpResponder responder) {
        responder.send(HttpResponse::json(QJsonObject{{u"response_code"_s, u"00"_s}}));
    };
}

void tst_PaymentsLigdiCashClient::cleanup()
{
    m_fake.reset();
}

LigdiCashClient::Settings tst_PaymentsLigdiCashClient::settings() const
{
    LigdiCashClient::Settings settings;
    settings.baseUrl = m_base;
    settings.apiKey = "secret-api-key";
    settings.authToken = "secret-auth-token";
    settings.createTimeoutMs = 500;
    settings.confirmTimeoutMs = 500;
    return settings;
}

LigdiCashClient::Reply tst_PaymentsLigdiCashClient::call(LigdiCashClient &client, bool confirm)
{
    std::optional<LigdiCashClient::Reply> result;
    if (confirm) {
        client.confirm(u"secret-invoice-token"_s, this,
                       [&](const LigdiCashClient::Reply &reply) { result = reply; });
    } else {
        client.createInvoice(LigdiCashApi::PayinMode::Hosted, R"({"commande":{}})", this,
                             [&](const LigdiCashClient::Reply &reply) { result = reply; });
    }
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000); }();
    return result.value_or(LigdiCashClient::Reply{});
}

void tst_PaymentsLigdiCashClient::createInvoice_sendsBothKeysAndTheBody()
{
    LigdiCashClient client(settings());
    const LigdiCashClient::Reply reply = call(client, false);
    QVERIFY(reply.ok());
    QCOMPARE(m_lastRequest.path, u"/pay/v01/redirect/checkout-invoice/create"_s);
    QCOMPARE(m_lastRequest.header("Apikey"), QByteArray("secret-api-key"));
    QCOMPARE(m_lastRequest.header("Authorization"), QByteArray("Bearer secret-auth-token"));
    QCOMPARE(m_lastRequest.header("Accept"), QByteArray("application/json"));
    QCOMPARE(m_lastRequest.mediaType(), QByteArray("application/json"));
    QCOMPARE(m_lastRequest.body, QByteArray(R"({"commande":{}})"));
}

void tst_PaymentsLigdiCashClient::confirm_usesTheInvoiceTokenQuery()
{
    LigdiCashClient client(settings());
    QVERIFY(call(client, true).ok());
    QCOMPARE(m_lastRequest.method, QByteArray("GET"));
    QCOMPARE(m_lastRequest.queryValue(u"invoiceToken"_s), u"secret-invoice-token"_s);
    QCOMPARE(m_lastRequest.header("Apikey"), QByteArray("secret-api-key"));
}

void tst_PaymentsLigdiCashClient::failures_areReportedByKind_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("failure");
    using F = LigdiCashClient::Reply::Failure;
    QTest::newRow("http 500") << u"500"_s << int(F::HttpStatus);
    QTest::newRow("not json") << u"garbage"_s << int(F::BadJson);
    QTest::newRow("no answer") << u"hold"_s << int(F::Timeout);
    QTest::newRow("connection dropped") << u"drop"_s << int(F::Network);
}

void tst_PaymentsLigdiCashClient::failures_areReportedByKind()
{
    QFETCH(QString, answer);
    QFETCH(int, failure);
    std::vector<HttpResponder> held;
    m_answer = [&](const HttpRequest &, HttpResponder responder) {
        if (answer == "500"_L1)
            responder.send(HttpResponse::text("<h1>Internal Server Error</h1>", "text/html", 500));
        else if (answer == "garbage"_L1)
            responder.send(HttpResponse::text("{\"response_code\":\"0", "application/json"));
        else if (answer == "drop"_L1)
            responder.abort();
        else
            held.push_back(responder);
    };
    LigdiCashClient client(settings());
    const LigdiCashClient::Reply reply = call(client, true);
    QCOMPARE(int(reply.failure), failure);
    QVERIFY(!reply.ok());
}

void tst_PaymentsLigdiCashClient::noLogLine_containsAKeyOrAToken()
{
    QStringList log;
    capturedLog = &log;
    QLoggingCategory::setFilterRules(u"comptoir.*=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    m_answer = [](const HttpRequest &, HttpResponder responder) {
        responder.send(HttpResponse::text("oops", "text/plain", 502));
    };
    {
        LigdiCashClient client(settings());
        call(client, true);
        call(client, false);
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    capturedLog = nullptr;
    QVERIFY(!log.isEmpty()); // failures are logged...
    for (const QString &line : std::as_const(log)) {
        QVERIFY2(!line.contains(u"secret"_s), qPrintable(line)); // ...without secrets
    }
}

void tst_PaymentsLigdiCashClient::callFinished_reportsLatencyForMetrics()
{
    LigdiCashClient client(settings());
    QSignalSpy finished(&client, &LigdiCashClient::callFinished);
    call(client, true);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toString(), u"confirm"_s);
    QCOMPARE(finished.first().at(1).toString(), u"ok"_s);
    QVERIFY(finished.first().at(2).toLongLong() >= 0);
}

QTEST_GUILESS_MAIN(tst_PaymentsLigdiCashClient)
#include "tst_payments_ligdicashclient.moc"
