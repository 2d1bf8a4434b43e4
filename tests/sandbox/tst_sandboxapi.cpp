// The merchant API of ligdicash-sandbox over real HTTP: create (hosted and direct), confirm with
// both parameter names and with or without the trailing slash, authentication and every
// validation sub-code, and a client built exactly from LigdiCash's published examples.

#include "Sandbox.h"
#include "SandboxTestKit.h"
#include "TestData.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class SandboxApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createHosted_answersTokenAndPaymentUrl();
    void createDirect_answersProcessingText();
    void createDirect_unknownNetwork_isCode07();
    void token_isJwtShapedAndOpaque();
    void confirm_acceptsBothParameterNamesAndSlash_data();
    void confirm_acceptsBothParameterNamesAndSlash();
    void confirmPending_hasEmptyOperatorAndNullCustomer();
    void confirmCompleted_hasOperatorCustomerAndExternalId();
    void confirmUnknownToken_isCode02NotFound_data();
    void confirmUnknownToken_isCode02NotFound();
    void auth_missingOrWrongKey_isCode00_data();
    void auth_missingOrWrongKey_isCode00();
    void amountOutOfRange_isCode02_data();
    void amountOutOfRange_isCode02();
    void malformedRequest_isCode08_data();
    void malformedRequest_isCode08();
    void currencyIsCaseInsensitiveXof();
    void amountRange_isConfigurable();
    void wrongMethod_isCode12();
    void publishedClient_create_matchesDocumentedShape();
    void publishedClient_confirm_matchesDocumentedSchema();
    void publishedClient_errorEnvelope_matchesDocumentedShape();
    void era2024_confirmHasExactly2024Keys();

private:
    QJsonObject paidConfirm(QString *token);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestClient> m_client;
    std::unique_ptr<MerchantServer> m_merchant;
};

void SandboxApiTest::init()
{
    SandboxOptions options;
    options.publicUrl = QUrl(u"http://pay.sandbox.test:9000"_s);
    m_sandbox = std::make_unique<Sandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = std::make_unique<TestClient>(m_sandbox.get());
    m_merchant = std::make_unique<MerchantServer>();
}

void SandboxApiTest::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_merchant.reset();
}

void SandboxApiTest::createHosted_answersTokenAndPaymentUrl()
{
    const TestReply reply = m_client->create(TestClient::invoiceBody(5000, m_merchant->url()));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "application/json");
    const QJsonObject json = reply.json();
    QCOMPARE(json.value("response_code"_L1).toString(), u"00"_s);
    const QString token = json.value("token"_L1).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(json.value("response_text"_L1).toString(),
             u"http://pay.sandbox.test:9000/pay/invoice/"_s + token);
    QCOMPARE(json.value("wiki"_L1).toString(),
             u"https://client.ligdicash.com/wiki/createInvoice"_s);
    QCOMPARE(json.value("description"_L1).toString(), QString());
}

void SandboxApiTest::createDirect_answersProcessingText()
{
    QJsonObject body = TestClient::invoiceBody(1500, m_merchant->url());
    QJsonObject commande = body.value("commande"_L1).toObject();
    QJsonObject invoice = commande.value("invoice"_L1).toObject();
    invoice.insert("customer"_L1, u"22676000000"_s);
    invoice.insert("otp"_L1, u"123456"_s);
    commande.insert("invoice"_L1, invoice);
    body.insert("commande"_L1, commande);
    const QJsonObject json = m_client->create(body, true).json();
    QCOMPARE(json.value("response_code"_L1).toString(), u"00"_s);
    QCOMPARE(json.value("response_text"_L1).toString(),
             u"Votre requête est en cours de traitement"_s);
    const QJsonObject confirm = m_client->confirm(json.value("token"_L1).toString()).json();
    QCOMPARE(confirm.value("status"_L1).toString(), u"pending"_s);
    QCOMPARE(confirm.value("amount"_L1).toInteger(), 1500);
}

void SandboxApiTest::createDirect_unknownNetwork_isCode07()
{
    QJsonObject body = TestClient::invoiceBody(1500, m_merchant->url());
    QJsonObject commande = body.value("commande"_L1).toObject();
    QJsonObject invoice = commande.value("invoice"_L1).toObject();
    invoice.insert("customer"_L1, u"22690000000"_s);
    commande.insert("invoice"_L1, invoice);
    body.insert("commande"_L1, commande);
    QCOMPARE(m_client->create(body, true).json().value("response_text"_L1).toString(),
             u"Echec (Code07)"_s);
}

