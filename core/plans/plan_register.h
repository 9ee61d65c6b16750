#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "institution/institution_profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

class AuditLog;
class Clock;
class Database;

// The emergency plan register (应急预案): plan versions with the ten required contents as
// sections, the per-fault-type report flows, the annual review log and the filing record with
// the regulator. Handling procedures (ProcedureRepository) and notice templates
// (TemplateLibrary) are not copied here: the register cross-references them by fault type and
// template id (PlanRegister::coverage).
//
// Rules:
// - A version has a unique label ("v3.0") and a unique (major, minor) pair; major ≥ 1,
//   minor ≥ 0. Versions are ordered by (major, minor).
// - A section is "missing" when the version has no entry for it and "empty" when its text is
//   blank (whitespace only). A complete plan has all ten sections present and non-empty.
// - The current version on a day is the one with the highest (major, minor) whose effective
//   date is on or before that day.
// - Filing (备案): a version needs its own filing when it is the first version, its major
//   number differs from the version before it, or it is flagged as a major change. Until such
//   a filing is recorded the version is NotFiled. A version that needs no own filing is
//   Covered when the version it builds on is filed (Filed or Covered), else NotFiled.
// - Core institutions file with the CSRC, business institutions with the local CSRC bureau
//   (PlanRules::regulatorFor); a filing with the other regulator is refused.
// - Reviews: at least one a year, and one after every completed drill that answered "the plan
//   needs an update" (Drill::planUpdateNeeded); a review names that drill in `drillId`.
// - Every write needs Permission::EditDutyData and is one transaction with an audit row.
//   Editable rows carry a `version`; a save with a stale version is refused naming who changed
//   the row and when. Dates are institution local dates (UTC+8).
enum class PlanSection {
    Purpose,        // 目的和依据
    Scope,          // 适用范围
    Organization,   // 组织体系及职责
    Prevention,     // 预防/保障措施与应急准备
    Warning,        // 预警监测/处置和信息报送
    Classification, // 事件分级分类
    ReportingFlow,  // 报告流程
    Principles,     // 处置一般原则
    Procedures,     // 具体处置方案
    Investigation,  // 调查处理与总结
};

enum class SectionState { Missing, Empty, Present };
enum class FilingState { Filed, Covered, NotFiled };
enum class RegulatorKind { Csrc, LocalBureau };

struct PlanVersion {
    qint64 id = 0;
    QString label; // "v3.0"
    int major = 1;
    int minor = 0;
    QDate effectiveDate;
    QString approvedBy;
    QDate approvedOn;
    QString changeSummary;
    bool majorChange = false; // demands refiling even without a new major number
    // The required contents; a key that is absent is a missing section.
    QMap<PlanSection, QString> sections;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
};

// A version in the list: completeness and filing state at a glance.
struct PlanVersionSummary {
    qint64 id = 0;
    QString label;
    int major = 1;
    int minor = 0;
    QDate effectiveDate;
    QString approvedBy;
    bool majorChange = false;
    bool needsOwnFiling = false;
    FilingState filing = FilingState::NotFiled;
    QList<PlanSection> missing; // sections without an entry
    QList<PlanSection> empty;   // sections with blank text
};

struct PlanReview {
    qint64 id = 0;
    QDate date;
    QString reviewer;
    QString result;            // what the review concluded
    bool changeNeeded = false; // the plan must be changed
    qint64 drillId = 0;        // the drill that asked for the review; 0 = annual / other
    qint64 planVersionId = 0;  // the version reviewed; 0 = not recorded
    QString note;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
};

// A completed drill that asked for a plan update and has no review naming it yet.
struct PendingDrillReview {
    qint64 drillId = 0;
    QString title;
    QDateTime completedAt; // the drill's actual end (UTC)
    QString note;          // the drill's plan update note
};

struct PlanFiling {
    qint64 id = 0;
    qint64 planVersionId = 0;
    RegulatorKind regulator = RegulatorKind::LocalBureau;
    QString regulatorName; // "北京证监局"
    QDate filedOn;
    QString receiptNumber;
    QString filedBy;
    QString note;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
};

// The report flow of the plan for one fault type (who reports to whom, how and when).
struct ReportFlow {
    QString faultType;
    QString flow;
    QDateTime updatedAt;
    QString updatedBy;
};

// Cross-reference of one fault type against the procedure library, the report template
// library and the report flows.
struct FaultTypeCoverage {
    QString faultType;
    QString faultTypeName;          // translated
    bool hasProcedure = false;      // a procedure for exactly this fault type
    QString procedureTitle;         // empty when none
    int procedureSteps = 0;         // steps of that procedure
    QStringList noticeTemplateIds;  // investor notice / notice templates naming this type
    QStringList genericTemplateIds; // investor notice / notice templates for any fault type
    bool hasReportFlow = false;     // a non-empty report flow for this type
    QString reportFlow;
    bool hasNoticeTemplate() const { return !noticeTemplateIds.isEmpty(); }
    bool complete() const { return hasProcedure && hasNoticeTemplate() && hasReportFlow; }
};

