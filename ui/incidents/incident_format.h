#pragma once

#include "escalation/obligation_status.h"
#include "grading/grade_result.h"
#include "grading/obligation_definition.h"
#include "grading/rule_set.h"
#include "incidents/incident.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace dd {
namespace ui {

// How the incident screens write grades, times, durations and countdowns, in the current
// language. Pure functions of their arguments (the caller passes `now`), so they are tested
// without widgets.
class IncidentFormat {
    Q_DECLARE_TR_FUNCTIONS(dd::ui::IncidentFormat)
public:
    // "III 较大" / "III Large"; "Not graded" for "none"; the bare id for a grade the rule set in
    // force does not know.
    static QString grade(const QString &gradeId, const GradeLevel *level, const QString &language);
    // "yyyy-MM-dd HH:mm" in `zone`; empty for an invalid time.
    static QString time(const QDateTime &utc, const QTimeZone &zone);
    // "HH:mm" when on the same day as `now` in `zone`, else "MM-dd HH:mm".
    static QString shortTime(const QDateTime &utc, const QDateTime &now, const QTimeZone &zone);
    // "<1 min", "12 min", "1 h 05 min", "3 d 4 h".
    static QString duration(qint64 seconds);
    // "in 12 min" while `target` is ahead, "overdue 5 min" once it has passed.
    static QString countdown(const QDateTime &target, const QDateTime &now);
    // "Rises to Large at 10:45 (in 12 min)".
    static QString nextThreshold(const NextThreshold &next, const QDateTime &now,
                                 const QTimeZone &zone, const QString &language);
    // A readable name for a fault type id of the procedures ("trading_outage").
    static QString faultType(const QString &faultType);
    static QString obligationState(ObligationState state);
    static QString anchor(DeadlineAnchor anchor); // "recovery": as in "after recovery"
    // The button that moves an incident from `from` to `to`: "Mark recovered", "Close"...
    static QString stateAction(IncidentState from, IncidentState to);
};

// The colour of a grade (grey for none or unknown), a light tint of it for row backgrounds,
// and a readable text colour on it.
QColor gradeColour(const GradeLevel *level);
QColor lightTint(const QColor &colour);
QColor textColourOn(const QColor &background);
QColor obligationStateColour(ObligationState state);

// The state an obligation shows at `now`: a due report whose time has passed is overdue even
// before the service's next refresh.
ObligationState effectiveState(const ObligationStatus &status, const std::optional<QDateTime> &due,
                               const QDateTime &now);

// The next instant after `now` at which a minute countdown to one of `targets` changes its
// text (the display timer is armed there); nothing when there are no targets.
std::optional<QDateTime> nextCountdownChange(const QDateTime &now, const QList<QDateTime> &targets);

} // namespace ui
} // namespace dd
