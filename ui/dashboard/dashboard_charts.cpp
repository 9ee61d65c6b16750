#include "dashboard/dashboard_charts.h"

#include "app/backend.h"
#include "dashboard/chart_builders.h"
#include "i18n/language.h"
#include "shell/ui_context.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

constexpr int WideColumns = 5;   // all charts in one row from this width on
constexpr int NarrowColumns = 3; // else three and two
constexpr int WideFromPixels = 1300;

QString rangeKey(ChartData::Kind kind)
{
    return QStringLiteral("dashboard/range%1").arg(int(kind));
}

QList<ChartData> runJob(const QString &path, const QTimeZone &zone, bool drills,
                        const QList<ChartData> &requests, const QDate &today)
{
    QList<ChartData> results;
    // A connection belongs to the thread that opened it: this job opens its own, read-only.
    auto db = Database::open(path, OpenMode::ReadOnly);
    for (const ChartData &request : requests) {
        ChartData data;
        if (!db) {
            data = request;
            data.error = db.error();
        } else {
            const DashboardStats stats(**db, zone, drills);
            data = computeChart(stats, request.kind, request.range, today);
        }
        data.generation = request.generation;
        results << data;
    }
    return results;
}

} // namespace

ChartData computeChart(const DashboardStats &stats, ChartData::Kind kind, StatsRange range,
                       const QDate &today)
{
    ChartData data;
    data.kind = kind;
    data.range = range;
    data.period = statsPeriod(range, today);
    const auto take = [&data](auto result, auto &into) {
        if (result)
            into = *result;
        else
            data.error = result.error();
    };
    switch (kind) {
    case ChartData::Incidents: take(stats.incidentsByMonth(data.period), data.months); break;
    case ChartData::Recovery: take(stats.recoveryByQuarter(data.period), data.recovery); break;
    case ChartData::Timeliness: take(stats.reportTimeliness(data.period), data.timeliness); break;
    case ChartData::Drills: take(stats.drillsByHalfYear(data.period), data.drills); break;
    case ChartData::Actions: take(stats.openActions(data.period), data.actions); break;
    case ChartData::KindCount: break;
    }
    return data;
}

