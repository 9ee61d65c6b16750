#pragma once

#include "grading/obligation_definition.h"
#include "grading/rule_set.h"
#include "institution/institution_profile.h"
#include "time/trading_calendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// The moments of an incident that deadlines count from; absent = not happened yet.
struct IncidentAnchors {
    std::optional<QDateTime> detected;
    std::optional<QDateTime> graded; // when the incident reached its current grade
    std::optional<QDateTime> recovered;
    std::optional<QDateTime> closed;
    std::optional<QDateTime> preliminarySubmitted;
    std::optional<QDateTime> warningLifted;

    std::optional<QDateTime> at(DeadlineAnchor anchor) const;
};

// One report owed: a definition of the rule set, resolved for one incident.
struct ObligationInstance {
    QString gradeId; // the grade (or "warning") whose obligation this is
    QString definitionId;
    int sequence = 1;                                    // 1, 2, ... for repeated progress reports
    Recipient recipient = Recipient::InternalLeadership; // resolved: never Regulator
    ReportForm form = ReportForm::Phone;
    QList<ReportForm> alsoMetBy;
    DeadlineAnchor anchor = DeadlineAnchor::Detected;
    std::optional<QDateTime> anchorAt; // UTC
    std::optional<QDateTime> due;      // UTC; absent while the anchor has not happened
    LocalizedText description;

    // Stable across restarts: "III/regulator_progress#2". Submissions and waivers use it.
    QString key() const;
    bool pendingAnchor() const { return !due.has_value(); }
    bool operator==(const ObligationInstance &) const = default;
};

// The grade an incident had from `at` on (a rise, or a correction that lowered it).
struct GradeChange {
    QString gradeId;
    QDateTime at;
};

// Turns the reporting rules of a rule set into the reports an incident owes, with due times.
// Pure: the same inputs give the same list, so state rebuilt after a restart gives the same
// obligations and countdowns.
//
// - A minute deadline is anchor + minutes. A working-day deadline is on the n-th working day
//   (TradingCalendar::addWorkingDays: make-up workdays count, holidays do not) after the
//   anchor's date in exchange time, at the rule set's working_day_deadline (24:00 = the end of
//   that day).
// - Obligations whose anchor has not happened are listed without a due time ("pending
//   anchor"), except those counting from preliminary_submitted: the supplementary report is
//   owed only once a preliminary report was filed.
// - Progress reports (repeat_minutes) are due at anchor + minutes, then every repeat_minutes,
//   while the system is down: after recovery only those due before recovery; before recovery
//   those due up to `now` and the next one, never an endless list.
class ObligationPlanner {
    Q_DECLARE_TR_FUNCTIONS(dd::ObligationPlanner)
public:
    // The obligations of one grade ("I".."IV", or "warning"), `graded` being the moment the
    // grade was reached. Sorted by due time (pending last), then file order.
    static QList<ObligationInstance> plan(const RuleSet &rules, const QString &gradeId,
                                          const IncidentAnchors &anchors, const QDateTime &now,
                                          const TradingCalendar &calendar,
                                          InstitutionType institutionType);

    // The obligations of an incident whose grade changed over time (`history` in time order).
    // Each grade's obligations count "graded" from the moment it was reached. When the grade
    // changes at t:
    // - obligations already submitted stay, met;
    // - an unmet obligation of the old grade that was due before t stays owed;
    // - an unmet obligation of the old grade due at or after t, or pending, is replaced when the
    //   new grade defines the same id (the new grade's report supersedes it), else stays owed;
    // - a new grade's report due before t is dropped when an earlier grade defined the same id
    //   (that grade's reports covered the time: progress series continue), else it is due at t.
    // A grade reached twice keeps the instances of its first period (keys are unique).
    static QList<ObligationInstance>
    planHistory(const RuleSet &rules, const QList<GradeChange> &history,
                const IncidentAnchors &anchors, const QDateTime &now,
                const TradingCalendar &calendar, InstitutionType institutionType,
                const QHash<QString, QDateTime> &submissions);

    // Regulator -> the CSRC for core institutions, the local CSRC bureau for the others.
    static Recipient resolveRecipient(Recipient recipient, InstitutionType institutionType);
    // The due time (UTC) of a definition counted from `anchor`.
    static QDateTime dueTime(const ObligationDefinition &definition, const QDateTime &anchor,
                             int workingDayDeadlineMinute, const TradingCalendar &calendar);
};

} // namespace dd
