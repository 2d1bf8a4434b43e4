#include "ReportsPeriod.h"

#include <utility>

ReportsPeriod ReportsPeriod::of(Preset preset, QDate today, QDate customFirst, QDate customLast)
{
    switch (preset) {
    case Preset::Today:
        return {today, today.addDays(1)};
    case Preset::Yesterday:
        return {today.addDays(-1), today};
    case Preset::ThisWeek: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return {monday, monday.addDays(7)};
    }
    case Preset::ThisMonth: {
        const QDate first(today.year(), today.month(), 1);
        return {first, first.addMonths(1)};
    }
    case Preset::Custom:
        if (customLast < customFirst)
            std::swap(customFirst, customLast);
        return {customFirst, customLast.addDays(1)};
    }
    return {};
}
