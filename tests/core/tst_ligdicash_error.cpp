#include "LigdiCashFixtures.h"
#include "ligdicash/LigdiCashError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using LigdiCashApi::Endpoint;

namespace {

// Stands in for the French .qm: proves every message goes through the "LigdiCash" context.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        if (qstrcmp(context, "LigdiCash") != 0)
            return {};
        return u"FR:"_s + QString::fromUtf8(sourceText);
    }
};

} // namespace

class TestLigdiCashError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subCode_extractedWithTheSdkPattern_data();
    void subCode_extractedWithTheSdkPattern();
    void createInvoiceSubCode_hasItsOwnMessageAndRetryFlag_data();
    void createInvoiceSubCode_hasItsOwnMessageAndRetryFlag();
    void confirmInvoiceSubCode_differsFromCreateInvoice_data();
    void confirmInvoiceSubCode_differsFromCreateInvoice();
    void everyDocumentedMessage_isDistinct();
    void unknownOrLetteredSubCode_getsGenericMessage_data();
    void unknownOrLetteredSubCode_getsGenericMessage();
    void malformed_namesTheField();
    void rejectedWithoutCode_isStillAnError();
    void answerJson_matchesTheDocumentedErrorAnswer();
    void withSubCode_keepsFieldAndKind();
    void messages_areTranslatedInTheLigdiCashContext();
};

void TestLigdiCashError::subCode_extractedWithTheSdkPattern_data()
{
    QTest::addColumn<QString>("responseText");
    QTest::addColumn<QString>("subCode");

    QTest::newRow("Code00") << u"Echec (Code00)"_s << u"00"_s;
    QTest::newRow("Code05") << u"Echec (Code05)"_s << u"05"_s;
    QTest::newRow("Code16") << u"Echec (Code16)"_s << u"16"_s;
    QTest::newRow("Code03a") << u"Echec (Code03a)"_s << u"03a"_s;
    QTest::newRow("Code03b") << u"Echec (Code03b)"_s << u"03b"_s;
    QTest::newRow("three digits") << u"Echec (Code123)"_s << u"123"_s;
    QTest::newRow("no parenthesis") << u"Echec Code07"_s << u"07"_s;
    QTest::newRow("one digit is not a code") << u"Echec (Code5)"_s << QString();
    QTest::newRow("no code") << u"Echec"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("upper-case suffix is not part of it") << u"Echec (Code03A)"_s << u"03"_s;
}

void TestLigdiCashError::subCode_extractedWithTheSdkPattern()
{
    QFETCH(QString, responseText);
    QFETCH(QString, subCode);
    QCOMPARE(LigdiCashError::extractSubCode(responseText), subCode);
    const LigdiCashError error = LigdiCashError::rejected(Endpoint::CreateInvoice, responseText);
    QCOMPARE(error.kind(), LigdiCashError::Kind::Rejected);
    QCOMPARE(error.subCode(), subCode);
    QCOMPARE(error.detail(), responseText);
}

void TestLigdiCashError::createInvoiceSubCode_hasItsOwnMessageAndRetryFlag_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("00 auth") << u"00"_s << false << u"API keys"_s;
    QTest::newRow("01 payin disabled") << u"01"_s << false << u"not activated"_s;
    QTest::newRow("02 amount") << u"02"_s << false << u"amount"_s;
    QTest::newRow("03 ip") << u"03"_s << false << u"IP address"_s;
    QTest::newRow("04 processing") << u"04"_s << true << u"could not process"_s;
    QTest::newRow("05 operator") << u"05"_s << true << u"operator"_s;
    QTest::newRow("06 sending") << u"06"_s << true << u"could not send"_s;
    QTest::newRow("07 network") << u"07"_s << false << u"not enabled"_s;
    QTest::newRow("08 data input") << u"08"_s << false << u"invalid"_s;
    QTest::newRow("09 api") << u"09"_s << true << u"internal error"_s;
    QTest::newRow("10 no hash") << u"10"_s << false << u"signature that was not sent"_s;
    QTest::newRow("11 invalid hash") << u"11"_s << false << u"rejected the request signature"_s;
    QTest::newRow("12 invalid method") << u"12"_s << false << u"request method"_s;
    QTest::newRow("13 unauthorized method") << u"13"_s << false << u"not allowed"_s;
    QTest::newRow("14 wallet credentials") << u"14"_s << false << u"wallet credentials"_s;
    QTest::newRow("15 wrong otp") << u"15"_s << false << u"wrong"_s;
    QTest::newRow("16 expired otp") << u"16"_s << false << u"expired"_s;
}

