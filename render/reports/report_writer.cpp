#include "report_writer.h"

#include "report_style.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace dd {

namespace {

const QColor DrillColor(0xE6, 0x7E, 0x22); // the banner colour of PdfDocument
const QColor HeaderInk(0x55, 0x55, 0x55);

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Inserts a paragraph above everything else in the document.
void insertAtTop(QTextDocument &document, const QString &text, const QTextBlockFormat &blockFormat,
                 const QTextCharFormat &charFormat)
{
    QTextCursor cursor(&document);
    cursor.insertBlock();
    // The new separator keeps the old first paragraph's format for the content below it; the
    // emptied first paragraph becomes the inserted one.
    cursor.setPosition(0);
    cursor.setBlockFormat(blockFormat);
    cursor.setBlockCharFormat(charFormat);
    cursor.insertText(text, charFormat);
}

struct Preamble {
    bool odt = false; // institution and classification on top (no running header), office font
};

// Qt 6.4's ODF writer names a font only when the old single-family property is set (it then
// writes the first of the families) and writes "Sans" otherwise, which Word and WPS do not
// know. Microsoft YaHei is on every Windows since Vista and WPS maps it; the report fonts follow
// for LibreOffice elsewhere.
void useOfficeFont(QTextDocument &document)
{
    QStringList families = ReportStyle::font().families();
    families.prepend(QStringLiteral("Microsoft YaHei"));
    families.removeDuplicates();
    QTextCharFormat format;
    format.setFontFamilies(families);
    format.setProperty(QTextFormat::OldFontFamily, families.first());
    QTextCursor cursor(&document);
    cursor.select(QTextCursor::Document);
    cursor.mergeCharFormat(format);
}

std::unique_ptr<QTextDocument> makeDocument(const RenderedReport &report, Preamble preamble)
{
    auto document = std::make_unique<QTextDocument>();
    // Filled without a layout, which is attached at the end: the document is laid out once
    // instead of after every inserted table cell. (An edit block would defer the layout too,
    // but it also defers the frame structure the styling walks.)
    ReportStyle::fill(*document, report);
    // Inserted bottom-up: title, drill banner, header.
    if (!report.title.trimmed().isEmpty()
        && !ReportStyle::opensWithTitle(*document, report.title)) {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setBottomMargin(10);
        QTextCharFormat chars;
        chars.setFont(ReportStyle::font(ReportStyle::TitlePointSize, true));
        insertAtTop(*document, report.title.trimmed(), block, chars);
    }
    if (report.drill) {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setBackground(DrillColor);
        block.setTopMargin(2);
        block.setBottomMargin(8);
        QTextCharFormat chars;
        chars.setFont(ReportStyle::font(14, true));
        chars.setForeground(Qt::white);
        insertAtTop(*document, ReportWriter::drillBanner(), block, chars);
    }
    if (preamble.odt && !(report.institution.isEmpty() && report.classification.isEmpty())) {
        // Institution on the left, classification at a right tab stop at the text width of A4
        // with Word's default margins (3.17 cm), inside LibreOffice's and WPS's too.
        QTextBlockFormat block;
        block.setBottomMargin(8);
        // (The ODF writer takes positions as pixels at 96 dpi.)
        block.setTabPositions({QTextOption::Tab(410 / 0.75, QTextOption::RightTab)});
        QTextCharFormat chars;
        chars.setFont(ReportStyle::font(9));
        chars.setForeground(HeaderInk);
        QString line = report.institution;
        if (!report.classification.isEmpty())
            line += QLatin1Char('\t') + report.classification;
        insertAtTop(*document, line, block, chars);
    }
    if (preamble.odt)
        useOfficeFont(*document); // and no layout: the ODF writer needs none
    else
        ReportStyle::usePointLayout(*document);
    return document;
}

// Refuses a target whose folder is missing or that is a folder itself.
Status checkTarget(const QString &path)
{
    if (path.trimmed().isEmpty())
        return fail(ReportWriter::tr("No file name given for the report."));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(ReportWriter::tr("Cannot write %1: it is a folder.").arg(shown(path)));
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return fail(ReportWriter::tr("Cannot write %1: the folder %2 does not exist.")
                        .arg(shown(path), shown(folder.absolutePath())));
    return {};
}

Status saveBytes(const QString &path, const QByteArray &bytes)
{
    if (Status ok = checkTarget(path); !ok)
        return ok;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ReportWriter::tr("Cannot write %1: %2").arg(shown(path), file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ReportWriter::tr("Cannot write %1: %2").arg(shown(path), file.errorString()));
    return {};
}

} // namespace

