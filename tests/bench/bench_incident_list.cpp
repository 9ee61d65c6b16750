// The incident list figure. Target (issue 3): the incident list model loads 20,000 incidents in
// under 150 ms (one repository call and a model reset) in a Release build.
// Run: ./build/<dir>/tests/bench/bench_incident_list (scripts/bench prints all benchmarks).
#include "app/backend.h"
#include "incidents/incident_filter_proxy.h"
#include "incidents/incident_table_model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace dd;
using namespace dd::ui;

namespace {

constexpr int IncidentCount = 20000;

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

// A database holding 20,000 incidents over about five years, written through the repository
// in one transaction (the per-incident audit rows and timeline entries included).
struct ListDatabase {
    QTemporaryDir dir;
    FakeClock clock{QDateTime(QDate(2026, 3, 2), QTime(2, 10), Qt::UTC)};
    std::unique_ptr<Backend> backend;
    QList<GradeLevel> grades;
    QTimeZone zone{QByteArrayLiteral("Asia/Shanghai")};

    ListDatabase()
    {
        QElapsedTimer timer;
        timer.start();
        backend = orDie(Backend::open(dir.filePath(QStringLiteral("list.sqlite3")),
                                      OpenMode::ReadWrite, clock));
        InstitutionProfile profile;
        profile.name = QStringLiteral("基准证券");
        const Actor admin =
            orDie(backend->operators().createFirstAdministrator(profile, {QStringLiteral("admin"),
                                                                          QStringLiteral("管理员"),
                                                                          QStringLiteral("1000"),
                                                                          {Role::Administrator}}));
        grades = orDie(backend->ruleSets().inForce()).grades;
        const QStringList faults{QStringLiteral("trading_outage"), QStringLiteral("market_data"),
                                 QStringLiteral("network"), QStringLiteral("facility"),
                                 QStringLiteral("other")};
        const QStringList systems{QStringLiteral("centralized_trading"),
                                  QStringLiteral("online_trading"), QStringLiteral("market_data")};
        const QStringList gradeIds{QStringLiteral("IV"), QStringLiteral("III"),
                                   QStringLiteral("II"), QStringLiteral("I")};
        const QDateTime newest = clock.now();
        orDie(backend->database().write([&]() -> Status {
            for (int i = 0; i < IncidentCount; ++i) {
                NewIncident n;
                n.title = QStringLiteral("集中交易系统委托失败 %1 号营业部").arg(i % 300);
                n.warning = i % 9 == 0;
                n.faultType = faults[i % faults.size()];
                n.affectedSystems = QStringLiteral("交易网关 %1").arg(i % 40);
                n.detectedAt = newest.addSecs(-qint64(i) * 2 * 3600 - 60 * (i % 50));
                n.facts = {{QStringLiteral("institution_type"), QStringLiteral("securities")},
                           {QStringLiteral("system"), systems[i % systems.size()]}};
                const qint64 id = orDie(backend->incidents().declare(admin, n));
                if (i % 3 == 0)
                    orDie(backend->incidents().setGrade(admin, id, gradeIds[i % gradeIds.size()],
                                                        QStringLiteral("csrc-2012@1"),
                                                        QStringLiteral("bench"), {}, n.detectedAt));
            }
            return {};
        }));
        std::fprintf(stderr, "setup: %d incidents written in %lld ms\n", IncidentCount,
                     timer.elapsed());
    }
};

ListDatabase &database()
{
    static ListDatabase db;
    return db;
}

// What the issue times: the whole list in one repository call, then a model reset.
void BM_LoadIncidentListModel(benchmark::State &state)
{
    ListDatabase &db = database();
    IncidentTableModel model;
    model.setDisplay(db.grades, QStringLiteral("zh_CN"), db.zone);
    for (auto _ : state) {
        state.PauseTiming();
        model.setIncidents({}); // the next load is a reset, as on opening the page
        state.ResumeTiming();
        model.setIncidents(orDie(db.backend->incidents().list()));
        benchmark::DoNotOptimize(model.rowCount());
    }
    if (model.rowCount() != IncidentCount)
        state.SkipWithError("wrong row count");
    state.counters["rows"] = model.rowCount();
}
BENCHMARK(BM_LoadIncidentListModel)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same load behind the page's proxy: open incidents only, newest first.
void BM_LoadIncidentListSortedAndFiltered(benchmark::State &state)
{
    ListDatabase &db = database();
    IncidentTableModel model;
    model.setDisplay(db.grades, QStringLiteral("zh_CN"), db.zone);
    IncidentFilterProxy proxy;
    proxy.setIncidentModel(&model);
    IncidentFilter open;
    for (IncidentState s : allIncidentStates())
        if (isOpen(s))
            open.states << s;
    proxy.setFilter(open);
    proxy.sort(IncidentTableModel::DetectedColumn, Qt::DescendingOrder);
    for (auto _ : state) {
        state.PauseTiming();
        model.setIncidents({});
        state.ResumeTiming();
        model.setIncidents(orDie(db.backend->incidents().list()));
        benchmark::DoNotOptimize(proxy.rowCount());
    }
    state.counters["shown"] = proxy.rowCount();
}
BENCHMARK(BM_LoadIncidentListSortedAndFiltered)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// One keystroke in the search field: the core filter over every row.
void BM_FilterIncidentListByText(benchmark::State &state)
{
    ListDatabase &db = database();
    IncidentTableModel model;
    model.setIncidents(orDie(db.backend->incidents().list()));
    IncidentFilterProxy proxy;
    proxy.setIncidentModel(&model);
    proxy.sort(IncidentTableModel::DetectedColumn, Qt::DescendingOrder);
    IncidentFilter text;
    int i = 0;
    for (auto _ : state) {
        text.text = QStringLiteral("营业部 %1").arg(i++ % 2 == 0 ? 12 : 7);
        proxy.setFilter(text);
        benchmark::DoNotOptimize(proxy.rowCount());
    }
}
BENCHMARK(BM_FilterIncidentListByText)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    // The model and proxy are widgets-side classes: a QApplication, without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
