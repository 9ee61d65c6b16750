// The dashboard's aggregate statistics on hand-made rows: incidents per month, time to recover,
// report timeliness (drills and improvement actions: test_dashboard_drills.cpp).
#include "audit/audit_log.h"
#include "dashboard/dashboard_stats.h"
#include "incidents/incident_service.h"
#include "storage/database.h"
#include "temp_database.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace dd;

namespace {

const QTimeZone Beijing(8 * 3600);

// A UTC instant given in Beijing time.
QDateTime bj(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Beijing).toUTC();
}

struct Fixture {
    test::TempBackend backend;
    Database &db = backend->database();
    int number = 0;

    // Writes one incident row directly: the statistics read nothing else.
    qint64 incident(const QString &state, const QString &grade, const QDateTime &detected,
                    const QDateTime &recovered = {}, bool drill = false,
                    const QDateTime &started = {})
    {
        const QString at = toStoredTime(detected);
        auto q = db.exec(
            QStringLiteral("INSERT INTO incidents (number, title, state, is_drill, facts, "
                           "detected_at, started_at, recovered_at, grade, created_at, updated_at) "
                           "VALUES (?, '测试', ?, ?, '{}', ?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("T-%1").arg(++number), state, drill ? 1 : 0, at,
             toStoredTime(started.isValid() ? started : detected),
             recovered.isValid() ? QVariant(toStoredTime(recovered)) : QVariant(), grade, at, at});
        EXPECT_TRUE(q.ok()) << (q ? "" : q.error().toStdString());
        return q ? q->lastInsertId().toLongLong() : 0;
    }

    // A report submission with its due time (invalid = not recorded, as before schema 7).
    void submission(qint64 incidentId, const QDateTime &submitted, const QDateTime &due)
    {
        auto e = db.exec(QStringLiteral("INSERT INTO timeline_entries (incident_id, at, actor, "
                                        "actor_name, kind, text) VALUES (?, ?, 'a', 'a', "
                                        "'report', 'r')"),
                         {incidentId, toStoredTime(submitted)});
        ASSERT_TRUE(e.ok()) << e.error().toStdString();
        auto q =
            db.exec(QStringLiteral("INSERT INTO report_submissions (incident_id, obligation_key, "
                                   "submitted_at, form, actor, body, entry_id, due_at) "
                                   "VALUES (?, ?, ?, 'phone', 'a', 'b', ?, ?)"),
                    {incidentId, QStringLiteral("k%1").arg(++number), toStoredTime(submitted),
                     e->lastInsertId(), due.isValid() ? QVariant(toStoredTime(due)) : QVariant()});
        ASSERT_TRUE(q.ok()) << q.error().toStdString();
    }
};

StatsPeriod period(QDate from, QDate to)
{
    return {from, to};
}

} // namespace

TEST(DashboardStats, RangesCoverWholeMonthsUpToToday)
{
    const QDate today(2026, 11, 25);
    auto check = [&](StatsRange r, QDate from, QDate to) {
        const StatsPeriod p = statsPeriod(r, today);
        EXPECT_EQ(p.from, from) << statsRangeName(r).toStdString();
        EXPECT_EQ(p.to, to) << statsRangeName(r).toStdString();
    };
    check(StatsRange::Last12Months, QDate(2025, 12, 1), today);
    check(StatsRange::Last24Months, QDate(2024, 12, 1), today);
    check(StatsRange::ThisYear, QDate(2026, 1, 1), today);
    check(StatsRange::LastYear, QDate(2025, 1, 1), QDate(2025, 12, 31));
    check(StatsRange::Last5Years, QDate(2022, 1, 1), today);
    QStringList names;
    for (StatsRange r : allStatsRanges())
        names << statsRangeName(r);
    EXPECT_EQ(names.size(), 5);
    names.removeDuplicates();
    EXPECT_EQ(names.size(), 5);
    EXPECT_EQ(names.first(), QStringLiteral("Last 12 months"));

    Fixture f;
    const DashboardStats stats(f.db, Beijing);
    auto months = stats.incidentsByMonth(statsPeriod(StatsRange::Last12Months, today));
    ASSERT_TRUE(months.ok());
    EXPECT_EQ(months->size(), 12);
    auto backwards = stats.incidentsByMonth(period(QDate(2026, 2, 1), QDate(2026, 1, 1)));
    ASSERT_FALSE(backwards.ok());
    EXPECT_TRUE(backwards.error().contains(QStringLiteral("2026-02-01")))
        << backwards.error().toStdString();
}

