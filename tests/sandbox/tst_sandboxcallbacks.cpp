// Callbacks of ligdicash-sandbox arriving at a real merchant listener: both encodings in order,
// the documented payload, every callback knob, forged callbacks, delivery failures, and a
// confirm reporting another amount than invoiced.

#include "CallbackDispatcher.h"
#include "Sandbox.h"
#include "SandboxTestKit.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class SandboxCallbacksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pay_postsFormThenJson_withDocumentedPayload();
    void formVariant_carriesNestedValuesAsJsonStrings();
    void fail_postsNotcompleted();
    void mode_selectsEncodings_data();
    void mode_selectsEncodings();
    void copies_duplicateEveryPost();
    void reversed_sendsJsonFirst();
    void delayMs_postponesDelivery();
    void pendingFirst_announcesPendingBeforeFinal();
    void nonEmptyToken_isJwtDifferentFromCreationToken();
    void nocompleted_usesOlderSpelling();
    void stringAmounts_inCallbacksAndConfirm();
    void perInvoiceScenario_appliesToThatInvoiceOnly();
    void forgedCallback_postsCompletedForUnpaidInvoice();
    void confirmAmount_reportsAnotherAmount();
    void deliveryFailure_isLoggedNotFatal();
    void merchantError_isRecorded();

private:
    QString payInvoice(const QJsonObject &scenario = {});
    void patchScenario(const QJsonObject &scenario);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestClient> m_client;
    std::unique_ptr<MerchantServer> m_merchant;
};

void SandboxCallbacksTest::init()
{
    m_sandbox = std::make_unique<Sandbox>(SandboxOptions{});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = std::make_unique<TestClient>(m_sandbox.get());
    m_merchant = std::make_unique<MerchantServer>();
}

void SandboxCallbacksTest::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_merchant.reset();
}

void SandboxCallbacksTest::patchScenario(const QJsonObject &scenario)
{
    const TestReply reply = m_client->control("PATCH", u"/_sandbox/scenario"_s, scenario);
    QVERIFY2(reply.status == 200, reply.body.constData());
}

// Creates an invoice (optionally with its own scenario) and pays it through the control API.
QString SandboxCallbacksTest::payInvoice(const QJsonObject &scenario)
{
    const QString token = m_client->createInvoice(4200, m_merchant->url(), u"ART5A7044E5"_s);
    if (!scenario.isEmpty())
        m_client->control("PUT", u"/_sandbox/invoices/"_s + token + u"/scenario"_s, scenario);
    const TestReply paid =
        m_client->control("POST", u"/_sandbox/invoices/"_s + token + u"/pay"_s,
                          QJsonObject{{"operator"_L1, u"11"_s}, {"customer"_L1, u"22676275726"_s}});
    if (paid.status != 200)
        QTest::qFail(paid.body.constData(), __FILE__, __LINE__);
    return token;
}

