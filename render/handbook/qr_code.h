#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace dd {

// A QR code symbol: size × size modules, true = dark. Encoded with libqrencode (8-bit mode,
// error correction level M), so UTF-8 text (Chinese names) survives.
struct QrMatrix {
    int size = 0;
    QList<bool> modules; // row by row

    bool isNull() const { return size == 0; }
    bool dark(int x, int y) const { return modules.at(y * size + x); }
};

class QrCode {
    Q_DECLARE_TR_FUNCTIONS(dd::QrCode)
public:
    static Result<QrMatrix> encode(const QByteArray &data);

    // A vCard 3.0 holding one name and one phone number (what a phone's camera app saves as a
    // contact). Text values are escaped as RFC 2426 says; lines end in CRLF.
    static QString vCard(const QString &name, const QString &phone);

    // The symbol as a one-bit image, one pixel per module, with the 4-module quiet zone.
    static QImage image(const QrMatrix &matrix);

    // Paints the symbol into rect (kept square, centred) with the quiet zone inside rect.
    // Drawn as an image without smoothing: crisp modules, and a PDF embeds an image painted
    // many times (the same QImage) only once.
    static void paint(QPainter &painter, const QRectF &rect, const QImage &image);
};

} // namespace dd
