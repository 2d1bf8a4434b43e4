#include "PaymentSweeper.h"

#include "PaymentService.h"
#include "ServerClock.h"
#include "domain/OrderStatus.h"

#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPaymentSweeper, "comptoir.payments.paymentsweeper", QtInfoMsg)

namespace {

constexpr int batchSize = 50;
// A journaled callback this old and still unprocessed was interrupted by a crash.
constexpr qint64 journalReplayAgeMs = 10000;

} // namespace

PaymentSweeper::PaymentSweeper(PaymentService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    connect(&m_timer, &QTimer::timeout, this, &PaymentSweeper::sweep);
}

void PaymentSweeper::start()
{
    m_timer.start(int(qMax<qint64>(10, m_service.settings().sweepIntervalMs)));
}

void PaymentSweeper::stop()
{
    m_timer.stop();
}

qint64 PaymentSweeper::backoffMs(qint64 attempts, qint64 initialMs, qint64 maxMs)
{
    qint64 delay = qMax<qint64>(1, initialMs);
    for (qint64 i = 0; i < attempts && delay < maxMs; ++i)
        delay *= 2;
    return qMin(delay, maxMs);
}

void PaymentSweeper::sweep()
{
    OrderStore &store = m_service.store();
    const PaymentSettings &settings = m_service.settings();
    const qint64 now = ServerClock::nowMs();

    for (const QString &id : store.dueForExpiry(now - settings.expireAfterMs, batchSize)) {
        if (store.changeStatus(id, {orderStatusToString(OrderStatus::AwaitingPayment)},
                               orderStatusToString(OrderStatus::Expired), {}, {}, u"expired"_s,
                               QJsonObject{{u"after_ms"_s, double(settings.expireAfterMs)}},
                               now) == OrderStore::Change::Applied)
            qCInfo(lcPaymentSweeper) << "order" << id << "expired";
    }

    const auto due = store.dueForCheck(PaymentService::payableStatuses(), now,
                                       now - settings.lateWindowMs, batchSize);
    for (const auto &[id, attempts] : due) {
        const qint64 next =
            now + backoffMs(attempts, settings.checkInitialDelayMs, settings.checkMaxDelayMs);
        // Whoever moves check_attempts first (this process or another) does this check.
        if (store.scheduleCheck(id, attempts, next) == OrderStore::Change::Applied)
            m_service.confirmNow(id, u"sweeper"_s);
    }

    QList<OrderStore::JournalEntry> unprocessed;
    for (const OrderStore::JournalEntry &entry :
         store.unprocessedJournal(now - journalReplayAgeMs, batchSize)) {
        // Another process sweeping the same database may replay it first.
        if (store.claimJournal(entry.id, now))
            unprocessed.append(entry);
    }
    if (!unprocessed.isEmpty()) {
        qCInfo(lcPaymentSweeper) << "replaying" << unprocessed.size() << "journaled callbacks";
        m_service.processCallbacks(unprocessed);
    }
}
