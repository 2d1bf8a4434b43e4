#include "ligdicash/InvoiceRequest.h"

LigdiCashResult<Money> InvoiceRequest::total() const
{
    return totalAmount;
}

LigdiCashResult<QJsonObject> InvoiceRequest::toJson() const
{
    return QJsonObject();
}

LigdiCashResult<QByteArray> InvoiceRequest::toBody() const
{
    return QByteArray();
}

LigdiCashResult<InvoiceRequest> InvoiceRequest::parse(const QByteArray &, LigdiCashApi::PayinMode,
                                                      Money, Money)
{
    return InvoiceRequest();
}

LigdiCashResult<InvoiceRequest> InvoiceRequest::fromJson(const QJsonObject &,
                                                         LigdiCashApi::PayinMode, Money, Money)
{
    return InvoiceRequest();
}