DashboardCharts::DashboardCharts(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_zone(8 * 3600)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("dashboardCharts"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    const QStringList names = {QStringLiteral("incidentsChart"), QStringLiteral("recoveryChart"),
                               QStringLiteral("timelinessChart"), QStringLiteral("drillsChart"),
                               QStringLiteral("actionsChart")};
    const StatsRange defaults[] = {StatsRange::Last12Months, StatsRange::Last24Months,
                                   StatsRange::Last24Months, StatsRange::Last5Years,
                                   StatsRange::Last12Months};
    for (int k = 0; k < ChartData::KindCount; ++k) {
        Slot &slot = m_slots[k];
        slot.box = new QWidget(this);
        slot.box->setObjectName(names.at(k));
        slot.title = new QLabel(slot.box);
        QFont bold = slot.title->font();
        bold.setBold(true);
        slot.title->setFont(bold);
        slot.title->setWordWrap(true);
        slot.range = new QComboBox(slot.box);
        slot.range->setObjectName(names.at(k) + QStringLiteral("Range"));
        for (StatsRange r : allStatsRanges())
            slot.range->addItem(QString(), int(r));
        StatsRange initial = defaults[k];
        if (!m_context.readOnly) {
            const QVariant saved = QSettings().value(rangeKey(ChartData::Kind(k)));
            if (saved.isValid() && allStatsRanges().contains(StatsRange(saved.toInt())))
                initial = StatsRange(saved.toInt());
        }
        slot.range->setCurrentIndex(int(allStatsRanges().indexOf(initial)));
        auto *chart = new QChart;
        ChartBuilders::style(chart);
        chart->legend()->hide(); // the label below says it in full (ChartBuilders::legendHtml)
        slot.legend = new QLabel(slot.box);
        slot.legend->setObjectName(names.at(k) + QStringLiteral("Legend"));
        slot.legend->setWordWrap(true);
        slot.legend->setTextFormat(Qt::RichText);
        QFont small = slot.legend->font();
        small.setPointSizeF(std::max(6.5, small.pointSizeF() * 0.8));
        slot.legend->setFont(small);
        slot.view = new QChartView(chart, slot.box);
        slot.view->setRenderHint(QPainter::Antialiasing);
        slot.view->setMinimumSize(160, 110);
        auto *head = new QHBoxLayout;
        head->addWidget(slot.title, 1);
        head->addWidget(slot.range);
        auto *layout = new QVBoxLayout(slot.box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addLayout(head);
        layout->addWidget(slot.view, 1);
        layout->addWidget(slot.legend);
        slot.box->installEventFilter(this); // the legend's height follows the box's width
        const auto kind = ChartData::Kind(k);
        m_data[k].kind = kind;
        connect(slot.range, &QComboBox::currentIndexChanged, this, [this, kind] {
            if (!m_context.readOnly)
                QSettings().setValue(rangeKey(kind), int(range(kind)));
            start({kind});
        });
    }
    retranslateUi();
    relayout();
}

DashboardCharts::~DashboardCharts()
{
    // Jobs hold no pointer to this widget; wait so that no thread outlives the page.
    for (auto *watcher : std::as_const(m_watchers))
        watcher->waitForFinished();
}

void DashboardCharts::setDisplay(const QTimeZone &zone, const QList<GradeLevel> &grades)
{
    m_zone = zone;
    m_grades = grades;
}

StatsRange DashboardCharts::range(ChartData::Kind kind) const
{
    return StatsRange(m_slots[kind].range->currentData().toInt());
}

void DashboardCharts::setRange(ChartData::Kind kind, StatsRange range)
{
    m_slots[kind].range->setCurrentIndex(int(allStatsRanges().indexOf(range)));
}

QChart *DashboardCharts::chart(ChartData::Kind kind) const
{
    return m_slots[kind].view->chart();
}

void DashboardCharts::reload()
{
    start({ChartData::Incidents, ChartData::Recovery, ChartData::Timeliness, ChartData::Drills,
           ChartData::Actions});
}

void DashboardCharts::reloadNow()
{
    const QDate today = m_context.backend.clock().now().toTimeZone(m_zone).date();
    const DashboardStats stats(m_context.backend.database(), m_zone, m_context.drillMode());
    for (int k = 0; k < ChartData::KindCount; ++k) {
        const auto kind = ChartData::Kind(k);
        ChartData data = computeChart(stats, kind, range(kind), today);
        data.generation = ++m_generation[k];
        show(data);
    }
}

void DashboardCharts::start(const QList<ChartData::Kind> &kinds)
{
    QList<ChartData> requests;
    for (ChartData::Kind kind : kinds) {
        ChartData request;
        request.kind = kind;
        request.range = range(kind);
        request.generation = ++m_generation[kind];
        requests << request;
    }
    const QString path = m_context.backend.database().path();
    const QDate today = m_context.backend.clock().now().toTimeZone(m_zone).date();
    auto *watcher = new QFutureWatcher<QList<ChartData>>(this);
    connect(watcher, &QFutureWatcher<QList<ChartData>>::finished, this,
            [this, watcher] { finished(watcher); });
    m_watchers << watcher;
    ++m_running;
    watcher->setFuture(
        QtConcurrent::run(runJob, path, m_zone, m_context.drillMode(), requests, today));
}

void DashboardCharts::finished(QFutureWatcher<QList<ChartData>> *watcher)
{
    if (!m_watchers.removeOne(watcher))
        return; // already taken by waitUntilLoaded()
    --m_running;
    const QList<ChartData> results = watcher->result();
    watcher->deleteLater();
    for (const ChartData &data : results)
        if (data.generation == m_generation[data.kind]) // else a newer request is on its way
            show(data);
    if (m_running == 0)
        emit loaded();
}

void DashboardCharts::waitUntilLoaded()
{
    while (!m_watchers.isEmpty()) {
        QFutureWatcher<QList<ChartData>> *watcher = m_watchers.first();
        watcher->waitForFinished();
        finished(watcher);
    }
}

void DashboardCharts::show(const ChartData &data)
{
    m_data[data.kind] = data;
    build(data.kind);
}

void DashboardCharts::build(ChartData::Kind kind)
{
    const ChartData &data = m_data[kind];
    QChart *chart = m_slots[kind].view->chart();
    switch (kind) {
    case ChartData::Incidents:
        ChartBuilders::incidents(chart, data.months, m_grades, m_context.language.current());
        break;
    case ChartData::Recovery: ChartBuilders::recovery(chart, data.recovery); break;
    case ChartData::Timeliness: ChartBuilders::timeliness(chart, data.timeliness); break;
    case ChartData::Drills: ChartBuilders::drills(chart, data.drills); break;
    case ChartData::Actions: ChartBuilders::actions(chart, data.actions); break;
    case ChartData::KindCount: break;
    }
    m_slots[kind].legend->setText(ChartBuilders::legendHtml(chart));
    fitLegend(m_slots[kind]);
    m_slots[kind].view->setToolTip(data.error);
    chart->setTitle(data.error.isEmpty() ? QString() : tr("Cannot compute: %1").arg(data.error));
}

void DashboardCharts::relayout()
{
    const int columns = width() >= WideFromPixels ? WideColumns : NarrowColumns;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const Slot &slot : m_slots)
        m_grid->removeWidget(slot.box);
    for (int k = 0; k < ChartData::KindCount; ++k)
        m_grid->addWidget(m_slots[k].box, k / columns, k % columns);
    for (int c = 0; c < WideColumns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int r = 0; r < 2; ++r)
        m_grid->setRowStretch(r, r < (ChartData::KindCount + columns - 1) / columns ? 1 : 0);
}

void DashboardCharts::fitLegend(const Slot &slot)
{
    // A wrapped label in a grid is not given the height its lines need: set it.
    const int height = slot.legend->heightForWidth(slot.box->width());
    if (height > 0 && height != slot.legend->height())
        slot.legend->setFixedHeight(height);
}

bool DashboardCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        for (const Slot &slot : m_slots)
            if (slot.box == watched)
                fitLegend(slot);
    return QWidget::eventFilter(watched, event);
}

void DashboardCharts::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void DashboardCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (int k = 0; k < ChartData::KindCount; ++k)
            build(ChartData::Kind(k));
    }
    QWidget::changeEvent(event);
}

void DashboardCharts::retranslateUi()
{
    m_slots[ChartData::Incidents].title->setText(tr("Incidents per month by grade"));
    m_slots[ChartData::Recovery].title->setText(tr("Time to recover per quarter"));
    m_slots[ChartData::Timeliness].title->setText(tr("Reports on time vs late"));
    m_slots[ChartData::Drills].title->setText(tr("Drills per half-year"));
    m_slots[ChartData::Actions].title->setText(tr("Open improvement actions"));
    const QList<StatsRange> ranges = allStatsRanges();
    for (const Slot &slot : m_slots) {
        const QSignalBlocker blocker(slot.range);
        for (int i = 0; i < ranges.size() && i < slot.range->count(); ++i)
            slot.range->setItemText(i, statsRangeName(ranges.at(i)));
        slot.range->setToolTip(tr("The period the chart shows"));
    }
}

} // namespace ui
} // namespace dd
