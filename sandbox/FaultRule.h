#pragma once

// One injected fault on a merchant endpoint (create or confirm): what the client gets instead of
// the normal answer, and for how many calls or which fraction of calls.

#include <QString>

struct FaultRule
{
    enum class Kind {
        Http500,   // an HTML 500 page, as a crashed PHP backend gives
        Drop,      // the connection is closed without an answer
        Timeout,   // no answer at all until the client gives up
        Malformed, // HTTP 200 with truncated JSON
        Code,      // HTTP 200, response_code "01", "Echec (Code<code>)"
    };

    Kind kind = Kind::Http500;
    QString code;             // the sub-code for Kind::Code, e.g. "05" or "03a"
    int remaining = -1;       // calls it still applies to; -1 = every call
    double probability = 1.0; // fraction of the calls it applies to
};
