#include "escalation/escalation_service.h"

#include "app/backend.h"
#include "escalation/roster_directory.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dd {

namespace {

QJsonObject actionData(const EscalationAction &a)
{
    QJsonObject data{{QStringLiteral("action"), a.key},
                     {QStringLiteral("kind"), escalationActionKindId(a.kind)},
                     {QStringLiteral("outcome"), escalationOutcomeId(EscalationOutcome::Issued)},
                     {QStringLiteral("drill"), a.drill}};
    switch (a.kind) {
    case EscalationActionKind::Notify:
        data.insert(QStringLiteral("contact"), a.contactId);
        data.insert(QStringLiteral("name"), a.name);
        data.insert(QStringLiteral("phone"), a.phone);
        data.insert(QStringLiteral("channel"), escalationChannelId(a.channel));
        data.insert(QStringLiteral("level"), a.level);
        data.insert(QStringLiteral("round"), a.round);
        data.insert(QStringLiteral("ack_by"), toStoredTime(a.ackBy));
        break;
    case EscalationActionKind::PassAuthority:
        data.insert(QStringLiteral("from"), a.fromId);
        data.insert(QStringLiteral("to"), a.contactId);
        data.insert(QStringLiteral("why"), authorityReasonId(a.why));
        break;
    case EscalationActionKind::ReportReminder:
        data.insert(QStringLiteral("obligation"), a.obligationKey);
        data.insert(QStringLiteral("due"), toStoredTime(a.reportDue));
        data.insert(QStringLiteral("overdue"), a.overdue);
        break;
    }
    return data;
}

QVariant contactOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

int rankOf(const RuleSet &rules, const QString &gradeId)
{
    const GradeLevel *level = rules.grade(gradeId);
    return level ? level->rank : 0;
}

} // namespace

EscalationService::EscalationService(Backend &backend)
    : m_backend(backend)
    , m_policies(backend.database(), backend.audit(), backend.clock())
{
    m_loader = [this]() -> Result<std::shared_ptr<const EscalationDirectory>> {
        auto loaded = RosterDirectory::load(m_backend);
        if (!loaded)
            return loaded.takeError();
        return std::shared_ptr<const EscalationDirectory>(*loaded);
    };
}

void EscalationService::setDirectoryLoader(DirectoryLoader loader)
{
    m_loader = std::move(loader);
}

void EscalationService::addNotifier(Notifier *notifier)
{
    if (notifier && !m_notifiers.contains(notifier))
        m_notifiers << notifier;
}

void EscalationService::removeNotifier(Notifier *notifier)
{
    m_notifiers.removeAll(notifier);
}

Result<std::shared_ptr<const EscalationDirectory>> EscalationService::directory() const
{
    if (!m_loader)
        return fail(tr("Escalation has no source of people (roster and handbook)."));
    return m_loader();
}

Result<QList<EscalationEvent>> EscalationService::events(qint64 incidentId) const
{
    auto q = m_backend.database().exec(
        QStringLiteral("SELECT id, action_key, outcome, contact_id, at, actor, entry_id FROM "
                       "escalation_events WHERE incident_id = ? ORDER BY id"),
        {incidentId});
    if (!q)
        return q.takeError();
    QList<EscalationEvent> events;
    while (q->next()) {
        EscalationEvent e;
        e.id = q->value(0).toLongLong();
        e.incidentId = incidentId;
        e.actionKey = q->value(1).toString();
        e.outcome = escalationOutcomeFromId(q->value(2).toString()).value_or(e.outcome);
        e.contactId = q->value(3).toLongLong();
        e.at = fromStoredTime(q->value(4).toString());
        e.actor = q->value(5).toString();
        e.entryId = q->value(6).toLongLong();
        events << e;
    }
    return events;
}

