#pragma once

#include "common/result.h"
#include "intake/alert.h"
#include "intake/intake_sources.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dd {

class Backend;

// One alert as recorded (table intake_alerts): the warning it raised and how often it came.
struct IntakeAlertRow {
    qint64 id = 0;
    qint64 sourceId = 0;
    QString sourceName;
    QString fingerprint;
    qint64 incidentId = 0; // the warning (预警) it raised
    AlertStatus status = AlertStatus::Firing;
    QString title;
    QString severity;
    QString system; // the system kind given to the warning's facts
    QDateTime firstSeen;
    QDateTime lastSeen;
    QDateTime resolvedAt; // invalid while firing
    int count = 0;        // firing notifications received
};

// What one request did.
struct IntakeOutcome {
    int received = 0;
    int raised = 0;            // new warnings
    int repeated = 0;          // already firing: count and last_seen updated, timeline entry
    int resolved = 0;          // marked resolved (the warning is not lifted automatically)
    int ignored = 0;           // resolved alerts never seen firing, or already resolved
    QList<qint64> incidentIds; // touched incidents, in order, without repeats
};

// Alerts of an authenticated source into warnings, deduplicated by (source, fingerprint).
// - A new firing alert raises a warning (IncidentService::declare, warning = true) as the
//   system actor: title from the alert; facts.system = the alert's system when it is a system
//   kind of the rule set in force, else "other"; facts.started_at from the alert (else now);
//   fault type from the label "fault_type" when it names a procedure; the description lists
//   labels and annotations. Timeline entry kind "intake".
// - The same fingerprint firing again while its warning is open adds a timeline entry
//   ("Alert fired again (count N)") and updates last_seen/count. If the warning was closed or
//   lifted meanwhile, a new warning is raised and the row points to it.
// - A resolved alert marks the row resolved and adds a timeline entry ("Resolved by
//   monitoring"); the warning stays (lifting needs its report).
// Everything of one request is ONE transaction (with source.last_used_at): all or nothing.
class AlertIntake {
    Q_DECLARE_TR_FUNCTIONS(dd::AlertIntake)
public:
    explicit AlertIntake(Backend &backend);

    Result<IntakeOutcome> receive(const IntakeSource &source, const QList<Alert> &alerts);

    // A refused request: one audit row "intake.refused" (entity "intake_request") with the
    // route, the remote address, the source id when known and the reason; never the body or
    // the token. Nothing else is written.
    Status recordRefusal(const QString &route, const QString &remoteAddress, const QString &reason,
                         qint64 sourceId = 0);

    // For the console: the alerts that raised or touched a warning ("resolved by monitoring"
    // when all are resolved), newest first.
    Result<QList<IntakeAlertRow>> alertsOfIncident(qint64 incidentId) const;
    Result<QList<IntakeAlertRow>> recent(int limit = 100) const; // newest last_seen first
    // True when the incident has intake alerts and every one of them is resolved.
    Result<bool> resolvedByMonitoring(qint64 incidentId) const;

    // The rule set's system kind for an alert's system text, else "other".
    QString systemKindFor(const Alert &alert) const;

private:
    Backend &m_backend;
};

} // namespace dd
