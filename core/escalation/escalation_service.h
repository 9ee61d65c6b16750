#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "escalation/escalation_policy.h"
#include "escalation/escalator.h"
#include "escalation/notifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace dd {

class Backend;
struct Incident;

// One row of escalation_events: what was issued and what the duty officer recorded.
struct EscalationEvent {
    qint64 id = 0;
    qint64 incidentId = 0;
    QString actionKey;
    EscalationOutcome outcome = EscalationOutcome::Issued;
    qint64 contactId = 0; // 0 = none (report reminders)
    QDateTime at;
    QString actor;
    qint64 entryId = 0; // the timeline entry written with it
};

// Runs escalation for the open incidents over the stored state: builds the Escalator's input
// (policy for the grade and fault type, the roster and handbook, what was recorded, the reports
// owed), records each newly due action as "issued" together with a timeline entry (kind
// "escalation") and hands it to the notifiers. Everything is derived from the database and the
// clock, so after a restart nothing that was done is done again.
//
// The escalation of a grade starts at the declaration; a later rise of the grade above every
// grade the incident had before starts it again (see Escalator). Drills escalate too: their
// timeline entries and calls say "[Drill]".
class EscalationService {
    Q_DECLARE_TR_FUNCTIONS(dd::EscalationService)
public:
    using DirectoryLoader = std::function<Result<std::shared_ptr<const EscalationDirectory>>()>;

    explicit EscalationService(Backend &backend);

    EscalationPolicyRepository &policies() { return m_policies; }
    const EscalationPolicyRepository &policies() const { return m_policies; }

    // Where people come from: by default the roster and the contact handbook (RosterDirectory).
    void setDirectoryLoader(DirectoryLoader loader);
    // Notifiers are not owned; remove one before it is destroyed.
    void addNotifier(Notifier *notifier);
    void removeNotifier(Notifier *notifier);

    // The plan of one incident as of now (nothing is recorded).
    Result<EscalationPlan> plan(qint64 incidentId) const;
    // The open calls of an incident: issued, awaiting acknowledge / no answer / unavailable.
    Result<QList<EscalationAction>> callList(qint64 incidentId) const;
    // What the officer heard on a call (`actionKey` from callList()): writes the event and a
    // timeline entry in one transaction, then runs the incident's escalation at once (a "no
    // answer" calls the next level now). An outcome is recorded once per call.
    Status record(const Actor &actor, qint64 incidentId, const QString &actionKey,
                  EscalationOutcome outcome);
    Result<QList<EscalationEvent>> events(qint64 incidentId) const;

    // Issues every action due now over all open incidents; returns the next wake-up.
    Result<std::optional<QDateTime>> tick();
    // The next moment escalation needs the app awake: now, when something is due and not yet
    // issued; otherwise the earliest next action over the open incidents.
    Result<std::optional<QDateTime>> nextWakeUp() const;

private:
    Result<std::shared_ptr<const EscalationDirectory>> directory() const;
    Result<EscalationInput> input(const Incident &incident, const EscalationDirectory &directory,
                                  const QDateTime &now) const;
    Result<EscalationPlan> planFor(qint64 incidentId, const EscalationDirectory &directory,
                                   const QDateTime &now) const;
    // Records and delivers what is due for one incident.
    Result<std::optional<QDateTime>> issue(qint64 incidentId, const EscalationDirectory &directory);
    Result<QList<qint64>> openIncidents() const;

    Backend &m_backend;
    EscalationPolicyRepository m_policies;
    DirectoryLoader m_loader;
    QList<Notifier *> m_notifiers;
};

} // namespace dd
