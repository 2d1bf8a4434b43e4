#pragma once

// POST /api/v1/session: a cashier signs in on a terminal with their user name and PIN.
// The PIN is a secret: never log this struct.

#include "Result.h"

#include <QJsonObject>
#include <QString>

struct SessionRequest
{
    QString user;
    QString pin;        // 4 to 8 digits
    QString terminalId; // which till; stamped on every order of the session

    // {"user","pin","terminal_id"}
    QJsonObject toJson() const;
    static Result<SessionRequest> fromJson(const QJsonObject &json);

    friend bool operator==(const SessionRequest &, const SessionRequest &) = default;
};
