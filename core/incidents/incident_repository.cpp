#include "incidents/incident_repository.h"

#include "audit/audit_log.h"
#include "storage/attachment_files.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace dd {

namespace {

// The audit actions that raise an incident's version (see touch()).
const QStringList VersionedActions{QStringLiteral("incident.facts"),
                                   QStringLiteral("incident.state")};

const QString SelectIncident = QStringLiteral(
    "SELECT id, number, title, state, is_drill, fault_type, affected_systems, description, facts, "
    "detected_at, started_at, recovered_at, closed_at, grade, graded_at, rule_set, cause, "
    "cause_known, responsibility, rectification, version FROM incidents ");

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toStoredTime(t)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime storedOrInvalid(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromStoredTime(v.toString());
}

QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QStringLiteral("")
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

// started_at / recovered_at of the facts document (ISO 8601 with offset), as UTC.
QDateTime factTime(const QJsonObject &facts, const char *key)
{
    const QString v = facts.value(QLatin1String(key)).toString();
    if (v.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

Incident incidentFrom(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.number = q.value(1).toString();
    i.title = q.value(2).toString();
    i.state = incidentStateFromId(q.value(3).toString()).value_or(IncidentState::Responding);
    i.drill = q.value(4).toBool();
    i.faultType = q.value(5).toString();
    i.affectedSystems = q.value(6).toString();
    i.description = q.value(7).toString();
    i.facts = parseObject(q.value(8).toString());
    i.detectedAt = fromStoredTime(q.value(9).toString());
    i.startedAt = fromStoredTime(q.value(10).toString());
    i.recoveredAt = storedOrInvalid(q.value(11));
    i.closedAt = storedOrInvalid(q.value(12));
    i.grade = q.value(13).toString();
    i.gradedAt = storedOrInvalid(q.value(14));
    i.ruleSet = q.value(15).toString();
    i.cause = q.value(16).toString();
    i.causeKnown = q.value(17).toBool();
    i.responsibility = q.value(18).toString();
    i.rectification = q.value(19).toString();
    i.version = q.value(20).toLongLong();
    return i;
}

} // namespace

QJsonObject toJson(const Incident &i)
{
    return {{QStringLiteral("number"), i.number},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("state"), incidentStateId(i.state)},
            {QStringLiteral("drill"), i.drill},
            {QStringLiteral("fault_type"), i.faultType},
            {QStringLiteral("affected_systems"), i.affectedSystems},
            {QStringLiteral("description"), i.description},
            {QStringLiteral("facts"), i.facts},
            {QStringLiteral("grade"), i.grade},
            {QStringLiteral("cause"), i.cause},
            {QStringLiteral("cause_known"), i.causeKnown},
            {QStringLiteral("responsibility"), i.responsibility},
            {QStringLiteral("rectification"), i.rectification}};
}

bool IncidentFilter::matches(const IncidentSummary &row) const
{
    if (!states.isEmpty() && !states.contains(row.state))
        return false;
    if (!grades.isEmpty() && !grades.contains(row.grade))
        return false;
    if (detectedFrom.isValid() && row.detectedAt < detectedFrom)
        return false;
    if (detectedTo.isValid() && row.detectedAt >= detectedTo)
        return false;
    const QString t = text.trimmed();
    if (!t.isEmpty() && !row.number.contains(t, Qt::CaseInsensitive)
        && !row.title.contains(t, Qt::CaseInsensitive)
        && !row.faultType.contains(t, Qt::CaseInsensitive)
        && !row.affectedSystems.contains(t, Qt::CaseInsensitive))
        return false;
    return true;
}

IncidentRepository::IncidentRepository(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

QString IncidentRepository::attachmentFolderFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".attachments"));
}

Status IncidentRepository::audit(const Actor &actor, const QString &action, qint64 id,
                                 const QJsonObject &before, const QJsonObject &after)
{
    auto r = m_audit.append(
        actor, {action, QStringLiteral("incident"), QString::number(id), before, after});
    if (!r)
        return r.takeError();
    return {};
}

Status IncidentRepository::touch(qint64 id, bool edit)
{
    auto q = m_db.exec(edit ? QStringLiteral("UPDATE incidents SET updated_at = ?, "
                                             "version = version + 1 WHERE id = ?")
                            : QStringLiteral("UPDATE incidents SET updated_at = ? WHERE id = ?"),
                       {toStoredTime(m_clock.now()), id});
    if (!q)
        return q.takeError();
    return {};
}

