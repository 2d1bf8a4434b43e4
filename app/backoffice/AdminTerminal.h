#pragma once

// A till registered with the server, as the manager's Terminals page lists it
// (GET /api/v1/admin/terminals). The token only comes back once, in the answer to its creation.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

struct AdminTerminal
{
    QString id;
    QString name;
    QDateTime createdAt;
    QDateTime lastSeenAt; // invalid: never seen
    bool revoked = false;
    QString token; // only in the answer to POST /api/v1/admin/terminals

    // {"id","name","created_at","last_seen_at","revoked"[,"token"]}; nullopt without id or name.
    static std::optional<AdminTerminal> fromJson(const QJsonObject &object);
};
