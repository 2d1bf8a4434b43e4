#pragma once

// Turns a receipt into the raw bytes of an ESC/POS thermal printer (58 or 80 mm): initialise,
// select code page PC858 (Western European with €), the text with French accents mapped to that
// code page, feed and cut. Characters the code page lacks fall back to a close ASCII spelling
// ("œ" -> "oe"), never to garbage.

#include "Receipt.h"

#include <QByteArray>

class EscPosEncoder
{
public:
    enum class Paper { Mm58, Mm80 };

    static int columns(Paper paper) { return paper == Paper::Mm58 ? 32 : 48; }
    static QByteArray encode(const Receipt &receipt, Paper paper);
    // Text in code page 858.
    static QByteArray toCp858(const QString &text);
};