namespace PlanRules {
QList<PlanSection> allSections(); // in the order of the standard
SectionState sectionState(const PlanVersion &plan, PlanSection section);
QList<PlanSection> missingSections(const PlanVersion &plan); // no entry
QList<PlanSection> emptySections(const PlanVersion &plan);   // entry with blank text
bool complete(const PlanVersion &plan);                      // all ten present and non-empty
RegulatorKind regulatorFor(InstitutionType type);
// The version in `versions` current on `day` (nullopt when none is effective yet).
std::optional<PlanVersionSummary> currentOf(const QList<PlanVersionSummary> &versions,
                                            const QDate &day);
} // namespace PlanRules

// Ids (stored) and translated names.
QString planSectionId(PlanSection section); // "purpose", "scope", ...
std::optional<PlanSection> planSectionFromId(const QString &id);
QString planSectionName(PlanSection section); // translated ("Purpose and basis" / 目的和依据)
QString sectionStateName(SectionState state);
QString filingStateName(FilingState state);
QString regulatorKindId(RegulatorKind kind); // "csrc", "local_bureau"
std::optional<RegulatorKind> regulatorKindFromId(const QString &id);
QString regulatorKindName(RegulatorKind kind);

class PlanText {
    Q_DECLARE_TR_FUNCTIONS(dd::PlanRegister)
};

class PlanRegister {
    Q_DECLARE_TR_FUNCTIONS(dd::PlanRegister)
public:
    PlanRegister(Database &db, AuditLog &audit, const Clock &clock);

    // Versions
    Result<QList<PlanVersionSummary>> versions() const; // by (major, minor)
    Result<PlanVersion> version(qint64 id) const;       // with its sections
    // The version current on `day` (institution local date); an error when none is effective.
    Result<PlanVersion> currentVersion(const QDate &day) const;
    // id 0 = new. Saves the header and the sections (sections not in the map are removed).
    // Refused: empty label, major < 1, minor < 0, duplicate label or (major, minor), no
    // effective date, approved by without an approval date or the reverse. Returns the id.
    Result<qint64> saveVersion(const Actor &actor, const PlanVersion &plan);
    // Sets the text of one section (blank text is stored and shows as Empty). `version` is the
    // plan version's row version (stale saves are refused).
    Status saveSection(const Actor &actor, qint64 versionId, PlanSection section,
                       const QString &text, int version);
    // Removes the section's entry (it becomes Missing).
    Status removeSection(const Actor &actor, qint64 versionId, PlanSection section, int version);
    // Refused while the version has filings (they are the regulator's record) or reviews.
    Status removeVersion(const Actor &actor, qint64 id);
    // Filing state of one version (see the rules above).
    Result<FilingState> filingState(qint64 versionId) const;

    // Report flows per fault type (fault type ids of drillFaultTypes()).
    Result<QList<ReportFlow>> reportFlows() const; // by fault type
    // Adds or replaces; refused for an unknown fault type or a blank flow.
    Status saveReportFlow(const Actor &actor, const QString &faultType, const QString &flow);
    Status removeReportFlow(const Actor &actor, const QString &faultType);
    // Every fault type against the procedures, notice templates and report flows.
    Result<QList<FaultTypeCoverage>> coverage() const;

    // Reviews
    Result<QList<PlanReview>> reviews() const; // newest first
    Result<PlanReview> review(qint64 id) const;
    Result<std::optional<PlanReview>> lastReview() const;
    // id 0 = new. Refused: no date, a date after today, empty reviewer, empty result, unknown
    // drill or plan version.
    Result<qint64> saveReview(const Actor &actor, const PlanReview &review);
    Status removeReview(const Actor &actor, qint64 id);
    // Completed drills with planUpdateNeeded = yes that no review names, oldest first.
    Result<QList<PendingDrillReview>> pendingDrillReviews() const;

    // Filings
    Result<QList<PlanFiling>> filings(qint64 versionId = 0) const; // 0 = all; newest first
    Result<PlanFiling> filing(qint64 id) const;
    // id 0 = new. Refused: unknown version, no date, a date after today, a date before the
    // version was approved, empty receipt number or filed by, a regulator other than the one
    // of the institution type (CSRC for core institutions, local bureau otherwise).
    Result<qint64> saveFiling(const Actor &actor, const PlanFiling &filing);
    Status removeFiling(const Actor &actor, qint64 id);
    // The regulator this institution files with (from the institution profile).
    Result<RegulatorKind> expectedRegulator() const;

    // Today's institution local date by the clock (UTC+8).
    QDate today() const;

private:
    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace dd
