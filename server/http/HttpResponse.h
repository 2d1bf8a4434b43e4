#pragma once

// What a handler answers: status, headers and body. Errors always carry a JSON body of the form
// {"error":{"code":"...","message":"..."}} so that every client can show a clear message.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    static HttpResponse error(int status, const QString &code, const QString &message);
    static HttpResponse text(const QByteArray &body, const QByteArray &contentType,
                             int status = 200);
    static HttpResponse redirect(const QUrl &location, int status = 302);
    static HttpResponse empty(int status = 204);

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

// The machine code used for a bare HTTP status (e.g. 404 -> "not_found").
QString httpErrorCode(int status);
