#pragma once

// The error body every /api/v1 endpoint answers with: {"error":{"code":"...","message":"...",
// "field":"..."}}. `code` is a stable machine code clients switch on; `message` is for people;
// `field` (optional) names the offending request field. httpStatus() is the one mapping from
// code to HTTP status.

#include "ParseError.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

struct ApiError
{
    enum class Code {
        BadRequest,           // "bad_request" 400: not JSON, wrong types, missing fields
        ValidationFailed,     // "validation_failed" 422: well-formed but inconsistent (totals...)
        Unauthorized,         // "unauthorized" 401: no or expired session
        Forbidden,            // "forbidden" 403: the role may not do this
        NotFound,             // "not_found" 404
        MethodNotAllowed,     // "method_not_allowed" 405
        Conflict,             // "conflict" 409: same id, different content; illegal transition
        PayloadTooLarge,      // "payload_too_large" 413
        UnsupportedMediaType, // "unsupported_media_type" 415
        TooManyRequests,      // "too_many_requests" 429
        InternalError,        // "internal_error" 500
        LigdiCashError,       // "ligdicash_error" 502: LigdiCash refused or answered nonsense
        Unavailable,          // "unavailable" 503
        UpstreamTimeout,      // "upstream_timeout" 504: LigdiCash did not answer in time
        Unknown,              // a code this build does not know (a newer server)
    };

    QString code;    // as on the wire, e.g. "validation_failed"
    QString message; // for people
    QString field;   // optional: the offending field, e.g. "lines[2].quantity"

    static ApiError make(Code code, const QString &message, const QString &field = {});
    // A request that could not be read: bad_request naming the field.
    static ApiError fromParseError(const ParseError &error, Code code = Code::BadRequest);

    Code kind() const { return codeFromString(code); }
    int httpStatus() const { return httpStatusFor(kind()); }

    static QString codeToString(Code code);
    // Unknown spellings give Code::Unknown.
    static Code codeFromString(QStringView text);
    static int httpStatusFor(Code code);

    // {"error":{"code","message"[,"field"]}}
    QJsonObject toJson() const;
    // Expects the whole body, i.e. an object with an "error" object inside.
    static Result<ApiError> fromJson(const QJsonObject &json);

    friend bool operator==(const ApiError &, const ApiError &) = default;
};