void SandboxApiTest::token_isJwtShapedAndOpaque()
{
    const QString token = m_client->createInvoice(100, m_merchant->url());
    static const QRegularExpression jwt(
        u"^eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$"_s);
    QVERIFY2(jwt.match(token).hasMatch(), qPrintable(token));
    const QString other = m_client->createInvoice(100, m_merchant->url());
    QVERIFY(token != other);
    // A token with a changed payload is not accepted.
    QString tampered = token;
    tampered[40] = tampered[40] == u'A' ? u'B' : u'A';
    QCOMPARE(m_client->confirm(tampered).json().value("response_text"_L1).toString(),
             u"Echec (Code02)"_s);
}

void SandboxApiTest::confirm_acceptsBothParameterNamesAndSlash_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<bool>("slash");
    QTest::newRow("invoiceToken, slash") << u"invoiceToken"_s << true;
    QTest::newRow("invoiceToken, no slash") << u"invoiceToken"_s << false;
    QTest::newRow("token, slash") << u"token"_s << true;
    QTest::newRow("token, no slash") << u"token"_s << false;
}

void SandboxApiTest::confirm_acceptsBothParameterNamesAndSlash()
{
    QFETCH(QString, parameter);
    QFETCH(bool, slash);
    const QString token = m_client->createInvoice(2500, m_merchant->url());
    const TestReply reply = m_client->confirm(token, parameter, slash);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value("response_code"_L1).toString(), u"00"_s);
    QCOMPARE(json.value("status"_L1).toString(), u"pending"_s);
    QCOMPARE(json.value("amount"_L1).toInteger(), 2500);
    QCOMPARE(json.value("montant"_L1).toInteger(), 2500);
}

void SandboxApiTest::confirmPending_hasEmptyOperatorAndNullCustomer()
{
    const QString token = m_client->createInvoice(2500, m_merchant->url(), u"ORD-7"_s);
    const QJsonObject json = m_client->confirm(token).json();
    QCOMPARE(json.value("token"_L1).toString(), QString());
    QCOMPARE(json.value("operator_id"_L1).toString(), QString());
    QCOMPARE(json.value("operator_name"_L1).toString(), QString());
    QVERIFY(json.value("customer"_L1).isNull());
    QCOMPARE(json.value("transaction_id"_L1).toString(), QString());
    QCOMPARE(json.value("wiki"_L1).toString(),
             u"https://client.ligdicash.com/wiki/confirmInvoice"_s);
    static const QRegularExpression date(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\+00$"_s);
    QVERIFY(date.match(json.value("date"_L1).toString()).hasMatch());
    static const QRegularExpression requestId(u"^P\\d{13}$"_s);
    QVERIFY(requestId.match(json.value("request_id"_L1).toString()).hasMatch());
    const QJsonArray custom = json.value("custom_data"_L1).toArray();
    QStringList keys;
    for (const QJsonValue &entry : custom)
        keys.append(entry.toObject().value("keyof_customdata"_L1).toString());
    QCOMPARE(keys, (QStringList{u"transaction_id"_s, u"logfile"_s}));
    QCOMPARE(custom.at(0).toObject().value("valueof_customdata"_L1).toString(), u"ORD-7"_s);
    static const QRegularExpression micro(
        u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}$"_s);
    QVERIFY(micro.match(custom.at(0).toObject().value("datecreation_customdata"_L1).toString())
                .hasMatch());
    QCOMPARE(json.value("external_id"_L1).toString(), u"ORD-7"_s);
    const QJsonObject details = json.value("customer_details"_L1).toObject();
    QCOMPARE(details.value("firstname"_L1).toString(), u"Awa"_s);
    QCOMPARE(details.value("lastname"_L1).toString(), u"Ouedraogo"_s);
    QCOMPARE(details.value("email"_L1).toString(), u"awa@example.com"_s);
}

QJsonObject SandboxApiTest::paidConfirm(QString *token)
{
    *token = m_client->createInvoice(4200, m_merchant->url(), u"ART5A7044E5"_s);
    const TestReply paid =
        m_client->control("POST", u"/_sandbox/invoices/"_s + *token + u"/pay"_s,
                          QJsonObject{{"operator"_L1, u"11"_s}, {"customer"_L1, u"22676275726"_s}});
    if (paid.status != 200)
        QTest::qFail(paid.body.constData(), __FILE__, __LINE__);
    return m_client->confirm(*token).json();
}

void SandboxApiTest::confirmCompleted_hasOperatorCustomerAndExternalId()
{
    QString token;
    const QJsonObject json = paidConfirm(&token);
    QCOMPARE(json.value("status"_L1).toString(), u"completed"_s);
    QCOMPARE(json.value("operator_id"_L1).toString(), u"11"_s);
    QCOMPARE(json.value("operator_name"_L1).toString(), u"ORANGE BURKINA"_s);
    QCOMPARE(json.value("customer"_L1).toString(), u"22676275726"_s);
    QCOMPARE(json.value("customer_details"_L1).toObject().value("phone"_L1).toString(),
             u"22676275726"_s);
    QCOMPARE(json.value("external_id"_L1).toString(), u"ART5A7044E5"_s);
    QVERIFY(!json.value("transaction_id"_L1).toString().isEmpty());
    QCOMPARE(json.value("amount"_L1).toInteger(), 4200);
}

void SandboxApiTest::confirmUnknownToken_isCode02NotFound_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("garbage") << u"not-a-token"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("numeric id") << u"1000001"_s;
    QTest::newRow("foreign jwt")
        << u"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpZF9pbnZvaWNlIjoiMTAwMDAwMSJ9.AAAA"_s;
}