namespace {

QStringList customKeys(const QJsonArray &custom)
{
    QStringList keys;
    for (const QJsonValue &entry : custom)
        keys.append(entry.toObject().value("keyof_customdata"_L1).toString());
    return keys;
}

QUrlQuery formOf(const QByteArray &body)
{
    return QUrlQuery(QString::fromUtf8(body));
}

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

void SandboxCallbacksTest::pay_postsFormThenJson_withDocumentedPayload()
{
    payInvoice();
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
    const auto callbacks = m_merchant->callbacks();
    QCOMPARE(callbacks.at(0).contentType, "application/x-www-form-urlencoded");
    QCOMPARE(callbacks.at(1).contentType, "application/json");
    const QJsonObject json = callbacks.at(1).json();
    QCOMPARE(json.value("status"_L1).toString(), u"completed"_s);
    QCOMPARE(json.value("token"_L1).toString(), QString());
    QCOMPARE(json.value("response_code"_L1).toString(), u"00"_s);
    QCOMPARE(json.value("amount"_L1).toInteger(), 4200);
    QCOMPARE(json.value("montant"_L1).toInteger(), 4200);
    QCOMPARE(json.value("operator_id"_L1).toString(), u"11"_s);
    QCOMPARE(json.value("operator_name"_L1).toString(), u"ORANGE BURKINA"_s);
    QCOMPARE(json.value("customer"_L1).toString(), u"22676275726"_s);
    QCOMPARE(json.value("external_id"_L1).toString(), u"ART5A7044E5"_s);
    QCOMPARE(json.value("wiki"_L1).toString(),
             u"https://client.ligdicash.com/wiki/confirmInvoice"_s);
    const QJsonArray custom = json.value("custom_data"_L1).toArray();
    QCOMPARE(customKeys(custom), (QStringList{u"transaction_id"_s, u"hash"_s, u"logfile"_s}));
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    QVERIFY(
        hex.match(custom.at(1).toObject().value("valueof_customdata"_L1).toString()).hasMatch());
    QVERIFY(!json.contains("transaction_id"_L1)); // not in the 2026 callback example
}

void SandboxCallbacksTest::formVariant_carriesNestedValuesAsJsonStrings()
{
    payInvoice();
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
    const QUrlQuery form = formOf(m_merchant->callbacks().at(0).body);
    const QJsonObject json = m_merchant->callbacks().at(1).json();
    QCOMPARE(formValue(form, u"token"_s), QString());
    QCOMPARE(formValue(form, u"status"_s), u"completed"_s);
    QCOMPARE(formValue(form, u"amount"_s), u"4200"_s);
    QCOMPARE(formValue(form, u"customer"_s), u"22676275726"_s);
    const QJsonArray custom =
        QJsonDocument::fromJson(formValue(form, u"custom_data"_s).toUtf8()).array();
    QCOMPARE(custom, json.value("custom_data"_L1).toArray());
    const QJsonObject details =
        QJsonDocument::fromJson(formValue(form, u"customer_details"_s).toUtf8()).object();
    QCOMPARE(details, json.value("customer_details"_L1).toObject());
    // "Both contain exactly the same data": same keys.
    QStringList formKeys;
    for (const auto &[key, value] : form.queryItems())
        formKeys.append(key);
    formKeys.sort();
    QCOMPARE(formKeys, json.keys());
}

void SandboxCallbacksTest::fail_postsNotcompleted()
{
    const QString token = m_client->createInvoice(700, m_merchant->url());
    QCOMPARE(m_client->control("POST", u"/_sandbox/invoices/"_s + token + u"/fail"_s).status, 200);
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
    QCOMPARE(m_merchant->callbacks().at(1).json().value("status"_L1).toString(), u"notcompleted"_s);
    QCOMPARE(m_client->confirm(token).json().value("status"_L1).toString(), u"notcompleted"_s);
}

void SandboxCallbacksTest::mode_selectsEncodings_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("none") << u"none"_s << QByteArrayList{};
    QTest::newRow("json") << u"json"_s << QByteArrayList{"application/json"};
    QTest::newRow("form") << u"form"_s << QByteArrayList{"application/x-www-form-urlencoded"};
    QTest::newRow("both") << u"both"_s
                          << QByteArrayList{"application/x-www-form-urlencoded",
                                            "application/json"};
}

void SandboxCallbacksTest::mode_selectsEncodings()
{
    QFETCH(QString, mode);
    QFETCH(QByteArrayList, expected);
    patchScenario(QJsonObject{{"callbacks"_L1, QJsonObject{{"mode"_L1, mode}}}});
    payInvoice();
    QTRY_COMPARE(m_sandbox->callbacks()->outstanding(), 0);
    QByteArrayList types;
    for (const auto &hit : m_merchant->callbacks())
        types.append(hit.contentType);
    QCOMPARE(types, expected);
}

