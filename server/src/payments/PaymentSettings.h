#pragma once

// The knobs of the payments module, in milliseconds so that tests can run the whole flow
// (sweeper, expiry, rate limits) in a fraction of a second. Filled from ServerConfig.

#include <QString>
#include <QUrl>

#include <functional>

struct PaymentSettings
{
    QUrl publicUrl; // empty: no callbacks (behind NAT); the sweeper confirms
    QString storeName = QStringLiteral("Comptoir");
    qint64 invoiceLeaseMs = 60000;      // how long one request may hold the right to create
    qint64 confirmMinIntervalMs = 3000; // status polls confirm an order at most this often
    qint64 sweepIntervalMs = 5000;      // how often the sweeper looks for due orders
    qint64 checkInitialDelayMs = 5000;  // first sweeper confirm after invoice creation
    qint64 checkMaxDelayMs = 300000;    // back-off ceiling
    qint64 expireAfterMs = 15 * 60000;  // awaiting this long after the invoice: "expired"
    qint64 lateWindowMs = 7LL * 24 * 3600 * 1000; // keep confirming expired/cancelled orders
    int longPollMaxSeconds = 60;
    // The address the server listens on, used for callback_url when there is no public URL:
    // LigdiCash insists on a callback URL; one it cannot reach from outside costs nothing (the
    // sweeper confirms) and a sandbox on the same network still calls back.
    std::function<QUrl()> localBaseUrl;

    // <public URL>/api/v1/ligdicash/callback, else the same under localBaseUrl().
    QUrl callbackUrl() const;
    // Where LigdiCash sends the customer's browser; carries the order id (empty without a URL).
    QUrl returnUrl(const QString &orderId) const;
    QUrl cancelUrl(const QString &orderId) const;
};