QString ReportWriter::drillBanner()
{
    return tr("演练 DRILL");
}

PdfOptions ReportWriter::pdfOptions(const RenderedReport &report)
{
    PdfOptions options;
    options.title = report.title;
    options.institution = report.institution;
    options.classification = report.classification;
    options.drillBanner = report.drill;
    return options;
}

std::unique_ptr<QTextDocument> ReportWriter::document(const RenderedReport &report)
{
    auto doc = makeDocument(report, {});
    // Laid out again, all of it at the point device (see ReportStyle::usePointLayout). The PDF
    // and print paths skip this: PdfDocument sets the page size itself.
    doc->setPageSize(doc->pageSize());
    return doc;
}

Result<int> ReportWriter::writePdf(const RenderedReport &report, const QString &path)
{
    if (Status ok = checkTarget(path); !ok)
        return ok.takeError();
    const auto doc = makeDocument(report, {});
    return PdfDocument::write(*doc, path, pdfOptions(report));
}

Result<int> ReportWriter::print(const RenderedReport &report, QPagedPaintDevice &device)
{
    const auto doc = makeDocument(report, {});
    return PdfDocument::print(*doc, device, pdfOptions(report));
}

Status ReportWriter::writeOdt(const RenderedReport &report, const QString &path)
{
    if (Status ok = checkTarget(path); !ok)
        return ok;
    Preamble preamble;
    preamble.odt = true;
    const auto doc = makeDocument(report, preamble);
    // Written to memory first: the ODF writer closes its device, which a QSaveFile refuses.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get()))
        return fail(tr("Cannot write %1: the OpenDocument writer failed.").arg(shown(path)));
    return saveBytes(path, buffer.data());
}

Status ReportWriter::writeHtml(const RenderedReport &report, const QString &path)
{
    return saveBytes(path, html(report).toUtf8());
}

Status ReportWriter::writeText(const RenderedReport &report, const QString &path)
{
    QString text = plainText(report);
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    return saveBytes(path, text.toUtf8());
}

Status ReportWriter::write(const RenderedReport &report, const QString &path, OutputForm form)
{
    switch (form) {
    case OutputForm::Pdf: {
        auto pages = writePdf(report, path);
        if (!pages)
            return pages.takeError();
        return {};
    }
    case OutputForm::Odt: return writeOdt(report, path);
    case OutputForm::Html: return writeHtml(report, path);
    case OutputForm::Text: return writeText(report, path);
    }
    return fail(tr("Cannot write %1: unknown output form.").arg(shown(path)));
}

Status ReportWriter::write(const RenderedReport &report, const QString &path)
{
    const auto form = requireForm(path);
    if (!form)
        return form.takeError();
    return write(report, path, *form);
}

std::optional<OutputForm> ReportWriter::formForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return OutputForm::Pdf;
    if (suffix == QLatin1String("odt"))
        return OutputForm::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return OutputForm::Html;
    if (suffix == QLatin1String("txt"))
        return OutputForm::Text;
    return std::nullopt;
}

Result<OutputForm> ReportWriter::requireForm(const QString &path)
{
    if (const auto form = formForPath(path))
        return *form;
    return fail(tr("Cannot tell the format of %1 from its extension: expected .pdf, .odt, .html, "
                   ".htm or .txt.")
                    .arg(shown(path)));
}

QString ReportWriter::extension(OutputForm form)
{
    switch (form) {
    case OutputForm::Pdf: return QStringLiteral("pdf");
    case OutputForm::Odt: return QStringLiteral("odt");
    case OutputForm::Html: return QStringLiteral("html");
    case OutputForm::Text: return QStringLiteral("txt");
    }
    return {};
}

} // namespace dd
