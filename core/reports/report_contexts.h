#pragma once

#include "common/result.h"
#include "reports/report_template.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace dd {

class Backend;

// The person signing a report (the signed-in operator).
struct ReportAuthor {
    QString name;
    QString phone;
};

// The data templates are rendered against. Every key a context map holds is listed in
// variables(); values are text formatted for people in the language asked for (times in the
// institution zone UTC+8, "2026-01-05 10:10"), flags, objects and lists.
class ReportContexts {
    Q_DECLARE_TR_FUNCTIONS(dd::ReportContext)
public:
    // The documented variables of a context (the common ones included).
    static QList<ContextVariable> variables(ContextKind kind);
    // subject: the incident id (Incident), the drill id (Drill), the year (Year), 0 (Handbook).
    static Result<QVariantMap> build(Backend &backend, ContextKind kind, qint64 subject,
                                     const ReportAuthor &author, const QString &language);
};

} // namespace dd
