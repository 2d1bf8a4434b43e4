#pragma once

// The Z report on paper, drawn with QPainter like ReceiptPrinter: an 80 mm column (the receipt
// roll, or the left of an A4 sheet) with the cash expected, counted and the difference in large
// type, LigdiCash confirmed and awaiting, per cashier and per operator. Reprinted from the stored
// report, so a reprint is the same document.

#include "backoffice/ShiftReport.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

class QPainter;
class QPrinter;
class QRect;

class ZReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ZReportPrinter)

public:
    enum class Style { Normal, Bold, Heading, Title, Large, Rule, Gap };
    struct Row
    {
        Style style = Style::Normal;
        QString left;
        QString right;
        bool alert = false; // drawn in red: a cash shortage
    };

    // What is printed, top to bottom (also what tests read).
    static QList<Row> rows(const ShiftReport &report);
    // Paints the rows across area's width (at most 80 mm of the device); returns the height used.
    static int paint(const ShiftReport &report, QPainter *painter, const QRect &area);
    // Height of the printed report at a width, in the painter's device units.
    static int height(const ShiftReport &report, QPainter *painter, int width);
    // The report as printed on an 80 mm roll (4 mm margins), at dpi: previews and screenshots.
    static QImage image(const ShiftReport &report, int dpi);
    // Both return an empty string on success, else what went wrong (translated).
    static QString writePdf(const ShiftReport &report, const QString &path);
    static QString print(const ShiftReport &report, QPrinter *printer);
    // "+500 FCFA" / "-500 FCFA" / "0 FCFA": the sign always shows on a difference.
    static QString signedAmount(Money amount);
    // "Short", "Over" or "Balanced".
    static QString differenceVerdict(Money difference);
};
