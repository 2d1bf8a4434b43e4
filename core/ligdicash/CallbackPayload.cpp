#include "ligdicash/CallbackPayload.h"

QByteArray CallbackPayload::dedupKey() const
{
    return {};
}

LigdiCashResult<CallbackPayload> CallbackPayload::parse(QStringView, const QByteArray &)
{
    return CallbackPayload();
}
