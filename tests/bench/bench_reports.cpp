// Report figure. Target (issue 7): an incident summary report with a 500-entry timeline to PDF
// in under 500 ms (Release build). Timed: rendering the built-in template incident_summary
// against the incident's context and writing the PDF; the end-to-end figure also builds the
// context from the database, as "write report" in the application does.
// Run: ./build/<dir>/tests/bench/bench_reports (needs no display: offscreen platform).
#include "app/backend.h"
#include "reports/report_contexts.h"
#include "reports/report_engine.h"
#include "reports/report_writer.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace dd;

namespace {

constexpr int TimelineEntries = 500;

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

// One graded incident whose timeline holds 500 notes (plus the entries the repository writes
// itself), declared through the repository in one transaction.
struct ReportDatabase {
    QTemporaryDir dir;
    FakeClock clock{QDateTime(QDate(2026, 1, 5), QTime(2, 10), Qt::UTC)};
    std::unique_ptr<Backend> backend;
    qint64 incidentId = 0;
    ReportTemplate summary;
    ReportAuthor author{QStringLiteral("王强"), QStringLiteral("+8613800138000")};

    ReportDatabase()
    {
        backend = orDie(Backend::open(dir.filePath(QStringLiteral("reports.sqlite3")),
                                      OpenMode::ReadWrite, clock));
        InstitutionProfile profile;
        profile.name = QStringLiteral("基准证券股份有限公司");
        const Actor admin =
            orDie(backend->operators().createFirstAdministrator(profile, {QStringLiteral("admin"),
                                                                          QStringLiteral("管理员"),
                                                                          QStringLiteral("1000"),
                                                                          {Role::Administrator}}));
        orDie(backend->database().write([&]() -> Status {
            NewIncident n;
            n.title = QStringLiteral("集中交易系统委托失败");
            n.faultType = QStringLiteral("trading_outage");
            n.affectedSystems = QStringLiteral("集中交易系统、交易网关");
            n.description = QStringLiteral("09:41 起部分营业部客户委托失败，10:35 全部恢复。");
            n.detectedAt = clock.now().addSecs(-3600);
            n.facts = {{QStringLiteral("institution_type"), QStringLiteral("securities")},
                       {QStringLiteral("system"), QStringLiteral("centralized_trading")}};
            incidentId = orDie(backend->incidents().declare(admin, n));
            orDie(backend->incidents().setGrade(admin, incidentId, QStringLiteral("III"),
                                                QStringLiteral("csrc-2012@1"),
                                                QStringLiteral("bench"), {}, n.detectedAt));
            for (int i = 0; i < TimelineEntries; ++i) {
                clock.advanceSecs(7);
                orDie(backend->incidents().addNote(
                    admin, incidentId,
                    QStringLiteral("第%1条：交易网关 %2 切换至备用线路，检查委托回报并通知营业部")
                        .arg(i + 1)
                        .arg(i % 40)));
            }
            return {};
        }));
        summary = orDie(backend->reports().get(QStringLiteral("incident_summary")));
    }

    QVariantMap context()
    {
        return orDie(ReportContexts::build(*backend, ContextKind::Incident, incidentId, author,
                                           QStringLiteral("zh_CN")));
    }
};

ReportDatabase &database()
{
    static ReportDatabase db;
    return db;
}

void finish(benchmark::State &state, int pages, const QString &path)
{
    state.counters["entries"] = TimelineEntries;
    state.counters["pages"] = pages;
    state.counters["kB"] = double(QFileInfo(path).size()) / 1024.0;
    state.SetLabel("target 500 ms");
}

// What the issue times: the template rendered against the context, then the PDF written.
void BM_IncidentSummary500ToPdf(benchmark::State &state)
{
    ReportDatabase &db = database();
    const QVariantMap context = db.context();
    const int entries = int(context.value(QStringLiteral("timeline")).toList().size());
    if (entries < TimelineEntries) {
        state.SkipWithError("the timeline lacks entries");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    int pages = 0;
    for (auto _ : state) {
        const RenderedReport report = orDie(ReportEngine::render(db.summary, context));
        pages = orDie(ReportWriter::writePdf(report, path));
    }
    finish(state, pages, path);
}
BENCHMARK(BM_IncidentSummary500ToPdf)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same with the context read from the database first.
void BM_IncidentSummary500ToPdfWithContext(benchmark::State &state)
{
    ReportDatabase &db = database();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    int pages = 0;
    for (auto _ : state) {
        const RenderedReport report = orDie(ReportEngine::render(db.summary, db.context()));
        pages = orDie(ReportWriter::writePdf(report, path));
    }
    finish(state, pages, path);
}
BENCHMARK(BM_IncidentSummary500ToPdfWithContext)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The other outputs of the same report, for comparison.
void BM_IncidentSummary500OtherForms(benchmark::State &state)
{
    ReportDatabase &db = database();
    const RenderedReport report = orDie(ReportEngine::render(db.summary, db.context()));
    QTemporaryDir dir;
    for (auto _ : state) {
        orDie(ReportWriter::writeOdt(report, dir.filePath(QStringLiteral("summary.odt"))));
        orDie(ReportWriter::writeHtml(report, dir.filePath(QStringLiteral("summary.html"))));
        orDie(ReportWriter::writeText(report, dir.filePath(QStringLiteral("summary.txt"))));
    }
    state.counters["entries"] = TimelineEntries;
}
BENCHMARK(BM_IncidentSummary500OtherForms)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
