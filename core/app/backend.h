#pragma once

#include "access/operator_repository.h"
#include "audit/audit_log.h"
#include "common/result.h"
#include "contacts/contact_repository.h"
#include "drills/drill_repository.h"
#include "escalation/escalation_service.h"
#include "grading/rule_set_repository.h"
#include "incidents/incident_repository.h"
#include "incidents/incident_service.h"
#include "incidents/procedure_repository.h"
#include "institution/settings_repository.h"
#include "reports/template_library.h"
#include "roster/roster_repository.h"
#include "storage/database.h"
#include "time/calendar_repository.h"
#include "time/clock.h"
#include "time/trading_calendar.h"

#include <memory>

namespace dd {

// Everything a front end (the GUI or dutyctl) needs over one open database: the repositories,
// the audit log and the trading calendar, wired to one clock. Front ends own one Backend and
// hand references to what needs them; there is no global instance.
class Backend {
public:
    static Result<std::unique_ptr<Backend>> open(const QString &path, OpenMode mode,
                                                 const Clock &clock);

    Database &database() { return *m_db; }
    const Clock &clock() const { return m_clock; }
    AuditLog &audit() { return m_audit; }
    SettingsRepository &settings() { return m_settings; }
    OperatorRepository &operators() { return m_operators; }
    CalendarRepository &calendars() { return m_calendars; }
    IncidentRepository &incidents() { return m_incidents; }
    IncidentService &incidentService() { return m_incidentService; }
    EscalationService &escalation() { return m_escalation; }
    RuleSetRepository &ruleSets() { return m_ruleSets; }
    ProcedureRepository &procedures() { return m_procedures; }
    ContactRepository &contacts() { return m_contacts; }
    RosterRepository &roster() { return m_roster; }
    TemplateLibrary &reports() { return m_reports; }
    DrillRepository &drills() { return m_drills; }
    // Where attached files of this database are kept: beside an SQLite file; for a shared
    // server a local cache of the contents it holds (AttachmentFiles).
    QString attachmentFolder() const;
    const TradingCalendar &calendar() const { return m_calendar; }
    // Re-reads the calendar after an import.
    Status reloadCalendar();

private:
    Backend(std::unique_ptr<Database> db, const Clock &clock);

    TradingCalendar m_calendar; // filled by reloadCalendar()

    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    SettingsRepository m_settings;
    OperatorRepository m_operators;
    CalendarRepository m_calendars;
    IncidentRepository m_incidents;
    RuleSetRepository m_ruleSets;
    ProcedureRepository m_procedures;
    ContactRepository m_contacts;
    RosterRepository m_roster;
    TemplateLibrary m_reports;
    DrillRepository m_drills;
    IncidentService m_incidentService;
    EscalationService m_escalation;
};

} // namespace dd
