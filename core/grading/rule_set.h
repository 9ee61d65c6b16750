#pragma once

#include "common/result.h"
#include "grading/condition.h"
#include "grading/localized_text.h"
#include "grading/obligation_definition.h"
#include "institution/institution_profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace dd {

// A grade of the rule set: I 特别重大 (rank 4) > II 重大 > III 较大 > IV 一般 (rank 1).
struct GradeLevel {
    QString id;
    LocalizedText name;
    int rank = 0;
    QString colour; // "#RRGGBB"
    bool operator==(const GradeLevel &) const = default;
};

// A kind of system facts may name ("centralized_trading"). default_class is used for
// system_class when the facts do not state it.
struct SystemKind {
    QString id;
    LocalizedText name;
    std::optional<int> defaultClass;
    QString note;
    bool operator==(const SystemKind &) const = default;
};

struct Rule {
    QString id;
    QString gradeId;
    int rank = 0;   // of gradeId, resolved at parse time
    QString source; // where the rule comes from, quoted short
    QString note;   // caveats ("uncertain: ...")
    LocalizedText description;
    Condition when;

    // Precompiled for finding the next threshold (sorted, unique, minute counts).
    bool timeDependent = false;
    bool usesInTradingHours = false;
    std::vector<qint64> tradingThresholds;
    std::vector<qint64> wallThresholds;
};

struct ReportingRules {
    // When a working-day deadline ends on its day, in exchange time, minutes after midnight;
    // 1440 (written "24:00") = the end of that working day.
    int workingDayDeadlineMinute = 24 * 60;
    QString note;
    // Per grade id, and "warning" for warnings (预警) that are not incidents yet.
    QMap<QString, QList<ObligationDefinition>> obligations;
};

// A versioned grading rule set (JSON; see resources/rules/*.json and docs in rule_set.cpp).
// Parsing is all-or-nothing: a file with any error is refused with its JSON path and reason.
struct RuleSet {
    Q_DECLARE_TR_FUNCTIONS(dd::RuleSet)
public:
    QString id;
    int version = 0;
    LocalizedText title;
    QString source;
    QString note;
    QList<InstitutionType> appliesTo;
    QList<GradeLevel> grades; // highest rank first
    QList<SystemKind> systems;
    QList<Rule> rules; // in file order
    ReportingRules reporting;

    static inline const QString WarningKey = QStringLiteral("warning");
    static inline const QString NoGrade = QStringLiteral("none");

    static Result<RuleSet> parse(const QByteArray &json, const QString &fileName);

    const GradeLevel *grade(const QString &gradeId) const;
    const SystemKind *system(const QString &systemId) const;
    const Rule *rule(const QString &ruleId) const;
    bool appliesToType(InstitutionType type) const;
    // The obligations of a grade id or of "warning"; empty for "none" or an unknown id.
    QList<ObligationDefinition> obligations(const QString &gradeId) const;
};

} // namespace dd
