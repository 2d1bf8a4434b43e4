#include "LigdiCashFixtures.h"
#include "ligdicash/CallbackPayload.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using Encoding = CallbackPayload::Encoding;

namespace {

const QString json = u"application/json"_s;
const QString form = u"application/x-www-form-urlencoded"_s;

CallbackPayload parsed(const QString &contentType, const QByteArray &body)
{
    const LigdiCashResult<CallbackPayload> payload = CallbackPayload::parse(contentType, body);
    if (!payload.isOk())
        qWarning("%s", qPrintable(payload.error().toString()));
    return payload.isOk() ? *payload : CallbackPayload();
}

const TransactionReport &report(const CallbackPayload &payload)
{
    return payload;
}

} // namespace

class TestLigdiCashCallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedJson_givesOurTransactionId();
    void formTwin_readsTheSameAsJson_data();
    void formTwin_readsTheSameAsJson();
    void callbackToken_isRecordedButIsNotTheTransactionId();
    void payoutCallback_parsesWithoutCrashing();
    void contentType_variants_data();
    void contentType_variants();
    void dedupKey_changesWithTheEvent();
    void toFormBody_isTheFormTwin();
    void pendingCallbackWithNullCustomer_twinsAgree();
    void malformedForm_namesTheField_data();
    void malformedForm_namesTheField();
    void malformedJson_namesTheField_data();
    void malformedJson_namesTheField();
    void everyTruncationOrByteFlip_isHandledWithoutCrash();
};

void TestLigdiCashCallback::documentedJson_givesOurTransactionId()
{
    const CallbackPayload p = parsed(json, LigdiCashFixtures::read(u"payin-callback.json"_s));
    QCOMPARE(p.encoding, Encoding::Json);
    QCOMPARE(p.transactionId(), u"ART5A7044E5"_s);
    QVERIFY(p.isCompleted());
    QCOMPARE(p.amount, Money::fromFrancs(4200));
    QVERIFY(p.callbackToken().isEmpty());
    QCOMPARE(p.customData.value(u"hash"_s).size(), 64);
    QCOMPARE(p.dedupKey().size(), 64);
}

void TestLigdiCashCallback::formTwin_readsTheSameAsJson_data()
{
    QTest::addColumn<QString>("jsonFile");
    QTest::addColumn<QString>("formFile");

    QTest::newRow("documented, custom_data as JSON text")
        << u"payin-callback.json"_s << u"payin-callback-form.txt"_s;
    QTest::newRow("documented, PHP bracket notation")
        << u"payin-callback.json"_s << u"payin-callback-form-brackets.txt"_s;
    QTest::newRow("2024 keys, token, string amounts")
        << u"payin-callback-token-extra-keys.json"_s
        << u"payin-callback-token-extra-keys-form.txt"_s;
}

void TestLigdiCashCallback::formTwin_readsTheSameAsJson()
{
    QFETCH(QString, jsonFile);
    QFETCH(QString, formFile);
    const CallbackPayload fromJson = parsed(json, LigdiCashFixtures::read(jsonFile));
    const CallbackPayload fromForm = parsed(form, LigdiCashFixtures::read(formFile));
    QCOMPARE(fromForm.encoding, Encoding::FormUrlEncoded);
    QVERIFY(!fromForm.transactionId().isEmpty());
    QCOMPARE(fromForm.transactionId(), fromJson.transactionId());
    QCOMPARE(report(fromForm), report(fromJson));
    QCOMPARE(fromForm.dedupKey(), fromJson.dedupKey());
}

void TestLigdiCashCallback::callbackToken_isRecordedButIsNotTheTransactionId()
{
    const CallbackPayload p =
        parsed(json, LigdiCashFixtures::read(u"payin-callback-token-extra-keys.json"_s));
    QVERIFY(p.callbackToken().startsWith(u"eyJ0eXAiOiJKV1Qi"_s));
    // Our id comes from custom_data by key (it is the last entry here) - not from external_id
    // (two ids joined), nor from the top-level transaction_id (LigdiCash's reference).
    QCOMPARE(p.transactionId(), u"ART5A7044E5"_s);
    QCOMPARE(p.externalId, u"ART5A7044E5;INV-2024-0042"_s);
    QCOMPARE(p.topLevelTransactionId, u"OM240715.1042.A99887"_s);
    QCOMPARE(p.customData.value(u"invoice_id"_s), u"INV-2024-0042"_s);
    QCOMPARE(p.operatorId, u"11"_s);
    QCOMPARE(p.amount, Money::fromFrancs(4200));
}

