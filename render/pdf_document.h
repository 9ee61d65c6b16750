#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace dd {

struct PdfOptions {
    QString title;            // PDF metadata and running header
    QString institution;      // running header, left
    QString classification;   // running header, right (e.g. 内部 internal)
    bool drillBanner = false; // 演练 DRILL on every page
};

// Renders HTML to an A4 PDF with a running header, page numbers ("page / pages") and, in drill
// mode, the drill banner on every page. Fonts come from the system (CJK fonts are embedded as
// subsets by QPdfWriter). Returns the number of pages written.
class PdfDocument {
    Q_DECLARE_TR_FUNCTIONS(dd::PdfDocument)
public:
    static Result<int> writeHtml(const QString &html, const QString &filePath,
                                 const PdfOptions &options);
    static Result<int> write(QTextDocument &document, const QString &filePath,
                             const PdfOptions &options);
    // The same pages painted on any paged device (a QPrinter for printing or print preview; for
    // a QPrinter use QPrinter::HighResolution). Sets A4 and no margins on the device; the
    // document is laid out again for it. Returns the number of pages painted.
    static Result<int> print(QTextDocument &document, QPagedPaintDevice &device,
                             const PdfOptions &options);
};

} // namespace dd
