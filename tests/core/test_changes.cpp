// ChangeRegister: four people, required parts, windows outside trading hours, emergency
// changes, the state machine, tests before/after, configuration updated through the change.
#include "audit/audit_log.h"
#include "changes_fixture.h"

namespace dd::test {
namespace {

using Changes = ChangesFixture;

TEST_F(Changes, WindowAt0920OnATradingDayIsInsideStockTradingHours)
{
    const WindowCheck w = changes.checkWindow(local(2026, 3, 10, 9, 20), local(2026, 3, 10, 9, 50),
                                              {QStringLiteral("stock")});
    EXPECT_TRUE(w.valid);
    EXPECT_TRUE(w.inTradingHours);
    EXPECT_EQ(w.marketId, QStringLiteral("stock"));
    EXPECT_TRUE(w.reason.contains(QStringLiteral("09:20"))) << w.reason.toStdString();
}

TEST_F(Changes, WindowAt0920OnASaturdayMakeUpWorkdayIsOutsideTradingHours)
{
    // 2026-02-28 is a Saturday make-up workday (调休): a working day, never a trading day.
    ASSERT_TRUE(b->calendar().isWorkingDay(QDate(2026, 2, 28)));
    const WindowCheck w = changes.checkWindow(local(2026, 2, 28, 9, 20), local(2026, 2, 28, 11, 0),
                                              {QStringLiteral("stock"), QStringLiteral("futures")});
    EXPECT_TRUE(w.valid);
    EXPECT_FALSE(w.inTradingHours) << w.reason.toStdString();
}

TEST_F(Changes, FuturesNightSessionIsRefusedForTheFuturesMarketOnly)
{
    const QDateTime from = local(2026, 3, 10, 21, 30), to = local(2026, 3, 10, 22, 30);
    EXPECT_TRUE(changes.checkWindow(from, to, {QStringLiteral("futures")}).inTradingHours);
    EXPECT_FALSE(changes.checkWindow(from, to, {QStringLiteral("stock")}).inTradingHours);
    const WindowCheck bad = changes.checkWindow(to, from, {});
    EXPECT_FALSE(bad.valid);
    EXPECT_FALSE(changes.checkWindow(from, to, {QStringLiteral("moon")}).valid);
}

TEST_F(Changes, DefaultMarketsFollowTheInstitutionType)
{
    EXPECT_EQ(changes.marketsFor({}), QStringList{QStringLiteral("stock")}); // securities
    EXPECT_EQ(ChangeWindow::defaultMarkets(b->calendar(), QStringLiteral("futures")),
              (QStringList{QStringLiteral("futures"), QStringLiteral("financial_futures")}));
}

TEST_F(Changes, FullLifeOfANormalChange)
{
    const qint64 db = addItem(QStringLiteral("DB-1"), QStringLiteral("database"),
                              QStringLiteral("集中交易数据库"));
    const qint64 id = draft(request({db}));
    ChangeRequest c = *changes.change(id);
    EXPECT_EQ(c.state, ChangeState::Draft);
    EXPECT_EQ(c.number, QStringLiteral("CHG-2026-0001"));
    EXPECT_EQ(c.applicantName, QStringLiteral("张伟"));
    EXPECT_EQ(c.itemIds, QList<qint64>{db});

    ASSERT_TRUE(changes.submit(applicant, id).ok());
    ASSERT_TRUE(changes.approve(approver, id, approval()).ok());
    c = *changes.change(id);
    EXPECT_EQ(c.state, ChangeState::Approved);
    EXPECT_EQ(c.approverName, QStringLiteral("王强"));
    EXPECT_EQ(c.technicalRisk, RiskLevel::Medium);
    EXPECT_FALSE(c.inTradingHours);

    // Starting needs a passed test before the change, by the implementer only.
    EXPECT_FALSE(changes.start(implementer, id).ok());
    ASSERT_TRUE(changes
                    .recordTest(implementer, id, ChangeTest::Phase::Before,
                                QStringLiteral("仿真环境回归通过"), true)
                    .ok());
    EXPECT_FALSE(changes.start(applicant, id).ok());
    ASSERT_TRUE(changes.start(implementer, id).ok());

    // An item that is not an object of the change is refused, naming it and the change.
    const qint64 other = addItem(QStringLiteral("NET-9"), QStringLiteral("network_device"),
                                 QStringLiteral("交换机"));
    ConfigItem stranger = *config.item(other);
    stranger.description = QStringLiteral("顺手改一下");
    Status refused = changes.updateItem(implementer, id, stranger, QString());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("NET-9"))
                && refused.error().contains(QStringLiteral("CHG-2026-0001")))
        << refused.error().toStdString();
    EXPECT_EQ(config.history(other)->size(), 1);

