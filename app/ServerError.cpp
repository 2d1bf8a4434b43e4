#include "ServerError.h"

#include <QCoreApplication>

bool ServerError::isTransient() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Unavailable ||
           kind == Kind::Server || kind == Kind::Busy;
}

QString ServerError::userMessage() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        text = QCoreApplication::translate("ServerError", "The server cannot be reached.");
        break;
    case Kind::Timeout:
        text = QCoreApplication::translate("ServerError", "The server did not answer in time.");
        break;
    case Kind::Tls:
        text = QCoreApplication::translate("ServerError",
                                           "The server's certificate is not trusted (TLS error).");
        break;
    case Kind::Unauthorized:
        text = QCoreApplication::translate(
            "ServerError", "Access refused: check the terminal token or log in again.");
        break;
    case Kind::Forbidden:
        text = QCoreApplication::translate("ServerError", "This action needs a manager.");
        break;
    case Kind::NotFound:
        text = QCoreApplication::translate("ServerError", "Not found on the server.");
        break;
    case Kind::Conflict:
        text = QCoreApplication::translate(
            "ServerError", "The server already has a different order with this number.");
        break;
    case Kind::Invalid:
        text = QCoreApplication::translate("ServerError", "The server refused the request.");
        break;
    case Kind::Unavailable:
        text = QCoreApplication::translate("ServerError",
                                           "The payment service is unavailable for now.");
        break;
    case Kind::Busy:
        text = QCoreApplication::translate("ServerError", "Too many attempts; wait a moment.");
        break;
    case Kind::Server:
        text = QCoreApplication::translate("ServerError", "The server had an internal error.");
        break;
    case Kind::BadReply:
        text = QCoreApplication::translate("ServerError", "The server sent an unexpected answer.");
        break;
    }
    // The server's own words add to ours, except when they say the same thing again (a plain
    // 403 "forbidden" is "needs a manager" on both sides, in the server's language).
    const bool sameAsOurs =
        message == text || (kind == Kind::Forbidden && code == QLatin1StringView("forbidden"));
    if (!message.isEmpty() && !sameAsOurs)
        text += u' ' + message;
    return text;
}

ServerError ServerError::fromHttpStatus(int status, const QString &code, const QString &message)
{
    ServerError error;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    if (status == 401)
        error.kind = Kind::Unauthorized;
    else if (status == 403)
        error.kind = Kind::Forbidden;
    else if (status == 404)
        error.kind = Kind::NotFound;
    else if (status == 409)
        error.kind = Kind::Conflict;
    else if (status == 429)
        error.kind = Kind::Busy;
    else if (status == 502 || status == 503 || status == 504)
        error.kind = Kind::Unavailable;
    else if (status >= 500)
        error.kind = Kind::Server;
    else if (status >= 400)
        error.kind = Kind::Invalid;
    return error;
}
