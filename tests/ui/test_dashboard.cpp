#include "dashboard/dashboard_charts.h"
#include "dashboard/dashboard_page.h"
#include "dashboard/open_incidents_panel.h"
#include "dashboard/readiness_summary.h"
#include "dashboard/status_banner.h"
#include "test_incidents_fixture.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
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
