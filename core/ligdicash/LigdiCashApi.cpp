#include "ligdicash/LigdiCashApi.h"

namespace LigdiCashApi {

const Operator *findOperator(QStringView)
{
    return nullptr;
}

QLatin1StringView createPath(PayinMode mode)
{
    return mode == PayinMode::Hosted ? hostedCreatePath : directCreatePath;
}

QLatin1StringView wikiUrl(Endpoint endpoint)
{
    return endpoint == Endpoint::CreateInvoice ? wikiCreateInvoice : wikiConfirmInvoice;
}

QUrl createUrl(const QUrl &base, PayinMode)
{
    return base;
}

QUrl confirmUrl(const QUrl &base, const QString &)
{
    return base;
}

QUrl paymentPageUrl(const QUrl &base, const QString &)
{
    return base;
}

} // namespace LigdiCashApi
