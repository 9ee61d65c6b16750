#include "dashboard/chart_builders.h"
#include "dashboard/dashboard_charts.h"
#include "dashboard/dashboard_page.h"
#include "dashboard/open_incidents_panel.h"
#include "dashboard/readiness_summary.h"
#include "dashboard/status_banner.h"
#include "readiness/readiness_evaluator.h"
#include "test_incidents_fixture.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

struct Navigation {
    QList<std::pair<QString, QString>> calls;
    void attach(UiContext &context)
    {
        context.navigate = [this](const QString &page, const QString &target) {
            calls.append({page, target});
            return true;
        };
    }
};

QTableWidget *incidentTable(DashboardPage &page)
{
    return page.openIncidents()->table();
}

} // namespace

TEST(DashboardPage, DeclaredIncidentAppearsWithinOneEventLoopTurn)
{
    test::IncidentUi f;
    DashboardPage page(f.context);
    EXPECT_EQ(incidentTable(page)->rowCount(), 0);
    EXPECT_EQ(page.statusBanner()->level(), StatusBanner::Level::Normal);

    const qint64 id = f.declareOutage(QStringLiteral("集中交易系统中断"), QStringLiteral("10:05"));
    ASSERT_GT(id, 0);
    QCoreApplication::processEvents();

    ASSERT_EQ(incidentTable(page)->rowCount(), 1);
    EXPECT_TRUE(incidentTable(page)
                    ->item(0, OpenIncidentsPanel::IncidentColumn)
                    ->text()
                    .contains(QStringLiteral("集中交易系统中断")));
    EXPECT_EQ(page.openIncidents()->rows().first().id, id);
    EXPECT_EQ(page.statusBanner()->level(), StatusBanner::Level::Incident);
    EXPECT_TRUE(page.statusBanner()->headline().contains(QStringLiteral("Incident in progress")));
}

TEST(DashboardPage, ManyCommitsRefreshOnce)
{
    test::IncidentUi f;
    DashboardPage page(f.context);
    f.declareOutage(QStringLiteral("A"), QStringLiteral("10:05"));
    f.declareOutage(QStringLiteral("B"), QStringLiteral("10:06"));
    EXPECT_EQ(incidentTable(page)->rowCount(), 0); // nothing synchronously
    QCoreApplication::processEvents();
    EXPECT_EQ(incidentTable(page)->rowCount(), 2);
}

TEST(DashboardPage, ObligationTurnsRedWhenTheClockPassesItsDeadline)
{
    test::IncidentUi f;
    const qint64 id = f.declareOutage(QStringLiteral("行情中断"), QStringLiteral("10:05"));
    ASSERT_GT(id, 0);
    DashboardPage page(f.context);
    page.resize(1400, 900);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_EQ(incidentTable(page)->rowCount(), 1);
    const OpenIncidentRow row = page.openIncidents()->rows().first();
    ASSERT_TRUE(row.nextDue.isValid());
    QTableWidgetItem *countdown = incidentTable(page)->item(0, OpenIncidentsPanel::CountdownColumn);
    EXPECT_FALSE(countdown->text().contains(QStringLiteral("overdue")));
    EXPECT_FALSE(countdown->foreground().color() == QColor(0xb3, 0x26, 0x1e));
    EXPECT_TRUE(page.countdownTimer()->isActive());

    f.backend.clock().set(row.nextDue.addSecs(90));
    // The display tick (one timer for every countdown) rewrites the times.
    QSignalSpy ticks(page.countdownTimer(), &QTimer::timeout);
    ASSERT_TRUE(ticks.wait(3000));
    countdown = incidentTable(page)->item(0, OpenIncidentsPanel::CountdownColumn);
    EXPECT_TRUE(countdown->text().contains(QStringLiteral("overdue")))
        << countdown->text().toStdString();
    EXPECT_EQ(countdown->foreground().color(), QColor(0xb3, 0x26, 0x1e));
    EXPECT_TRUE(page.statusBanner()
                    ->findChild<QLabel *>(QStringLiteral("statusDetail"))
                    ->text()
                    .contains(QStringLiteral("overdue")));
}