void SandboxApiTest::confirmUnknownToken_isCode02NotFound()
{
    QFETCH(QString, token);
    m_client->createInvoice(100, m_merchant->url());
    const TestReply reply = m_client->confirm(token);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value("response_code"_L1).toString(), u"01"_s);
    QCOMPARE(json.value("response_text"_L1).toString(), u"Echec (Code02)"_s);
    QCOMPARE(json.value("token"_L1).toString(), QString());
    QCOMPARE(json.value("wiki"_L1).toString(),
             u"https://client.ligdicash.com/wiki/confirmInvoice"_s);
}

void SandboxApiTest::auth_missingOrWrongKey_isCode00_data()
{
    QTest::addColumn<QByteArray>("apiKey");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("confirm");
    const QByteArray key = "@key";
    const QByteArray bearer = "@bearer";
    for (bool confirm : {false, true}) {
        const char *what = confirm ? "confirm" : "create";
        QTest::addRow("%s: no keys", what) << QByteArray() << QByteArray() << confirm;
        QTest::addRow("%s: Apikey only", what) << key << QByteArray() << confirm;
        QTest::addRow("%s: Bearer only", what) << QByteArray() << bearer << confirm;
        QTest::addRow("%s: wrong Apikey", what) << QByteArray("nope") << bearer << confirm;
        QTest::addRow("%s: wrong Bearer", what) << key << QByteArray("Bearer nope") << confirm;
        QTest::addRow("%s: Basic scheme", what) << key << QByteArray("Basic @token") << confirm;
        QTest::addRow("%s: keys swapped", what)
            << QByteArray("@token") << QByteArray("Bearer @key") << confirm;
    }
}

void SandboxApiTest::auth_missingOrWrongKey_isCode00()
{
    QFETCH(QByteArray, apiKey);
    QFETCH(QByteArray, authorization);
    QFETCH(bool, confirm);
    const QByteArray realKey = m_sandbox->options().apiKey.toUtf8();
    const QByteArray realToken = m_sandbox->options().authToken.toUtf8();
    auto expand = [&](QByteArray value) {
        return value.replace("@bearer", QByteArray("Bearer " + realToken))
            .replace("@key", realKey)
            .replace("@token", realToken);
    };
    const QString token = m_client->createInvoice(100, m_merchant->url());
    QList<QPair<QByteArray, QByteArray>> headers = {{"Accept", "application/json"},
                                                    {"Content-Type", "application/json"}};
    if (!apiKey.isEmpty())
        headers.append(qMakePair(QByteArray("Apikey"), expand(apiKey)));
    if (!authorization.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), expand(authorization)));
    const TestReply reply =
        confirm
            ? m_client->request(
                  "GET",
                  m_client->url(u"/pay/v01/redirect/checkout-invoice/confirm/?invoiceToken="_s +
                                token),
                  {}, headers)
            : m_client->request(
                  "POST", m_client->url(u"/pay/v01/redirect/checkout-invoice/create"_s),
                  QJsonDocument(TestClient::invoiceBody(100, m_merchant->url())).toJson(), headers);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value("response_code"_L1).toString(), u"01"_s);
    QCOMPARE(json.value("response_text"_L1).toString(), u"Echec (Code00)"_s);
    QCOMPARE(json.value("token"_L1).toString(), QString());
    QCOMPARE(json.value("wiki"_L1).toString(),
             confirm ? u"https://client.ligdicash.com/wiki/confirmInvoice"_s
                     : u"https://client.ligdicash.com/wiki/createInvoice"_s);
    QCOMPARE(m_sandbox->invoices().size(), 1);
}

