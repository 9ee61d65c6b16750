// DrillRepository: the lifecycle (approve, start, record, complete, cancel).
#include "audit/audit_log.h"
#include "drills/drill_repository.h"
#include "drills/drill_store.h"
#include "storage/database.h"
#include "time/clock.h"

namespace dd {

using namespace DrillStore;

namespace {

QString quoted(const Drill &d)
{
    return DrillRepository::tr("Drill \"%1\"").arg(d.title);
}

} // namespace

Status DrillRepository::approve(const Actor &actor, qint64 id, int version)
{
    if (Status allowed = actor.require(Permission::Approve); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto d = drill(id);
        if (!d)
            return d.takeError();
        if (d->version != version)
            return stale(quoted(*d), d->updatedBy, d->updatedAt, version, d->version);
        if (d->status != DrillStatus::Draft)
            return fail(tr("%1 is %2: only a draft plan can be approved.")
                            .arg(quoted(*d), drillStatusName(d->status)));
        const QList<PlanPart> missing = DrillRules::missing(*d);
        if (!missing.isEmpty()) {
            QStringList names;
            for (PlanPart part : missing)
                names << planPartName(part);
            return fail(tr("%1 cannot be approved: the plan lacks %2.")
                            .arg(quoted(*d), names.join(tr(", "))));
        }
        const QString now = toStoredTime(m_clock.now());
        auto q = exec(m_db,
                      QStringLiteral("UPDATE drills SET status = 'approved', approved_at = ?, "
                                     "approved_by = ?, updated_at = ?, updated_by = ?, "
                                     "version = version + 1 WHERE id = ?"),
                      {now, actor.auditName(), now, actor.auditName(), id});
        if (!q)
            return q.takeError();
        if (auto a =
                m_audit.append(actor, {QStringLiteral("drill.approve"),
                                       QStringLiteral("drills"),
                                       QString::number(id),
                                       {{QStringLiteral("status"), QStringLiteral("draft")}},
                                       {{QStringLiteral("status"), QStringLiteral("approved")}}});
            !a)
            return a.takeError();
        return {};
    });
}

Status DrillRepository::start(const Actor &actor, qint64 id, int version, const QDateTime &at)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    const QDateTime startAt = at.isValid() ? at.toUTC() : m_clock.now();
    return m_db.write([&]() -> Status {
        auto d = drillRow(m_db, id);
        if (!d)
            return d.takeError();
        if (d->version != version)
            return stale(quoted(*d), d->updatedBy, d->updatedAt, version, d->version);
        if (d->status != DrillStatus::Approved)
            return fail(tr("%1 is %2: only an approved drill can start.")
                            .arg(quoted(*d), drillStatusName(d->status)));
        auto q = exec(m_db,
                      QStringLiteral("UPDATE drills SET status = 'in_progress', actual_start "
                                     "= ?, updated_at = ?, updated_by = ?, version = version "
                                     "+ 1 WHERE id = ?"),
                      {toStoredTime(startAt), toStoredTime(m_clock.now()), actor.auditName(), id});
        if (!q)
            return q.takeError();
        if (auto a =
                m_audit.append(actor, {QStringLiteral("drill.start"),
                                       QStringLiteral("drills"),
                                       QString::number(id),
                                       {{QStringLiteral("status"), QStringLiteral("approved")}},
                                       {{QStringLiteral("status"), QStringLiteral("in_progress")},
                                        {QStringLiteral("actual_start"), toStoredTime(startAt)}}});
            !a)
            return a.takeError();
        return {};
    });
}

