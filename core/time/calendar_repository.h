#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "time/trading_calendar.h"

#include <QCoreApplication>
#include <QString>

namespace dd {

class AuditLog;
class Clock;
class Database;

// User-imported calendar years, stored in the database so they travel with it.
class CalendarRepository {
    Q_DECLARE_TR_FUNCTIONS(dd::CalendarRepository)
public:
    CalendarRepository(Database &db, AuditLog &audit, const Clock &clock);

    // Validates the file (refused with file, key and reason; nothing stored then) and stores
    // it, replacing an earlier import of the same year. Returns the year imported.
    Result<int> importYear(const Actor &actor, const QString &filePath);
    // The built-in calendar with every imported year applied on top.
    Result<TradingCalendar> load() const;

private:
    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace dd