void SandboxApiTest::amountOutOfRange_isCode02_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("expected");
    // A negative number is not an amount at all: core's InvoiceRequest calls it malformed.
    QTest::newRow("negative") << qint64(-5) << u"Echec (Code08)"_s;
    QTest::newRow("zero") << qint64(0) << u"Echec (Code02)"_s;
    QTest::newRow("9") << qint64(9) << u"Echec (Code02)"_s;
    QTest::newRow("10 accepted") << qint64(10) << QString();
    QTest::newRow("2000000 accepted") << qint64(2000000) << QString();
    QTest::newRow("2000001") << qint64(2000001) << u"Echec (Code02)"_s;
}

void SandboxApiTest::amountOutOfRange_isCode02()
{
    QFETCH(qint64, amount);
    QFETCH(QString, expected);
    const QJsonObject json =
        m_client->create(TestClient::invoiceBody(amount, m_merchant->url())).json();
    if (expected.isEmpty()) {
        QCOMPARE(json.value("response_code"_L1).toString(), u"00"_s);
    } else {
        QCOMPARE(json.value("response_code"_L1).toString(), u"01"_s);
        QCOMPARE(json.value("response_text"_L1).toString(), expected);
        QCOMPARE(json.value("wiki"_L1).toString(),
                 u"https://client.ligdicash.com/wiki/createInvoice"_s);
    }
}

void SandboxApiTest::malformedRequest_isCode08_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray valid =
        QJsonDocument(TestClient::invoiceBody(5000, QUrl(u"http://shop.test"_s)))
            .toJson(QJsonDocument::Compact);
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject body = QJsonDocument::fromJson(valid).object();
        QJsonObject commande = body.value("commande"_L1).toObject();
        QJsonObject invoice = commande.value("invoice"_L1).toObject();
        if (value.isUndefined())
            invoice.remove(key);
        else
            invoice.insert(key, value);
        commande.insert("invoice"_L1, invoice);
        body.insert("commande"_L1, commande);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("not json") << QByteArray("commande=1");
    QTest::newRow("truncated json") << valid.left(valid.size() / 2);
    QTest::newRow("json array") << QByteArray("[]");
    QTest::newRow("no commande") << QByteArray("{\"invoice\":{}}");
    QTest::newRow("commande string") << QByteArray("{\"commande\":\"x\"}");
    QTest::newRow("no invoice") << QByteArray("{\"commande\":{}}");
    QTest::newRow("total_amount missing") << with(u"total_amount"_s, QJsonValue::Undefined);
    QTest::newRow("total_amount string") << with(u"total_amount"_s, u"5000"_s);
    QTest::newRow("total_amount decimal") << with(u"total_amount"_s, 50.5);
    QTest::newRow("items object") << with(u"items"_s, QJsonObject());
    QTest::newRow("item quantity string") << with(
        u"items"_s, QJsonArray{QJsonObject{
                        {"name"_L1, u"x"_s}, {"quantity"_L1, u"1"_s}, {"unit_price"_L1, 5000}}});
    QTest::newRow("description number") << with(u"description"_s, 12);
    QTest::newRow("items do not add up") << with(u"total_amount"_s, 4000);
    QTest::newRow("devise missing") << with(u"devise"_s, QJsonValue::Undefined);
    QTest::newRow("devise EUR") << with(u"devise"_s, u"EUR"_s);
    QTest::newRow("devise XAF") << with(u"devise"_s, u"XAF"_s);
    QTest::newRow("custom_data nested") << QByteArray(valid).replace(
        "{\"transaction_id\":\"ORD-42\"}", "{\"transaction_id\":{\"a\":1}}");
    QTest::newRow("callback_url not a url")
        << QByteArray(valid).replace("http://shop.test/callback", "not a url");
}

