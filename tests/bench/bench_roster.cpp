// Roster figures. Targets (issue 4), Release build: Roster::onDuty under 2 µs median on a roster
// with 8 roles, 3 layers, 1 year and 500 overrides; gaps for all roles over a year under 5 ms.
// The brute-force minute scan (onDuty for every minute of the year) is printed beside gaps():
// the ratio of the two is the figure.
// Run: ./build/<dir>/tests/bench/bench_roster
#include "roster/roster.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace dd;

namespace {

const QDate kYear(2026, 1, 1);

QDateTime bj(const QDate &d, int h = 0, int mi = 0)
{
    return QDateTime(d, QTime(h, mi), Qt::UTC).addSecs(-8 * 3600);
}

const TradingCalendar &calendar()
{
    static const TradingCalendar c = [] {
        auto r = TradingCalendar::builtIn();
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            std::abort();
        }
        return *r;
    }();
    return c;
}

// 8 roles; per role a year-long layer-1 daily rotation, a layer-2 day/night rotation for half
// the year and layer-3 weekly holiday teams; backup rotations where required; 500 overrides and
// 120 leave entries spread over the year.
RosterData yearRoster()
{
    QRandomGenerator g(4242);
    RosterData d;
    const Coverage coverages[] = {Coverage::Always, Coverage::Always,      Coverage::Always,
                                  Coverage::Always, Coverage::TradingDays, Coverage::BusinessHours,
                                  Coverage::Always, Coverage::TradingDays};
    qint64 rotationId = 1;
    for (int r = 0; r < 8; ++r) {
        DutyRole role;
        role.id = r + 1;
        role.key = QStringLiteral("role%1").arg(r + 1);
        role.name = role.key;
        role.coverage = coverages[r];
        role.backupRequired = r % 2 == 0;
        d.roles.append(role);
        auto members = [&](int n) {
            QList<qint64> m;
            for (int k = 0; k < n; ++k)
                m.append(1 + g.bounded(60));
            return m;
        };
        Rotation base;
        base.id = rotationId++;
        base.roleId = role.id;
        base.layer = 1;
        base.name = QStringLiteral("daily");
        base.pattern.kind = ShiftPattern::Kind::Daily;
        base.startDate = kYear.addDays(-10);
        base.members = members(6);
        d.rotations.append(base);
        Rotation dayNight = base;
        dayNight.id = rotationId++;
        dayNight.layer = 2;
        dayNight.name = QStringLiteral("day/night");
        dayNight.pattern.kind = ShiftPattern::Kind::Shifts;
        dayNight.pattern.shifts = {{QTime(8, 30), 12 * 60}, {QTime(20, 30), 12 * 60}};
        dayNight.startDate = kYear.addDays(60);
        dayNight.endDate = kYear.addDays(240);
        dayNight.members = members(4);
        d.rotations.append(dayNight);
        for (int h = 0; h < 4; ++h) {
            Rotation holiday = base;
            holiday.id = rotationId++;
            holiday.layer = 3;
            holiday.name = QStringLiteral("holiday team");
            holiday.pattern.kind = ShiftPattern::Kind::Weekly;
            holiday.pattern.weekday = 1;
            holiday.pattern.handoff = QTime(9, 0);
            holiday.startDate = kYear.addDays(30 + h * 90);
            holiday.endDate = holiday.startDate.addDays(14);
            holiday.members = members(2);
            d.rotations.append(holiday);
        }
        if (role.backupRequired) {
            Rotation backup = base;
            backup.id = rotationId++;
            backup.slot = Slot::Backup;
            backup.members = members(5);
            d.rotations.append(backup);
        }
    }
    const QDateTime year = bj(kYear);
    for (int i = 0; i < 500; ++i) {
        RosterOverride o;
        o.id = i + 1;
        o.roleId = 1 + g.bounded(8);
        o.slot = g.bounded(3) == 0 ? Slot::Backup : Slot::Primary;
        o.contactId = 1 + g.bounded(60);
        o.start = year.addSecs(60 * 30 * qint64(g.bounded(365 * 48)));
        o.end = o.start.addSecs(60 * 30 * qint64(1 + g.bounded(96)));
        o.reason = QStringLiteral("cover");
        d.overrides.append(o);
    }
    for (int i = 0; i < 120; ++i) {
        Leave l;
        l.id = i + 1;
        l.contactId = 1 + g.bounded(60);
        l.start = year.addSecs(3600 * qint64(g.bounded(365 * 24)));
        l.end = l.start.addSecs(3600 * qint64(4 + g.bounded(24 * 5)));
        d.leave.append(l);
    }
    return d;
}

const Roster &roster()
{
    static const Roster r(yearRoster(), calendar());
    return r;
}