Result<EscalationInput> EscalationService::input(const Incident &incident,
                                                 const EscalationDirectory &directory,
                                                 const QDateTime &now) const
{
    EscalationInput in;
    in.incidentId = incident.id;
    in.incidentNumber = incident.number;
    in.open = isOpen(incident.state);
    in.drill = incident.drill;
    in.directory = &directory;
    in.now = now;
    in.succession = directory.succession();

    auto timeline = m_backend.incidents().timeline(incident.id);
    if (!timeline)
        return timeline.takeError();
    auto rules = m_backend.ruleSets().inForce();
    if (!rules)
        return rules.takeError();
    // Declared when the first entry was written; the grade then is the one recorded with it.
    in.declaredAt = timeline->isEmpty() ? incident.detectedAt : timeline->first().at;
    struct Change {
        QString grade;
        QDateTime at;
    };
    QList<Change> changes;
    for (const TimelineEntry &e : *timeline) {
        if (e.kind != QLatin1String("grade"))
            continue;
        const QString at = e.data.value(QStringLiteral("effective_at")).toString();
        changes << Change{e.data.value(QStringLiteral("to")).toString(),
                          at.isEmpty() ? e.at : fromStoredTime(at)};
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change &a, const Change &b) { return a.at < b.at; });
    in.grade = RuleSet::NoGrade;
    int highest = 0;
    for (const Change &c : changes) {
        const int rank = rankOf(*rules, c.grade);
        if (c.at <= in.declaredAt) {
            in.grade = c.grade;
            highest = rank;
        } else if (rank > highest) {
            in.grade = c.grade;
            in.restartedAt = c.at;
            highest = rank;
        }
    }

    auto policy = m_policies.choose(in.grade, incident.faultType);
    if (!policy)
        return policy.takeError();
    in.policy = *policy;

    auto records = events(incident.id);
    if (!records)
        return records.takeError();
    for (const EscalationEvent &e : *records)
        in.records << EscalationRecord{e.actionKey, e.outcome, e.at, e.contactId};

    if (in.open) {
        auto rows = m_backend.incidentService().obligations(incident, now);
        if (!rows)
            return rows.takeError();
        for (const ObligationRow &r : *rows)
            in.reports << ReportDeadline{r.instance.key(), r.label,
                                         r.instance.due.value_or(QDateTime()), r.status.isMet()};
    }
    return in;
}

Result<EscalationPlan> EscalationService::planFor(qint64 incidentId,
                                                  const EscalationDirectory &directory,
                                                  const QDateTime &now) const
{
    auto incident = m_backend.incidents().get(incidentId);
    if (!incident)
        return incident.takeError();
    auto in = input(*incident, directory, now);
    if (!in)
        return in.takeError();
    return Escalator::plan(*in);
}

Result<EscalationPlan> EscalationService::plan(qint64 incidentId) const
{
    auto dir = directory();
    if (!dir)
        return dir.takeError();
    return planFor(incidentId, **dir, m_backend.clock().now());
}

Result<QList<EscalationAction>> EscalationService::callList(qint64 incidentId) const
{
    auto p = plan(incidentId);
    if (!p)
        return p.takeError();
    return p->pending;
}

Status EscalationService::record(const Actor &actor, qint64 incidentId, const QString &actionKey,
                                 EscalationOutcome outcome)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (outcome == EscalationOutcome::Issued)
        return fail(tr("Record what the call gave: acknowledged, no answer or unavailable."));
    auto incident = m_backend.incidents().get(incidentId);
    if (!incident)
        return incident.takeError();
    Status written = m_backend.database().write([&]() -> Status {
        auto q = m_backend.database().exec(
            QStringLiteral("SELECT e.outcome, e.contact_id, t.data FROM escalation_events e "
                           "LEFT JOIN timeline_entries t ON t.id = e.entry_id "
                           "WHERE e.incident_id = ? AND e.action_key = ? ORDER BY e.id"),
            {incidentId, actionKey});
        if (!q)
            return q.takeError();
        bool issued = false;
        qint64 contact = 0;
        QJsonObject data;
        while (q->next()) {
            const QString was = q->value(0).toString();
            if (was == escalationOutcomeId(EscalationOutcome::Issued)) {
                issued = true;
                contact = q->value(1).toLongLong();
                data = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
                continue;
            }
            return fail(
                tr("The call %1 of %2 was already recorded as %3.")
                    .arg(actionKey, incident->number,
                         escalationOutcomeName(escalationOutcomeFromId(was).value_or(outcome))));
        }
        if (!issued || !actionKey.contains(QLatin1String(":notify:")))
            return fail(tr("%1 has no call \"%2\" to record an answer for.")
                            .arg(incident->number, actionKey));
        const QString name = data.value(QStringLiteral("name")).toString();
        const int level = data.value(QStringLiteral("level")).toInt();
        const int round = data.value(QStringLiteral("round")).toInt();
        QString text;
        switch (outcome) {
        case EscalationOutcome::Acknowledged:
            text = tr("%1 acknowledged (escalation level %2, round %3)");
            break;
        case EscalationOutcome::NoAnswer:
            text = tr("%1 did not answer (escalation level %2, round %3)");
            break;
        default: text = tr("%1 is unavailable (escalation level %2, round %3)"); break;
        }
        text = text.arg(name).arg(level).arg(round);
        if (incident->drill)
            text = tr("[Drill] ") + text;
        data.insert(QStringLiteral("outcome"), escalationOutcomeId(outcome));
        auto entry = m_backend.incidents().addEntry(actor, incidentId, QStringLiteral("escalation"),
                                                    text, data);
        if (!entry)
            return entry.takeError();
        auto ins = m_backend.database().exec(
            QStringLiteral("INSERT INTO escalation_events (incident_id, action_key, outcome, "
                           "contact_id, at, actor, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {incidentId, actionKey, escalationOutcomeId(outcome), contactOrNull(contact),
             toStoredTime(m_backend.clock().now()), actor.auditName(), *entry});
        if (!ins)
            return ins.takeError();
        return {};
    });
    if (!written)
        return written;
    // The answer may make the next call due now ("no answer", "unavailable").
    auto dir = directory();
    if (!dir)
        return dir.takeError();
    auto next = issue(incidentId, **dir);
    if (!next)
        return next.takeError();
    return {};
}

