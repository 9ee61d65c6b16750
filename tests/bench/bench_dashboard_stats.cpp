// The dashboard's aggregate queries. Target (issue 8): each under 50 ms in a Release build on
// five years of data: ~20,000 incidents with their report submissions, ~40 drills and ~200
// improvement actions.
// Run: ./build/<dir>/tests/bench/bench_dashboard_stats (scripts/bench prints all benchmarks).
#include "app/backend.h"
#include "audit/audit_log.h"
#include "dashboard/dashboard_stats.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>

using namespace dd;

namespace {

constexpr int IncidentCount = 20000;
constexpr int DrillCount = 40;
constexpr int ActionCount = 200;
constexpr int RowsPerInsert = 50;
constexpr double TargetMs = 50; // issue 8: each aggregate query under 50 ms (Release build)

template <typename T> T orDie(Result<T> r)
{
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error()));
        std::abort();
    }
    return std::move(r).value();
}

void orDie(const Status &s)
{
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        std::abort();
    }
}

// Multi-row INSERTs of `columns` values per row, RowsPerInsert rows per statement.
class BatchInsert {
public:
    BatchInsert(Database &db, QString head, int columns)
        : m_db(db)
        , m_head(std::move(head))
        , m_columns(columns)
    {}
    ~BatchInsert() { flush(); }

    void add(const QVariantList &row)
    {
        m_binds << row;
        if (++m_rows == RowsPerInsert)
            flush();
    }

    void flush()
    {
        if (m_rows == 0)
            return;
        QStringList marks(m_columns, QStringLiteral("?"));
        const QString one = QStringLiteral("(%1)").arg(marks.join(QStringLiteral(", ")));
        QStringList rows(m_rows, one);
        orDie(m_db.exec(m_head + QStringLiteral(" VALUES ") + rows.join(QStringLiteral(", ")),
                        m_binds));
        m_binds.clear();
        m_rows = 0;
    }

private:
    Database &m_db;
    QString m_head;
    int m_columns;
    QVariantList m_binds;
    int m_rows = 0;
};

// Five years of duty work up to 2026-11-25, written with direct SQL in one transaction.
struct StatsDatabase {
    QTemporaryDir dir;
    FakeClock clock{QDateTime(QDate(2026, 11, 25), QTime(2, 10), Qt::UTC)};
    std::unique_ptr<Backend> backend;
    QTimeZone zone{8 * 3600};
    StatsPeriod period;
    int submissions = 0;

