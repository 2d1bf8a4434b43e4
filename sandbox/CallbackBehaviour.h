#pragma once

// How the sandbox notifies callback_url on a status change. The default is what LigdiCash does
// (form-urlencoded, then JSON, once each, token ""); every other value reproduces a variant or a
// delivery problem a merchant's handler must survive.

#include <QJsonObject>
#include <QString>

struct CallbackBehaviour
{
    enum class Encoding { Both, JsonOnly, FormOnly, None };

    Encoding encoding = Encoding::Both;
    int copies = 1;             // each post is sent this many times (duplicates)
    bool reversed = false;      // JSON first, then form
    int delayMs = 0;            // wait before the first post
    bool pendingFirst = false;  // a "pending" notification precedes the final one
    bool nonEmptyToken = false; // token = a JWT different from the creation token
    bool nocompleted = false;   // older "nocompleted" spelling of a failed payment
    bool stringAmounts = false; // amount/montant as numeric strings

    bool merge(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
};