    ConfigItem item = *config.item(db);
    item.description = QStringLiteral("补丁 19.22");
    EXPECT_FALSE(changes.updateItem(reviewer, id, item, QString()).ok());
    ASSERT_TRUE(changes.updateItem(implementer, id, item, QStringLiteral("打补丁")).ok());
    auto h = config.history(db);
    ASSERT_EQ(h->size(), 2);
    EXPECT_EQ(h->last().changeId, id);
    EXPECT_EQ(h->last().changeNumber, QStringLiteral("CHG-2026-0001"));

    EXPECT_FALSE(changes.finish(implementer, id, false, QStringLiteral("完成")).ok());
    ASSERT_TRUE(changes
                    .recordTest(implementer, id, ChangeTest::Phase::After,
                                QStringLiteral("生产验证通过"), true)
                    .ok());
    ASSERT_TRUE(changes.finish(implementer, id, false, QStringLiteral("按计划完成")).ok());

    ChangeReview review{true, QStringLiteral("无影响"), true, QString()};
    EXPECT_FALSE(changes.review(implementer, id, review).ok());
    ASSERT_TRUE(changes.review(reviewer, id, review).ok());
    c = *changes.change(id);
    EXPECT_EQ(c.state, ChangeState::Reviewed);
    EXPECT_TRUE(c.goalReached);
    EXPECT_TRUE(c.configUpdated);
    EXPECT_EQ(c.tests.size(), 2);
    EXPECT_EQ(auditCount(QStringLiteral("change.approve")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("change.review")), 1);
    EXPECT_TRUE(b->audit().verify()->intact);
}

TEST_F(Changes, TheApplicantIsNeverTheApprover)
{
    // The applicant holds Approve too: the core still refuses.
    Actor boss = operatorAs(QStringLiteral("boss"), QStringLiteral("赵总"),
                            {Role::DutyLeader, Role::Approver});
    const qint64 db =
        addItem(QStringLiteral("DB-1"), QStringLiteral("database"), QStringLiteral("数据库"));
    auto id = changes.saveDraft(boss, request({db}));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(changes.submit(boss, *id).ok());
    Status s = changes.approve(boss, *id, approval());
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("applicant"))) << s.error().toStdString();
    EXPECT_EQ(changes.change(*id)->state, ChangeState::Submitted);
    EXPECT_FALSE(changes.reject(boss, *id, QStringLiteral("自己驳回")).ok());
}

TEST_F(Changes, FourDifferentPeopleAreRequired)
{
    const qint64 db =
        addItem(QStringLiteral("DB-1"), QStringLiteral("database"), QStringLiteral("数据库"));
    ChangeRequest r = request({db});
    r.reviewerId = r.implementerId;
    EXPECT_FALSE(changes.saveDraft(applicant, r).ok());
    r.reviewerId = applicant.operatorId();
    EXPECT_FALSE(changes.saveDraft(applicant, r).ok());
    // The approver may not be the implementer or the reviewer either.
    r = request({db});
    r.implementerId = approver.operatorId();
    const qint64 id = draft(r);
    ASSERT_TRUE(changes.submit(applicant, id).ok());
    Status s = changes.approve(approver, id, approval());
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("different"))) << s.error().toStdString();
}

TEST_F(Changes, SubmissionNeedsEveryPart)
{
    ChangeRequest r;
    r.title = QStringLiteral("不完整的变更");
    const qint64 id = draft(r);
    Status s = changes.submit(applicant, id);
    ASSERT_FALSE(s.ok());
    for (const char *part :
         {"Goal", "Objects", "Window", "Implementer", "Reviewer", "steps", "Test plan",
          "Implementation plan", "Risk controls", "Emergency plan", "Rollback plan"})
        EXPECT_TRUE(s.error().contains(QLatin1String(part), Qt::CaseInsensitive))
            << part << ": " << s.error().toStdString();
    EXPECT_EQ(changes.change(id)->state, ChangeState::Draft);
}

