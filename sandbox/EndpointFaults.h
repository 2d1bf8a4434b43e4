#pragma once

// The fault knobs of one merchant endpoint: added latency and a list of fault rules, the first
// rule that fires wins. Read from and written to the scenario JSON ("create"/"confirm").

#include "FaultRule.h"

#include <QJsonObject>
#include <QList>

#include <optional>

class QRandomGenerator;

struct EndpointFaults
{
    int latencyMs = 0;
    QList<FaultRule> rules;

    // The rule that applies to this call, if any; consumes one of its "count" calls. The random
    // generator decides fractional rules, so a seeded generator gives a repeatable run.
    std::optional<FaultRule> take(QRandomGenerator &random);

    // Merges the keys present in json over *this; false with *error on a bad key or value.
    bool merge(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
};
