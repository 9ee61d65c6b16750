#pragma once

#include "common/result.h"
#include "pdf_document.h"
#include "reports/report_template.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace dd {

// Turns a rendered report (markdown or HTML, every tag resolved) into the files a duty officer
// sends or files: an A4 PDF (running header with institution and classification, page numbers,
// the drill banner on every page in drill mode), an ODT for WPS and Word, a standalone HTML page
// and plain text for SMS / IM. Every file is written to a temporary file in the target folder
// and renamed into place, so a failed write leaves nothing behind; every failure names the file
// and says why.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(dd::ReportWriter)
public:
    // The report laid out for paper: title line, in drill mode the drill banner above it, then
    // the body with the report fonts (CJK), sized headings and ruled tables. Laid out in points
    // (a 72 dpi layout device) as PdfDocument expects.
    static std::unique_ptr<QTextDocument> document(const RenderedReport &report);

    // A4 PDF through PdfDocument. Returns the number of pages.
    static Result<int> writePdf(const RenderedReport &report, const QString &path);
    // OpenDocument text (QTextDocumentWriter "odf"). An ODT has no running header, so the
    // institution and the classification (and the drill banner) open the document.
    static Status writeOdt(const RenderedReport &report, const QString &path);
    // A standalone UTF-8 HTML5 page with embedded CSS.
    static Status writeHtml(const RenderedReport &report, const QString &path);
    // plainText() as UTF-8.
    static Status writeText(const RenderedReport &report, const QString &path);
    // One of the above by form.
    static Status write(const RenderedReport &report, const QString &path, OutputForm form);
    // The form from the file's extension; refuses naming the file and the expected extensions.
    static Status write(const RenderedReport &report, const QString &path);

    // The pages of writePdf() painted on a printer (for the print preview dialog). Returns the
    // number of pages.
    static Result<int> print(const RenderedReport &report, QPagedPaintDevice &device);

    // The standalone HTML page writeHtml() writes.
    static QString html(const RenderedReport &report);
    // The text for SMS / IM: markup removed (list markers and table rows kept as text), in drill
    // mode the drill banner as the first line, at most one blank line in a row, no trailing
    // spaces, no blank lines at either end.
    static QString plainText(const RenderedReport &report);
    // Characters as a person counts them: Unicode code points (a CJK character is 1, an emoji
    // outside the BMP is 1).
    static int characterCount(const QString &text);

    // .pdf .odt .html/.htm .txt (any case); nullopt for anything else.
    static std::optional<OutputForm> formForPath(const QString &path);
    // formForPath() or an error naming the file and the extensions expected.
    static Result<OutputForm> requireForm(const QString &path);
    // The file name extension written for a form, without the dot: "pdf", "odt", "html", "txt".
    static QString extension(OutputForm form);

    // The banner of a drill report (translated).
    static QString drillBanner();
    // The running header and metadata of the PDF.
    static PdfOptions pdfOptions(const RenderedReport &report);
};

} // namespace dd