void TestLigdiCashError::createInvoiceSubCode_hasItsOwnMessageAndRetryFlag()
{
    QFETCH(QString, code);
    QFETCH(bool, retryable);
    QFETCH(QString, messagePart);

    const LigdiCashError error =
        LigdiCashError::rejected(Endpoint::CreateInvoice, u"Echec (Code"_s + code + u')');
    QCOMPARE(error.subCode(), code);
    QCOMPARE(error.retryable(), retryable);
    QVERIFY2(error.userMessage().contains(messagePart), qPrintable(error.userMessage()));
    QVERIFY(!error.userMessage().contains(u"(code "_s)); // not the generic fallback
    QVERIFY(error.toString().contains(u"Code"_s + code));
}

void TestLigdiCashError::confirmInvoiceSubCode_differsFromCreateInvoice_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("00 auth") << u"00"_s << false << u"API keys"_s;
    QTest::newRow("01 payin disabled") << u"01"_s << false << u"not activated"_s;
    QTest::newRow("02 invoice not found") << u"02"_s << false << u"does not know this invoice"_s;
    QTest::newRow("03 processing") << u"03"_s << true << u"Try again"_s;
    QTest::newRow("04 data input") << u"04"_s << false << u"invalid"_s;
}

void TestLigdiCashError::confirmInvoiceSubCode_differsFromCreateInvoice()
{
    QFETCH(QString, code);
    QFETCH(bool, retryable);
    QFETCH(QString, messagePart);

    const QString text = u"Echec (Code"_s + code + u')';
    const LigdiCashError confirm = LigdiCashError::rejected(Endpoint::ConfirmInvoice, text);
    QCOMPARE(confirm.endpoint(), Endpoint::ConfirmInvoice);
    QCOMPARE(confirm.retryable(), retryable);
    QVERIFY2(confirm.userMessage().contains(messagePart), qPrintable(confirm.userMessage()));
    if (code == "02"_L1 || code == "03"_L1 || code == "04"_L1) {
        const LigdiCashError create = LigdiCashError::rejected(Endpoint::CreateInvoice, text);
        QVERIFY(confirm.userMessage() != create.userMessage());
    }
}

void TestLigdiCashError::everyDocumentedMessage_isDistinct()
{
    QSet<QString> messages;
    for (int code = 0; code <= 16; ++code) {
        const QString text = u"Echec (Code%1)"_s.arg(code, 2, 10, QChar(u'0'));
        messages.insert(LigdiCashError::rejected(Endpoint::CreateInvoice, text).userMessage());
    }
    QCOMPARE(messages.size(), 17);
    for (int code = 0; code <= 4; ++code) {
        const QString text = u"Echec (Code%1)"_s.arg(code, 2, 10, QChar(u'0'));
        QVERIFY(!LigdiCashError::rejected(Endpoint::ConfirmInvoice, text).userMessage().isEmpty());
    }
}

void TestLigdiCashError::unknownOrLetteredSubCode_getsGenericMessage_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<QString>("responseText");
    QTest::addColumn<QString>("code");

    QTest::newRow("create 17") << int(Endpoint::CreateInvoice) << u"Echec (Code17)"_s << u"17"_s;
    QTest::newRow("create 03a") << int(Endpoint::CreateInvoice) << u"Echec (Code03a)"_s << u"03a"_s;
    QTest::newRow("confirm 05") << int(Endpoint::ConfirmInvoice) << u"Echec (Code05)"_s << u"05"_s;
    QTest::newRow("confirm 03b") << int(Endpoint::ConfirmInvoice) << u"Echec (Code03b)"_s
                                 << u"03b"_s;
}

