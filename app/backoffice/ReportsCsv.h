#pragma once

// A sales report as one CSV table a spreadsheet can pivot: UTF-8 with a byte order mark (Excel
// needs it to read UTF-8), a header row, CRLF line ends, RFC 4180 quoting and amounts as integer
// francs. Each breakdown is a "section" of rows (section,key,label,count,total); for top products
// count is the quantity sold.

#include "ReportsClient.h"

#include <QByteArray>

class ReportsCsv
{
public:
    static QByteArray write(const ReportsClient::Sales &sales);
    // RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
    static QString field(const QString &text);
};
