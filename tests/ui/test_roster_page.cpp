#include "common/inline_message.h"
#include "incidents/zoned_time_edit.h"
#include "roster/on_duty_panel.h"
#include "roster/roster_change_dialog.h"
#include "roster/roster_page.h"
#include "roster/roster_timeline.h"
#include "test_roster_fixture.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

TEST(RosterPageUi, BuildsMonthAndWeekWithBlocksAndTheLeaveGap)
{
    test::RosterUi f;
    RosterPage page(f.context);
    page.resize(1400, 800);
    page.show();
    page.showDate(QDate(2026, 3, 2));
    page.setView(RosterPage::View::Month);
    EXPECT_EQ(page.view(), RosterPage::View::Month);
    RosterTimeline *timeline = page.timeline();
    ASSERT_NE(timeline, nullptr);
    EXPECT_GE(timeline->days(), 28);
    EXPECT_FALSE(timeline->blocks().isEmpty());

    page.setView(RosterPage::View::Week);
    EXPECT_EQ(page.view(), RosterPage::View::Week);
    EXPECT_EQ(timeline->days(), 7);
    const int leaderRow = timeline->rowOf(f.dutyLeaderRole, Slot::Primary);
    const int itRow = timeline->rowOf(f.itLeadRole, Slot::Primary);
    ASSERT_GE(leaderRow, 0);
    ASSERT_GE(itRow, 0);

    // 张伟 holds the day shift of Monday; its block has a place on the chart.
    bool found = false;
    for (const ShiftBlock &b : timeline->blocks()) {
        if (b.roleId == f.dutyLeaderRole && b.contactId == f.zhang
            && b.start == test::beijing(QDate(2026, 3, 2), 8, 30)) {
            found = true;
            const QRect r = timeline->blockRect(leaderRow, b.start, b.end);
            EXPECT_TRUE(r.isValid());
            EXPECT_GT(r.width(), 0);
            EXPECT_EQ(timeline->blockAt(r.center())->contactId, f.zhang);
        }
    }
    EXPECT_TRUE(found);

    // 王强's leave on Wednesday morning leaves the IT lead uncovered.
    bool gap = false;
    for (const CoverageGap &g : timeline->gaps())
        if (g.roleId == f.itLeadRole && g.start <= test::beijing(QDate(2026, 3, 4), 9, 0)
            && g.end >= test::beijing(QDate(2026, 3, 4), 13, 0))
            gap = true;
    EXPECT_TRUE(gap);
}

TEST(RosterPageUi, OnDutyPanelNamesWhoIsOnDutyNow)
{
    test::RosterUi f;
    OnDutyPanel panel(f.context);
    panel.refresh();
    EXPECT_EQ(panel.shownName(QStringLiteral("duty_leader")), QStringLiteral("张伟"));
    EXPECT_EQ(panel.shownName(QStringLiteral("it_lead")), QStringLiteral("王强"));
    f.backend.clock().set(test::beijing(QDate(2026, 3, 2), 21, 0));
    panel.refresh();
    EXPECT_EQ(panel.shownName(QStringLiteral("duty_leader")), QStringLiteral("李娜"));
}

TEST(RosterPageUi, OverrideDialogWritesAnOverride)
{
    test::RosterUi f;
    auto snapshot = RosterSnapshot::load(*f.backend);
    ASSERT_TRUE(snapshot.ok());
    RosterChangeDialog dialog(f.context, *snapshot, RosterChangeDialog::Kind::Override);
    dialog.setPlace(f.dutyLeaderRole, Slot::Primary, test::beijing(QDate(2026, 3, 3), 8, 30),
                    test::beijing(QDate(2026, 3, 3), 20, 30));
    dialog.personBox()->setCurrentIndex(dialog.personBox()->findData(f.liu));
    dialog.reasonEdit()->setText(QStringLiteral("张伟出差"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.message()->text().toStdString();
    EXPECT_GT(dialog.writtenId(), 0);
    auto overrides = f.backend->roster().overrides();
    ASSERT_TRUE(overrides.ok());
    ASSERT_EQ(overrides->size(), 1);
    EXPECT_EQ(overrides->first().contactId, f.liu);
    EXPECT_EQ(overrides->first().start, test::beijing(QDate(2026, 3, 3), 8, 30));
    EXPECT_EQ(overrides->first().reason, QStringLiteral("张伟出差"));

    auto after = RosterSnapshot::load(*f.backend);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(
        after->roster
            ->assignment(f.dutyLeaderRole, Slot::Primary, test::beijing(QDate(2026, 3, 3), 12, 0))
            .contactId,
        f.liu);
}

TEST(RosterPageUi, ExportsEveryFormat)
{
    test::RosterUi f;
    RosterPage page(f.context);
    page.showDate(QDate(2026, 3, 2));
    for (const char *suffix : {"ics", "xlsx", "json", "pdf"}) {
        const QString path =
            f.backend.dirPath(QStringLiteral("roster.") + QString::fromLatin1(suffix));
        const Status written = page.exportTo(path);
        EXPECT_TRUE(written.ok()) << suffix << ": "
                                  << (written.ok() ? "" : written.error().toStdString());
        EXPECT_GT(QFileInfo(path).size(), 100) << suffix;
    }
    QFile ics(f.backend.dirPath(QStringLiteral("roster.ics")));
    ASSERT_TRUE(ics.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ics.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("BEGIN:VCALENDAR")));
    EXPECT_TRUE(text.contains(QStringLiteral("张伟")));
}
