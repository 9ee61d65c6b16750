#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "escalation/obligation_status.h"
#include "escalation/obligations.h"
#include "grading/grade_result.h"
#include "incidents/incident.h"
#include "incidents/incident_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace dd {

class Backend;

// One reporting obligation of an incident with where it stands now.
struct ObligationRow {
    ObligationInstance instance;
    ObligationStatus status;
    QString label; // translated: "Written initial report to the local CSRC bureau"
};

// Everything the incident workspace shows, computed from stored state and `now`.
struct IncidentView {
    Incident incident;
    GradeResult grade;                // as of now (the stored grade is the last recorded one)
    QList<ObligationRow> obligations; // due first
    QList<TimelineEntry> timeline;
    std::optional<QDateTime> nextWakeUp; // next threshold or next deadline, whichever first
};

// Incidents under the rules: grading when facts change and when a threshold passes, reporting
// obligations from the rule set in force, and the checks before closing. Built from stored
// state only, so after a restart the same calls give the same answers.
class IncidentService {
    Q_DECLARE_TR_FUNCTIONS(dd::IncidentService)
public:
    explicit IncidentService(Backend &backend);

    // Declares (or raises a warning) and grades at once, in one transaction.
    Result<qint64> declare(const Actor &actor, const NewIncident &incident);
    // Saves edited facts and regrades.
    Status updateFacts(const Actor &actor, qint64 id, const Incident &edited);
    // Closing is refused while a report is owed (submitted or waived is met).
    Status changeState(const Actor &actor, qint64 id, IncidentState to, const QString &note = {});

    Result<IncidentView> view(qint64 id) const;
    Result<GradeResult> grade(const Incident &incident, const QDateTime &now) const;
    Result<QList<ObligationRow>> obligations(const Incident &incident, const QDateTime &now) const;

    // Stamps the report for an obligation. A summary report needs cause, responsibility and
    // rectification; with the cause unknown, file the preliminary report instead (that
    // creates the supplementary-report obligation).
    // `filedAs` is the form filed when it differs from the obligation's own (a preliminary
    // report for a summary obligation: allowed where the rule set says so).
    Status submitReport(const Actor &actor, qint64 id, const QString &obligationKey,
                        const QString &body, std::optional<ReportForm> filedAs = std::nullopt,
                        const ReportSource &source = {});
    // Waives an obligation with a reason; `confirmedBy` is the second person.
    Status waive(const Actor &actor, const Actor &confirmedBy, qint64 id,
                 const QString &obligationKey, const QString &reason);
    // Checks or unchecks a step of the incident's procedure (a timeline entry).
    Status checkStep(const Actor &actor, qint64 id, int step, bool done);
    // Steps of the incident's procedure that are checked, from the timeline.
    Result<QList<bool>> checkedSteps(qint64 id, int stepCount) const;

    // Regrades every open incident whose next threshold has passed, then issues the escalation
    // actions due (EscalationService::tick); returns how many rose.
    Result<int> tick();
    // The next moment something changes on its own (a threshold, a deadline or an escalation
    // step) over all open incidents: the app arms one timer there.
    Result<std::optional<QDateTime>> nextWakeUp() const;

private:
    Status regrade(const Actor &actor, qint64 id);
    Result<ObligationRow> obligation(const Incident &incident, const QString &key) const;

    Backend &m_backend;
};

QString obligationLabel(const ObligationInstance &instance); // translated

} // namespace dd