void TestLigdiCashCallback::payoutCallback_parsesWithoutCrashing()
{
    const CallbackPayload p = parsed(json, LigdiCashFixtures::read(u"payout-callback.json"_s));
    QVERIFY(p.isCompleted());
    QCOMPARE(p.amount, Money::fromFrancs(100));
    QCOMPARE(p.operatorId, u"12"_s);
    QCOMPARE(p.operatorName, u"MOOV AFRICA BURKINA"_s);
    QCOMPARE(p.url, u"https://myapp.com/api/callback/ligdicash"_s);
    QVERIFY(p.urlMethod.isEmpty());
    QVERIFY(p.customData.isEmpty());
    // No custom_data entry: no id, even though a top-level transaction_id exists.
    QVERIFY(p.transactionId().isEmpty());
    QCOMPARE(p.topLevelTransactionId, u"502d36d2086249118198d06780b1c9fd"_s);

    const CallbackPayload twin = parsed(
        form, CallbackPayload::toFormBody(LigdiCashFixtures::object(u"payout-callback.json"_s)));
    QCOMPARE(twin.amount, p.amount);
    QCOMPARE(twin.dedupKey(), p.dedupKey());
}

void TestLigdiCashCallback::contentType_variants_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("encoding");

    QTest::newRow("json charset") << u"application/json; charset=utf-8"_s
                                  << u"payin-callback.json"_s << int(Encoding::Json);
    QTest::newRow("JSON upper case")
        << u"APPLICATION/JSON"_s << u"payin-callback.json"_s << int(Encoding::Json);
    QTest::newRow("form charset") << u"application/x-www-form-urlencoded; charset=UTF-8"_s
                                  << u"payin-callback-form.txt"_s << int(Encoding::FormUrlEncoded);
    QTest::newRow("missing, json sniffed")
        << QString() << u"payin-callback.json"_s << int(Encoding::Json);
    QTest::newRow("missing, form sniffed")
        << QString() << u"payin-callback-form.txt"_s << int(Encoding::FormUrlEncoded);
}

void TestLigdiCashCallback::contentType_variants()
{
    QFETCH(QString, contentType);
    QFETCH(QString, file);
    QFETCH(int, encoding);
    const LigdiCashResult<CallbackPayload> p =
        CallbackPayload::parse(contentType, LigdiCashFixtures::read(file));
    QVERIFY(p.isOk());
    QCOMPARE(int(p->encoding), encoding);
    QCOMPARE(p->transactionId(), u"ART5A7044E5"_s);
}

void TestLigdiCashCallback::dedupKey_changesWithTheEvent()
{
    const QJsonObject completed = LigdiCashFixtures::object(u"payin-callback.json"_s);
    const QByteArray key = parsed(json, LigdiCashFixtures::compact(completed)).dedupKey();
    const QByteArray pending =
        parsed(json, LigdiCashFixtures::withValue(completed, u"status"_s, u"pending"_s)).dedupKey();
    const QByteArray otherAmount =
        parsed(json, LigdiCashFixtures::withValue(
                         LigdiCashFixtures::set(completed, u"amount"_s, 4300), u"montant"_s, 4300))
            .dedupKey();
    QVERIFY(key != pending);
    QVERIFY(key != otherAmount);
    QVERIFY(pending != otherAmount);
    // The same event with amounts as strings and keys in another order is the same event.
    const QByteArray stringAmounts =
        parsed(json, LigdiCashFixtures::withValue(
                         LigdiCashFixtures::set(completed, u"amount"_s, u"4200"_s), u"montant"_s,
                         u"4200"_s))
            .dedupKey();
    QCOMPARE(stringAmounts, key);
}

