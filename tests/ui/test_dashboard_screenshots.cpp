#include "dashboard/dashboard_charts.h"
#include "dashboard/dashboard_page.h"
#include "dashboard/duty_summary_panel.h"
#include "dashboard/open_incidents_panel.h"
#include "dashboard/readiness_summary.h"
#include "demo/demo_generator.h"
#include "roster/on_duty_panel.h"
#include "ui_fixture.h"

#include <QChart>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

using namespace dd;
using namespace dd::ui;

namespace {

class DashboardScreens : public ::testing::TestWithParam<const char *> {};

// The whole widget is inside the window: not clipped at its right or bottom edge.
void expectInside(QWidget &page, QWidget *w)
{
    ASSERT_NE(w, nullptr);
    EXPECT_TRUE(w->isVisible()) << w->objectName().toStdString();
    const QRect r(w->mapTo(&page, QPoint(0, 0)), w->size());
    EXPECT_TRUE(page.rect().contains(r)) << w->objectName().toStdString() << " at " << r.x() << ","
                                         << r.y() << " " << r.width() << "x" << r.height();
    EXPECT_GE(r.height(), 30) << w->objectName().toStdString();
}

} // namespace

// The demo company at its own "now" (an incident open, the roster filled), every panel shown
// in both languages, at the smallest supported window and at full HD.
TEST_P(DashboardScreens, EveryPanelInBothLanguagesAndSizes)
{
    const QString lang = QString::fromLatin1(GetParam());
    test::UiFixture f(lang);
    for (const DemoGenerator::Step &step : DemoGenerator::steps())
        if (auto written = step.run(*f.backend, DemoScale::Small); !written)
            std::cerr << "demo step skipped: " << written.error().toStdString() << '\n';
    auto signedIn = f.backend->operators().signIn(QStringLiteral("admin"), QStringLiteral("1000"));
    ASSERT_TRUE(signedIn.ok());
    f.session.setActor(*signedIn);

    DashboardPage page(f.context);
    page.waitUntilLoaded();
    EXPECT_FALSE(page.isLoading());
    EXPECT_GT(page.openIncidents()->table()->rowCount(), 0);
    EXPECT_GT(page.duty()->onDuty()->table()->rowCount(), 0);
    EXPECT_GT(page.readiness()->list()->count(), 0);
    for (int k = 0; k < ChartData::KindCount; ++k) {
        const auto kind = ChartData::Kind(k);
        EXPECT_TRUE(page.charts()->data(kind).error.isEmpty())
            << k << ": " << page.charts()->data(kind).error.toStdString();
        EXPECT_FALSE(page.charts()->chart(kind)->series().isEmpty()) << k;
    }

    // The page inside the 1280×800 window (sidebar and bars taken off), then alone at full HD.
    for (const QSize size : {QSize(1080, 720), QSize(1280, 800), QSize(1920, 1080)}) {
        page.resize(size);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        QApplication::processEvents();
        // The layout's minimum fits: the page was not made larger than the window gives it.
        EXPECT_EQ(page.size(), size);
        for (const char *name :
             {"statusBanner", "dashboardDeclare", "dashboardWarning", "dashboardRoster",
              "dashboardCard", "openIncidentsPanel", "dutySummaryPanel", "readinessSummary",
              "incidentsChart", "recoveryChart", "timelinessChart", "drillsChart", "actionsChart"})
            expectInside(page, page.findChild<QWidget *>(QString::fromLatin1(name)));
        const QImage shot = test::saveScreenshot(
            page,
            QStringLiteral("%1-dashboard-%2x%3").arg(lang).arg(size.width()).arg(size.height()));
        EXPECT_GT(test::distinctColours(shot), 40);
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, DashboardScreens, ::testing::Values("zh_CN", "en"));
