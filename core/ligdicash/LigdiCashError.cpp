#include "ligdicash/LigdiCashError.h"

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
    return LigdiCashError(Kind::UnsupportedCurrency, endpoint, QString(), field, currency);
}

LigdiCashError LigdiCashError::withSubCode(const QString &subCode) const
{
    LigdiCashError copy = *this;
    copy.m_subCode = subCode;
    return copy;
}

QString LigdiCashError::extractSubCode(QStringView)
{
    return {};
}

bool LigdiCashError::retryable() const
{
    return false;
}

QString LigdiCashError::userMessage() const
{
    return m_detail;
}

QString LigdiCashError::toString() const
{
    return m_detail;
}

QString LigdiCashError::responseText() const
{
    return {};
}

QJsonObject LigdiCashError::toAnswerJson() const
{
    return {};
}