TEST_F(Changes, NormalChangeInTradingHoursIsRefusedAndEmergencyChangeIsMarked)
{
    const qint64 db =
        addItem(QStringLiteral("DB-1"), QStringLiteral("database"), QStringLiteral("数据库"));
    ChangeRequest r = request({db});
    r.windowStart = local(2026, 3, 10, 9, 20);
    r.windowEnd = local(2026, 3, 10, 9, 40);
    const qint64 normal = draft(r);
    Status s = changes.submit(applicant, normal);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("trading"))) << s.error().toStdString();

    r.urgency = ChangeUrgency::Emergency;
    const qint64 urgent = draft(r);
    ASSERT_TRUE(changes.submit(applicant, urgent).ok());
    ASSERT_TRUE(changes.approve(approver, urgent, approval()).ok());
    EXPECT_TRUE(changes.change(urgent)->inTradingHours);
    auto list = changes.list();
    const auto it = std::find_if(list->begin(), list->end(),
                                 [&](const ChangeSummary &c) { return c.id == urgent; });
    ASSERT_NE(it, list->end());
    EXPECT_TRUE(it->inTradingHours);
    EXPECT_EQ(it->urgency, ChangeUrgency::Emergency);

    // An approval that moves a normal change into trading hours is refused too.
    const qint64 late = approvedChange({db});
    Q_UNUSED(late);
    const qint64 another = draft(request({db}));
    ASSERT_TRUE(changes.submit(applicant, another).ok());
    ChangeApproval moved = approval();
    moved.windowStart = local(2026, 3, 10, 13, 0);
    moved.windowEnd = local(2026, 3, 10, 14, 0);
    EXPECT_FALSE(changes.approve(approver, another, moved).ok());
}

TEST_F(Changes, TransitionsOutsideTheStateMachineAreRefused)
{
    const qint64 db =
        addItem(QStringLiteral("DB-1"), QStringLiteral("database"), QStringLiteral("数据库"));
    const qint64 id = draft(request({db}));
    EXPECT_FALSE(changes.approve(approver, id, approval()).ok()); // not submitted
    EXPECT_FALSE(changes.review(reviewer, id, {true, QStringLiteral("无"), true, {}}).ok());
    ASSERT_TRUE(changes.submit(applicant, id).ok());
    ASSERT_TRUE(changes.reject(approver, id, QStringLiteral("回退方案不充分")).ok());
    EXPECT_EQ(changes.change(id)->assessment, QStringLiteral("回退方案不充分"));
    ASSERT_TRUE(changes.revise(applicant, id).ok());
    ChangeRequest c = *changes.change(id);
    EXPECT_EQ(c.state, ChangeState::Draft);
    c.rollbackPlan = QStringLiteral("完整回退步骤");
    ASSERT_TRUE(changes.saveDraft(applicant, c).ok());
    // A stale draft save is refused.
    EXPECT_FALSE(changes.saveDraft(applicant, c).ok());
    ASSERT_TRUE(changes.cancel(applicant, id, QStringLiteral("业务取消")).ok());
    EXPECT_FALSE(changes.submit(applicant, id).ok());
}

TEST_F(Changes, ChangesOfItemsInTheLast72Hours)
{
    const qint64 db =
        addItem(QStringLiteral("DB-1"), QStringLiteral("database"), QStringLiteral("数据库"));
    const qint64 other =
        addItem(QStringLiteral("SRV-9"), QStringLiteral("server"), QStringLiteral("无关主机"));
    const qint64 id = approvedChange({db});
    // The window is 2026-03-08 20:00–23:00; an incident on 03-10 10:00 sees it.
    const QDateTime incident = local(2026, 3, 10, 10, 0);
    auto seen = changes.changesOfItems({db}, incident.addSecs(-72 * 3600), incident);
    ASSERT_TRUE(seen.ok()) << seen.error().toStdString();
    ASSERT_EQ(seen->size(), 1);
    EXPECT_EQ(seen->first().id, id);
    EXPECT_TRUE(changes.changesOfItems({other}, incident.addSecs(-72 * 3600), incident)->isEmpty());
    const QDateTime later = local(2026, 3, 20, 10, 0);
    EXPECT_TRUE(changes.changesOfItems({db}, later.addSecs(-72 * 3600), later)->isEmpty());
    EXPECT_EQ(changes.changesInWindow(local(2026, 3, 8), local(2026, 3, 9))->size(), 1);
}

TEST_F(Changes, CliActorsWithoutSignInCannotRequestChanges)
{
    EXPECT_FALSE(changes.saveDraft(Actor::osUser(QStringLiteral("ops")), request({})).ok());
}

} // namespace
} // namespace dd::test
