#include "LigdiCashFixtures.h"
#include "ligdicash/ConfirmResponse.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Status = TransactionReport::Status;

namespace {

ConfirmResponse parsed(const QByteArray &body)
{
    const LigdiCashResult<ConfirmResponse> response = ConfirmResponse::parse(body);
    if (!response.isOk())
        qWarning("%s", qPrintable(response.error().toString()));
    return response.isOk() ? *response : ConfirmResponse();
}

} // namespace

class TestLigdiCashConfirm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schema_typesAreAcceptedButPlaceholderCodeIsNot();
    void documentedPayinPayload_isCompleted();
    void answer2024_nocompletedWithStringAmounts_isFailed();
    void variant_numericOperatorIdAndMixedAmounts_parse();
    void pending_hasNullCustomerAndEmptyOperator();
    void confirmCode02_isInvoiceNotFound();
    void payoutConfirm_parsesWithoutAmount();
    void status_spellings_data();
    void status_spellings();
    void amount_acceptedForms_data();
    void amount_acceptedForms();
    void amount_refusedForms_data();
    void amount_refusedForms();
    void amountAndMontantDiffer_isMalformed();
    void customData_isReadByKeyNeverByIndex();
    void malformedAnswer_namesTheField_data();
    void malformedAnswer_namesTheField();
    void toJson_parsesBackToTheSameReport();
};

void TestLigdiCashConfirm::schema_typesAreAcceptedButPlaceholderCodeIsNot()
{
    const QJsonObject schema = LigdiCashFixtures::object(u"confirm-response-schema.json"_s);
    // The reference's placeholder "<string>" is not a response code LigdiCash sends.
    const LigdiCashResult<ConfirmResponse> response = ConfirmResponse::fromJson(schema);
    QVERIFY(!response.isOk());
    QCOMPARE(response.error().field(), u"response_code"_s);

    // Every field has the documented type, so with a real code the schema reads through.
    const LigdiCashResult<ConfirmResponse> typed =
        ConfirmResponse::fromJson(LigdiCashFixtures::set(schema, u"response_code"_s, u"00"_s));
    QVERIFY(typed.isOk());
    QCOMPARE(typed->amount, Money::fromFrancs(123));
    QCOMPARE(typed->status, Status::Unknown);
    QCOMPARE(typed->rawStatus, u"<string>"_s);
    QVERIFY(typed->isFailed());
    QCOMPARE(typed->customData.value(u"<string>"_s), u"<string>"_s);
    QVERIFY(typed->customerDetails.has_value());
    QVERIFY(!typed->dateUtc.isValid());
    QCOMPARE(typed->currency, u"XOF"_s);
}

void TestLigdiCashConfirm::documentedPayinPayload_isCompleted()
{
    // The documented callback carries the confirm field set, response_code included.
    const ConfirmResponse r = parsed(LigdiCashFixtures::read(u"payin-callback.json"_s));
    QCOMPARE(r.status, Status::Completed);
    QVERIFY(r.isCompleted());
    QCOMPARE(r.amount, Money::fromFrancs(4200));
    QCOMPARE(r.merchantTransactionId(), u"ART5A7044E5"_s);
    QCOMPARE(r.customData.value(u"logfile"_s), u"2026050907202369fee03756652"_s);
    QCOMPARE(r.operatorId, u"11"_s);
    QCOMPARE(r.operatorName, u"ORANGE BURKINA"_s);
    QCOMPARE(r.customer, u"22676275726"_s);
    QCOMPARE(r.requestId, u"P2777636082026"_s);
    QCOMPARE(r.dateUtc, QDateTime(QDate(2026, 5, 9), QTime(7, 20, 23), QTimeZone::utc()));
    QVERIFY(r.customerDetails);
    QCOMPARE(r.customerDetails->firstName, u"Firstname"_s);
    QCOMPARE(r.customerDetails->email, u"firstname.lastname@example.com"_s);
}

