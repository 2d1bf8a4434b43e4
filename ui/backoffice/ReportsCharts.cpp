#include "ReportsCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

// The app's palette: green for cash (the sale screen's confirm button), LigdiCash's orange.
QColor methodColor(const QString &key, int index)
{
    if (key == "cash"_L1)
        return QColor(0x2e9d4a);
    if (key == "ligdicash"_L1)
        return QColor(0xf28c28);
    static const QColor others[] = {QColor(0x3a6ea5), QColor(0x8e5ea2), QColor(0x7f8c8d)};
    return others[index % 3];
}

} // namespace

QString ReportsCharts::methodName(const QString &key)
{
    if (key == "cash"_L1)
        return tr("Cash");
    if (key == "ligdicash"_L1)
        return u"LigdiCash"_s;
    return key;
}

QChart *ReportsCharts::salesBars(const ReportsClient::Sales &sales, bool byHour)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));

    QStringList categories;
    auto *set = new QBarSet(tr("Sales"));
    set->setColor(QColor(0x3a6ea5));
    set->setBorderColor(QColor(0x3a6ea5));
    qint64 maximum = 0;
    if (byHour) {
        // Only the hours the shop was open, with at least 08:00-20:00 so a quiet day still reads
        // like a day.
        int first = 8;
        int last = 20;
        for (const ReportsClient::Bucket &bucket : sales.byHour) {
            if (bucket.count > 0) {
                first = qMin(first, bucket.hour);
                last = qMax(last, bucket.hour);
            }
        }
        for (int hour = first; hour <= last; ++hour) {
            qint64 francs = 0;
            for (const ReportsClient::Bucket &bucket : sales.byHour) {
                if (bucket.hour == hour)
                    francs = bucket.total.francs();
            }
            categories << QString::number(hour);
            *set << double(francs) / 1000.0;
            maximum = qMax(maximum, francs);
        }
        chart->setTitle(tr("Sales by hour of the day (thousand FCFA)"));
    } else {
        const QString format = sales.byDay.size() > 14 ? u"d"_s : u"ddd d"_s;
        for (const ReportsClient::Bucket &bucket : sales.byDay) {
            categories << QLocale().toString(bucket.date, format);
            *set << double(bucket.total.francs()) / 1000.0;
            maximum = qMax(maximum, bucket.total.francs());
        }
        chart->setTitle(tr("Sales by day (thousand FCFA)"));
    }

    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setGridLineVisible(false);
    // Up to 31 days or 24 hours side by side: a small font keeps every label whole.
    QFont labels = axisX->labelsFont();
    labels.setPointSizeF(categories.size() > 12 ? 6.5 : 8);
    axisX->setLabelsFont(labels);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(u"%.0f"_s);
    axisY->setRange(0, qMax(1.0, double(maximum) / 1000.0 * 1.1));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

QChart *ReportsCharts::methodDonut(const ReportsClient::Sales &sales)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Share by payment method"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.8);
    qint64 sum = 0;
    for (const ReportsClient::Group &group : sales.byMethod)
        sum += qMax<qint64>(0, group.total.francs());
    int index = 0;
    for (const ReportsClient::Group &group : sales.byMethod) {
        if (group.total.francs() <= 0)
            continue;
        const double percent = sum > 0 ? 100.0 * double(group.total.francs()) / double(sum) : 0;
        auto *slice = series->append(methodName(group.key) + u' ' +
                                         QLocale().toString(percent, 'f', 0) + u"\u00A0%"_s,
                                     double(group.total.francs()));
        slice->setColor(methodColor(group.key, index++));
        slice->setBorderColor(Qt::white);
        slice->setLabelVisible(false);
    }
    chart->addSeries(series);
    return chart;
}

void ReportsCharts::render(QChart *chart, QPainter *painter, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    // Laid out in screen pixels (96 per inch, the unit its fonts are measured in), then scaled to
    // the device: the text keeps its point size on paper whatever the printer's resolution.
    const qreal scale = qMax(1, painter->device()->logicalDpiX()) / 96.0;
    const QSizeF size(target.width() / scale, target.height() / scale);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(painter, target, scene.sceneRect());
    scene.removeItem(chart);
}