Result<std::optional<QDateTime>> EscalationService::issue(qint64 incidentId,
                                                          const EscalationDirectory &directory)
{
    const QDateTime now = m_backend.clock().now();
    auto p = planFor(incidentId, directory, now);
    if (!p)
        return p.takeError();
    QList<EscalationAction> issued;
    Status written = m_backend.database().write([&]() -> Status {
        for (const EscalationAction &a : p->due) {
            auto seen = m_backend.database().exec(
                QStringLiteral("SELECT 1 FROM escalation_events WHERE incident_id = ? AND "
                               "action_key = ? AND outcome = 'issued'"),
                {incidentId, a.key});
            if (!seen)
                return seen.takeError();
            if (seen->next())
                continue; // issued meanwhile (another desk on the same database)
            auto entry = m_backend.incidents().addEntry(
                Actor::system(), incidentId, QStringLiteral("escalation"), a.text(), actionData(a));
            if (!entry)
                return entry.takeError();
            auto ins = m_backend.database().exec(
                QStringLiteral("INSERT INTO escalation_events (incident_id, action_key, outcome, "
                               "contact_id, at, actor, entry_id) VALUES (?, ?, 'issued', ?, ?, "
                               "?, ?)"),
                {incidentId, a.key,
                 contactOrNull(a.kind == EscalationActionKind::ReportReminder ? 0 : a.contactId),
                 toStoredTime(now), Actor::system().auditName(), *entry});
            if (!ins)
                return ins.takeError();
            for (Notifier *n : m_notifiers)
                if (Status staged = n->stage(a); !staged)
                    return staged;
            issued << a;
        }
        return {};
    });
    if (!written)
        return written.takeError();
    for (const EscalationAction &a : issued)
        for (Notifier *n : m_notifiers)
            n->deliver(a);
    return p->nextWakeUp;
}

Result<QList<qint64>> EscalationService::openIncidents() const
{
    IncidentFilter open;
    open.states = {IncidentState::Warning, IncidentState::Responding, IncidentState::Recovered,
                   IncidentState::Investigating};
    auto rows = m_backend.incidents().list(open);
    if (!rows)
        return rows.takeError();
    QList<qint64> ids;
    for (const IncidentSummary &row : *rows)
        ids << row.id;
    return ids;
}

Result<std::optional<QDateTime>> EscalationService::tick()
{
    auto ids = openIncidents();
    if (!ids)
        return ids.takeError();
    if (ids->isEmpty())
        return std::optional<QDateTime>();
    auto dir = directory();
    if (!dir)
        return dir.takeError();
    std::optional<QDateTime> next;
    for (qint64 id : *ids) {
        auto wake = issue(id, **dir);
        if (!wake)
            return wake.takeError();
        if (*wake && (!next || **wake < *next))
            next = *wake;
    }
    return next;
}

Result<std::optional<QDateTime>> EscalationService::nextWakeUp() const
{
    auto ids = openIncidents();
    if (!ids)
        return ids.takeError();
    if (ids->isEmpty())
        return std::optional<QDateTime>();
    auto dir = directory();
    if (!dir)
        return dir.takeError();
    const QDateTime now = m_backend.clock().now();
    std::optional<QDateTime> next;
    for (qint64 id : *ids) {
        auto p = planFor(id, **dir, now);
        if (!p)
            return p.takeError();
        const std::optional<QDateTime> wake = p->due.isEmpty() ? p->nextWakeUp : now;
        if (wake && (!next || *wake < *next))
            next = wake;
    }
    return next;
}

} // namespace dd
