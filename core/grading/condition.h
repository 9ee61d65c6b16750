#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace dd {

// The facts a rule's condition may test. OutageMinutes and OutageInTradingHours are derived from
// started_at/recovered_at and the moment of grading; they are the only facts that change with time.
enum class Fact : quint8 {
    InstitutionType,
    System,
    SystemClass,
    Market,
    MarketScope,
    AffectedShare,
    AffectedCustomers,
    LeakedRecords,
    FinancialLossCny,
    RegulatorNotified,
    Recovered,
    Flags,
    OutageMinutes,
    OutageInTradingHours,
};
constexpr int FactCount = 14;

enum class FactKind : quint8 { Text, Number, Boolean, FlagSet };

FactKind factKind(Fact fact);
QString factId(Fact fact);
std::optional<Fact> factFromId(const QString &id);
QStringList allFactIds();

// How outage minutes are counted: only the trading time of the incident's market, or all
// elapsed time.
enum class Counting : quint8 { Trading, Wall };
QString countingId(Counting counting);

enum class Comparison : quint8 { Ge, Gt, Le, Lt, Eq, Ne, In, HasFlag };
QString comparisonId(Comparison op); // ">=", "in", "has_flag"...
std::optional<Comparison> comparisonFromId(const QString &id);

// A condition tree compiled at parse time: grading never looks at JSON.
struct Condition {
    enum class Kind : quint8 { All, Any, Not, Compare };
    Kind kind = Kind::All;
    std::vector<Condition> children; // All, Any: one or more; Not: exactly one

    // Compare
    Fact fact = Fact::InstitutionType;
    Comparison op = Comparison::Eq;
    Counting counting = Counting::Trading; // OutageMinutes only
    double number = 0;                     // Number and Boolean facts (true = 1)
    QString text;                          // Text facts, has_flag
    QList<double> numbers;                 // `in` on Number facts
    QStringList texts;                     // `in` on Text facts
    QString operandText;                   // the operand as written, for the explanation
};

// The values of one incident's facts at one instant, resolved once per grading.
struct FactFrame {
    std::array<bool, FactCount> present{};
    std::array<double, FactCount> number{}; // Number and Boolean facts (true = 1)
    std::array<QString, FactCount> text{};  // Text facts
    std::array<double, 2> outageMinutes{};  // indexed by Counting
    const QStringList *flags = nullptr;
    bool systemClassAssumed = false; // system_class from the rule set's vocabulary
};

// The value that made a comparison hold (or fail, under a `not`): the "why" of a grade.
struct FactEvidence {
    Fact fact = Fact::InstitutionType;
    std::optional<Counting> counting; // OutageMinutes only
    Comparison op = Comparison::Eq;
    QString operand; // as written in the rule: "5", "[centralized_trading, online_trading]"
    QString value;   // the incident's value; empty when the incident does not state it
    bool stated = false;
    bool holds = false;   // false for a comparison that had to fail (inside a `not`)
    bool assumed = false; // the value is a default of the rule set (system_class)

    QString factName() const { return factId(fact); }
    // "outage_minutes=7 (trading)", "affected_customers=120000", "system_class=4 (assumed)"
    QString valueText() const;
    // "outage_minutes=7 (trading) >= 5"; "not: affected_share=0.01 >= 0.05"
    QString text() const;
    bool operator==(const FactEvidence &) const = default;
};

// Three-valued logic for "can this ever become true?": time-dependent facts are Unknown.
enum class Truth : quint8 { False, True, Unknown };

bool evaluate(const Condition &c, const FactFrame &frame);
Truth evaluateIgnoringTime(const Condition &c, const FactFrame &frame);
// Appends the comparisons that decided the outcome `wanted` (true for a matched rule).
void explain(const Condition &c, const FactFrame &frame, bool wanted, QList<FactEvidence> &out);

// Outage-minute thresholds of a condition, for finding the next instant its value can change:
// appends the minute counts at which a comparison on outage_minutes flips.
void collectMinuteThresholds(const Condition &c, Counting counting, std::vector<qint64> &out);
bool usesFact(const Condition &c, Fact fact);
bool usesCounting(const Condition &c, Counting counting);

} // namespace dd
