#include "HistoryFilter.h"

#include "domain/OrderStatus.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// UTC offsets run from -12:00 to +14:00.
constexpr int kMaxTzMinutes = 14 * 60;
constexpr qsizetype kMaxSearchLength = 100;

struct SortName
{
    HistoryFilter::Sort sort;
    QLatin1StringView name;
};

constexpr SortName kSorts[] = {
    {HistoryFilter::Sort::CreatedDesc, "created_desc"_L1},
    {HistoryFilter::Sort::CreatedAsc, "created_asc"_L1},
    {HistoryFilter::Sort::TotalDesc, "total_desc"_L1},
    {HistoryFilter::Sort::TotalAsc, "total_asc"_L1},
};

std::optional<qint64> wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QStringList HistoryFilter::statusNames()
{
    QStringList names;
    for (OrderStatus status : allOrderStatuses())
        names.append(orderStatusToString(status));
    return names;
}

QString HistoryFilter::sortName() const
{
    for (const SortName &entry : kSorts) {
        if (entry.sort == m_sort)
            return entry.name;
    }
    return {};
}

bool HistoryFilter::parseTime(const QString &name, const QString &value, std::optional<qint64> *out,
                              Problem *problem) const
{
    if (value.isEmpty())
        return true;
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (dateOnly.match(value).hasMatch()) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid()) {
            // That day's midnight in the shop's offset.
            *out = QDateTime(date, QTime(0, 0), QTimeZone(m_tzMinutes * 60)).toMSecsSinceEpoch();
            return true;
        }
    } else {
        QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (time.isValid()) {
            // Without an offset the time is read as UTC, like every time of the API.
            if (time.timeSpec() == Qt::LocalTime)
                time = QDateTime(time.date(), time.time(), QTimeZone::utc());
            *out = time.toMSecsSinceEpoch();
            return true;
        }
    }
    *problem = {name, tr("%1 must be a date (2026-11-25) or an ISO 8601 time "
                         "(2026-11-25T15:04:05.123Z).")
                          .arg(name)};
    return false;
}

bool HistoryFilter::parseCursor(const QString &value, Problem *problem)
{
    if (value.isEmpty())
        return true;
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QStringList parts = decoded ? QString::fromUtf8(*decoded).split(u'|') : QStringList();
    // A cursor belongs to the sort it was made for: reusing it with another would skip rows.
    if (parts.size() == 3 && parts.at(0) == sortName() && wholeNumber(parts.at(1)) &&
        !parts.at(2).isEmpty()) {
        m_cursor = Cursor{*wholeNumber(parts.at(1)), parts.at(2)};
        return true;
    }
    *problem = {u"cursor"_s, tr("cursor is not a next_cursor of this sort; start again without "
                                "it.")};
    return false;
}

