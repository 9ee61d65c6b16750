#include "dashboard/chart_builders.h"

#include "incidents/incident_format.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dd {
namespace ui {

namespace {

const QColor OnTimeColour(0x2e, 0x7d, 0x32);
const QColor LateColour(0xb3, 0x26, 0x1e);
const QColor PlannedColour(0x9e, 0xc5, 0xe8);
const QColor CompletedColour(0x1f, 0x5f, 0xbf);
const QColor NoneColour(0x9e, 0x9e, 0x9e);
const QColor WarningColour(0xf2, 0xc1, 0x4e);

void clear(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QFont smallFont()
{
    QFont f;
    f.setPointSizeF(std::max(6.5, f.pointSizeF() * 0.8));
    return f;
}

// Attaches a category axis (x) and a value axis from 0 to a round maximum (y).
void axes(QChart *chart, const QStringList &categories, double maximum, bool integers)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsFont(smallFont());
    x->setLabelsAngle(categories.size() > 6 ? -90 : 0);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setLabelsFont(smallFont());
    double top = std::max(1.0, maximum);
    top = integers ? std::ceil(top * 1.15) : std::ceil(top * 1.15 * 10) / 10;
    y->setRange(0, top);
    if (integers) {
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setTickCount(int(std::min(top, 5.0)) + 1);
    } else {
        y->setTickCount(5);
        y->setLabelFormat(QStringLiteral("%.1f"));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

QString quarterLabel(int year, int quarter)
{
    //: A quarter on a chart axis: %1 the two-digit year, %2 the quarter (1-4), e.g. "26 Q1".
    return ChartBuilders::tr("%1 Q%2").arg(year % 100, 2, 10, QLatin1Char('0')).arg(quarter);
}

QString halfYearLabel(int year, int half)
{
    //: A half-year on a chart axis: %1 the year, %2 the half (1 or 2), e.g. "2026 H1".
    return ChartBuilders::tr("%1 H%2").arg(year).arg(half);
}

// A bar set told apart by its pattern as well as its colour (for readers who cannot tell
// the colours apart and for grey-scale prints).
void pattern(QBarSet *set, Qt::BrushStyle style)
{
    if (style == Qt::SolidPattern)
        return;
    QBrush brush(set->color(), style);
    set->setBrush(brush);
}

QLineSeries *line(const QString &name, const QColor &colour, qreal width,
                  Qt::PenStyle style = Qt::SolidLine)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(colour);
    pen.setWidthF(width);
    pen.setStyle(style);
    series->setPen(pen);
    series->setPointsVisible(true);
    return series;
}

QBarSet *barSet(const QString &name, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour.darker(120));
    return set;
}

} // namespace

QString ChartBuilders::legendHtml(const QChart *chart)
{
    // A glyph per series that repeats its pattern (solid, hatched, dotted; solid or dashed
    // line) in its colour, then its name: the meaning is in the words, the pattern and the
    // colour, and the text wraps instead of being cut off.
    const auto entry = [](const QString &glyph, const QColor &colour, const QString &name) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
            .arg(colour.name(), glyph,
                 name.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;")));
    };
    QStringList entries;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                QString glyph = QStringLiteral("■");
                if (set->brush().style() == Qt::BDiagPattern)
                    glyph = QStringLiteral("▨");
                else if (set->brush().style() == Qt::Dense4Pattern)
                    glyph = QStringLiteral("▒");
                entries << entry(glyph, set->color(), set->label());
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            const QString glyph =
                line->pen().style() == Qt::SolidLine ? QStringLiteral("━━") : QStringLiteral("╍╍");
            entries << entry(glyph, line->pen().color(), line->name());
        }
    }
    return entries.join(QStringLiteral(" &nbsp; "));
}

void ChartBuilders::style(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(smallFont());
}

QStringList ChartBuilders::monthLabels(const QList<QDate> &months)
{
    QStringList labels;
    for (int i = 0; i < months.size(); ++i) {
        const QDate &m = months.at(i);
        QString label;
        if (months.size() <= 12)
            label = QString::number(m.month());
        else if (months.size() <= 24)
            label = (i % 3 == 0) ? m.toString(QStringLiteral("yy-MM")) : QString();
        else
            label = (m.month() == 1 || i == 0) ? QString::number(m.year()) : QString();
        // Categories must differ: unlabelled ones are distinct runs of zero-width spaces.
        if (label.isEmpty() || labels.contains(label))
            label = QString(i + 1, QChar(0x200B));
        labels << label;
    }
    return labels;
}

