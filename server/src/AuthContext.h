#pragma once

// Who is calling, as AuthGuard resolved it from the request's terminal token and (optionally)
// session token. Orders stamp terminalId and userId; ids are the decimal text of the database ids.

#include "domain/UserRole.h"

#include <QString>

struct AuthContext
{
    QString terminalId;
    QString terminalName;
    QString sessionId; // empty when the request carried no session (requireTerminal)
    QString userId;
    QString userName;
    UserRole role = UserRole::Cashier;

    bool hasSession() const { return !sessionId.isEmpty(); }
    bool isManager() const { return hasSession() && role == UserRole::Manager; }
};
