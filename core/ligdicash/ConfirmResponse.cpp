#include "ligdicash/ConfirmResponse.h"

LigdiCashResult<ConfirmResponse> ConfirmResponse::parse(const QByteArray &)
{
    return ConfirmResponse();
}

LigdiCashResult<ConfirmResponse> ConfirmResponse::fromJson(const QJsonObject &)
{
    return ConfirmResponse();
}

QJsonObject ConfirmResponse::toJson() const
{
    return {};
}
