#include "incidents/incident_service.h"

#include "app/backend.h"
#include "drills/drill_mode.h"
#include "grading/grader.h"
#include "grading/incident_facts.h"

#include <QJsonArray>

#include <algorithm>

namespace dd {

namespace {

int rankOf(const RuleSet &rules, const QString &gradeId)
{
    const GradeLevel *level = rules.grade(gradeId);
    return level ? level->rank : 0;
}

QString gradeName(const RuleSet &rules, const QString &gradeId)
{
    const GradeLevel *level = rules.grade(gradeId);
    if (!level)
        return IncidentService::tr("no grade");
    return QStringLiteral("%1 %2").arg(gradeId, level->name.zh);
}

QJsonObject whyOf(const GradeResult &result, const QDateTime &effective)
{
    QJsonArray rules;
    for (const RuleMatch &m : result.matches) {
        QJsonArray evidence;
        for (const FactEvidence &e : m.evidence)
            evidence.append(e.text());
        rules.append(QJsonObject{{QStringLiteral("rule"), m.ruleId},
                                 {QStringLiteral("grade"), m.gradeId},
                                 {QStringLiteral("evidence"), evidence}});
    }
    return {{QStringLiteral("effective_at"), toStoredTime(effective)},
            {QStringLiteral("rules"), rules}};
}

} // namespace

QString obligationLabel(const ObligationInstance &instance)
{
    QString label = IncidentService::tr("%1 to %2")
                        .arg(reportFormName(instance.form), recipientName(instance.recipient));
    if (instance.form == ReportForm::Progress)
        label += IncidentService::tr(" #%1").arg(instance.sequence);
    return label;
}

IncidentService::IncidentService(Backend &backend)
    : m_backend(backend)
{}

Result<GradeResult> IncidentService::grade(const Incident &incident, const QDateTime &now) const
{
    auto rules = m_backend.ruleSets().inForce();
    if (!rules)
        return rules.takeError();
    auto facts = IncidentFacts::fromJsonObject(incident.facts, incident.number);
    if (!facts)
        return facts.takeError();
    return Grader(*rules, m_backend.calendar()).grade(*facts, now);
}

Result<qint64> IncidentService::declare(const Actor &actor, const NewIncident &incident)
{
    NewIncident n = incident;
    // In a drill database (drill mode) every incident is a drill incident.
    auto drillDatabase = DrillMode::isDrillDatabase(m_backend);
    if (!drillDatabase)
        return drillDatabase.takeError();
    if (*drillDatabase)
        n.drill = true;
    auto profile = m_backend.settings().institution();
    if (!profile)
        return profile.takeError();
    if (!n.facts.contains(QStringLiteral("institution_type")))
        n.facts.insert(QStringLiteral("institution_type"), institutionTypeId(profile->type));
    if (!n.facts.contains(QStringLiteral("system")))
        n.facts.insert(QStringLiteral("system"), QStringLiteral("other"));
    if (!n.detectedAt.isValid())
        n.detectedAt = m_backend.clock().now();
    if (!n.facts.contains(QStringLiteral("started_at")))
        n.facts.insert(QStringLiteral("started_at"),
                       n.detectedAt.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate));
    // The facts must grade before anything is stored: a bad value is named, nothing changes.
    auto rules = m_backend.ruleSets().inForce();
    if (!rules)
        return rules.takeError();
    auto facts = IncidentFacts::fromJsonObject(n.facts, tr("facts"));
    if (!facts)
        return facts.takeError();
    if (Status ok = Grader(*rules, m_backend.calendar()).check(*facts, tr("facts")); !ok)
        return ok.takeError();
    return m_backend.database().write([&]() -> Result<qint64> {
        auto id = m_backend.incidents().declare(actor, n);
        if (!id)
            return id;
        if (Status graded = regrade(actor, *id); !graded)
            return graded.takeError();
        return id;
    });
}

Status IncidentService::updateFacts(const Actor &actor, qint64 id, const Incident &edited)
{
    auto rules = m_backend.ruleSets().inForce();
    if (!rules)
        return rules.takeError();
    auto facts = IncidentFacts::fromJsonObject(edited.facts, tr("facts"));
    if (!facts)
        return facts.takeError();
    if (Status ok = Grader(*rules, m_backend.calendar()).check(*facts, tr("facts")); !ok)
        return ok;
    return m_backend.database().write([&]() -> Status {
        if (Status saved = m_backend.incidents().updateFacts(actor, id, edited); !saved)
            return saved;
        return regrade(actor, id);
    });
}

