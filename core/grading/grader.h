#pragma once

#include "common/result.h"
#include "grading/grade_result.h"
#include "grading/incident_facts.h"
#include "grading/rule_set.h"
#include "time/trading_calendar.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dd {

// Grades incident facts against a rule set: pure and deterministic (the same facts, rule set,
// calendar and `now` give the same result).
//
// Outage minutes run from started_at to recovered_at, or to `now` while the system is still
// down; "trading" counting takes only the trading time of the facts' market (lunch breaks,
// nights, weekends and holidays do not count), "wall" all elapsed time. Both are whole minutes,
// rounded down. outage_in_trading_hours is true when the outage overlaps trading time.
//
// The next threshold is the earliest instant after which a rule of a higher grade than the
// current one matches, if nothing changes but time. Only the outage grows with time, so the
// candidates are the instants at which an outage-minute comparison can flip (trading minutes
// reached by TradingCalendar::addTradingMinutes: a threshold that falls in the lunch break
// moves to 13:00+) and the start of the first trading session. None when recovered, when no
// higher rule can become true by waiting, or beyond the calendar's years.
class Grader {
    Q_DECLARE_TR_FUNCTIONS(dd::Grader)
public:
    Grader(const RuleSet &rules, const TradingCalendar &calendar);

    GradeResult grade(const IncidentFacts &facts, const QDateTime &now) const;

    // Facts the rule set cannot grade: an institution type it does not apply to, a system
    // outside its vocabulary, a market the calendar does not know. Errors name `fileName` and
    // the key ("facts.json: system: unknown system ...").
    Status check(const IncidentFacts &facts, const QString &fileName) const;

    const RuleSet &ruleSet() const { return m_rules; }

private:
    FactFrame frameOf(const IncidentFacts &facts) const;
    std::optional<NextThreshold> nextThreshold(const IncidentFacts &facts, FactFrame &frame,
                                               int currentRank, qint64 nowMs) const;

    RuleSet m_rules;
    TradingCalendar m_calendar;
    bool m_usesInTradingHours = false;
};

} // namespace dd