TEST(DashboardStats, IncidentsByMonthBucketInInstitutionTime)
{
    Fixture f;
    const QString I = QStringLiteral("I"), II = QStringLiteral("II"), III = QStringLiteral("III"),
                  IV = QStringLiteral("IV"), none = QStringLiteral("none");
    const QString closed = QStringLiteral("closed");
    f.incident(closed, IV, bj(2025, 12, 31, 23, 59, 59, 999));      // before the period
    f.incident(closed, IV, bj(2026, 1, 1));                         // its first instant
    f.incident(closed, IV, bj(2026, 1, 31, 23, 59, 59, 999));       // 15:59Z: still January
    f.incident(closed, II, bj(2026, 2, 1, 0, 30));                  // 2026-01-31T16:30Z: February
    f.incident(QStringLiteral("responding"), III, bj(2026, 2, 10)); // a promoted warning
    f.incident(QStringLiteral("warning"), none, bj(2026, 2, 11));
    f.incident(QStringLiteral("warning_lifted"), none, bj(2026, 2, 12));
    f.incident(closed, I, bj(2026, 2, 13), {}, /*drill*/ true);
    f.incident(QStringLiteral("recovered"), none, bj(2026, 3, 1)); // 2026-02-28T16:00Z: March
    f.incident(closed, III, bj(2026, 5, 1));                       // after the period

    const StatsPeriod p = period(QDate(2026, 1, 1), QDate(2026, 4, 30));
    auto months = DashboardStats(f.db, Beijing).incidentsByMonth(p);
    ASSERT_TRUE(months.ok()) << months.error().toStdString();
    ASSERT_EQ(months->size(), 4);
    const MonthCounts jan = months->at(0), feb = months->at(1), mar = months->at(2),
                      apr = months->at(3);
    EXPECT_EQ(jan.month, QDate(2026, 1, 1));
    EXPECT_EQ(apr.month, QDate(2026, 4, 1));
    EXPECT_EQ(jan.byGrade.value(IV), 2);
    EXPECT_EQ(jan.warnings, 0);
    EXPECT_EQ(feb.byGrade.value(II), 1);
    EXPECT_EQ(feb.byGrade.value(III), 1);
    EXPECT_EQ(feb.byGrade.value(I), 0) << "drill incidents are left out";
    EXPECT_EQ(feb.warnings, 2);
    EXPECT_EQ(mar.byGrade.value(none), 1);
    for (const QString &g : {I, II, III, IV, none}) {
        EXPECT_TRUE(apr.byGrade.contains(g)) << g.toStdString();
        EXPECT_EQ(apr.byGrade.value(g), 0);
    }
    EXPECT_EQ(apr.warnings, 0);
    EXPECT_EQ(apr.byGrade.size(), 5);

    auto drills = DashboardStats(f.db, Beijing, true).incidentsByMonth(p);
    ASSERT_TRUE(drills.ok());
    EXPECT_EQ(drills->at(1).byGrade.value(I), 1) << "inside a drill database they count";

    // The same rows seen from UTC: the boundary incidents move to the month before (Beijing's
    // first instant of 2026 is still 2025 in UTC).
    auto utc = DashboardStats(f.db, QTimeZone(0)).incidentsByMonth(p);
    ASSERT_TRUE(utc.ok());
    EXPECT_EQ(utc->at(0).byGrade.value(IV), 1);
    EXPECT_EQ(utc->at(0).byGrade.value(II), 1);
    EXPECT_EQ(utc->at(1).byGrade.value(none), 1);
    EXPECT_EQ(utc->at(2).byGrade.value(none), 0);
}

