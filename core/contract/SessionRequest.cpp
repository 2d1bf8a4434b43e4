#include "SessionRequest.h"

#include "JsonReader.h"
#include "domain/DomainLimits.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QJsonObject SessionRequest::toJson() const
{
    return QJsonObject{{u"user"_s, user}, {u"pin"_s, pin}, {u"terminal_id"_s, terminalId}};
}

Result<SessionRequest> SessionRequest::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    SessionRequest request;
    request.user = reader.string(u"user", 64);
    request.pin = reader.string(u"pin", 8);
    request.terminalId = reader.string(u"terminal_id", DomainLimits::kMaxTextLength);
    if (!reader.ok())
        return reader.error();
    bool digitsOnly = request.pin.size() >= 4;
    for (QChar c : std::as_const(request.pin))
        digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
    if (!digitsOnly)
        return ParseError{u"pin"_s,
                          QCoreApplication::translate("SessionRequest", "must be 4 to 8 digits")};
    return request;
}
