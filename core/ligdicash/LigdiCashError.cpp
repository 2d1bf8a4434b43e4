#include "ligdicash/LigdiCashError.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct SubCode
{
    const char *code;
    const char *message; // English source, translated in the "LigdiCash" context
    bool retryable;
};

// createInvoice sub-codes, hosted and direct alike (public table, Code00 to Code16).
constexpr std::array<SubCode, 17> createInvoiceCodes{{
    {"00",
     QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash refused the shop's API keys. Check the API key and "
                                    "token in the server settings."),
     false},
    {"01",
     QT_TRANSLATE_NOOP("LigdiCash", "Mobile money payments are not activated on the shop's "
                                    "LigdiCash project. Contact LigdiCash."),
     false},
    {"02",
     QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash refused the amount: it is outside the range "
                                    "allowed for this payment."),
     false},
    {"03",
     QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash refused the server's IP address. Ask LigdiCash to "
                                    "allow it."),
     false},
    {"04",
     QT_TRANSLATE_NOOP("LigdiCash",
                       "LigdiCash could not process the request. Try again in a moment."),
     true},
    {"05",
     QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash could not reach the mobile money operator. Try "
                                    "again in a moment."),
     true},
    {"06",
     QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash could not send the request. Try again in a moment."),
     true},
    {"07",
     QT_TRANSLATE_NOOP("LigdiCash", "This mobile money operator is not enabled on the shop's "
                                    "LigdiCash project."),
     false},
    {"08", QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash rejected the payment details as invalid."),
     false},
    {"09",
     QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash had an internal error. Try again in a moment."),
     true},
    {"10",
     QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash expected a request signature that was not sent."),
     false},
    {"11", QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash rejected the request signature."), false},
    {"12", QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash refused the request method."), false},
    {"13",
     QT_TRANSLATE_NOOP("LigdiCash", "This payment method is not allowed on the shop's LigdiCash "
                                    "project."),
     false},
    {"14", QT_TRANSLATE_NOOP("LigdiCash", "The LigdiCash wallet credentials are wrong."), false},
    {"15",
     QT_TRANSLATE_NOOP("LigdiCash", "The one-time code (OTP) is wrong. Ask the customer for a new "
                                    "code and try again."),
     false},
    {"16",
     QT_TRANSLATE_NOOP("LigdiCash", "The one-time code (OTP) has expired. Start a new payment."),
     false},
}};

// confirmInvoice sub-codes (the 2024 SDK maps; they differ from createInvoice's).
constexpr std::array<SubCode, 5> confirmInvoiceCodes{{
    {"00",
     QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash refused the shop's API keys while checking a "
                                    "payment. Check the API key and token in the server settings."),
     false},
    {"01",
     QT_TRANSLATE_NOOP("LigdiCash", "Mobile money payments are not activated on the shop's "
                                    "LigdiCash project. Contact LigdiCash."),
     false},
    {"02", QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash does not know this invoice."), false},
    {"03",
     QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash could not check the payment right now. Try again "
                                    "in a moment."),
     true},
    {"04", QT_TRANSLATE_NOOP("LigdiCash", "LigdiCash rejected the payment check as invalid."),
     false},
}};

const SubCode *findSubCode(LigdiCashApi::Endpoint endpoint, const QString &code)
{
    const auto search = [&code](const auto &table) -> const SubCode * {
        for (const SubCode &entry : table) {
            if (code == QLatin1StringView(entry.code))
                return &entry;
        }
        return nullptr;
    };
    switch (endpoint) {
    case LigdiCashApi::Endpoint::CreateInvoice:
        return search(createInvoiceCodes);
    case LigdiCashApi::Endpoint::ConfirmInvoice:
        return search(confirmInvoiceCodes);
    case LigdiCashApi::Endpoint::Callback:
        return nullptr;
    }
    return nullptr;
}

QString endpointName(LigdiCashApi::Endpoint endpoint)
{
    switch (endpoint) {
    case LigdiCashApi::Endpoint::CreateInvoice:
        return u"createInvoice"_s;
    case LigdiCashApi::Endpoint::ConfirmInvoice:
        return u"confirmInvoice"_s;
    case LigdiCashApi::Endpoint::Callback:
        return u"callback"_s;
    }
    return {};
}

} // namespace