TEST(DashboardStats, RecoveryPerQuarterMeanAndNearestRankP90)
{
    Fixture f;
    const QString recovered = QStringLiteral("recovered");
    // Q1: 1..10 minutes -> mean 5.5, p90 = the 9th of 10.
    for (int m : {7, 3, 10, 1, 5, 9, 2, 8, 4, 6}) {
        const QDateTime start = bj(2026, 2, m, 9, 30);
        f.incident(recovered, QStringLiteral("IV"), start, start.addSecs(60 * m), false, start);
    }
    // Recovered 2026-03-31T16:05Z = 1 April 00:05: Q2, though started in Q1.
    f.incident(recovered, QStringLiteral("III"), bj(2026, 3, 31, 23, 35), bj(2026, 4, 1, 0, 5),
               false, bj(2026, 3, 31, 23, 35));
    // Q2 also: 10 and 20 minutes -> {10, 20, 30}: p90 rank ceil(2.7) = 3.
    f.incident(recovered, QStringLiteral("III"), bj(2026, 5, 1), bj(2026, 5, 1, 0, 20), false,
               bj(2026, 5, 1));
    f.incident(QStringLiteral("closed"), QStringLiteral("II"), bj(2026, 6, 1, 8),
               bj(2026, 6, 1, 8, 10), false, bj(2026, 6, 1, 8));
    // Left out: a drill, one not recovered, one recovered after the period, a bad record.
    f.incident(recovered, QStringLiteral("I"), bj(2026, 5, 2), bj(2026, 5, 2, 9), true,
               bj(2026, 5, 2));
    f.incident(QStringLiteral("responding"), QStringLiteral("I"), bj(2026, 5, 3));
    f.incident(recovered, QStringLiteral("I"), bj(2026, 9, 30, 23), bj(2026, 10, 1, 0, 30), false,
               bj(2026, 9, 30, 23));
    f.incident(recovered, QStringLiteral("I"), bj(2026, 5, 4, 10), bj(2026, 5, 4, 9), false,
               bj(2026, 5, 4, 10));

    auto quarters = DashboardStats(f.db, Beijing)
                        .recoveryByQuarter(period(QDate(2026, 1, 1), QDate(2026, 9, 30)));
    ASSERT_TRUE(quarters.ok()) << quarters.error().toStdString();
    ASSERT_EQ(quarters->size(), 3);
    const QuarterRecovery q1 = quarters->at(0), q2 = quarters->at(1), q3 = quarters->at(2);
    EXPECT_EQ(q1.year, 2026);
    EXPECT_EQ(q1.quarter, 1);
    EXPECT_EQ(q1.incidents, 10);
    EXPECT_DOUBLE_EQ(q1.meanMinutes, 5.5);
    EXPECT_DOUBLE_EQ(q1.p90Minutes, 9.0);
    EXPECT_EQ(q2.quarter, 2);
    EXPECT_EQ(q2.incidents, 3);
    EXPECT_DOUBLE_EQ(q2.meanMinutes, 20.0);
    EXPECT_DOUBLE_EQ(q2.p90Minutes, 30.0);
    EXPECT_EQ(q3.quarter, 3);
    EXPECT_EQ(q3.incidents, 0);
    EXPECT_EQ(q3.meanMinutes, 0);
    EXPECT_EQ(q3.p90Minutes, 0);

    auto withDrills = DashboardStats(f.db, Beijing, true)
                          .recoveryByQuarter(period(QDate(2026, 4, 1), QDate(2026, 6, 30)));
    ASSERT_TRUE(withDrills.ok());
    ASSERT_EQ(withDrills->size(), 1);
    EXPECT_EQ(withDrills->at(0).incidents, 4);
    EXPECT_DOUBLE_EQ(withDrills->at(0).p90Minutes, 540.0);
}

