#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// draft → submitted → approved → implementing → implemented | rolled_back → reviewed;
// submitted → rejected → (revised) draft; draft, submitted, approved → cancelled.
enum class ChangeState {
    Draft,
    Submitted,
    Approved,
    Rejected,
    Implementing,
    Implemented,
    RolledBack,
    Reviewed,
    Cancelled,
};

enum class ChangeUrgency { Normal, Emergency };

enum class RiskLevel { Low, Medium, High };

QList<ChangeState> allChangeStates();
QString changeStateId(ChangeState state);
std::optional<ChangeState> changeStateFromId(const QString &id);
QString changeStateName(ChangeState state); // translated
// The states a change may move to next.
QList<ChangeState> nextChangeStates(ChangeState from);
bool isChangeOpen(ChangeState state); // not reviewed, rejected or cancelled

QString changeUrgencyId(ChangeUrgency urgency);
std::optional<ChangeUrgency> changeUrgencyFromId(const QString &id);
QString changeUrgencyName(ChangeUrgency urgency);

QString riskLevelId(RiskLevel level);
std::optional<RiskLevel> riskLevelFromId(const QString &id);
QString riskLevelName(RiskLevel level);

class ChangeText {
    Q_DECLARE_TR_FUNCTIONS(dd::ChangeRegister)
};

struct ChangeTest {
    enum class Phase { Before, After };
    qint64 id = 0;
    Phase phase = Phase::Before;
    QString description;
    bool passed = false;
    QDateTime recordedAt;
    QString recordedBy;
};

// A change request (变更申请) with every part the standard asks for.
struct ChangeRequest {
    qint64 id = 0;
    QString number; // "CHG-2026-0007", given on the first save
    QString title;
    ChangeState state = ChangeState::Draft;
    ChangeUrgency urgency = ChangeUrgency::Normal;
    QString goal;          // 变更目标
    QList<qint64> itemIds; // 变更对象: configuration items
    QDateTime windowStart; // 变更时间 (UTC)
    QDateTime windowEnd;
    QStringList markets;        // checked against; empty: the institution's default markets
    QString people;             // 变更人员 beyond the four roles
    QString steps;              // 操作步骤
    QString testPlan;           // 测试方案
    QString implementationPlan; // 实施方案
    QString riskControls;       // 风险防控措施
    QString emergencyPlan;      // 应急预案
    QString rollbackPlan;       // 回退方案

    // The four roles: operators (operators.id); the applicant is who created the request.
    qint64 applicantId = 0;
    qint64 implementerId = 0;
    qint64 reviewerId = 0;
    qint64 approverId = 0; // set on approval or rejection
    QString applicantName; // read only: display names
    QString implementerName;
    QString reviewerName;
    QString approverName;

    // Approval
    std::optional<RiskLevel> technicalRisk;
    std::optional<RiskLevel> businessRisk;
    QString assessment; // the approver's assessment, or the reason of a rejection
    QDateTime decidedAt;
    bool inTradingHours = false; // an emergency change approved inside trading time

    // Implementation
    QDateTime startedAt;
    QDateTime finishedAt;
    QString outcome;

    // Review
    bool goalReached = false;
    QString productionImpact;
    bool configUpdated = false;
    QString reviewNote;
    QDateTime reviewedAt;

    QList<ChangeTest> tests;

    QDateTime createdAt;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;

    bool emergency() const { return urgency == ChangeUrgency::Emergency; }
};

struct ChangeApproval {
    RiskLevel technicalRisk = RiskLevel::Low;
    RiskLevel businessRisk = RiskLevel::Low;
    QString assessment;
    // The window the approval fixes; invalid: the requested window.
    QDateTime windowStart;
    QDateTime windowEnd;
};

struct ChangeReview {
    bool goalReached = false;
    QString productionImpact;
    bool configUpdated = false;
    QString note;
};

// One row of the change list.
struct ChangeSummary {
    qint64 id = 0;
    QString number;
    QString title;
    ChangeState state = ChangeState::Draft;
    ChangeUrgency urgency = ChangeUrgency::Normal;
    QDateTime windowStart;
    QDateTime windowEnd;
    bool inTradingHours = false;
    QString applicantName;
    QStringList itemNumbers;
};

} // namespace dd