void TestLigdiCashCallback::toFormBody_isTheFormTwin()
{
    const QJsonObject documented = LigdiCashFixtures::object(u"payin-callback.json"_s);
    const QByteArray body = CallbackPayload::toFormBody(documented);
    QVERIFY(body.contains("custom_data=%5B%7B"));
    const CallbackPayload twin = parsed(form, body);
    QCOMPARE(twin.encoding, Encoding::FormUrlEncoded);
    QCOMPARE(report(twin), report(parsed(json, LigdiCashFixtures::compact(documented))));
}

void TestLigdiCashCallback::pendingCallbackWithNullCustomer_twinsAgree()
{
    QJsonObject pending = LigdiCashFixtures::object(u"payin-callback.json"_s);
    pending.insert(u"status"_s, u"pending"_s);
    pending.insert(u"customer"_s, QJsonValue::Null);
    pending.insert(u"operator_id"_s, QString());
    pending.insert(u"customer_details"_s, QJsonValue::Null);
    const CallbackPayload fromJson = parsed(json, LigdiCashFixtures::compact(pending));
    const CallbackPayload fromForm = parsed(form, CallbackPayload::toFormBody(pending));
    QVERIFY(fromJson.isPending());
    QVERIFY(fromJson.customer.isEmpty());
    QVERIFY(!fromJson.customerDetails);
    QCOMPARE(report(fromForm), report(fromJson));
    QCOMPARE(fromForm.dedupKey(), fromJson.dedupKey());
}

void TestLigdiCashCallback::malformedForm_namesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    const QByteArray ok = "status=completed&amount=100&custom_data=%5B%5D";
    QTest::newRow("empty") << QByteArray() << u"body"_s;
    QTest::newRow("custom_data not JSON")
        << QByteArray("status=completed&custom_data=abc") << u"custom_data"_s;
    QTest::newRow("custom_data JSON number")
        << QByteArray("status=completed&custom_data=5") << u"custom_data"_s;
    QTest::newRow("no custom_data")
        << QByteArray("status=completed&amount=100") << u"custom_data"_s;
    QTest::newRow("no status") << QByteArray("amount=100&custom_data=%5B%5D") << u"status"_s;
    QTest::newRow("status twice") << ok + "&status=pending" << u"status"_s;
    QTest::newRow("amount twice") << ok + "&amount=100" << u"amount"_s;
    QTest::newRow("amount with decimals")
        << QByteArray(ok).replace("amount=100", "amount=100.5") << u"amount"_s;
    QTest::newRow("amount negative")
        << QByteArray(ok).replace("amount=100", "amount=-100") << u"amount"_s;
    QTest::newRow("amount huge") << QByteArray(ok).replace(
                                        "amount=100",
                                        QByteArray("amount=").append(QByteArray(40, '9')))
                                 << u"amount"_s;
    QTest::newRow("invalid UTF-8") << ok + "&description=%FF%FE" << u"description"_s;
    QTest::newRow("text and brackets")
        << ok + "&custom_data%5B0%5D%5Bkeyof_customdata%5D=x" << u"custom_data"_s;
    QTest::newRow("unbalanced bracket") << ok + "&custom_data%5B0=x" << u"custom_data[0"_s;
    QTest::newRow("too deep") << QByteArray("status=completed&custom_data[0][a][b][c][d]=x")
                              << u"custom_data[0][a][b][c][d]"_s;
    QTest::newRow("bracket entry without key")
        << QByteArray("status=completed&custom_data[0][valueof_customdata]=x")
        << u"custom_data[0].keyof_customdata"_s;
    QTest::newRow("bracket index out of range")
        << QByteArray("status=completed&custom_data[999][keyof_customdata]=x") << u"custom_data"_s;
    QTest::newRow("customer_details not JSON")
        << ok + "&customer_details=%7Bbroken" << u"customer_details"_s;
    QTest::newRow("too large") << QByteArray(CallbackPayload::maxBodySize + 1, 'a') << u"body"_s;
    QTest::newRow("too many fields") << QByteArray("a=1&").repeated(600) << u"body"_s;
    QTest::newRow("huge value") << ok + "&description=" + QByteArray(20000, 'd')
                                << u"description"_s;
}

