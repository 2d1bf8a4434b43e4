#pragma once

// Every behaviour knob of the sandbox in one value: the API era, the accepted amount range, what
// cancel does, the faults of create and confirm, the callback behaviour and confirm's reported
// amount. One instance is global; an invoice may carry its own (the global one with its
// overrides merged in). Read from the --scenario JSON file and the control API.

#include "CallbackBehaviour.h"
#include "EndpointFaults.h"

#include <QJsonObject>

#include <optional>

struct Scenario
{
    enum class Era { Y2026, Y2024 };
    enum class CancelOutcome { NotCompleted, Pending };

    Era era = Era::Y2026;
    qint64 amountMin = 10;
    qint64 amountMax = 2000000;
    CancelOutcome cancel = CancelOutcome::NotCompleted;
    EndpointFaults create;
    EndpointFaults confirm;
    CallbackBehaviour callbacks;
    std::optional<qint64> confirmAmount; // confirm reports this amount instead of the invoiced one
    qint64 confirmAmountDelta = 0;       // ... or the invoiced amount plus this
    int timeoutHoldMs = 120000;          // a "timeout" fault closes the connection after this
    // What happens to a direct payin (no page): stays pending until settled through the control
    // API, or the payer "approves"/"refuses" the USSD push after directDelayMs.
    enum class DirectOutcome { Pending, Completed, NotCompleted };
    DirectOutcome directOutcome = DirectOutcome::Pending;
    int directDelayMs = 2000;

    // Merges the keys present in json over *this; false with *error on an unknown key or a bad
    // value (a typo in a scenario file must not silently do nothing).
    bool merge(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;

    bool nocompletedSpelling() const { return era == Era::Y2024 || callbacks.nocompleted; }
};
