// Foundation figures: audited writes, chain verification and calendar arithmetic.
// Run: ./build/dev/tests/bench/bench_foundation (scripts/bench prints all benchmarks).
#include "app/backend.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace dd;

namespace {

struct Fixture {
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Backend> backend;
    Fixture()
    {
        backend = std::move(Backend::open(dir.filePath(QStringLiteral("b.sqlite3")),
                                          OpenMode::ReadWrite, clock))
                      .value();
    }
    void write(int n)
    {
        for (int i = 0; i < n; ++i) {
            Status s = backend->database().write([&]() -> Status {
                auto a = backend->audit().append(Actor::system(), {QStringLiteral("bench"),
                                                                   QStringLiteral("x"),
                                                                   QString::number(i),
                                                                   {},
                                                                   {{QStringLiteral("i"), i}}});
                if (!a)
                    return a.takeError();
                return {};
            });
            if (!s)
                std::abort();
        }
    }
};

void BM_AuditedWriteTransaction(benchmark::State &state)
{
    Fixture f;
    for (auto _ : state)
        f.write(1);
}
BENCHMARK(BM_AuditedWriteTransaction)->Unit(benchmark::kMicrosecond);

void BM_AuditVerify10k(benchmark::State &state)
{
    Fixture f;
    f.write(10000);
    for (auto _ : state) {
        auto v = f.backend->audit().verify();
        benchmark::DoNotOptimize(v);
    }
}
BENCHMARK(BM_AuditVerify10k)->Unit(benchmark::kMillisecond);

void BM_TradingMinutesOverAMonth(benchmark::State &state)
{
    auto cal = TradingCalendar::builtIn();
    const QDateTime a(QDate(2026, 9, 14), QTime(1, 0), Qt::UTC);
    const QDateTime b(QDate(2026, 10, 14), QTime(7, 0), Qt::UTC);
    for (auto _ : state)
        benchmark::DoNotOptimize(cal->tradingMinutesBetween(a, b, QStringLiteral("futures")));
}
BENCHMARK(BM_TradingMinutesOverAMonth)->Unit(benchmark::kMicrosecond);

void BM_TradingMinutesWithinADay(benchmark::State &state)
{
    auto cal = TradingCalendar::builtIn();
    const QDateTime a(QDate(2026, 3, 10), QTime(1, 40), Qt::UTC);
    const QDateTime b(QDate(2026, 3, 10), QTime(5, 20), Qt::UTC);
    for (auto _ : state)
        benchmark::DoNotOptimize(cal->tradingMinutesBetween(a, b, QStringLiteral("stock")));
}
BENCHMARK(BM_TradingMinutesWithinADay)->Unit(benchmark::kMicrosecond);

void BM_AddWorkingDaysAcrossNationalDay(benchmark::State &state)
{
    auto cal = TradingCalendar::builtIn();
    for (auto _ : state)
        benchmark::DoNotOptimize(cal->addWorkingDays(QDate(2026, 9, 28), 5));
}
BENCHMARK(BM_AddWorkingDaysAcrossNationalDay)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
