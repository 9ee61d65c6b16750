#include "text_fit.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextLayout>

#include <memory>
#include <vector>

namespace dd {

namespace {

constexpr qreal Epsilon = 0.01;

// The device text is shaped for: an image that only carries the layout resolution, so layouts
// are identical whatever device (PDF, printer, preview) is painted on later.
QPaintDevice *layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_Mono);
        const int dotsPerMeter = qRound(TextFit::Dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

struct PlacedLine {
    int paragraph = 0;
    int textStart = 0;
    qreal top = 0;    // relative to the box
    qreal indent = 0; // list items: the text column
    QList<PlacedRun> runs;
    QList<PlacedRun> numberRuns;
    QRectF rect;
    QRectF numberRect;
};

std::unique_ptr<QTextLayout> makeLayout(const QString &text, const QFont &font,
                                        Qt::Alignment alignment, bool wrap)
{
    auto layout = std::make_unique<QTextLayout>(text, font, layoutDevice());
    QTextOption option;
    option.setWrapMode(wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    option.setAlignment(alignment);
    layout->setTextOption(option);
    return layout;
}

// Shapes one line of text (no wrapping) at left, top; returns its runs and rect.
void placeSingleLine(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment,
                     const QPointF &topLeft, QList<PlacedRun> &runs, QRectF &rect)
{
    auto layout = makeLayout(text, font, alignment, false);
    layout->beginLayout();
    QTextLine line = layout->createLine();
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    layout->endLayout();
    if (!line.isValid())
        return;
    for (const QGlyphRun &run : line.glyphRuns())
        runs.append({topLeft, run});
    rect = line.naturalTextRect().translated(topLeft);
}

// Cuts text so that text + "…" is at most width wide.
QString elide(const QString &text, const QFontMetricsF &metrics, qreal width, bool forceEllipsis)
{
    const QString ellipsis(QChar(0x2026));
    if (!forceEllipsis && metrics.horizontalAdvance(text) <= width)
        return text;
    QString cut = text.trimmed();
    while (!cut.isEmpty() && metrics.horizontalAdvance(cut + ellipsis) > width) {
        cut.chop(cut.size() >= 2 && cut.at(cut.size() - 1).isLowSurrogate() ? 2 : 1);
        cut = cut.trimmed();
    }
    return cut + ellipsis;
}

struct Attempt {
    std::vector<PlacedLine> lines;
    qreal height = 0;
    bool overflow = false;
};

Attempt layOut(const QStringList &paragraphs, const QRectF &box, const FitSpec &spec,
               const QFont &font, bool cut)
{
    Attempt a;
    const QFontMetricsF metrics(font, layoutDevice());
    const bool single = spec.maxLines == 1;
    qreal indent = 0;
    if (spec.numbered)
        indent = metrics.horizontalAdvance(QString::number(paragraphs.size()) + QLatin1Char('.'))
                 + metrics.height() * 0.3;
    const qreal textWidth = std::max<qreal>(1, box.width() - indent);
    const qreal gap = spec.paragraphGap * metrics.height();
    qreal y = 0;
    int lineCount = 0;
    for (int p = 0; p < paragraphs.size() && !a.overflow; ++p) {
        const QString &text = paragraphs.at(p);
        const qreal top = y + (p > 0 ? gap : 0);
        auto layout = makeLayout(text, font, spec.alignment, !single);
        layout->beginLayout();
        qreal lineY = 0;
        bool first = true;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(textWidth);
            line.setPosition(QPointF(0, lineY));
            const bool tooWide = line.naturalTextWidth() > textWidth + Epsilon;
            const bool tooLow = top + lineY + line.height() > box.height() + Epsilon;
            const bool tooMany = spec.maxLines > 0 && lineCount >= spec.maxLines;
            if (tooLow || tooMany || (single && tooWide)) {
                a.overflow = true;
                if (single && tooWide && !tooLow && !tooMany && cut) {
                    // One line that is too long: shown elided below.
                    PlacedLine placed;
                    placed.paragraph = p;
                    placed.top = top;
                    placed.indent = indent;
                    a.lines.push_back(placed);
                }
                break;
            }
            PlacedLine placed;
            placed.paragraph = p;
            placed.textStart = line.textStart();
            placed.top = top;
            placed.indent = indent;
            const QPointF origin(box.left() + indent, box.top() + top);
            for (const QGlyphRun &run : line.glyphRuns())
                placed.runs.append({origin, run});
            placed.rect = line.naturalTextRect().translated(origin);
            if (first && spec.numbered) {
                placeSingleLine(QString::number(p + 1) + QLatin1Char('.'), font,
                                indent - metrics.height() * 0.3, Qt::AlignRight,
                                QPointF(box.left(), box.top() + top), placed.numberRuns,
                                placed.numberRect);
            }
            first = false;
            a.lines.push_back(placed);
            lineY += line.height();
            ++lineCount;
        }
        layout->endLayout();
        y = top + lineY;
    }
    a.height = y;
    if (!a.overflow || !cut || a.lines.empty())
        return a;

    // Did not fit at the minimum size: the last line shown ends in "…" and carries as much of
    // the rest of its paragraph as fits.
    PlacedLine &last = a.lines.back();
    const QString rest = paragraphs.at(last.paragraph).mid(last.textStart);
    const bool moreAfter = last.paragraph + 1 < paragraphs.size() || single;
    const QString shown = elide(rest, metrics, textWidth, moreAfter && !single);
    last.runs.clear();
    const QPointF origin(box.left() + last.indent, box.top() + last.top);
    placeSingleLine(shown, font, textWidth, spec.alignment, origin, last.runs, last.rect);
    return a;
}

} // namespace

QRectF FittedText::inkBounds() const
{
    QRectF bounds;
    for (const PlacedRun &r : runs)
        bounds |= r.run.boundingRect().translated(r.origin);
    return bounds;
}

FittedText TextFit::fit(const QStringList &paragraphs, const QRectF &box, const FitSpec &spec)
{
    FittedText out;
    out.box = box;
    const qreal preferred = std::max(spec.font.pointSizeF(), spec.minPointSize);
    const qreal step = std::max<qreal>(spec.step, 0.05);
    Attempt a;
    qreal size = preferred;
    for (;;) {
        const bool atMinimum = size <= spec.minPointSize + Epsilon;
        if (atMinimum)
            size = spec.minPointSize;
        QFont font = spec.font;
        font.setPointSizeF(size);
        a = layOut(paragraphs, box, spec, font, atMinimum);
        if (!a.overflow || atMinimum)
            break;
        size -= step;
    }
    out.pointSize = size;
    out.shrunk = size < preferred - Epsilon;
    out.elided = a.overflow;
    out.usedHeight = std::min(a.height, box.height());
    int lastParagraph = -1;
    for (const PlacedLine &line : a.lines) {
        out.runs += line.runs;
        out.runs += line.numberRuns;
        if (!line.rect.isNull())
            out.lineRects.append(line.rect);
        if (!line.numberRect.isNull())
            out.lineRects.append(line.numberRect);
        if (line.paragraph != lastParagraph) {
            ++out.paragraphsShown;
            lastParagraph = line.paragraph;
        }
    }
    return out;
}

void TextFit::paint(QPainter &painter, const FittedText &text, const QPointF &offset,
                    const QColor &color)
{
    painter.save();
    painter.setPen(color);
    for (const PlacedRun &r : text.runs)
        painter.drawGlyphRun(r.origin + offset, r.run);
    painter.restore();
}

} // namespace dd
