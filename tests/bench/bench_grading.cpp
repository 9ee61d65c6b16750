// Grading and obligation figures. Target (issue 3): Grader::grade under 5 µs median with the
// default rule set in a Release build.
// Run: ./build/<dir>/tests/bench/bench_grading (scripts/bench prints all benchmarks).
#include "escalation/obligations.h"
#include "grading/grader.h"
#include "grading/rule_set_library.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace dd;

namespace {

QDateTime bj(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), TradingCalendar::exchangeTimeZone());
}

template <typename T> T orDie(Result<T> r)
{
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error()));
        std::abort();
    }
    return std::move(r).value();
}

IncidentFacts facts(const char *json)
{
    return orDie(IncidentFacts::fromJson(QByteArray(json), QStringLiteral("bench.json")));
}

// A broker's centralized trading down since 10:00, graded at 10:07: III, next threshold 10:30.
void BM_GradeDefaultRuleSet(benchmark::State &state)
{
    const Grader grader(orDie(RuleSetLibrary::defaultRuleSet()), orDie(TradingCalendar::builtIn()));
    const IncidentFacts f =
        facts(R"({"institution_type": "securities", "system": "centralized_trading",
        "started_at": "2025-06-04T10:00:00+08:00", "affected_share": 0.6, "affected_customers": 150000})");
    const QDateTime now = bj(2025, 6, 4, 10, 7);
    for (auto _ : state)
        benchmark::DoNotOptimize(grader.grade(f, now));
}
BENCHMARK(BM_GradeDefaultRuleSet)
    ->Unit(benchmark::kMicrosecond)
    ->Repetitions(9)
    ->DisplayAggregatesOnly(true);

// Down since 11:28, graded in the lunch break: the next threshold moves to 13:03.
void BM_GradeAcrossLunch2012(benchmark::State &state)
{
    const Grader grader(orDie(RuleSetLibrary::builtIn(QStringLiteral("csrc-2012"))),
                        orDie(TradingCalendar::builtIn()));
    const IncidentFacts f =
        facts(R"({"institution_type": "securities", "system": "centralized_trading",
        "started_at": "2025-06-04T11:28:00+08:00"})");
    const QDateTime now = bj(2025, 6, 4, 12, 0);
    for (auto _ : state)
        benchmark::DoNotOptimize(grader.grade(f, now));
}
BENCHMARK(BM_GradeAcrossLunch2012)
    ->Unit(benchmark::kMicrosecond)
    ->Repetitions(9)
    ->DisplayAggregatesOnly(true);

void BM_ParseDefaultRuleSet(benchmark::State &state)
{
    const QByteArray json = orDie(RuleSetLibrary::builtInJson(RuleSetLibrary::defaultId()));
    for (auto _ : state)
        benchmark::DoNotOptimize(RuleSet::parse(json, QStringLiteral("bench.json")));
}
BENCHMARK(BM_ParseDefaultRuleSet)->Unit(benchmark::kMicrosecond);

// A III that rose to II, still down four hours later: two grades, a long progress series.
void BM_PlanObligations(benchmark::State &state)
{
    const RuleSet rules = orDie(RuleSetLibrary::defaultRuleSet());
    const TradingCalendar calendar = orDie(TradingCalendar::builtIn());
    IncidentAnchors anchors;
    anchors.detected = bj(2025, 6, 4, 10, 0);
    const QList<GradeChange> history{{QStringLiteral("III"), bj(2025, 6, 4, 10, 5)},
                                     {QStringLiteral("II"), bj(2025, 6, 4, 10, 30)}};
    const QHash<QString, QDateTime> submitted{
        {QStringLiteral("III/internal_phone#1"), bj(2025, 6, 4, 10, 10)}};
    const QDateTime now = bj(2025, 6, 4, 14, 0);
    for (auto _ : state)
        benchmark::DoNotOptimize(ObligationPlanner::planHistory(
            rules, history, anchors, now, calendar, InstitutionType::Securities, submitted));
}
BENCHMARK(BM_PlanObligations)
    ->Unit(benchmark::kMicrosecond)
    ->Repetitions(9)
    ->DisplayAggregatesOnly(true);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
