#pragma once

// What the admin endpoints share: the 400 that names the offending field, the 503 when the
// database does not answer, reading a JSON object body, the time format of the manager API and
// the audit-log actor of a manager's request.

#include "AuthContext.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class AdminHttp
{
    Q_DECLARE_TR_FUNCTIONS(AdminHttp)

public:
    // 400 {"error":{"code":"bad_request","message":"<field>: <message>","field":"<field>"}}.
    static HttpResponse badRequest(const QString &field, const QString &message);
    static HttpResponse notFound(const QString &message);
    static HttpResponse conflict(const QString &code, const QString &message);
    static HttpResponse storeUnavailable();
    // The body as a JSON object, or the 400 to answer in *refusal.
    static std::optional<QJsonObject> jsonObject(const HttpRequest &request, HttpResponse *refusal);
    // A positive decimal id from the path, or nothing (the route answers 404 then).
    static std::optional<qint64> idParam(const HttpRequest &request);
    // ISO 8601 UTC with milliseconds; null for 0 (never happened).
    static QJsonValue time(qint64 ms);
    // "user:7": who acted, as the audit log records it.
    static QString actor(const AuthContext &auth);
};
