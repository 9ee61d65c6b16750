#pragma once

#include "common/result.h"
#include "contacts/contact.h"
#include "pdf_document.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace dd {

// The emergency contact handbook (应急处置联络手册) as an A4 document: cover (institution,
// title, version, date), the emergency organization (decision body first), the decision
// succession order, contacts by unit (internal departments, then related units by kind), the
// related units, service agreements (with their review period and next review date) and the
// notification contacts with the record of whom they were communicated to.
class HandbookPdf {
    Q_DECLARE_TR_FUNCTIONS(dd::HandbookPdf)
public:
    static QString html(const Handbook &handbook);

    // The document ready to lay out (HTML plus the CJK default font).
    static void fill(QTextDocument &document, const Handbook &handbook);

    // Options filled in where the caller left them empty: title "Emergency contact handbook",
    // the institution, classification "Internal".
    static PdfOptions options(const Handbook &handbook, const PdfOptions &given = {});

    // Writes the PDF (replaced only when the whole file was written); returns the page count.
    static Result<int> write(const Handbook &handbook, const QString &path,
                             const PdfOptions &options = {});
    // Paints the pages on any paged device (a QPrinter for printing or preview).
    static Result<int> print(const Handbook &handbook, QPagedPaintDevice &device,
                             const PdfOptions &options = {});
};

} // namespace dd
