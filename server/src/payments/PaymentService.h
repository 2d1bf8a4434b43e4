#pragma once

// The order and payment logic of comptoir-server: creates orders (idempotent by client UUID),
// starts LigdiCash payments (one invoice per attempt, whatever the number of concurrent requests
// or server processes), turns callbacks into confirm calls with the stored creation token, and
// applies confirm's answer (paid only for "completed" with the order's amount and currency,
// exactly once). Everything runs on the thread that owns the database connection; LigdiCash
// calls are asynchronous, so answers that need one come back through a callback.

#include "AuthContext.h"
#include "OrderChangeBus.h"
#include "OrderRecord.h"
#include "OrderStore.h"
#include "PaymentSettings.h"
#include "contract/ApiError.h"
#include "ligdicash/ConfirmResponse.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class LigdiCashClient;
class Metrics;

class PaymentService : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        std::optional<OrderRecord> order;
        std::optional<ApiError> error;
        bool created = false;    // createOrder: a new order (not a replayed request)
        bool paymentWon = false; // cancel: the customer had paid, the order stays paid

        bool ok() const { return order.has_value() && !error; }
        static Outcome failure(ApiError error);
    };
    using Done = std::function<void(const Outcome &)>;

    PaymentService(const QString &connectionName, Metrics &metrics, LigdiCashClient *client,
                   const PaymentSettings &settings, QObject *parent = nullptr);
    ~PaymentService() override;

    OrderStore &store() { return m_store; }
    OrderChangeBus &bus() { return m_bus; }
    const PaymentSettings &settings() const { return m_settings; }
    // A name unique to this process, recorded as the invoice claim owner.
    QString instanceId() const { return m_instanceId; }

    // The canonical form of an order id ("" when it is not a UUID).
    static QString normaliseId(const QString &id);

    Outcome createOrder(const AuthContext &caller, const QJsonObject &body);
    Outcome find(const QString &id);
    void startPayment(const AuthContext &caller, const QString &id, const QJsonObject &body,
                      QObject *context, Done done);
    void cancel(const AuthContext &caller, const QString &id, QObject *context, Done done);

    // Confirms an awaiting order unless it was confirmed less than confirmMinIntervalMs ago
    // (by any process): a hundred polling terminals cause one LigdiCash call per interval.
    void refreshIfDue(const QString &id);
    // Calls confirm with the stored creation token and applies the answer. Calls for an order
    // whose confirm is in flight are coalesced (one more confirm runs after it).
    void confirmNow(const QString &id, const QString &reason, QObject *context = nullptr,
                    Done done = {});

    // Writes the raw callback to the journal (before it is answered); -1 when the store failed.
    qint64 journalCallback(const QString &remoteAddress, const QByteArray &contentType,
                           const QByteArray &body);
    // The same for a burst of callbacks, in one transaction; ids in order, empty on failure.
    QList<qint64> journalCallbacks(const QList<OrderStore::JournalEntry> &entries);
    // Reads journaled callbacks and acts on them: never on their content, only by confirming.
    // Their bookkeeping (timeline, journal, unmatched register) is one transaction.
    void processCallbacks(const QList<OrderStore::JournalEntry> &entries);

    // Statuses from which LigdiCash's confirm may still turn an order paid.
    static QStringList payableStatuses();

Q_SIGNALS:
    // A confirm call finished for this order (whatever it said).
    void confirmed(const QString &orderId);

private:
    struct Flight
    {
        bool rerun = false;
        QList<std::pair<QPointer<QObject>, Done>> waiters;
        // Asked while this confirm was already on its way (a cancel): its answer may predate a
        // payment, so they get the next confirm's, unless the order settled meanwhile.
        QList<std::pair<QPointer<QObject>, Done>> nextWaiters;
        bool hadContext = false;
    };

    void createInvoice(const OrderRecord &order, LigdiCashApi::PayinMode mode,
                       const QString &customerNumber, const QString &otp, QObject *context,
                       Done done);
    void waitForInvoice(const QString &id, qint64 deadline, int attempt, QObject *context,
                        Done done);
    void startConfirm(const QString &id, const QString &reason);
    void applyConfirm(const OrderRecord &order, const ConfirmResponse &confirm,
                      const QString &reason);
    // Records one callback; returns the order to confirm, if any.
    QString recordCallback(qint64 journalId, const QByteArray &contentType, const QByteArray &body);
    void finishCancel(const QString &id, QObject *context, Done done);
    ApiError ligdiCashFailure(const QString &operation, int kind, const QString &subCode,
                              const QString &message);

    OrderStore m_store;
    OrderChangeBus m_bus;
    Metrics &m_metrics;
    LigdiCashClient *m_client;
    PaymentSettings m_settings;
    QString m_instanceId;
    QHash<QString, Flight> m_flights;
};
