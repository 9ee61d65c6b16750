#pragma once

#include "dashboard/dashboard_stats.h"
#include "grading/rule_set.h"

#include <QFutureWatcher>
#include <QList>
#include <QTimeZone>
#include <QWidget>

#include <array>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;

namespace dd {
namespace ui {

struct UiContext;

// What one chart shows, computed by DashboardStats for one period (off the UI thread).
struct ChartData {
    enum Kind { Incidents, Recovery, Timeliness, Drills, Actions, KindCount };
    Kind kind = Incidents;
    StatsRange range = StatsRange::Last12Months;
    StatsPeriod period;
    QList<MonthCounts> months;
    QList<QuarterRecovery> recovery;
    QList<QuarterTimeliness> timeliness;
    QList<HalfYearDrills> drills;
    QList<ActionsPoint> actions;
    QString error;
    quint64 generation = 0;
};

// Computes the charts asked for on `stats` (any thread that owns the connection).
ChartData computeChart(const DashboardStats &stats, ChartData::Kind kind, StatsRange range,
                       const QDate &today);

// The dashboard's trend charts (QtCharts), each with its own period selector: incidents per
// month by grade, time to recover per quarter, report timeliness per quarter, drills per
// half-year against the one-per-half-year line, open improvement actions over time.
//
// The aggregate queries run in a worker thread (QtConcurrent) on a read-only connection the
// job opens itself; results come back through QFutureWatcher and a newer request for the same
// chart supersedes an older one. reloadNow() computes on the calling thread instead (used for
// the first load of a read-only window, e.g. dutydesk --screenshot, so the picture is filled).
class DashboardCharts : public QWidget {
    Q_OBJECT
public:
    DashboardCharts(UiContext &context, QWidget *parent = nullptr);
    ~DashboardCharts() override;

    // The institution's time zone (periods are its days) and the grades of the rule set in
    // force (names and colours of the incident chart).
    void setDisplay(const QTimeZone &zone, const QList<GradeLevel> &grades);
    // Recomputes every chart in the background.
    void reload();
    // Recomputes every chart now, on this thread's own connection.
    void reloadNow();
    bool isLoading() const { return m_running > 0; }
    // Blocks until every running job finished and shows its results.
    void waitUntilLoaded();

    StatsRange range(ChartData::Kind kind) const;
    void setRange(ChartData::Kind kind, StatsRange range);
    QChart *chart(ChartData::Kind kind) const;
    const ChartData &data(ChartData::Kind kind) const { return m_data[kind]; }

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Slot {
        QWidget *box = nullptr;
        QLabel *title = nullptr;
        QComboBox *range = nullptr;
        QChartView *view = nullptr;
        QLabel *legend = nullptr;
    };

    void start(const QList<ChartData::Kind> &kinds);
    void finished(QFutureWatcher<QList<ChartData>> *watcher);
    void show(const ChartData &data);
    void build(ChartData::Kind kind);
    void relayout();
    void fitLegend(const Slot &slot);
    void retranslateUi();

    UiContext &m_context;
    QTimeZone m_zone;
    QList<GradeLevel> m_grades;
    std::array<Slot, ChartData::KindCount> m_slots;
    std::array<ChartData, ChartData::KindCount> m_data;
    std::array<quint64, ChartData::KindCount> m_generation{};
    QList<QFutureWatcher<QList<ChartData>> *> m_watchers;
    int m_running = 0;
    int m_columns = 0;
    QGridLayout *m_grid;
};

} // namespace ui
} // namespace dd
