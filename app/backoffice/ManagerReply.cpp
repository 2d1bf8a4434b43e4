#include "ManagerReply.h"

#include <QUrl>

using namespace Qt::StringLiterals;

ServerClient::JsonCallback ManagerReply::finished(std::function<void(const ServerError &)> done)
{
    return [done = std::move(done)](const QJsonObject &, const ServerError &error) { done(error); };
}

ServerError ManagerReply::badReply()
{
    ServerError error;
    error.kind = ServerError::Kind::BadReply;
    return error;
}

QString ManagerReply::encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QJsonArray ManagerReply::listIn(const QJsonObject &reply, const QString &key)
{
    return reply.value(key).isArray() ? reply.value(key).toArray()
                                      : reply.value(u"items"_s).toArray();
}

QString ManagerReply::idOf(const QJsonObject &object)
{
    const QJsonValue id = object.value(u"id"_s);
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}
