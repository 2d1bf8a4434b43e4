#pragma once

// The time window and shop offset of a report, read from a request's `from`, `to` and `tz`
// (docs/manager-api.md): times are ISO 8601 with a zone, or a date YYYY-MM-DD meaning that day's
// 00:00 in the `tz` offset (minutes east of UTC). Also turns instants into the shop's local date
// and hour, which is all the reports need of time zones.

#include "HttpRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <limits>
#include <optional>

class ReportRange
{
    Q_DECLARE_TR_FUNCTIONS(ReportRange)

public:
    // What a missing bound means.
    enum class Defaults {
        Today,    // from: 00:00 today, to: 00:00 tomorrow (in the tz offset)
        Unbounded // no limit on that side
    };

    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();
    int tzMinutes = 0;

    // Nothing, with a message naming the parameter in *error, for bad input or to <= from.
    static std::optional<ReportRange> fromRequest(const HttpRequest &request, qint64 nowMs,
                                                  Defaults defaults, QString *error);

    bool hasFrom() const { return fromMs != std::numeric_limits<qint64>::min(); }
    bool hasTo() const { return toMs != std::numeric_limits<qint64>::max(); }

    QDate localDate(qint64 ms) const;
    int localHour(qint64 ms) const;
    // 00:00 of date in the tz offset, as UTC milliseconds.
    qint64 startOfDay(QDate date) const;

    // "2026-11-25T15:04:05.123Z"
    static QString isoUtc(qint64 ms);

private:
    std::optional<qint64> parseTime(const QString &text) const;
};
