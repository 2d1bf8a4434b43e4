#pragma once

// One invoice as the sandbox keeps it: a few scalars plus the merchant's validated "commande"
// as compressed JSON. It stays small on purpose (a load test creates 100 000): the token, request
// id, hash and logfile are derived from the id when needed rather than stored.

#include <QByteArray>
#include <QJsonObject>
#include <QtGlobal>

struct Invoice
{
    enum class Kind : quint8 { Hosted, Straight };
    enum class Status : quint8 { Pending, Completed, NotCompleted };

    quint32 id = 0;
    Kind kind = Kind::Hosted;
    Status status = Status::Pending;
    quint8 operatorIndex = 0; // Operator::byIndex(); 0 while nobody paid
    qint64 amount = 0;
    qint64 createdMs = 0;      // UTC ms since epoch
    qint64 changedMs = 0;      // last status change, == createdMs while pending
    QByteArray customer;       // payer's number, empty while unknown
    QByteArray packedCommande; // the validated request's "commande", compact JSON, compressed

    QJsonObject commande() const;
    void setCommande(const QJsonObject &commande);
};
