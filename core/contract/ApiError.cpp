#include "ApiError.h"

#include "JsonReader.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct CodeInfo
{
    ApiError::Code code;
    QLatin1StringView name;
    int httpStatus;
};

// The one table of machine codes and HTTP statuses; clients switch on the names, so they never
// change once shipped.
constexpr std::array kCodes{
    CodeInfo{ApiError::Code::BadRequest, "bad_request"_L1, 400},
    CodeInfo{ApiError::Code::ValidationFailed, "validation_failed"_L1, 422},
    CodeInfo{ApiError::Code::Unauthorized, "unauthorized"_L1, 401},
    CodeInfo{ApiError::Code::Forbidden, "forbidden"_L1, 403},
    CodeInfo{ApiError::Code::NotFound, "not_found"_L1, 404},
    CodeInfo{ApiError::Code::MethodNotAllowed, "method_not_allowed"_L1, 405},
    CodeInfo{ApiError::Code::Conflict, "conflict"_L1, 409},
    CodeInfo{ApiError::Code::PayloadTooLarge, "payload_too_large"_L1, 413},
    CodeInfo{ApiError::Code::UnsupportedMediaType, "unsupported_media_type"_L1, 415},
    CodeInfo{ApiError::Code::TooManyRequests, "too_many_requests"_L1, 429},
    CodeInfo{ApiError::Code::InternalError, "internal_error"_L1, 500},
    CodeInfo{ApiError::Code::LigdiCashError, "ligdicash_error"_L1, 502},
    CodeInfo{ApiError::Code::Unavailable, "unavailable"_L1, 503},
    CodeInfo{ApiError::Code::UpstreamTimeout, "upstream_timeout"_L1, 504},
};

} // namespace

ApiError ApiError::make(Code code, const QString &message, const QString &field)
{
    return ApiError{codeToString(code), message, field};
}

ApiError ApiError::fromParseError(const ParseError &error, Code code)
{
    return make(code, error.toString(), error.field);
}

QString ApiError::codeToString(Code code)
{
    for (const CodeInfo &info : kCodes) {
        if (info.code == code)
            return QString(info.name);
    }
    return u"error"_s;
}

ApiError::Code ApiError::codeFromString(QStringView text)
{
    for (const CodeInfo &info : kCodes) {
        if (text == info.name)
            return info.code;
    }
    return Code::Unknown;
}

int ApiError::httpStatusFor(Code code)
{
    for (const CodeInfo &info : kCodes) {
        if (info.code == code)
            return info.httpStatus;
    }
    return 500;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return QJsonObject{{u"error"_s, error}};
}

Result<ApiError> ApiError::fromJson(const QJsonObject &json)
{
    JsonReader outer(json);
    const QJsonObject inner = outer.object(u"error");
    if (!outer.ok())
        return outer.error();
    JsonReader reader(inner, u"error"_s);
    ApiError error;
    error.code = reader.string(u"code", 64);
    // A server may leave the message empty; the code alone is still actionable.
    error.message = reader.optionalString(u"message", 4096);
    error.field = reader.optionalString(u"field", 256);
    if (!reader.ok())
        return reader.error();
    return error;
}