void TestLigdiCashConfirm::answer2024_nocompletedWithStringAmounts_isFailed()
{
    const ConfirmResponse r = parsed(LigdiCashFixtures::read(u"confirm-2024-nocompleted.json"_s));
    QCOMPARE(r.status, Status::NotCompleted);
    QCOMPARE(r.rawStatus, u"nocompleted"_s);
    QVERIFY(r.isFailed());
    QCOMPARE(r.amount, Money::fromFrancs(1500));
    QCOMPARE(r.topLevelTransactionId, u"MP240715.1042.A12345"_s);
    QCOMPARE(r.merchantTransactionId(), u"3f2a9c1e-7b44-4d0a-9a51-2e6f0c8d1b7a"_s);
    QCOMPARE(r.operatorId, u"12"_s);
    QVERIFY(!r.customerDetails);
    QVERIFY(r.oreference.isEmpty());
}

void TestLigdiCashConfirm::variant_numericOperatorIdAndMixedAmounts_parse()
{
    const ConfirmResponse r = parsed(LigdiCashFixtures::read(u"confirm-completed-variant.json"_s));
    QVERIFY(r.isCompleted());
    QCOMPARE(r.operatorId, u"11"_s);
    QCOMPARE(r.amount, Money::fromFrancs(15000));
    QCOMPARE(r.merchantTransactionId(), u"order_7f3a9b"_s); // third entry, found by key
    QCOMPARE(r.oreference, u"CI260415.1119.B77821"_s);
    QCOMPARE(r.customData.size(), 3);
    QCOMPARE(r.customerDetails->lastName, u"Ouedraogo"_s);
}

void TestLigdiCashConfirm::pending_hasNullCustomerAndEmptyOperator()
{
    const ConfirmResponse r = parsed(LigdiCashFixtures::read(u"confirm-pending.json"_s));
    QCOMPARE(r.status, Status::Pending);
    QVERIFY(r.isPending());
    QVERIFY(!r.isFailed());
    QVERIFY(r.customer.isEmpty());
    QVERIFY(r.operatorId.isEmpty());
    QVERIFY(r.operatorName.isEmpty());
    QVERIFY(r.topLevelTransactionId.isEmpty());
    QCOMPARE(r.amount, Money::fromFrancs(15000));
}

void TestLigdiCashConfirm::confirmCode02_isInvoiceNotFound()
{
    const LigdiCashResult<ConfirmResponse> response =
        ConfirmResponse::parse(LigdiCashFixtures::read(u"confirm-error-code02.json"_s));
    QVERIFY(!response.isOk());
    QCOMPARE(response.error().kind(), LigdiCashError::Kind::Rejected);
    QCOMPARE(response.error().endpoint(), LigdiCashApi::Endpoint::ConfirmInvoice);
    QCOMPARE(response.error().subCode(), u"02"_s);
    QCOMPARE(response.error().userMessage(), u"LigdiCash does not know this invoice."_s);
    QVERIFY(!response.error().retryable());

    const LigdiCashResult<ConfirmResponse> busy = ConfirmResponse::parse(
        LigdiCashFixtures::withValue(LigdiCashFixtures::object(u"confirm-error-code02.json"_s),
                                     u"response_text"_s, u"Echec (Code03)"_s));
    QVERIFY(!busy.isOk());
    QVERIFY(busy.error().retryable());
}

void TestLigdiCashConfirm::payoutConfirm_parsesWithoutAmount()
{
    const ConfirmResponse r = parsed(LigdiCashFixtures::read(u"payout-confirm.json"_s));
    QVERIFY(r.isCompleted());
    QVERIFY(!r.amount.has_value());
    QVERIFY(r.customData.isEmpty());
    QCOMPARE(r.token, u"{PAYOUT_TOKEN}"_s);
    QCOMPARE(r.wiki, QString(LigdiCashApi::wikiCreateStraightWithdrawal));
}

void TestLigdiCashConfirm::status_spellings_data()
{
    QTest::addColumn<QJsonValue>("status");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("failed");

    QTest::newRow("completed") << QJsonValue(u"completed"_s) << int(Status::Completed) << false;
    QTest::newRow("COMPLETED") << QJsonValue(u"COMPLETED"_s) << int(Status::Completed) << false;
    QTest::newRow("pending") << QJsonValue(u"pending"_s) << int(Status::Pending) << false;
    QTest::newRow("notcompleted") << QJsonValue(u"notcompleted"_s) << int(Status::NotCompleted)
                                  << true;
    QTest::newRow("nocompleted") << QJsonValue(u"nocompleted"_s) << int(Status::NotCompleted)
                                 << true;
    QTest::newRow("failed") << QJsonValue(u"failed"_s) << int(Status::Unknown) << true;
    QTest::newRow("cancelled") << QJsonValue(u"cancelled"_s) << int(Status::Unknown) << true;
    QTest::newRow("empty") << QJsonValue(QString()) << int(Status::Unknown) << true;
}

