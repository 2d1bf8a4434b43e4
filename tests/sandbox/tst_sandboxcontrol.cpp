// The control API of ligdicash-sandbox (never open to the merchant's keys) and its command line:
// listing, settling, reset, logs, bulk creation, a separate control port, and the executable's
// machine-readable first line, generated keys, --scenario, --help and --version.

#include "Sandbox.h"
#include "SandboxTestKit.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class SandboxControlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void controlApi_refusesMerchantKeys_data();
    void controlApi_refusesMerchantKeys();
    void listInvoices_filtersAndPages();
    void showInvoice_byTokenOrId();
    void settle_payFailPending_andFinalIsFinal();
    void requestLog_recordsMerchantCalls();
    void requestLog_isBounded();
    void bulkCreate_makesManyInvoices();
    void reset_forgetsInvoicesAndRestoresScenario();
    void separateControlPort_hidesControlFromApiPort();
    void controlKey_mustDifferFromMerchantKeys();
    void executable_printsUrlAndGeneratedKeys();
    void executable_appliesScenarioFileAndFlags();
    void executable_refusesBadScenarioFile();
    void executable_helpAndVersion();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestClient> m_client;
    std::unique_ptr<MerchantServer> m_merchant;
};

void SandboxControlTest::init()
{
    m_sandbox = std::make_unique<Sandbox>(SandboxOptions{});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = std::make_unique<TestClient>(m_sandbox.get());
    m_merchant = std::make_unique<MerchantServer>();
}

void SandboxControlTest::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_merchant.reset();
}

void SandboxControlTest::controlApi_refusesMerchantKeys_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("list") << QByteArray("GET") << u"/_sandbox/invoices"_s;
    QTest::newRow("pay") << QByteArray("POST") << u"/_sandbox/invoices/1000001/pay"_s;
    QTest::newRow("forge") << QByteArray("POST") << u"/_sandbox/invoices/1000001/forge-callback"_s;
    QTest::newRow("scenario") << QByteArray("PUT") << u"/_sandbox/scenario"_s;
    QTest::newRow("reset") << QByteArray("POST") << u"/_sandbox/reset"_s;
    QTest::newRow("requests") << QByteArray("GET") << u"/_sandbox/requests"_s;
}

void SandboxControlTest::controlApi_refusesMerchantKeys()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    m_client->createInvoice(100, m_merchant->url());
    const QUrl url = m_client->url(path);
    const QByteArray apiKey = m_sandbox->options().apiKey.toUtf8();
    const QByteArray token = m_sandbox->options().authToken.toUtf8();
    // The merchant's pair, alone or in every place a key could go.
    const TestReply merchant =
        m_client->request(method, url, "{}", m_client->merchantHeaders(true));
    QCOMPARE(merchant.status, 401);
    QCOMPARE(m_client->request(method, url, "{}", {{"X-Sandbox-Key", apiKey}}).status, 403);
    QCOMPARE(m_client->request(method, url, "{}", {{"X-Sandbox-Key", token}}).status, 403);
    QCOMPARE(
        m_client
            ->request(method, url, "{}",
                      {{"Authorization", "Bearer " + m_sandbox->options().controlKey.toUtf8()}})
            .status,
        401);
    QCOMPARE(m_client->request(method, url, "{}", {{"X-Sandbox-Key", "wrong"}}).status, 403);
    QCOMPARE(m_sandbox->findByTokenOrId(u"1000001"_s)->status, Invoice::Status::Pending);
    QCOMPARE(m_sandbox->invoices().size(), 1);
}

void SandboxControlTest::listInvoices_filtersAndPages()
{
    QStringList tokens;
    for (int i = 0; i < 5; ++i)
        tokens.append(m_client->createInvoice(100 + i, m_merchant->url(), u"ORD-%1"_s.arg(i)));
    m_client->control("POST", u"/_sandbox/invoices/"_s + tokens.at(1) + u"/pay"_s);
    m_client->control("POST", u"/_sandbox/invoices/"_s + tokens.at(3) + u"/fail"_s);
    QJsonObject all = m_client->control("GET", u"/_sandbox/invoices"_s).json();
    QCOMPARE(all.value("total"_L1).toInt(), 5);
    const QJsonObject first = all.value("invoices"_L1).toArray().at(0).toObject();
    QCOMPARE(first.value("token"_L1).toString(), tokens.at(0));
    QCOMPARE(first.value("transaction_id"_L1).toString(), u"ORD-0"_s);
    QCOMPARE(first.value("amount"_L1).toInt(), 100);
    QVERIFY(first.value("payment_url"_L1).toString().endsWith(tokens.at(0)));
    const QJsonObject paid =
        m_client->control("GET", u"/_sandbox/invoices?status=completed"_s).json();
    QCOMPARE(paid.value("total"_L1).toInt(), 1);
    QCOMPARE(paid.value("invoices"_L1).toArray().at(0).toObject().value("token"_L1).toString(),
             tokens.at(1));
    const QJsonObject page =
        m_client->control("GET", u"/_sandbox/invoices?status=pending&offset=1&limit=1"_s).json();
    QCOMPARE(page.value("total"_L1).toInt(), 3);
    QCOMPARE(page.value("invoices"_L1).toArray().size(), 1);
    QCOMPARE(page.value("invoices"_L1).toArray().at(0).toObject().value("token"_L1).toString(),
             tokens.at(2));
}