LigdiCashError::LigdiCashError(Kind kind, LigdiCashApi::Endpoint endpoint, QString subCode,
                               QString field, QString detail)
    : m_kind(kind)
    , m_endpoint(endpoint)
    , m_subCode(std::move(subCode))
    , m_field(std::move(field))
    , m_detail(std::move(detail))
{}

LigdiCashError LigdiCashError::rejected(LigdiCashApi::Endpoint endpoint,
                                        const QString &responseText)
{
    return LigdiCashError(Kind::Rejected, endpoint, extractSubCode(responseText), QString(),
                          responseText);
}

LigdiCashError LigdiCashError::malformed(LigdiCashApi::Endpoint endpoint, const QString &field,
                                         const QString &message)
{
    return LigdiCashError(Kind::Malformed, endpoint, QString(), field, message);
}

LigdiCashError LigdiCashError::amountOutOfRange(LigdiCashApi::Endpoint endpoint,
                                                const QString &field, const QString &message)
{
    return LigdiCashError(Kind::AmountOutOfRange, endpoint, QString(), field, message);
}

LigdiCashError LigdiCashError::unsupportedCurrency(LigdiCashApi::Endpoint endpoint,
                                                   const QString &field, const QString &currency)
{
    return LigdiCashError(
        Kind::UnsupportedCurrency, endpoint, QString(), field,
        QCoreApplication::translate("LigdiCash", "\"%1\" is not accepted: LigdiCash only takes XOF")
            .arg(currency));
}

LigdiCashError LigdiCashError::withSubCode(const QString &subCode) const
{
    LigdiCashError copy = *this;
    copy.m_subCode = subCode;
    return copy;
}

QString LigdiCashError::extractSubCode(QStringView responseText)
{
    // The SDKs' pattern, ASCII digits only so that no other script's digits become a code.
    static const QRegularExpression pattern(u"[0-9]{2,3}[a-z]?"_s);
    const QRegularExpressionMatch match = pattern.match(responseText.toString());
    return match.hasMatch() ? match.captured(0) : QString();
}

bool LigdiCashError::retryable() const
{
    if (m_kind != Kind::Rejected)
        return false;
    const SubCode *entry = findSubCode(m_endpoint, m_subCode);
    return entry && entry->retryable;
}

QString LigdiCashError::userMessage() const
{
    switch (m_kind) {
    case Kind::Rejected:
        if (const SubCode *entry = findSubCode(m_endpoint, m_subCode))
            return QCoreApplication::translate("LigdiCash", entry->message);
        if (m_subCode.isEmpty())
            return QCoreApplication::translate("LigdiCash", "LigdiCash refused the request.");
        return QCoreApplication::translate("LigdiCash", "LigdiCash refused the request (code %1).")
            .arg(m_subCode);
    case Kind::Malformed:
        return QCoreApplication::translate("LigdiCash",
                                           "LigdiCash's data could not be read (%1). The payment "
                                           "was not changed.")
            .arg(toString());
    case Kind::AmountOutOfRange:
        return QCoreApplication::translate("LigdiCash", "The amount cannot be paid through "
                                                        "LigdiCash (%1).")
            .arg(toString());
    case Kind::UnsupportedCurrency:
        return QCoreApplication::translate("LigdiCash", "LigdiCash only accepts payments in XOF "
                                                        "(%1).")
            .arg(toString());
    }
    return toString();
}

QString LigdiCashError::toString() const
{
    if (m_kind == Kind::Rejected) {
        const QString code = m_subCode.isEmpty() ? u"without sub-code"_s : u"Code"_s + m_subCode;
        return u"LigdiCash rejected "_s + endpointName(m_endpoint) + u' ' + code + u" ("_s +
               m_detail + u')';
    }
    if (m_field.isEmpty())
        return m_detail;
    return m_field + u": "_s + m_detail;
}

QString LigdiCashError::responseText() const
{
    if (m_subCode.isEmpty())
        return {};
    return u"Echec (Code"_s + m_subCode + u')';
}

QJsonObject LigdiCashError::toAnswerJson() const
{
    return QJsonObject{
        {u"response_code"_s, QString(LigdiCashApi::responseCodeError)},
        {u"token"_s, QString()},
        {u"response_text"_s, responseText()},
        {u"description"_s, QString()},
        {u"wiki"_s, QString(LigdiCashApi::wikiUrl(m_endpoint))},
    };
}
