#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace dd {

// Emergency drills (应急演练) and training (应急培训): the plan, the record, findings with their
// improvement actions, attachments, semi-annual compliance, retention and training sessions.
//
// Rules (decided here and in DrillRules; the repository, the UI, the CLI and the reports rely
// on them):
// - Times are UTC QDateTimes; dates, half-years and retention days are institution local
//   time, a fixed UTC+8 (DrillRules::zone()).
// - Lifecycle: draft → approved → in_progress → completed; draft, approved and in_progress may
//   be cancelled. Editing the plan of an approved drill returns it to draft (it must be
//   approved again); the plan of an in_progress, completed or cancelled drill is frozen.
// - A plan is approved only when all eight required parts are present (DrillRules::missing):
//   purpose, content/scenario, time (planned start and a later planned end), participants (at
//   least one contact), method, preparation, statistics and recording requirements, system
//   recovery and verification requirements. Approval needs Permission::Approve (IT lead,
//   approver, administrator: the second person the standard wants); every other write needs
//   Permission::EditDutyData.
// - Completing a drill needs its actual start, an actual end not before it, a result and the
//   answer to "does the emergency plan need an update?" (yes/no; a yes needs a note saying what
//   to change); the answer is stored.
// - Findings belong to a drill that was held (in progress or completed); an improvement action
//   needs an owner (a handbook contact) and a due date, and a done action needs its evidence.
//   An action is overdue when open or in progress and due before today (local).
// - Compliance: a half-year (H1 = 1 Jan 00:00 – 30 Jun 24:00, H2 = 1 Jul 00:00 – 31 Dec 24:00
//   local) is compliant when at least one completed drill has its actual start inside it. From
//   60 days before a half-year ends (and until it ends) the app warns when no drill in it is
//   completed or planned (approved/in_progress with the planned or actual start inside it).
// - Retention: a drill held or planned (actual start, else planned start) on local day D
//   cannot be deleted — nor its findings, actions or attachments — up to and including D plus
//   2 years; from the next day it can. A draft or cancelled plan that never started can always
//   be deleted.
// - Training status covers the key posts: active people in the emergency organization
//   (org_members) and in duty rotations running on the day asked about; a person is current
//   when their last training session is within the 12 months before that day (inclusive).
// - Editable records (drills, findings, actions, training sessions) carry a `version`; a save
//   with a stale version is refused naming who changed it and when.
enum class DrillMethod { Tabletop, Functional, FullScale, SwitchOver };
enum class DrillStatus { Draft, Approved, InProgress, Completed, Cancelled };
enum class DrillOutcome { None, Success, Partial, Failed };
enum class ActionStatus { Open, InProgress, Done, Cancelled };
enum class TrainingTopic { EmergencyPlan, IndustryRules, Other };
// The eight required parts of a drill plan.
enum class PlanPart {
    Purpose,
    Scenario,
    Time,
    Participants,
    Method,
    Preparation,
    Recording,
    Recovery,
};

// One system the drill exercises: the target recovery time (plan) and what was measured
// (record). measuredMinutes < 0: not measured.
struct DrillSystem {
    QString system;
    int targetMinutes = 0;
    int measuredMinutes = -1;
    bool measured() const { return measuredMinutes >= 0; }
    bool met() const { return measured() && measuredMinutes <= targetMinutes; }
    bool operator==(const DrillSystem &) const = default;
};

struct DrillAttendance {
    qint64 contactId = 0;
    bool present = false;
    QString role; // role in the drill (指挥, 操作, 观察, …)
    bool operator==(const DrillAttendance &) const = default;
};

// One line of the drill record's timeline (who did what when). source "manual" or
// "drill_mode" (carried over from the drill database when drill mode ends).
struct DrillTimelineEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString text;
    QString source;
};

struct DrillAttachment {
    qint64 id = 0;
    qint64 drillId = 0;
    QString fileName;
    QString storedAs; // file name inside the attachment folder (the SHA-256)
    QString sha256;
    qint64 size = 0;
    QDateTime addedAt;
    QString addedBy;
};

struct Drill {
    qint64 id = 0;
    QString title;
    DrillStatus status = DrillStatus::Draft;
    // Plan: the eight required parts
    QString purpose;
    QString scenario; // content / scenario
    QDateTime plannedStart, plannedEnd;
    QList<qint64> participants; // contact ids
    std::optional<DrillMethod> method;
    QString preparation;
    QString recordingRequirements; // statistics and recording requirements
    QString recoveryRequirements;  // system recovery and verification requirements
    // Plan: what it exercises
    QList<DrillSystem> systems;
    QStringList faultTypes; // incident fault type ids (trading_outage, market_data, …)
    // Approval
    QDateTime approvedAt;
    QString approvedBy;
    // Record
    QDateTime actualStart, actualEnd;
    QList<DrillAttendance> attendance;
    DrillOutcome outcome = DrillOutcome::None;
    QString resultText;
    QString problems; // problems found
    // Closing
    std::optional<bool> planUpdateNeeded; // does the emergency plan need an update?
    QString planUpdateNote;
    QString cancelReason;
    // Loaded by DrillRepository::drill(); not saved by savePlan/saveRecord.
    QList<DrillTimelineEntry> timeline;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;

