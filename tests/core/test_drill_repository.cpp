// DrillRepository: lifecycle, record, closing answer, version conflicts, audit, timeline.
#include "audit/audit_log.h"
#include "test_drill_fixture.h"

namespace dd::test {
namespace {

using DrillRepo = DrillFixture;

int auditCount(Backend &backend, const QString &action)
{
    auto all = backend.audit().latest(1000);
    if (!all)
        return -1;
    return int(std::count_if(all->begin(), all->end(),
                             [&](const AuditRecord &r) { return r.action == action; }));
}

TEST_F(DrillRepo, PlanRoundTripsAndListsSummaries)
{
    Drill plan = fullPlan(QStringLiteral("主备切换演练"), local(2026, 3, 15));
    plan.systems << DrillSystem{QStringLiteral("行情系统"), 15, -1};
    plan.faultTypes << QStringLiteral("market_data");
    auto id = repo.savePlan(admin, plan);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    auto d = repo.drill(*id);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->title, plan.title);
    EXPECT_EQ(d->status, DrillStatus::Draft);
    EXPECT_EQ(d->plannedStart, plan.plannedStart);
    EXPECT_EQ(d->plannedEnd, plan.plannedEnd);
    EXPECT_EQ(d->participants, (QList<qint64>{zhang, li}));
    EXPECT_EQ(d->method, DrillMethod::SwitchOver);
    EXPECT_EQ(d->systems.size(), 2);
    EXPECT_EQ(d->systems.at(1).targetMinutes, 15);
    EXPECT_EQ(d->faultTypes,
              (QStringList{QStringLiteral("trading_outage"), QStringLiteral("market_data")}));
    EXPECT_EQ(d->version, 1);
    EXPECT_EQ(auditCount(*b, QStringLiteral("drill.create")), 1);

    auto all = repo.list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().title, plan.title);
    EXPECT_EQ(all->first().method, DrillMethod::SwitchOver);
    EXPECT_EQ(repo.list({2027, {}})->size(), 0);
    EXPECT_EQ(repo.list({2026, DrillStatus::Draft})->size(), 1);
    EXPECT_EQ(repo.list({2026, DrillStatus::Approved})->size(), 0);
}

TEST_F(DrillRepo, PlanValidationNamesTheField)
{
    Drill plan = fullPlan(QStringLiteral("演练"), local(2026, 3, 15));
    plan.faultTypes = {QStringLiteral("meteor")};
    auto r = repo.savePlan(admin, plan);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("meteor")));
    plan = fullPlan(QStringLiteral("演练"), local(2026, 3, 15));
    plan.participants << 9999;
    r = repo.savePlan(admin, plan);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("9999")));
    plan = fullPlan(QStringLiteral(" "), local(2026, 3, 15));
    EXPECT_FALSE(repo.savePlan(admin, plan).ok());
    EXPECT_TRUE(repo.list()->isEmpty());
}

TEST_F(DrillRepo, StaleVersionIsRefusedNamingWhoAndWhen)
{
    const qint64 id = planned(QStringLiteral("演练"), local(2026, 3, 15));
    Drill mine = *repo.drill(id);
    Drill theirs = mine;
    theirs.purpose = QStringLiteral("他们的修改");
    ASSERT_TRUE(repo.savePlan(admin, theirs).ok());
    mine.purpose = QStringLiteral("我的修改");
    auto r = repo.savePlan(admin, mine);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("admin"))) << r.error().toStdString();
    EXPECT_TRUE(r.error().contains(QStringLiteral("2026-01-05 10:10"))) << r.error().toStdString();
    EXPECT_EQ(repo.drill(id)->purpose, QStringLiteral("他们的修改"));
    EXPECT_FALSE(repo.approve(admin, id, 1).ok());
}

