#include "ReportsDocument.h"

#include "Clock.h"
#include "ReportsCharts.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Paints top to bottom and turns the page when the next block does not fit.
class PageCursor
{
public:
    PageCursor(QPainter *painter, const QRect &page, const std::function<bool()> &newPage)
        : m_painter(painter)
        , m_page(page)
        , m_newPage(newPage)
        , m_y(page.top())
    {}

    int mm(double millimetres) const
    {
        return int(millimetres * m_painter->device()->logicalDpiY() / 25.4);
    }
    QRect page() const { return m_page; }
    int y() const { return m_y; }
    void advance(int height) { m_y += height; }
    // Starts a new page unless height still fits on this one; false once painting stopped.
    bool ensure(int height)
    {
        if (m_stopped)
            return false;
        if (m_y + height <= m_page.bottom())
            return true;
        if (!m_newPage()) {
            m_stopped = true;
            return false;
        }
        m_y = m_page.top();
        return true;
    }

private:
    QPainter *m_painter;
    QRect m_page;
    const std::function<bool()> &m_newPage;
    int m_y;
    bool m_stopped = false;
};

QFont font(double points, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void drawTable(QPainter *painter, PageCursor &cursor, const QString &title,
               const QString &labelTitle, const QString &countTitle,
               const QList<ReportsClient::Group> &groups, bool methodNames)
{
    const QRect page = cursor.page();
    const int rowHeight = cursor.mm(6);
    const int left = page.left();
    const int width = page.width();
    const int columns[] = {left, left + width * 52 / 100, left + width * 66 / 100,
                           left + width * 88 / 100, page.right()};
    qint64 sum = 0;
    for (const ReportsClient::Group &group : groups)
        sum += qMax<qint64>(0, group.total.francs());

    if (!cursor.ensure(rowHeight * 3))
        return;
    painter->setFont(font(11, true));
    painter->drawText(QRect(left, cursor.y(), width, rowHeight + cursor.mm(2)),
                      Qt::AlignLeft | Qt::AlignBottom, title);
    cursor.advance(rowHeight + cursor.mm(3));

    auto drawRow = [&](const QString &label, const QString &count, const QString &total,
                       const QString &share, bool header) {
        if (!cursor.ensure(rowHeight))
            return;
        painter->setFont(font(9, header));
        const int y = cursor.y();
        if (header)
            painter->fillRect(QRect(left, y, width, rowHeight), QColor(0xe8eef5));
        const int pad = cursor.mm(1.5);
        painter->drawText(QRect(columns[0] + pad, y, columns[1] - columns[0] - pad, rowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          painter->fontMetrics().elidedText(label, Qt::ElideRight,
                                                            columns[1] - columns[0] - 2 * pad));
        painter->drawText(QRect(columns[1], y, columns[2] - columns[1] - pad, rowHeight),
                          Qt::AlignRight | Qt::AlignVCenter, count);
        painter->drawText(QRect(columns[2], y, columns[3] - columns[2] - pad, rowHeight),
                          Qt::AlignRight | Qt::AlignVCenter, total);
        painter->drawText(QRect(columns[3], y, columns[4] - columns[3] - pad, rowHeight),
                          Qt::AlignRight | Qt::AlignVCenter, share);
        painter->setPen(QColor(0xcccccc));
        painter->drawLine(left, y + rowHeight, page.right(), y + rowHeight);
        painter->setPen(Qt::black);
        cursor.advance(rowHeight);
    };
    drawRow(labelTitle, countTitle, ReportsDocument::tr("Total"), ReportsDocument::tr("Share"),
            true);
    if (groups.isEmpty())
        drawRow(ReportsDocument::tr("No sales"), {}, {}, {}, false);
    for (const ReportsClient::Group &group : groups) {
        const double percent = sum > 0 ? 100.0 * double(group.total.francs()) / double(sum) : 0;
        drawRow(methodNames ? ReportsCharts::methodName(group.key) : group.label,
                QLocale().toString(group.count), group.total.toString(),
                QLocale().toString(percent, 'f', 1) + u"\u00A0%"_s, false);
    }
    cursor.advance(cursor.mm(6));
}

} // namespace

QString ReportsDocument::periodText(const ReportsPeriod &period)
{
    const QLocale locale;
    if (period.isSingleDay())
        return locale.toString(period.from(), u"dddd d MMMM yyyy"_s);
    const QDate last = period.last();
    if (period.from().year() == last.year() && period.from().month() == last.month())
        return locale.toString(period.from(), u"d"_s) + u" – "_s +
               locale.toString(last, u"d MMMM yyyy"_s);
    return locale.toString(period.from(), u"d MMMM yyyy"_s) + u" – "_s +
           locale.toString(last, u"d MMMM yyyy"_s);
}

void ReportsDocument::paint(const ReportsClient::Sales &sales, const ReportsPeriod &period,
                            QPainter *painter, const QRect &page,
                            const std::function<bool()> &newPage)
{
    PageCursor cursor(painter, page, newPage);
    painter->setPen(Qt::black);

    painter->setFont(font(18, true));
    const int titleHeight = cursor.mm(10);
    painter->drawText(QRect(page.left(), cursor.y(), page.width(), titleHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("Sales report"));
    cursor.advance(titleHeight);
    painter->setFont(font(11));
    const int lineHeight = cursor.mm(6);
    painter->drawText(QRect(page.left(), cursor.y(), page.width(), lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, periodText(period));
    painter->setFont(font(8));
    painter->drawText(QRect(page.left(), cursor.y(), page.width(), lineHeight),
                      Qt::AlignRight | Qt::AlignVCenter,
                      tr("Printed %1")
                          .arg(QLocale().toString(Clock::currentDateTimeUtc().toLocalTime(),
                                                  QLocale::ShortFormat)));
    cursor.advance(lineHeight + cursor.mm(4));

    // The totals, four boxes across.
    const qint64 average = sales.count > 0 ? sales.total.francs() / sales.count : 0;
    const QString figures[][2] = {
        {tr("Sales"), sales.total.toString()},
        {tr("Paid orders"), QLocale().toString(sales.count)},
        {tr("Average basket"), Money::fromFrancs(average).toString()},
        {tr("LigdiCash awaiting: %n", nullptr, int(sales.awaitingCount)),
         sales.awaitingTotal.toString()},
    };
    const int boxHeight = cursor.mm(18);
    const int gap = cursor.mm(3);
    const int boxWidth = (page.width() - 3 * gap) / 4;
    for (int i = 0; i < 4; ++i) {
        const QRect box(page.left() + i * (boxWidth + gap), cursor.y(), boxWidth, boxHeight);
        painter->setPen(QColor(0xb0bec5));
        painter->setBrush(QColor(0xf5f8fb));
        painter->drawRoundedRect(box, cursor.mm(1.5), cursor.mm(1.5));
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QColor(0x555555));
        painter->setFont(font(8));
        painter->drawText(box.adjusted(gap, gap / 2, -gap, -boxHeight / 2),
                          Qt::AlignLeft | Qt::AlignVCenter, figures[i][0]);
        painter->setPen(Qt::black);
        painter->setFont(font(i == 0 ? 13 : 11, true));
        painter->drawText(box.adjusted(gap, boxHeight / 2 - gap / 2, -gap, -gap / 2),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          painter->fontMetrics().elidedText(figures[i][1], Qt::ElideRight,
                                                            box.width() - 2 * gap));
    }
    cursor.advance(boxHeight + cursor.mm(6));

    // The charts, side by side.
    const int chartHeight = cursor.mm(70);
    if (!cursor.ensure(chartHeight))
        return;
    const int barsWidth = page.width() * 62 / 100;
    std::unique_ptr<QChart> bars(ReportsCharts::salesBars(sales, period.isSingleDay()));
    std::unique_ptr<QChart> donut(ReportsCharts::methodDonut(sales));
    ReportsCharts::render(bars.get(), painter,
                          QRectF(page.left(), cursor.y(), barsWidth, chartHeight));
    ReportsCharts::render(donut.get(), painter,
                          QRectF(page.left() + barsWidth + gap, cursor.y(),
                                 page.width() - barsWidth - gap, chartHeight));
    cursor.advance(chartHeight + cursor.mm(6));

    drawTable(painter, cursor, tr("By payment method"), tr("Method"), tr("Orders"), sales.byMethod,
              true);
    drawTable(painter, cursor, tr("By mobile money operator"), tr("Operator"), tr("Orders"),
              sales.byOperator, false);
    drawTable(painter, cursor, tr("By cashier"), tr("Cashier"), tr("Orders"), sales.byCashier,
              false);
    drawTable(painter, cursor, tr("By terminal"), tr("Terminal"), tr("Orders"), sales.byTerminal,
              false);
    drawTable(painter, cursor, tr("Top products"), tr("Product"), tr("Quantity"), sales.topProducts,
              false);
}

QString ReportsDocument::writePdf(const ReportsClient::Sales &sales, const ReportsPeriod &period,
                                  const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QPdfWriter writer(path);
    writer.setTitle(tr("Sales report %1").arg(periodText(period)));
    writer.setCreator(u"Comptoir"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path));
    paint(sales, period, &painter, QRect(QPoint(0, 0), painter.viewport().size()),
          [&writer] { return writer.newPage(); });
    painter.end();
    return {};
}

QString ReportsDocument::print(const ReportsClient::Sales &sales, const ReportsPeriod &period,
                               QPrinter *printer)
{
    QPainter painter;
    if (!painter.begin(printer))
        return tr("The printer refused the report.");
    paint(sales, period, &painter, QRect(QPoint(0, 0), painter.viewport().size()),
          [printer] { return printer->newPage(); });
    painter.end();
    return {};
}

QImage ReportsDocument::firstPage(const ReportsClient::Sales &sales, const ReportsPeriod &period,
                                  int dpi)
{
    const double dotsPerMm = dpi / 25.4;
    QImage image(int(210 * dotsPerMm), int(297 * dotsPerMm), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dotsPerMm * 1000));
    image.setDotsPerMeterY(int(dotsPerMm * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const int margin = int(15 * dotsPerMm);
    paint(sales, period, &painter, image.rect().adjusted(margin, margin, -margin, -margin),
          [] { return false; });
    return image;
}