TEST(DashboardPage, DoubleClickOpensTheIncident)
{
    test::IncidentUi f;
    Navigation navigation;
    navigation.attach(f.context);
    const qint64 id = f.declareOutage(QStringLiteral("网关中断"), QStringLiteral("10:05"));
    DashboardPage page(f.context);
    page.resize(1400, 900);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QTableWidget *table = incidentTable(page);
    ASSERT_EQ(table->rowCount(), 1);
    const QRect cell = table->visualItemRect(table->item(0, OpenIncidentsPanel::IncidentColumn));
    // A double-click as the view sees it: a press that sets the pressed index, then the
    // double-click on the same cell.
    QTest::mousePress(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_FALSE(navigation.calls.isEmpty());
    EXPECT_EQ(navigation.calls.first().first, QStringLiteral("incidents"));
    EXPECT_EQ(navigation.calls.first().second, QString::number(id));
}

TEST(DashboardPage, ReadinessRowOpensWhereItIsFixed)
{
    test::IncidentUi f;
    Navigation navigation;
    navigation.attach(f.context);
    DashboardPage page(f.context);
    page.resize(1400, 900);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.waitUntilLoaded();
    QListWidget *list = page.readiness()->list();
    const QList<ReadinessCheck> &shown = page.readiness()->shownChecks();
    // A new database fails checks (no roster, no drills): the worst come first.
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_EQ(shown.first().status, CheckStatus::Failing);
    int row = -1;
    for (int i = 0; i < shown.size(); ++i)
        if (!shown.at(i).fixPage.isEmpty()) {
            row = i;
            break;
        }
    ASSERT_GE(row, 0);
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_EQ(navigation.calls.size(), 1);
    EXPECT_EQ(navigation.calls.first().first, shown.at(row).fixPage);
    EXPECT_EQ(navigation.calls.first().second, shown.at(row).fixTarget);
}

TEST(DashboardPage, ReadOnlyDisablesActionsAndLoadsChartsAtOnce)
{
    test::IncidentUi f;
    f.context.readOnly = true;
    DashboardPage page(f.context);
    EXPECT_FALSE(page.declareButton()->isEnabled());
    EXPECT_FALSE(page.warningButton()->isEnabled());
    EXPECT_TRUE(page.rosterButton()->isEnabled());
    EXPECT_FALSE(page.isLoading());
    EXPECT_FALSE(page.charts()->data(ChartData::Incidents).months.isEmpty());
}

TEST(DashboardPage, ChartsLoadInTheBackground)
{
    test::IncidentUi f;
    f.declareOutage(QStringLiteral("A"), QStringLiteral("10:05"));
    DashboardPage page(f.context);
    page.waitUntilLoaded();
    EXPECT_FALSE(page.isLoading());
    const ChartData &months = page.charts()->data(ChartData::Incidents);
    EXPECT_TRUE(months.error.isEmpty()) << months.error.toStdString();
    ASSERT_EQ(months.months.size(), 12);
    int total = 0;
    for (const MonthCounts &m : months.months)
        for (int n : m.byGrade)
            total += n;
    EXPECT_EQ(total, 1);
    // Another period: a job of its own, and loaded() when it is done.
    QSignalSpy loaded(&page, &DashboardPage::loaded);
    page.charts()->setRange(ChartData::Incidents, StatsRange::Last24Months);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(page.charts()->data(ChartData::Incidents).months.size(), 24);
}

TEST(DashboardPage, Retranslates)
{
    test::IncidentUi f;
    DashboardPage page(f.context);
    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QCoreApplication::processEvents();
    EXPECT_TRUE(page.declareButton()->text().startsWith(QStringLiteral("⟦")));
    EXPECT_TRUE(page.statusBanner()->headline().startsWith(QStringLiteral("⟦")));
    QCoreApplication::removeTranslator(&pseudo);
    QCoreApplication::processEvents();
    EXPECT_FALSE(page.declareButton()->text().startsWith(QStringLiteral("⟦")));
}

TEST(DashboardPage, HasNoWakeUpTimerAndFollowsTheTickThroughTheChangeFeed)
{
    test::IncidentUi f;
    const qint64 id = f.declareOutage(QStringLiteral("行情中断"), QStringLiteral("10:05"));
    ASSERT_GT(id, 0);
    DashboardPage page(f.context);
    page.waitUntilLoaded();
    // One wake-up timer in the app (the incidents page's); the dashboard's only timers are the
    // refresh coalescer and the display tick.
    for (QTimer *timer : page.findChildren<QTimer *>())
        EXPECT_NE(timer->objectName(), QStringLiteral("wakeTimer"));
    const int evaluations = page.readinessEvaluator()->started();
    // What the incidents page's tick writes reaches the dashboard through the change feed.
    f.backend.clock().advanceSecs(6 * 3600);
    QSignalSpy commits(&f.backend->database().changes(), &ChangeFeed::committed);
    ASSERT_TRUE(f.backend->incidentService().tick().ok());
    ASSERT_GT(commits.count(), 0); // the tick recorded what rose or what escalation is due
    QCoreApplication::processEvents();
    page.waitUntilLoaded();
    ASSERT_EQ(incidentTable(page)->rowCount(), 1);
    EXPECT_TRUE(incidentTable(page)
                    ->item(0, OpenIncidentsPanel::CountdownColumn)
                    ->text()
                    .contains(QStringLiteral("overdue")));
    // An incident being handled does not re-run the readiness checks.
    EXPECT_EQ(page.readinessEvaluator()->started(), evaluations);
}

TEST(DashboardPage, ReadinessIsEvaluatedOffTheUiThreadAndCoalesced)
{
    test::IncidentUi f;
    DashboardPage page(f.context);
    EXPECT_TRUE(page.isLoading());
    page.waitUntilLoaded();
    EXPECT_FALSE(page.readiness()->shownChecks().isEmpty());
    const int before = page.readinessEvaluator()->started();
    for (int i = 0; i < 10; ++i)
        page.refreshAll();
    page.waitUntilLoaded();
    // Ten refreshes: one in flight at a time, a newer request replacing the queued one.
    EXPECT_EQ(page.readinessEvaluator()->started() - before, 2);
    EXPECT_FALSE(page.isLoading());
}

TEST(DashboardPage, TodaysRosterOpensTheRosterAtToday)
{
    test::IncidentUi f;
    Navigation navigation;
    navigation.attach(f.context);
    DashboardPage page(f.context);
    page.rosterButton()->click();
    ASSERT_EQ(navigation.calls.size(), 1);
    EXPECT_EQ(navigation.calls.first(),
              std::make_pair(QStringLiteral("roster"), QStringLiteral("today")));
}

namespace {

QList<QBarSet *> barSets(QChart &chart)
{
    for (QAbstractSeries *series : chart.series())
        if (auto *bars = qobject_cast<QStackedBarSeries *>(series))
            return bars->barSets();
    return {};
}

QStringList categories(QChart &chart)
{
    for (QAbstractAxis *axis : chart.axes(Qt::Horizontal))
        if (auto *x = qobject_cast<QBarCategoryAxis *>(axis))
            return x->categories();
    return {};
}

} // namespace

TEST(DashboardCharts, LegendsNameGradesAndBarsDifferByMoreThanColour)
{
    test::UiFixture f(QStringLiteral("en"));
    QChart incidents;
    MonthCounts month;
    month.month = QDate(2026, 1, 1);
    ChartBuilders::incidents(&incidents, {month}, {}, QStringLiteral("en"));
    QStringList names;
    for (QBarSet *set : barSets(incidents))
        names << set->label();
    EXPECT_TRUE(names.contains(QStringLiteral("I Especially major")))
        << names.join(',').toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("IV General")));
    ChartBuilders::incidents(&incidents, {month}, {}, QStringLiteral("zh_CN"));
    EXPECT_EQ(barSets(incidents).first()->label(), QStringLiteral("I 特别重大"));

    QChart timeliness;
    QuarterTimeliness q;
    q.year = 2026;
    q.quarter = 1;
    q.onTime = 3;
    q.late = 1;
    ChartBuilders::timeliness(&timeliness, {q});
    const QList<QBarSet *> reports = barSets(timeliness);
    ASSERT_EQ(reports.size(), 2);
    EXPECT_NE(reports.at(0)->brush().style(), reports.at(1)->brush().style());
    EXPECT_EQ(reports.at(0)->label(), QStringLiteral("On time"));
    EXPECT_EQ(reports.at(1)->label(), QStringLiteral("Late"));
    // The legend under the chart says it in words, glyphs in each series' pattern.
    const QString legend = ChartBuilders::legendHtml(&timeliness);
    EXPECT_TRUE(legend.contains(QStringLiteral("On&nbsp;time"))) << legend.toStdString();
    EXPECT_TRUE(legend.contains(QStringLiteral("▨"))) << legend.toStdString();
    EXPECT_EQ(categories(timeliness), QStringList{QStringLiteral("26 Q1")});

    QChart drills;
    HalfYearDrills h;
    h.year = 2026;
    h.half = 1;
    h.completed = 1;
    h.planned = 1;
    ChartBuilders::drills(&drills, {h});
    const QList<QBarSet *> held = barSets(drills);
    ASSERT_EQ(held.size(), 2);
    EXPECT_NE(held.at(0)->brush().style(), held.at(1)->brush().style());
    EXPECT_EQ(categories(drills), QStringList{QStringLiteral("2026 H1")});

    // The axis labels go through tr().
    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    ChartBuilders::drills(&drills, {h});
    ChartBuilders::timeliness(&timeliness, {q});
    EXPECT_TRUE(categories(drills).first().startsWith(QStringLiteral("⟦")));
    EXPECT_TRUE(categories(timeliness).first().startsWith(QStringLiteral("⟦")));
    QCoreApplication::removeTranslator(&pseudo);
}