Result<qint64> IncidentRepository::appendEntry(const Actor &actor, qint64 id, const QString &kind,
                                               const QString &entryText, const QJsonObject &data,
                                               qint64 correctsId)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO timeline_entries (incident_id, at, actor, actor_name, kind, "
                       "text, data, corrects_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {id, toStoredTime(m_clock.now()), actor.auditName(), text(actor.displayName()), kind,
         text(entryText), compact(data),
         correctsId > 0 ? QVariant(correctsId) : QVariant(QMetaType(QMetaType::LongLong))});
    if (!q)
        return q.takeError();
    return insertedId(*q);
}

Result<qint64> IncidentRepository::declare(const Actor &actor, const NewIncident &n)
{
    if (Status allowed = actor.require(Permission::DeclareIncident); !allowed)
        return allowed.takeError();
    if (n.title.trimmed().isEmpty())
        return fail(tr("Title: describe the incident in a few words."));
    const QDateTime now = m_clock.now();
    const QDateTime detected = n.detectedAt.isValid() ? n.detectedAt.toUTC() : now;
    QJsonObject facts = n.facts;
    if (!facts.contains(QStringLiteral("started_at")))
        facts.insert(QStringLiteral("started_at"),
                     detected.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate));
    const QDateTime started = factTime(facts, "started_at");
    if (!started.isValid())
        return fail(tr("started_at: expected an ISO 8601 time with offset, such as "
                       "2026-03-02T10:15:00+08:00."));
    const QDateTime recovered = factTime(facts, "recovered_at");
    if (recovered.isValid() && recovered < started)
        return fail(tr("recovered_at: the recovery cannot come before the start."));

    return m_db.write([&]() -> Result<qint64> {
        const QString year = detected.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy"));
        // Desks sharing a server take turns for the next number.
        if (Status turn = m_db.serialize(QStringLiteral("incident numbers")); !turn)
            return turn.takeError();
        // The UNIQUE index on number serves this range (LIKE could not use it).
        auto last = m_db.exec(
            QStringLiteral("SELECT max(number) FROM incidents WHERE number >= ? AND number < ?"),
            {QString(year + QStringLiteral("-")), QString(year + QStringLiteral("."))});
        if (!last)
            return last.takeError();
        last->next();
        const qint64 sequence = last->value(0).toString().mid(year.size() + 1).toLongLong() + 1;
        const QString number =
            QStringLiteral("%1-%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
        const IncidentState state = n.warning ? IncidentState::Warning : IncidentState::Responding;
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO incidents (number, title, state, is_drill, "
                           "fault_type, affected_systems, "
                           "description, facts, detected_at, started_at, "
                           "recovered_at, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {number, n.title.trimmed(), incidentStateId(state), n.drill ? 1 : 0, text(n.faultType),
             text(n.affectedSystems), text(n.description), compact(facts), toStoredTime(detected),
             toStoredTime(started), timeOrNull(recovered), toStoredTime(now), toStoredTime(now)});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 id = *returned;
        auto entry = appendEntry(actor, id, QStringLiteral("declared"),
                                 n.warning ? tr("Warning raised: %1").arg(n.title.trimmed())
                                           : tr("Incident declared: %1").arg(n.title.trimmed()),
                                 {{QStringLiteral("number"), number}});
        if (!entry)
            return entry.takeError();
        auto created = get(id);
        if (!created)
            return created.takeError();
        if (Status s = audit(actor,
                             n.warning ? QStringLiteral("incident.warn")
                                       : QStringLiteral("incident.declare"),
                             id, {}, toJson(*created));
            !s)
            return s.takeError();
        return id;
    });
}

