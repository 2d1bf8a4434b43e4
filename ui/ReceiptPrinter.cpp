#include "ReceiptPrinter.h"

#include "EscPosEncoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>

using namespace Qt::StringLiterals;

namespace {
constexpr int kColumns = 42;
}

void ReceiptPrinter::paint(const Receipt &receipt, QPainter *painter, const QRect &area)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Fit kColumns characters across the area.
    font.setPixelSize(qMax(6, int(area.width() / (kColumns * 0.62))));
    painter->setFont(font);
    painter->setPen(Qt::black);
    const int lineHeight = QFontMetrics(font, painter->device()).lineSpacing();
    int y = area.top() + lineHeight;
    const QStringList lines = receipt.textLines(kColumns);
    for (const QString &line : lines) {
        painter->drawText(area.left(), y, line);
        y += lineHeight;
    }
}

QString ReceiptPrinter::writePdf(const Receipt &receipt, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QPdfWriter writer(path);
    writer.setTitle(
        QCoreApplication::translate("ReceiptPrinter", "Receipt %1").arg(receipt.orderId));
    writer.setCreator(u"Comptoir"_s);
    // An 80 mm roll, as long as the receipt needs.
    const int lines = int(receipt.textLines(kColumns).size()) + 2;
    writer.setPageSize(QPageSize(QSizeF(80, qMax(100.0, lines * 4.6)), QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer))
        return QCoreApplication::translate("ReceiptPrinter",
                                           "The PDF receipt could not be written to %1.")
            .arg(path);
    paint(receipt, &painter, QRect(QPoint(0, 0), painter.viewport().size()));
    painter.end();
    return {};
}

QString ReceiptPrinter::print(const Receipt &receipt, const QString &target,
                              const QString &defaultPdfFolder)
{
    if (target.isEmpty() || target == "none"_L1)
        return {};
    const QString fileName = u"receipt-"_s +
                             receipt.at.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s) + u'-' +
                             receipt.orderId.left(8) + u".pdf"_s;
    if (target == "pdf"_L1)
        return writePdf(receipt, defaultPdfFolder + u'/' + fileName);
    if (target.startsWith("pdf:"_L1))
        return writePdf(receipt, target.mid(4) + u'/' + fileName);
    if (target.startsWith("escpos:"_L1)) {
        QFile device(target.mid(7));
        if (!device.open(QIODevice::WriteOnly | QIODevice::Append))
            return QCoreApplication::translate("ReceiptPrinter",
                                               "The receipt printer is not available (%1).")
                .arg(device.errorString());
        device.write(EscPosEncoder::encode(receipt, EscPosEncoder::Paper::Mm80));
        return {};
    }
    if (target.startsWith("printer:"_L1)) {
        const QString name = target.mid(8);
        if (QPrinterInfo::printerInfo(name).isNull())
            return QCoreApplication::translate("ReceiptPrinter", "The printer “%1” was not found.")
                .arg(name);
        QPrinter printer;
        printer.setPrinterName(name);
        QPainter painter;
        if (!painter.begin(&printer))
            return QCoreApplication::translate("ReceiptPrinter",
                                               "The printer “%1” refused the receipt.")
                .arg(name);
        paint(receipt, &painter, painter.viewport());
        painter.end();
        return {};
    }
    return QCoreApplication::translate("ReceiptPrinter", "Unknown receipt output “%1”.")
        .arg(target);
}