void SandboxCallbacksTest::copies_duplicateEveryPost()
{
    patchScenario(QJsonObject{{"callbacks"_L1, QJsonObject{{"copies"_L1, 3}}}});
    payInvoice();
    QTRY_COMPARE(m_merchant->callbacks().size(), 6);
    const auto callbacks = m_merchant->callbacks();
    for (int i = 0; i < 6; ++i)
        QCOMPARE(callbacks.at(i).contentType,
                 i % 2 ? "application/json" : "application/x-www-form-urlencoded");
    QCOMPARE(callbacks.at(1).body, callbacks.at(5).body);
}

void SandboxCallbacksTest::reversed_sendsJsonFirst()
{
    patchScenario(QJsonObject{{"callbacks"_L1, QJsonObject{{"reversed"_L1, true}}}});
    payInvoice();
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
    QCOMPARE(m_merchant->callbacks().at(0).contentType, "application/json");
    QCOMPARE(m_merchant->callbacks().at(1).contentType, "application/x-www-form-urlencoded");
}

void SandboxCallbacksTest::delayMs_postponesDelivery()
{
    patchScenario(QJsonObject{{"callbacks"_L1, QJsonObject{{"delayMs"_L1, 400}}}});
    QElapsedTimer timer;
    timer.start();
    payInvoice();
    QTest::qWait(150);
    QCOMPARE(m_merchant->callbacks().size(), 0);
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
}

void SandboxCallbacksTest::pendingFirst_announcesPendingBeforeFinal()
{
    patchScenario(QJsonObject{{"callbacks"_L1, QJsonObject{{"pendingFirst"_L1, true}}}});
    payInvoice();
    QTRY_COMPARE(m_merchant->callbacks().size(), 4);
    const auto callbacks = m_merchant->callbacks();
    QCOMPARE(formValue(formOf(callbacks.at(0).body), u"status"_s), u"pending"_s);
    QCOMPARE(callbacks.at(1).json().value("status"_L1).toString(), u"pending"_s);
    QVERIFY(callbacks.at(1).json().value("customer"_L1).isNull());
    QCOMPARE(callbacks.at(1).json().value("operator_id"_L1).toString(), QString());
    QCOMPARE(formValue(formOf(callbacks.at(2).body), u"status"_s), u"completed"_s);
    QCOMPARE(callbacks.at(3).json().value("status"_L1).toString(), u"completed"_s);
}

void SandboxCallbacksTest::nonEmptyToken_isJwtDifferentFromCreationToken()
{
    patchScenario(QJsonObject{{"callbacks"_L1, QJsonObject{{"nonEmptyToken"_L1, true}}}});
    const QString token = payInvoice();
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
    const QString callbackToken = m_merchant->callbacks().at(1).json().value("token"_L1).toString();
    QVERIFY(callbackToken.startsWith(u"eyJ0eXAiOiJKV1Qi"_s));
    QVERIFY(callbackToken != token);
    // It does not open confirm: only the creation token does.
    QCOMPARE(m_client->confirm(callbackToken).json().value("response_text"_L1).toString(),
             u"Echec (Code02)"_s);
}

void SandboxCallbacksTest::nocompleted_usesOlderSpelling()
{
    patchScenario(QJsonObject{{"callbacks"_L1, QJsonObject{{"nocompleted"_L1, true}}}});
    const QString token = m_client->createInvoice(700, m_merchant->url());
    m_client->control("POST", u"/_sandbox/invoices/"_s + token + u"/fail"_s);
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
    QCOMPARE(m_merchant->callbacks().at(1).json().value("status"_L1).toString(), u"nocompleted"_s);
    QCOMPARE(m_client->confirm(token).json().value("status"_L1).toString(), u"nocompleted"_s);
}

void SandboxCallbacksTest::stringAmounts_inCallbacksAndConfirm()
{
    patchScenario(QJsonObject{{"callbacks"_L1, QJsonObject{{"stringAmounts"_L1, true}}}});
    const QString token = payInvoice();
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
    const QJsonObject json = m_merchant->callbacks().at(1).json();
    QCOMPARE(json.value("amount"_L1), QJsonValue(u"4200"_s));
    QCOMPARE(json.value("montant"_L1), QJsonValue(u"4200"_s));
    QCOMPARE(m_client->confirm(token).json().value("amount"_L1), QJsonValue(u"4200"_s));
}

