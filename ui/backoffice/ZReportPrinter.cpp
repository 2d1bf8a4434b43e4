#include "ZReportPrinter.h"

#include "Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), u"dd/MM/yyyy HH:mm"_s) : QString();
}

QFont fontFor(ZReportPrinter::Style style, int basePixels)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(basePixels);
    switch (style) {
    case ZReportPrinter::Style::Title:
        font.setPixelSize(basePixels * 17 / 10);
        font.setBold(true);
        break;
    case ZReportPrinter::Style::Large:
        font.setPixelSize(basePixels * 3 / 2);
        font.setBold(true);
        break;
    case ZReportPrinter::Style::Heading:
    case ZReportPrinter::Style::Bold:
        font.setBold(true);
        break;
    default:
        break;
    }
    return font;
}

// 80 mm at most: a Z report reads as a till roll even on an A4 sheet.
int columnWidth(QPainter *painter, int available)
{
    const int roll = int(80.0 / 25.4 * painter->device()->logicalDpiX());
    return qMin(available, roll);
}

int basePixels(int width)
{
    // About 40 characters across the column.
    return qMax(6, width / 26);
}

int rowHeight(const ZReportPrinter::Row &row, int base, QPainter *painter)
{
    if (row.style == ZReportPrinter::Style::Gap)
        return base / 2;
    if (row.style == ZReportPrinter::Style::Rule)
        return base;
    const int spacing = QFontMetrics(fontFor(row.style, base), painter->device()).lineSpacing();
    return row.style == ZReportPrinter::Style::Heading ? spacing + base / 3 : spacing;
}

} // namespace

QString ZReportPrinter::signedAmount(Money amount)
{
    if (amount.francs() > 0)
        return u"+"_s + amount.toString();
    return amount.toString();
}

QString ZReportPrinter::differenceVerdict(Money difference)
{
    if (difference.isNegative())
        return tr("Short");
    if (difference.isZero())
        return tr("Balanced");
    return tr("Over");
}

QList<ZReportPrinter::Row> ZReportPrinter::rows(const ShiftReport &report)
{
    QList<Row> out;
    auto add = [&out](Style style, const QString &left, const QString &right = {}) {
        out.append(Row{style, left, right});
    };
    add(Style::Title, tr("Z REPORT"));
    add(Style::Bold, report.terminalName, tr("Shift %1").arg(report.shiftId.left(8)));
    add(Style::Normal, tr("Opened %1").arg(when(report.openedAt)), report.openedByName);
    add(Style::Normal, tr("Closed %1").arg(when(report.closedAt)), report.closedByName);
    if (!report.approvedByName.isEmpty())
        add(Style::Normal, tr("Count approved by"), report.approvedByName);
    add(Style::Rule, {});

    add(Style::Heading, tr("Cash"));
    add(Style::Normal, tr("Opening float"), report.openingFloat.toString());
    add(Style::Normal, tr("Cash sales"), report.cashSales.toString());
    add(Style::Normal, tr("Cash tendered"), report.cashTendered.toString());
    add(Style::Normal, tr("Change given"), report.changeGiven.toString());
    add(Style::Bold, tr("Expected in the drawer"), report.expectedCash.toString());
    add(Style::Bold, tr("Counted"), report.countedCash.toString());
    add(Style::Gap, {});
    add(Style::Large, tr("Difference"), signedAmount(report.difference));
    out.last().alert = report.difference.isNegative();
    add(Style::Normal, {}, differenceVerdict(report.difference));
    add(Style::Rule, {});

    add(Style::Heading, u"LigdiCash"_s);
    add(Style::Normal, tr("Confirmed (%n)", nullptr, int(report.ligdicashConfirmedCount)),
        report.ligdicashConfirmedTotal.toString());
    add(Style::Normal,
        tr("Awaiting confirmation (%n)", nullptr, int(report.ligdicashAwaitingCount)),
        report.ligdicashAwaitingTotal.toString());
    add(Style::Rule, {});

    add(Style::Heading, tr("By cashier"));
    for (const ShiftReport::Cashier &cashier : report.byCashier) {
        add(Style::Bold, cashier.name);
        add(Style::Normal, u"  "_s + tr("Cash (%n)", nullptr, int(cashier.cashCount)),
            cashier.cashTotal.toString());
        add(Style::Normal, u"  "_s + tr("LigdiCash (%n)", nullptr, int(cashier.ligdicashCount)),
            cashier.ligdicashTotal.toString());
    }
    add(Style::Heading, tr("By operator"));
    if (report.byOperator.isEmpty())
        add(Style::Normal, tr("No mobile money payment"));
    for (const ShiftReport::Operator &op : report.byOperator)
        add(Style::Normal, u"%1 (%2)"_s.arg(op.name).arg(op.count), op.total.toString());
    add(Style::Rule, {});

    add(Style::Normal, tr("Orders"), QLocale().toString(report.orderCount));
    add(Style::Normal, tr("Cancelled"), QLocale().toString(report.cancelledCount));
    add(Style::Normal, tr("Failed"), QLocale().toString(report.failedCount));
    if (!report.note.isEmpty())
        add(Style::Normal, tr("Note: %1").arg(report.note));
    add(Style::Gap, {});
    add(Style::Normal, tr("Printed %1").arg(when(Clock::currentDateTimeUtc())));
    return out;
}

