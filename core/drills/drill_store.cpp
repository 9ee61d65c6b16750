#include "drills/drill_store.h"

#include "audit/audit_log.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dd {

Result<QSqlQuery> DrillStore::exec(Database &db, const QString &sql, QVariantList bound)
{
    for (QVariant &v : bound)
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QStringLiteral("");
    return db.exec(sql, bound);
}

QString DrillStore::stored(const QDateTime &t)
{
    return t.isValid() ? toStoredTime(t) : QStringLiteral("");
}

QDateTime DrillStore::time(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : fromStoredTime(s);
}

QString DrillStore::storedDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

QDate DrillStore::date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString DrillStore::local(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("");
    return t.toTimeZone(DrillRules::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDate DrillStore::localDate(const QDateTime &now)
{
    return now.toTimeZone(DrillRules::zone()).date();
}

Error DrillStore::stale(const QString &what, const QString &by, const QDateTime &at, int yours,
                        int now)
{
    return fail(Text::tr("%1 was changed by %2 at %3 since you opened it (your version %4, now "
                         "%5); reload and make your change again.")
                    .arg(what, by, local(at))
                    .arg(yours)
                    .arg(now));
}

Error DrillStore::retained(const QString &what, const QDate &until)
{
    return fail(Text::tr("%1 must be kept for 2 years after the drill: it cannot be deleted "
                         "until %2 (it can be from the day after).")
                    .arg(what, until.toString(Qt::ISODate)));
}

Status DrillStore::checkContacts(Database &db, const QList<qint64> &ids, const QString &field)
{
    for (qint64 id : ids) {
        auto q = exec(db, QStringLiteral("SELECT 1 FROM contacts WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        if (!q->next())
            return fail(
                Text::tr("%1: there is no person with id %2 in the handbook.").arg(field).arg(id));
    }
    return {};
}

Result<Drill> DrillStore::drillRow(Database &db, qint64 id)
{
    auto q =
        exec(db,
             QStringLiteral(
                 "SELECT id, title, status, purpose, scenario, planned_start, planned_end, method, "
                 "preparation, recording_req, recovery_req, fault_types, approved_at, approved_by, "
                 "actual_start, actual_end, outcome, result_text, problems, plan_update_needed, "
                 "plan_update_note, cancel_reason, updated_at, updated_by, version FROM drills "
                 "WHERE id = ?"),
             {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(Text::tr("There is no drill with id %1.").arg(id));
    Drill d;
    d.id = q->value(0).toLongLong();
    d.title = q->value(1).toString();
    d.status = drillStatusFromId(q->value(2).toString()).value_or(DrillStatus::Draft);
    d.purpose = q->value(3).toString();
    d.scenario = q->value(4).toString();
    d.plannedStart = time(q->value(5));
    d.plannedEnd = time(q->value(6));
    d.method = drillMethodFromId(q->value(7).toString());
    d.preparation = q->value(8).toString();
    d.recordingRequirements = q->value(9).toString();
    d.recoveryRequirements = q->value(10).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q->value(11).toString().toUtf8()).array())
        d.faultTypes << v.toString();
    d.approvedAt = time(q->value(12));
    d.approvedBy = q->value(13).toString();
    d.actualStart = time(q->value(14));
    d.actualEnd = time(q->value(15));
    d.outcome = drillOutcomeFromId(q->value(16).toString());
    d.resultText = q->value(17).toString();
    d.problems = q->value(18).toString();
    if (!q->value(19).isNull())
        d.planUpdateNeeded = q->value(19).toInt() != 0;
    d.planUpdateNote = q->value(20).toString();
    d.cancelReason = q->value(21).toString();
    d.updatedAt = time(q->value(22));
    d.updatedBy = q->value(23).toString();
    d.version = q->value(24).toInt();
    return d;
}

Result<QList<DrillTimelineEntry>> DrillStore::timeline(Database &db, qint64 drillId)
{
    auto q = exec(db,
                  QStringLiteral("SELECT id, at, actor, text, source FROM drill_timeline "
                                 "WHERE drill_id = ? ORDER BY at, id"),
                  {drillId});
    if (!q)
        return q.takeError();
    QList<DrillTimelineEntry> entries;
    while (q->next())
        entries << DrillTimelineEntry{q->value(0).toLongLong(), time(q->value(1)),
                                      q->value(2).toString(), q->value(3).toString(),
                                      q->value(4).toString()};
    return entries;
}

QJsonObject DrillStore::toJson(const Drill &d)
{
    QJsonArray participants, systems, attendance;
    for (qint64 id : d.participants)
        participants << id;
    for (const DrillSystem &s : d.systems)
        systems << QJsonObject{{QStringLiteral("system"), s.system},
                               {QStringLiteral("target_minutes"), s.targetMinutes},
                               {QStringLiteral("measured_minutes"), s.measuredMinutes}};
    for (const DrillAttendance &a : d.attendance)
        attendance << QJsonObject{{QStringLiteral("contact"), a.contactId},
                                  {QStringLiteral("present"), a.present},
                                  {QStringLiteral("role"), a.role}};
    QJsonObject o{{QStringLiteral("title"), d.title},
                  {QStringLiteral("status"), drillStatusId(d.status)},
                  {QStringLiteral("purpose"), d.purpose},
                  {QStringLiteral("scenario"), d.scenario},
                  {QStringLiteral("planned_start"), stored(d.plannedStart)},
                  {QStringLiteral("planned_end"), stored(d.plannedEnd)},
                  {QStringLiteral("method"), d.method ? drillMethodId(*d.method) : QString()},
                  {QStringLiteral("participants"), participants},
                  {QStringLiteral("preparation"), d.preparation},
                  {QStringLiteral("recording_req"), d.recordingRequirements},
                  {QStringLiteral("recovery_req"), d.recoveryRequirements},
                  {QStringLiteral("systems"), systems},
                  {QStringLiteral("fault_types"), QJsonArray::fromStringList(d.faultTypes)},
                  {QStringLiteral("actual_start"), stored(d.actualStart)},
                  {QStringLiteral("actual_end"), stored(d.actualEnd)},
                  {QStringLiteral("attendance"), attendance},
                  {QStringLiteral("outcome"), drillOutcomeId(d.outcome)},
                  {QStringLiteral("result_text"), d.resultText},
                  {QStringLiteral("problems"), d.problems},
                  {QStringLiteral("plan_update_note"), d.planUpdateNote},
                  {QStringLiteral("cancel_reason"), d.cancelReason},
                  {QStringLiteral("version"), d.version}};
    if (d.planUpdateNeeded)
        o.insert(QStringLiteral("plan_update_needed"), *d.planUpdateNeeded);
    return o;
}

QJsonObject DrillStore::toJson(const DrillFinding &f)
{
    return {{QStringLiteral("drill"), f.drillId},
            {QStringLiteral("text"), f.text},
            {QStringLiteral("version"), f.version}};
}

QJsonObject DrillStore::toJson(const ImprovementAction &a)
{
    return {{QStringLiteral("finding"), a.findingId},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("owner"), a.ownerId},
            {QStringLiteral("due"), storedDate(a.due)},
            {QStringLiteral("status"), actionStatusId(a.status)},
            {QStringLiteral("evidence"), a.evidence},
            {QStringLiteral("version"), a.version}};
}

QJsonObject DrillStore::toJson(const TrainingSession &s)
{
    QJsonArray attendees;
    for (qint64 id : s.attendees)
        attendees << id;
    return {{QStringLiteral("topic"), trainingTopicId(s.topic)},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("date"), storedDate(s.date)},
            {QStringLiteral("trainer"), s.trainer},
            {QStringLiteral("attendees"), attendees},
            {QStringLiteral("materials"), s.materials},
            {QStringLiteral("version"), s.version}};
}

} // namespace dd
