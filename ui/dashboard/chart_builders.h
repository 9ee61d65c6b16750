#pragma once

#include "dashboard/dashboard_stats.h"
#include "grading/rule_set.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QChart;

namespace dd {
namespace ui {

// Fills a QChart with one series of the dashboard statistics. Every call replaces what the
// chart showed (series and axes); texts are in the current language.
class ChartBuilders {
    Q_DECLARE_TR_FUNCTIONS(dd::ui::ChartBuilders)
public:
    // Stacked bars per month: one set per grade of the rule set in force (its colours), not
    // graded, and warnings.
    static void incidents(QChart *chart, const QList<MonthCounts> &months,
                          const QList<GradeLevel> &grades, const QString &language);
    // Mean and 90th percentile of the time to recover (hours) per quarter, as lines.
    static void recovery(QChart *chart, const QList<QuarterRecovery> &quarters);
    // Reports on time vs late per quarter, stacked bars.
    static void timeliness(QChart *chart, const QList<QuarterTimeliness> &quarters);
    // Completed and planned drills per half-year, stacked, against the line at one.
    static void drills(QChart *chart, const QList<HalfYearDrills> &halves);
    // Open and overdue improvement actions at each month end, lines.
    static void actions(QChart *chart, const QList<ActionsPoint> &points);

    // Month labels that fit: every month for a year, then fewer (unique, as categories must be).
    static QStringList monthLabels(const QList<QDate> &months);

    // The chart's legend as rich text for a wrapped label under it (the chart's own legend
    // cuts long names off): per series a glyph in its colour and pattern, and its name.
    static QString legendHtml(const QChart *chart);

    // Common look: no animation, compact margins, legend at the bottom, small fonts.
    static void style(QChart *chart);
};

} // namespace ui
} // namespace dd
