#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace dd {

// Text fitted into a box on an action card. All geometry is in layout units (dots at
// TextFit::Dpi), independent of the device finally painted on: the text is shaped once into
// positioned glyph runs and painted with QPainter::drawGlyphRun under a scaling transform.
struct FitSpec {
    QFont font;                // family, weight; pointSizeF() is the preferred size
    qreal minPointSize = 5.5;  // never smaller than this
    qreal step = 0.25;         // shrink in steps of this many points
    int maxLines = 0;          // 0 = as many as the box holds; 1 = one line
    bool numbered = false;     // paragraphs are list items: "1." hanging in front
    qreal paragraphGap = 0.15; // extra space between paragraphs, in line heights
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct PlacedRun {
    QPointF origin; // where drawGlyphRun paints it
    QGlyphRun run;
};

struct FittedText {
    QRectF box;          // the space it was given
    qreal pointSize = 0; // the size used
    QList<PlacedRun> runs;
    QList<QRectF> lineRects; // every line (and list number) laid out, absolute
    qreal usedHeight = 0;    // from box.top() to the last line's bottom
    int paragraphsShown = 0; // paragraphs (or list items) at least partly shown
    bool shrunk = false;     // smaller than the preferred size
    bool elided = false;     // did not fit even at the minimum size: cut with "…"

    QRectF inkBounds() const; // the union of the glyph runs' bounding rects
};

class TextFit {
public:
    static constexpr qreal Dpi = 1200;
    static qreal mm(qreal millimetres) { return millimetres / 25.4 * Dpi; }

    // Fits the paragraphs into box: the preferred size if it fits, else shrunk step by step
    // down to the minimum, else at the minimum with the overflow cut and the last line shown
    // ending in "…" (elided = true). Lines wrap at word boundaries, or anywhere (CJK text,
    // long numbers) where a word does not fit. Nothing is ever placed outside box.
    static FittedText fit(const QStringList &paragraphs, const QRectF &box, const FitSpec &spec);

    static void paint(QPainter &painter, const FittedText &text, const QPointF &offset,
                      const QColor &color);
};

} // namespace dd
