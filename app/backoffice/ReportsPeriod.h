#pragma once

// The periods a manager picks for a report, as whole days [from, toExclusive) of the shop's
// calendar. Weeks start on Monday (as in Burkina Faso and France); a custom range includes both of
// the days picked.

#include <QDate>

class ReportsPeriod
{
public:
    enum class Preset { Today, Yesterday, ThisWeek, ThisMonth, Custom };

    ReportsPeriod() = default;
    ReportsPeriod(QDate from, QDate toExclusive)
        : m_from(from)
        , m_toExclusive(toExclusive)
    {}

    // today: the shop's current date; customFirst/customLast only serve Preset::Custom.
    static ReportsPeriod of(Preset preset, QDate today, QDate customFirst = {},
                            QDate customLast = {});

    QDate from() const { return m_from; }
    QDate toExclusive() const { return m_toExclusive; }
    QDate last() const { return m_toExclusive.addDays(-1); }
    qint64 days() const { return m_from.daysTo(m_toExclusive); }
    bool isValid() const { return m_from.isValid() && m_toExclusive > m_from; }
    // One day is charted by hour of the day; longer ranges by day.
    bool isSingleDay() const { return days() == 1; }

    friend bool operator==(const ReportsPeriod &a, const ReportsPeriod &b) = default;

private:
    QDate m_from;
    QDate m_toExclusive;
};
