#pragma once

#include "common/result.h"
#include "roster/roster_types.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dd {

// Checks of roster values that need no database: the same rules for the editor, the repository
// and the JSON import. Messages name the field ("Pattern: …") and say what is expected.
class RosterValidation {
    Q_DECLARE_TR_FUNCTIONS(dd::RosterValidation)
public:
    // Empty when the pattern is sound; otherwise the reason (without a field prefix).
    // Shifts must follow each other without gap or overlap and add up to 24 hours.
    static QString patternProblem(const ShiftPattern &pattern);
    static Status checkRole(const DutyRole &role);
    static Status checkRotation(const Rotation &rotation);
    static Status checkOverride(const RosterOverride &o);
    static Status checkLeave(const Leave &leave);

    static QStringList leaveKinds();                   // leave, sick, training, unavailable
    static QString leaveKindName(const QString &kind); // translated; unknown kinds as they are
    static bool isRoleKey(const QString &key);         // lowercase letters, digits, '_'
};

} // namespace dd
