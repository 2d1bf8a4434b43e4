#pragma once

// Why a JSON document could not be read: the offending field (as a path such as
// "lines[2].quantity") and a message a person can act on. Every fromJson() in core/ reports this.

#include <QString>

struct ParseError
{
    QString field;   // path of the offending field; empty when the whole document is at fault
    QString message; // translated, e.g. "must be a whole number of francs"

    // "lines[2].quantity: must be between 1 and 9999" (or just the message when field is empty).
    QString toString() const;

    friend bool operator==(const ParseError &, const ParseError &) = default;
};
