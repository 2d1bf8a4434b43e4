// The hosted payment page of ligdicash-sandbox over real HTTP: content in French and English,
// framing refused, and the form's pay / fail / cancel ending on the merchant's exact URLs.

#include "Invoice.h"
#include "PaymentPage.h"
#include "Sandbox.h"
#include "SandboxTestKit.h"

#include <QTest>

using namespace Qt::StringLiterals;

class SandboxPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void page_showsStoreItemsTotalAndOperators_inFrench();
    void page_language_followsAcceptLanguage_data();
    void page_language_followsAcceptLanguage();
    void page_refusesFramingAndFitsPhones();
    void page_escapesMerchantText();
    void page_unknownToken_isNotFound();
    void pay_completesAndRedirectsToExactReturnUrl();
    void pay_withoutOperatorOrNumber_showsErrorAndStaysPending_data();
    void pay_withoutOperatorOrNumber_showsErrorAndStaysPending();
    void fail_setsNotcompletedAndRedirectsToCancelUrl();
    void cancel_followsScenario_data();
    void cancel_followsScenario();
    void settledInvoice_pageShowsOutcome();

private:
    TestReply get(const QString &token, const QByteArray &language = {});
    TestReply submit(const QString &token, const QByteArray &form);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestClient> m_client;
    std::unique_ptr<MerchantServer> m_merchant;
};

void SandboxPageTest::init()
{
    m_sandbox = std::make_unique<Sandbox>(SandboxOptions{});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = std::make_unique<TestClient>(m_sandbox.get());
    m_merchant = std::make_unique<MerchantServer>();
}

void SandboxPageTest::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_merchant.reset();
}

TestReply SandboxPageTest::get(const QString &token, const QByteArray &language)
{
    // QNetworkAccessManager always sends an Accept-Language (its locale's) unless given one;
    // "*" names no language, like a browser without preference.
    QList<QPair<QByteArray, QByteArray>> headers = {
        {"Accept-Language", language.isEmpty() ? QByteArray("*") : language}};
    return m_client->request("GET", m_client->url(u"/pay/invoice/"_s + token), {}, headers);
}

TestReply SandboxPageTest::submit(const QString &token, const QByteArray &form)
{
    return m_client->request(
        "POST", m_client->url(u"/pay/invoice/"_s + token), form,
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept-Language", "fr"}});
}

void SandboxPageTest::page_showsStoreItemsTotalAndOperators_inFrench()
{
    const QString token = m_client->createInvoice(5000, m_merchant->url(), u"ORD-9"_s);
    const TestReply reply = get(token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "text/html; charset=utf-8");
    const QString html = QString::fromUtf8(reply.body);
    QVERIFY(html.contains(u"<html lang=\"fr\">"_s));
    QVERIFY(html.contains(u"Boutique Awa"_s));
    QVERIFY(html.contains(u"Commande ORD-9"_s));
    QVERIFY(html.contains(u"Riz 5 kg"_s));
    QVERIFY(html.contains(
        PaymentPage::amountText(5000, PaymentPage::Language::French).toHtmlEscaped()));
    QVERIFY(html.contains(u"FCFA"_s));
    QVERIFY(html.contains(u"value=\"11\""_s) && html.contains(u"Orange Money Burkina"_s));
    QVERIFY(html.contains(u"value=\"12\""_s) && html.contains(u"Moov Africa Burkina"_s));
    QVERIFY(html.contains(u"LigdiCash Wallet"_s));
    QVERIFY(html.contains(u"type=\"tel\" id=\"phone\""_s));
    QVERIFY(html.contains(u"value=\"pay\""_s) && html.contains(u"value=\"fail\""_s) &&
            html.contains(u"value=\"cancel\""_s));
    QVERIFY(html.contains(u"Payer "_s));
    QVERIFY(!html.contains(u"<script"_s));
}

void SandboxPageTest::page_language_followsAcceptLanguage_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("lang");
    QTest::newRow("none") << QByteArray() << u"fr"_s;
    QTest::newRow("en-US") << QByteArray("en-US,en;q=0.9") << u"en"_s;
    QTest::newRow("fr-BF") << QByteArray("fr-BF,fr;q=0.9,en;q=0.8") << u"fr"_s;
    QTest::newRow("en preferred by q") << QByteArray("fr;q=0.5, en;q=0.8") << u"en"_s;
    QTest::newRow("german only") << QByteArray("de-DE") << u"fr"_s;
}

void SandboxPageTest::page_language_followsAcceptLanguage()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, lang);
    const QString token = m_client->createInvoice(5000, m_merchant->url());
    const QString html = QString::fromUtf8(get(token, acceptLanguage).body);
    QVERIFY(html.contains(u"<html lang=\""_s + lang + u"\">"_s));
    if (lang == "en"_L1) {
        QVERIFY(html.contains(u"5,000 FCFA"_s));
        QVERIFY(html.contains(u"Pay 5,000 FCFA"_s));
        QVERIFY(html.contains(u"Phone number"_s));
    } else {
        QVERIFY(html.contains(u"Numéro de téléphone"_s));
    }
}

