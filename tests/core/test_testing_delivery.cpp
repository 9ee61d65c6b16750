// TestRegister (production tests: backup, announcement, operations staff, window, restore)
// and DeliveryRegister (checklist, training, plan, acceptance).
#include "audit/audit_log.h"
#include "changes_fixture.h"

namespace dd::test {
namespace {

class Testing : public ChangesFixture {
protected:
    TestPlan plan(TestEnvironment env)
    {
        TestPlan p;
        p.title = QStringLiteral("集中交易系统容量测试");
        p.environment = env;
        p.aspects = {TestAspect::Performance, TestAspect::Capacity};
        p.scope = QStringLiteral("模拟 3 倍峰值委托量，响应时间 < 50 ms 为通过");
        p.windowStart = local(2026, 3, 7, 9, 0); // Saturday
        p.windowEnd = local(2026, 3, 7, 17, 0);
        return p;
    }
};

TEST_F(Testing, ProductionTestWithoutARecordedBackupIsRefused)
{
    auto id = tests.save(admin, plan(TestEnvironment::Production));
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    Status s = tests.start(admin, *id);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("backup"))) << s.error().toStdString();
    EXPECT_TRUE(s.error().contains(QStringLiteral("announcement")));
    EXPECT_TRUE(s.error().contains(QStringLiteral("operations staff")));
    EXPECT_EQ(tests.plan(*id)->state, TestState::Planned);

    TestPlan p = *tests.plan(*id);
    p.backupRecord = QStringLiteral("全量数据库备份至磁带 T-0307");
    p.announcement = QStringLiteral("已于 3 月 5 日向全体营业部发布测试公告");
    p.operationsStaff = QStringLiteral("运维部 李娜、周杰");
    ASSERT_TRUE(tests.save(admin, p).ok());
    EXPECT_TRUE(tests.plan(*id)->backupAt.isValid());
    ASSERT_TRUE(tests.start(admin, *id).ok());

    // Completing a production test needs the restore and its verification, and the report.
    s = tests.complete(admin, *id, QStringLiteral("通过"), true);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("restore")));
    p = *tests.plan(*id);
    p.restoreRecord = QStringLiteral("恢复测试前数据");
    p.verification = QStringLiteral("核对账户余额与持仓一致");
    ASSERT_TRUE(tests.save(admin, p).ok());
    EXPECT_FALSE(tests.complete(admin, *id, QString(), true).ok());
    ASSERT_TRUE(tests.complete(admin, *id, QStringLiteral("峰值 3 倍通过"), true).ok());
    EXPECT_EQ(tests.plan(*id)->state, TestState::Completed);
    EXPECT_FALSE(tests.save(admin, *tests.plan(*id)).ok()); // completed: no more edits
    EXPECT_EQ(auditCount(QStringLiteral("test.complete")), 1);
}

TEST_F(Testing, ProductionTestInTradingHoursIsRefusedButASimulationTestIsNot)
{
    TestPlan p = plan(TestEnvironment::Production);
    p.windowStart = local(2026, 3, 10, 10, 0);
    p.windowEnd = local(2026, 3, 10, 11, 0);
    auto refused = tests.save(admin, p);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("trading")))
        << refused.error().toStdString();
    p.environment = TestEnvironment::Simulation;
    auto id = tests.save(admin, p);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(tests.start(admin, *id).ok()); // no backup needed in simulation
    ASSERT_TRUE(tests.complete(admin, *id, QStringLiteral("通过"), true).ok());
}

TEST_F(Testing, PlansNeedAspectsAndScope)
{
    TestPlan p = plan(TestEnvironment::Simulation);
    p.aspects.clear();
    EXPECT_FALSE(tests.save(admin, p).ok());
    p = plan(TestEnvironment::Simulation);
    p.scope.clear();
    EXPECT_FALSE(tests.save(admin, p).ok());
    EXPECT_TRUE(tests.plans()->isEmpty());
}

using Delivering = ChangesFixture;

TEST_F(Delivering, AcceptanceNeedsTheWholeChecklistAndTraining)
{
    Delivery d;
    d.title = QStringLiteral("新一代集中交易系统交付");
    d.supplier = QStringLiteral("某软件公司");
    auto id = deliveries.save(admin, d);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    Delivery stored = *deliveries.delivery(*id);
    ASSERT_EQ(stored.checklist.size(), 7);
    EXPECT_EQ(stored.state, DeliveryState::Planned);

    // The plan needs responsibilities and steps before the delivery starts.
    Status s = deliveries.start(admin, *id);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("responsibilities")));
    stored.responsibilities = QStringLiteral("供应商：部署；运维部：验收");
    stored.steps = QStringLiteral("1. 部署 2. 联调 3. 验收");
    ASSERT_TRUE(deliveries.save(admin, stored).ok());
    ASSERT_TRUE(deliveries.start(admin, *id).ok());

    stored = *deliveries.delivery(*id);
    EXPECT_FALSE(deliveries.acceptBlockers(stored).isEmpty());
    for (ChecklistEntry &e : stored.checklist) {
        e.status = e.category == DeliveryCategory::Hardware ? ChecklistStatus::NotApplicable
                                                            : ChecklistStatus::Received;
        e.detail = QStringLiteral("已交付");
    }
    // A received entry needs what was received.
    Delivery missingDetail = stored;
    missingDetail.checklist[0].detail.clear();
    EXPECT_FALSE(deliveries.save(admin, missingDetail).ok());
    ASSERT_TRUE(deliveries.save(admin, stored).ok());
    s = deliveries.accept(admin, *id);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("training")));

    EXPECT_FALSE(
        deliveries
            .addTraining(admin, *id,
                         {0, QDate(2027, 1, 1), QStringLiteral("x"), QStringLiteral("y"), {}})
            .ok()); // in the future
    ASSERT_TRUE(deliveries
                    .addTraining(admin, *id,
                                 {0, config.today(), QStringLiteral("供应商工程师"),
                                  QStringLiteral("运维部全体"), QStringLiteral("日常运维")})
                    .ok());
    ASSERT_TRUE(deliveries.addRecord(admin, *id, QStringLiteral("验收会议纪要已归档")).ok());
    ASSERT_TRUE(deliveries.accept(admin, *id).ok());
    stored = *deliveries.delivery(*id);
    EXPECT_EQ(stored.state, DeliveryState::Accepted);
    EXPECT_EQ(stored.records.size(), 1);
    EXPECT_FALSE(deliveries.save(admin, stored).ok()); // accepted: not edited
    EXPECT_TRUE(deliveries.addRecord(admin, *id, QStringLiteral("补充记录")).ok());
    EXPECT_TRUE(b->audit().verify()->intact);
}

} // namespace
} // namespace dd::test
