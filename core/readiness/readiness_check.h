#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// Where a readiness check stands on the day it is evaluated.
enum class CheckStatus {
    Failing,       // the standard is not met today
    DueSoon,       // met today, but a period runs out within the warning window
    Ok,            // met
    NotApplicable, // the check does not apply to this institution (evidence says why)
};

QString checkStatusId(CheckStatus status);   // "failing", "due_soon", "ok", "n/a"
QString checkStatusName(CheckStatus status); // translated: "Failing", "Due soon"...
int checkStatusRank(CheckStatus status);     // failing 0, due soon 1, ok 2, n/a 3

// One "shall" of the standard answered from the data (REQUIREMENTS.md, readiness column).
struct ReadinessCheck {
    QString id;        // stable: "roster.coverage", "plan.reviewed", "drills.half_year"
    QString clause;    // the clause quoted short, in Chinese: "建立7×24小时值班制度…"
    QString clauseRef; // where it is: "第十条" / the requirement's id in REQUIREMENTS.md
    QString group;     // translated group heading: "Organization", "Plan", "Roster"...
    QString title;     // translated: "Duty leader and IT lead covered 7×24 for 30 days"
    CheckStatus status = CheckStatus::Ok;
    QString summary;            // translated one line: "2 gaps: 03-02 08:30–20:30 (IT lead)…"
    QStringList evidence;       // translated lines: what was looked at, with dates and names
    std::optional<QDate> dueBy; // DueSoon/Ok with a period: the day it runs out
    // Where it is fixed: a page id of the console and a target inside it
    // (NavigationTarget), e.g. ("roster", "gaps"), ("handbook", "agreements").
    QString fixPage;
    QString fixTarget;
};

// All checks as of one day.
struct ReadinessResult {
    QDate asOf;
    QList<ReadinessCheck> checks; // failing first, then due soon, ok, n/a; stable within

    int count(CheckStatus status) const;
    // Percentage of applicable checks that are not failing (due soon counts as met).
    int score() const;
    bool anyFailing() const { return count(CheckStatus::Failing) > 0; }
};

} // namespace dd
