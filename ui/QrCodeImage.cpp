#include "QrCodeImage.h"

#include <qrcodegen.hpp>

#include <QPainter>

namespace {
std::optional<qrcodegen::QrCode> encode(const QString &text)
{
    try {
        return qrcodegen::QrCode::encodeText(text.toUtf8().constData(),
                                             qrcodegen::QrCode::Ecc::MEDIUM);
    } catch (const qrcodegen::data_too_long &) {
        return std::nullopt;
    }
}

QImage draw(const qrcodegen::QrCode &code, int moduleSize, int quietZone)
{
    const int modules = code.getSize() + 2 * quietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < code.getSize(); ++y) {
        for (int x = 0; x < code.getSize(); ++x) {
            if (code.getModule(x, y))
                painter.drawRect((x + quietZone) * moduleSize, (y + quietZone) * moduleSize,
                                 moduleSize, moduleSize);
        }
    }
    return image;
}
} // namespace

QImage QrCodeImage::render(const QString &text, int moduleSize, int quietZone)
{
    const auto code = encode(text);
    if (!code || moduleSize <= 0)
        return {};
    return draw(*code, moduleSize, quietZone);
}

QImage QrCodeImage::renderToFit(const QString &text, int pixels)
{
    const auto code = encode(text);
    if (!code)
        return {};
    const int modules = code->getSize() + 8;
    return draw(*code, qMax(1, pixels / modules), 4);
}
