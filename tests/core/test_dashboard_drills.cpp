// The dashboard's drill statistics: drills per half-year, improvement actions open at month
// ends (built through the drill repository, so the closing times come from its writes).
#include "dashboard/dashboard_stats.h"
#include "storage/database.h"
#include "test_drill_fixture.h"

#include <gtest/gtest.h>

using namespace dd;

namespace {

class DashboardDrills : public test::DrillFixture {
protected:
    const QTimeZone zone{8 * 3600};
    qint64 finding = 0;

    void SetUp() override
    {
        const qint64 drill = held(QStringLiteral("主备切换演练"), local(2025, 12, 10));
        DrillFinding f;
        f.drillId = drill;
        f.text = QStringLiteral("切换脚本需人工确认");
        auto id = repo.saveFinding(admin, f);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        finding = *id;
    }

    // Saves the action at `at` (the clock's time is its created / updated time).
    qint64 save(ImprovementAction a, const QDateTime &at)
    {
        b.clock().set(at);
        auto id = repo.saveAction(admin, a);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        return id ? *id : 0;
    }

    ImprovementAction action(const QString &text, const QDate &due)
    {
        ImprovementAction a;
        a.findingId = finding;
        a.text = text;
        a.ownerId = zhang;
        a.due = due;
        return a;
    }

    ImprovementAction stored(qint64 id)
    {
        auto q = b->database().exec(QStringLiteral("SELECT version FROM drill_actions WHERE "
                                                   "id = ?"),
                                    {id});
        EXPECT_TRUE(q.ok() && q->next());
        ImprovementAction a;
        a.id = id;
        a.version = q ? q->value(0).toInt() : 0;
        return a;
    }

    // Changes the status of action `id` at `at`.
    void setStatus(qint64 id, ImprovementAction a, ActionStatus status, const QDateTime &at)
    {
        a.id = id;
        a.version = stored(id).version;
        a.status = status;
        if (status == ActionStatus::Done)
            a.evidence = QStringLiteral("切换脚本已改为自动确认");
        save(a, at);
    }

    QVariant closedAt(qint64 id)
    {
        auto q = b->database().exec(QStringLiteral("SELECT closed_at FROM drill_actions WHERE "
                                                   "id = ?"),
                                    {id});
        EXPECT_TRUE(q.ok() && q->next());
        return q ? q->value(0) : QVariant();
    }
};

} // namespace

TEST_F(DashboardDrills, DrillsPerHalfYearByActualOrPlannedStart)
{
    // The fixture's drill (December 2025) is completed: H2 2025.
    held(QStringLiteral("一季度演练"), local(2026, 3, 10));
    held(QStringLiteral("半年末演练"), local(2026, 6, 30, 23, 30));   // 15:30Z: still H1
    approved(QStringLiteral("下半年演练"), local(2026, 7, 1, 0, 30)); // 2026-06-30T16:30Z: H2
    const qint64 started = approved(QStringLiteral("进行中演练"), local(2026, 9, 1));
    ASSERT_TRUE(repo.start(admin, started, version(started), local(2026, 9, 1)).ok());
    planned(QStringLiteral("草稿演练"), local(2026, 10, 1)); // a draft is not scheduled yet
    const qint64 cancelled = approved(QStringLiteral("取消的演练"), local(2026, 11, 1));
    ASSERT_TRUE(repo.cancel(admin, cancelled, version(cancelled), QStringLiteral("系统升级")).ok());
    approved(QStringLiteral("明年演练"), local(2027, 3, 1)); // after the period

    auto halves = DashboardStats(b->database(), zone)
                      .drillsByHalfYear({QDate(2025, 7, 1), QDate(2026, 12, 31)});
    ASSERT_TRUE(halves.ok()) << halves.error().toStdString();
    ASSERT_EQ(halves->size(), 3);
    EXPECT_EQ(halves->at(0).year, 2025);
    EXPECT_EQ(halves->at(0).half, 2);
    EXPECT_EQ(halves->at(0).completed, 1);
    EXPECT_EQ(halves->at(0).planned, 0);
    EXPECT_EQ(halves->at(1).year, 2026);
    EXPECT_EQ(halves->at(1).half, 1);
    EXPECT_EQ(halves->at(1).completed, 2);
    EXPECT_EQ(halves->at(1).planned, 0);
    EXPECT_EQ(halves->at(2).half, 2);
    EXPECT_EQ(halves->at(2).completed, 0);
    EXPECT_EQ(halves->at(2).planned, 2);

    // A period starting mid-year still gives the whole half's label, counting inside days only.
    auto partial = DashboardStats(b->database(), zone)
                       .drillsByHalfYear({QDate(2026, 4, 1), QDate(2026, 6, 30)});
    ASSERT_TRUE(partial.ok());
    ASSERT_EQ(partial->size(), 1);
    EXPECT_EQ(partial->at(0).half, 1);
    EXPECT_EQ(partial->at(0).completed, 1);
}

