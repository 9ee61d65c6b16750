#pragma once

#include "grading/condition.h"
#include "grading/localized_text.h"
#include "grading/rule_set.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// A rule that matched, with the fact values that made it match (the "why" of the grade).
struct RuleMatch {
    QString ruleId;
    QString gradeId;
    int rank = 0;
    LocalizedText description;
    QString source;
    QString note;
    QList<FactEvidence> evidence;
};

// The earliest instant at which the grade rises if nothing but time changes.
struct NextThreshold {
    QDateTime at; // UTC
    QString ruleId;
    GradeLevel level;
    Fact fact = Fact::OutageMinutes;  // or OutageInTradingHours
    std::optional<Counting> counting; // OutageMinutes
    qint64 minutes = 0;               // outage minutes reached at `at`, in `counting`
};

// The outage as measured for this grading.
struct OutageMeasure {
    QString market; // calendar market whose trading time counts
    QDateTime end;  // UTC: recovered_at, or the moment of grading while still down
    bool ongoing = true;
    qint64 wallMinutes = 0;
    qint64 tradingMinutes = 0;
    bool inTradingHours = false;
};

struct GradeResult {
    QString ruleSetId;
    int ruleSetVersion = 0;
    QDateTime evaluatedAt;              // UTC
    QString gradeId = RuleSet::NoGrade; // "I".."IV" or "none"
    std::optional<GradeLevel> level;    // absent for "none"
    QList<RuleMatch> matches;           // highest rank first, then file order
    std::optional<NextThreshold> next;
    OutageMeasure outage;

    bool isGraded() const { return level.has_value(); }
    // For dutyctl --json and exports; times in UTC ISO 8601.
    QJsonObject toJsonObject() const;
};

} // namespace dd
