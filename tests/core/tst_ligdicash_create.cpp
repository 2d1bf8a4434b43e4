#include "LigdiCashFixtures.h"
#include "ligdicash/CreateInvoiceResponse.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using LigdiCashApi::PayinMode;

class TestLigdiCashCreate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostedAnswer_givesTokenAndPaymentPage();
    void seedAnswer_withDescriptionAndConfirmUrl_parses();
    void directAnswer_givesTokenAndNoUrl();
    void directAnswerWithOperatorUrl_givesThatUrl();
    void hostedAnswerWithoutUrl_isMalformed();
    void authError_isRejectedCode00();
    void everySubCode_isRejectedWithIt_data();
    void everySubCode_isRejectedWithIt();
    void malformedAnswer_namesTheField_data();
    void malformedAnswer_namesTheField();
    void unknownFields_areIgnored();
    void successJson_parsesBack();
    void urls_followTheDocumentedPaths();
};

void TestLigdiCashCreate::hostedAnswer_givesTokenAndPaymentPage()
{
    const LigdiCashResult<CreateInvoiceResponse> response = CreateInvoiceResponse::parse(
        LigdiCashFixtures::read(u"create-invoice-success.json"_s), PayinMode::Hosted);
    QVERIFY(response.isOk());
    QCOMPARE(response->token, u"eyJ0eXAiOiJKV1Qi..."_s);
    QCOMPARE(response->paymentUrl,
             QUrl(u"https://app.ligdicash.com/pay/invoice/eyJ0eXAiOiJKV1Qi..."_s));
    QCOMPARE(response->wiki, QString(LigdiCashApi::wikiCreateInvoice));
    QVERIFY(response->description.isEmpty());
}

void TestLigdiCashCreate::seedAnswer_withDescriptionAndConfirmUrl_parses()
{
    const LigdiCashResult<CreateInvoiceResponse> response = CreateInvoiceResponse::parse(
        LigdiCashFixtures::read(u"create-invoice-success-seed.json"_s), PayinMode::Hosted);
    QVERIFY(response.isOk());
    QCOMPARE(response->token, u"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9..."_s);
    QCOMPARE(
        response->paymentUrl,
        QUrl(
            u"https://app.ligdicash.com/pay/v01/redirect/checkout-invoice/confirm?token=eyJ0..."_s));
    QCOMPARE(response->description, u"Checkout-Invoice created with success."_s);
    QVERIFY(response->wiki.isEmpty());
}

void TestLigdiCashCreate::directAnswer_givesTokenAndNoUrl()
{
    const LigdiCashResult<CreateInvoiceResponse> response = CreateInvoiceResponse::parse(
        LigdiCashFixtures::read(u"direct-payin-accepted.json"_s), PayinMode::Direct);
    QVERIFY(response.isOk());
    QCOMPARE(response->token, u"eyJ0eXAiOiJKV1Qi..."_s);
    QVERIFY(response->paymentUrl.isEmpty());
    QCOMPARE(response->responseText, LigdiCashApi::directPayinAcceptedText.toString());
}

void TestLigdiCashCreate::directAnswerWithOperatorUrl_givesThatUrl()
{
    const QByteArray body = LigdiCashFixtures::withValue(
        LigdiCashFixtures::object(u"direct-payin-accepted.json"_s), u"response_text"_s,
        u"https://operator.example/validate?ref=42"_s);
    const LigdiCashResult<CreateInvoiceResponse> response =
        CreateInvoiceResponse::parse(body, PayinMode::Direct);
    QVERIFY(response.isOk());
    QCOMPARE(response->paymentUrl, QUrl(u"https://operator.example/validate?ref=42"_s));
}

void TestLigdiCashCreate::hostedAnswerWithoutUrl_isMalformed()
{
    const LigdiCashResult<CreateInvoiceResponse> response = CreateInvoiceResponse::parse(
        LigdiCashFixtures::read(u"direct-payin-accepted.json"_s), PayinMode::Hosted);
    QVERIFY(!response.isOk());
    QCOMPARE(response.error().kind(), LigdiCashError::Kind::Malformed);
    QCOMPARE(response.error().field(), u"response_text"_s);
}