Result<Incident> IncidentRepository::get(qint64 id) const
{
    auto q = m_db.exec(SelectIncident + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no incident number %1.").arg(id));
    return incidentFrom(*q);
}

Result<QList<IncidentSummary>> IncidentRepository::list(const IncidentFilter &filter) const
{
    QString sql =
        QStringLiteral("SELECT id, number, title, state, is_drill, grade, fault_type, detected_at, "
                       "recovered_at, affected_systems FROM incidents WHERE 1 = 1");
    QVariantList bound;
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (IncidentState s : filter.states) {
            marks << QStringLiteral("?");
            bound << incidentStateId(s);
        }
        sql += QStringLiteral(" AND state IN (%1)").arg(marks.join(u','));
    }
    if (!filter.grades.isEmpty()) {
        QStringList marks;
        for (const QString &g : filter.grades) {
            marks << QStringLiteral("?");
            bound << g;
        }
        sql += QStringLiteral(" AND grade IN (%1)").arg(marks.join(u','));
    }
    if (filter.detectedFrom.isValid()) {
        sql += QStringLiteral(" AND detected_at >= ?");
        bound << toStoredTime(filter.detectedFrom);
    }
    if (filter.detectedTo.isValid()) {
        sql += QStringLiteral(" AND detected_at < ?");
        bound << toStoredTime(filter.detectedTo);
    }
    if (!filter.text.trimmed().isEmpty()) {
        // Case-insensitive for ASCII like SQLite's LIKE, also on PostgreSQL (whose LIKE is case
        // sensitive); a backslash in the text is itself (PostgreSQL's LIKE escapes with it).
        sql += QStringLiteral(
            " AND (lower(number) LIKE lower(?1x) ESCAPE '\\' OR lower(title) LIKE lower(?1x) "
            "ESCAPE '\\' OR lower(fault_type) LIKE lower(?1x) ESCAPE '\\' OR "
            "lower(affected_systems) LIKE lower(?1x) ESCAPE '\\')");
        QString text = filter.text.trimmed();
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        const QString like = QStringLiteral("%") + text + QStringLiteral("%");
        sql.replace(QStringLiteral("?1x"), QStringLiteral("?"));
        bound << like << like << like << like;
    }
    sql += QStringLiteral(" ORDER BY detected_at DESC, id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(tr("The incident list cannot be read."));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    if (!q.exec())
        return fail(tr("The incident list cannot be read."));
    QList<IncidentSummary> rows;
    while (q.next()) {
        IncidentSummary s;
        s.id = q.value(0).toLongLong();
        s.number = q.value(1).toString();
        s.title = q.value(2).toString();
        s.state = incidentStateFromId(q.value(3).toString()).value_or(IncidentState::Responding);
        s.drill = q.value(4).toBool();
        s.grade = q.value(5).toString();
        s.faultType = q.value(6).toString();
        s.detectedAt = fromStoredTime(q.value(7).toString());
        s.recoveredAt = storedOrInvalid(q.value(8));
        s.affectedSystems = q.value(9).toString();
        rows << s;
    }
    return rows;
}

Result<QList<TimelineEntry>> IncidentRepository::timeline(qint64 id) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT id, incident_id, at, actor, actor_name, kind, text, data, corrects_id "
            "FROM timeline_entries WHERE incident_id = ? ORDER BY at, id"),
        {id});
    if (!q)
        return q.takeError();
    QList<TimelineEntry> entries;
    while (q->next()) {
        TimelineEntry e;
        e.id = q->value(0).toLongLong();
        e.incidentId = q->value(1).toLongLong();
        e.at = fromStoredTime(q->value(2).toString());
        e.actor = q->value(3).toString();
        e.actorName = q->value(4).toString();
        e.kind = q->value(5).toString();
        e.text = q->value(6).toString();
        e.data = parseObject(q->value(7).toString());
        e.correctsId = q->value(8).toLongLong();
        entries << e;
    }
    return entries;
}

Result<QList<Attachment>> IncidentRepository::attachments(qint64 id) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, entry_id, file_name, stored_as, sha256, size, added_at "
                       "FROM attachments WHERE incident_id = ? ORDER BY id"),
        {id});
    if (!q)
        return q.takeError();
    QList<Attachment> all;
    while (q->next())
        all << Attachment{q->value(0).toLongLong(),
                          q->value(1).toLongLong(),
                          q->value(2).toString(),
                          q->value(3).toString(),
                          q->value(4).toString(),
                          q->value(5).toLongLong(),
                          fromStoredTime(q->value(6).toString())};
    return all;
}

Result<QList<ReportSubmission>> IncidentRepository::submissions(qint64 id) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT obligation_key, submitted_at, form, actor, body, template_id, "
                       "template_version FROM report_submissions "
                       "WHERE incident_id = ? ORDER BY submitted_at"),
        {id});
    if (!q)
        return q.takeError();
    QList<ReportSubmission> all;
    while (q->next())
        all << ReportSubmission{q->value(0).toString(), fromStoredTime(q->value(1).toString()),
                                q->value(2).toString(), q->value(3).toString(),
                                q->value(4).toString(), q->value(5).toString(),
                                q->value(6).toInt()};
    return all;
}