TEST_F(DashboardDrills, ActionsOpenAndOverdueAtEachMonthEnd)
{
    const ImprovementAction a = action(QStringLiteral("修改切换脚本"), QDate(2026, 2, 15));
    const ImprovementAction bb = action(QStringLiteral("补充演练记录"), QDate(2026, 1, 31));
    const ImprovementAction c = action(QStringLiteral("更新应急预案"), QDate(2026, 3, 31));
    const qint64 idA = save(a, local(2026, 1, 10));
    const qint64 idB = save(bb, local(2026, 1, 31, 23, 59));         // 15:59Z: open on 31 January
    const qint64 idC = save(c, local(2026, 2, 1, 0, 0));             // 2026-01-31T16:00Z: February
    setStatus(idA, a, ActionStatus::InProgress, local(2026, 2, 20)); // still open
    setStatus(idA, a, ActionStatus::Done, local(2026, 3, 5));
    setStatus(idB, bb, ActionStatus::Cancelled, local(2026, 3, 2));
    EXPECT_TRUE(closedAt(idB).isValid() && !closedAt(idB).isNull());
    setStatus(idB, bb, ActionStatus::Open, local(2026, 3, 10)); // reopened
    EXPECT_TRUE(closedAt(idB).isNull()) << "a reopened action is open again";
    setStatus(idC, c, ActionStatus::Done, local(2026, 3, 21, 0, 0)); // after the 20th's end
    EXPECT_EQ(closedAt(idA).toString(), toStoredTime(local(2026, 3, 5)));
    // An action saved as done at once was never open.
    ImprovementAction done = action(QStringLiteral("已完成的措施"), QDate(2026, 1, 1));
    done.status = ActionStatus::Done;
    done.evidence = QStringLiteral("已落实");
    save(done, local(2026, 1, 15));

    auto points =
        DashboardStats(b->database(), zone).openActions({QDate(2025, 12, 15), QDate(2026, 3, 20)});
    ASSERT_TRUE(points.ok()) << points.error().toStdString();
    ASSERT_EQ(points->size(), 4);
    EXPECT_EQ(points->at(0).date, QDate(2025, 12, 31));
    EXPECT_EQ(points->at(0).open, 0);
    EXPECT_EQ(points->at(1).date, QDate(2026, 1, 31));
    EXPECT_EQ(points->at(1).open, 2) << "A and B (created at 23:59 local)";
    EXPECT_EQ(points->at(1).overdue, 0) << "B is due that day: not overdue yet";
    EXPECT_EQ(points->at(2).date, QDate(2026, 2, 28));
    EXPECT_EQ(points->at(2).open, 3);
    EXPECT_EQ(points->at(2).overdue, 2) << "A (due 15 Feb) and B (due 31 Jan)";
    EXPECT_EQ(points->at(3).date, QDate(2026, 3, 20)) << "the last point is the period's end";
    EXPECT_EQ(points->at(3).open, 2) << "B reopened, C closed only on the 21st";
    EXPECT_EQ(points->at(3).overdue, 1);

    auto utc = DashboardStats(b->database(), QTimeZone(0))
                   .openActions({QDate(2026, 1, 1), QDate(2026, 1, 31)});
    ASSERT_TRUE(utc.ok());
    ASSERT_EQ(utc->size(), 1);
    EXPECT_EQ(utc->at(0).open, 3) << "in UTC, C was created on 31 January too";
}
