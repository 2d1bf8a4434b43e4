#pragma once

// The server's notion of "now" in milliseconds since the epoch (UTC), the unit every timestamp
// column uses. Tests replace it to cross lockout, session and expiry deadlines without sleeping.

#include <QtGlobal>

#include <functional>

class ServerClock
{
public:
    static qint64 nowMs();
    // An empty function restores the real clock.
    static void setNowForTesting(std::function<qint64()> now);
};
