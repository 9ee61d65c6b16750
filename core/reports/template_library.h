#pragma once

#include "common/result.h"
#include "grading/obligation_definition.h"
#include "reports/report_template.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

class Actor;
class AuditLog;
class Clock;
class Database;

// The report templates: the built-ins shipped in the program (resources
// :/dutydesk/templates/reports/*.mustache, read-only) and the custom ones in the database
// (table report_templates). Users copy a template and edit the copy; a custom template may be
// based on a built-in and is then preferred to it when a report of its form is written.
//
// Writes need Permission::EditDutyData: templates are duty material the team maintains (like the
// handbook and the procedures), not institution settings. Every write is one transaction with
// an audit row ("report_template.copy", "report_template.save", "report_template.remove").
class TemplateLibrary {
    Q_DECLARE_TR_FUNCTIONS(dd::TemplateLibrary)
public:
    TemplateLibrary(Database &db, AuditLog &audit, const Clock &clock);

    // Built-ins first (in file name order), then custom templates by id.
    Result<QList<ReportTemplate>> all() const;
    // Only the built-ins (parsed once from the resources).
    Result<QList<ReportTemplate>> builtIns() const;
    Result<ReportTemplate> get(const QString &id) const;
    bool exists(const QString &id) const;
    // Copies a built-in or custom template under a new id (lower-case [a-z0-9_]+, unused).
    // The copy remembers the built-in it is based on.
    Result<ReportTemplate> copy(const Actor &actor, const QString &fromId, const QString &newId);
    // Saves a custom template (new or existing). Refused for built-in ids, on a header or body
    // that does not check clean against its context's variables (the message names the line and
    // the variable), and when `t.version` is not the stored version ("changed by X at T").
    // Returns the template as stored (new version, updatedAt, updatedBy).
    Result<ReportTemplate> save(const Actor &actor, const ReportTemplate &t);
    // Removes a custom template. Built-ins cannot be removed.
    Status remove(const Actor &actor, const QString &id);
    // The template that files `form`: custom before built-in, then the language (zh* → zh_CN,
    // else en; falls back to zh_CN), then a fault-type match before a template for any type.
    Result<ReportTemplate> forObligation(ReportForm form, const QString &faultType,
                                         const QString &language) const;

private:
    Result<QList<ReportTemplate>> customs() const;
    Result<ReportTemplate> store(const Actor &actor, const ReportTemplate &t,
                                 const QString &action);

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace dd
