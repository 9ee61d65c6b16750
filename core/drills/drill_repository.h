#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "drills/drill.h"

#include <QCoreApplication>
#include <QList>

namespace dd {

class AuditLog;
class Clock;
class Database;

// Stores drills (plan and record), their timeline, findings and improvement actions,
// attachments and training sessions; computes compliance and training status. The rules are
// documented in drills/drill.h. Every write is one transaction with its audit row; a write
// with a stale `version` is refused naming who changed the record and when.
class DrillRepository {
    Q_DECLARE_TR_FUNCTIONS(dd::DrillRepository)
public:
    DrillRepository(Database &db, AuditLog &audit, const Clock &clock);

    // Drills
    Result<QList<DrillSummary>> list(const DrillQuery &query = {}) const; // by start, then id
    Result<Drill> drill(qint64 id) const;                                 // with its timeline
    // id 0 = new draft. Saves the title and the plan parts (not status, record or closing).
    // Refused: empty title, planned end before start, unknown participant, unknown fault type,
    // a system without a name or with a negative target, a frozen plan (in progress, completed,
    // cancelled). Saving an approved plan returns it to draft. Returns the id.
    Result<qint64> savePlan(const Actor &actor, const Drill &plan);
    // draft → approved; refused naming each missing part. Needs Permission::Approve.
    Status approve(const Actor &actor, qint64 id, int version);
    // approved → in_progress; sets the actual start (now when `at` is invalid).
    Status start(const Actor &actor, qint64 id, int version, const QDateTime &at = {});
    // Saves the record: actual start/end, attendance, measured minutes (matched by system
    // name with the plan's systems; unknown systems are refused), outcome, result text,
    // problems. Allowed in progress and completed (corrections).
    Status saveRecord(const Actor &actor, const Drill &record);
    // in_progress → completed. Needs the actual start and end, an outcome and the answer
    // whether the emergency plan needs an update (refused without it); records the answer.
    Status complete(const Actor &actor, qint64 id, int version,
                    std::optional<bool> planUpdateNeeded, const QString &note);
    // draft/approved/in_progress → cancelled, with a reason.
    Status cancel(const Actor &actor, qint64 id, int version, const QString &reason);
    // Deletes the drill with its timeline, findings, actions and attachment rows (the files
    // too, when `attachmentFolder` is given). Refused within retention ("until 2028-03-15").
    Status remove(const Actor &actor, qint64 id, const QString &attachmentFolder = {});

    // Timeline
    Result<QList<DrillTimelineEntry>> timeline(qint64 drillId) const; // by time, then id
    // Appends entries (invalid `at` = now, empty actor = the actor's name, empty source =
    // "manual"); one transaction, one audit row. Refused for a draft or cancelled drill, empty
    // text or a source other than manual / drill_mode.
    Status recordTimeline(const Actor &actor, qint64 drillId,
                          const QList<DrillTimelineEntry> &entries);

    // Findings and improvement actions
    Result<QList<DrillFinding>> findings(qint64 drillId) const; // with their actions
    // id 0 = new (the drill must be in progress or completed); refused: empty text.
    Result<qint64> saveFinding(const Actor &actor, const DrillFinding &finding);
    Status removeFinding(const Actor &actor, qint64 findingId); // with its actions; retention
    // id 0 = new. Refused: empty text, unknown owner, no due date, evidence missing when done.
    Result<qint64> saveAction(const Actor &actor, const ImprovementAction &action);
    Status removeAction(const Actor &actor, qint64 actionId);           // retention
    Result<QList<ActionOverview>> actions(bool openOnly = false) const; // by due date
    // Open or in-progress actions due before `today`, oldest due first.
    Result<QList<ActionOverview>> overdueActions(const QDate &today) const;

    // Attachments: the file is copied into `folder` named by its SHA-256 (like incident
    // attachments; IncidentRepository::attachmentFolderFor gives the folder beside the
    // database). The hash goes into the audit log.
    Result<QList<DrillAttachment>> attachments(qint64 drillId) const;
    Result<qint64> attachFile(const Actor &actor, qint64 drillId, const QString &sourcePath,
                              const QString &folder);
    // Retention applies; the stored file is removed when no other attachment uses it.
    Status removeAttachment(const Actor &actor, qint64 attachmentId, const QString &folder);

    // Compliance
    Result<YearCompliance> compliance(int year) const;
    // Half-years ending within 60 days after `now` (including the current one) with no drill
    // completed or planned in them.
    Result<QList<ComplianceWarning>> warnings(const QDateTime &now) const;

    // Training
    Result<QList<TrainingSession>> trainings(int year = 0) const; // 0 = all; newest first
    Result<TrainingSession> training(qint64 id) const;
    // id 0 = new. Refused: empty title, no date, unknown attendee.
    Result<qint64> saveTraining(const Actor &actor, const TrainingSession &session);
    Status removeTraining(const Actor &actor, qint64 id);
    // People in the emergency organization or a duty rotation active on `today`, by name,
    // with their last training on or before today and whether it is within 12 months.
    Result<QList<TrainingStatus>> trainingStatus(const QDate &today) const;

private:
    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace dd
