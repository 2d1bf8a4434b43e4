#pragma once

// How a sandbox is set up: where it listens, the merchant's key pair, the control key, the
// public URL used in payment links, the seed and the starting scenario. Empty keys are generated.

#include "Scenario.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

struct SandboxOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    QString apiKey;     // "Apikey" header
    QString authToken;  // "Authorization: Bearer ..."
    QString controlKey; // "X-Sandbox-Key" header of the control API
    // When set, the control API listens on this port only (on `host`), not under the merchant
    // port. 0 = under the merchant port.
    quint16 controlPort = 0;
    bool separateControlPort = false;
    QUrl publicUrl; // base of payment links; default http://host:port
    quint64 seed = 1;
    Scenario scenario;
    qsizetype requestLogCapacity = 2000;
    qsizetype callbackLogCapacity = 2000;
    int maxHeldRequests = 64; // "timeout" faults hold at most this many connections
};