void SandboxCallbacksTest::perInvoiceScenario_appliesToThatInvoiceOnly()
{
    payInvoice(QJsonObject{{"callbacks"_L1, QJsonObject{{"mode"_L1, u"json"_s}}}});
    QTRY_COMPARE(m_merchant->callbacks().size(), 1);
    payInvoice();
    QTRY_COMPARE(m_merchant->callbacks().size(), 3);
    QCOMPARE(m_merchant->callbacks().at(1).contentType, "application/x-www-form-urlencoded");
}

void SandboxCallbacksTest::forgedCallback_postsCompletedForUnpaidInvoice()
{
    const QString token = m_client->createInvoice(4200, m_merchant->url());
    const TestReply forged =
        m_client->control("POST", u"/_sandbox/invoices/"_s + token + u"/forge-callback"_s,
                          QJsonObject{{"amount"_L1, 999999}});
    QCOMPARE(forged.status, 202);
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
    const QJsonObject json = m_merchant->callbacks().at(1).json();
    QCOMPARE(json.value("status"_L1).toString(), u"completed"_s);
    QCOMPARE(json.value("amount"_L1).toInteger(), 999999);
    // LigdiCash itself still knows the truth.
    QCOMPARE(m_client->confirm(token).json().value("status"_L1).toString(), u"pending"_s);
    QCOMPARE(m_client->confirm(token).json().value("amount"_L1).toInteger(), 4200);
}

void SandboxCallbacksTest::confirmAmount_reportsAnotherAmount()
{
    const QString token = m_client->createInvoice(4200, m_merchant->url());
    const QString other = m_client->createInvoice(4200, m_merchant->url());
    m_client->control("PUT", u"/_sandbox/invoices/"_s + token + u"/scenario"_s,
                      QJsonObject{{"confirmAmount"_L1, 100}});
    QCOMPARE(m_client->confirm(token).json().value("amount"_L1).toInteger(), 100);
    QCOMPARE(m_client->confirm(token).json().value("montant"_L1).toInteger(), 100);
    QCOMPARE(m_client->confirm(other).json().value("amount"_L1).toInteger(), 4200);
    patchScenario(QJsonObject{{"confirmAmountDelta"_L1, -1}});
    QCOMPARE(m_client->confirm(other).json().value("amount"_L1).toInteger(), 4199);
}

void SandboxCallbacksTest::deliveryFailure_isLoggedNotFatal()
{
    // A callback_url nobody listens on.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
    closed.close();
    const QString token = m_client->createInvoice(500, nowhere);
    QCOMPARE(m_client->control("POST", u"/_sandbox/invoices/"_s + token + u"/pay"_s).status, 200);
    QTRY_COMPARE(m_sandbox->callbacks()->outstanding(), 0);
    const QJsonArray log =
        m_client->control("GET", u"/_sandbox/callbacks"_s).json().value("callbacks"_L1).toArray();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).toObject().value("status"_L1).toInt(), 0);
    QVERIFY(!log.at(0).toObject().value("note"_L1).toString().isEmpty());
    QCOMPARE(m_client->confirm(token).json().value("status"_L1).toString(), u"completed"_s);
}

void SandboxCallbacksTest::merchantError_isRecorded()
{
    m_merchant->setCallbackStatus(500);
    const QString token = payInvoice();
    QTRY_COMPARE(m_merchant->callbacks().size(), 2);
    QTRY_COMPARE(m_sandbox->callbacks()->outstanding(), 0);
    const QJsonArray log = m_client->control("GET", u"/_sandbox/callbacks?invoice="_s + token)
                               .json()
                               .value("callbacks"_L1)
                               .toArray();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(1).toObject().value("status"_L1).toInt(), 500);
}

QTEST_GUILESS_MAIN(SandboxCallbacksTest)
#include "tst_sandboxcallbacks.moc"