    // The instant retention and compliance count from: actual start, else planned start.
    QDateTime heldAt() const { return actualStart.isValid() ? actualStart : plannedStart; }
};

struct DrillSummary {
    qint64 id = 0;
    QString title;
    std::optional<DrillMethod> method;
    DrillStatus status = DrillStatus::Draft;
    QDateTime plannedStart, actualStart;
    int openActions = 0;    // actions open or in progress
    int overdueActions = 0; // of those, due before today (local)
};

struct DrillQuery {
    int year = 0; // 0 = any; else drills whose actual (else planned) start is in that local year
    std::optional<DrillStatus> status;
};

struct ImprovementAction {
    qint64 id = 0;
    qint64 findingId = 0;
    QString text;
    qint64 ownerId = 0; // contact
    QDate due;
    ActionStatus status = ActionStatus::Open;
    QString evidence;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
    bool isOpen() const
    {
        return status == ActionStatus::Open || status == ActionStatus::InProgress;
    }
    bool overdue(const QDate &today) const { return isOpen() && due.isValid() && due < today; }
};

struct DrillFinding {
    qint64 id = 0;
    qint64 drillId = 0;
    QString text;
    QList<ImprovementAction> actions; // loaded by findings(); not saved by saveFinding
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
};

// An action with the drill and finding it belongs to (findings board, overdue lists).
struct ActionOverview {
    ImprovementAction action;
    qint64 drillId = 0;
    QString drillTitle;
    QString findingText;
};

struct HalfYear {
    int year = 0;
    int half = 1; // 1 = H1 (Jan–Jun), 2 = H2 (Jul–Dec)
    bool operator==(const HalfYear &) const = default;
};

struct HalfYearCompliance {
    HalfYear period;
    bool compliant = false;
    QList<DrillSummary> completed; // completed drills with the actual start inside
    QList<DrillSummary> planned;   // approved / in progress with the planned start inside
    QList<DrillSummary> drafts;    // drafts with the planned start inside
};

struct YearCompliance {
    int year = 0;
    HalfYearCompliance h1, h2;
};

struct ComplianceWarning {
    HalfYear period;
    int daysRemaining = 0; // local days until the half-year ends (1 on its last day)
    QString message;       // translated
};

struct TrainingSession {
    qint64 id = 0;
    TrainingTopic topic = TrainingTopic::EmergencyPlan;
    QString title;
    QDate date;
    QString trainer;
    QList<qint64> attendees; // contact ids
    QString materials;       // text, file names
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
};

// Training status of one person in a key post (emergency organization or a duty rotation).
struct TrainingStatus {
    qint64 contactId = 0;
    QString name;
    QStringList posts;    // position titles and rotation names
    QDate lastTraining;   // invalid: never trained
    bool current = false; // trained within the last 12 months
};

namespace DrillRules {
QTimeZone zone(); // institution time zone, UTC+8
QList<PlanPart> allParts();
// The required parts the plan lacks (empty = may be approved).
QList<PlanPart> missing(const Drill &drill);
HalfYear halfYearOf(const QDateTime &t);
QDateTime halfYearStart(const HalfYear &h); // UTC
QDateTime halfYearEnd(const HalfYear &h);   // UTC, exclusive
// Last local day on which the drill may not be deleted; invalid when it may always be
// deleted (a draft or cancelled plan that never started).
QDate retainedUntil(const Drill &drill);
bool deletable(const Drill &drill, const QDate &today);
} // namespace DrillRules

// Ids (stored) and translated names.
QString drillMethodId(DrillMethod method);
std::optional<DrillMethod> drillMethodFromId(const QString &id);
QString drillMethodName(DrillMethod method);
QString drillStatusId(DrillStatus status);
std::optional<DrillStatus> drillStatusFromId(const QString &id);
QString drillStatusName(DrillStatus status);
QString drillOutcomeId(DrillOutcome outcome); // "" for None
DrillOutcome drillOutcomeFromId(const QString &id);
QString drillOutcomeName(DrillOutcome outcome);
QString actionStatusId(ActionStatus status);
std::optional<ActionStatus> actionStatusFromId(const QString &id);
QString actionStatusName(ActionStatus status);
QString trainingTopicId(TrainingTopic topic);
std::optional<TrainingTopic> trainingTopicFromId(const QString &id);
QString trainingTopicName(TrainingTopic topic);
QString planPartName(PlanPart part);
QString halfYearName(const HalfYear &h); // "2026 H1" / "2026 上半年"
QStringList drillFaultTypes();           // the incident fault type ids
QString faultTypeName(const QString &id);

class DrillText {
    Q_DECLARE_TR_FUNCTIONS(dd::Drill)
};

} // namespace dd
