#include "ReportRange.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
// UTC-12:00 .. UTC+14:00, the offsets in use on Earth.
constexpr int kMinTz = -12 * 60;
constexpr int kMaxTz = 14 * 60;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

std::optional<ReportRange> ReportRange::fromRequest(const HttpRequest &request, qint64 nowMs,
                                                    Defaults defaults, QString *error)
{
    ReportRange range;
    const QString tz = request.queryValue(u"tz"_s);
    if (!tz.isEmpty()) {
        bool ok = false;
        const int minutes = tz.toInt(&ok);
        if (!ok || minutes < kMinTz || minutes > kMaxTz) {
            *error = tr("tz must be the shop's UTC offset in minutes, between %1 and %2.")
                         .arg(kMinTz)
                         .arg(kMaxTz);
            return std::nullopt;
        }
        range.tzMinutes = minutes;
    }

    const QString from = request.queryValue(u"from"_s);
    const QString to = request.queryValue(u"to"_s);
    if (!from.isEmpty()) {
        const std::optional<qint64> parsed = range.parseTime(from);
        if (!parsed) {
            *error = tr("from must be an ISO 8601 time such as 2026-11-25T15:00:00.000Z or a "
                        "date such as 2026-11-25.");
            return std::nullopt;
        }
        range.fromMs = *parsed;
    }
    if (!to.isEmpty()) {
        const std::optional<qint64> parsed = range.parseTime(to);
        if (!parsed) {
            *error = tr("to must be an ISO 8601 time such as 2026-11-25T15:00:00.000Z or a "
                        "date such as 2026-11-25.");
            return std::nullopt;
        }
        range.toMs = *parsed;
    }
    if (defaults == Defaults::Today) {
        const qint64 today = range.startOfDay(range.localDate(nowMs));
        if (from.isEmpty())
            range.fromMs = today;
        if (to.isEmpty())
            range.toMs = today + kDayMs;
    }
    if (range.toMs <= range.fromMs) {
        *error = tr("to must come after from.");
        return std::nullopt;
    }
    return range;
}

std::optional<qint64> ReportRange::parseTime(const QString &text) const
{
    static const QRegularExpression datePattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (datePattern.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return startOfDay(date);
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // A time without a zone would depend on the server's own zone: refused.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

QDate ReportRange::localDate(qint64 ms) const
{
    const qint64 local = ms + qint64(tzMinutes) * 60 * 1000;
    return QDate(1970, 1, 1).addDays(floorDiv(local, kDayMs));
}

int ReportRange::localHour(qint64 ms) const
{
    const qint64 local = ms + qint64(tzMinutes) * 60 * 1000;
    return int((local - floorDiv(local, kDayMs) * kDayMs) / (3600 * 1000));
}

qint64 ReportRange::startOfDay(QDate date) const
{
    return QDate(1970, 1, 1).daysTo(date) * kDayMs - qint64(tzMinutes) * 60 * 1000;
}

QString ReportRange::isoUtc(qint64 ms)
{
    // Formatted by hand: Qt 6.4 writes a UTC QTimeZone as "+00:00", later versions as "Z".
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
               .toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) +
           u'Z';
}
