#include "HistoryCsv.h"

#include <QString>

namespace {

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm): exact for every date, and
// far cheaper than a QDateTime per row on a 100 000-row export.
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    *month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

// A spreadsheet evaluates a cell starting with = + - @ (or a tab or CR before one) as a formula.
// A sign followed by digits only is a number (a phone number such as +22670000000), not one.
bool readsAsFormula(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return false;
    const char first = utf8.front();
    if (first == '=' || first == '@' || first == '\t' || first == '\r')
        return true;
    if (first != '+' && first != '-')
        return false;
    for (char c : utf8.sliced(1)) {
        if ((c < '0' || c > '9') && c != ' ')
            return true;
    }
    return false;
}

void appendPadded(QByteArray &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

} // namespace

QByteArray HistoryCsv::start()
{
    return QByteArrayLiteral("\xEF\xBB\xBF"
                             "order_id,created_at,status,method,total,paid_amount,currency,"
                             "terminal,cashier,operator,customer_number,reference,tendered,change,"
                             "flags\r\n");
}

void HistoryCsv::appendField(QByteArray &out, QByteArrayView utf8)
{
    // Names and numbers come from people and from LigdiCash: a leading ' makes a spreadsheet show
    // such a cell as text instead of running it (CSV injection). Amounts never come here.
    QByteArray neutralised;
    if (readsAsFormula(utf8)) {
        neutralised = '\'' + utf8.toByteArray();
        utf8 = neutralised;
    }
    bool quote = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void HistoryCsv::appendField(QByteArray &out, QStringView text)
{
    appendField(out, QByteArrayView(text.toUtf8()));
}

void HistoryCsv::appendNumber(QByteArray &out, qint64 value)
{
    out.append(QByteArray::number(value));
}

void HistoryCsv::appendTime(QByteArray &out, qint64 msSinceEpoch, int tzMinutes)
{
    const qint64 local = msSinceEpoch + qint64(tzMinutes) * 60000;
    qint64 days = local / 86400000;
    qint64 msOfDay = local % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    const int seconds = int(msOfDay / 1000);
    appendPadded(out, year, 4);
    out.append('-');
    appendPadded(out, month, 2);
    out.append('-');
    appendPadded(out, day, 2);
    out.append(' ');
    appendPadded(out, seconds / 3600, 2);
    out.append(':');
    appendPadded(out, seconds / 60 % 60, 2);
    out.append(':');
    appendPadded(out, seconds % 60, 2);
}
