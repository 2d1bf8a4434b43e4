#include "LigdiCashFixtures.h"
#include "ligdicash/InvoiceRequest.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using LigdiCashApi::PayinMode;
using Kind = LigdiCashError::Kind;

namespace {

// The inputs of the documented hosted example (create-invoice-request.json).
InvoiceRequest documentedHostedRequest()
{
    InvoiceRequest request;
    request.mode = PayinMode::Hosted;
    request.items = {
        {u"Pro Subscription"_s, u"Premium access for 1 month"_s, 1, Money::fromFrancs(5000)}};
    request.description = u"Pro Subscription \u2014 January 2025"_s;
    request.customerFirstName = u"Amadou"_s;
    request.customerLastName = u"Diallo"_s;
    request.customerEmail = u"amadou@example.com"_s;
    request.storeName = u"MyApp"_s;
    request.storeWebsiteUrl = QUrl(u"https://myapp.com"_s);
    request.cancelUrl = QUrl(u"https://myapp.com/payment/cancel"_s);
    request.returnUrl = QUrl(u"https://myapp.com/payment/success"_s);
    request.callbackUrl = QUrl(u"https://myapp.com/api/callback/ligdicash"_s);
    request.setTransactionId(u"ORD-2025-00042"_s);
    return request;
}

InvoiceRequest directRequest()
{
    InvoiceRequest request;
    request.mode = PayinMode::Direct;
    request.items = {{u"Riz parfum\u00e9 5 kg"_s, QString(), 2, Money::fromFrancs(4500)},
                     {u"Huile 1 L"_s, u"Bouteille"_s, 3, Money::fromFrancs(1250)}};
    request.description = u"Vente 0042 \u2014 Boutique Wend-Panga"_s;
    request.customer = u"22670000000"_s;
    request.otp = u"123456"_s;
    request.storeName = u"Boutique Wend-Panga"_s;
    request.storeWebsiteUrl = QUrl(u"https://wendpanga.example"_s);
    request.callbackUrl = QUrl(u"https://pos.wendpanga.example/ligdicash/callback"_s);
    request.setTransactionId(u"5d0c7c2e-3b1f-4f65-9b8e-0e8f3a2d9c41"_s);
    return request;
}

} // namespace

class TestLigdiCashRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostedRequest_equalsTheDocumentedBody();
    void directRequest_equalsTheDirectFixture();
    void builtBody_parsesBackToTheSameRequest_data();
    void builtBody_parsesBackToTheSameRequest();
    void documentedBody_parsesWithEveryField();
    void emptyItems_totalAmountAloneIsCollected();
    void overflow_isAnErrorNotAWrap_data();
    void overflow_isAnErrorNotAWrap();
    void invalidInput_refusedWhenBuilding_data();
    void invalidInput_refusedWhenBuilding();
    void receivedBody_refusedWithFieldAndSubCode_data();
    void receivedBody_refusedWithFieldAndSubCode();
    void lowerCaseCurrency_isAccepted();
    void amountRange_isTheCallersChoice();
    void emptyOrMissingRedirectUrls_areAccepted();
};

void TestLigdiCashRequest::hostedRequest_equalsTheDocumentedBody()
{
    const LigdiCashResult<QJsonObject> json = documentedHostedRequest().toJson();
    QVERIFY2(json.isOk(), qPrintable(json.isOk() ? QString() : json.error().toString()));
    QCOMPARE(QJsonDocument(*json),
             QJsonDocument(LigdiCashFixtures::object(u"create-invoice-request.json"_s)));
}

void TestLigdiCashRequest::directRequest_equalsTheDirectFixture()
{
    const LigdiCashResult<QJsonObject> json = directRequest().toJson();
    QVERIFY2(json.isOk(), qPrintable(json.isOk() ? QString() : json.error().toString()));
    QCOMPARE(QJsonDocument(*json),
             QJsonDocument(LigdiCashFixtures::object(u"create-invoice-request-direct.json"_s)));
}

void TestLigdiCashRequest::builtBody_parsesBackToTheSameRequest_data()
{
    QTest::addColumn<InvoiceRequest>("request");
    QTest::newRow("hosted") << documentedHostedRequest();
    QTest::newRow("direct") << directRequest();
}