void TestLigdiCashConfirm::status_spellings()
{
    QFETCH(QJsonValue, status);
    QFETCH(int, expected);
    QFETCH(bool, failed);
    const LigdiCashResult<ConfirmResponse> r = ConfirmResponse::parse(LigdiCashFixtures::withValue(
        LigdiCashFixtures::object(u"confirm-pending.json"_s), u"status"_s, status));
    QVERIFY(r.isOk());
    QCOMPARE(int(r->status), expected);
    QCOMPARE(r->isFailed(), failed);
    QCOMPARE(r->rawStatus, status.toString());
}

void TestLigdiCashConfirm::amount_acceptedForms_data()
{
    QTest::addColumn<QJsonValue>("amount");
    QTest::addColumn<qint64>("francs");
    QTest::addColumn<bool>("present");

    QTest::newRow("number") << QJsonValue(4200) << qint64(4200) << true;
    QTest::newRow("string") << QJsonValue(u"4200"_s) << qint64(4200) << true;
    QTest::newRow("zero") << QJsonValue(0) << qint64(0) << true;
    QTest::newRow("leading zero string") << QJsonValue(u"0100"_s) << qint64(100) << true;
    QTest::newRow("2^53-1") << QJsonValue(qint64(9007199254740991)) << qint64(9007199254740991)
                            << true;
    QTest::newRow("2^53-1 string")
        << QJsonValue(u"9007199254740991"_s) << qint64(9007199254740991) << true;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << qint64(0) << false;
    QTest::newRow("empty string") << QJsonValue(QString()) << qint64(0) << false;
}

void TestLigdiCashConfirm::amount_acceptedForms()
{
    QFETCH(QJsonValue, amount);
    QFETCH(qint64, francs);
    QFETCH(bool, present);
    const QJsonObject base = LigdiCashFixtures::object(u"confirm-pending.json"_s);
    const QByteArray body = LigdiCashFixtures::withValue(
        LigdiCashFixtures::set(base, u"amount"_s, amount), u"montant"_s, amount);
    const LigdiCashResult<ConfirmResponse> r = ConfirmResponse::parse(body);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().toString()));
    QCOMPARE(r->amount.has_value(), present);
    if (present)
        QCOMPARE(r->amount->francs(), francs);

    // Either key alone is enough.
    const LigdiCashResult<ConfirmResponse> onlyMontant = ConfirmResponse::parse(
        LigdiCashFixtures::withValue(LigdiCashFixtures::set(base, u"montant"_s, amount),
                                     u"amount"_s, QJsonValue(QJsonValue::Undefined)));
    QVERIFY(onlyMontant.isOk());
    QCOMPARE(onlyMontant->amount, r->amount);
}

void TestLigdiCashConfirm::amount_refusedForms_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("field");

    QTest::newRow("fraction") << QByteArray("4200.5") << u"amount"_s;
    QTest::newRow("fraction string") << QByteArray("\"4200.5\"") << u"amount"_s;
    QTest::newRow("negative") << QByteArray("-1") << u"amount"_s;
    QTest::newRow("negative string") << QByteArray("\"-1\"") << u"amount"_s;
    QTest::newRow("letters") << QByteArray("\"abc\"") << u"amount"_s;
    QTest::newRow("spaced digits") << QByteArray("\"42 00\"") << u"amount"_s;
    QTest::newRow("plus sign") << QByteArray("\"+42\"") << u"amount"_s;
    QTest::newRow("2^53") << QByteArray("9007199254740992") << u"amount"_s;
    QTest::newRow("2^53+1") << QByteArray("9007199254740993") << u"amount"_s;
    QTest::newRow("2^53 string") << QByteArray("\"9007199254740992\"") << u"amount"_s;
    QTest::newRow("20 digits string") << QByteArray("\"99999999999999999999\"") << u"amount"_s;
    QTest::newRow("1e300") << QByteArray("1e300") << u"amount"_s;
    // Out of a double's range: Qt's parser refuses the whole document.
    QTest::newRow("1e400") << QByteArray("1e400") << u"body"_s;
    QTest::newRow("bool") << QByteArray("true") << u"amount"_s;
    QTest::newRow("object") << QByteArray("{}") << u"amount"_s;
    QTest::newRow("array") << QByteArray("[4200]") << u"amount"_s;
    QTest::newRow("arabic-indic digits") << QByteArray("\"\xd9\xa4\xd9\xa2\"") << u"amount"_s;
}

