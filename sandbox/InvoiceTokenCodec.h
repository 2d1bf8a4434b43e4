#pragma once

// Makes and checks invoice tokens that look like LigdiCash's: an HS256 JWT whose payload carries
// id_invoice, start_date and expiry_date. Clients must treat them as opaque; the sandbox signs
// them with a per-run secret so it can find the invoice from the token alone (no token stored)
// and reject forged or stale ones. Also derives the other per-invoice identifiers LigdiCash shows
// (request_id, hash, logfile) from the id, so they need no storage either.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

class InvoiceTokenCodec
{
public:
    explicit InvoiceTokenCodec(QByteArray secret);

    QByteArray token(quint32 id, qint64 createdMs) const;
    // The invoice id a token names, or nullopt when it is not a token this codec signed.
    std::optional<quint32> idOf(QByteArrayView token) const;

    // A JWT-shaped token different from the creation token (the "non-empty callback token" knob).
    QByteArray callbackToken(quint32 id, qint64 createdMs) const;
    QString requestId(quint32 id, qint64 createdMs) const; // "P2777636082026"
    QString hash(quint32 id) const;                        // 64 hex digits
    QString logfile(quint32 id, qint64 createdMs) const;   // "2026050907202369fee03756652"
    QString transactionId(quint32 id) const;               // operator-side reference

    // Dates as LigdiCash writes them: "2026-05-09 07:20:23+00" and "2026-05-09 07:20:23.362788".
    static QString date(qint64 ms);
    static QString customDataDate(qint64 ms);

private:
    QByteArray sign(QByteArrayView data) const;
    QByteArray m_secret;
};
