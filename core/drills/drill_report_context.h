#pragma once

#include "common/result.h"
#include "reports/report_template.h"

#include <QList>
#include <QVariantMap>

namespace dd {

class Backend;

// The drill part of the report contexts (core/reports builds the rest). The maps hold
// QString, bool, QVariantMap and QVariantList only; every key is one of the variables listed.
namespace DrillReportContext {
// Variables of the drill context, all under "drill." (plan parts, record, attendance,
// recovery times against targets, findings and actions).
QList<ContextVariable> drillVariables();
// Variables the year context gains from drills, all under "drills." (the year's drills,
// per half-year compliance, findings, training).
QList<ContextVariable> yearVariables();
// {"drill": {...}} for one drill.
Result<QVariantMap> drill(Backend &backend, qint64 drillId, const QString &language);
// {"drills": {...}} for one calendar year in the institution time zone.
Result<QVariantMap> year(Backend &backend, int year, const QString &language);
} // namespace DrillReportContext

} // namespace dd
