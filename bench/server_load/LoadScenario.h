#pragma once

// One measured run of the load generator: N keep-alive connections send requests built by a
// factory for a fixed time; afterwards it knows requests/s, latency percentiles and errors.

#include "LoadConnection.h"

#include <QList>
#include <QString>

class LoadScenario
{
public:
    struct Figures
    {
        QString name;
        int connections = 0;
        qint64 requests = 0;
        qint64 errors = 0; // non-2xx answers and failed connections
        double requestsPerSecond = 0;
        double p50Ms = 0;
        double p99Ms = 0;
    };

    static Figures run(const QString &name, const QHostAddress &host, quint16 port, int connections,
                       int durationMs, const LoadConnection::RequestFactory &factory);
};