void TestLigdiCashCreate::authError_isRejectedCode00()
{
    const LigdiCashResult<CreateInvoiceResponse> response = CreateInvoiceResponse::parse(
        LigdiCashFixtures::read(u"error-auth-code00.json"_s), PayinMode::Hosted);
    QVERIFY(!response.isOk());
    const LigdiCashError &error = response.error();
    QCOMPARE(error.kind(), LigdiCashError::Kind::Rejected);
    QCOMPARE(error.endpoint(), LigdiCashApi::Endpoint::CreateInvoice);
    QCOMPARE(error.subCode(), u"00"_s);
    QCOMPARE(error.detail(), u"Echec (Code00)"_s);
    QCOMPARE(error.userMessage(), u"LigdiCash refused the shop's API keys. Check the API key and "
                                  "token in the server settings."_s);
    QVERIFY(!error.retryable());
}

void TestLigdiCashCreate::everySubCode_isRejectedWithIt_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryable");
    for (int i = 0; i <= 16; ++i) {
        const QString code = u"%1"_s.arg(i, 2, 10, QChar(u'0'));
        const bool retryable = i == 4 || i == 5 || i == 6 || i == 9;
        QTest::newRow(qPrintable(u"Code"_s + code)) << code << retryable;
    }
    QTest::newRow("Code03a") << u"03a"_s << false;
    QTest::newRow("Code17 (beyond the public table)") << u"17"_s << false;
}

void TestLigdiCashCreate::everySubCode_isRejectedWithIt()
{
    QFETCH(QString, code);
    QFETCH(bool, retryable);
    const QByteArray body =
        LigdiCashFixtures::withValue(LigdiCashFixtures::object(u"error-auth-code00.json"_s),
                                     u"response_text"_s, QString(u"Echec (Code"_s + code + u')'));
    for (const PayinMode mode : {PayinMode::Hosted, PayinMode::Direct}) {
        const LigdiCashResult<CreateInvoiceResponse> response =
            CreateInvoiceResponse::parse(body, mode);
        QVERIFY(!response.isOk());
        QCOMPARE(response.error().subCode(), code);
        QCOMPARE(response.error().retryable(), retryable);
        QVERIFY(!response.error().userMessage().isEmpty());
    }
}

void TestLigdiCashCreate::malformedAnswer_namesTheField_data()
{
    using namespace LigdiCashFixtures;
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    const QJsonObject success = object(u"create-invoice-success.json"_s);
    QTest::newRow("truncated") << read(u"create-invoice-success.json"_s).left(60) << u"body"_s;
    QTest::newRow("empty") << QByteArray() << u"body"_s;
    QTest::newRow("html error page") << QByteArray("<html>502 Bad Gateway</html>") << u"body"_s;
    QTest::newRow("array") << QByteArray("[{\"response_code\":\"00\"}]") << u"body"_s;
    QTest::newRow("no response_code") << without(success, u"response_code"_s) << u"response_code"_s;
    QTest::newRow("numeric response_code")
        << withValue(success, u"response_code"_s, 0) << u"response_code"_s;
    QTest::newRow("unknown response_code")
        << withValue(success, u"response_code"_s, u"02"_s) << u"response_code"_s;
    QTest::newRow("no token") << without(success, u"token"_s) << u"token"_s;
    QTest::newRow("empty token") << withValue(success, u"token"_s, QString()) << u"token"_s;
    QTest::newRow("token as number") << withValue(success, u"token"_s, 12) << u"token"_s;
    QTest::newRow("huge token") << withValue(success, u"token"_s, QString(5000, u'a'))
                                << u"token"_s;
    QTest::newRow("response_text as object")
        << withValue(success, u"response_text"_s, QJsonObject()) << u"response_text"_s;
    QTest::newRow("relative url") << withValue(success, u"response_text"_s, u"/pay/invoice/x"_s)
                                  << u"response_text"_s;
    QTest::newRow("error with response_text as number")
        << withValue(object(u"error-auth-code00.json"_s), u"response_text"_s, 5)
        << u"response_text"_s;
    QTest::newRow("too large") << QByteArray(70 * 1024, ' ') << u"body"_s;
}

