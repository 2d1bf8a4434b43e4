#pragma once

// The one error type of the terminal ↔ server link, and its one mapping to words a cashier
// understands. Kind None means success. Transient errors (network, timeout, 5xx) are worth
// retrying; the others need a person.

#include <QString>

struct ServerError
{
    enum class Kind {
        None,
        Network,      // cannot reach the server
        Timeout,      // no answer in time
        Tls,          // certificate or TLS handshake problem
        Unauthorized, // terminal token or session refused (401)
        Forbidden,    // role not allowed (403)
        NotFound,     // 404
        Conflict,     // 409: same id, different content
        Invalid,      // 400/413/422: the server refused the request
        Unavailable,  // 502/503/504: the server or LigdiCash behind it is down
        Busy,         // 429: too many attempts (e.g. wrong PINs), retry later
        Server,       // other 5xx
        BadReply,     // an answer that is not the expected JSON
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;    // the server's machine code, e.g. "pin_locked"
    QString message; // the server's own words, may be empty

    bool isOk() const { return kind == Kind::None; }
    bool isTransient() const;
    // Translated text for the cashier; includes the server's message when it has one.
    QString userMessage() const;

    static ServerError fromHttpStatus(int status, const QString &code, const QString &message);
};
