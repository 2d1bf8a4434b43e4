#pragma once

// The shifts table: a terminal's shift opens with a float and closes with a count, at most one
// open per terminal (a unique index, so several server processes agree). Closing is claimClose()
// then assignOrders() then storeReport() inside one Database::Transaction: the closing request
// that claims the row is the only one that stamps the orders and freezes the Z report.

#include "Database.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class ShiftStore
{
public:
    struct Shift
    {
        QString id;
        QString terminalId;
        qint64 openedAt = 0;
        QString openedBy; // user id
        qint64 openingFloat = 0;
        qint64 closedAt = 0; // 0 while open
        QString closedBy;
        QString approvedBy;
        qint64 countedCash = 0;
        qint64 expectedCash = 0;
        QString note;
        QByteArray reportJson; // the frozen Z report, once closed

        bool isClosed() const { return closedAt != 0; }
    };
    enum class Outcome { Done, Conflict, Failed };

    explicit ShiftStore(Database &database);

    // Conflict when the terminal already has an open shift.
    Outcome open(const QString &terminalId, const QString &userId, qint64 openingFloat, qint64 now,
                 Shift *opened);
    std::optional<Shift> find(const QString &id, bool *failed) const;
    std::optional<Shift> openShiftOf(const QString &terminalId, bool *failed) const;
    // Shifts opened in [fromMs, toMs), of one terminal when terminalId is not empty, newest first.
    QList<Shift> list(qint64 fromMs, qint64 toMs, const QString &terminalId, bool *failed) const;

    // --- closing, inside one transaction ---
    // Marks the shift closed if it is still open: Done, Conflict (closed already) or Failed.
    Outcome claimClose(const QString &id, qint64 closedAt, const QString &closedBy,
                       qint64 countedCash, const QString &note);
    // Stamps every order of the terminal without a shift created at or before `until`.
    bool assignOrders(const QString &shiftId, const QString &terminalId, qint64 until);
    bool storeReport(const QString &id, const QString &approvedBy, qint64 expectedCash,
                     const QByteArray &reportJson);

private:
    std::optional<Shift> findOne(const QString &where, const QVariant &value, bool *failed) const;

    Database &m_database;
};
