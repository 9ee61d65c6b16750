#pragma once

#include "common/result.h"
#include "reports/report_template.h"

#include <QDate>
#include <QList>
#include <QVariantMap>

namespace dd {

class Backend;

// The readiness part of the report contexts: the monthly readiness report for the emergency
// office (resources/templates/reports/readiness_monthly*.mustache). Everything sits under
// "readiness."; maps hold QString, bool, QVariantMap and QVariantList only. Status words and
// dates follow the report language; check titles, summaries and evidence are the texts the
// checks give in the program's language.
namespace ReadinessReportContext {
QList<ContextVariable> variables();
// {"readiness": {...}} as of `asOf`.
Result<QVariantMap> build(Backend &backend, const QDate &asOf, const QString &language);
// The report subject is a day: yyyymmdd as a number (20260131) and back.
qint64 subjectOf(const QDate &day);
QDate dateOf(qint64 subject); // invalid when it is not such a number
} // namespace ReadinessReportContext

} // namespace dd