void TestLigdiCashConfirm::amount_refusedForms()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, field);
    QByteArray body = LigdiCashFixtures::read(u"confirm-pending.json"_s);
    const QByteArray member = QByteArray("\"amount\": ") + literal;
    body.replace("\"amount\": 15000", member);
    QVERIFY(body.contains(member));
    const LigdiCashResult<ConfirmResponse> r = ConfirmResponse::parse(body);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().kind(), LigdiCashError::Kind::Malformed);
    QCOMPARE(r.error().field(), field);
}

void TestLigdiCashConfirm::amountAndMontantDiffer_isMalformed()
{
    const LigdiCashResult<ConfirmResponse> r = ConfirmResponse::parse(LigdiCashFixtures::withValue(
        LigdiCashFixtures::object(u"confirm-pending.json"_s), u"montant"_s, u"15001"_s));
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().field(), u"montant"_s);
    QCOMPARE(r.error().toString(), u"montant: differs from amount (15001 and 15000)"_s);
}

void TestLigdiCashConfirm::customData_isReadByKeyNeverByIndex()
{
    // Reversed order: the lookup must not care.
    QJsonObject answer = LigdiCashFixtures::object(u"payin-callback.json"_s);
    const QJsonArray documented = answer.value(u"custom_data"_s).toArray();
    QJsonArray entries;
    for (qsizetype i = documented.size() - 1; i >= 0; --i)
        entries.append(documented.at(i));
    answer.insert(u"custom_data"_s, entries);
    const LigdiCashResult<ConfirmResponse> r = ConfirmResponse::fromJson(answer);
    QVERIFY(r.isOk());
    QCOMPARE(r->merchantTransactionId(), u"ART5A7044E5"_s);

    // No transaction_id entry at all: empty, not the first entry's value nor external_id.
    entries.removeAt(2);
    answer.insert(u"custom_data"_s, entries);
    const LigdiCashResult<ConfirmResponse> without = ConfirmResponse::fromJson(answer);
    QVERIFY(without.isOk());
    QVERIFY(without->merchantTransactionId().isEmpty());
    QCOMPARE(without->externalId, u"ART5A7044E5"_s);
}