Result<QList<ObligationWaiver>> IncidentRepository::waivers(qint64 id) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT obligation_key, reason, waived_at, actor, confirmed_by "
                       "FROM obligation_waivers WHERE incident_id = ? ORDER BY waived_at"),
        {id});
    if (!q)
        return q.takeError();
    QList<ObligationWaiver> all;
    while (q->next())
        all << ObligationWaiver{q->value(0).toString(), q->value(1).toString(),
                                fromStoredTime(q->value(2).toString()), q->value(3).toString(),
                                q->value(4).toString()};
    return all;
}

Status IncidentRepository::changeState(const Actor &actor, qint64 id, IncidentState to,
                                       const QString &note)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto before = get(id);
        if (!before)
            return before.takeError();
        if (!nextStates(before->state).contains(to))
            return fail(
                tr("%1 cannot go from \"%2\" to \"%3\".")
                    .arg(before->number, incidentStateName(before->state), incidentStateName(to)));
        const QDateTime now = m_clock.now();
        QString sql = QStringLiteral("UPDATE incidents SET state = ?");
        QVariantList bound{incidentStateId(to)};
        if (to == IncidentState::Recovered) {
            QJsonObject facts = before->facts;
            QDateTime recovered = factTime(facts, "recovered_at");
            if (!recovered.isValid()) {
                recovered = now;
                facts.insert(QStringLiteral("recovered_at"),
                             now.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate));
            }
            sql += QStringLiteral(", recovered_at = ?, facts = ?");
            bound << toStoredTime(recovered) << compact(facts);
        } else if (to == IncidentState::Responding && before->state == IncidentState::Recovered) {
            QJsonObject facts = before->facts;
            facts.remove(QStringLiteral("recovered_at")); // relapse: down again
            sql += QStringLiteral(", recovered_at = NULL, facts = ?");
            bound << compact(facts);
        } else if (to == IncidentState::Closed || to == IncidentState::WarningLifted) {
            sql += QStringLiteral(", closed_at = ?");
            bound << toStoredTime(now);
        }
        sql += QStringLiteral(" WHERE id = ?");
        bound << id;
        if (auto q = m_db.exec(sql, bound); !q)
            return q.takeError();
        if (Status s = touch(id); !s)
            return s;
        QString line =
            tr("State: %1 → %2").arg(incidentStateName(before->state), incidentStateName(to));
        if (!note.trimmed().isEmpty())
            line += QStringLiteral(" — ") + note.trimmed();
        auto entry = appendEntry(actor, id, QStringLiteral("state"), line,
                                 {{QStringLiteral("from"), incidentStateId(before->state)},
                                  {QStringLiteral("to"), incidentStateId(to)}});
        if (!entry)
            return entry.takeError();
        auto after = get(id);
        if (!after)
            return after.takeError();
        return audit(actor, QStringLiteral("incident.state"), id, toJson(*before), toJson(*after));
    });
}

Status IncidentRepository::updateFacts(const Actor &actor, qint64 id, const Incident &edited)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (edited.title.trimmed().isEmpty())
        return fail(tr("Title: describe the incident in a few words."));
    const QDateTime started = factTime(edited.facts, "started_at");
    if (!started.isValid())
        return fail(tr("started_at: expected an ISO 8601 time with offset, such as "
                       "2026-03-02T10:15:00+08:00."));
    const QDateTime recovered = factTime(edited.facts, "recovered_at");
    if (recovered.isValid() && recovered < started)
        return fail(tr("recovered_at: the recovery cannot come before the start."));
    return m_db.write([&]() -> Status {
        // The row stays locked until commit (PostgreSQL), so two desks saving at once are
        // checked one after the other and the second sees the first one's version.
        auto locked = m_db.exec(
            QStringLiteral("SELECT version FROM incidents WHERE id = ?") + m_db.forUpdate(), {id});
        if (!locked)
            return locked.takeError();
        auto before = get(id);
        if (!before)
            return before.takeError();
        if (before->version != edited.version)
            return m_audit.staleEdit(tr("Incident %1").arg(before->number),
                                     QStringLiteral("incident"), QString::number(id),
                                     edited.version, before->version, VersionedActions);
        auto q = m_db.exec(
            QStringLiteral(
                "UPDATE incidents SET title = ?, fault_type = ?, affected_systems = ?, "
                "description = ?, facts = ?, started_at = ?, recovered_at = ?, cause = ?, "
                "cause_known = ?, responsibility = ?, rectification = ? WHERE id = ?"),
            {edited.title.trimmed(), text(edited.faultType), text(edited.affectedSystems),
             text(edited.description), compact(edited.facts), toStoredTime(started),
             timeOrNull(recovered), text(edited.cause), edited.causeKnown ? 1 : 0,
             text(edited.responsibility), text(edited.rectification), id});
        if (!q)
            return q.takeError();
        if (Status s = touch(id); !s)
            return s;
        auto after = get(id);
        if (!after)
            return after.takeError();
        const QJsonObject b = toJson(*before);
        const QJsonObject a = toJson(*after);
        QStringList changed;
        for (auto it = a.begin(); it != a.end(); ++it)
            if (b.value(it.key()) != it.value())
                changed << it.key();
        if (changed.isEmpty())
            return {};
        auto entry =
            appendEntry(actor, id, QStringLiteral("facts"),
                        tr("Facts updated: %1").arg(changed.join(QStringLiteral(", "))),
                        {{QStringLiteral("changed"), QJsonArray::fromStringList(changed)}});
        if (!entry)
            return entry.takeError();
        return audit(actor, QStringLiteral("incident.facts"), id, b, a);
    });
}

