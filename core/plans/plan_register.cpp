#include "plans/plan_register.h"

#include "audit/audit_log.h"
#include "drills/drill.h"
#include "incidents/procedure_repository.h"
#include "plans/register_store.h"
#include "reports/template_library.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonObject>
#include <QSet>

namespace dd {

using namespace RegisterStore;

namespace {

QJsonObject toJson(const PlanVersion &p)
{
    QJsonObject sections;
    for (auto it = p.sections.constBegin(); it != p.sections.constEnd(); ++it)
        sections.insert(planSectionId(it.key()), it.value());
    return {{QStringLiteral("label"), p.label},
            {QStringLiteral("major"), p.major},
            {QStringLiteral("minor"), p.minor},
            {QStringLiteral("effective_on"), storedDate(p.effectiveDate)},
            {QStringLiteral("approved_by"), p.approvedBy},
            {QStringLiteral("approved_on"), storedDate(p.approvedOn)},
            {QStringLiteral("change_summary"), p.changeSummary},
            {QStringLiteral("major_change"), p.majorChange},
            {QStringLiteral("sections"), sections}};
}

QString versionWhat(const QString &label)
{
    return Text::tr("Plan version %1").arg(label);
}

} // namespace

PlanRegister::PlanRegister(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

QDate PlanRegister::today() const
{
    return localDate(m_clock.now());
}

Result<QList<PlanVersionSummary>> PlanRegister::versions() const
{
    auto q = exec(m_db, QStringLiteral("SELECT id, label, major, minor, effective_on, "
                                       "approved_by, major_change FROM plan_versions ORDER BY "
                                       "major, minor, id"));
    if (!q)
        return q.takeError();
    QList<PlanVersionSummary> list;
    while (q->next()) {
        PlanVersionSummary s;
        s.id = q->value(0).toLongLong();
        s.label = q->value(1).toString();
        s.major = q->value(2).toInt();
        s.minor = q->value(3).toInt();
        s.effectiveDate = date(q->value(4));
        s.approvedBy = q->value(5).toString();
        s.majorChange = q->value(6).toInt() != 0;
        list << s;
    }
    QHash<qint64, QHash<QString, QString>> sections;
    auto sq = exec(m_db, QStringLiteral("SELECT plan_id, section, body FROM plan_sections"));
    if (!sq)
        return sq.takeError();
    while (sq->next())
        sections[sq->value(0).toLongLong()].insert(sq->value(1).toString(),
                                                   sq->value(2).toString());
    QSet<qint64> filed;
    auto fq = exec(m_db, QStringLiteral("SELECT DISTINCT plan_id FROM plan_filings"));
    if (!fq)
        return fq.takeError();
    while (fq->next())
        filed.insert(fq->value(0).toLongLong());

    const PlanVersionSummary *previous = nullptr;
    for (PlanVersionSummary &s : list) {
        const auto &own = sections.value(s.id);
        for (PlanSection section : PlanRules::allSections()) {
            const QString id = planSectionId(section);
            if (!own.contains(id))
                s.missing << section;
            else if (own.value(id).trimmed().isEmpty())
                s.empty << section;
        }
        s.needsOwnFiling = !previous || previous->major != s.major || s.majorChange;
        if (filed.contains(s.id))
            s.filing = FilingState::Filed;
        else if (!s.needsOwnFiling && previous->filing != FilingState::NotFiled)
            s.filing = FilingState::Covered;
        else
            s.filing = FilingState::NotFiled;
        previous = &s;
    }
    return list;
}

Result<PlanVersion> PlanRegister::version(qint64 id) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT id, label, major, minor, effective_on, approved_by, "
                                 "approved_on, change_summary, major_change, version, "
                                 "updated_at, updated_by FROM plan_versions WHERE id = ?"),
                  {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no plan version with id %1.").arg(id));
    PlanVersion p;
    p.id = q->value(0).toLongLong();
    p.label = q->value(1).toString();
    p.major = q->value(2).toInt();
    p.minor = q->value(3).toInt();
    p.effectiveDate = date(q->value(4));
    p.approvedBy = q->value(5).toString();
    p.approvedOn = date(q->value(6));
    p.changeSummary = q->value(7).toString();
    p.majorChange = q->value(8).toInt() != 0;
    p.version = q->value(9).toInt();
    p.updatedAt = time(q->value(10));
    p.updatedBy = q->value(11).toString();
    auto s = exec(m_db, QStringLiteral("SELECT section, body FROM plan_sections WHERE plan_id = ?"),
                  {id});
    if (!s)
        return s.takeError();
    while (s->next())
        if (auto section = planSectionFromId(s->value(0).toString()))
            p.sections.insert(*section, s->value(1).toString());
    return p;
}

Result<PlanVersion> PlanRegister::currentVersion(const QDate &day) const
{
    auto all = versions();
    if (!all)
        return all.takeError();
    const auto current = PlanRules::currentOf(*all, day);
    if (!current)
        return fail(tr("No emergency plan version is in effect on %1.").arg(dateText(day)));
    return version(current->id);
}

Result<qint64> PlanRegister::saveVersion(const Actor &actor, const PlanVersion &plan)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    const QString label = plan.label.trimmed();
    if (label.isEmpty())
        return fail(tr("Version label: enter a label such as \"v3.0\"."));
    if (plan.major < 1)
        return fail(tr("Major version: expected 1 or more, got %1.").arg(plan.major));
    if (plan.minor < 0)
        return fail(tr("Minor version: expected 0 or more, got %1.").arg(plan.minor));
    if (!plan.effectiveDate.isValid())
        return fail(tr("Effective date: enter the date version %1 takes effect.").arg(label));
    if (plan.approvedBy.trimmed().isEmpty() != !plan.approvedOn.isValid())
        return fail(tr("Approved by / approval date: give both or neither."));
    return m_db.write([&]() -> Result<qint64> {
        auto dup = exec(m_db,
                        QStringLiteral("SELECT label, major, minor FROM plan_versions WHERE id "
                                       "<> ? AND (label = ? OR (major = ? AND minor = ?))"),
                        {plan.id, label, plan.major, plan.minor});
        if (!dup)
            return dup.takeError();
        if (dup->next())
            return fail(tr("Version label / number: version %1 (%2.%3) already exists.")
                            .arg(dup->value(0).toString())
                            .arg(dup->value(1).toInt())
                            .arg(dup->value(2).toInt()));
        QJsonObject before;
        const QString now = toStoredTime(m_clock.now());
        qint64 id = plan.id;
        const QVariantList values = {label,
                                     plan.major,
                                     plan.minor,
                                     storedDate(plan.effectiveDate),
                                     plan.approvedBy.trimmed(),
                                     storedDate(plan.approvedOn),
                                     plan.changeSummary,
                                     plan.majorChange ? 1 : 0,
                                     now,
                                     actor.auditName()};
        if (id == 0) {
            auto q = exec(m_db,
                          QStringLiteral("INSERT INTO plan_versions (label, major, minor, "
                                         "effective_on, approved_by, approved_on, "
                                         "change_summary, major_change, updated_at, updated_by) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                          values);
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            id = *returned;
        } else {
            auto old = version(id);
            if (!old)
                return old.takeError();
            if (old->version != plan.version)
                return stale(versionWhat(old->label), old->updatedBy, old->updatedAt, plan.version,
                             old->version);
            before = toJson(*old);
            QVariantList bound = values;
            bound << id;
            auto q = exec(m_db,
                          QStringLiteral("UPDATE plan_versions SET label = ?, major = ?, minor = "
                                         "?, effective_on = ?, approved_by = ?, approved_on = ?, "
                                         "change_summary = ?, major_change = ?, updated_at = ?, "
                                         "updated_by = ?, version = version + 1 WHERE id = ?"),
                          bound);
            if (!q)
                return q.takeError();
            auto del =
                exec(m_db, QStringLiteral("DELETE FROM plan_sections WHERE plan_id = ?"), {id});
            if (!del)
                return del.takeError();
        }
        for (auto it = plan.sections.constBegin(); it != plan.sections.constEnd(); ++it) {
            auto q = exec(m_db,
                          QStringLiteral("INSERT INTO plan_sections (plan_id, section, body) "
                                         "VALUES (?, ?, ?)"),
                          {id, planSectionId(it.key()), it.value()});
            if (!q)
                return q.takeError();
        }
        PlanVersion saved = plan;
        saved.label = label;
        auto logged = m_audit.append(
            actor, {plan.id == 0 ? QStringLiteral("plan.create") : QStringLiteral("plan.update"),
                    QStringLiteral("plan_versions"), QString::number(id), before, toJson(saved)});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status PlanRegister::saveSection(const Actor &actor, qint64 versionId, PlanSection section,
                                 const QString &text, int version)
{
    auto plan = this->version(versionId);
    if (!plan)
        return plan.takeError();
    PlanVersion changed = *plan;
    changed.version = version;
    changed.sections.insert(section, text);
    auto saved = saveVersion(actor, changed);
    if (!saved)
        return saved.takeError();
    return {};
}

Status PlanRegister::removeSection(const Actor &actor, qint64 versionId, PlanSection section,
                                   int version)
{
    auto plan = this->version(versionId);
    if (!plan)
        return plan.takeError();
    PlanVersion changed = *plan;
    changed.version = version;
    changed.sections.remove(section);
    auto saved = saveVersion(actor, changed);
    if (!saved)
        return saved.takeError();
    return {};
}

Status PlanRegister::removeVersion(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = version(id);
        if (!old)
            return old.takeError();
        auto f =
            exec(m_db, QStringLiteral("SELECT COUNT(*) FROM plan_filings WHERE plan_id = ?"), {id});
        if (!f)
            return f.takeError();
        if (f->next() && f->value(0).toInt() > 0)
            return fail(tr("Plan version %1 has been filed with the regulator: remove its "
                           "filing records first (they are the regulator's record).")
                            .arg(old->label));
        auto r =
            exec(m_db, QStringLiteral("SELECT COUNT(*) FROM plan_reviews WHERE plan_id = ?"), {id});
        if (!r)
            return r.takeError();
        if (r->next() && r->value(0).toInt() > 0)
            return fail(tr("Plan version %1 is named by reviews in the review log: change or "
                           "remove those reviews first.")
                            .arg(old->label));
        auto q = exec(m_db, QStringLiteral("DELETE FROM plan_versions WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        auto logged =
            m_audit.append(actor, {QStringLiteral("plan.remove"), QStringLiteral("plan_versions"),
                                   QString::number(id), toJson(*old), QJsonObject()});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<FilingState> PlanRegister::filingState(qint64 versionId) const
{
    auto all = versions();
    if (!all)
        return all.takeError();
    for (const PlanVersionSummary &s : *all)
        if (s.id == versionId)
            return s.filing;
    return fail(tr("There is no plan version with id %1.").arg(versionId));
}

Result<QList<ReportFlow>> PlanRegister::reportFlows() const
{
    auto q = exec(m_db, QStringLiteral("SELECT fault_type, flow, updated_at, updated_by FROM "
                                       "plan_report_flows ORDER BY fault_type"));
    if (!q)
        return q.takeError();
    QList<ReportFlow> flows;
    while (q->next())
        flows << ReportFlow{q->value(0).toString(), q->value(1).toString(), time(q->value(2)),
                            q->value(3).toString()};
    return flows;
}

Status PlanRegister::saveReportFlow(const Actor &actor, const QString &faultType,
                                    const QString &flow)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (!drillFaultTypes().contains(faultType))
        return fail(tr("Fault type: \"%1\" is not a known fault type (expected one of %2).")
                        .arg(faultType, drillFaultTypes().join(QStringLiteral(", "))));
    if (flow.trimmed().isEmpty())
        return fail(tr("Report flow of %1: enter who reports to whom, how and when.")
                        .arg(faultTypeName(faultType)));
    return m_db.write([&]() -> Status {
        QJsonObject before;
        auto old = exec(m_db,
                        QStringLiteral("SELECT flow FROM plan_report_flows WHERE "
                                       "fault_type = ?"),
                        {faultType});
        if (!old)
            return old.takeError();
        if (old->next())
            before = {{QStringLiteral("fault_type"), faultType},
                      {QStringLiteral("flow"), old->value(0).toString()}};
        auto q = exec(m_db,
                      QStringLiteral("INSERT INTO plan_report_flows (fault_type, flow, "
                                     "updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT "
                                     "(fault_type) DO UPDATE SET flow = excluded.flow, "
                                     "updated_at = excluded.updated_at, updated_by = "
                                     "excluded.updated_by"),
                      {faultType, flow, toStoredTime(m_clock.now()), actor.auditName()});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("plan.report_flow.save"),
                                             QStringLiteral("plan_report_flows"), faultType, before,
                                             QJsonObject{{QStringLiteral("fault_type"), faultType},
                                                         {QStringLiteral("flow"), flow}}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Status PlanRegister::removeReportFlow(const Actor &actor, const QString &faultType)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = exec(m_db,
                        QStringLiteral("SELECT flow FROM plan_report_flows WHERE "
                                       "fault_type = ?"),
                        {faultType});
        if (!old)
            return old.takeError();
        if (!old->next())
            return fail(tr("Fault type %1 has no report flow.").arg(faultType));
        const QJsonObject before{{QStringLiteral("fault_type"), faultType},
                                 {QStringLiteral("flow"), old->value(0).toString()}};
        auto q = exec(m_db, QStringLiteral("DELETE FROM plan_report_flows WHERE fault_type = ?"),
                      {faultType});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("plan.report_flow.remove"),
                                             QStringLiteral("plan_report_flows"), faultType, before,
                                             QJsonObject()});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<QList<FaultTypeCoverage>> PlanRegister::coverage() const
{
    ProcedureRepository procedures(m_db, m_audit, m_clock);
    TemplateLibrary templates(m_db, m_audit, m_clock);
    auto procs = procedures.list();
    if (!procs)
        return procs.takeError();
    auto all = templates.all();
    if (!all)
        return all.takeError();
    auto flows = reportFlows();
    if (!flows)
        return flows.takeError();
    QList<FaultTypeCoverage> list;
    for (const QString &type : drillFaultTypes()) {
        FaultTypeCoverage c;
        c.faultType = type;
        c.faultTypeName = faultTypeName(type);
        for (const Procedure &p : *procs)
            if (p.faultType == type) {
                c.hasProcedure = true;
                c.procedureTitle = p.title;
                c.procedureSteps = int(p.steps.size());
            }
        for (const ReportTemplate &t : *all) {
            if (t.kind != ReportKind::InvestorNotice && t.kind != ReportKind::Notice)
                continue;
            if (t.faultTypes.contains(type))
                c.noticeTemplateIds << t.id;
            else if (t.faultTypes.isEmpty())
                c.genericTemplateIds << t.id;
        }
        for (const ReportFlow &f : *flows)
            if (f.faultType == type && !f.flow.trimmed().isEmpty()) {
                c.hasReportFlow = true;
                c.reportFlow = f.flow;
            }
        list << c;
    }
    return list;
}

} // namespace dd
