#pragma once

// The two charts of a sales report, built the same way for the screen and for paper: sales as
// bars by hour of the day (one day) or by day (a longer range), and a donut of each payment
// method's share. The caller owns the returned chart.

#include "backoffice/ReportsClient.h"

#include <QCoreApplication>

class QChart;
class QPainter;
class QRectF;
class QString;

class ReportsCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportsCharts)

public:
    static QChart *salesBars(const ReportsClient::Sales &sales, bool byHour);
    static QChart *methodDonut(const ReportsClient::Sales &sales);
    // Draws a chart into target on any painter (vector on a PDF): it is laid out at the target's
    // size in a scene of its own, so it need not be on screen.
    static void render(QChart *chart, QPainter *painter, const QRectF &target);
    // "Cash", "LigdiCash" for the server's method keys; other keys as they come.
    static QString methodName(const QString &key);
};
