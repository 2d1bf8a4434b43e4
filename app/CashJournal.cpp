#include "CashJournal.h"

#include "SaleJournal.h"
#include "ServerClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCashJournal, "comptoir.app.cashjournal")

CashJournal::CashJournal(SaleJournal *journal, ServerClient *client, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_client(client)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &CashJournal::flush);
    connect(m_client, &ServerClient::reachabilityChanged, this, [this](bool reachable) {
        if (reachable) {
            m_delayMs = m_initialDelayMs;
            flush();
        }
    });
}

void CashJournal::setRetryDelays(int initialMs, int maximumMs)
{
    m_initialDelayMs = initialMs;
    m_maximumDelayMs = maximumMs;
    m_delayMs = initialMs;
}

bool CashJournal::record(const OrderDraft &order)
{
    if (!m_journal->recordOrder(order, OrderStatus::Paid)) {
        qCWarning(lcCashJournal) << "cannot journal cash sale" << order.id;
        return false;
    }
    Q_EMIT unsyncedCountChanged(unsyncedCount());
    flush();
    return true;
}

int CashJournal::unsyncedCount() const
{
    return m_journal->unsyncedCount();
}

void CashJournal::flush()
{
    if (!m_inFlight.isEmpty())
        return;
    m_retryTimer.stop();
    sendNext();
}

void CashJournal::sendNext()
{
    const auto waiting = m_journal->unsyncedOrders();
    if (waiting.isEmpty())
        return;
    const OrderDraft order = waiting.first().draft;
    m_inFlight = order.id;
    m_client->createOrder(
        order, this, [this, id = order.id](const OrderUpdate &, const ServerError &error) {
            m_inFlight.clear();
            if (error.isOk()) {
                m_journal->markSynced(id);
                m_delayMs = m_initialDelayMs;
                qCInfo(lcCashJournal) << "cash sale synced" << id;
                Q_EMIT orderSynced(id);
                Q_EMIT unsyncedCountChanged(unsyncedCount());
                sendNext();
                return;
            }
            const bool worthRetrying = error.isTransient() ||
                                       error.kind == ServerError::Kind::Unauthorized ||
                                       error.kind == ServerError::Kind::Forbidden ||
                                       error.kind == ServerError::Kind::BadReply;
            if (worthRetrying) {
                m_journal->recordAttempt(id, error.userMessage());
                scheduleRetry();
                return;
            }
            qCWarning(lcCashJournal) << "cash sale refused" << id << error.httpStatus << error.code;
            m_journal->markRejected(id, error.userMessage());
            Q_EMIT orderRejected(id, error.userMessage());
            Q_EMIT unsyncedCountChanged(unsyncedCount());
            sendNext();
        });
}

void CashJournal::scheduleRetry()
{
    m_retryTimer.start(m_delayMs);
    m_delayMs = qMin(m_delayMs * 2, m_maximumDelayMs);
}