    StatsDatabase()
    {
        QElapsedTimer timer;
        timer.start();
        backend = orDie(Backend::open(dir.filePath(QStringLiteral("stats.sqlite3")),
                                      OpenMode::ReadWrite, clock));
        Database &db = backend->database();
        const QDateTime newest = clock.now();
        period = statsPeriod(StatsRange::Last5Years, newest.toTimeZone(zone).date());
        const QStringList grades{QStringLiteral("IV"),  QStringLiteral("IV"),
                                 QStringLiteral("III"), QStringLiteral("IV"),
                                 QStringLiteral("II"),  QStringLiteral("none"),
                                 QStringLiteral("III"), QStringLiteral("I")};
        const qint64 span = qint64(5) * 365 * 24 * 3600;
        orDie(db.write([&]() -> Status {
            // The batches flush independently: check the references at COMMIT.
            orDie(db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
            {
                BatchInsert incidents(
                    db,
                    QStringLiteral("INSERT INTO incidents (id, number, title, state, is_drill, "
                                   "facts, detected_at, started_at, recovered_at, closed_at, "
                                   "grade, created_at, updated_at)"),
                    13);
                BatchInsert entries(db,
                                    QStringLiteral("INSERT INTO timeline_entries (id, "
                                                   "incident_id, at, actor, actor_name, kind, "
                                                   "text)"),
                                    7);
                BatchInsert reports(
                    db,
                    QStringLiteral("INSERT INTO report_submissions (incident_id, obligation_key, "
                                   "submitted_at, form, actor, body, entry_id, due_at)"),
                    8);
                qint64 entry = 0;
                for (int i = 0; i < IncidentCount; ++i) {
                    const qint64 id = i + 1;
                    const QDateTime detected =
                        newest.addSecs(-span * i / IncidentCount - 60 * (i % 50));
                    const QDateTime started = detected.addSecs(-60 * (i % 10));
                    const bool warning = i % 9 == 0;
                    const QDateTime recovered = started.addSecs(60 * (5 + (i * 37) % 240));
                    const QString at = toStoredTime(detected);
                    incidents.add(
                        {id, QStringLiteral("B-%1").arg(id), QStringLiteral("集中交易系统委托失败"),
                         warning ? QStringLiteral("warning_lifted") : QStringLiteral("closed"),
                         i % 50 == 7 ? 1 : 0, QStringLiteral("{}"), at, toStoredTime(started),
                         warning ? QVariant() : QVariant(toStoredTime(recovered)),
                         toStoredTime(recovered.addDays(2)),
                         warning ? QStringLiteral("none") : grades[i % grades.size()], at, at});
                    // A phone report due in 30 minutes and a written one due in a day; about
                    // one in six late.
                    for (int k = 0; k < 2; ++k) {
                        const QDateTime due =
                            k == 0 ? detected.addSecs(30 * 60) : detected.addDays(1);
                        const QDateTime submitted =
                            due.addSecs((i + k) % 6 == 0 ? 600 : -60 * (1 + i % 20));
                        const QString sub = toStoredTime(submitted);
                        entries.add({++entry, id, sub, QStringLiteral("admin"),
                                     QStringLiteral("管理员"), QStringLiteral("report"),
                                     QStringLiteral("Report submitted")});
                        reports.add({id, QStringLiteral("r%1").arg(k), sub,
                                     k == 0 ? QStringLiteral("phone") : QStringLiteral("written"),
                                     QStringLiteral("admin"), QStringLiteral("报告正文"), entry,
                                     toStoredTime(due)});
                        ++submissions;
                    }
                }
            }
            const QString t = toStoredTime(newest);
            orDie(db.exec(QStringLiteral("INSERT INTO contacts (id, name, created_at, updated_at) "
                                         "VALUES (1, '张伟', ?, ?)"),
                          {t, t}));
            for (int d = 0; d < DrillCount; ++d) {
                // Eight a year; the four latest are approved and not held yet.
                const QDateTime start = newest.addSecs(-span * (DrillCount - 4 - d) / DrillCount);
                const bool held = d < DrillCount - 4;
                const QString s = toStoredTime(start);
                orDie(db.exec(
                    QStringLiteral("INSERT INTO drills (id, title, status, planned_start, "
                                   "planned_end, actual_start, actual_end, created_at, "
                                   "created_by, updated_at, updated_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'admin', ?, 'admin')"),
                    {d + 1, QStringLiteral("演练 %1").arg(d + 1),
                     held ? QStringLiteral("completed") : QStringLiteral("approved"), s,
                     toStoredTime(start.addSecs(3 * 3600)), held ? s : QStringLiteral(""),
                     held ? toStoredTime(start.addSecs(2 * 3600)) : QStringLiteral(""), t, t}));
                if (held)
                    orDie(db.exec(QStringLiteral("INSERT INTO drill_findings (id, drill_id, text, "
                                                 "created_at, updated_at, updated_by) VALUES "
                                                 "(?, ?, '发现问题', ?, ?, 'admin')"),
                                  {d + 1, d + 1, s, s}));
            }
            BatchInsert actions(db,
                                QStringLiteral("INSERT INTO drill_actions (finding_id, text, "
                                               "owner_id, due, status, created_at, updated_at, "
                                               "updated_by)"),
                                8);
            for (int a = 0; a < ActionCount; ++a) {
                const int drill = a % (DrillCount - 4);
                const QDateTime created =
                    newest.addSecs(-span * (DrillCount - 4 - drill) / DrillCount + 86400);
                const bool closed = a % 4 != 0;
                const QDateTime closedAt = created.addDays(20 + a % 90);
                actions.add({drill + 1, QStringLiteral("整改措施 %1").arg(a), 1,
                             created.toTimeZone(zone).date().addDays(30).toString(Qt::ISODate),
                             closed ? QStringLiteral("done") : QStringLiteral("open"),
                             toStoredTime(created), toStoredTime(closed ? closedAt : created),
                             QStringLiteral("admin")});
            }
            return {};
        }));
        std::fprintf(stderr,
                     "setup: %d incidents, %d submissions, %d drills, %d actions in %lld ms\n",
                     IncidentCount, submissions, DrillCount, ActionCount, timer.elapsed());
    }
};

StatsDatabase &database()
{
    static StatsDatabase db;
    return db;
}

template <typename T>
void run(benchmark::State &state,
         const std::function<Result<QList<T>>(const DashboardStats &, const StatsPeriod &)> &query)
{
    StatsDatabase &db = database();
    const DashboardStats stats(db.backend->database(), db.zone);
    const StatsPeriod period =
        state.range(0) == 0 ? db.period : statsPeriod(StatsRange::Last12Months, db.period.to);
    qsizetype points = 0;
    QElapsedTimer clock;
    clock.start();
    for (auto _ : state) {
        auto r = query(stats, period);
        if (!r) {
            state.SkipWithError(qPrintable(r.error()));
            return;
        }
        points = r->size();
        benchmark::DoNotOptimize(points);
    }
    const double meanMs = state.iterations() > 0
                              ? double(clock.nsecsElapsed()) / 1e6 / double(state.iterations())
                              : 0;
    state.counters["buckets"] = double(points);
    // The figure beside its target (issue 8: each aggregate query under 50 ms).
    state.counters["target_ms"] = TargetMs;
    state.counters["mean_ms"] = meanMs;
    state.SetLabel(meanMs <= TargetMs ? "within the 50 ms target" : "OVER the 50 ms target");
}

void BM_IncidentsByMonth(benchmark::State &state)
{
    run<MonthCounts>(state, &DashboardStats::incidentsByMonth);
}
void BM_RecoveryByQuarter(benchmark::State &state)
{
    run<QuarterRecovery>(state, &DashboardStats::recoveryByQuarter);
}
void BM_ReportTimeliness(benchmark::State &state)
{
    run<QuarterTimeliness>(state, &DashboardStats::reportTimeliness);
}
void BM_DrillsByHalfYear(benchmark::State &state)
{
    run<HalfYearDrills>(state, &DashboardStats::drillsByHalfYear);
}
void BM_OpenActions(benchmark::State &state)
{
    run<ActionsPoint>(state, &DashboardStats::openActions);
}

// Argument 0: the widest range (last five years); 1: the last twelve months.
BENCHMARK(BM_IncidentsByMonth)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RecoveryByQuarter)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportTimeliness)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DrillsByHalfYear)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenActions)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
