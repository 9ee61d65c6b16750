#include "drills/drill_repository.h"

#include "audit/audit_log.h"
#include "drills/drill_store.h"
#include "storage/attachment_files.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dd {

using namespace DrillStore;

namespace {

QString quoted(const Drill &d)
{
    return DrillRepository::tr("Drill \"%1\"").arg(d.title);
}

} // namespace

DrillRepository::DrillRepository(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Result<QList<DrillSummary>> DrillRepository::list(const DrillQuery &query) const
{
    const QString today = storedDate(localDate(m_clock.now()));
    auto q = exec(
        m_db,
        QStringLiteral(
            "SELECT d.id, d.title, d.method, d.status, d.planned_start, d.actual_start, "
            "(SELECT count(*) FROM drill_actions a JOIN drill_findings f ON f.id = a.finding_id "
            " WHERE f.drill_id = d.id AND a.status IN ('open', 'in_progress')), "
            "(SELECT count(*) FROM drill_actions a JOIN drill_findings f ON f.id = a.finding_id "
            " WHERE f.drill_id = d.id AND a.status IN ('open', 'in_progress') AND a.due < ?) "
            "FROM drills d ORDER BY coalesce(nullif(d.actual_start, ''), d.planned_start), d.id"),
        {today});
    if (!q)
        return q.takeError();
    QList<DrillSummary> all;
    while (q->next()) {
        DrillSummary s;
        s.id = q->value(0).toLongLong();
        s.title = q->value(1).toString();
        s.method = drillMethodFromId(q->value(2).toString());
        s.status = drillStatusFromId(q->value(3).toString()).value_or(DrillStatus::Draft);
        s.plannedStart = time(q->value(4));
        s.actualStart = time(q->value(5));
        s.openActions = q->value(6).toInt();
        s.overdueActions = q->value(7).toInt();
        if (query.status && s.status != *query.status)
            continue;
        if (query.year != 0) {
            const QDateTime held = s.actualStart.isValid() ? s.actualStart : s.plannedStart;
            if (!held.isValid() || held.toTimeZone(DrillRules::zone()).date().year() != query.year)
                continue;
        }
        all << s;
    }
    return all;
}

Result<Drill> DrillRepository::drill(qint64 id) const
{
    auto d = drillRow(m_db, id);
    if (!d)
        return d;
    auto q = exec(m_db,
                  QStringLiteral("SELECT contact_id FROM drill_participants WHERE drill_id = "
                                 "? ORDER BY sort_order, contact_id"),
                  {id});
    if (!q)
        return q.takeError();
    while (q->next())
        d->participants << q->value(0).toLongLong();
    q = exec(m_db,
             QStringLiteral("SELECT system, target_minutes, measured_minutes FROM "
                            "drill_systems WHERE drill_id = ? ORDER BY sort_order, system"),
             {id});
    if (!q)
        return q.takeError();
    while (q->next())
        d->systems << DrillSystem{q->value(0).toString(), q->value(1).toInt(),
                                  q->value(2).isNull() ? -1 : q->value(2).toInt()};
    q = exec(m_db,
             QStringLiteral("SELECT contact_id, present, role FROM drill_attendance WHERE "
                            "drill_id = ? ORDER BY sort_order, contact_id"),
             {id});
    if (!q)
        return q.takeError();
    while (q->next())
        d->attendance << DrillAttendance{q->value(0).toLongLong(), q->value(1).toInt() != 0,
                                         q->value(2).toString()};
    auto entries = DrillStore::timeline(m_db, id);
    if (!entries)
        return entries.takeError();
    d->timeline = *entries;
    return d;
}

Result<qint64> DrillRepository::savePlan(const Actor &actor, const Drill &plan)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    Drill p = plan;
    p.title = p.title.trimmed();
    if (p.title.isEmpty())
        return fail(tr("Title: name the drill."));
    if (p.plannedStart.isValid() && p.plannedEnd.isValid() && p.plannedEnd <= p.plannedStart)
        return fail(tr("Time: the planned end (%1) must be after the planned start (%2).")
                        .arg(local(p.plannedEnd), local(p.plannedStart)));
    QList<qint64> participants;
    for (qint64 id : p.participants)
        if (!participants.contains(id))
            participants << id;
    p.participants = participants;
    if (Status known = checkContacts(m_db, p.participants, tr("Participants")); !known)
        return known.takeError();
    const QStringList faultTypes = drillFaultTypes();
    for (const QString &f : p.faultTypes)
        if (!faultTypes.contains(f))
            return fail(tr("Fault types: \"%1\" is not a fault type (expected one of %2).")
                            .arg(f, faultTypes.join(QStringLiteral(", "))));
    p.faultTypes.removeDuplicates();
    QSet<QString> systemNames;
    for (DrillSystem &s : p.systems) {
        s.system = s.system.trimmed();
        if (s.system.isEmpty())
            return fail(tr("Systems: every system exercised needs a name."));
        if (systemNames.contains(s.system))
            return fail(tr("Systems: %1 is listed twice.").arg(s.system));
        systemNames.insert(s.system);
        if (s.targetMinutes < 0)
            return fail(tr("Systems: the target recovery time of %1 must be 0 minutes or more.")
                            .arg(s.system));
    }

    const QString now = toStoredTime(m_clock.now());
    return m_db.write([&]() -> Result<qint64> {
        QJsonObject before;
        if (p.id != 0) {
            auto old = drill(p.id);
            if (!old)
                return old.takeError();
            if (old->version != p.version)
                return stale(quoted(*old), old->updatedBy, old->updatedAt, p.version, old->version);
            if (old->status != DrillStatus::Draft && old->status != DrillStatus::Approved)
                return fail(tr("%1 is %2: its plan can no longer be changed.")
                                .arg(quoted(*old), drillStatusName(old->status)));
            before = toJson(*old);
            auto q = exec(
                m_db,
                QStringLiteral(
                    "UPDATE drills SET title = ?, status = 'draft', purpose = ?, scenario = ?, "
                    "planned_start = ?, planned_end = ?, method = ?, preparation = ?, "
                    "recording_req = ?, recovery_req = ?, fault_types = ?, approved_at = '', "
                    "approved_by = '', updated_at = ?, updated_by = ?, version = version + 1 "
                    "WHERE id = ? AND version = ?"),
                {p.title, p.purpose, p.scenario, stored(p.plannedStart), stored(p.plannedEnd),
                 p.method ? drillMethodId(*p.method) : QStringLiteral(""), p.preparation,
                 p.recordingRequirements, p.recoveryRequirements,
                 QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.faultTypes))
                                       .toJson(QJsonDocument::Compact)),
                 now, actor.auditName(), p.id, p.version});
            if (!q)
                return q.takeError();
            p.version = old->version + 1;
            for (const QString &table :
                 {QStringLiteral("drill_participants"), QStringLiteral("drill_systems")})
                if (auto d =
                        exec(m_db, QStringLiteral("DELETE FROM %1 WHERE drill_id = ?").arg(table),
                             {p.id});
                    !d)
                    return d.takeError();
        } else {
            auto q = exec(
                m_db,
                QStringLiteral(
                    "INSERT INTO drills (title, status, purpose, scenario, planned_start, "
                    "planned_end, method, preparation, recording_req, recovery_req, fault_types, "
                    "created_at, created_by, updated_at, updated_by, version) VALUES (?, 'draft', "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
                {p.title, p.purpose, p.scenario, stored(p.plannedStart), stored(p.plannedEnd),
                 p.method ? drillMethodId(*p.method) : QStringLiteral(""), p.preparation,
                 p.recordingRequirements, p.recoveryRequirements,
                 QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.faultTypes))
                                       .toJson(QJsonDocument::Compact)),
                 now, actor.auditName(), now, actor.auditName()});
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            p.id = *returned;
            p.version = 1;
        }
        p.status = DrillStatus::Draft;
        for (int i = 0; i < p.participants.size(); ++i)
            if (auto q = exec(m_db,
                              QStringLiteral("INSERT INTO drill_participants (drill_id, "
                                             "contact_id, sort_order) VALUES (?, ?, ?)"),
                              {p.id, p.participants.at(i), i});
                !q)
                return q.takeError();
        for (int i = 0; i < p.systems.size(); ++i) {
            p.systems[i].measuredMinutes = -1;
            if (auto q = exec(m_db,
                              QStringLiteral("INSERT INTO drill_systems (drill_id, system, "
                                             "target_minutes, sort_order) VALUES (?, ?, ?, ?)"),
                              {p.id, p.systems.at(i).system, p.systems.at(i).targetMinutes, i});
                !q)
                return q.takeError();
        }
        if (auto a = m_audit.append(
                actor,
                {before.isEmpty() ? QStringLiteral("drill.create") : QStringLiteral("drill.plan"),
                 QStringLiteral("drills"), QString::number(p.id), before, toJson(p)});
            !a)
            return a.takeError();
        return p.id;
    });
}

