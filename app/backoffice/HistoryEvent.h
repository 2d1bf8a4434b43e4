#pragma once

// One line of an order's timeline (an order_events row: created, invoice, callback, confirm,
// paid, mismatch, review…), with the words a manager reads: what happened and the details that
// matter when a customer disputes a payment (callback encoding and duplicates, what LigdiCash's
// confirm answered).

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct HistoryEvent
{
    QDateTime at; // UTC
    QString kind; // "created", "invoice_created", "callback", "confirm", ...
    QJsonObject detail;

    static HistoryEvent fromJson(const QJsonObject &object);
    // Translated name of the kind; an unknown kind is shown as it came.
    QString kindText() const;
    // The details in one readable line ("JSON, duplicate"; "status completed, code 00").
    QString detailText() const;
    // Events a manager should look at twice (mismatch, paid late, failed, duplicate callback).
    bool isWarning() const;
};