void TestLigdiCashError::unknownOrLetteredSubCode_getsGenericMessage()
{
    QFETCH(int, endpoint);
    QFETCH(QString, responseText);
    QFETCH(QString, code);

    const LigdiCashError error = LigdiCashError::rejected(Endpoint(endpoint), responseText);
    QCOMPARE(error.subCode(), code);
    QCOMPARE(error.userMessage(), u"LigdiCash refused the request (code %1)."_s.arg(code));
    QVERIFY(!error.retryable());
}

void TestLigdiCashError::malformed_namesTheField()
{
    const LigdiCashError error =
        LigdiCashError::malformed(Endpoint::Callback, u"custom_data"_s, u"expected an array"_s);
    QCOMPARE(error.kind(), LigdiCashError::Kind::Malformed);
    QCOMPARE(error.toString(), u"custom_data: expected an array"_s);
    QCOMPARE(error.field(), u"custom_data"_s);
    QVERIFY(error.subCode().isEmpty());
    QVERIFY(!error.retryable());
    QVERIFY(error.userMessage().contains(u"custom_data: expected an array"_s));
}

void TestLigdiCashError::rejectedWithoutCode_isStillAnError()
{
    const LigdiCashError error = LigdiCashError::rejected(Endpoint::CreateInvoice, u"Echec"_s);
    QCOMPARE(error.kind(), LigdiCashError::Kind::Rejected);
    QVERIFY(error.subCode().isEmpty());
    QCOMPARE(error.userMessage(), u"LigdiCash refused the request."_s);
    QVERIFY(!error.retryable());
}

void TestLigdiCashError::answerJson_matchesTheDocumentedErrorAnswer()
{
    const LigdiCashError error =
        LigdiCashError::rejected(Endpoint::CreateInvoice, u"Echec (Code00)"_s);
    QCOMPARE(error.responseText(), u"Echec (Code00)"_s);
    QCOMPARE(QJsonDocument(error.toAnswerJson()),
             QJsonDocument(LigdiCashFixtures::object(u"error-auth-code00.json"_s)));
}

void TestLigdiCashError::withSubCode_keepsFieldAndKind()
{
    const LigdiCashError error = LigdiCashError::amountOutOfRange(
                                     Endpoint::CreateInvoice, u"commande.invoice.total_amount"_s,
                                     u"must be between 10 and 2000000 XOF"_s)
                                     .withSubCode(u"02"_s);
    QCOMPARE(error.kind(), LigdiCashError::Kind::AmountOutOfRange);
    QCOMPARE(error.field(), u"commande.invoice.total_amount"_s);
    QCOMPARE(error.responseText(), u"Echec (Code02)"_s);
    QCOMPARE(error.toAnswerJson().value(u"wiki"_s).toString(),
             QString(LigdiCashApi::wikiCreateInvoice));
}

void TestLigdiCashError::messages_areTranslatedInTheLigdiCashContext()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString create =
        LigdiCashError::rejected(Endpoint::CreateInvoice, u"Echec (Code05)"_s).userMessage();
    const QString confirm =
        LigdiCashError::rejected(Endpoint::ConfirmInvoice, u"Echec (Code02)"_s).userMessage();
    const QString generic =
        LigdiCashError::rejected(Endpoint::CreateInvoice, u"Echec (Code42)"_s).userMessage();
    const QString currency =
        LigdiCashError::unsupportedCurrency(Endpoint::CreateInvoice, u"devise"_s, u"EUR"_s)
            .toString();
    QCoreApplication::removeTranslator(&translator);

    QVERIFY2(create.startsWith(u"FR:"_s), qPrintable(create));
    QVERIFY2(confirm.startsWith(u"FR:"_s), qPrintable(confirm));
    QVERIFY2(generic.startsWith(u"FR:"_s), qPrintable(generic));
    QVERIFY2(currency.contains(u"FR:"_s), qPrintable(currency));
    QVERIFY(!LigdiCashError::rejected(Endpoint::CreateInvoice, u"Echec (Code05)"_s)
                 .userMessage()
                 .startsWith(u"FR:"_s));
}

QTEST_GUILESS_MAIN(TestLigdiCashError)
#include "tst_ligdicash_error.moc"