void SandboxControlTest::showInvoice_byTokenOrId()
{
    const QString token = m_client->createInvoice(750, m_merchant->url());
    const QJsonObject byToken = m_client->control("GET", u"/_sandbox/invoices/"_s + token).json();
    QCOMPARE(byToken.value("amount"_L1).toInt(), 750);
    QCOMPARE(byToken.value("commande"_L1)
                 .toObject()
                 .value("store"_L1)
                 .toObject()
                 .value("name"_L1)
                 .toString(),
             u"Boutique Awa"_s);
    const QString id = QString::number(byToken.value("id"_L1).toInteger());
    QCOMPARE(
        m_client->control("GET", u"/_sandbox/invoices/"_s + id).json().value("token"_L1).toString(),
        token);
    QCOMPARE(m_client->control("GET", u"/_sandbox/invoices/nope"_s).status, 404);
}

void SandboxControlTest::settle_payFailPending_andFinalIsFinal()
{
    const QString a = m_client->createInvoice(100, m_merchant->url());
    const QString b = m_client->createInvoice(100, m_merchant->url());
    const QString c = m_client->createInvoice(100, m_merchant->url());
    const QJsonObject paid =
        m_client
            ->control("POST", u"/_sandbox/invoices/"_s + a + u"/pay"_s,
                      QJsonObject{{"operator"_L1, u"moov"_s}, {"customer"_L1, u"22670112233"_s}})
            .json();
    QCOMPARE(paid.value("status"_L1).toString(), u"completed"_s);
    QCOMPARE(paid.value("operator_id"_L1).toString(), u"12"_s);
    QCOMPARE(m_client->confirm(a).json().value("customer"_L1).toString(), u"22670112233"_s);
    QCOMPARE(m_client->control("POST", u"/_sandbox/invoices/"_s + b + u"/fail"_s)
                 .json()
                 .value("status"_L1)
                 .toString(),
             u"notcompleted"_s);
    QCOMPARE(m_client->control("POST", u"/_sandbox/invoices/"_s + c + u"/pending"_s)
                 .json()
                 .value("status"_L1)
                 .toString(),
             u"pending"_s);
    QCOMPARE(m_client->confirm(c).json().value("status"_L1).toString(), u"pending"_s);
    QCOMPARE(m_client->control("POST", u"/_sandbox/invoices/"_s + a + u"/fail"_s).status, 409);
    QCOMPARE(m_client->control("POST", u"/_sandbox/invoices/"_s + b + u"/pay"_s).status, 409);
    QCOMPARE(m_client
                 ->control("POST", u"/_sandbox/invoices/"_s + c + u"/pay"_s,
                           QJsonObject{{"operator"_L1, u"99"_s}})
                 .status,
             400);
    QCOMPARE(m_client->confirm(a).json().value("status"_L1).toString(), u"completed"_s);
}

void SandboxControlTest::requestLog_recordsMerchantCalls()
{
    const QString token = m_client->createInvoice(100, m_merchant->url());
    m_client->confirm(token, u"token"_s, false);
    m_client->confirm(u"unknown"_s);
    const QJsonArray log =
        m_client->control("GET", u"/_sandbox/requests"_s).json().value("requests"_L1).toArray();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).toObject().value("method"_L1).toString(), u"POST"_s);
    QCOMPARE(log.at(0).toObject().value("target"_L1).toString(),
             u"/pay/v01/redirect/checkout-invoice/create"_s);
    QVERIFY(log.at(0).toObject().value("requestBody"_L1).toString().contains(u"Boutique Awa"_s));
    QVERIFY(log.at(1).toObject().value("target"_L1).toString().contains(u"?token="_s));
    QCOMPARE(log.at(2).toObject().value("note"_L1).toString(), u"Code02 invoice not found"_s);
    // Secrets are not logged.
    QVERIFY(!m_client->control("GET", u"/_sandbox/requests"_s)
                 .body.contains(m_sandbox->options().apiKey.toUtf8()));
}