void TestLigdiCashConfirm::malformedAnswer_namesTheField_data()
{
    using namespace LigdiCashFixtures;
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    const QJsonObject base = object(u"payin-callback.json"_s);
    const QByteArray raw = read(u"payin-callback.json"_s);
    QTest::newRow("truncated") << raw.left(raw.size() / 2) << u"body"_s;
    QTest::newRow("truncated at the end") << raw.left(raw.size() - 2) << u"body"_s;
    QTest::newRow("empty") << QByteArray() << u"body"_s;
    QTest::newRow("not JSON") << QByteArray("Echec (Code02)") << u"body"_s;
    QTest::newRow("top-level string") << QByteArray("\"completed\"") << u"body"_s;
    QTest::newRow("too large") << QByteArray(300 * 1024, ' ') << u"body"_s;
    QTest::newRow("deeply nested") << QByteArray(5000, '[') << u"body"_s;
    QTest::newRow("no response_code") << without(base, u"response_code"_s) << u"response_code"_s;
    QTest::newRow("no status") << without(base, u"status"_s) << u"status"_s;
    QTest::newRow("status as number") << withValue(base, u"status"_s, 1) << u"status"_s;
    QTest::newRow("status too long")
        << withValue(base, u"status"_s, QString(500, u'c')) << u"status"_s;
    QTest::newRow("no custom_data") << without(base, u"custom_data"_s) << u"custom_data"_s;
    QTest::newRow("custom_data number") << withValue(base, u"custom_data"_s, 3) << u"custom_data"_s;
    QTest::newRow("custom_data non-empty object")
        << withValue(base, u"custom_data"_s, QJsonObject{{u"transaction_id"_s, u"X"_s}})
        << u"custom_data"_s;
    QTest::newRow("custom_data text that is not JSON")
        << withValue(base, u"custom_data"_s, u"transaction_id=X"_s) << u"custom_data"_s;
    QTest::newRow("custom_data entry not an object")
        << withValue(base, u"custom_data.0"_s, u"x"_s) << u"custom_data[0]"_s;
    QTest::newRow("keyof missing") << without(base, u"custom_data.1.keyof_customdata"_s)
                                   << u"custom_data[1].keyof_customdata"_s;
    QTest::newRow("keyof empty") << withValue(base, u"custom_data.1.keyof_customdata"_s, QString())
                                 << u"custom_data[1].keyof_customdata"_s;
    QTest::newRow("valueof object")
        << withValue(base, u"custom_data.0.valueof_customdata"_s, QJsonObject())
        << u"custom_data[0].valueof_customdata"_s;
    QTest::newRow("two different transaction ids")
        << withValue(base, u"custom_data.1.keyof_customdata"_s, u"transaction_id"_s)
        << u"custom_data"_s;
    QTest::newRow("too many custom_data entries") << withValue(base, u"custom_data"_s, [] {
        QJsonArray many;
        for (int i = 0; i < 1000; ++i)
            many.append(QJsonObject{{u"keyof_customdata"_s, QString::number(i)},
                                    {u"valueof_customdata"_s, u"v"_s}});
        return many;
    }()) << u"custom_data"_s;
    QTest::newRow("customer_details array")
        << withValue(base, u"customer_details"_s, QJsonArray()) << u"customer_details"_s;
    QTest::newRow("customer_details.email number")
        << withValue(base, u"customer_details.email"_s, 5) << u"customer_details.email"_s;
    QTest::newRow("operator_id object")
        << withValue(base, u"operator_id"_s, QJsonObject()) << u"operator_id"_s;
    QTest::newRow("operator_id fraction")
        << withValue(base, u"operator_id"_s, 11.5) << u"operator_id"_s;
    QTest::newRow("customer as object")
        << withValue(base, u"customer"_s, QJsonObject()) << u"customer"_s;
    QTest::newRow("huge description")
        << withValue(base, u"description"_s, QString(100000, u'd')) << u"description"_s;
    QTest::newRow("token as array") << withValue(base, u"token"_s, QJsonArray()) << u"token"_s;
}

void TestLigdiCashConfirm::malformedAnswer_namesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const LigdiCashResult<ConfirmResponse> r = ConfirmResponse::parse(body);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().kind(), LigdiCashError::Kind::Malformed);
    QCOMPARE(r.error().field(), field);
    QCOMPARE(r.error().endpoint(), LigdiCashApi::Endpoint::ConfirmInvoice);
    QVERIFY(!r.error().detail().isEmpty());
}

void TestLigdiCashConfirm::toJson_parsesBackToTheSameReport()
{
    for (const QString &name : {u"payin-callback.json"_s, u"confirm-2024-nocompleted.json"_s,
                                u"confirm-completed-variant.json"_s, u"confirm-pending.json"_s}) {
        const ConfirmResponse original = parsed(LigdiCashFixtures::read(name));
        const QJsonObject json = original.toJson();
        QVERIFY(json.value(u"amount"_s).isDouble());
        const LigdiCashResult<ConfirmResponse> again = ConfirmResponse::fromJson(json);
        QVERIFY2(again.isOk(), qPrintable(name));
        TransactionReport expected = original;
        // toJson always writes customer_details (empty strings when unknown) and a wiki.
        if (!expected.customerDetails)
            expected.customerDetails = TransactionReport::CustomerDetails();
        QCOMPARE(static_cast<const TransactionReport &>(*again), expected);
    }
    const QJsonObject pending = parsed(LigdiCashFixtures::read(u"confirm-pending.json"_s)).toJson();
    QVERIFY(pending.value(u"customer"_s).isNull());
}

QTEST_GUILESS_MAIN(TestLigdiCashConfirm)
#include "tst_ligdicash_confirm.moc"
