#pragma once

// The offline queue for cash sales: a cash sale is journaled locally first (so it is never lost
// and the cashier never waits for the network), then sent to the server; when the server is
// unreachable it is resent with back-off, and at once when the server is back. The order's
// client-generated id makes a resend the same order on the server, so each sale lands exactly
// once even if an answer was lost on the way.

#include "OrderDraft.h"

#include <QObject>
#include <QTimer>

class SaleJournal;
class ServerClient;

class CashJournal : public QObject
{
    Q_OBJECT

public:
    CashJournal(SaleJournal *journal, ServerClient *client, QObject *parent = nullptr);

    // Journals the sale (durably) and starts sending it. False when the journal cannot write.
    bool record(const OrderDraft &order);
    int unsyncedCount() const;
    // Sends what is waiting, one order at a time, oldest first.
    void flush();
    void setRetryDelays(int initialMs, int maximumMs);

Q_SIGNALS:
    void unsyncedCountChanged(int count);
    void orderSynced(const QString &orderId);
    // The server refused the order for good (e.g. same id, other content): a manager must look.
    void orderRejected(const QString &orderId, const QString &message);

private:
    void sendNext();
    void scheduleRetry();

    SaleJournal *m_journal;
    ServerClient *m_client;
    QTimer m_retryTimer;
    QString m_inFlight;
    int m_initialDelayMs = 1000;
    int m_maximumDelayMs = 60000;
    int m_delayMs = 1000;
};
