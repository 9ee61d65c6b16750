// The readiness evaluation (issue 9): every check as of one day, as the Readiness page, the
// dashboard (in a worker) and `dutyctl readiness` run it. On the large demo database when
// bench_dashboard_startup has made it (dutyctl demo --scale large, kept in this folder; making
// it takes minutes), else on the small demo company made here (DemoGenerator, a second).
// Run: ./build/<dir>/tests/bench/bench_readiness (scripts/bench prints all benchmarks).
#include "app/backend.h"
#include "demo/demo_generator.h"
#include "readiness/readiness.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace dd;

namespace {

template <typename T> T orDie(Result<T> r)
{
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error()));
        std::abort();
    }
    return std::move(r).value();
}

struct ReadinessDatabase {
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Backend> backend;
    QString label;
    QDate today;

    ReadinessDatabase()
    {
        QElapsedTimer timer;
        timer.start();
        const QString large = QStringLiteral(LARGE_DB);
        if (QFileInfo::exists(large)) {
            backend = orDie(Backend::open(large, OpenMode::ReadOnly, clock));
            label = QStringLiteral("large demo");
        } else {
            backend = orDie(Backend::open(dir.filePath(QStringLiteral("demo.sqlite3")),
                                          OpenMode::ReadWrite, clock));
            DemoGenerator demo(*backend);
            orDie(demo.generate(DemoScale::Small));
            label = QStringLiteral("small demo (run bench_dashboard_startup for the large one)");
        }
        today = clock.now().toTimeZone(QTimeZone(8 * 3600)).date();
        std::fprintf(stderr, "setup: %s in %lld ms\n", qPrintable(label), timer.elapsed());
    }
};

ReadinessDatabase &database()
{
    static ReadinessDatabase db;
    return db;
}

// Every check as of today, on the window's own connection.
void BM_ReadinessEvaluate(benchmark::State &state)
{
    ReadinessDatabase &db = database();
    const Readiness readiness(*db.backend);
    qsizetype checks = 0;
    for (auto _ : state) {
        auto r = readiness.evaluate(db.today);
        if (!r) {
            state.SkipWithError(qPrintable(r.error()));
            return;
        }
        checks = r->checks.size();
        benchmark::DoNotOptimize(checks);
    }
    state.counters["checks"] = double(checks);
    state.SetLabel(db.label.toStdString());
}

// What the dashboard's worker does per refresh: open a read-only Backend, then evaluate.
void BM_ReadinessWorkerJob(benchmark::State &state)
{
    ReadinessDatabase &db = database();
    const QString path = db.backend->database().path();
    for (auto _ : state) {
        auto backend = Backend::open(path, OpenMode::ReadOnly, db.clock);
        if (!backend) {
            state.SkipWithError(qPrintable(backend.error()));
            return;
        }
        auto r = Readiness(**backend).evaluate(db.today);
        if (!r) {
            state.SkipWithError(qPrintable(r.error()));
            return;
        }
        benchmark::DoNotOptimize(r->checks.size());
    }
    state.SetLabel(db.label.toStdString());
}

BENCHMARK(BM_ReadinessEvaluate)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadinessWorkerJob)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