void TestLigdiCashRequest::builtBody_parsesBackToTheSameRequest()
{
    QFETCH(InvoiceRequest, request);
    const LigdiCashResult<QByteArray> body = request.toBody();
    QVERIFY(body.isOk());
    const LigdiCashResult<InvoiceRequest> parsed = InvoiceRequest::parse(*body, request.mode);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error().toString()));
    InvoiceRequest expected = request;
    expected.totalAmount = *request.total();
    QCOMPARE(*parsed, expected);
}

void TestLigdiCashRequest::documentedBody_parsesWithEveryField()
{
    const LigdiCashResult<InvoiceRequest> parsed = InvoiceRequest::parse(
        LigdiCashFixtures::read(u"create-invoice-request.json"_s), PayinMode::Hosted);
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed->totalAmount, Money::fromFrancs(5000));
    QCOMPARE(parsed->items.size(), 1);
    QCOMPARE(parsed->items.first().unitPrice, Money::fromFrancs(5000));
    QCOMPARE(parsed->transactionId(), u"ORD-2025-00042"_s);
    QCOMPARE(parsed->callbackUrl, QUrl(u"https://myapp.com/api/callback/ligdicash"_s));
    QCOMPARE(parsed->customer, QString());
    QCOMPARE(parsed->description, u"Pro Subscription \u2014 January 2025"_s);

    const LigdiCashResult<InvoiceRequest> direct = InvoiceRequest::parse(
        LigdiCashFixtures::read(u"create-invoice-request-direct.json"_s), PayinMode::Direct);
    QVERIFY(direct.isOk());
    QCOMPARE(direct->customer, u"22670000000"_s);
    QCOMPARE(direct->otp, u"123456"_s);
    QCOMPARE(direct->totalAmount, Money::fromFrancs(12750));
    QVERIFY(direct->cancelUrl.isEmpty());
}

void TestLigdiCashRequest::emptyItems_totalAmountAloneIsCollected()
{
    InvoiceRequest request = documentedHostedRequest();
    request.items.clear();
    request.totalAmount = Money::fromFrancs(750);
    const LigdiCashResult<QJsonObject> json = request.toJson();
    QVERIFY(json.isOk());
    const QJsonObject invoice =
        json->value(u"commande"_s).toObject().value(u"invoice"_s).toObject();
    QCOMPARE(invoice.value(u"items"_s).toArray().size(), 0);
    QCOMPARE(invoice.value(u"total_amount"_s).toInteger(), 750);

    const LigdiCashResult<InvoiceRequest> parsed =
        InvoiceRequest::parse(*request.toBody(), PayinMode::Hosted);
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed->totalAmount, Money::fromFrancs(750));
}

void TestLigdiCashRequest::overflow_isAnErrorNotAWrap_data()
{
    QTest::addColumn<QList<InvoiceRequest::Item>>("items");
    QTest::addColumn<QString>("field");

    const qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("quantity × price overflows")
        << QList<InvoiceRequest::Item>{{u"A"_s, QString(), 1000, Money::fromFrancs(max / 10)}}
        << u"commande.invoice.items[0].total_price"_s;
    QTest::newRow("line above 2^53")
        << QList<InvoiceRequest::Item>{{u"A"_s, QString(), 2,
                                        Money::fromFrancs((qint64(1) << 53) - 1)}}
        << u"commande.invoice.items[0].total_price"_s;
    QTest::newRow("line equal to int64 max")
        << QList<InvoiceRequest::Item>{{u"A"_s, QString(), 1, Money::fromFrancs(max)},
                                       {u"B"_s, QString(), 1, Money::fromFrancs(max)}}
        << u"commande.invoice.items[0].total_price"_s;
    QTest::newRow("sum above 2^53")
        << QList<InvoiceRequest::Item>{{u"A"_s, QString(), 1, Money::fromFrancs(qint64(1) << 52)},
                                       {u"B"_s, QString(), 1, Money::fromFrancs(qint64(1) << 52)}}
        << u"commande.invoice.total_amount"_s;
}

