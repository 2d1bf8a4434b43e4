#pragma once

// The till's shift calls (docs/manager-api.md "Shifts and the Z report"): open with a float, the
// open shift (never its expected cash: the count is blind), close with the counted cash (and a
// manager's PIN when the server asks for one), the list of shifts and a stored Z report to
// reprint. Typed calls over ServerClient::send.

#include "Money.h"
#include "ServerError.h"
#include "ShiftReport.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QJsonObject;
class QObject;
class ServerClient;

class ShiftClient
{
public:
    // A shift as the list and GET /shifts/current show it; closing fields stay empty while open.
    struct Shift
    {
        QString id;
        QString terminalId;
        QString terminalName;
        QDateTime openedAt;
        QString openedByName;
        Money openingFloat;
        QDateTime closedAt;
        QString closedByName;
        std::optional<Money> countedCash;
        std::optional<Money> difference;

        bool isValid() const { return !id.isEmpty(); }
        bool isOpen() const { return !closedAt.isValid(); }
        static std::optional<Shift> fromJson(const QJsonObject &object);
    };
    // The manager who approves a count outside the limit.
    struct Approval
    {
        QString managerId;
        QString pin;
    };

    // Someone who may approve a count (GET /api/v1/users, role "manager").
    struct Manager
    {
        QString id;
        QString name;
    };

    // The server's codes this flow reacts to.
    static constexpr QLatin1StringView kApprovalRequired{"manager_approval_required"};
    static constexpr QLatin1StringView kWrongPin{"wrong_pin"};
    static constexpr QLatin1StringView kShiftOpen{"shift_open"};
    static constexpr QLatin1StringView kNoShift{"no_shift"};

    explicit ShiftClient(ServerClient *server);

    void open(Money openingFloat, QObject *context,
              std::function<void(const Shift &, const ServerError &)> done);
    // An invalid Shift with error code no_shift when none is open.
    void current(QObject *context, std::function<void(const Shift &, const ServerError &)> done);
    void close(const QString &shiftId, Money countedCash, const QString &note,
               const std::optional<Approval> &approval, QObject *context,
               std::function<void(const ShiftReport &, const ServerError &)> done);
    // Shifts opened in [from, toExclusive) (days in the tz offset), newest first; terminal empty
    // for every terminal.
    void list(QDate from, QDate toExclusive, int tzMinutes, const QString &terminalId,
              QObject *context,
              std::function<void(const QList<Shift> &, const ServerError &)> done);
    void managers(QObject *context,
                  std::function<void(const QList<Manager> &, const ServerError &)> done);
    void report(const QString &shiftId, QObject *context,
                std::function<void(const ShiftReport &, const ServerError &)> done);

private:
    ServerClient *m_server;
};