TEST(DashboardStats, ReportTimelinessByQuarterOfTheDueTime)
{
    Fixture f;
    const qint64 a = f.incident(QStringLiteral("closed"), QStringLiteral("III"), bj(2026, 1, 5));
    const QDateTime due = bj(2026, 1, 5, 10, 30);
    f.submission(a, due, due);                    // exactly on the deadline: on time
    f.submission(a, due.addMSecs(1), due);        // one millisecond after: late
    f.submission(a, due.addSecs(-600), due);      // early
    f.submission(a, bj(2026, 1, 6), QDateTime()); // no due time stored: left out
    // Due 2026-03-31T16:00Z = 1 April 00:00 Beijing: Q2.
    const qint64 b = f.incident(QStringLiteral("closed"), QStringLiteral("II"), bj(2026, 3, 31));
    f.submission(b, bj(2026, 4, 1, 0, 10), bj(2026, 4, 1));
    f.submission(b, bj(2026, 3, 31, 23), bj(2026, 3, 31, 23, 59, 59, 999)); // Q1, on time
    const qint64 drill =
        f.incident(QStringLiteral("closed"), QStringLiteral("I"), bj(2026, 2, 1), {}, true);
    f.submission(drill, bj(2026, 2, 2), bj(2026, 2, 1, 12));

    const StatsPeriod p = period(QDate(2026, 1, 1), QDate(2026, 9, 30));
    auto quarters = DashboardStats(f.db, Beijing).reportTimeliness(p);
    ASSERT_TRUE(quarters.ok()) << quarters.error().toStdString();
    ASSERT_EQ(quarters->size(), 3);
    EXPECT_EQ(quarters->at(0).year, 2026);
    EXPECT_EQ(quarters->at(0).quarter, 1);
    EXPECT_EQ(quarters->at(0).onTime, 3);
    EXPECT_EQ(quarters->at(0).late, 1);
    EXPECT_EQ(quarters->at(1).quarter, 2);
    EXPECT_EQ(quarters->at(1).onTime, 0);
    EXPECT_EQ(quarters->at(1).late, 1);
    EXPECT_EQ(quarters->at(2).onTime + quarters->at(2).late, 0);

    auto withDrills = DashboardStats(f.db, Beijing, true).reportTimeliness(p);
    ASSERT_TRUE(withDrills.ok());
    EXPECT_EQ(withDrills->at(0).late, 2);
}

TEST(DashboardStats, ReadsThroughAReadOnlyConnection)
{
    Fixture f;
    f.incident(QStringLiteral("closed"), QStringLiteral("IV"), bj(2026, 1, 2));
    auto ro = Database::open(f.backend.path(), OpenMode::ReadOnly);
    ASSERT_TRUE(ro.ok()) << ro.error().toStdString();
    const DashboardStats stats(**ro, Beijing);
    const StatsPeriod p = period(QDate(2026, 1, 1), QDate(2026, 1, 31));
    auto months = stats.incidentsByMonth(p);
    ASSERT_TRUE(months.ok()) << months.error().toStdString();
    EXPECT_EQ(months->at(0).byGrade.value(QStringLiteral("IV")), 1);
    EXPECT_TRUE(stats.recoveryByQuarter(p).ok());
    EXPECT_TRUE(stats.reportTimeliness(p).ok());
    EXPECT_TRUE(stats.drillsByHalfYear(p).ok());
    EXPECT_TRUE(stats.openActions(p).ok());
}

TEST(DashboardStats, SubmittingAReportStoresTheObligationsDueTime)
{
    test::TempBackend backend;
    const Actor admin = backend.admin();
    IncidentService &service = backend->incidentService();
    backend.clock().set(QDateTime(QDate(2026, 3, 2), QTime(10, 7), Beijing).toUTC());
    NewIncident n;
    n.title = QStringLiteral("集中交易系统委托失败");
    n.faultType = QStringLiteral("trading_outage");
    n.facts = {{QStringLiteral("system"), QStringLiteral("centralized_trading")},
               {QStringLiteral("started_at"), QStringLiteral("2026-03-02T10:01:00+08:00")}};
    auto id = service.declare(admin, n);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    auto incident = backend->incidents().get(*id);
    ASSERT_TRUE(incident.ok());
    auto rows = service.obligations(*incident, backend.clock().now());
    ASSERT_TRUE(rows.ok());
    auto owed = std::find_if(rows->begin(), rows->end(),
                             [](const ObligationRow &r) { return r.instance.due.has_value(); });
    ASSERT_NE(owed, rows->end());
    const QString key = owed->instance.key();
    const QDateTime due = *owed->instance.due;
    backend.clock().set(due.addSecs(90)); // late, so the chart counts it late
    Status submitted = service.submitReport(admin, *id, key, QStringLiteral("已电话报告"));
    ASSERT_TRUE(submitted.ok()) << submitted.error().toStdString();

    auto q = backend->database().exec(
        QStringLiteral("SELECT due_at, submitted_at FROM report_submissions "
                       "WHERE incident_id = ? AND obligation_key = ?"),
        {*id, key});
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toString(), toStoredTime(due));
    EXPECT_EQ(fromStoredTime(q->value(0).toString()), due);

    auto quarters = DashboardStats(backend->database(), Beijing)
                        .reportTimeliness(period(QDate(2026, 1, 1), QDate(2026, 3, 31)));
    ASSERT_TRUE(quarters.ok());
    EXPECT_EQ(quarters->at(0).late, 1);
    EXPECT_EQ(quarters->at(0).onTime, 0);
}