void TestLigdiCashRequest::overflow_isAnErrorNotAWrap()
{
    QFETCH(QList<InvoiceRequest::Item>, items);
    QFETCH(QString, field);
    InvoiceRequest request = documentedHostedRequest();
    request.items = items;
    const LigdiCashResult<QJsonObject> json = request.toJson();
    QVERIFY(!json.isOk());
    QCOMPARE(json.error().kind(), Kind::AmountOutOfRange);
    QCOMPARE(json.error().field(), field);
    QVERIFY(!request.toBody().isOk());
}

void TestLigdiCashRequest::invalidInput_refusedWhenBuilding_data()
{
    QTest::addColumn<InvoiceRequest>("request");
    QTest::addColumn<QString>("field");

    InvoiceRequest r = documentedHostedRequest();
    r.customer = u"22670000000"_s;
    QTest::newRow("hosted with a customer") << r << u"commande.invoice.customer"_s;
    r = documentedHostedRequest();
    r.otp = u"1234"_s;
    QTest::newRow("hosted with an otp") << r << u"commande.invoice.otp"_s;
    r = directRequest();
    r.customer.clear();
    QTest::newRow("direct without customer") << r << u"commande.invoice.customer"_s;
    r = directRequest();
    r.customer = u"+226 70 00 00 00"_s;
    QTest::newRow("direct customer with + and spaces") << r << u"commande.invoice.customer"_s;
    r = documentedHostedRequest();
    r.customData.clear();
    QTest::newRow("no transaction id") << r << u"commande.custom_data.transaction_id"_s;
    r = documentedHostedRequest();
    r.callbackUrl = QUrl();
    QTest::newRow("no callback url") << r << u"commande.actions.callback_url"_s;
    r = documentedHostedRequest();
    r.items[0].quantity = 0;
    QTest::newRow("zero quantity") << r << u"commande.invoice.items[0].quantity"_s;
    r = documentedHostedRequest();
    r.items[0].unitPrice = Money::fromFrancs(-1);
    QTest::newRow("negative price") << r << u"commande.invoice.items[0].unit_price"_s;
    r = documentedHostedRequest();
    r.items[0].name.clear();
    QTest::newRow("unnamed item") << r << u"commande.invoice.items[0].name"_s;
    r = documentedHostedRequest();
    r.items[0].unitPrice = Money::fromFrancs(0);
    QTest::newRow("nothing to pay") << r << u"commande.invoice.total_amount"_s;
}

void TestLigdiCashRequest::invalidInput_refusedWhenBuilding()
{
    QFETCH(InvoiceRequest, request);
    QFETCH(QString, field);
    const LigdiCashResult<QJsonObject> json = request.toJson();
    QVERIFY(!json.isOk());
    QCOMPARE(json.error().field(), field);
}