Status DrillRepository::saveRecord(const Actor &actor, const Drill &record)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = drill(record.id);
        if (!old)
            return old.takeError();
        if (old->version != record.version)
            return stale(quoted(*old), old->updatedBy, old->updatedAt, record.version,
                         old->version);
        if (old->status != DrillStatus::InProgress && old->status != DrillStatus::Completed)
            return fail(tr("%1 is %2: a record is kept only for a drill in progress or "
                           "completed.")
                            .arg(quoted(*old), drillStatusName(old->status)));
        if (!record.actualStart.isValid())
            return fail(tr("Actual start: say when the drill started."));
        if (record.actualEnd.isValid() && record.actualEnd < record.actualStart)
            return fail(tr("Actual end: %1 is before the actual start %2.")
                            .arg(local(record.actualEnd), local(record.actualStart)));
        if (old->status == DrillStatus::Completed
            && (!record.actualEnd.isValid() || record.outcome == DrillOutcome::None))
            return fail(tr("%1 is completed: its actual end and result must stay recorded.")
                            .arg(quoted(*old)));
        QList<qint64> attendees;
        for (const DrillAttendance &a : record.attendance) {
            if (attendees.contains(a.contactId))
                return fail(tr("Attendance: person %1 is listed twice.").arg(a.contactId));
            attendees << a.contactId;
        }
        if (Status known = checkContacts(m_db, attendees, tr("Attendance")); !known)
            return known;
        Drill next = *old;
        for (DrillSystem &s : next.systems)
            s.measuredMinutes = -1;
        for (const DrillSystem &s : record.systems) {
            if (!s.measured())
                continue;
            auto it =
                std::find_if(next.systems.begin(), next.systems.end(),
                             [&](const DrillSystem &p) { return p.system == s.system.trimmed(); });
            if (it == next.systems.end())
                return fail(tr("Recovery times: %1 is not one of the systems the plan exercises.")
                                .arg(s.system));
            it->measuredMinutes = s.measuredMinutes;
        }
        next.actualStart = record.actualStart.toUTC();
        next.actualEnd = record.actualEnd.isValid() ? record.actualEnd.toUTC() : QDateTime();
        next.attendance = record.attendance;
        next.outcome = record.outcome;
        next.resultText = record.resultText;
        next.problems = record.problems;
        next.version = old->version + 1;
        auto q = exec(m_db,
                      QStringLiteral("UPDATE drills SET actual_start = ?, actual_end = ?, "
                                     "outcome = ?, result_text = ?, problems = ?, updated_at "
                                     "= ?, updated_by = ?, version = version + 1 WHERE id = ?"),
                      {stored(next.actualStart), stored(next.actualEnd),
                       drillOutcomeId(next.outcome), next.resultText, next.problems,
                       toStoredTime(m_clock.now()), actor.auditName(), next.id});
        if (!q)
            return q.takeError();
        for (const DrillSystem &s : next.systems)
            if (auto u = exec(m_db,
                              QStringLiteral("UPDATE drill_systems SET measured_minutes = ? "
                                             "WHERE drill_id = ? AND system = ?"),
                              {s.measured() ? QVariant(s.measuredMinutes)
                                            : QVariant(QMetaType::fromType<int>()),
                               next.id, s.system});
                !u)
                return u.takeError();
        if (auto d = exec(m_db, QStringLiteral("DELETE FROM drill_attendance WHERE drill_id = ?"),
                          {next.id});
            !d)
            return d.takeError();
        for (int i = 0; i < next.attendance.size(); ++i) {
            const DrillAttendance &a = next.attendance.at(i);
            if (auto ins = exec(m_db,
                                QStringLiteral("INSERT INTO drill_attendance (drill_id, "
                                               "contact_id, present, role, sort_order) "
                                               "VALUES (?, ?, ?, ?, ?)"),
                                {next.id, a.contactId, a.present ? 1 : 0, a.role.trimmed(), i});
                !ins)
                return ins.takeError();
        }
        next.timeline.clear();
        Drill oldCopy = *old;
        oldCopy.timeline.clear();
        if (auto a =
                m_audit.append(actor, {QStringLiteral("drill.record"), QStringLiteral("drills"),
                                       QString::number(next.id), toJson(oldCopy), toJson(next)});
            !a)
            return a.takeError();
        return {};
    });
}

