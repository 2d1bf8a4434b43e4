#pragma once

// Draws a QR code (qrcodegen) of a text, e.g. the LigdiCash payment URL, into a QImage the
// customer can scan from the screen: black modules on white with the standard quiet zone.

#include <QImage>
#include <QString>

class QrCodeImage
{
public:
    // moduleSize: pixels per module; the image is square. A null image if text cannot fit.
    static QImage render(const QString &text, int moduleSize, int quietZone = 4);
    // Fits the code into at most `pixels` (whole pixels per module, so it stays sharp).
    static QImage renderToFit(const QString &text, int pixels);
};