void TestLigdiCashCreate::malformedAnswer_namesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const LigdiCashResult<CreateInvoiceResponse> response =
        CreateInvoiceResponse::parse(body, PayinMode::Hosted);
    QVERIFY(!response.isOk());
    QCOMPARE(response.error().kind(), LigdiCashError::Kind::Malformed);
    QCOMPARE(response.error().field(), field);
    QVERIFY(response.error().subCode().isEmpty());
}

void TestLigdiCashCreate::unknownFields_areIgnored()
{
    QJsonObject answer = LigdiCashFixtures::object(u"create-invoice-success.json"_s);
    answer.insert(u"custom_data"_s, QJsonArray{QJsonObject{{u"id_invoice"_s, u"1"_s}}});
    answer.insert(u"description"_s, QString());
    answer.insert(u"something_new"_s, QJsonObject{{u"a"_s, 1}});
    QVERIFY(
        CreateInvoiceResponse::parse(LigdiCashFixtures::compact(answer), PayinMode::Hosted).isOk());
}

void TestLigdiCashCreate::successJson_parsesBack()
{
    CreateInvoiceResponse response;
    response.token = u"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.sig"_s;
    response.paymentUrl =
        LigdiCashApi::paymentPageUrl(QUrl(u"http://127.0.0.1:8080"_s), response.token);
    response.responseText = response.paymentUrl.toString();
    response.wiki = QString(LigdiCashApi::wikiCreateInvoice);
    const QJsonObject json = response.toJson();
    QCOMPARE(json.value(u"description"_s), QJsonValue(QString()));
    QCOMPARE(json.value(u"response_code"_s), QJsonValue(u"00"_s));
    const LigdiCashResult<CreateInvoiceResponse> parsed =
        CreateInvoiceResponse::fromJson(json, PayinMode::Hosted);
    QVERIFY(parsed.isOk());
    QCOMPARE(*parsed, response);
}

void TestLigdiCashCreate::urls_followTheDocumentedPaths()
{
    const QUrl base(u"https://app.ligdicash.com"_s);
    QCOMPARE(LigdiCashApi::createUrl(base, PayinMode::Hosted).toString(),
             u"https://app.ligdicash.com/pay/v01/redirect/checkout-invoice/create"_s);
    QCOMPARE(LigdiCashApi::createUrl(QUrl(u"http://127.0.0.1:9/"_s), PayinMode::Direct).toString(),
             u"http://127.0.0.1:9/pay/v01/straight/checkout-invoice/create"_s);
    QCOMPARE(LigdiCashApi::confirmUrl(base, u"eyJ.a+b/c="_s).toString(QUrl::FullyEncoded),
             u"https://app.ligdicash.com/pay/v01/redirect/checkout-invoice/confirm/"
             "?invoiceToken=eyJ.a%2Bb%2Fc%3D"_s);
    QCOMPARE(LigdiCashApi::paymentPageUrl(base, u"abc"_s).toString(),
             u"https://app.ligdicash.com/pay/invoice/abc"_s);
    QVERIFY(LigdiCashApi::findOperator(u"11"));
    QCOMPARE(LigdiCashApi::findOperator(u"11")->name, "ORANGE BURKINA"_L1);
    QCOMPARE(LigdiCashApi::findOperator(u"12")->name, "MOOV AFRICA BURKINA"_L1);
    QVERIFY(!LigdiCashApi::findOperator(u""));
    QVERIFY(!LigdiCashApi::findOperator(u"99"));
}

QTEST_GUILESS_MAIN(TestLigdiCashCreate)
#include "tst_ligdicash_create.moc"
