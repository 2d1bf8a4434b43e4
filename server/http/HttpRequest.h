#pragma once

// A request as the HTTP layer hands it to a handler: a plain copy of what arrived, independent of
// the HTTP library underneath, plus the path parameters the router captured.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

struct HttpRequest
{
    QByteArray method; // upper case: "GET", "POST", ...
    QUrl url;
    QString path; // decoded, without a trailing slash (except "/")
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;
    QHash<QString, QString> params; // "{id}" segments captured by the route

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
    // The media type of Content-Type, lower case, without parameters ("application/json").
    QByteArray mediaType() const;
    QString queryValue(const QString &key) const;
    QString param(const QString &key) const { return params.value(key); }
    // The token of "Authorization: Bearer <token>", empty when absent or of another scheme.
    QByteArray bearerToken() const;
};
