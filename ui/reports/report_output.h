#pragma once

#include "reports/report_contexts.h"
#include "reports/report_engine.h"
#include "reports/report_template.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// What the reports page and the report dialog share: who signs, how a rendering is labelled on
// this desk, the preview text, saving a rendered report to a file and printing it through the
// print preview dialog.
class ReportOutput {
    Q_DECLARE_TR_FUNCTIONS(dd::ui::ReportOutput)
public:
    // The signed-in operator, with the phone of the handbook person who signs in as them.
    static ReportAuthor author(UiContext &context);
    // Drill mode (a drill database) marks every rendering as a drill.
    static RenderOptions options(const UiContext &context);
    // The report as the screen preview shows it (the paper layout as rich text, drill banner
    // included).
    static QString previewHtml(const RenderedReport &report);
    // "68 characters — 1 SMS": code points of the plain text and the SMS parts it needs (70 per
    // message with any non-GSM character such as CJK, 160 otherwise; 67 / 153 per part beyond).
    static QString countText(const QString &plainText);
    static int smsParts(const QString &plainText);
    // A file name for the report: title and template, the extension of the form.
    static QString suggestedFileName(const RenderedReport &report, OutputForm form);
    // Asks where to save (the last folder used is remembered), writes the file and reports the
    // result in `message`. Returns the path written, empty when cancelled or refused.
    static QString askSave(QWidget *parent, const RenderedReport &report, OutputForm form,
                           InlineMessage *message);
    // The print preview dialog for the report (pages as the PDF has them).
    static void printPreview(QWidget *parent, const RenderedReport &report, InlineMessage *message);
};

} // namespace ui
} // namespace dd
