#include "ligdicash/CreateInvoiceResponse.h"

LigdiCashResult<CreateInvoiceResponse> CreateInvoiceResponse::parse(const QByteArray &,
                                                                    LigdiCashApi::PayinMode)
{
    return CreateInvoiceResponse();
}

LigdiCashResult<CreateInvoiceResponse> CreateInvoiceResponse::fromJson(const QJsonObject &,
                                                                       LigdiCashApi::PayinMode)
{
    return CreateInvoiceResponse();
}

QJsonObject CreateInvoiceResponse::toJson() const
{
    return {};
}
