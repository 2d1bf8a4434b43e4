#pragma once

// The query of a history request (docs/manager-api.md, "Order history"): the filters shared by the
// list, the summary and the export, the sort, the page size, the cursor and the shop's UTC offset,
// read and checked from the URL query. It also writes itself as the SQL WHERE clause over
// `orders o` (values always bound, never spliced) and the keyset condition of the next page.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QVariantList>

#include <optional>

class HistoryFilter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryFilter)

public:
    enum class Sort { CreatedDesc, CreatedAsc, TotalDesc, TotalAsc };

    struct Cursor
    {
        qint64 key = 0; // created_at or total of the last row shown
        QString id;
    };

    // Why a query was refused: the parameter named, and a message for people.
    struct Problem
    {
        QString parameter;
        QString message;
    };

    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 500;

    // Reads every parameter; on a bad one returns nothing and fills *problem.
    static std::optional<HistoryFilter> fromQuery(const QUrlQuery &query, Problem *problem);

    // " WHERE ..." (or "") over the alias `o`, appending its values to *bindings.
    // withCursor adds the keyset condition that starts the page after the cursor.
    QString where(bool postgres, QVariantList *bindings, bool withCursor) const;
    // " ORDER BY ..." of the sort, ties broken by id so that paging is stable.
    QString orderBy() const;

    Sort sort() const { return m_sort; }
    QString sortName() const;
    int limit() const { return m_limit; }
    int tzMinutes() const { return m_tzMinutes; }
    const std::optional<Cursor> &cursor() const { return m_cursor; }
    bool sortsByTotal() const { return m_sort == Sort::TotalDesc || m_sort == Sort::TotalAsc; }

    // The opaque next_cursor after a row with this sort key and id.
    QString encodeCursor(qint64 key, const QString &id) const;

    static QStringList statusNames();

private:
    bool parseTime(const QString &name, const QString &value, std::optional<qint64> *out,
                   Problem *problem) const;
    bool parseCursor(const QString &value, Problem *problem);

    std::optional<qint64> m_from;
    std::optional<qint64> m_to;
    QStringList m_statuses;
    QString m_method;
    QString m_operator;
    QString m_terminal;
    QString m_cashier;
    std::optional<qint64> m_minTotal;
    std::optional<qint64> m_maxTotal;
    bool m_flagged = false;
    QString m_search;
    Sort m_sort = Sort::CreatedDesc;
    int m_limit = kDefaultLimit;
    int m_tzMinutes = 0;
    std::optional<Cursor> m_cursor;
};
