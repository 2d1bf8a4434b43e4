#pragma once

// The SQL side of orders and payments (SQLite or PostgreSQL through QtSql): orders, their
// timeline, the callback journal and the unmatched-payments register. Every state change is a
// single conditional UPDATE inside a transaction together with its timeline event, so that
// several requests or several server processes racing on one order change it exactly once.

#include "OrderRecord.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class OrderStore
{
public:
    struct Event
    {
        qint64 id = 0;
        QString orderId;
        qint64 at = 0;
        QString kind;
        QJsonObject detail;
    };

    struct JournalEntry
    {
        qint64 id = 0;
        qint64 receivedAt = 0;
        QString remoteAddress;
        QByteArray contentType;
        QByteArray body;
    };

    enum class InsertOutcome { Inserted, Exists, Failed };
    // Outcome of a conditional change: it happened here, it did not apply, or the store failed.
    enum class Change { Applied, NotApplied, Failed };

    explicit OrderStore(const QString &connectionName);

    // Called after every committed status change of an order (wakes long-polls in this process;
    // other processes learn it through PostgreSQL NOTIFY sent inside the same transaction).
    void setChangeListener(std::function<void(const QString &orderId)> listener);
    static QString notifyChannel();

    QSqlDatabase database() const;
    bool isPostgres() const;

    std::optional<OrderRecord> find(const QString &id, bool *failed = nullptr) const;
    // Inserts the order and its first events, or reports that the id exists (existing is filled).
    InsertOutcome insert(const OrderRecord &order, const QList<Event> &events,
                         OrderRecord *existing);

    // --- invoice creation: one creator at a time, whatever the number of processes ---
    // Takes the right to create the invoice until `now + leaseMs`, for an order in one of
    // `startable` statuses. Fails while another request (here or in another process) holds an
    // unexpired claim. Appends "invoice_requested".
    Change claimInvoice(const QString &id, const QStringList &startable, const QString &owner,
                        qint64 now, qint64 leaseMs, const QString &kind,
                        const QString &customerPhone);
    // Stores the token and URL and moves the order to awaiting_payment (only if `owner` still
    // holds the claim) with an "invoice_created" event. Nothing else can replace the token.
    Change storeInvoice(const QString &id, const QString &owner, const QString &token,
                        const QString &paymentUrl, qint64 now, qint64 firstCheckAt);
    Change releaseInvoiceClaim(const QString &id, const QString &owner, const QString &errorCode,
                               const QString &errorMessage, qint64 now);

    // --- confirm rate limiting, shared by every process ---
    // Returns Applied when the caller may call confirm now (and records that it did).
    Change claimConfirm(const QString &id, qint64 now, qint64 minIntervalMs);
    // Pushes the next sweeper check of an awaiting order to nextCheckAt and counts the attempt.
    Change scheduleCheck(const QString &id, qint64 expectedAttempts, qint64 nextCheckAt);
    // Orders in one of `statuses` with an invoice whose next check is due.
    // (id, check attempts so far) pairs.
    QList<QPair<QString, qint64>> dueForCheck(const QStringList &statuses, qint64 now,
                                              qint64 invoicedAfter, int limit) const;
    QList<QString> dueForExpiry(qint64 invoicedBefore, int limit) const;

    // --- state transitions; each appends its event and notifies listeners on success ---
    // The order moves to `to` only if its status is one of `from` (a single conditional UPDATE,
    // so exactly one of several racing callers gets Applied). `set` adds assignments
    // ("paid_amount = ?") whose values are `bindings`.
    Change changeStatus(const QString &id, const QStringList &from, const QString &to,
                        const QString &set, const QList<QVariant> &bindings,
                        const QString &eventKind, const QJsonObject &detail, qint64 now);
    // Flags a confirm that said "completed" with another amount or currency (once per order).
    Change flagMismatch(const QString &id, const QJsonObject &detail, qint64 now);
    // Records the confirm status; appends a "confirm_result" event only when it differs from the
    // previous one, so a sweeper polling a pending order does not flood the timeline.
    Change recordConfirmStatus(const QString &id, const QString &status, const QJsonObject &detail,
                               qint64 now);

    bool appendEvent(const QString &orderId, const QString &kind, const QJsonObject &detail,
                     qint64 now);
    QList<Event> events(const QString &orderId, bool *failed = nullptr) const;

    // --- callback journal and unmatched register ---
    // Durably records the raw request before it is answered; returns the journal id or -1.
    qint64 journalCallback(qint64 now, const QString &remoteAddress, const QByteArray &contentType,
                           const QByteArray &body);
    // Journals several callbacks in one transaction (one disk flush for a burst); their ids in
    // order, or an empty list when the store failed (nothing was written then).
    QList<qint64> journalCallbacks(qint64 now, const QList<JournalEntry> &entries);
    // Runs work in one transaction: commits when it returns true.
    bool inTransaction(const std::function<bool()> &work);
    // True when an earlier journal entry carries the same dedupe key.
    bool isDuplicate(const QString &dedupeKey, qint64 journalId) const;
    bool completeJournal(qint64 journalId, const QString &encoding, const QString &orderId,
                         const QString &dedupeKey, bool duplicate, const QString &outcome,
                         qint64 now);
    QList<JournalEntry> unprocessedJournal(qint64 receivedBefore, int limit) const;
    // Marks an unprocessed entry as taken for replay; false when another process took it.
    bool claimJournal(qint64 journalId, qint64 now);
    bool recordUnmatched(qint64 journalId, qint64 now, const QString &transactionId,
                         const QString &status, const QString &amount, const QString &payer,
                         const QString &requestId);
    // Newest first, as GET /api/v1/payments/unmatched answers them (docs/manager-api.md).
    QList<QJsonObject> unmatched(int limit) const;

    // Order counts by status, for /metrics.
    QList<QPair<QString, qint64>> countByStatus() const;

private:
    bool exec(QSqlQuery &query) const;
    // The hot statements stay prepared for the life of the store: on PostgreSQL a fresh
    // QSqlQuery costs a PREPARE and a DEALLOCATE round trip besides the EXECUTE. Callers read
    // the rows, then call finish().
    QSqlQuery &prepared(const QString &sql, const QList<QVariant> &values, bool *ok) const;
    Change transition(const QString &id, const QString &sql, const QList<QVariant> &bindings,
                      const QString &eventKind, const QJsonObject &detail, qint64 now,
                      bool statusChanged);
    static QString inList(const QStringList &values);
    bool insertEvent(const QString &orderId, const QString &kind, const QJsonObject &detail,
                     qint64 now);
    void notify(const QString &orderId);
    static OrderRecord fromQuery(const QSqlQuery &query);

    QString m_connectionName;
    std::function<void(const QString &)> m_changeListener;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};
