#pragma once

// Internal to core/reports: the parts ReportContexts::build puts together.

#include "common/result.h"
#include "reports/report_contexts.h"

#include <QVariantMap>

namespace dd {

class Backend;

namespace ContextBuilders {
Result<QVariantMap> common(Backend &backend, const ReportAuthor &author, const QString &language);
Result<QVariantMap> incident(Backend &backend, qint64 incidentId, const QString &language);
Result<QVariantMap> handbook(Backend &backend, const QString &language);
Result<QVariantMap> year(Backend &backend, int year, const QString &language);
// A stored (E.164) phone as people dial it; empty stays empty.
QString phone(const QString &number);
} // namespace ContextBuilders

} // namespace dd