QString HistoryFilter::encodeCursor(qint64 key, const QString &id) const
{
    const QString text = sortName() + u'|' + QString::number(key) + u'|' + id;
    return QString::fromLatin1(
        text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<HistoryFilter> HistoryFilter::fromQuery(const QUrlQuery &query, Problem *problem)
{
    HistoryFilter filter;
    auto value = [&query](const QString &name) {
        return query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    };
    auto fail = [problem](const QString &name, const QString &message) {
        *problem = {name, message};
        return std::nullopt;
    };

    if (const QString tz = value(u"tz"_s); !tz.isEmpty()) {
        const auto minutes = wholeNumber(tz);
        if (!minutes || qAbs(*minutes) > kMaxTzMinutes)
            return fail(u"tz"_s, tr("tz must be the shop's UTC offset in minutes (-840 to 840)."));
        filter.m_tzMinutes = int(*minutes);
    }
    if (!filter.parseTime(u"from"_s, value(u"from"_s), &filter.m_from, problem) ||
        !filter.parseTime(u"to"_s, value(u"to"_s), &filter.m_to, problem))
        return std::nullopt;

    if (const QString statuses = value(u"status"_s); !statuses.isEmpty()) {
        const QStringList known = statusNames();
        for (const QString &part : statuses.split(u',')) {
            const QString status = part.trimmed();
            if (!known.contains(status))
                return fail(u"status"_s, tr("status must be a comma list of %1; %2 is not one.")
                                             .arg(known.join(u", "_s), status));
            if (!filter.m_statuses.contains(status))
                filter.m_statuses.append(status);
        }
    }
    filter.m_method = value(u"method"_s);
    if (!filter.m_method.isEmpty() && filter.m_method != "cash"_L1 &&
        filter.m_method != "ligdicash"_L1)
        return fail(u"method"_s, tr("method must be cash or ligdicash."));
    filter.m_operator = value(u"operator"_s);
    filter.m_terminal = value(u"terminal"_s);
    if (!filter.m_terminal.isEmpty() && !isDigits(filter.m_terminal))
        return fail(u"terminal"_s, tr("terminal must be a terminal id (a number)."));
    filter.m_cashier = value(u"cashier"_s);
    if (!filter.m_cashier.isEmpty() && !isDigits(filter.m_cashier))
        return fail(u"cashier"_s, tr("cashier must be a user id (a number)."));
    using Bound = std::pair<QString, std::optional<qint64> *>;
    for (const auto &[name, target] :
         {Bound{u"min_total"_s, &filter.m_minTotal}, Bound{u"max_total"_s, &filter.m_maxTotal}}) {
        const QString text = value(name);
        if (text.isEmpty())
            continue;
        const auto amount = wholeNumber(text);
        if (!amount || *amount < 0)
            return fail(name, tr("%1 must be a whole number of francs.").arg(name));
        *target = *amount;
    }
    if (const QString flagged = value(u"flagged"_s); !flagged.isEmpty()) {
        if (flagged == "1"_L1 || flagged == "true"_L1)
            filter.m_flagged = true;
        else if (flagged != "0"_L1 && flagged != "false"_L1)
            return fail(u"flagged"_s, tr("flagged must be 1 or 0."));
    }
    filter.m_search = value(u"q"_s);
    if (filter.m_search.size() > kMaxSearchLength)
        return fail(u"q"_s, tr("q is longer than %1 characters.").arg(kMaxSearchLength));

    if (const QString sort = value(u"sort"_s); !sort.isEmpty()) {
        bool known = false;
        for (const SortName &entry : kSorts) {
            if (sort == entry.name) {
                filter.m_sort = entry.sort;
                known = true;
            }
        }
        if (!known)
            return fail(u"sort"_s,
                        tr("sort must be created_desc, created_asc, total_desc or total_asc."));
    }
    if (const QString limit = value(u"limit"_s); !limit.isEmpty()) {
        const auto size = wholeNumber(limit);
        if (!size || *size < 1 || *size > kMaxLimit)
            return fail(u"limit"_s, tr("limit must be a number from 1 to %1.").arg(kMaxLimit));
        filter.m_limit = int(*size);
    }
    if (!filter.parseCursor(value(u"cursor"_s), problem))
        return std::nullopt;
    return filter;
}

QString HistoryFilter::where(bool postgres, QVariantList *bindings, bool withCursor) const
{
    QStringList conditions;
    if (m_from) {
        conditions.append(u"o.created_at >= ?"_s);
        bindings->append(*m_from);
    }
    if (m_to) {
        conditions.append(u"o.created_at < ?"_s);
        bindings->append(*m_to);
    }
    if (!m_statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : m_statuses) {
            marks.append(u"?"_s);
            bindings->append(status);
        }
        conditions.append(u"o.status IN ("_s + marks.join(u", "_s) + u')');
    }
    if (!m_method.isEmpty()) {
        conditions.append(u"o.method = ?"_s);
        bindings->append(m_method);
    }
    if (!m_operator.isEmpty()) {
        conditions.append(u"lower(o.operator_name) = lower(?)"_s);
        bindings->append(m_operator);
    }
    if (!m_terminal.isEmpty()) {
        conditions.append(u"o.terminal_id = ?"_s);
        bindings->append(m_terminal);
    }
    if (!m_cashier.isEmpty()) {
        conditions.append(u"o.cashier_id = ?"_s);
        bindings->append(m_cashier);
    }
    if (m_minTotal) {
        conditions.append(u"o.total >= ?"_s);
        bindings->append(*m_minTotal);
    }
    if (m_maxTotal) {
        conditions.append(u"o.total <= ?"_s);
        bindings->append(*m_maxTotal);
    }
    if (m_flagged) {
        conditions.append(
            u"(o.flag_mismatch <> 0 OR o.flag_paid_late <> 0) AND o.reviewed_at IS NULL"_s);
    }
    if (!m_search.isEmpty()) {
        QStringList any;
        // The reference is LigdiCash's, matched exactly.
        any.append(u"o.reference = ?"_s);
        bindings->append(m_search);
        static const QRegularExpression idPrefix(u"^[0-9a-fA-F-]{1,36}$"_s);
        if (idPrefix.match(m_search).hasMatch()) {
            const QString prefix = m_search.toLower();
            if (postgres) {
                // Index-backed through text_pattern_ops (migration 0110).
                any.append(u"o.id LIKE ?"_s);
                bindings->append(QString(prefix + u'%'));
            } else {
                // Ids are lower-case hex and '-', all below '~': a binary range is the prefix.
                any.append(u"(o.id >= ? AND o.id < ?)"_s);
                bindings->append(prefix);
                bindings->append(QString(prefix + u'~'));
            }
        }
        QString digits = m_search;
        digits.remove(u' ');
        if (digits.startsWith(u'+'))
            digits.remove(0, 1);
        if (isDigits(digits)) {
            any.append(u"o.payer LIKE ? OR o.customer_phone LIKE ?"_s);
            bindings->append(QString(u'%' + digits));
            bindings->append(QString(u'%' + digits));
        }
        conditions.append(u'(' + any.join(u" OR "_s) + u')');
    }
    if (withCursor && m_cursor) {
        const bool descending = m_sort == Sort::CreatedDesc || m_sort == Sort::TotalDesc;
        const QString key = sortsByTotal() ? u"o.total"_s : u"o.created_at"_s;
        // A row value, so that the (key, id) index serves the page start on both databases.
        conditions.append(u'(' + key + u", o.id) "_s + (descending ? u'<' : u'>') + u" (?, ?)"_s);
        bindings->append(m_cursor->key);
        bindings->append(m_cursor->id);
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

QString HistoryFilter::orderBy() const
{
    // A search finds a handful of rows through its own indexes (reference, id): the unary plus
    // keeps the planner from walking the whole sort index in order instead to avoid a sort.
    const QString plus = m_search.isEmpty() ? QString() : u"+"_s;
    switch (m_sort) {
    case Sort::CreatedDesc:
        return u" ORDER BY "_s + plus + u"o.created_at DESC, o.id DESC"_s;
    case Sort::CreatedAsc:
        return u" ORDER BY "_s + plus + u"o.created_at ASC, o.id ASC"_s;
    case Sort::TotalDesc:
        return u" ORDER BY "_s + plus + u"o.total DESC, o.id DESC"_s;
    case Sort::TotalAsc:
        return u" ORDER BY "_s + plus + u"o.total ASC, o.id ASC"_s;
    }
    return {};
}