void SandboxPageTest::page_refusesFramingAndFitsPhones()
{
    const QString token = m_client->createInvoice(5000, m_merchant->url());
    const TestReply reply = get(token);
    QCOMPARE(reply.header("X-Frame-Options"), "DENY");
    QVERIFY(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    QVERIFY(reply.body.contains(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
}

void SandboxPageTest::page_escapesMerchantText()
{
    QJsonObject body = TestClient::invoiceBody(5000, m_merchant->url());
    QJsonObject commande = body.value("commande"_L1).toObject();
    commande.insert("store"_L1, QJsonObject{{"name"_L1, u"<script>alert(1)</script>"_s}});
    body.insert("commande"_L1, commande);
    const QString token = m_client->create(body).json().value("token"_L1).toString();
    const QByteArray html = get(token).body;
    QVERIFY(!html.contains("<script>"));
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

void SandboxPageTest::page_unknownToken_isNotFound()
{
    const TestReply reply = get(u"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.AAAA"_s);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.contains("Facture introuvable"));
}

void SandboxPageTest::pay_completesAndRedirectsToExactReturnUrl()
{
    QJsonObject body = TestClient::invoiceBody(5000, m_merchant->url());
    QJsonObject commande = body.value("commande"_L1).toObject();
    QJsonObject actions = commande.value("actions"_L1).toObject();
    // An unusual but valid URL must come back byte for byte.
    const QString returnUrl =
        m_merchant->url().toString() + u"/shop/return?order=A%2FB&x=%C3%A9&y=1#done"_s;
    actions.insert("return_url"_L1, returnUrl);
    commande.insert("actions"_L1, actions);
    body.insert("commande"_L1, commande);
    const QString token = m_client->create(body).json().value("token"_L1).toString();

    const TestReply reply = submit(token, "operator=12&phone=70+12+34+56&action=pay");
    QCOMPARE(reply.status, 303);
    QCOMPARE(reply.header("Location"), returnUrl.toLatin1());
    const Invoice *invoice = m_sandbox->findByToken(token);
    QCOMPARE(invoice->status, Invoice::Status::Completed);
    const QJsonObject confirm = m_client->confirm(token).json();
    QCOMPARE(confirm.value("operator_id"_L1).toString(), u"12"_s);
    QCOMPARE(confirm.value("operator_name"_L1).toString(), u"MOOV AFRICA BURKINA"_s);
    QCOMPARE(confirm.value("customer"_L1).toString(), u"22670123456"_s);
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
}

void SandboxPageTest::pay_withoutOperatorOrNumber_showsErrorAndStaysPending_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QString>("message");
    QTest::newRow("no operator") << QByteArray("phone=22670000000&action=pay")
                                 << u"Choisissez un moyen de paiement."_s;
    QTest::newRow("no number") << QByteArray("operator=11&phone=&action=pay")
                               << u"Saisissez un numéro valide"_s;
    QTest::newRow("letters") << QByteArray("operator=11&phone=abc&action=pay")
                             << u"Saisissez un numéro valide"_s;
    QTest::newRow("too short") << QByteArray("operator=11&phone=7012&action=pay")
                               << u"Saisissez un numéro valide"_s;
}

void SandboxPageTest::pay_withoutOperatorOrNumber_showsErrorAndStaysPending()
{
    QFETCH(QByteArray, form);
    QFETCH(QString, message);
    const QString token = m_client->createInvoice(5000, m_merchant->url());
    const TestReply reply = submit(token, form);
    QCOMPARE(reply.status, 200);
    QVERIFY2(QString::fromUtf8(reply.body).contains(message), reply.body.constData());
    QCOMPARE(m_sandbox->findByToken(token)->status, Invoice::Status::Pending);
}

void SandboxPageTest::fail_setsNotcompletedAndRedirectsToCancelUrl()
{
    const QString token = m_client->createInvoice(5000, m_merchant->url(), u"ORD-3"_s);
    const TestReply reply = submit(token, "operator=11&phone=&action=fail");
    QCOMPARE(reply.status, 303);
    QCOMPARE(reply.header("Location"),
             m_merchant->url().toString().toLatin1() + "/shop/cancel?order=ORD-3");
    QCOMPARE(m_client->confirm(token).json().value("status"_L1).toString(), u"notcompleted"_s);
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
}

void SandboxPageTest::cancel_followsScenario_data()
{
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("status");
    QTest::newRow("default") << QString() << u"notcompleted"_s;
    QTest::newRow("pending") << u"pending"_s << u"pending"_s;
}

void SandboxPageTest::cancel_followsScenario()
{
    QFETCH(QString, cancel);
    QFETCH(QString, status);
    if (!cancel.isEmpty())
        m_client->control("PATCH", u"/_sandbox/scenario"_s, QJsonObject{{"cancel"_L1, cancel}});
    const QString token = m_client->createInvoice(5000, m_merchant->url(), u"ORD-4"_s);
    const TestReply reply = submit(token, "action=cancel");
    QCOMPARE(reply.status, 303);
    QCOMPARE(reply.header("Location"),
             m_merchant->url().toString().toLatin1() + "/shop/cancel?order=ORD-4");
    QCOMPARE(m_client->confirm(token).json().value("status"_L1).toString(), status);
}

void SandboxPageTest::settledInvoice_pageShowsOutcome()
{
    const QString token = m_client->createInvoice(5000, m_merchant->url());
    submit(token, "operator=11&phone=76000000&action=pay");
    const TestReply page = get(token);
    QCOMPARE(page.status, 200);
    QVERIFY(QString::fromUtf8(page.body).contains(u"Cette facture est déjà payée."_s));
    // A second submission changes nothing.
    const TestReply again = submit(token, "action=fail");
    QCOMPARE(again.status, 200);
    QCOMPARE(m_sandbox->findByToken(token)->status, Invoice::Status::Completed);
}

QTEST_GUILESS_MAIN(SandboxPageTest)
#include "tst_sandboxpage.moc"
