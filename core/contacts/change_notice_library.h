#pragma once

#include "common/result.h"
#include "contacts/change_notice.h"
#include "reports/report_contexts.h"
#include "reports/report_engine.h"
#include "reports/report_template.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

class Backend;
class TemplateLibrary;

// One unit's change notice written with the report template library.
struct LibraryChangeNotice {
    ChangeNotice notice;   // the unit and the changes it is told about; text = report.text
    RenderedReport report; // the rendered markup (markdown or HTML), for plain text or a file
};

// "Notify units…" with the report template library: the same units and changes as
// ChangeNotices::build, but each notice is rendered from the library's current
// handbook_change_notice template against the handbook report context (ReportContexts, context
// "handbook") holding only that unit's entry in `notices`. So an edited copy of the template
// is used for the notices exactly as on the Reports page.
class ChangeNoticeTemplates {
    Q_DECLARE_TR_FUNCTIONS(dd::ChangeNoticeTemplates)
public:
    // The built-in change notice for the language: "handbook_change_notice" (zh*) or
    // "handbook_change_notice_en" (anything else).
    static QString builtInId(const QString &language);
    // The template in use for the language: among the handbook templates in that language that
    // are a change notice built-in or a custom copy of one (based on either built-in), the
    // custom copy saved last, else the built-in; when the language has none, the Chinese one.
    static Result<ReportTemplate> current(const TemplateLibrary &library, const QString &language);
    // One notice per unit concerned, in the handbook's unit order. Empty when nothing changed
    // since the last distribution or no unit is concerned.
    static Result<QList<LibraryChangeNotice>> build(Backend &backend, const ReportAuthor &author,
                                                    const QString &language,
                                                    const RenderOptions &options = {});
};

} // namespace dd