void SandboxApiTest::malformedRequest_isCode08()
{
    QFETCH(QByteArray, body);
    const TestReply reply = m_client->createRaw(body);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value("response_code"_L1).toString(), u"01"_s);
    QCOMPARE(json.value("response_text"_L1).toString(), u"Echec (Code08)"_s);
    QCOMPARE(json.value("token"_L1).toString(), QString());
    QCOMPARE(m_sandbox->invoices().size(), 0);
}

void SandboxApiTest::currencyIsCaseInsensitiveXof()
{
    QByteArray body = QJsonDocument(TestClient::invoiceBody(5000, m_merchant->url())).toJson();
    body.replace("\"XOF\"", "\"xof\"");
    QCOMPARE(m_client->createRaw(body).json().value("response_code"_L1).toString(), u"00"_s);
}

void SandboxApiTest::amountRange_isConfigurable()
{
    QCOMPARE(m_client
                 ->control("PATCH", u"/_sandbox/scenario"_s,
                           QJsonObject{{"amountMin"_L1, 20}, {"amountMax"_L1, 1000000}})
                 .status,
             200);
    QCOMPARE(m_client->create(TestClient::invoiceBody(19, m_merchant->url()))
                 .json()
                 .value("response_text"_L1)
                 .toString(),
             u"Echec (Code02)"_s);
    QCOMPARE(m_client->create(TestClient::invoiceBody(1000001, m_merchant->url()))
                 .json()
                 .value("response_text"_L1)
                 .toString(),
             u"Echec (Code02)"_s);
    QCOMPARE(m_client->create(TestClient::invoiceBody(20, m_merchant->url()))
                 .json()
                 .value("response_code"_L1)
                 .toString(),
             u"00"_s);
}

void SandboxApiTest::wrongMethod_isCode12()
{
    const TestReply reply =
        m_client->request("GET", m_client->url(u"/pay/v01/redirect/checkout-invoice/create"_s), {},
                          m_client->merchantHeaders(false));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("response_text"_L1).toString(), u"Echec (Code12)"_s);
}

namespace {

// The JSON type of a value as the docs' schema writes it ("<string>", 123, [...]).
QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Bool:
        return u"bool"_s;
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return u"undefined"_s;
    }
}

// Every key of `documented` is in `actual` with the same type, recursively (first array item).
void compareShape(const QJsonObject &documented, const QJsonObject &actual, const QString &where)
{
    for (auto it = documented.begin(); it != documented.end(); ++it) {
        const QString path = where + u'.' + it.key();
        QVERIFY2(actual.contains(it.key()), qPrintable(path + u" is missing"_s));
        const QJsonValue value = actual.value(it.key());
        QVERIFY2(
            typeOf(it.value()) == typeOf(value),
            qPrintable(path + u": "_s + typeOf(value) + u" instead of "_s + typeOf(it.value())));
        if (it.value().isObject())
            compareShape(it.value().toObject(), value.toObject(), path);
        if (it.value().isArray() && !it.value().toArray().isEmpty()) {
            for (const QJsonValue &item : value.toArray())
                compareShape(it.value().toArray().at(0).toObject(), item.toObject(),
                             path + u"[]"_s);
        }
    }
}

} // namespace