TEST_F(DrillRepo, ApprovalNeedsTheApprovePermission)
{
    const qint64 id = planned(QStringLiteral("演练"), local(2026, 3, 15));
    const Actor officer = Actor::operatorAccount(7, QStringLiteral("duty"),
                                                 QStringLiteral("值班员"), {Role::DutyOfficer});
    Status s = repo.approve(officer, id, version(id));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(repo.drill(id)->status, DrillStatus::Draft);
    const Actor lead = Actor::operatorAccount(8, QStringLiteral("lead"),
                                              QStringLiteral("信息技术负责人"), {Role::ItLead});
    s = repo.approve(lead, id, version(id));
    ASSERT_TRUE(s.ok()) << s.error().toStdString();
    EXPECT_EQ(repo.drill(id)->approvedBy, QStringLiteral("lead"));
}

TEST_F(DrillRepo, EditingAnApprovedPlanReturnsItToDraft)
{
    const qint64 id = approved(QStringLiteral("演练"), local(2026, 3, 15));
    Drill d = *repo.drill(id);
    EXPECT_EQ(d.status, DrillStatus::Approved);
    EXPECT_EQ(d.approvedBy, QStringLiteral("admin"));
    d.preparation = QStringLiteral("新的准备");
    ASSERT_TRUE(repo.savePlan(admin, d).ok());
    EXPECT_EQ(repo.drill(id)->status, DrillStatus::Draft);
    EXPECT_FALSE(repo.drill(id)->approvedAt.isValid());
}

TEST_F(DrillRepo, RecordMeasuresRecoveryAgainstTargetsAndFreezesThePlan)
{
    const qint64 id = approved(QStringLiteral("演练"), local(2026, 3, 15));
    ASSERT_TRUE(repo.start(admin, id, version(id), local(2026, 3, 15, 9, 5)).ok());
    Drill r = *repo.drill(id);
    EXPECT_EQ(r.status, DrillStatus::InProgress);
    EXPECT_EQ(r.actualStart, local(2026, 3, 15, 9, 5));
    r.systems = {{QStringLiteral("集中交易系统"), 0, 42}};
    r.attendance = {{zhang, true, QStringLiteral("指挥")}};
    r.problems = QStringLiteral("切换脚本超时");
    ASSERT_TRUE(repo.saveRecord(admin, r).ok());
    Drill saved = *repo.drill(id);
    ASSERT_EQ(saved.systems.size(), 1);
    EXPECT_EQ(saved.systems.first().measuredMinutes, 42);
    EXPECT_EQ(saved.systems.first().targetMinutes, 30);
    EXPECT_FALSE(saved.systems.first().met());
    EXPECT_EQ(saved.attendance.size(), 1);
    EXPECT_EQ(saved.problems, QStringLiteral("切换脚本超时"));

    saved.purpose = QStringLiteral("改计划");
    auto plan = repo.savePlan(admin, saved);
    ASSERT_FALSE(plan.ok());
    saved.systems = {{QStringLiteral("不存在的系统"), 0, 5}};
    EXPECT_FALSE(repo.saveRecord(admin, saved).ok());
}

TEST_F(DrillRepo, CompletingRequiresThePlanUpdateAnswer)
{
    const qint64 id = approved(QStringLiteral("演练"), local(2026, 3, 15));
    ASSERT_TRUE(repo.start(admin, id, version(id), local(2026, 3, 15)).ok());
    Status s = repo.complete(admin, id, version(id), false, {});
    ASSERT_FALSE(s.ok()); // no end, no result yet
    EXPECT_TRUE(s.error().contains(QStringLiteral("actual end"))) << s.error().toStdString();
    Drill r = *repo.drill(id);
    r.actualEnd = local(2026, 3, 15, 11, 0);
    r.outcome = DrillOutcome::Partial;
    ASSERT_TRUE(repo.saveRecord(admin, r).ok());

    s = repo.complete(admin, id, version(id), std::nullopt, {});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("emergency plan")));
    s = repo.complete(admin, id, version(id), true, QStringLiteral(" "));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(repo.drill(id)->status, DrillStatus::InProgress);

    s = repo.complete(admin, id, version(id), true, QStringLiteral("更新切换步骤第 3 步"));
    ASSERT_TRUE(s.ok()) << s.error().toStdString();
    Drill done = *repo.drill(id);
    EXPECT_EQ(done.status, DrillStatus::Completed);
    ASSERT_TRUE(done.planUpdateNeeded.has_value());
    EXPECT_TRUE(*done.planUpdateNeeded);
    EXPECT_EQ(done.planUpdateNote, QStringLiteral("更新切换步骤第 3 步"));
    auto latest = b->audit().latest(1);
    EXPECT_EQ(latest->first().action, QStringLiteral("drill.complete"));
    EXPECT_TRUE(latest->first().after.contains(QStringLiteral("plan_update_needed")));
}

