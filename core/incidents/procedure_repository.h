#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

class AuditLog;
class Clock;
class Database;

// A handling procedure of the emergency plan for one fault type: the checklist opened in an
// incident of that type. Every procedure starts with personnel safety.
struct Procedure {
    QString faultType; // "trading_outage", "network", ...
    QString title;
    QStringList steps;
};

class ProcedureRepository {
    Q_DECLARE_TR_FUNCTIONS(dd::ProcedureRepository)
public:
    ProcedureRepository(Database &db, AuditLog &audit, const Clock &clock);

    Result<QList<Procedure>> list() const;
    // The procedure of a fault type; the "other" procedure when the type has none.
    Result<Procedure> forFaultType(const QString &faultType) const;
    // Adds or replaces; refused without steps, or without a personnel-safety step.
    Status save(const Actor &actor, const Procedure &procedure);
    Status remove(const Actor &actor, const QString &faultType);

private:
    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace dd
