#pragma once

// A sales report on paper: title and period, the totals, both charts (drawn as vectors) and every
// breakdown table, over as many A4 pages as the tables need. The same painting serves the printer
// (QPrintDialog) and the PDF export (QPdfWriter).

#include "backoffice/ReportsClient.h"
#include "backoffice/ReportsPeriod.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <functional>

class QPainter;
class QPrinter;
class QRect;

class ReportsDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportsDocument)

public:
    // Returns an empty string on success, else what went wrong (translated).
    static QString writePdf(const ReportsClient::Sales &sales, const ReportsPeriod &period,
                            const QString &path);
    static QString print(const ReportsClient::Sales &sales, const ReportsPeriod &period,
                         QPrinter *printer);
    // Paints into page (device units of painter); newPage() turns the page and returns false to
    // stop there (a preview of the first page).
    static void paint(const ReportsClient::Sales &sales, const ReportsPeriod &period,
                      QPainter *painter, const QRect &page, const std::function<bool()> &newPage);
    // The first A4 page as an image at dpi, margins included (previews and screenshots).
    static QImage firstPage(const ReportsClient::Sales &sales, const ReportsPeriod &period,
                            int dpi);
    // "Tuesday 25 November 2026" or "1 – 30 November 2026" in the current language.
    static QString periodText(const ReportsPeriod &period);
};