void BM_OnDuty(benchmark::State &state)
{
    const Roster &r = roster();
    QRandomGenerator g(7);
    std::vector<QDateTime> instants;
    for (int i = 0; i < 4096; ++i)
        instants.push_back(bj(kYear).addSecs(60 * qint64(g.bounded(365 * 1440))));
    std::size_t i = 0;
    for (auto _ : state) {
        const qint64 roleId = 1 + qint64(i % 8);
        benchmark::DoNotOptimize(r.onDuty(roleId, instants[i % instants.size()]));
        ++i;
    }
}
BENCHMARK(BM_OnDuty)->Unit(benchmark::kMicrosecond)->Repetitions(9)->DisplayAggregatesOnly(true);

void BM_GapsAllRolesYear(benchmark::State &state)
{
    const Roster &r = roster();
    const QDateTime from = bj(kYear);
    const QDateTime to = bj(kYear.addYears(1));
    for (auto _ : state)
        benchmark::DoNotOptimize(r.gaps(from, to));
}
BENCHMARK(BM_GapsAllRolesYear)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->DisplayAggregatesOnly(true);

void BM_ShiftsAllRolesYear(benchmark::State &state)
{
    const Roster &r = roster();
    const QDateTime from = bj(kYear);
    const QDateTime to = bj(kYear.addYears(1));
    for (auto _ : state)
        benchmark::DoNotOptimize(r.shifts(from, to));
}
BENCHMARK(BM_ShiftsAllRolesYear)->Unit(benchmark::kMillisecond);

// Gaps the slow way: onDuty for every minute of the year, every role and required slot.
qint64 bruteForceGapMinutes(const Roster &r)
{
    const qint64 from = bj(kYear).toMSecsSinceEpoch();
    const qint64 to = bj(kYear.addYears(1)).toMSecsSinceEpoch();
    qint64 gapMinutes = 0;
    for (const DutyRole &role : r.data().roles) {
        QDate day;
        bool trading = false, working = false;
        for (qint64 t = from; t < to; t += 60000) {
            const qint64 local = (t + 8 * 3600000) / 60000;
            const QDate d = QDate::fromJulianDay(2440588 + local / 1440);
            if (d != day) {
                day = d;
                trading = calendar().isTradingDay(d);
                working = calendar().isWorkingDay(d);
            }
            const qint64 m = local % 1440;
            const bool required = role.coverage == Coverage::Always
                                  || (role.coverage == Coverage::TradingDays && trading)
                                  || (role.coverage == Coverage::BusinessHours && working
                                      && m >= 8 * 60 + 30 && m < 17 * 60 + 30);
            if (!required)
                continue;
            const OnDuty o = r.onDuty(role.id, QDateTime::fromMSecsSinceEpoch(t, Qt::UTC));
            gapMinutes += o.primary.contactId == 0;
            gapMinutes += role.backupRequired && o.backup.contactId == 0;
        }
    }
    return gapMinutes;
}

void BM_BruteForceMinuteScanYear(benchmark::State &state)
{
    const Roster &r = roster();
    for (auto _ : state)
        benchmark::DoNotOptimize(bruteForceGapMinutes(r));
}
BENCHMARK(BM_BruteForceMinuteScanYear)->Unit(benchmark::kMillisecond)->Iterations(1);

// The figure: gaps() beside the minute scan, and a check that both find the same minutes.
void printRatio()
{
    using Clock = std::chrono::steady_clock;
    const Roster &r = roster();
    const QDateTime from = bj(kYear);
    const QDateTime to = bj(kYear.addYears(1));
    const int runs = 20;
    QList<CoverageGap> gaps;
    const auto g0 = Clock::now();
    for (int i = 0; i < runs; ++i)
        gaps = r.gaps(from, to);
    const double gapsMs =
        std::chrono::duration<double, std::milli>(Clock::now() - g0).count() / runs;
    const auto b0 = Clock::now();
    const qint64 bruteMinutes = bruteForceGapMinutes(r);
    const double bruteMs = std::chrono::duration<double, std::milli>(Clock::now() - b0).count();
    qint64 gapMinutes = 0;
    for (const CoverageGap &gap : gaps)
        gapMinutes += gap.start.secsTo(gap.end) / 60;
    std::printf("\nroster year (8 roles, 3 layers, 500 overrides): gaps() %.3f ms, minute scan "
                "%.1f ms, ratio %.0fx; %lld gaps, %lld gap minutes (scan: %lld)%s\n",
                gapsMs, bruteMs, bruteMs / gapsMs, static_cast<long long>(gaps.size()),
                static_cast<long long>(gapMinutes), static_cast<long long>(bruteMinutes),
                gapMinutes == bruteMinutes ? "" : "  MISMATCH");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printRatio();
    return 0;
}
