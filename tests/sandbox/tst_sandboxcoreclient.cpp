// Comptoir's own LigdiCash client code (core/ligdicash: CreateInvoiceResponse, ConfirmResponse,
// CallbackPayload) reads every answer and callback the sandbox produces, in every era and
// variant, the way it reads LigdiCash's: the sandbox is only useful if our client cannot tell.

#include "Sandbox.h"
#include "SandboxTestKit.h"
#include "ligdicash/CallbackPayload.h"
#include "ligdicash/ConfirmResponse.h"
#include "ligdicash/CreateInvoiceResponse.h"
#include "ligdicash/InvoiceRequest.h"

#include <QTest>

using namespace Qt::StringLiterals;

class SandboxCoreClientTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createBuiltByCore_isAcceptedAndReadBack_data();
    void createBuiltByCore_isAcceptedAndReadBack();
    void confirm_isReadInEveryVariant_data();
    void confirm_isReadInEveryVariant();
    void callbacks_bothEncodingsReadAsOneEvent_data();
    void callbacks_bothEncodingsReadAsOneEvent();
    void errors_carryTheirSubCode();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestClient> m_client;
    std::unique_ptr<MerchantServer> m_merchant;
};

void SandboxCoreClientTest::init()
{
    m_sandbox = std::make_unique<Sandbox>(SandboxOptions{});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = std::make_unique<TestClient>(m_sandbox.get());
    m_merchant = std::make_unique<MerchantServer>();
}

void SandboxCoreClientTest::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_merchant.reset();
}

namespace {

InvoiceRequest coreRequest(LigdiCashApi::PayinMode mode, const QUrl &merchant)
{
    InvoiceRequest request;
    request.mode = mode;
    request.items = {{u"Savon"_s, QString(), 3, Money::fromFrancs(250)},
                     {u"Riz 5 kg"_s, u"sac"_s, 1, Money::fromFrancs(4000)}};
    request.description = u"Commande ORD-77"_s;
    request.customer = mode == LigdiCashApi::PayinMode::Direct ? u"22670000000"_s : QString();
    request.storeName = u"Boutique Awa"_s;
    request.storeWebsiteUrl = merchant;
    request.returnUrl = merchant.resolved(QUrl(u"/shop/return?order=ORD-77"_s));
    request.cancelUrl = merchant.resolved(QUrl(u"/shop/cancel?order=ORD-77"_s));
    request.callbackUrl = merchant.resolved(QUrl(u"/callback"_s));
    request.setTransactionId(u"ORD-77"_s);
    return request;
}

} // namespace

void SandboxCoreClientTest::createBuiltByCore_isAcceptedAndReadBack_data()
{
    QTest::addColumn<bool>("direct");
    QTest::newRow("hosted") << false;
    QTest::newRow("direct") << true;
}

void SandboxCoreClientTest::createBuiltByCore_isAcceptedAndReadBack()
{
    QFETCH(bool, direct);
    const auto mode = direct ? LigdiCashApi::PayinMode::Direct : LigdiCashApi::PayinMode::Hosted;
    const auto body = coreRequest(mode, m_merchant->url()).toBody();
    QVERIFY(body);
    const TestReply reply = m_client->createRaw(*body, direct);
    const auto created = CreateInvoiceResponse::parse(reply.body, mode);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    QVERIFY(!created->token.isEmpty());
    if (!direct)
        QCOMPARE(created->paymentUrl,
                 LigdiCashApi::paymentPageUrl(m_sandbox->publicUrl(), created->token));
    const auto confirmed = ConfirmResponse::parse(m_client->confirm(created->token).body);
    QVERIFY(confirmed);
    QCOMPARE(confirmed->amount, std::optional<Money>(Money::fromFrancs(4750)));
    QCOMPARE(confirmed->merchantTransactionId(), u"ORD-77"_s);
}

void SandboxCoreClientTest::confirm_isReadInEveryVariant_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QTest::addColumn<QString>("settle"); // "", "pay", "fail"
    QTest::addColumn<int>("status");
    const QList<QPair<const char *, QJsonObject>> scenarios = {
        {"2026", QJsonObject{}},
        {"2024", QJsonObject{{"era"_L1, u"2024"_s}}},
        {"string amounts", QJsonObject{{"callbacks"_L1, QJsonObject{{"stringAmounts"_L1, true}}}}},
        {"nocompleted", QJsonObject{{"callbacks"_L1, QJsonObject{{"nocompleted"_L1, true}}}}},
    };
    for (const auto &[name, scenario] : scenarios) {
        QTest::addRow("%s pending", name)
            << scenario << QString() << int(TransactionReport::Status::Pending);
        QTest::addRow("%s completed", name)
            << scenario << u"pay"_s << int(TransactionReport::Status::Completed);
        QTest::addRow("%s failed", name)
            << scenario << u"fail"_s << int(TransactionReport::Status::NotCompleted);
    }
}

