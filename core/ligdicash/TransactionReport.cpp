#include "ligdicash/TransactionReport.h"

LigdiCashResult<TransactionReport> TransactionReport::fromJson(const QJsonObject &,
                                                               LigdiCashApi::Endpoint)
{
    return TransactionReport();
}

TransactionReport::Status TransactionReport::parseStatus(QStringView)
{
    return Status::Unknown;
}
