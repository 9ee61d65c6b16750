#include "dashboard/dashboard_stats.h"

#include "audit/audit_log.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <algorithm>
#include <vector>

namespace dd {

namespace {

const QString WarningStates = QStringLiteral("('warning', 'warning_lifted')");

QStringList gradeKeys()
{
    return {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"),
            QStringLiteral("none")};
}

// "WITH b(i, lo, hi) AS (VALUES (CAST(? AS INTEGER), ?, ?), ...)": the buckets as a table the
// database joins on the indexed time column (one range scan per bucket).
QString bucketTable(const QList<DashboardStats::Bucket> &buckets, QVariantList &binds)
{
    QStringList rows;
    rows.reserve(buckets.size());
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        // The index typed as an integer: PostgreSQL would take an untyped parameter in VALUES
        // as text.
        rows << QStringLiteral("(CAST(? AS INTEGER), ?, ?)");
        binds << QVariant::fromValue(qint64(i)) << buckets[i].lo << buckets[i].hi;
    }
    return QStringLiteral("WITH b(i, lo, hi) AS (VALUES %1) ").arg(rows.join(QStringLiteral(", ")));
}

// The bucket whose [lo, hi) holds `stored`, or -1.
qsizetype bucketOf(const QList<DashboardStats::Bucket> &buckets, const QString &stored)
{
    auto it = std::upper_bound(
        buckets.begin(), buckets.end(), stored,
        [](const QString &value, const DashboardStats::Bucket &b) { return value < b.lo; });
    if (it == buckets.begin())
        return -1;
    --it;
    return stored < it->hi ? it - buckets.begin() : -1;
}

int quarterOf(const QDate &d)
{
    return (d.month() - 1) / 3 + 1;
}

// Nearest rank: the smallest value with at least 90 % of the values at or below it.
double percentile90(const std::vector<double> &sorted)
{
    if (sorted.empty())
        return 0;
    const std::size_t rank = (9 * sorted.size() + 9) / 10; // ceil(0.9 n)
    return sorted[rank - 1];
}

} // namespace

QList<StatsRange> allStatsRanges()
{
    return {StatsRange::Last12Months, StatsRange::Last24Months, StatsRange::ThisYear,
            StatsRange::LastYear, StatsRange::Last5Years};
}

QString statsRangeName(StatsRange range)
{
    switch (range) {
    case StatsRange::Last12Months: return DashboardStats::tr("Last 12 months");
    case StatsRange::Last24Months: return DashboardStats::tr("Last 24 months");
    case StatsRange::ThisYear: return DashboardStats::tr("This year");
    case StatsRange::LastYear: return DashboardStats::tr("Last year");
    case StatsRange::Last5Years: return DashboardStats::tr("Last 5 years");
    }
    return {};
}

StatsPeriod statsPeriod(StatsRange range, const QDate &today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    switch (range) {
    case StatsRange::Last12Months: return {monthStart.addMonths(-11), today};
    case StatsRange::Last24Months: return {monthStart.addMonths(-23), today};
    case StatsRange::ThisYear: return {QDate(today.year(), 1, 1), today};
    case StatsRange::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case StatsRange::Last5Years: return {QDate(today.year() - 4, 1, 1), today};
    }
    return {today, today};
}

DashboardStats::DashboardStats(const Database &db, const QTimeZone &zone,
                               bool includeDrillIncidents)
    : m_db(db)
    , m_zone(zone)
    , m_includeDrills(includeDrillIncidents)
{}

QString DashboardStats::drillFilter() const
{
    return m_includeDrills ? QStringLiteral("1 = 1") : QStringLiteral("i.is_drill = 0");
}

Result<QSqlQuery> DashboardStats::query(const QString &sql, const QVariantList &binds) const
{
    // Forward only: rows are read once, not cached by the driver.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(tr("Dashboard statistics: the query failed: %1").arg(q.lastError().text()));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(tr("Dashboard statistics: the query failed: %1").arg(q.lastError().text()));
    return q;
}

QString DashboardStats::storedStartOf(const QDate &day) const
{
    return toStoredTime(QDateTime(day, QTime(0, 0), m_zone).toUTC());
}

