#pragma once

// The payment operators the sandbox's hosted page offers (Burkina Faso), with the ids and names
// LigdiCash reports in confirm answers and callbacks.

#include <QString>
#include <QtGlobal>

#include <span>

struct Operator
{
    quint8 index = 0; // compact id stored per invoice; 0 = none chosen yet
    QString id;       // operator_id as LigdiCash reports it ("11")
    QString name;     // operator_name ("ORANGE BURKINA")
    QString label;    // what the payment page shows

    // Every operator, in page order.
    static std::span<const Operator> all();
    // By compact index; nullptr for 0 or out of range.
    static const Operator *byIndex(quint8 index);
    // By operator_id ("11"), operator_name or a short alias ("orange", "moov", "ligdicash").
    static const Operator *find(const QString &key);
    // The operator a Burkina Faso number belongs to (by its prefix), nullptr when unknown.
    static const Operator *forPhone(const QString &phone);
};
