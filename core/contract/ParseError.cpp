#include "ParseError.h"

using namespace Qt::StringLiterals;

QString ParseError::toString() const
{
    if (field.isEmpty())
        return message;
    return field + u": "_s + message;
}