Status IncidentRepository::setGrade(const Actor &actor, qint64 id, const QString &grade,
                                    const QString &ruleSet, const QString &explanation,
                                    const QJsonObject &why, const QDateTime &at)
{
    return m_db.write([&]() -> Status {
        auto before = get(id);
        if (!before)
            return before.takeError();
        if (before->grade == grade && before->ruleSet == ruleSet)
            return {};
        auto q = m_db.exec(
            QStringLiteral(
                "UPDATE incidents SET grade = ?, graded_at = ?, rule_set = ? WHERE id = ?"),
            {grade, toStoredTime(at.isValid() ? at : m_clock.now()), ruleSet, id});
        if (!q)
            return q.takeError();
        if (Status s = touch(id, false); !s)
            return s;
        QJsonObject data = why;
        data.insert(QStringLiteral("from"), before->grade);
        data.insert(QStringLiteral("to"), grade);
        data.insert(QStringLiteral("rule_set"), ruleSet);
        auto entry = appendEntry(actor, id, QStringLiteral("grade"), explanation, data);
        if (!entry)
            return entry.takeError();
        return audit(actor, QStringLiteral("incident.grade"), id,
                     {{QStringLiteral("grade"), before->grade},
                      {QStringLiteral("rule_set"), before->ruleSet}},
                     {{QStringLiteral("grade"), grade}, {QStringLiteral("rule_set"), ruleSet}});
    });
}

Result<qint64> IncidentRepository::addNote(const Actor &actor, qint64 id, const QString &note,
                                           qint64 correctsId)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (note.trimmed().isEmpty())
        return fail(tr("Note: write what happened."));
    return m_db.write([&]() -> Result<qint64> {
        if (correctsId > 0) {
            auto q = m_db.exec(
                QStringLiteral("SELECT 1 FROM timeline_entries WHERE id = ? AND incident_id = ?"),
                {correctsId, id});
            if (!q)
                return q.takeError();
            if (!q->next())
                return fail(tr("The entry to correct (%1) is not on this incident's timeline.")
                                .arg(correctsId));
        }
        auto entry = appendEntry(
            actor, id, correctsId > 0 ? QStringLiteral("correction") : QStringLiteral("note"),
            note.trimmed(), {}, correctsId);
        if (!entry)
            return entry;
        if (Status s = audit(actor, QStringLiteral("incident.note"), id, {},
                             {{QStringLiteral("entry"), *entry},
                              {QStringLiteral("text"), note.trimmed()},
                              {QStringLiteral("corrects"), correctsId}});
            !s)
            return s.takeError();
        return entry;
    });
}

Result<qint64> IncidentRepository::addEntry(const Actor &actor, qint64 id, const QString &kind,
                                            const QString &entryText, const QJsonObject &data)
{
    return m_db.write([&]() -> Result<qint64> {
        auto entry = appendEntry(actor, id, kind, entryText, data);
        if (!entry)
            return entry;
        if (Status s =
                audit(actor, QStringLiteral("incident.") + kind, id, {},
                      {{QStringLiteral("entry"), *entry}, {QStringLiteral("text"), entryText}});
            !s)
            return s.takeError();
        return entry;
    });
}