Result<QList<DashboardStats::Bucket>> DashboardStats::buckets(const StatsPeriod &period,
                                                              int monthsPerBucket) const
{
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from)
        return fail(tr("Statistics period: expected a first day on or before the last day, got "
                       "%1 to %2.")
                        .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
    if (monthsPerBucket != 1 && monthsPerBucket != 3 && monthsPerBucket != 6)
        return fail(
            tr("Statistics buckets: expected 1, 3 or 6 months, got %1.").arg(monthsPerBucket));
    const QDate last = period.to.addDays(1);
    const int firstMonth = (period.from.month() - 1) / monthsPerBucket * monthsPerBucket + 1;
    QList<Bucket> all;
    for (QDate start(period.from.year(), firstMonth, 1); start < last;
         start = start.addMonths(monthsPerBucket)) {
        Bucket b;
        b.start = start;
        b.first = std::max(start, period.from);
        b.end = std::min(start.addMonths(monthsPerBucket), last);
        b.lo = storedStartOf(b.first);
        b.hi = storedStartOf(b.end);
        all << b;
    }
    return all;
}

Result<QList<MonthCounts>> DashboardStats::incidentsByMonth(const StatsPeriod &period) const
{
    auto months = buckets(period, 1);
    if (!months)
        return months.takeError();
    QList<MonthCounts> counts;
    for (const Bucket &b : *months) {
        MonthCounts m;
        m.month = b.start;
        for (const QString &g : gradeKeys())
            m.byGrade.insert(g, 0);
        counts << m;
    }
    QVariantList binds;
    // One range scan of the covering index per month; warnings apart, then by grade (a custom
    // rule set's grade ids are listed too).
    const QString sql =
        bucketTable(*months, binds)
        + QStringLiteral(
              "SELECT b.i, CASE WHEN i.state IN %1 THEN 1 ELSE 0 END AS warning, i.grade, count(*) "
              "FROM b JOIN incidents i ON i.detected_at >= b.lo AND i.detected_at < b.hi "
              "WHERE %2 GROUP BY b.i, warning, i.grade")
              .arg(WarningStates, drillFilter());
    auto q = query(sql, binds);
    if (!q)
        return q.takeError();
    while (q->next()) {
        MonthCounts &m = counts[q->value(0).toLongLong()];
        const int n = q->value(3).toInt();
        if (q->value(1).toInt() != 0)
            m.warnings += n;
        else
            m.byGrade[q->value(2).toString()] += n;
    }
    return counts;
}

Result<QList<QuarterRecovery>> DashboardStats::recoveryByQuarter(const StatsPeriod &period) const
{
    auto quarters = buckets(period, 3);
    if (!quarters)
        return quarters.takeError();
    QVariantList binds;
    // Milliseconds between the stored UTC times; a recovery before the start is a data error
    // and left out.
    const QString sql =
        bucketTable(*quarters, binds)
        + QStringLiteral("SELECT b.i, %3 AS ms FROM b JOIN incidents i "
                         "ON i.recovered_at >= b.lo AND i.recovered_at < b.hi "
                         "WHERE %1 AND i.state NOT IN %2 AND i.recovered_at >= i.started_at "
                         "ORDER BY b.i, ms")
              .arg(drillFilter(), WarningStates,
                   m_db.millisecondsBetween(QStringLiteral("i.started_at"),
                                            QStringLiteral("i.recovered_at")));
    auto q = query(sql, binds);
    if (!q)
        return q.takeError();
    std::vector<std::vector<double>> minutes(quarters->size());
    while (q->next())
        minutes[q->value(0).toLongLong()].push_back(q->value(1).toDouble() / 60000.0);
    QList<QuarterRecovery> all;
    for (qsizetype i = 0; i < quarters->size(); ++i) {
        const std::vector<double> &values = minutes[i]; // sorted by the query
        QuarterRecovery r;
        r.year = (*quarters)[i].start.year();
        r.quarter = quarterOf((*quarters)[i].start);
        r.incidents = int(values.size());
        if (!values.empty()) {
            double sum = 0;
            for (double v : values)
                sum += v;
            r.meanMinutes = sum / double(values.size());
            r.p90Minutes = percentile90(values);
        }
        all << r;
    }
    return all;
}

