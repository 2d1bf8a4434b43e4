#include "AdminHttp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

HttpResponse AdminHttp::badRequest(const QString &field, const QString &message)
{
    const QJsonObject error{{u"code"_s, u"bad_request"_s},
                            {u"message"_s, QString(field + u": "_s + message)},
                            {u"field"_s, field}};
    return HttpResponse::json(QJsonObject{{u"error"_s, error}}, 400);
}

HttpResponse AdminHttp::notFound(const QString &message)
{
    return HttpResponse::error(404, u"not_found"_s, message);
}

HttpResponse AdminHttp::conflict(const QString &code, const QString &message)
{
    return HttpResponse::error(409, code, message);
}

HttpResponse AdminHttp::storeUnavailable()
{
    return HttpResponse::error(503, u"unavailable"_s,
                               tr("The server cannot reach its database. Try again shortly."));
}

std::optional<QJsonObject> AdminHttp::jsonObject(const HttpRequest &request, HttpResponse *refusal)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *refusal = badRequest(u"body"_s, tr("must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

std::optional<qint64> AdminHttp::idParam(const HttpRequest &request)
{
    bool ok = false;
    const qint64 id = request.param(u"id"_s).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QJsonValue AdminHttp::time(qint64 ms)
{
    if (ms == 0)
        return QJsonValue::Null;
    // Spelled out: Qt writes a UTC QTimeZone as "+00:00", the API promises "Z".
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

QString AdminHttp::actor(const AuthContext &auth)
{
    return u"user:"_s + auth.userId;
}