TEST_F(DrillRepo, EveryWriteLeavesOneAuditRow)
{
    auto before = b->audit().count();
    const qint64 id = held(QStringLiteral("演练"), local(2026, 3, 15));
    auto after = b->audit().count();
    // create, approve, start, record, complete
    EXPECT_EQ(*after - *before, 5);
    EXPECT_EQ(auditCount(*b, QStringLiteral("drill.approve")), 1);
    EXPECT_EQ(auditCount(*b, QStringLiteral("drill.start")), 1);
    EXPECT_EQ(auditCount(*b, QStringLiteral("drill.record")), 1);
    EXPECT_TRUE(b->audit().verify()->intact);
    (void)id;
}

TEST_F(DrillRepo, RecordTimelineAppendsInOneTransaction)
{
    const qint64 draft = planned(QStringLiteral("草稿"), local(2026, 3, 15));
    EXPECT_FALSE(repo.recordTimeline(admin, draft, {{0, {}, {}, QStringLiteral("x"), {}}}).ok());

    const qint64 id = approved(QStringLiteral("演练"), local(2026, 3, 15));
    ASSERT_TRUE(repo.start(admin, id, version(id), local(2026, 3, 15)).ok());
    const int auditBefore = int(*b->audit().count());
    QList<DrillTimelineEntry> entries{
        {0, local(2026, 3, 15, 9, 10), QStringLiteral("张伟"), QStringLiteral("宣布演练开始"),
         QStringLiteral("drill_mode")},
        {0, local(2026, 3, 15, 9, 2), QStringLiteral("李娜"), QStringLiteral("数据库宕机模拟"),
         QStringLiteral("drill_mode")},
        {0, {}, {}, QStringLiteral("手工补记"), {}},
    };
    Status s = repo.recordTimeline(admin, id, entries);
    ASSERT_TRUE(s.ok()) << s.error().toStdString();
    EXPECT_EQ(int(*b->audit().count()) - auditBefore, 1);
    auto t = repo.timeline(id);
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t->size(), 3);
    EXPECT_EQ(t->at(0).text, QStringLiteral("手工补记")); // the clock is at 2026-01-05
    EXPECT_EQ(t->at(0).source, QStringLiteral("manual"));
    EXPECT_EQ(t->at(0).actor, QStringLiteral("管理员"));
    EXPECT_EQ(t->at(1).text, QStringLiteral("数据库宕机模拟"));
    EXPECT_EQ(t->at(2).source, QStringLiteral("drill_mode"));
    EXPECT_GT(t->at(2).id, 0);
    EXPECT_EQ(repo.drill(id)->timeline.size(), 3);

    // A bad entry refuses the whole batch.
    s = repo.recordTimeline(admin, id,
                            {{0, {}, {}, QStringLiteral("ok"), {}},
                             {0, {}, {}, QStringLiteral("bad"), QStringLiteral("email")}});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("entry 2")));
    EXPECT_EQ(repo.timeline(id)->size(), 3);
}

TEST_F(DrillRepo, CancelNeedsAReason)
{
    const qint64 id = approved(QStringLiteral("演练"), local(2026, 3, 15));
    EXPECT_FALSE(repo.cancel(admin, id, version(id), QString()).ok());
    ASSERT_TRUE(repo.cancel(admin, id, version(id), QStringLiteral("系统升级冲突")).ok());
    EXPECT_EQ(repo.drill(id)->status, DrillStatus::Cancelled);
    EXPECT_EQ(repo.drill(id)->cancelReason, QStringLiteral("系统升级冲突"));
    EXPECT_FALSE(repo.start(admin, id, version(id)).ok());
}

} // namespace
} // namespace dd::test
