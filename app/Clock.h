#pragma once

// The time the app reads, replaceable in tests (after KeePassXC's core/Clock): journals stamp
// their rows with it, so a test can pin "now" without sleeping.

#include <QDateTime>

#include <functional>

class Clock
{
public:
    static QDateTime currentDateTimeUtc();
    // Replaces the source of time; an empty function restores the system clock.
    static void setCurrentDateTimeUtcImpl(std::function<QDateTime()> impl);
};