Result<QList<QuarterTimeliness>> DashboardStats::reportTimeliness(const StatsPeriod &period) const
{
    auto quarters = buckets(period, 3);
    if (!quarters)
        return quarters.takeError();
    QList<QuarterTimeliness> all;
    for (const Bucket &b : *quarters)
        all << QuarterTimeliness{b.start.year(), quarterOf(b.start), 0, 0};
    QVariantList binds;
    // Both times are stored by toStoredTime (same width, UTC): text order is time order. One
    // aggregate per quarter over the covering index; drill incidents from their own small
    // index.
    const QString drills = m_includeDrills
                               ? QString()
                               : QStringLiteral(" AND s.incident_id NOT IN (SELECT "
                                                "id FROM incidents WHERE is_drill = 1)");
    const QString sql =
        bucketTable(*quarters, binds)
        + QStringLiteral(
              "SELECT b.i, (SELECT COALESCE(SUM(CASE WHEN s.submitted_at <= s.due_at "
              "THEN 1 ELSE 0 END), 0) || ',' || COALESCE(SUM(CASE WHEN "
              "s.submitted_at > s.due_at THEN 1 ELSE 0 END), 0) FROM report_submissions s "
              "WHERE s.due_at >= b.lo AND s.due_at < b.hi%1) FROM b")
              .arg(drills);
    auto q = query(sql, binds);
    if (!q)
        return q.takeError();
    while (q->next()) {
        QuarterTimeliness &t = all[q->value(0).toLongLong()];
        const QStringList values = q->value(1).toString().split(u',');
        if (values.size() != 2)
            return fail(
                tr("Report timeliness: unexpected aggregate \"%1\".").arg(q->value(1).toString()));
        t.onTime = int(values[0].toDouble());
        t.late = int(values[1].toDouble());
    }
    return all;
}

Result<QList<HalfYearDrills>> DashboardStats::drillsByHalfYear(const StatsPeriod &period) const
{
    auto halves = buckets(period, 6);
    if (!halves)
        return halves.takeError();
    QList<HalfYearDrills> all;
    for (const Bucket &b : *halves)
        all << HalfYearDrills{b.start.year(), b.start.month() <= 6 ? 1 : 2, 0, 0};
    // A few drills a year: read them and bucket here.
    auto q =
        query(QStringLiteral("SELECT status, coalesce(nullif(actual_start, ''), planned_start), "
                             "planned_start FROM drills "
                             "WHERE status IN ('completed', 'approved', 'in_progress')"),
              {});
    if (!q)
        return q.takeError();
    while (q->next()) {
        const bool completed = q->value(0).toString() == QLatin1String("completed");
        const qsizetype i = bucketOf(*halves, q->value(completed ? 1 : 2).toString());
        if (i < 0)
            continue;
        if (completed)
            ++all[i].completed;
        else
            ++all[i].planned;
    }
    return all;
}

Result<QList<ActionsPoint>> DashboardStats::openActions(const StatsPeriod &period) const
{
    auto months = buckets(period, 1);
    if (!months)
        return months.takeError();
    QList<ActionsPoint> points;
    QStringList rows;
    QVariantList binds;
    for (qsizetype i = 0; i < months->size(); ++i) {
        const QDate day = (*months)[i].end.addDays(-1);
        points << ActionsPoint{day, 0, 0};
        rows << QStringLiteral("(CAST(? AS INTEGER), ?, ?)");
        // Open at the end of `day`: created before the next day began, not closed by then.
        // Overdue on `day`: due before it (dates are stored "yyyy-MM-dd").
        binds << QVariant::fromValue(i) << (*months)[i].hi << day.toString(Qt::ISODate);
    }
    const QString sql =
        QStringLiteral("WITH p(i, hi, day) AS (VALUES %1) "
                       "SELECT p.i, count(*), SUM(CASE WHEN a.due < p.day THEN 1 ELSE 0 END) FROM "
                       "p JOIN drill_actions a "
                       "ON a.created_at < p.hi AND (a.closed_at IS NULL OR a.closed_at >= p.hi) "
                       "GROUP BY p.i")
            .arg(rows.join(QStringLiteral(", ")));
    auto q = query(sql, binds);
    if (!q)
        return q.takeError();
    while (q->next()) {
        ActionsPoint &p = points[q->value(0).toLongLong()];
        p.open = q->value(1).toInt();
        p.overdue = q->value(2).toInt();
    }
    return points;
}

} // namespace dd
