#pragma once

// The payment operators the sandbox's hosted page offers (Burkina Faso): the ids and names
// LigdiCash reports in confirm answers and callbacks (from core's LigdiCashApi), plus the key
// the page's form and the control API use to name them.

#include <QString>
#include <QtGlobal>

#include <span>

struct Operator
{
    quint8 index = 0; // compact id stored per invoice; 0 = none chosen yet
    QString key;      // form value and control API name: "11", "12", "ligdicash"
    QString id;       // operator_id as LigdiCash reports it ("11"; "" for the wallet)
    QString name;     // operator_name ("ORANGE BURKINA")
    QString label;    // what the payment page shows

    // Every operator, in page order.
    static std::span<const Operator> all();
    // By compact index; nullptr for 0 or out of range.
    static const Operator *byIndex(quint8 index);
    // By key ("11", "ligdicash"), operator_name or a short alias ("orange", "moov", "wallet").
    static const Operator *find(const QString &key);
    // The operator a Burkina Faso number belongs to (by its prefix), nullptr when unknown.
    static const Operator *forPhone(const QString &phone);
};