Status DrillRepository::remove(const Actor &actor, qint64 id, const QString &attachmentFolder)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    QStringList files;
    Status removed = m_db.write([&]() -> Status {
        auto d = drill(id);
        if (!d)
            return d.takeError();
        if (!DrillRules::deletable(*d, localDate(m_clock.now())))
            return retained(quoted(*d), DrillRules::retainedUntil(*d));
        auto list = attachments(id);
        if (!list)
            return list.takeError();
        for (const DrillAttachment &a : *list)
            files << a.storedAs;
        auto q = exec(m_db, QStringLiteral("DELETE FROM drills WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        d->timeline.clear();
        QJsonObject before = toJson(*d);
        before.insert(QStringLiteral("attachments"), files.size());
        if (auto a = m_audit.append(actor, {QStringLiteral("drill.delete"),
                                            QStringLiteral("drills"),
                                            QString::number(id),
                                            before,
                                            {}});
            !a)
            return a.takeError();
        return {};
    });
    if (!removed)
        return removed;
    // The rows are gone; files no other attachment uses go too (best effort).
    for (const QString &file : std::as_const(files))
        AttachmentFiles::forgetUnused(m_db, attachmentFolder, file,
                                      QStringLiteral("drill_attachments"));
    return {};
}

Result<QList<DrillTimelineEntry>> DrillRepository::timeline(qint64 drillId) const
{
    return DrillStore::timeline(m_db, drillId);
}

Status DrillRepository::recordTimeline(const Actor &actor, qint64 drillId,
                                       const QList<DrillTimelineEntry> &entries)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (entries.isEmpty())
        return {};
    return m_db.write([&]() -> Status {
        auto d = drillRow(m_db, drillId);
        if (!d)
            return d.takeError();
        if (d->status == DrillStatus::Draft || d->status == DrillStatus::Cancelled)
            return fail(tr("%1 is %2: its timeline cannot be recorded.")
                            .arg(quoted(*d), drillStatusName(d->status)));
        const QDateTime now = m_clock.now();
        QJsonArray added;
        for (int i = 0; i < entries.size(); ++i) {
            const DrillTimelineEntry &e = entries.at(i);
            const QString source = e.source.isEmpty() ? QStringLiteral("manual") : e.source;
            if (source != QLatin1String("manual") && source != QLatin1String("drill_mode"))
                return fail(tr("Timeline entry %1: the source \"%2\" is neither manual nor "
                               "drill_mode.")
                                .arg(i + 1)
                                .arg(source));
            if (e.text.trimmed().isEmpty())
                return fail(tr("Timeline entry %1: the text is empty.").arg(i + 1));
            const QDateTime at = e.at.isValid() ? e.at.toUTC() : now;
            const QString who =
                e.actor.trimmed().isEmpty()
                    ? (actor.displayName().isEmpty() ? actor.auditName() : actor.displayName())
                    : e.actor.trimmed();
            auto q = exec(m_db,
                          QStringLiteral("INSERT INTO drill_timeline (drill_id, at, actor, "
                                         "text, source, recorded_at, recorded_by) VALUES "
                                         "(?, ?, ?, ?, ?, ?, ?)"),
                          {drillId, toStoredTime(at), who, e.text.trimmed(), source,
                           toStoredTime(now), actor.auditName()});
            if (!q)
                return q.takeError();
            added << QJsonObject{{QStringLiteral("at"), toStoredTime(at)},
                                 {QStringLiteral("actor"), who},
                                 {QStringLiteral("text"), e.text.trimmed()},
                                 {QStringLiteral("source"), source}};
        }
        if (auto a = m_audit.append(actor, {QStringLiteral("drill.timeline"),
                                            QStringLiteral("drills"),
                                            QString::number(drillId),
                                            {},
                                            {{QStringLiteral("entries"), added}}});
            !a)
            return a.takeError();
        return {};
    });
}

} // namespace dd