void TestLigdiCashCallback::malformedForm_namesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const LigdiCashResult<CallbackPayload> p = CallbackPayload::parse(form, body);
    QVERIFY(!p.isOk());
    QCOMPARE(p.error().kind(), LigdiCashError::Kind::Malformed);
    QCOMPARE(p.error().field(), field);
    QCOMPARE(p.error().endpoint(), LigdiCashApi::Endpoint::Callback);
}

void TestLigdiCashCallback::malformedJson_namesTheField_data()
{
    using namespace LigdiCashFixtures;
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    const QJsonObject base = object(u"payin-callback.json"_s);
    const QByteArray raw = read(u"payin-callback.json"_s);
    QTest::newRow("truncated") << json << raw.left(raw.lastIndexOf('}')) << u"body"_s;
    QTest::newRow("form body announced as JSON")
        << json << read(u"payin-callback-form.txt"_s) << u"body"_s;
    QTest::newRow("unsupported content type") << u"text/plain"_s << raw << u"Content-Type"_s;
    QTest::newRow("multipart") << u"multipart/form-data; boundary=x"_s << raw << u"Content-Type"_s;
    QTest::newRow("custom_data missing")
        << json << without(base, u"custom_data"_s) << u"custom_data"_s;
    QTest::newRow("custom_data as object")
        << json << withValue(base, u"custom_data"_s, QJsonObject{{u"transaction_id"_s, u"X"_s}})
        << u"custom_data"_s;
    QTest::newRow("custom_data JSON text of a number")
        << json << withValue(base, u"custom_data"_s, u"42"_s) << u"custom_data"_s;
    QTest::newRow("customer_details number")
        << json << withValue(base, u"customer_details"_s, 1) << u"customer_details"_s;
    QTest::newRow("url as number") << json << withValue(base, u"url"_s, 1) << u"url"_s;
    QTest::newRow("amount differs from montant")
        << json << withValue(base, u"montant"_s, 1) << u"montant"_s;
}

void TestLigdiCashCallback::malformedJson_namesTheField()
{
    QFETCH(QString, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const LigdiCashResult<CallbackPayload> p = CallbackPayload::parse(contentType, body);
    QVERIFY(!p.isOk());
    QCOMPARE(p.error().field(), field);
    QVERIFY(!p.error().userMessage().isEmpty());
}

void TestLigdiCashCallback::everyTruncationOrByteFlip_isHandledWithoutCrash()
{
    const QByteArray jsonBody = LigdiCashFixtures::read(u"payin-callback.json"_s);
    const qsizetype lastBrace = jsonBody.lastIndexOf('}');
    for (qsizetype size = 0; size < jsonBody.size(); ++size) {
        const LigdiCashResult<CallbackPayload> p =
            CallbackPayload::parse(json, jsonBody.left(size));
        // Every cut before the closing brace is an error; after it only whitespace is lost.
        QCOMPARE(p.isOk(), size > lastBrace);
    }
    const QByteArray formBody = LigdiCashFixtures::read(u"payin-callback-form.txt"_s);
    for (qsizetype size = 0; size <= formBody.size(); ++size) {
        const LigdiCashResult<CallbackPayload> p =
            CallbackPayload::parse(form, formBody.left(size));
        // A cut inside a scalar value may still be well-formed; it must never yield another
        // order's id or a silently defaulted status.
        if (p.isOk()) {
            QVERIFY(u"ART5A7044E5"_s.startsWith(p->transactionId()));
            QVERIFY(!p->rawStatus.isEmpty() || !formBody.left(size).contains("status="));
        }
    }
    for (const QByteArray &body : {jsonBody, formBody}) {
        for (qsizetype i = 0; i < body.size(); ++i) {
            for (const char replacement : {'\0', '"', '&', '=', '%', '[', '{', '\xff'}) {
                QByteArray mutated = body;
                mutated[i] = replacement;
                const LigdiCashResult<CallbackPayload> p = CallbackPayload::parse({}, mutated);
                if (!p.isOk())
                    QVERIFY(!p.error().toString().isEmpty());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestLigdiCashCallback)
#include "tst_ligdicash_callback.moc"
