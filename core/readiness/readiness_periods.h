#pragma once

// The periods the readiness checks measure: database settings (SettingsRepository) with the
// standard's minimums as defaults. Public: dutyctl settings, the Settings page and the checks
// share this one list.

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

// A period setting: its key, the standard's value and the range a desk may set.
struct ReadinessPeriod {
    enum class Unit { Days, Months, Years };
    const char *key; // "readiness.period.handbook_days"
    int fallback;    // the standard's minimum
    int minimum;
    int maximum;
    Unit unit;
    const char *label; // QT_TRANSLATE_NOOP("dd::ReadinessPeriods", ...)
};

// Values that are missing, not numbers or outside the range fall back to the default.
namespace ReadinessSettings {
inline constexpr ReadinessPeriod HandbookDays{
    "readiness.period.handbook_days",
    90,
    1,
    3650,
    ReadinessPeriod::Unit::Days,
    QT_TRANSLATE_NOOP("dd::ReadinessPeriods", "Handbook entries verified every")};
inline constexpr ReadinessPeriod PlanReviewMonths{
    "readiness.period.plan_review_months",
    12,
    1,
    120,
    ReadinessPeriod::Unit::Months,
    QT_TRANSLATE_NOOP("dd::ReadinessPeriods", "Emergency plan reviewed every")};
inline constexpr ReadinessPeriod RosterDays{
    "readiness.period.roster_days",
    30,
    1,
    366,
    ReadinessPeriod::Unit::Days,
    QT_TRANSLATE_NOOP("dd::ReadinessPeriods", "Roster covered ahead for")};
inline constexpr ReadinessPeriod DocumentsCheckDays{
    "readiness.period.documents_check_days",
    365,
    1,
    3650,
    ReadinessPeriod::Unit::Days,
    QT_TRANSLATE_NOOP("dd::ReadinessPeriods", "Documents and backups checked every")};
inline constexpr ReadinessPeriod StocktakeDays{
    "readiness.period.stocktake_days",
    180,
    1,
    3650,
    ReadinessPeriod::Unit::Days,
    QT_TRANSLATE_NOOP("dd::ReadinessPeriods", "Supplies stocktaken every")};
inline constexpr ReadinessPeriod TrainingMonths{
    "readiness.period.training_months",
    12,
    1,
    120,
    ReadinessPeriod::Unit::Months,
    QT_TRANSLATE_NOOP("dd::ReadinessPeriods", "Key posts trained every")};
inline constexpr ReadinessPeriod DrillRetentionYears{
    "readiness.period.drill_retention_years",
    2,
    1,
    30,
    ReadinessPeriod::Unit::Years,
    QT_TRANSLATE_NOOP("dd::ReadinessPeriods", "Drill records kept for")};
inline constexpr ReadinessPeriod DueSoonDays{
    "readiness.due_soon_days",
    30,
    1,
    365,
    ReadinessPeriod::Unit::Days,
    QT_TRANSLATE_NOOP("dd::ReadinessPeriods", "Warn this long before a period runs out")};
// In the order dutyctl and the Settings page show them.
QList<ReadinessPeriod> all();
} // namespace ReadinessSettings

class ReadinessPeriods {
    Q_DECLARE_TR_FUNCTIONS(dd::ReadinessPeriods)
public:
    // The setting of that key, or nullptr.
    static const ReadinessPeriod *find(const QString &key);
    static QString key(const ReadinessPeriod &period) { return QString::fromLatin1(period.key); }
    // Translated label ("Supplies stocktaken every") and unit ("days").
    static QString label(const ReadinessPeriod &period);
    static QString unitName(const ReadinessPeriod &period);
    // The value of a stored or typed text; an error naming the key and the range expected.
    static Result<int> parse(const ReadinessPeriod &period, const QString &text);
    // The value, or an error naming the key and the range expected.
    static Status validate(const ReadinessPeriod &period, int value);
    // A stored text's value, or the default when it is missing or not valid.
    static int valueOr(const ReadinessPeriod &period, const QString &stored);
};

} // namespace dd
