#pragma once

// Sends a receipt where the settings say: a PDF page (QPdfWriter), a system printer
// (QtPrintSupport, drawn with QPainter) or the raw ESC/POS bytes of a thermal printer. It never
// throws a sale away: a failure comes back as a message for an inline warning, and the last
// receipt can be printed again.

#include "Receipt.h"

#include <QString>

class QPainter;

class ReceiptPrinter
{
public:
    // target: as Settings::receiptOutput(); defaultPdfFolder serves "pdf" without a folder.
    // Returns an empty string on success, else what went wrong (translated).
    static QString print(const Receipt &receipt, const QString &target,
                         const QString &defaultPdfFolder);
    static QString writePdf(const Receipt &receipt, const QString &path);
    // Draws the receipt in a monospaced column on any paint device.
    static void paint(const Receipt &receipt, QPainter *painter, const QRect &area);
};
