#include "ServerClock.h"

#include <QDateTime>

namespace {

std::function<qint64()> & override()
{
    static std::function<qint64()> now;
    return now;
}

} // namespace

qint64 ServerClock::nowMs()
{
    if (const auto &now = override())
        return now();
    return QDateTime::currentMSecsSinceEpoch();
}

void ServerClock::setNowForTesting(std::function<qint64()> now)
{
    override() = std::move(now);
}