void TestLigdiCashRequest::receivedBody_refusedWithFieldAndSubCode_data()
{
    using namespace LigdiCashFixtures;
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("subCode");
    QTest::addColumn<QString>("field");

    const QJsonObject hosted = object(u"create-invoice-request.json"_s);
    const QJsonObject direct = object(u"create-invoice-request-direct.json"_s);
    const int h = int(PayinMode::Hosted);
    const int d = int(PayinMode::Direct);
    const int malformed = int(Kind::Malformed);
    const int amount = int(Kind::AmountOutOfRange);
    const QString inv = u"commande.invoice."_s;

    QTest::newRow("truncated JSON") << read(u"create-invoice-request.json"_s).left(300) << h
                                    << malformed << u"08"_s << u"body"_s;
    QTest::newRow("empty body") << QByteArray() << h << malformed << u"08"_s << u"body"_s;
    QTest::newRow("array root") << QByteArray("[]") << h << malformed << u"08"_s << u"body"_s;
    QTest::newRow("no commande") << without(hosted, u"commande"_s) << h << malformed << u"08"_s
                                 << u"commande"_s;
    QTest::newRow("commande is a string")
        << withValue(hosted, u"commande"_s, u"x"_s) << h << malformed << u"08"_s << u"commande"_s;
    QTest::newRow("no invoice") << without(hosted, u"commande.invoice"_s) << h << malformed
                                << u"08"_s << u"commande.invoice"_s;
    QTest::newRow("items not an array") << withValue(hosted, u"commande.invoice.items"_s, 5) << h
                                        << malformed << u"08"_s << inv + u"items"_s;
    QTest::newRow("item not an object") << withValue(hosted, u"commande.invoice.items.0"_s, u"x"_s)
                                        << h << malformed << u"08"_s << inv + u"items[0]"_s;
    QTest::newRow("quantity as string")
        << withValue(hosted, u"commande.invoice.items.0.quantity"_s, u"1"_s) << h << malformed
        << u"08"_s << inv + u"items[0].quantity"_s;
    QTest::newRow("fractional unit price")
        << withValue(hosted, u"commande.invoice.items.0.unit_price"_s, 5000.5) << h << malformed
        << u"08"_s << inv + u"items[0].unit_price"_s;
    QTest::newRow("huge unit price")
        << withValue(hosted, u"commande.invoice.items.0.unit_price"_s, 1e300) << h << malformed
        << u"08"_s << inv + u"items[0].unit_price"_s;
    QTest::newRow("unit price 2^53+1, exact integer literal")
        << withValue(hosted, u"commande.invoice.items.0.unit_price"_s,
                     QJsonValue(qint64(9007199254740993)))
        << h << malformed << u"08"_s << inv + u"items[0].unit_price"_s;
    QTest::newRow("negative quantity")
        << withValue(hosted, u"commande.invoice.items.0.quantity"_s, -1) << h << malformed
        << u"08"_s << inv + u"items[0].quantity"_s;
    QTest::newRow("total_price is not quantity × unit_price")
        << withValue(hosted, u"commande.invoice.items.0.total_price"_s, 4000) << h << malformed
        << u"08"_s << inv + u"items[0].total_price"_s;
    QTest::newRow("total_amount is not the sum")
        << withValue(hosted, u"commande.invoice.total_amount"_s, 6000) << h << malformed << u"08"_s
        << inv + u"total_amount"_s;
    QTest::newRow("total_amount as string")
        << withValue(hosted, u"commande.invoice.total_amount"_s, u"5000"_s) << h << malformed
        << u"08"_s << inv + u"total_amount"_s;
    QTest::newRow("no total_amount") << without(hosted, u"commande.invoice.total_amount"_s) << h
                                     << malformed << u"08"_s << inv + u"total_amount"_s;
    QTest::newRow("no devise") << without(hosted, u"commande.invoice.devise"_s) << h << malformed
                               << u"08"_s << inv + u"devise"_s;
    QTest::newRow("EUR") << withValue(hosted, u"commande.invoice.devise"_s, u"EUR"_s) << h
                         << int(Kind::UnsupportedCurrency) << u"08"_s << inv + u"devise"_s;
    QTest::newRow("eur lower case")
        << withValue(hosted, u"commande.invoice.devise"_s, u"eur"_s) << h
        << int(Kind::UnsupportedCurrency) << u"08"_s << inv + u"devise"_s;
    QTest::newRow("customer_email as number")
        << withValue(hosted, u"commande.invoice.customer_email"_s, 3) << h << malformed << u"08"_s
        << inv + u"customer_email"_s;
    QTest::newRow("huge item name")
        << withValue(hosted, u"commande.invoice.items.0.name"_s, QString(10000, u'x')) << h
        << malformed << u"08"_s << inv + u"items[0].name"_s;
    QTest::newRow("direct without customer")
        << withValue(direct, u"commande.invoice.customer"_s, QString()) << d << malformed << u"08"_s
        << inv + u"customer"_s;
    QTest::newRow("direct customer with letters")
        << withValue(direct, u"commande.invoice.customer"_s, u"2267000000a"_s) << d << malformed
        << u"08"_s << inv + u"customer"_s;
    QTest::newRow("no store") << without(hosted, u"commande.store"_s) << h << malformed << u"08"_s
                              << u"commande.store"_s;
    QTest::newRow("bad website url")
        << withValue(hosted, u"commande.store.website_url"_s, u"myapp"_s) << h << malformed
        << u"08"_s << u"commande.store.website_url"_s;
    QTest::newRow("no callback url") << without(hosted, u"commande.actions.callback_url"_s) << h
                                     << malformed << u"08"_s << u"commande.actions.callback_url"_s;
    QTest::newRow("callback url not http")
        << withValue(hosted, u"commande.actions.callback_url"_s, u"ftp://x.example/cb"_s) << h
        << malformed << u"08"_s << u"commande.actions.callback_url"_s;
    QTest::newRow("no custom_data") << without(hosted, u"commande.custom_data"_s) << h << malformed
                                    << u"08"_s << u"commande.custom_data"_s;
    QTest::newRow("custom_data as array")
        << withValue(hosted, u"commande.custom_data"_s, QJsonArray{1}) << h << malformed << u"08"_s
        << u"commande.custom_data"_s;
    QTest::newRow("custom_data not flat")
        << withValue(hosted, u"commande.custom_data.transaction_id"_s, QJsonObject{{u"a"_s, 1}})
        << h << malformed << u"08"_s << u"commande.custom_data.transaction_id"_s;
    QTest::newRow("below minimum")
        << withValue(set(hosted, u"commande.invoice.items"_s, QJsonArray()),
                     u"commande.invoice.total_amount"_s, 5)
        << h << amount << u"02"_s << inv + u"total_amount"_s;
    QTest::newRow("above maximum")
        << withValue(set(set(hosted, u"commande.invoice.items.0.unit_price"_s, 3000000),
                         u"commande.invoice.items.0.total_price"_s, 3000000),
                     u"commande.invoice.total_amount"_s, 3000000)
        << h << amount << u"02"_s << inv + u"total_amount"_s;
}