void SandboxCoreClientTest::confirm_isReadInEveryVariant()
{
    QFETCH(QJsonObject, scenario);
    QFETCH(QString, settle);
    QFETCH(int, status);
    QCOMPARE(m_client->control("PUT", u"/_sandbox/scenario"_s, scenario).status, 200);
    const QString token = m_client->createInvoice(4200, m_merchant->url(), u"ORD-5"_s);
    if (!settle.isEmpty())
        QCOMPARE(
            m_client
                ->control("POST", u"/_sandbox/invoices/"_s + token + u'/' + settle,
                          QJsonObject{{"operator"_L1, u"12"_s}, {"customer"_L1, u"22670112233"_s}})
                .status,
            200);
    const auto confirmed = ConfirmResponse::parse(m_client->confirm(token).body);
    QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().toString()));
    QCOMPARE(int(confirmed->status), status);
    QCOMPARE(confirmed->amount, std::optional<Money>(Money::fromFrancs(4200)));
    QCOMPARE(confirmed->merchantTransactionId(), u"ORD-5"_s);
    if (status == int(TransactionReport::Status::Completed)) {
        QCOMPARE(confirmed->operatorId, u"12"_s);
        QCOMPARE(confirmed->customer, u"22670112233"_s);
    } else if (status == int(TransactionReport::Status::Pending)) {
        QCOMPARE(confirmed->operatorId, QString());
        QCOMPARE(confirmed->customer, QString());
    }
}

void SandboxCoreClientTest::callbacks_bothEncodingsReadAsOneEvent_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QTest::newRow("2026") << QJsonObject{};
    QTest::newRow("2024") << QJsonObject{{"era"_L1, u"2024"_s}};
    QTest::newRow("string amounts, token") << QJsonObject{
        {"callbacks"_L1, QJsonObject{{"stringAmounts"_L1, true}, {"nonEmptyToken"_L1, true}}}};
}

void SandboxCoreClientTest::callbacks_bothEncodingsReadAsOneEvent()
{
    QFETCH(QJsonObject, scenario);
    QCOMPARE(m_client->control("PUT", u"/_sandbox/scenario"_s, scenario).status, 200);
    const QString token = m_client->createInvoice(4200, m_merchant->url(), u"ORD-6"_s);
    QCOMPARE(m_client->control("POST", u"/_sandbox/invoices/"_s + token + u"/pay"_s).status, 200);
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
    const auto form =
        CallbackPayload::parse(QString::fromLatin1(m_merchant->callbacks().at(0).contentType),
                               m_merchant->callbacks().at(0).body);
    const auto json =
        CallbackPayload::parse(QString::fromLatin1(m_merchant->callbacks().at(1).contentType),
                               m_merchant->callbacks().at(1).body);
    QVERIFY2(form, qPrintable(form ? QString() : form.error().toString()));
    QVERIFY2(json, qPrintable(json ? QString() : json.error().toString()));
    QCOMPARE(form->encoding, CallbackPayload::Encoding::FormUrlEncoded);
    QCOMPARE(json->encoding, CallbackPayload::Encoding::Json);
    QCOMPARE(form->dedupKey(), json->dedupKey());
    QCOMPARE(json->transactionId(), u"ORD-6"_s);
    QVERIFY(json->isCompleted());
    QCOMPARE(json->amount, std::optional<Money>(Money::fromFrancs(4200)));
}

void SandboxCoreClientTest::errors_carryTheirSubCode()
{
    const TestReply refused = m_client->create(TestClient::invoiceBody(5, m_merchant->url()));
    const auto created =
        CreateInvoiceResponse::parse(refused.body, LigdiCashApi::PayinMode::Hosted);
    QVERIFY(!created);
    QCOMPARE(created.error().subCode(), u"02"_s);
    const auto confirmed = ConfirmResponse::parse(m_client->confirm(u"nope"_s).body);
    QVERIFY(!confirmed);
    QCOMPARE(confirmed.error().subCode(), u"02"_s);
}

QTEST_GUILESS_MAIN(SandboxCoreClientTest)
#include "tst_sandboxcoreclient.moc"