// Records the grade the facts have now. A rise that time alone brought about (a threshold
// passed while nobody looked) is recorded at the threshold's instant, each step on its own, so
// the new grade's deadlines count from when it was really reached.
Status IncidentService::regrade(const Actor &actor, qint64 id)
{
    auto incident = m_backend.incidents().get(id);
    if (!incident)
        return incident.takeError();
    if (!isOpen(incident->state))
        return {};
    auto rules = m_backend.ruleSets().inForce();
    if (!rules)
        return rules.takeError();
    auto facts = IncidentFacts::fromJsonObject(incident->facts, incident->number);
    if (!facts)
        return facts.takeError();
    const Grader grader(*rules, m_backend.calendar());
    const QDateTime now = m_backend.clock().now();
    const QString ruleSetTag = QStringLiteral("%1@%2").arg(rules->id).arg(rules->version);

    QString current = incident->grade;
    auto record = [&](const GradeResult &r, const QDateTime &effective) -> Status {
        if (r.gradeId == current)
            return {};
        const bool rise = rankOf(*rules, r.gradeId) > rankOf(*rules, current);
        QString text =
            current == RuleSet::NoGrade
                ? tr("Graded %1").arg(gradeName(*rules, r.gradeId))
                : (rise ? tr("Grade raised from %1 to %2") : tr("Grade changed from %1 to %2"))
                      .arg(gradeName(*rules, current), gradeName(*rules, r.gradeId));
        if (!r.matches.isEmpty()) {
            QStringList evidence;
            for (const FactEvidence &e : r.matches.first().evidence)
                if (e.holds)
                    evidence << e.text();
            text += tr(" — rule %1: %2")
                        .arg(r.matches.first().ruleId, evidence.join(QStringLiteral(", ")));
        }
        Status s = m_backend.incidents().setGrade(
            actor.kind() == Actor::Kind::Nobody ? Actor::system() : actor, id, r.gradeId,
            ruleSetTag, text, whyOf(r, effective), effective);
        if (s)
            current = r.gradeId;
        return s;
    };

    return m_backend.database().write([&]() -> Status {
        // Time-driven rises since the last grading, at their own instants.
        if (incident->gradedAt.isValid() && current != RuleSet::NoGrade) {
            GradeResult r = grader.grade(*facts, incident->gradedAt);
            for (int guard = 0; guard < 16 && r.next && r.next->at <= now; ++guard) {
                const QDateTime at = r.next->at;
                r = grader.grade(*facts, at);
                if (rankOf(*rules, r.gradeId) <= rankOf(*rules, current))
                    break;
                if (Status s = record(r, at); !s)
                    return s;
            }
        }
        return record(grader.grade(*facts, now), now);
    });
}

Result<QList<ObligationRow>> IncidentService::obligations(const Incident &incident,
                                                          const QDateTime &now) const
{
    auto rules = m_backend.ruleSets().inForce();
    if (!rules)
        return rules.takeError();
    auto timeline = m_backend.incidents().timeline(incident.id);
    if (!timeline)
        return timeline.takeError();
    auto submitted = m_backend.incidents().submissions(incident.id);
    if (!submitted)
        return submitted.takeError();
    auto waived = m_backend.incidents().waivers(incident.id);
    if (!waived)
        return waived.takeError();
    auto profile = m_backend.settings().institution();
    if (!profile)
        return profile.takeError();

    QList<GradeChange> history;
    for (const TimelineEntry &e : *timeline) {
        if (e.kind == QLatin1String("grade")) {
            const QDateTime at =
                e.data.contains(QStringLiteral("effective_at"))
                    ? fromStoredTime(e.data.value(QStringLiteral("effective_at")).toString())
                    : e.at;
            history << GradeChange{e.data.value(QStringLiteral("to")).toString(), at};
        }
    }
    // A warning owes its own reports from detection until it is promoted or lifted.
    const bool wasWarning =
        std::any_of(timeline->begin(), timeline->end(),
                    [](const TimelineEntry &e) {
                        return e.kind == QLatin1String("state")
                               && e.data.value(QStringLiteral("from")).toString()
                                      == QLatin1String("warning");
                    })
        || incident.state == IncidentState::Warning;
    if (wasWarning)
        history.prepend(GradeChange{RuleSet::WarningKey, incident.detectedAt});
    std::stable_sort(history.begin(), history.end(),
                     [](const GradeChange &a, const GradeChange &b) { return a.at < b.at; });

    IncidentAnchors anchors;
    anchors.detected = incident.detectedAt;
    if (incident.recoveredAt.isValid())
        anchors.recovered = incident.recoveredAt;
    if (incident.state == IncidentState::Closed && incident.closedAt.isValid())
        anchors.closed = incident.closedAt;
    if (incident.state == IncidentState::WarningLifted && incident.closedAt.isValid())
        anchors.warningLifted = incident.closedAt;
    ObligationRecords records;
    for (const ReportSubmission &s : *submitted) {
        records.submissions.insert(s.obligationKey, s.submittedAt);
        if (reportFormFromId(s.form) == ReportForm::Preliminary
            && (!anchors.preliminarySubmitted || s.submittedAt < *anchors.preliminarySubmitted))
            anchors.preliminarySubmitted = s.submittedAt;
    }
    for (const ObligationWaiver &w : *waived)
        records.waived.insert(w.obligationKey);

    const QList<ObligationInstance> instances = ObligationPlanner::planHistory(
        *rules, history, anchors, now, m_backend.calendar(), profile->type, records.submissions);
    QList<ObligationRow> rows;
    for (const ObligationInstance &i : instances) {
        QString label = obligationLabel(i);
        // Reports owed under an earlier grade (or as a warning) say so, or two rows read alike.
        if (i.gradeId != incident.grade && i.gradeId != RuleSet::WarningKey)
            label = tr("%1 (grade %2)").arg(label, i.gradeId);
        else if (i.gradeId == RuleSet::WarningKey && incident.state != IncidentState::Warning)
            label = tr("%1 (as a warning)").arg(label);
        rows << ObligationRow{i, ObligationStatus::of(i, records, now), label};
    }
    // Owed first (overdue, then by due time), then those waiting for their anchor, then met.
    auto order = [](const ObligationRow &r) {
        if (r.status.isMet())
            return 2;
        return r.status.state == ObligationState::PendingAnchor ? 1 : 0;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const ObligationRow &a, const ObligationRow &b) {
        if (order(a) != order(b))
            return order(a) < order(b);
        return a.instance.due.value_or(QDateTime()) < b.instance.due.value_or(QDateTime());
    });
    return rows;
}

