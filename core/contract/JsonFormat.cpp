#include "JsonFormat.h"

namespace JsonFormat {

QJsonValue dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return QJsonValue(QJsonValue::Null);
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace JsonFormat
