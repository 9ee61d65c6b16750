#pragma once

// Internal to core/readiness: what every check function gets, the settings keys with their
// defaults, and the helpers the check files share. Not part of the public API.

#include "common/result.h"
#include "readiness/readiness_check.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dd {

class Backend;

// A period a check measures (a database setting, see ReadinessSettings).
struct ReadinessPeriod {
    const char *key; // "readiness.period.handbook_days"
    int fallback;    // the standard's minimum
};

// The settings the checks read; every one is a whole number stored as text by
// SettingsRepository::setValue. Values that are missing, not numbers or below 1 fall back.
namespace ReadinessSettings {
inline constexpr ReadinessPeriod DueSoonDays{"readiness.due_soon_days", 30};
inline constexpr ReadinessPeriod HandbookDays{"readiness.period.handbook_days", 90};
inline constexpr ReadinessPeriod PlanReviewMonths{"readiness.period.plan_review_months", 12};
inline constexpr ReadinessPeriod TrainingMonths{"readiness.period.training_months", 12};
inline constexpr ReadinessPeriod RosterDays{"readiness.period.roster_days", 30};
inline constexpr ReadinessPeriod DrillRetentionYears{"readiness.period.drill_retention_years", 2};
inline constexpr ReadinessPeriod DocumentsCheckDays{"readiness.period.documents_check_days", 365};
inline constexpr ReadinessPeriod StocktakeDays{"readiness.period.stocktake_days", 180};
QList<ReadinessPeriod> all();
} // namespace ReadinessSettings

// What a check function is given.
class ReadinessInput {
    Q_DECLARE_TR_FUNCTIONS(dd::Readiness)
public:
    ReadinessInput(Backend &backend, const QDate &asOf);

    Backend &backend;
    QDate asOf;

    // The setting's value, or its fallback.
    int period(const ReadinessPeriod &period) const;
    int dueSoonDays() const { return period(ReadinessSettings::DueSoonDays); }
    // Ok, or DueSoon when `due` falls within the warning window after asOf, or Failing when it
    // lies before asOf. Also sets check.dueBy.
    void applyDue(ReadinessCheck &check, const QDate &due) const;
    // 00:00 of a local day (UTC+8) as a UTC instant.
    static QDateTime dayStart(const QDate &day);
    static QString date(const QDate &day); // "2026-01-05", "never" when invalid
};

// A check with its static parts filled in.
ReadinessCheck makeCheck(const char *id, const char *clause, const char *clauseRef,
                         const char *group, const char *title, const char *fixPage,
                         const char *fixTarget);

// The check groups (translated through dd::Readiness).
namespace ReadinessGroups {
inline constexpr const char *Organization = QT_TRANSLATE_NOOP("dd::Readiness", "Organization");
inline constexpr const char *Plan = QT_TRANSLATE_NOOP("dd::Readiness", "Emergency plan");
inline constexpr const char *Duty = QT_TRANSLATE_NOOP("dd::Readiness", "Duty and contacts");
inline constexpr const char *Resources = QT_TRANSLATE_NOOP("dd::Readiness", "Resources");
inline constexpr const char *Drills = QT_TRANSLATE_NOOP("dd::Readiness", "Drills");
inline constexpr const char *Training = QT_TRANSLATE_NOOP("dd::Readiness", "Training");
} // namespace ReadinessGroups

// The check files. Each appends its checks; a read error fails the whole evaluation.
namespace ReadinessChecks {
Status organization(const ReadinessInput &in, QList<ReadinessCheck> &out);
Status contacts(const ReadinessInput &in, QList<ReadinessCheck> &out);
Status roster(const ReadinessInput &in, QList<ReadinessCheck> &out);
Status drills(const ReadinessInput &in, QList<ReadinessCheck> &out);
Status plans(const ReadinessInput &in, QList<ReadinessCheck> &out);
Status inventory(const ReadinessInput &in, QList<ReadinessCheck> &out);
} // namespace ReadinessChecks

} // namespace dd