void SandboxApiTest::publishedClient_create_matchesDocumentedShape()
{
    // Request built byte for byte from the docs' example, headers as the docs list them.
    const QByteArray body = TestData::read(u"sandbox/create-invoice-request.json"_s);
    QNetworkRequest request(m_client->url(u"/pay/v01/redirect/checkout-invoice/create"_s));
    request.setRawHeader("Apikey", m_sandbox->options().apiKey.toUtf8());
    request.setRawHeader("Authorization", "Bearer " + m_sandbox->options().authToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Content-Type", "application/json");
    const TestReply reply =
        m_client->request("POST", request.url(), body,
                          {{"Apikey", m_sandbox->options().apiKey.toUtf8()},
                           {"Authorization", "Bearer " + m_sandbox->options().authToken.toUtf8()},
                           {"Accept", "application/json"},
                           {"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 200);
    const QJsonObject documented =
        QJsonDocument::fromJson(TestData::read(u"sandbox/create-invoice-success.json"_s)).object();
    compareShape(documented, reply.json(), u"create"_s);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value("response_code"_L1), documented.value("response_code"_L1));
    QCOMPARE(json.value("wiki"_L1), documented.value("wiki"_L1));
    QVERIFY(json.value("token"_L1).toString().startsWith(u"eyJ0eXAiOiJKV1Qi"_s));
    QVERIFY(json.value("response_text"_L1)
                .toString()
                .endsWith(u"/pay/invoice/"_s + json.value("token"_L1).toString()));
    // Only keys the docs know, plus "description" which the PHP SDK reads unconditionally.
    QStringList extra = json.keys();
    for (const QString &key : documented.keys())
        extra.removeAll(key);
    QCOMPARE(extra, QStringList{u"description"_s});

    const QJsonObject direct =
        QJsonDocument::fromJson(TestData::read(u"sandbox/direct-payin-accepted.json"_s)).object();
    QByteArray directBody = body;
    directBody.replace("\"customer\": \"\"", "\"customer\": \"22670000000\"");
    const QJsonObject directReply = m_client->createRaw(directBody, true).json();
    compareShape(direct, directReply, u"direct"_s);
    QCOMPARE(directReply.value("response_text"_L1), direct.value("response_text"_L1));
}

void SandboxApiTest::publishedClient_confirm_matchesDocumentedSchema()
{
    const QJsonObject schema =
        QJsonDocument::fromJson(TestData::read(u"sandbox/confirm-response-schema.json"_s)).object();
    QString token;
    const QJsonObject paid = paidConfirm(&token);
    compareShape(schema, paid, u"confirm"_s);
    QStringList keys = paid.keys();
    QStringList expected = schema.keys();
    expected.append(u"transaction_id"_s);
    expected.sort();
    QCOMPARE(keys, expected);

    // The same for the callback payload of the docs.
    const QJsonObject documentedCallback =
        QJsonDocument::fromJson(TestData::read(u"sandbox/payin-callback.json"_s)).object();
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
    const QJsonObject callback = m_merchant->callbacks().at(1).json();
    compareShape(documentedCallback, callback, u"callback"_s);
    QCOMPARE(callback.keys(), documentedCallback.keys());
}

void SandboxApiTest::publishedClient_errorEnvelope_matchesDocumentedShape()
{
    const QJsonObject documented =
        QJsonDocument::fromJson(TestData::read(u"sandbox/error-auth-code00.json"_s)).object();
    const TestReply reply =
        m_client->request("POST", m_client->url(u"/pay/v01/redirect/checkout-invoice/create"_s),
                          TestData::read(u"sandbox/create-invoice-request.json"_s),
                          {{"Apikey", "wrong"},
                           {"Authorization", "Bearer wrong"},
                           {"Content-Type", "application/json"}});
    QCOMPARE(reply.json(), documented);
}

void SandboxApiTest::era2024_confirmHasExactly2024Keys()
{
    QCOMPARE(m_client->control("PATCH", u"/_sandbox/scenario"_s, QJsonObject{{"era"_L1, u"2024"_s}})
                 .status,
             200);
    const QString token = m_client->createInvoice(300, m_merchant->url());
    QCOMPARE(m_client->control("POST", u"/_sandbox/invoices/"_s + token + u"/fail"_s).status, 200);
    const QJsonObject json = m_client->confirm(token).json();
    QStringList keys = json.keys();
    QStringList expected = {
        u"response_code"_s,  u"token"_s,       u"response_text"_s, u"description"_s,
        u"custom_data"_s,    u"wiki"_s,        u"amount"_s,        u"montant"_s,
        u"status"_s,         u"operator_id"_s, u"operator_name"_s, u"external_id"_s,
        u"transaction_id"_s, u"date"_s,        u"customer"_s,      u"request_id"_s};
    expected.sort();
    QCOMPARE(keys, expected);
    QCOMPARE(json.value("status"_L1).toString(), u"nocompleted"_s);
    QCOMPARE(
        json.value("custom_data"_L1).toArray().at(0).toObject().value("id_invoice"_L1).toString(),
        QString::number(m_sandbox->findByToken(token)->id));
}

QTEST_GUILESS_MAIN(SandboxApiTest)
#include "tst_sandboxapi.moc"