void SandboxControlTest::requestLog_isBounded()
{
    SandboxOptions options;
    options.requestLogCapacity = 5;
    Sandbox sandbox(options);
    QString error;
    QVERIFY(sandbox.start(&error));
    TestClient client(&sandbox);
    for (int i = 0; i < 12; ++i)
        client.confirm(u"x%1"_s.arg(i));
    QCOMPARE(sandbox.requestLog().size(), 5);
    QCOMPARE(sandbox.requestLog().total(), 12);
    const QJsonArray log =
        client.control("GET", u"/_sandbox/requests"_s).json().value("requests"_L1).toArray();
    QCOMPARE(log.size(), 5);
    QVERIFY(log.at(4).toObject().value("target"_L1).toString().endsWith(u"x11"_s));
}

void SandboxControlTest::bulkCreate_makesManyInvoices()
{
    const QJsonObject request = TestClient::invoiceBody(1000, m_merchant->url());
    const TestReply reply = m_client->control(
        "POST", u"/_sandbox/invoices"_s, QJsonObject{{"count"_L1, 500}, {"request"_L1, request}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(m_sandbox->invoices().size(), 500);
    const QString last = reply.json().value("last"_L1).toObject().value("token"_L1).toString();
    QCOMPARE(m_client->confirm(last).json().value("amount"_L1).toInt(), 1000);
    const TestReply bad =
        m_client->control("POST", u"/_sandbox/invoices"_s,
                          QJsonObject{{"count"_L1, 2}, {"request"_L1, QJsonObject()}});
    QCOMPARE(bad.status, 422);
}

void SandboxControlTest::reset_forgetsInvoicesAndRestoresScenario()
{
    const QString token = m_client->createInvoice(100, m_merchant->url());
    m_client->control("PATCH", u"/_sandbox/scenario"_s, QJsonObject{{"era"_L1, u"2024"_s}});
    QCOMPARE(m_client->control("POST", u"/_sandbox/reset"_s).status, 200);
    QCOMPARE(m_sandbox->invoices().size(), 0);
    QCOMPARE(m_client->control("GET", u"/_sandbox/scenario"_s).json().value("era"_L1).toString(),
             u"2026"_s);
    QCOMPARE(m_client->confirm(token).json().value("response_text"_L1).toString(),
             u"Echec (Code02)"_s);
    // New invoices never reuse an old token.
    QVERIFY(m_client->createInvoice(100, m_merchant->url()) != token);
    QCOMPARE(m_client->control("GET", u"/_sandbox/requests"_s)
                 .json()
                 .value("requests"_L1)
                 .toArray()
                 .size(),
             2);
}

void SandboxControlTest::separateControlPort_hidesControlFromApiPort()
{
    SandboxOptions options;
    options.separateControlPort = true;
    Sandbox sandbox(options);
    QString error;
    QVERIFY(sandbox.start(&error));
    QVERIFY(sandbox.controlUrl().port() != sandbox.baseUrl().port());
    TestClient client(&sandbox);
    QCOMPARE(client.control("GET", u"/_sandbox/info"_s).status, 200);
    const TestReply onApiPort = client.request("GET", client.url(u"/_sandbox/info"_s), {},
                                               {{"X-Sandbox-Key", options.controlKey.toUtf8()}});
    QCOMPARE(onApiPort.status, 404);
}

void SandboxControlTest::controlKey_mustDifferFromMerchantKeys()
{
    SandboxOptions options;
    options.apiKey = u"same"_s;
    options.controlKey = u"same"_s;
    Sandbox sandbox(options);
    QString error;
    QVERIFY(!sandbox.start(&error));
    QVERIFY(!error.isEmpty());
}

namespace {

struct Started
{
    std::unique_ptr<QProcess> process;
    QStringList lines;
};

QString sandboxPath()
{
    return QStringLiteral(COMPTOIR_BIN_DIR) + u"/ligdicash-sandbox"_s;
}

// Starts the executable and reads its banner (until the line starting with `last`).
Started startExecutable(const QStringList &arguments, const QString &last)
{
    Started started;
    started.process = std::make_unique<QProcess>();
    started.process->start(sandboxPath(), arguments);
    if (!started.process->waitForStarted(5000))
        return started;
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        started.process->waitForReadyRead(200);
        output += started.process->readAllStandardOutput();
        started.lines = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
        if (std::any_of(started.lines.begin(), started.lines.end(),
                        [&](const QString &line) { return line.startsWith(last); }))
            break;
        if (started.process->state() == QProcess::NotRunning)
            break;
    }
    return started;
}

QString valueOf(const QStringList &lines, const QString &prefix)
{
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

void stop(QProcess *process)
{
    process->terminate();
    if (!process->waitForFinished(5000))
        process->kill();
}

} // namespace

void SandboxControlTest::executable_printsUrlAndGeneratedKeys()
{
    Started started = startExecutable({u"--port"_s, u"0"_s}, u"control key:"_s);
    QVERIFY2(!started.lines.isEmpty(), started.process->readAllStandardError().constData());
    static const QRegularExpression first(
        u"^ligdicash-sandbox listening on (http://127\\.0\\.0\\.1:(\\d+))$"_s);
    const auto match = first.match(started.lines.first());
    QVERIFY2(match.hasMatch(), qPrintable(started.lines.first()));
    QVERIFY(match.captured(2).toInt() > 0);
    const QString apiKey = valueOf(started.lines, u"api key:"_s);
    const QString authToken = valueOf(started.lines, u"auth token:"_s);
    const QString controlKey = valueOf(started.lines, u"control key:"_s);
    QVERIFY(!apiKey.isEmpty() && authToken.startsWith(u"eyJ"_s) && !controlKey.isEmpty());

    // The printed keys work, against the printed URL.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(match.captured(1) + u"/_sandbox/info"_s));
    request.setRawHeader("X-Sandbox-Key", controlKey.toUtf8());
    QNetworkReply *reply = network.get(request);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(QJsonDocument::fromJson(reply->readAll()).object().value("rssKb"_L1).toInteger() > 0);
    delete reply;
    stop(started.process.get());
}

void SandboxControlTest::executable_appliesScenarioFileAndFlags()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"scenario.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"amountMax": 5000, "create": {"faults": [{"kind": "code", "code": "05", "count": 1}]},
                   "callbacks": {"nocompleted": true}})");
    file.close();
    Started started = startExecutable(
        {u"--port"_s, u"0"_s, u"--api-key"_s, u"K"_s, u"--auth-token"_s, u"T"_s, u"--control-key"_s,
         u"C"_s, u"--scenario"_s, file.fileName(), u"--era"_s, u"2024"_s, u"--seed"_s, u"7"_s},
        u"control api:"_s);
    QVERIFY(!started.lines.isEmpty());
    QVERIFY(valueOf(started.lines, u"api key:"_s).isEmpty()); // given keys are not echoed
    const QString base = started.lines.first().section(u' ', -1);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base + u"/_sandbox/scenario"_s));
    request.setRawHeader("X-Sandbox-Key", "C");
    QNetworkReply *reply = network.get(request);
    QTRY_VERIFY(reply->isFinished());
    const QJsonObject scenario = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    QCOMPARE(scenario.value("amountMax"_L1).toInt(), 5000);
    QCOMPARE(scenario.value("era"_L1).toString(), u"2024"_s);
    QCOMPARE(scenario.value("callbacks"_L1).toObject().value("nocompleted"_L1).toBool(), true);
    QCOMPARE(scenario.value("create"_L1).toObject().value("faults"_L1).toArray().size(), 1);

    QNetworkRequest create(QUrl(base + u"/pay/v01/redirect/checkout-invoice/create"_s));
    create.setRawHeader("Apikey", "K");
    create.setRawHeader("Authorization", "Bearer T");
    create.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    reply = network.post(
        create, QJsonDocument(TestClient::invoiceBody(100, QUrl(u"http://shop.test"_s))).toJson());
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(
        QJsonDocument::fromJson(reply->readAll()).object().value("response_text"_L1).toString(),
        u"Echec (Code05)"_s);
    delete reply;
    stop(started.process.get());
}

void SandboxControlTest::executable_refusesBadScenarioFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"bad.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"latency": 5})");
    file.close();
    QProcess process;
    process.start(sandboxPath(), {u"--port"_s, u"0"_s, u"--scenario"_s, file.fileName()});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("unknown scenario key"));
}

void SandboxControlTest::executable_helpAndVersion()
{
    QProcess process;
    process.start(sandboxPath(), {u"--version"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.readAllStandardOutput().trimmed(),
             QByteArray("ligdicash-sandbox " COMPTOIR_BUILD_VERSION));
    process.start(sandboxPath(), {u"--help"_s});
    QVERIFY(process.waitForFinished(10000));
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option : {"--port", "--host", "--api-key", "--auth-token", "--public-url",
                               "--control-key", "--scenario", "--seed"})
        QVERIFY2(help.contains(option), option);
}

QTEST_GUILESS_MAIN(SandboxControlTest)
#include "tst_sandboxcontrol.moc"
