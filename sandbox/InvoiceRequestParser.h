#pragma once

// Checks the body of a create-invoice request (hosted or direct payin) the way LigdiCash answers
// it: a malformed body or a field of the wrong type is Code08, an amount outside the configured
// range is Code02. On success it keeps only the fields the sandbox needs later, in a normalised
// "commande" (custom_data values turned into strings, missing optional strings as "").

#include <QJsonObject>
#include <QString>

class InvoiceRequestParser
{
public:
    struct Result
    {
        QString subCode; // "" when the request is valid, else "02", "08"
        QString problem; // which field is wrong, for the sandbox's log
        QJsonObject commande;
        qint64 amount = 0;
        QString customer; // invoice.customer (the payer's number for direct payin)
    };

    static Result parse(const QByteArray &body, bool directPayin, qint64 amountMin,
                        qint64 amountMax);
};
