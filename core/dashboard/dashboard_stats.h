#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

namespace dd {

class Database;

// The period selector of the dashboard's charts.
enum class StatsRange { Last12Months, Last24Months, ThisYear, LastYear, Last5Years };

QList<StatsRange> allStatsRanges();
QString statsRangeName(StatsRange range); // translated ("Last 12 months"...)

// Inclusive days in institution time.
struct StatsPeriod {
    QDate from;
    QDate to;
};

// The days a range covers on `today` (institution time):
// - Last12Months / Last24Months: from the first day of the month 11 (23) months back to today,
//   so the current month is the last bucket;
// - ThisYear: 1 January to today; LastYear: the whole previous calendar year;
// - Last5Years: 1 January four years back to today (whole quarters and half-years).
StatsPeriod statsPeriod(StatsRange range, const QDate &today);

// Every series below has one bucket per calendar month / quarter / half-year that the period
// touches, in time order, zeros included; a bucket the period covers only in part counts only
// the days inside the period.

struct MonthCounts {
    QDate month;                // first day of the month
    QMap<QString, int> byGrade; // "I", "II", "III", "IV", "none" (always present)
    int warnings = 0;           // warnings never declared an incident (warning, warning_lifted)
};

struct QuarterRecovery {
    int year = 0;
    int quarter = 0;        // 1..4
    int incidents = 0;      // incidents recovered in the quarter
    double meanMinutes = 0; // recovered_at - started_at; 0 when no incident
    double p90Minutes = 0;  // nearest-rank 90th percentile; 0 when no incident
};

struct QuarterTimeliness {
    int year = 0;
    int quarter = 0;
    int onTime = 0; // submitted at or before the due time
    int late = 0;
};

struct HalfYearDrills {
    int year = 0;
    int half = 0;      // 1 (Jan-Jun) or 2 (Jul-Dec)
    int completed = 0; // completed drills, by actual start (planned start when not recorded)
    int planned = 0;   // approved or in progress (scheduled, not yet completed), by planned start
};

struct ActionsPoint {
    QDate date;      // a month's last day (the period's last day for the last point)
    int open = 0;    // drill improvement actions open or in progress at the end of `date`
    int overdue = 0; // of those, due before `date`
};

// The aggregate statistics behind the dashboard's charts. Queries only: every call is one
// SELECT whose grouping happens in SQLite over the period's buckets (a few ms on five years
// of data; see tests/bench/bench_dashboard_stats.cpp).
class DashboardStats {
    Q_DECLARE_TR_FUNCTIONS(dd::DashboardStats)
public:
    // Reads `db` only. It may be a read-only connection the UI opened in a worker thread
    // (Database::open(path, OpenMode::ReadOnly)). Drill incidents (is_drill = 1) are left out
    // unless includeDrillIncidents (the console passes true inside a drill database).
    DashboardStats(const Database &db, const QTimeZone &zone, bool includeDrillIncidents = false);

    // Every month of the period, zeros included; by detected_at; warnings (state warning /
    // warning_lifted, never declared) counted apart.
    Result<QList<MonthCounts>> incidentsByMonth(const StatsPeriod &period) const;
    // recovered_at - started_at, by quarter of recovery; every quarter of the period.
    Result<QList<QuarterRecovery>> recoveryByQuarter(const StatsPeriod &period) const;
    // Report submissions by quarter of their due time: on time (submitted <= due) vs late.
    // Submissions without a stored due time (before schema 7) are left out.
    Result<QList<QuarterTimeliness>> reportTimeliness(const StatsPeriod &period) const;
    // Completed drills (and planned/scheduled ones) per half-year.
    Result<QList<HalfYearDrills>> drillsByHalfYear(const StatsPeriod &period) const;
    // Drill improvement actions open (and overdue) at each month end of the period (the last
    // point is the period's last day).
    Result<QList<ActionsPoint>> openActions(const StatsPeriod &period) const;

    // A bucket of the period: days [first, end) in institution time, and the same bounds as
    // stored UTC times (ISO strings compare in time order).
    struct Bucket {
        QDate start; // first day of the calendar month / quarter / half-year
        QDate first; // first day inside the period
        QDate end;   // day after the last day inside the period
        QString lo;
        QString hi;
    };
    // The buckets of `monthsPerBucket` (1, 3 or 6) calendar months the period touches.
    Result<QList<Bucket>> buckets(const StatsPeriod &period, int monthsPerBucket) const;

private:
    QString storedStartOf(const QDate &day) const;
    QString drillFilter() const; // an SQL condition on incidents `i`
    Result<QSqlQuery> query(const QString &sql, const QVariantList &binds) const;

    const Database &m_db;
    QTimeZone m_zone;
    bool m_includeDrills = false;
};

} // namespace dd