Status IncidentService::changeState(const Actor &actor, qint64 id, IncidentState to,
                                    const QString &note)
{
    if (to == IncidentState::Closed) {
        auto incident = m_backend.incidents().get(id);
        if (!incident)
            return incident.takeError();
        auto rows = obligations(*incident, m_backend.clock().now());
        if (!rows)
            return rows.takeError();
        QStringList owed;
        for (const ObligationRow &r : *rows)
            if (!r.status.isMet() && r.status.state != ObligationState::PendingAnchor)
                owed << r.label;
        if (!owed.isEmpty())
            return fail(tr("%1 cannot be closed while reports are owed: %2. Submit them, or have "
                           "a second person waive them with a reason.")
                            .arg(incident->number, owed.join(QStringLiteral("; "))));
    }
    return m_backend.database().write([&]() -> Status {
        if (Status s = m_backend.incidents().changeState(actor, id, to, note); !s)
            return s;
        // Recovery stops the outage clock; a relapse restarts it: either may change the grade.
        return regrade(actor, id);
    });
}

Result<IncidentView> IncidentService::view(qint64 id) const
{
    const QDateTime now = m_backend.clock().now();
    auto incident = m_backend.incidents().get(id);
    if (!incident)
        return incident.takeError();
    IncidentView v;
    v.incident = *incident;
    auto graded = grade(*incident, now);
    if (!graded)
        return graded.takeError();
    v.grade = *graded;
    auto rows = obligations(*incident, now);
    if (!rows)
        return rows.takeError();
    v.obligations = *rows;
    auto timeline = m_backend.incidents().timeline(id);
    if (!timeline)
        return timeline.takeError();
    v.timeline = *timeline;
    if (isOpen(incident->state)) {
        if (v.grade.next)
            v.nextWakeUp = v.grade.next->at;
        for (const ObligationRow &r : v.obligations)
            if (!r.status.isMet() && r.instance.due && *r.instance.due > now
                && (!v.nextWakeUp || *r.instance.due < *v.nextWakeUp))
                v.nextWakeUp = *r.instance.due;
    }
    return v;
}

Result<ObligationRow> IncidentService::obligation(const Incident &incident,
                                                  const QString &key) const
{
    auto rows = obligations(incident, m_backend.clock().now());
    if (!rows)
        return rows.takeError();
    for (const ObligationRow &r : *rows)
        if (r.instance.key() == key)
            return r;
    return fail(tr("%1 owes no report \"%2\".").arg(incident.number, key));
}