Result<qint64> IncidentRepository::attachFile(const Actor &actor, qint64 id,
                                              const QString &sourcePath, const QString &folder)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(sourcePath), source.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&source))
        return fail(tr("Cannot read %1.").arg(QDir::toNativeSeparators(sourcePath)));
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString name = QFileInfo(sourcePath).fileName();
    const QString storedAs = QStringLiteral("%1/%2").arg(id).arg(sha);
    return m_db.write([&]() -> Result<qint64> {
        // Beside an SQLite file, or into the shared server with the row (AttachmentFiles).
        if (Status kept = AttachmentFiles::store(m_db, folder, storedAs, sourcePath); !kept)
            return kept.takeError();
        auto entry =
            appendEntry(actor, id, QStringLiteral("attachment"), tr("File attached: %1").arg(name),
                        {{QStringLiteral("file"), name}, {QStringLiteral("sha256"), sha}});
        if (!entry)
            return entry;
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO attachments (incident_id, entry_id, file_name, stored_as, sha256, "
                "size, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, *entry, name, storedAs, sha, source.size(), toStoredTime(m_clock.now())});
        if (!q)
            return q.takeError();
        if (Status s = audit(actor, QStringLiteral("incident.attach"), id, {},
                             {{QStringLiteral("file"), name},
                              {QStringLiteral("sha256"), sha},
                              {QStringLiteral("size"), source.size()}});
            !s)
            return s.takeError();
        return entry;
    });
}

Status IncidentRepository::recordSubmission(const Actor &actor, qint64 id,
                                            const QString &obligationKey, const QString &form,
                                            const QString &label, const QString &body,
                                            const ReportSource &source, const QDateTime &dueAt)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (body.trimmed().isEmpty())
        return fail(tr("Report: the submitted text is empty."));
    return m_db.write([&]() -> Status {
        auto entry =
            appendEntry(actor, id, QStringLiteral("report"), tr("Report submitted: %1").arg(label),
                        {{QStringLiteral("obligation"), obligationKey}});
        if (!entry)
            return entry.takeError();
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO report_submissions (incident_id, obligation_key, submitted_at, "
                "form, actor, body, entry_id, template_id, template_version, due_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, obligationKey, toStoredTime(m_clock.now()), form, actor.auditName(), body, *entry,
             source.templateId.isNull() ? QStringLiteral("") : source.templateId,
             source.templateVersion,
             dueAt.isValid() ? QVariant(toStoredTime(dueAt))
                             : QVariant(QMetaType(QMetaType::QString))});
        if (!q)
            return fail(tr("The report for %1 was submitted already.").arg(label));
        return audit(
            actor, QStringLiteral("incident.report"), id, {},
            {{QStringLiteral("obligation"), obligationKey},
             {QStringLiteral("template"), source.templateId},
             {QStringLiteral("sha256"),
              QString::fromLatin1(
                  QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex())}});
    });
}

Status IncidentRepository::recordWaiver(const Actor &actor, const Actor &confirmedBy, qint64 id,
                                        const QString &obligationKey, const QString &label,
                                        const QString &reason)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (Status allowed = confirmedBy.require(Permission::Approve); !allowed)
        return allowed;
    if (actor.auditName() == confirmedBy.auditName())
        return fail(tr("A waiver needs a second person: %1 cannot confirm their own waiver.")
                        .arg(actor.displayName()));
    if (reason.trimmed().isEmpty())
        return fail(tr("Reason: say why this report is not needed."));
    return m_db.write([&]() -> Status {
        auto entry = appendEntry(actor, id, QStringLiteral("waiver"),
                                 tr("Report waived: %1 — %2 (confirmed by %3)")
                                     .arg(label, reason.trimmed(), confirmedBy.displayName()),
                                 {{QStringLiteral("obligation"), obligationKey},
                                  {QStringLiteral("confirmed_by"), confirmedBy.auditName()}});
        if (!entry)
            return entry.takeError();
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO obligation_waivers (incident_id, obligation_key, reason, waived_at, "
                "actor, confirmed_by, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, obligationKey, reason.trimmed(), toStoredTime(m_clock.now()), actor.auditName(),
             confirmedBy.auditName(), *entry});
        if (!q)
            return fail(tr("The report for %1 was waived already.").arg(label));
        return audit(actor, QStringLiteral("incident.waive"), id, {},
                     {{QStringLiteral("obligation"), obligationKey},
                      {QStringLiteral("reason"), reason.trimmed()},
                      {QStringLiteral("confirmed_by"), confirmedBy.auditName()}});
    });
}

} // namespace dd
