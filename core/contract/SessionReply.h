#pragma once

// The answer to SessionRequest: an opaque bearer token for the following requests
// ("Authorization: Bearer <token>"), what the person may do and how to greet them.

#include "Result.h"
#include "domain/UserRole.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct SessionReply
{
    QString token;
    UserRole role = UserRole::Cashier;
    QString userId;
    QString displayName;
    QDateTime expiresAt; // UTC

    // {"token","role","user_id","display_name","expires_at"}
    QJsonObject toJson() const;
    static Result<SessionReply> fromJson(const QJsonObject &json);

    friend bool operator==(const SessionReply &, const SessionReply &) = default;
};
