#pragma once

#include "common/result.h"
#include "readiness/readiness_check.h"

#include <QCoreApplication>
#include <QDate>

namespace dd {

class Backend;

// The readiness checks: every "shall" of the emergency-preparation, drill and training clauses
// that the data can answer, evaluated as of one day (REQUIREMENTS.md, readiness column).
// Reads only. Periods are database settings with the standard's minimums as defaults.
class Readiness {
    Q_DECLARE_TR_FUNCTIONS(dd::Readiness)
public:
    explicit Readiness(Backend &backend);

    Result<ReadinessResult> evaluate(const QDate &asOf) const;

private:
    Backend &m_backend;
};

} // namespace dd
