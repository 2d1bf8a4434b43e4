#include "HttpResponse.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}},
                status);
}

HttpResponse HttpResponse::text(const QByteArray &body, const QByteArray &contentType, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

HttpResponse HttpResponse::redirect(const QUrl &location, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/plain");
    response.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    return response;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QString httpErrorCode(int status)
{
    switch (status) {
    case 400:
        return u"bad_request"_s;
    case 401:
        return u"unauthorized"_s;
    case 403:
        return u"forbidden"_s;
    case 404:
        return u"not_found"_s;
    case 405:
        return u"method_not_allowed"_s;
    case 409:
        return u"conflict"_s;
    case 413:
        return u"payload_too_large"_s;
    case 415:
        return u"unsupported_media_type"_s;
    case 422:
        return u"validation_failed"_s;
    case 429:
        return u"too_many_requests"_s;
    case 502:
        return u"bad_gateway"_s;
    case 503:
        return u"unavailable"_s;
    case 504:
        return u"upstream_timeout"_s;
    default:
        return status >= 500 ? u"internal_error"_s : u"error"_s;
    }
}