int ZReportPrinter::height(const ShiftReport &report, QPainter *painter, int width)
{
    const int base = basePixels(columnWidth(painter, width));
    int total = 0;
    for (const Row &row : rows(report))
        total += rowHeight(row, base, painter);
    return total;
}

int ZReportPrinter::paint(const ShiftReport &report, QPainter *painter, const QRect &area)
{
    const int width = columnWidth(painter, area.width());
    const int base = basePixels(width);
    const int left = area.left();
    int y = area.top();
    painter->save();
    for (const Row &row : rows(report)) {
        const int height = rowHeight(row, base, painter);
        painter->setPen(Qt::black);
        if (row.style == Style::Rule) {
            QPen pen(Qt::black);
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(qMax(1.0, base / 12.0));
            painter->setPen(pen);
            painter->drawLine(left, y + height / 2, left + width, y + height / 2);
        } else if (row.style != Style::Gap) {
            painter->setFont(fontFor(row.style, base));
            const QRect line(left, y, width, height);
            if (row.style == Style::Title) {
                painter->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, row.left);
            } else {
                if (row.alert)
                    painter->setPen(QColor(0xb00020));
                painter->drawText(line, Qt::AlignRight | Qt::AlignBottom, row.right);
                const int rightWidth = painter->fontMetrics().horizontalAdvance(row.right);
                painter->setPen(Qt::black);
                painter->drawText(line, Qt::AlignLeft | Qt::AlignBottom,
                                  painter->fontMetrics().elidedText(row.left, Qt::ElideRight,
                                                                    width - rightWidth - base));
            }
        }
        y += height;
    }
    painter->restore();
    return y - area.top();
}

QString ZReportPrinter::writePdf(const ShiftReport &report, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QPdfWriter writer(path);
    writer.setTitle(tr("Z report %1").arg(report.terminalName));
    writer.setCreator(u"Comptoir"_s);
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    // An 80 mm roll, as long as the report needs: measure it on a first painter, then size the
    // page (a page size must be set before painting begins).
    const int heightMm = int(image(report, 100).height() * 25.4 / 100) + 3;
    writer.setPageSize(QPageSize(QSizeF(80, qMax(120, heightMm)), QPageSize::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path));
    paint(report, &painter, QRect(QPoint(0, 0), painter.viewport().size()));
    painter.end();
    return {};
}

QImage ZReportPrinter::image(const ShiftReport &report, int dpi)
{
    const double dotsPerMm = dpi / 25.4;
    const int margin = int(4 * dotsPerMm);
    const int width = int(80 * dotsPerMm);
    auto withDpi = [dotsPerMm](QImage image) {
        image.setDotsPerMeterX(int(dotsPerMm * 1000));
        image.setDotsPerMeterY(int(dotsPerMm * 1000));
        return image;
    };
    int contentHeight = 0;
    {
        QImage probe = withDpi(QImage(1, 1, QImage::Format_RGB32));
        QPainter painter(&probe);
        contentHeight = height(report, &painter, width - 2 * margin);
    }
    QImage image = withDpi(QImage(width, contentHeight + 2 * margin, QImage::Format_RGB32));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(report, &painter, QRect(margin, margin, width - 2 * margin, contentHeight));
    return image;
}

QString ZReportPrinter::print(const ShiftReport &report, QPrinter *printer)
{
    QPainter painter;
    if (!painter.begin(printer))
        return tr("The printer refused the Z report.");
    paint(report, &painter, painter.viewport());
    painter.end();
    return {};
}