void TestLigdiCashRequest::receivedBody_refusedWithFieldAndSubCode()
{
    QFETCH(QByteArray, body);
    QFETCH(int, mode);
    QFETCH(int, kind);
    QFETCH(QString, subCode);
    QFETCH(QString, field);

    const LigdiCashResult<InvoiceRequest> parsed = InvoiceRequest::parse(body, PayinMode(mode));
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.error().field(), field);
    QCOMPARE(int(parsed.error().kind()), kind);
    QCOMPARE(parsed.error().subCode(), subCode);
    QCOMPARE(parsed.error().responseText(), u"Echec (Code"_s + subCode + u')');
    QVERIFY(!parsed.error().detail().isEmpty());
}

void TestLigdiCashRequest::lowerCaseCurrency_isAccepted()
{
    const QByteArray body =
        LigdiCashFixtures::withValue(LigdiCashFixtures::object(u"create-invoice-request.json"_s),
                                     u"commande.invoice.devise"_s, u"xof"_s);
    QVERIFY(InvoiceRequest::parse(body, PayinMode::Hosted).isOk());
}

void TestLigdiCashRequest::amountRange_isTheCallersChoice()
{
    const QByteArray body = LigdiCashFixtures::read(u"create-invoice-request.json"_s);
    QVERIFY(InvoiceRequest::parse(body, PayinMode::Hosted, Money::fromFrancs(5000),
                                  Money::fromFrancs(5000))
                .isOk());
    const LigdiCashResult<InvoiceRequest> tooBig = InvoiceRequest::parse(
        body, PayinMode::Hosted, Money::fromFrancs(20), Money::fromFrancs(4999));
    QVERIFY(!tooBig.isOk());
    QCOMPARE(tooBig.error().subCode(), u"02"_s);
    QCOMPARE(tooBig.error().kind(), Kind::AmountOutOfRange);
}

void TestLigdiCashRequest::emptyOrMissingRedirectUrls_areAccepted()
{
    using namespace LigdiCashFixtures;
    const QJsonObject hosted = object(u"create-invoice-request.json"_s);
    QVERIFY(InvoiceRequest::parse(withValue(hosted, u"commande.actions.cancel_url"_s, QString()),
                                  PayinMode::Hosted)
                .isOk());
    const LigdiCashResult<InvoiceRequest> missing =
        InvoiceRequest::parse(without(hosted, u"commande.actions.return_url"_s), PayinMode::Hosted);
    QVERIFY(missing.isOk());
    QVERIFY(missing->returnUrl.isEmpty());
}

QTEST_GUILESS_MAIN(TestLigdiCashRequest)
#include "tst_ligdicash_request.moc"
