#include "pdf_document.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace dd {

namespace {
constexpr int Dpi = 300;
constexpr qreal MarginMm = 18.0;
constexpr qreal HeaderMm = 8.0;

} // namespace

Result<int> PdfDocument::writeHtml(const QString &html, const QString &filePath,
                                   const PdfOptions &options)
{
    QTextDocument document;
    document.setHtml(html);
    return write(document, filePath, options);
}

Result<int> PdfDocument::write(QTextDocument &document, const QString &filePath,
                               const PdfOptions &options)
{
    const QString shown = QDir::toNativeSeparators(filePath);
    // Written to a temporary file and moved into place: a failed render leaves nothing behind.
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(Dpi);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("DutyDesk ") + QLatin1String(DUTYDESK_VERSION));
        pages = print(document, writer, options);
    }
    if (!pages)
        return fail(tr("Cannot write the PDF %1: %2").arg(shown, pages.error()));
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return pages;
}

Result<int> PdfDocument::print(QTextDocument &document, QPagedPaintDevice &device,
                               const PdfOptions &options)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    const qreal dpi = device.logicalDpiY();
    const auto toDots = [dpi](qreal mm) { return mm / 25.4 * dpi; };

    // The whole sheet in device pixels; a printer that keeps its own margins paints from the
    // printable area's corner, so the painter is moved back to the sheet's corner.
    const QRectF page = device.pageLayout().fullRectPixels(int(dpi));
    const QPointF paintOrigin = device.pageLayout().paintRectPixels(int(dpi)).topLeft();
    const qreal margin = toDots(MarginMm);
    const qreal header = toDots(HeaderMm);
    const QRectF body(margin, margin + header, page.width() - 2 * margin,
                      page.height() - 2 * margin - 2 * header);

    // Lay the document out at the body's size in points, then scale points to dots.
    const qreal scale = dpi / 72.0;
    document.setPageSize(QSizeF(body.width() / scale, body.height() / scale));
    document.setDocumentMargin(0);
    const int pages = std::max(1, document.pageCount());

    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Cannot start the printout."));
    painter.translate(-paintOrigin);
    QFont small = painter.font();
    small.setPointSizeF(8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return fail(tr("Cannot start page %1.").arg(i + 1));
        }
        painter.save();
        painter.setFont(small);
        painter.setPen(Qt::darkGray);
        const QRectF headerRect(margin, margin, body.width(), header);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, options.institution);
        painter.drawText(headerRect, Qt::AlignHCenter | Qt::AlignVCenter, options.title);
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, options.classification);
        painter.drawLine(headerRect.bottomLeft(), headerRect.bottomRight());
        const QRectF footer(margin, page.height() - margin - header, body.width(), header);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
        if (options.drillBanner) {
            QFont bannerFont = small;
            bannerFont.setPointSizeF(14);
            bannerFont.setBold(true);
            painter.setFont(bannerFont);
            const QRectF bannerRect(0, 0, page.width(), margin * 0.8);
            painter.fillRect(bannerRect, QColor(0xE6, 0x7E, 0x22));
            painter.setPen(Qt::white);
            painter.drawText(bannerRect, Qt::AlignCenter, tr("演练 DRILL — not a real incident"));
        }
        painter.restore();

        painter.save();
        painter.translate(body.topLeft());
        painter.scale(scale, scale);
        const qreal pageHeightPt = body.height() / scale;
        painter.translate(0, -i * pageHeightPt);
        const QRectF clip(0, i * pageHeightPt, body.width() / scale, pageHeightPt);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        document.documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace dd
