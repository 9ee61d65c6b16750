#pragma once

#include "common/result.h"
#include "reports/report_template.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace dd {

// A problem in a template body, with its position (1-based; column counts characters).
struct TemplateIssue {
    int line = 0;
    int column = 0;
    QString name;    // the variable or section name concerned, may be empty
    QString message; // translated, starts with "line N: "
};

// How a rendering is labelled. Empty fields are taken from the context map ("drill",
// "institution.name", "language") or the template.
struct RenderOptions {
    std::optional<bool> drill; // unset: the context's "drill" flag
    QString institution;       // empty: context "institution.name"
    QString classification;    // empty: 内部 / Internal
    QString language;          // empty: the template's language
};

// Parses, checks, serializes and renders report templates (mustache, see report_template.h).
class ReportEngine {
    Q_DECLARE_TR_FUNCTIONS(dd::ReportEngine)
public:
    // A template file: a header in a mustache comment ({{! key: value lines }}) followed by the
    // body. Refuses with the file name, line and field on a missing, unknown or repeated key,
    // an unknown kind / context / output / format / form id, or a bad id (lower-case [a-z0-9_]+).
    static Result<ReportTemplate> parse(const QString &fileText, const QString &fileName);
    // Header and body again; parse(serialize(t)) gives t back (header fields and body).
    static QString serialize(const ReportTemplate &t);
    // True for a valid template id: lower-case [a-z0-9_]+, at most 64 characters.
    static bool isValidId(const QString &id);

    // Syntax and name check of the body against the variables of its context. Empty when clean.
    static QList<TemplateIssue> check(const ReportTemplate &t,
                                      const QList<ContextVariable> &variables);
    // check() against ReportContexts::variables(t.context).
    static QList<TemplateIssue> check(const ReportTemplate &t);

    // Renders the body against a context map (QString, bool, numbers, QVariantMap, QVariantList).
    // Refuses a template with issues. Values are escaped for the template format (HTML or
    // markdown) and their braces neutralised, so user text can neither add formatting nor tags.
    static Result<RenderedReport> render(const ReportTemplate &t, const QVariantMap &context,
                                         const RenderOptions &options = {});

    // Escapes text for a markdown body (exposed for tests and writers).
    static QString escapeMarkdown(const QString &text);
    static QString escapeHtml(const QString &text);
};

} // namespace dd