Status DrillRepository::complete(const Actor &actor, qint64 id, int version,
                                 std::optional<bool> planUpdateNeeded, const QString &note)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (!planUpdateNeeded)
        return fail(tr("Closing a drill needs the answer whether the emergency plan needs an "
                       "update (yes or no)."));
    if (*planUpdateNeeded && note.trimmed().isEmpty())
        return fail(tr("The emergency plan needs an update: say what has to change."));
    return m_db.write([&]() -> Status {
        auto d = drillRow(m_db, id);
        if (!d)
            return d.takeError();
        if (d->version != version)
            return stale(quoted(*d), d->updatedBy, d->updatedAt, version, d->version);
        if (d->status != DrillStatus::InProgress)
            return fail(tr("%1 is %2: only a drill in progress can be completed.")
                            .arg(quoted(*d), drillStatusName(d->status)));
        QStringList lacking;
        if (!d->actualStart.isValid())
            lacking << tr("the actual start");
        if (!d->actualEnd.isValid())
            lacking << tr("the actual end");
        if (d->outcome == DrillOutcome::None)
            lacking << tr("the result");
        if (!lacking.isEmpty())
            return fail(tr("%1 cannot be completed: record %2 first.")
                            .arg(quoted(*d), lacking.join(tr(", "))));
        auto q = exec(m_db,
                      QStringLiteral("UPDATE drills SET status = 'completed', "
                                     "plan_update_needed = ?, plan_update_note = ?, "
                                     "updated_at = ?, updated_by = ?, version = version + 1 "
                                     "WHERE id = ?"),
                      {*planUpdateNeeded ? 1 : 0, note.trimmed(), toStoredTime(m_clock.now()),
                       actor.auditName(), id});
        if (!q)
            return q.takeError();
        if (auto a =
                m_audit.append(actor, {QStringLiteral("drill.complete"),
                                       QStringLiteral("drills"),
                                       QString::number(id),
                                       {{QStringLiteral("status"), QStringLiteral("in_progress")}},
                                       {{QStringLiteral("status"), QStringLiteral("completed")},
                                        {QStringLiteral("plan_update_needed"), *planUpdateNeeded},
                                        {QStringLiteral("plan_update_note"), note.trimmed()}}});
            !a)
            return a.takeError();
        return {};
    });
}

Status DrillRepository::cancel(const Actor &actor, qint64 id, int version, const QString &reason)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return fail(tr("Cancelling a drill needs a reason."));
    return m_db.write([&]() -> Status {
        auto d = drillRow(m_db, id);
        if (!d)
            return d.takeError();
        if (d->version != version)
            return stale(quoted(*d), d->updatedBy, d->updatedAt, version, d->version);
        if (d->status == DrillStatus::Completed || d->status == DrillStatus::Cancelled)
            return fail(tr("%1 is %2 and cannot be cancelled.")
                            .arg(quoted(*d), drillStatusName(d->status)));
        auto q = exec(m_db,
                      QStringLiteral("UPDATE drills SET status = 'cancelled', cancel_reason "
                                     "= ?, updated_at = ?, updated_by = ?, version = "
                                     "version + 1 WHERE id = ?"),
                      {reason.trimmed(), toStoredTime(m_clock.now()), actor.auditName(), id});
        if (!q)
            return q.takeError();
        if (auto a =
                m_audit.append(actor, {QStringLiteral("drill.cancel"),
                                       QStringLiteral("drills"),
                                       QString::number(id),
                                       {{QStringLiteral("status"), drillStatusId(d->status)}},
                                       {{QStringLiteral("status"), QStringLiteral("cancelled")},
                                        {QStringLiteral("reason"), reason.trimmed()}}});
            !a)
            return a.takeError();
        return {};
    });
}

} // namespace dd
