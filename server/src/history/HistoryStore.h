#pragma once

// The SQL side of order history, read-mostly over the payments module's `orders` and
// `order_events` tables (SQLite or PostgreSQL): keyset pages, filtered totals, the CSV export read
// row by row into one buffer, an order's detail with its timeline, and the review of a flagged
// order (migration 0110). Terminal and cashier names come from a join on terminals/users, whose
// integer ids orders keep as text: the join casts the integer side, which both databases do
// safely whatever text an order holds.

#include "HistoryFilter.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class Database;

class HistoryStore
{
public:
    struct Page
    {
        QJsonArray orders;
        QString nextCursor; // empty on the last page
    };

    struct Summary
    {
        qint64 count = 0;
        qint64 total = 0;
        qint64 paidCount = 0;
        qint64 paidTotal = 0;
        // A sum past 64 bits (possible on PostgreSQL, whose SUM is numeric): no figure to show.
        bool overflow = false;
    };

    enum class ReviewOutcome { Done, NotFound, NotFlagged, Failed };

    explicit HistoryStore(Database &database);

    std::optional<Page> page(const HistoryFilter &filter) const;
    std::optional<Summary> summary(const HistoryFilter &filter) const;
    // Appends the whole filtered set, in the filter's sort, after HistoryCsv::start().
    bool exportCsv(const HistoryFilter &filter, QByteArray *out) const;
    // The order's detail and timeline; nothing with *failed false when there is no such order.
    std::optional<QJsonObject> detail(const QString &id, bool *failed) const;

    // Marks a flagged order reviewed by this user (replacing an earlier note) and appends a
    // "reviewed" event, in one transaction.
    ReviewOutcome review(const QString &id, const QString &userId, const QString &userName,
                         const QString &note, qint64 now);
    bool appendEvent(const QString &orderId, const QString &kind, const QJsonObject &detail,
                     qint64 now);

    // "eyJhbG…x9Qw": enough to find the invoice in LigdiCash's back office, not enough to use it.
    static QString tokenHint(const QString &token);
    // Stored event kinds as the API names them (callback_received -> callback, ...).
    static QString timelineKind(const QString &storedKind, const QJsonObject &detail);

private:
    Database &m_database;
};
