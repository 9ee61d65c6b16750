#pragma once

// Internal to core/readiness: what every check function gets and the helpers the check files
// share (the period settings are in readiness_periods.h). Not part of the public API.

#include "common/result.h"
#include "readiness/readiness_check.h"
#include "readiness/readiness_periods.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dd {

class Backend;

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
    // A list of names or short items ("A, B" / "A、B") and of whole findings ("…; …" / "…；…"),
    // with the separators translated.
    static QString items(const QStringList &list);
    static QString findings(const QStringList &list);
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
