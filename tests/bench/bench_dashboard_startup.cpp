// Dashboard start-up figure (issue 8). Target: `dutydesk --db LARGE --page dashboard --lang
// zh_CN --screenshot FILE.png` from process start to exit within 2× the time a bare Qt
// Widgets window (bench_bare_window) takes to show and grab itself on the same machine.
// Both run as child processes; the large demo database is made once (dutyctl demo --scale
// large) and kept beside this program. Prints both mean times and the ratio at the end.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

namespace {

struct Totals {
    double seconds = 0;
    qint64 runs = 0;
    double mean() const { return runs ? seconds / double(runs) : 0; }
};

Totals bare;
Totals dashboard;

void runOrDie(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed (exit %d)\n", qPrintable(program),
                     qPrintable(arguments.join(QLatin1Char(' '))), process.exitCode());
        std::exit(1);
    }
}

void ensureLargeDatabase()
{
    const QString db = QStringLiteral(LARGE_DB);
    if (QFileInfo::exists(db))
        return;
    std::fprintf(stderr, "making the large demo database %s (once)...\n", qPrintable(db));
    QElapsedTimer timer;
    timer.start();
    const QString partial = db + QStringLiteral(".partial");
    QFile::remove(partial);
    runOrDie(QStringLiteral(DUTYCTL_BIN),
             {QStringLiteral("--db"), partial, QStringLiteral("demo"), QStringLiteral("--scale"),
              QStringLiteral("large")},
             60 * 60 * 1000);
    QFile::rename(partial, db);
    std::fprintf(stderr, "made in %.1f s\n", double(timer.elapsed()) / 1000.0);
}

void timeChild(benchmark::State &state, Totals &totals, const QString &program,
               const QStringList &arguments)
{
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        runOrDie(program, arguments, 120 * 1000);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        totals.seconds += seconds;
        ++totals.runs;
    }
}

void BM_BareWindowShowAndGrab(benchmark::State &state)
{
    timeChild(state, bare, QStringLiteral(BARE_WINDOW_BIN),
              {QStringLiteral(SHOT_DIR "/bare-window.png")});
}

void BM_DashboardScreenshotLargeDatabase(benchmark::State &state)
{
    ensureLargeDatabase();
    timeChild(state, dashboard, QStringLiteral(DUTYDESK_BIN),
              {QStringLiteral("--db"), QStringLiteral(LARGE_DB), QStringLiteral("--page"),
               QStringLiteral("dashboard"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
               QStringLiteral("--screenshot"), QStringLiteral(SHOT_DIR "/dashboard-large.png")});
}

} // namespace

BENCHMARK(BM_BareWindowShowAndGrab)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_DashboardScreenshotLargeDatabase)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (bare.runs > 0 && dashboard.runs > 0) {
        const double ratio = dashboard.mean() / bare.mean();
        std::printf("bare window: %.0f ms, dashboard screenshot: %.0f ms, ratio %.2f (target "
                    "<= 2): %s\n",
                    bare.mean() * 1000, dashboard.mean() * 1000, ratio,
                    ratio <= 2.0 ? "met" : "NOT met");
    }
    return 0;
}
