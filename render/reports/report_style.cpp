#include "report_style.h"

#include "handbook/card_layout.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace dd {

namespace {

const QColor RuleColor(0x80, 0x80, 0x80);
const QColor HeaderCellColor(0xEE, 0xEE, 0xEE);
constexpr qreal RuleWidth = 0.5;  // points
constexpr qreal CellPadding = 3;  // points
constexpr qreal ParagraphGap = 4; // points below a paragraph
// The text area of an A4 page as PdfDocument lays it out (18 mm margins, 8 mm header and
// footer), in points; PdfDocument sets the exact size of its device again.
const QSizeF A4Body((210 - 2 * 18) / 25.4 * 72, (297 - 2 * 18 - 2 * 8) / 25.4 * 72);

void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

struct Span {
    int position = 0;
    int length = 0;
    QTextCharFormat format;
};

// Heading sizes, bold and spacing; sizes the author set in HTML stay.
void styleHeadings(QTextDocument &document)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat blockFormat = block.blockFormat();
        const int level = blockFormat.headingLevel();
        if (level <= 0)
            continue;
        const qreal size = ReportStyle::headingPointSize(level);
        // A top-level heading is the document's title: centred, as Chinese office documents
        // have it, unless the template aligned it.
        if (level == 1 && !blockFormat.hasProperty(QTextFormat::BlockAlignment))
            blockFormat.setAlignment(Qt::AlignHCenter);
        blockFormat.setTopMargin(level <= 2 ? 12 : 8);
        blockFormat.setBottomMargin(level <= 2 ? 6 : 4);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(blockFormat);
        const auto sized = [size](QTextCharFormat format) {
            if (!format.hasProperty(QTextFormat::FontPointSize)
                && !format.hasProperty(QTextFormat::FontPixelSize)) {
                format.clearProperty(QTextFormat::FontSizeAdjustment);
                format.setFontPointSize(size);
            }
            format.setFontWeight(QFont::Bold);
            return format;
        };
        cursor.setBlockCharFormat(sized(block.charFormat()));
        // Collected first: setting a format may merge the fragments being iterated.
        QList<Span> spans;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid())
                spans.append({fragment.position(), fragment.length(), fragment.charFormat()});
        }
        for (const Span &span : spans) {
            cursor.setPosition(span.position);
            cursor.setPosition(span.position + span.length, QTextCursor::KeepAnchor);
            cursor.setCharFormat(sized(span.format));
        }
    }
}

// Paragraphs outside tables and lists get a small gap below; markdown gives none.
void spaceParagraphs(QTextDocument &document)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() > 0 || block.textList() || format.bottomMargin() > 0)
            continue;
        cursor.setPosition(block.position());
        if (cursor.currentTable())
            continue;
        format.setBottomMargin(ParagraphGap);
        cursor.setBlockFormat(format);
    }
}

void styleTable(QTextTable *table, bool markdown)
{
    QTextTableFormat format = table->format();
    if (format.border() <= 0)
        format.setBorder(RuleWidth);
    format.setBorderBrush(RuleColor);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    if (format.cellPadding() < CellPadding)
        format.setCellPadding(CellPadding);
    format.setTopMargin(4);
    format.setBottomMargin(6);
    if (markdown) {
        // GitHub tables: full width, the header row repeated on every page, shaded and bold.
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setHeaderRowCount(1);
    }
    table->setFormat(format);
    if (!markdown || table->rows() == 0)
        return;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (int column = 0; column < table->columns(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        if (!cell.isValid() || cell.column() != column)
            continue;
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(HeaderCellColor);
        cell.setFormat(cellFormat);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(bold);
    }
}

} // namespace

QFont ReportStyle::font(qreal pointSize, bool bold)
{
    return CardLayout::font(pointSize, bold);
}

QString ReportStyle::cssFontFamilies()
{
    QStringList quoted;
    const QStringList families = font().families();
    for (const QString &family : families)
        quoted.append(QLatin1Char('"') + family + QLatin1Char('"'));
    quoted.append(QStringLiteral("sans-serif"));
    return quoted.join(QStringLiteral(", "));
}

qreal ReportStyle::headingPointSize(int level)
{
    switch (level) {
    case 1: return 16;
    case 2: return 14;
    case 3: return 12;
    default: return 11;
    }
}

void ReportStyle::usePointLayout(QTextDocument &document)
{
    static QImage pointDevice = [] {
        QImage image(1, 1, QImage::Format_Mono);
        const int dotsPerMeter = qRound(72 / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    // Set before the layout exists: each of them lays the whole document out again otherwise.
    document.setUseDesignMetrics(true);
    document.setDocumentMargin(0);
    document.setPageSize(A4Body);
    document.documentLayout()->setPaintDevice(&pointDevice);
}

void ReportStyle::fill(QTextDocument &document, const RenderedReport &report)
{
    // Without a layout (see the header): laid out once, afterwards.
    document.setUndoRedoEnabled(false);
    document.setDefaultFont(font());
    const bool markdown = report.format == TemplateFormat::Markdown;
    if (markdown)
        document.setMarkdown(report.text, QTextDocument::MarkdownDialectGitHub);
    else
        document.setHtml(report.text);
    document.setMetaInformation(QTextDocument::DocumentTitle, report.title);
    styleHeadings(document);
    spaceParagraphs(document);
    QList<QTextTable *> tables;
    collectTables(document.rootFrame(), tables);
    for (QTextTable *table : tables)
        styleTable(table, markdown);
}

bool ReportStyle::opensWithTitle(const QTextDocument &document, const QString &title)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().trimmed();
        if (text.isEmpty())
            continue;
        const int level = block.blockFormat().headingLevel();
        return level == 1 || (level > 0 && text == title.trimmed());
    }
    return false;
}

} // namespace dd