Status IncidentService::submitReport(const Actor &actor, qint64 id, const QString &obligationKey,
                                     const QString &body, std::optional<ReportForm> filedAs,
                                     const ReportSource &source)
{
    auto incident = m_backend.incidents().get(id);
    if (!incident)
        return incident.takeError();
    auto row = obligation(*incident, obligationKey);
    if (!row)
        return row.takeError();
    const ReportForm form = filedAs.value_or(row->instance.form);
    if (form != row->instance.form && !row->instance.alsoMetBy.contains(form))
        return fail(tr("%1 cannot be met by a %2.").arg(row->label, reportFormName(form)));
    if (form == ReportForm::Summary) {
        QStringList missing;
        if (!incident->causeKnown || incident->cause.trimmed().isEmpty())
            missing << tr("cause");
        if (incident->responsibility.trimmed().isEmpty())
            missing << tr("responsibility");
        if (incident->rectification.trimmed().isEmpty())
            missing << tr("rectification");
        if (!missing.isEmpty())
            return fail(tr("The summary report needs %1 in the incident's facts. While the cause "
                           "is unknown, file the preliminary report; the supplementary report "
                           "follows once the cause is found.")
                            .arg(missing.join(QStringLiteral(", "))));
    }
    QString label = row->label;
    if (form != row->instance.form)
        label = tr("%1 (filed as %2)").arg(row->label, reportFormName(form));
    return m_backend.incidents().recordSubmission(actor, id, obligationKey, reportFormId(form),
                                                  label, body, source,
                                                  row->instance.due.value_or(QDateTime()));
}

Status IncidentService::waive(const Actor &actor, const Actor &confirmedBy, qint64 id,
                              const QString &obligationKey, const QString &reason)
{
    auto incident = m_backend.incidents().get(id);
    if (!incident)
        return incident.takeError();
    auto row = obligation(*incident, obligationKey);
    if (!row)
        return row.takeError();
    return m_backend.incidents().recordWaiver(actor, confirmedBy, id, obligationKey, row->label,
                                              reason);
}

Status IncidentService::checkStep(const Actor &actor, qint64 id, int step, bool done)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    auto incident = m_backend.incidents().get(id);
    if (!incident)
        return incident.takeError();
    auto procedure = m_backend.procedures().forFaultType(incident->faultType);
    if (!procedure)
        return procedure.takeError();
    if (step < 0 || step >= procedure->steps.size())
        return fail(tr("Step %1: the procedure \"%2\" has %3 steps.")
                        .arg(step + 1)
                        .arg(procedure->title)
                        .arg(procedure->steps.size()));
    const QString text = done ? tr("Step done: %1").arg(procedure->steps.at(step))
                              : tr("Step reopened: %1").arg(procedure->steps.at(step));
    auto entry =
        m_backend.incidents().addEntry(actor, id, QStringLiteral("checklist"), text,
                                       {{QStringLiteral("step"), step},
                                        {QStringLiteral("done"), done},
                                        {QStringLiteral("procedure"), procedure->faultType}});
    if (!entry)
        return entry.takeError();
    return {};
}

Result<QList<bool>> IncidentService::checkedSteps(qint64 id, int stepCount) const
{
    auto timeline = m_backend.incidents().timeline(id);
    if (!timeline)
        return timeline.takeError();
    QList<bool> done(stepCount, false);
    for (const TimelineEntry &e : *timeline) {
        if (e.kind != QLatin1String("checklist"))
            continue;
        const int step = e.data.value(QStringLiteral("step")).toInt(-1);
        if (step >= 0 && step < stepCount)
            done[step] = e.data.value(QStringLiteral("done")).toBool();
    }
    return done;
}

Result<int> IncidentService::tick()
{
    IncidentFilter open;
    open.states = {IncidentState::Warning, IncidentState::Responding, IncidentState::Recovered,
                   IncidentState::Investigating};
    auto rows = m_backend.incidents().list(open);
    if (!rows)
        return rows.takeError();
    int changed = 0;
    for (const IncidentSummary &row : *rows) {
        const QString before = row.grade;
        if (Status s = regrade(Actor::system(), row.id); !s)
            return s.takeError();
        auto after = m_backend.incidents().get(row.id);
        if (after && after->grade != before)
            ++changed;
    }
    // Escalation runs on the same wake-up: calls, hand-overs of authority, report reminders.
    if (auto escalated = m_backend.escalation().tick(); !escalated)
        return escalated.takeError();
    return changed;
}

Result<std::optional<QDateTime>> IncidentService::nextWakeUp() const
{
    IncidentFilter open;
    open.states = {IncidentState::Warning, IncidentState::Responding, IncidentState::Recovered,
                   IncidentState::Investigating};
    auto rows = m_backend.incidents().list(open);
    if (!rows)
        return rows.takeError();
    std::optional<QDateTime> next;
    for (const IncidentSummary &row : *rows) {
        auto v = view(row.id);
        if (!v)
            return v.takeError();
        if (v->nextWakeUp && (!next || *v->nextWakeUp < *next))
            next = v->nextWakeUp;
    }
    auto escalation = m_backend.escalation().nextWakeUp();
    if (!escalation)
        return escalation.takeError();
    if (*escalation && (!next || **escalation < *next))
        next = *escalation;
    return next;
}

} // namespace dd
