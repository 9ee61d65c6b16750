// Escalation's console channel in the main window: a newly issued call shows in the status bar
// whichever page is open, and opens the incident's workspace.
#include "escalation/escalation_service.h"
#include "incidents/call_list_panel.h"
#include "incidents/incident_workspace.h"
#include "incidents/incidents_page.h"
#include "shell/main_window.h"
#include "test_roster_fixture.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

TEST(CallNoticeUi, ANewlyIssuedCallShowsAndOpensTheIncident)
{
    test::RosterUi f;
    QString page;
    QString target;
    f.context.navigate = [&](const QString &p, const QString &t) {
        page = p;
        target = t;
        return true;
    };
    {
        CallNotice notice(f.context);
        EXPECT_TRUE(notice.isHidden());
        const qint64 id = f.declare();
        ASSERT_TRUE(f.backend->incidentService().tick().ok());
        ASSERT_FALSE(notice.pending().isEmpty());
        EXPECT_FALSE(notice.isHidden());
        EXPECT_EQ(notice.incidentToOpen(), id);
        // The duty leader on duty now (张伟) is called first.
        EXPECT_TRUE(notice.text().contains(QStringLiteral("张伟"))) << notice.text().toStdString();
        EXPECT_TRUE(notice.toolTip().contains(QStringLiteral("张伟")));

        // A second tick issues nothing new: the notice keeps what it had.
        const qsizetype shown = notice.pending().size();
        ASSERT_TRUE(f.backend->incidentService().tick().ok());
        EXPECT_EQ(notice.pending().size(), shown);

        QSignalSpy opened(&notice, &CallNotice::openRequested);
        QTest::mouseClick(&notice, Qt::LeftButton);
        ASSERT_EQ(opened.count(), 1);
        EXPECT_EQ(opened.first().first().toLongLong(), id);
        EXPECT_TRUE(notice.isHidden());
        EXPECT_TRUE(notice.pending().isEmpty());
    }
    // Destroyed, it is no longer a notifier: issuing more reaches nobody and crashes nothing.
    f.backend.clock().set(test::beijing(QDate(2026, 3, 2), 12, 0));
    EXPECT_TRUE(f.backend->incidentService().tick().ok());
}

TEST(CallNoticeUi, TheMainWindowShowsTheCallOnAnotherPageAndOpensTheWorkspace)
{
    test::RosterUi f;
    MainWindow window(f.context);
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(QStringLiteral("roster"));
    auto *notice = window.statusBar()->findChild<CallNotice *>(QStringLiteral("callNotice"));
    ASSERT_NE(notice, nullptr);
    EXPECT_FALSE(notice->isVisible());

    const qint64 id = f.declare();
    ASSERT_TRUE(f.backend->incidentService().tick().ok());
    QApplication::processEvents();
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(window.currentPageId(), QStringLiteral("roster"));
    test::saveScreenshot(window, QStringLiteral("en-main-window-call-notice"));

    QTest::mouseClick(notice, Qt::LeftButton);
    EXPECT_EQ(window.currentPageId(), QStringLiteral("incidents"));
    EXPECT_FALSE(notice->isVisible());
    auto *incidents = qobject_cast<IncidentsPage *>(window.page(QStringLiteral("incidents")));
    ASSERT_NE(incidents, nullptr);
    EXPECT_EQ(incidents->workspace()->incidentId(), id);
}