void ChartBuilders::incidents(QChart *chart, const QList<MonthCounts> &months,
                              const QList<GradeLevel> &grades, const QString &language)
{
    clear(chart);
    QList<GradeLevel> levels = grades;
    std::sort(levels.begin(), levels.end(),
              [](const GradeLevel &a, const GradeLevel &b) { return a.rank > b.rank; });
    if (levels.isEmpty()) {
        // No rule set in force: the four grades of the measures, named as in the shipped sets.
        const struct {
            const char *id;
            const char *zh;
            const char *en;
            const char *colour;
        } standard[] = {{"I", "特别重大", "Especially major", "#C00000"},
                        {"II", "重大", "Major", "#E46C0A"},
                        {"III", "较大", "Large", "#D4A017"},
                        {"IV", "一般", "General", "#1F5FBF"}};
        int rank = 4;
        for (const auto &g : standard) {
            GradeLevel level;
            level.id = QString::fromLatin1(g.id);
            level.name = {QString::fromUtf8(g.zh), QString::fromLatin1(g.en)};
            level.colour = QString::fromLatin1(g.colour);
            level.rank = rank--;
            levels << level;
        }
    }
    auto *series = new QStackedBarSeries;
    QList<int> totals(months.size(), 0);
    for (const GradeLevel &level : std::as_const(levels)) {
        // The legend names each grade in words ("III 较大" / "III Large"), not by its id alone.
        QBarSet *set = barSet(IncidentFormat::grade(level.id, &level, language),
                              gradeColour(level.colour.isEmpty() ? nullptr : &level));
        for (int i = 0; i < months.size(); ++i) {
            const int n = months.at(i).byGrade.value(level.id);
            *set << n;
            totals[i] += n;
        }
        series->append(set);
    }
    QBarSet *none = barSet(tr("Not graded"), NoneColour);
    QBarSet *warnings = barSet(tr("Warnings"), WarningColour);
    for (int i = 0; i < months.size(); ++i) {
        *none << months.at(i).byGrade.value(QStringLiteral("none"));
        *warnings << months.at(i).warnings;
        totals[i] += months.at(i).byGrade.value(QStringLiteral("none")) + months.at(i).warnings;
    }
    series->append(none);
    series->append(warnings);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    QList<QDate> dates;
    for (const MonthCounts &m : months)
        dates << m.month;
    const int top = totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end());
    axes(chart, monthLabels(dates), top, true);
}

void ChartBuilders::recovery(QChart *chart, const QList<QuarterRecovery> &quarters)
{
    clear(chart);
    QLineSeries *mean = line(tr("Mean (h)"), QColor(0x1f, 0x5f, 0xbf), 2.5);
    QLineSeries *p90 = line(tr("90th percentile (h)"), QColor(0xc0, 0x00, 0x00), 2.0, Qt::DashLine);
    QStringList labels;
    double top = 0;
    for (int i = 0; i < quarters.size(); ++i) {
        const QuarterRecovery &q = quarters.at(i);
        mean->append(i, q.meanMinutes / 60.0);
        p90->append(i, q.p90Minutes / 60.0);
        top = std::max(top, q.p90Minutes / 60.0);
        labels << quarterLabel(q.year, q.quarter);
    }
    chart->addSeries(mean);
    chart->addSeries(p90);
    axes(chart, labels, top, false);
}

void ChartBuilders::timeliness(QChart *chart, const QList<QuarterTimeliness> &quarters)
{
    clear(chart);
    auto *series = new QStackedBarSeries;
    // Late bars are hatched: the legend and the bars say which is which without colour.
    QBarSet *onTime = barSet(tr("On time"), OnTimeColour);
    QBarSet *late = barSet(tr("Late"), LateColour);
    pattern(late, Qt::BDiagPattern);
    QStringList labels;
    int top = 0;
    for (const QuarterTimeliness &q : quarters) {
        *onTime << q.onTime;
        *late << q.late;
        top = std::max(top, q.onTime + q.late);
        labels << quarterLabel(q.year, q.quarter);
    }
    series->append(onTime);
    series->append(late);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    axes(chart, labels, top, true);
}

void ChartBuilders::drills(QChart *chart, const QList<HalfYearDrills> &halves)
{
    clear(chart);
    auto *series = new QStackedBarSeries;
    // Planned drills are dotted: not yet held, told apart from completed ones without colour.
    QBarSet *completed = barSet(tr("Completed"), CompletedColour);
    QBarSet *planned = barSet(tr("Planned, not yet held"), PlannedColour.darker(115));
    pattern(planned, Qt::Dense4Pattern);
    QStringList labels;
    int top = 1;
    for (const HalfYearDrills &h : halves) {
        *completed << h.completed;
        *planned << h.planned;
        top = std::max(top, h.completed + h.planned);
        labels << halfYearLabel(h.year, h.half);
    }
    series->append(completed);
    series->append(planned);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    QLineSeries *required =
        line(tr("Required: 1 per half-year"), QColor(0xc0, 0x00, 0x00), 2.0, Qt::DashLine);
    required->setPointsVisible(false);
    required->append(-0.5, 1);
    required->append(qreal(halves.size()) - 0.5, 1);
    chart->addSeries(required);
    axes(chart, labels, top, true);
}

void ChartBuilders::actions(QChart *chart, const QList<ActionsPoint> &points)
{
    clear(chart);
    QLineSeries *open = line(tr("Open"), QColor(0x1f, 0x5f, 0xbf), 2.5);
    QLineSeries *overdue = line(tr("Overdue"), QColor(0xb3, 0x26, 0x1e), 2.0, Qt::DashLine);
    QList<QDate> dates;
    int top = 0;
    for (int i = 0; i < points.size(); ++i) {
        open->append(i, points.at(i).open);
        overdue->append(i, points.at(i).overdue);
        top = std::max(top, points.at(i).open);
        dates << points.at(i).date;
    }
    chart->addSeries(open);
    chart->addSeries(overdue);
    axes(chart, monthLabels(dates), top, true);
}

} // namespace ui
} // namespace dd
