#pragma once

#include "reports/report_template.h"

#include <QFont>
#include <QString>

class QTextDocument;

namespace dd {

// How rendered reports look on paper, in ODT and in HTML: the fonts (the CJK fallback list of
// CardLayout::font), heading sizes, ruled tables. Shared by the writers of render/reports.
class ReportStyle {
public:
    static constexpr qreal BodyPointSize = 10.5; // 五号, the body size of Chinese office documents
    static constexpr qreal TitlePointSize = 18;

    // The report font: a CJK sans-serif from CardLayout's fallback list.
    static QFont font(qreal pointSize = BodyPointSize, bool bold = false);
    // The same family list as CSS ("WenQuanYi Micro Hei", …, sans-serif).
    static QString cssFontFamilies();
    // The font size of a heading level (1…6) in points.
    static qreal headingPointSize(int level);

    // Lays the document out in points whatever the screen: a 72 dpi layout device makes a CSS
    // point a point on paper (PdfDocument scales points to the printer's dots), and design
    // metrics keep glyph advances fractional at that resolution. Also sets no document margin
    // and the A4 text area as page size, as PdfDocument will. Creating the layout lays the
    // first part of the document out at the screen's resolution: lay it out again
    // (setPageSize()) before using it, as PdfDocument does.
    static void usePointLayout(QTextDocument &document);

    // Imports the report's text (markdown: CommonMark with GitHub tables; or HTML) into an
    // empty document, then applies the report style: body font, heading sizes and spacing (a
    // top-level heading centred as the document title),
    // tables ruled with collapsed borders and cell padding; markdown tables span the width and
    // repeat their header row on every page. Call it before the document has a layout (before
    // usePointLayout()): edits made with a layout attached are laid out one by one (seconds for
    // a table of a few hundred rows).
    static void fill(QTextDocument &document, const RenderedReport &report);
    // True when the document's first non-empty paragraph is a top-level heading (the template's
    // own title, as regulator reports have) or a heading reading `title`: the writers then add
    // no title line of their own.
    static bool opensWithTitle(const QTextDocument &document, const QString &title);
};

} // namespace dd
