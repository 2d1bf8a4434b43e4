#include "Clock.h"

namespace {
std::function<QDateTime()> &impl()
{
    static std::function<QDateTime()> function;
    return function;
}
} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    if (impl())
        return impl()();
    return QDateTime::currentDateTimeUtc();
}

void Clock::setCurrentDateTimeUtcImpl(std::function<QDateTime()> function)
{
    impl() = std::move(function);
}
