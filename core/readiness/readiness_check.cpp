#include "readiness/readiness_check.h"

#include <QCoreApplication>

namespace dd {

QString checkStatusId(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Failing: return QStringLiteral("failing");
    case CheckStatus::DueSoon: return QStringLiteral("due_soon");
    case CheckStatus::Ok: return QStringLiteral("ok");
    case CheckStatus::NotApplicable: break;
    }
    return QStringLiteral("n/a");
}

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Failing: return QCoreApplication::translate("dd::Readiness", "Failing");
    case CheckStatus::DueSoon: return QCoreApplication::translate("dd::Readiness", "Due soon");
    case CheckStatus::Ok: return QCoreApplication::translate("dd::Readiness", "OK");
    case CheckStatus::NotApplicable: break;
    }
    return QCoreApplication::translate("dd::Readiness", "Not applicable");
}

int checkStatusRank(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Failing: return 0;
    case CheckStatus::DueSoon: return 1;
    case CheckStatus::Ok: return 2;
    case CheckStatus::NotApplicable: break;
    }
    return 3;
}

int ReadinessResult::count(CheckStatus status) const
{
    int n = 0;
    for (const ReadinessCheck &check : checks)
        if (check.status == status)
            ++n;
    return n;
}

int ReadinessResult::score() const
{
    const int applicable = checks.size() - count(CheckStatus::NotApplicable);
    if (applicable <= 0)
        return 100;
    const int met = applicable - count(CheckStatus::Failing);
    return met * 100 / applicable; // rounded down: one failing check never shows 100
}

} // namespace dd
