#pragma once

// Reconciliation in the background, so payments complete even when no callback ever arrives (a
// shop behind NAT has no public URL): it confirms orders still waiting for LigdiCash with an
// exponential back-off per order, marks orders expired after the configured time (a later
// confirmed payment still turns them paid, flagged "paid late"), and replays callbacks that
// were journaled but never processed (the server died in between). Several server processes
// may sweep the same database: each due order is claimed with a conditional UPDATE first.

#include <QObject>
#include <QTimer>

class PaymentService;

class PaymentSweeper : public QObject
{
    Q_OBJECT

public:
    explicit PaymentSweeper(PaymentService &service, QObject *parent = nullptr);

    void start();
    void stop();
    // One pass (the timer calls it; tests may too).
    void sweep();

    // Delay before the next check after `attempts` checks: initial × 2^attempts, capped.
    static qint64 backoffMs(qint64 attempts, qint64 initialMs, qint64 maxMs);

private:
    PaymentService &m_service;
    QTimer m_timer;
};
