#pragma once

// Why a LigdiCash exchange did not give a usable value: LigdiCash refused (response_code "01"
// with a sub-code such as "05" or "03a" in "Echec (Code05)"), or a payload was not what the
// protocol documents (field() names the culprit, e.g. "custom_data: expected an array").
// It knows what each documented sub-code means for a person (userMessage(), translated in the
// "LigdiCash" context) and whether sending the same request again later may succeed.

#include "ligdicash/LigdiCashApi.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

class LigdiCashError
{
public:
    enum class Kind {
        Rejected,            // LigdiCash answered response_code "01"; subCode() says why
        Malformed,           // a payload is unreadable, has a wrong type or a missing field
        AmountOutOfRange,    // an amount outside the accepted range, or overflowing
        UnsupportedCurrency, // a devise other than XOF
    };

    // LigdiCash's refusal, sub-code extracted from response_text (empty when it holds none).
    static LigdiCashError rejected(LigdiCashApi::Endpoint endpoint, const QString &responseText);
    // A payload that is not what the protocol documents. message is translated and says what
    // was expected ("expected an array"); field is a path such as "custom_data[1].keyof_customdata"
    // (empty when the whole body is at fault).
    static LigdiCashError malformed(LigdiCashApi::Endpoint endpoint, const QString &field,
                                    const QString &message);
    static LigdiCashError amountOutOfRange(LigdiCashApi::Endpoint endpoint, const QString &field,
                                           const QString &message);
    static LigdiCashError unsupportedCurrency(LigdiCashApi::Endpoint endpoint, const QString &field,
                                              const QString &currency);
    // Errors the receiving side (the sandbox) turns into LigdiCash's own answer: the sub-code is
    // what LigdiCash answers for it ("08" malformed or wrong currency, "02" amount).
    LigdiCashError withSubCode(const QString &subCode) const;

    // The SDKs' rule: the first match of \d{2,3}[a-z]? in response_text ("Echec (Code03a)" ->
    // "03a"); empty when there is none.
    static QString extractSubCode(QStringView responseText);

    Kind kind() const { return m_kind; }
    LigdiCashApi::Endpoint endpoint() const { return m_endpoint; }
    QString subCode() const { return m_subCode; }
    QString field() const { return m_field; }
    // The raw response_text for Rejected, the translated "what was expected" otherwise.
    QString detail() const { return m_detail; }

    // True when LigdiCash documents the sub-code as transient (createInvoice 04, 05, 06, 09;
    // confirmInvoice 03). A malformed answer is not known to be transient: the caller decides
    // (confirm is safe to repeat, create is not).
    bool retryable() const;

    // For a cashier or manager, translated: what happened and what to do.
    QString userMessage() const;
    // For logs and tests: "custom_data: expected an array", "Rejected Code05 (createInvoice)".
    QString toString() const;

    // "Echec (Code08)": response_text LigdiCash writes for subCode() (empty without a sub-code).
    QString responseText() const;
    // The whole answer LigdiCash gives for this error: {"response_code":"01","token":"",
    // "response_text":"Echec (CodeXX)","description":"","wiki":...}.
    QJsonObject toAnswerJson() const;

    friend bool operator==(const LigdiCashError &, const LigdiCashError &) = default;

private:
    LigdiCashError(Kind kind, LigdiCashApi::Endpoint endpoint, QString subCode, QString field,
                   QString detail);

    Kind m_kind = Kind::Malformed;
    LigdiCashApi::Endpoint m_endpoint = LigdiCashApi::Endpoint::CreateInvoice;
    QString m_subCode;
    QString m_field;
    QString m_detail;
};
