// ReportWriter::plainText: the report as SMS / IM text. The body is parsed as markdown or HTML
// by QTextDocument and read back paragraph by paragraph, so no markup survives: list items keep
// a marker, table rows become one line each (cells separated by a space), headings stand after
// a blank line.
#include "report_writer.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace dd {

namespace {

QString blockText(const QTextBlock &block)
{
    QString text = block.text();
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    text.remove(QChar::ObjectReplacementCharacter);
    return text;
}

QString listMarker(const QTextBlock &block)
{
    switch (block.blockFormat().marker()) {
    case QTextBlockFormat::MarkerType::Checked: return QStringLiteral("☑ ");
    case QTextBlockFormat::MarkerType::Unchecked: return QStringLiteral("☐ ");
    case QTextBlockFormat::MarkerType::NoMarker: break;
    }
    const QTextList *list = block.textList();
    if (!list)
        return {};
    const QString indent(2 * std::max(0, list->format().indent() - 1), QLatin1Char(' '));
    QString item;
    switch (list->format().style()) {
    case QTextListFormat::ListDisc: item = QStringLiteral("•"); break;
    case QTextListFormat::ListCircle: item = QStringLiteral("◦"); break;
    case QTextListFormat::ListSquare: item = QStringLiteral("▪"); break;
    default: item = list->itemText(block).trimmed(); // "1." "a." "iv."
    }
    return indent + (item.isEmpty() ? QStringLiteral("•") : item) + QLatin1Char(' ');
}

class Reader {
public:
    QStringList lines;

    void frame(const QTextFrame *frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                if (auto *t = qobject_cast<QTextTable *>(child))
                    table(t);
                else
                    this->frame(child);
            } else {
                block(it.currentBlock());
            }
        }
    }

private:
    void block(const QTextBlock &b)
    {
        const QTextBlockFormat format = b.blockFormat();
        if (format.headingLevel() > 0)
            lines.append(QString());
        if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            lines.append(QString());
            return;
        }
        const QString text = blockText(b);
        lines.append(text.trimmed().isEmpty() ? QString() : listMarker(b) + text);
    }

    void table(const QTextTable *t)
    {
        lines.append(QString());
        for (int row = 0; row < t->rows(); ++row) {
            QStringList cells;
            for (int column = 0; column < t->columns(); ++column) {
                const QTextTableCell cell = t->cellAt(row, column);
                if (!cell.isValid() || cell.row() != row || cell.column() != column)
                    continue; // covered by a spanning cell
                QStringList parts;
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    const QString text = it.currentBlock().isValid()
                                             ? blockText(it.currentBlock()).simplified()
                                             : QString();
                    if (!text.isEmpty())
                        parts.append(text);
                }
                if (!parts.isEmpty())
                    cells.append(parts.join(QLatin1Char(' ')));
            }
            if (!cells.isEmpty())
                lines.append(cells.join(QLatin1Char(' ')));
        }
        lines.append(QString());
    }
};

} // namespace

QString ReportWriter::plainText(const RenderedReport &report)
{
    QTextDocument document;
    document.setUndoRedoEnabled(false);
    if (report.format == TemplateFormat::Markdown)
        document.setMarkdown(report.text, QTextDocument::MarkdownDialectGitHub);
    else
        document.setHtml(report.text);
    Reader reader;
    if (report.drill)
        reader.lines.append(drillBanner());
    reader.frame(document.rootFrame());

    // One line per entry (a paragraph may hold line breaks), trailing spaces off, at most one
    // blank line in a row, none at either end.
    static const QRegularExpression trailing(QStringLiteral("[ \\t\\x{3000}]+$"));
    QStringList out;
    for (const QString &entry : std::as_const(reader.lines)) {
        const QStringList parts = entry.split(QLatin1Char('\n'));
        for (QString line : parts) {
            line.remove(trailing);
            if (line.isEmpty() && (out.isEmpty() || out.constLast().isEmpty()))
                continue;
            out.append(line);
        }
    }
    while (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

int ReportWriter::characterCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace dd
