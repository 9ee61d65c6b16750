#include "qr_code.h"

#include <QPainter>
#include <qrencode.h>

#include <memory>

namespace dd {

namespace {
constexpr int QuietZone = 4;

QString escapeVCardText(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char(','), QStringLiteral("\\,"));
    text.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.remove(QLatin1Char('\r'));
    return text;
}
} // namespace

Result<QrMatrix> QrCode::encode(const QByteArray &data)
{
    if (data.isEmpty())
        return fail(tr("A QR code needs some text to hold."));
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.data()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return fail(tr("The text is too long for a QR code (%1 bytes).").arg(data.size()));
    QrMatrix matrix;
    matrix.size = code->width;
    matrix.modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < matrix.modules.size(); ++i)
        matrix.modules[i] = (code->data[i] & 1) != 0;
    return matrix;
}

QString QrCode::vCard(const QString &name, const QString &phone)
{
    QString card = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\n");
    card += QStringLiteral("N:%1;;;;\r\n").arg(escapeVCardText(name));
    card += QStringLiteral("FN:%1\r\n").arg(escapeVCardText(name));
    if (!phone.isEmpty())
        card += QStringLiteral("TEL;TYPE=WORK,VOICE:%1\r\n").arg(phone);
    card += QStringLiteral("END:VCARD\r\n");
    return card;
}

QImage QrCode::image(const QrMatrix &matrix)
{
    if (matrix.isNull())
        return {};
    const int side = matrix.size + 2 * QuietZone;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < matrix.size; ++y)
        for (int x = 0; x < matrix.size; ++x)
            if (matrix.dark(x, y))
                image.setPixel(x + QuietZone, y + QuietZone, 1);
    return image;
}

void QrCode::paint(QPainter &painter, const QRectF &rect, const QImage &image)
{
    if (image.isNull())
        return;
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF target(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, image);
    painter.restore();
}

} // namespace dd
