#include "changes/change_request.h"

namespace dd {

QList<ChangeState> allChangeStates()
{
    return {ChangeState::Draft,      ChangeState::Submitted,    ChangeState::Approved,
            ChangeState::Rejected,   ChangeState::Implementing, ChangeState::Implemented,
            ChangeState::RolledBack, ChangeState::Reviewed,     ChangeState::Cancelled};
}

QString changeStateId(ChangeState state)
{
    switch (state) {
    case ChangeState::Draft: return QStringLiteral("draft");
    case ChangeState::Submitted: return QStringLiteral("submitted");
    case ChangeState::Approved: return QStringLiteral("approved");
    case ChangeState::Rejected: return QStringLiteral("rejected");
    case ChangeState::Implementing: return QStringLiteral("implementing");
    case ChangeState::Implemented: return QStringLiteral("implemented");
    case ChangeState::RolledBack: return QStringLiteral("rolled_back");
    case ChangeState::Reviewed: return QStringLiteral("reviewed");
    case ChangeState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ChangeState> changeStateFromId(const QString &id)
{
    for (ChangeState s : allChangeStates())
        if (changeStateId(s) == id)
            return s;
    return std::nullopt;
}

QString changeStateName(ChangeState state)
{
    switch (state) {
    case ChangeState::Draft: return ChangeText::tr("Draft");
    case ChangeState::Submitted: return ChangeText::tr("Awaiting approval");
    case ChangeState::Approved: return ChangeText::tr("Approved");
    case ChangeState::Rejected: return ChangeText::tr("Rejected");
    case ChangeState::Implementing: return ChangeText::tr("Implementing");
    case ChangeState::Implemented: return ChangeText::tr("Implemented");
    case ChangeState::RolledBack: return ChangeText::tr("Rolled back");
    case ChangeState::Reviewed: return ChangeText::tr("Reviewed");
    case ChangeState::Cancelled: return ChangeText::tr("Cancelled");
    }
    return {};
}

QList<ChangeState> nextChangeStates(ChangeState from)
{
    switch (from) {
    case ChangeState::Draft: return {ChangeState::Submitted, ChangeState::Cancelled};
    case ChangeState::Submitted:
        return {ChangeState::Approved, ChangeState::Rejected, ChangeState::Cancelled};
    case ChangeState::Approved: return {ChangeState::Implementing, ChangeState::Cancelled};
    case ChangeState::Rejected: return {ChangeState::Draft};
    case ChangeState::Implementing: return {ChangeState::Implemented, ChangeState::RolledBack};
    case ChangeState::Implemented:
    case ChangeState::RolledBack: return {ChangeState::Reviewed};
    case ChangeState::Reviewed:
    case ChangeState::Cancelled: return {};
    }
    return {};
}

bool isChangeOpen(ChangeState state)
{
    return state != ChangeState::Reviewed && state != ChangeState::Rejected
           && state != ChangeState::Cancelled;
}

QString changeUrgencyId(ChangeUrgency urgency)
{
    return urgency == ChangeUrgency::Emergency ? QStringLiteral("emergency")
                                               : QStringLiteral("normal");
}

std::optional<ChangeUrgency> changeUrgencyFromId(const QString &id)
{
    if (id == QLatin1String("normal"))
        return ChangeUrgency::Normal;
    if (id == QLatin1String("emergency"))
        return ChangeUrgency::Emergency;
    return std::nullopt;
}

QString changeUrgencyName(ChangeUrgency urgency)
{
    return urgency == ChangeUrgency::Emergency ? ChangeText::tr("Emergency change")
                                               : ChangeText::tr("Normal change");
}

QString riskLevelId(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return QStringLiteral("low");
    case RiskLevel::Medium: return QStringLiteral("medium");
    case RiskLevel::High: return QStringLiteral("high");
    }
    return {};
}

std::optional<RiskLevel> riskLevelFromId(const QString &id)
{
    for (RiskLevel l : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High})
        if (riskLevelId(l) == id)
            return l;
    return std::nullopt;
}

QString riskLevelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return ChangeText::tr("Low");
    case RiskLevel::Medium: return ChangeText::tr("Medium");
    case RiskLevel::High: return ChangeText::tr("High");
    }
    return {};
}

} // namespace dd
