// Drill rules: plan parts, half-year compliance at the boundaries, the 60-day warning and the
// 2-year retention.
#include "audit/audit_log.h"
#include "test_drill_fixture.h"

namespace dd::test {
namespace {

using DrillRules::halfYearOf;

TEST(DrillRulesPure, HalfYearBoundariesInInstitutionTime)
{
    const QTimeZone cst(8 * 3600);
    EXPECT_EQ(halfYearOf(QDateTime(QDate(2026, 6, 30), QTime(23, 59), cst)), (HalfYear{2026, 1}));
    EXPECT_EQ(halfYearOf(QDateTime(QDate(2026, 7, 1), QTime(0, 0), cst)), (HalfYear{2026, 2}));
    // 30 June 16:00 UTC is already 1 July in the institution's zone.
    EXPECT_EQ(halfYearOf(QDateTime(QDate(2026, 6, 30), QTime(16, 0), Qt::UTC)),
              (HalfYear{2026, 2}));
    EXPECT_EQ(halfYearOf(QDateTime(QDate(2026, 12, 31), QTime(23, 59), cst)), (HalfYear{2026, 2}));
    EXPECT_EQ(halfYearOf(QDateTime(QDate(2027, 1, 1), QTime(0, 0), cst)), (HalfYear{2027, 1}));
    EXPECT_EQ(DrillRules::halfYearStart({2026, 2}),
              QDateTime(QDate(2026, 6, 30), QTime(16, 0), Qt::UTC));
    EXPECT_EQ(DrillRules::halfYearEnd({2026, 2}),
              QDateTime(QDate(2026, 12, 31), QTime(16, 0), Qt::UTC));
}

TEST(DrillRulesPure, RetentionCountsFromTheActualStartElseThePlan)
{
    Drill d;
    d.status = DrillStatus::Draft;
    d.plannedStart = QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC);
    EXPECT_FALSE(DrillRules::retainedUntil(d).isValid()); // a never-held draft
    EXPECT_TRUE(DrillRules::deletable(d, QDate(2026, 3, 2)));
    d.status = DrillStatus::Approved;
    EXPECT_EQ(DrillRules::retainedUntil(d), QDate(2028, 3, 1));
    d.actualStart = QDateTime(QDate(2026, 3, 14), QTime(17, 0), Qt::UTC); // 15 March local
    d.status = DrillStatus::Completed;
    EXPECT_EQ(DrillRules::retainedUntil(d), QDate(2028, 3, 15));
    EXPECT_FALSE(DrillRules::deletable(d, QDate(2028, 3, 15)));
    EXPECT_TRUE(DrillRules::deletable(d, QDate(2028, 3, 16)));
}

class PlanPartTest : public DrillFixture, public ::testing::WithParamInterface<PlanPart> {};

TEST_P(PlanPartTest, ApprovalRefusedNamingTheMissingPart)
{
    Drill plan = fullPlan(QStringLiteral("切换演练"), local(2026, 3, 15));
    switch (GetParam()) {
    case PlanPart::Purpose: plan.purpose = QStringLiteral("  "); break;
    case PlanPart::Scenario: plan.scenario.clear(); break;
    case PlanPart::Time: plan.plannedEnd = QDateTime(); break;
    case PlanPart::Participants: plan.participants.clear(); break;
    case PlanPart::Method: plan.method.reset(); break;
    case PlanPart::Preparation: plan.preparation.clear(); break;
    case PlanPart::Recording: plan.recordingRequirements.clear(); break;
    case PlanPart::Recovery: plan.recoveryRequirements.clear(); break;
    }
    EXPECT_EQ(DrillRules::missing(plan), QList<PlanPart>{GetParam()});
    auto id = repo.savePlan(admin, plan);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    Status approved = repo.approve(admin, *id, 1);
    ASSERT_FALSE(approved.ok());
    EXPECT_TRUE(approved.error().contains(planPartName(GetParam())))
        << approved.error().toStdString();
    for (PlanPart other : DrillRules::allParts()) {
        if (other != GetParam()) {
            EXPECT_FALSE(approved.error().contains(planPartName(other)))
                << planPartName(other).toStdString();
        }
    }
    EXPECT_EQ(repo.drill(*id)->status, DrillStatus::Draft);
}

INSTANTIATE_TEST_SUITE_P(AllParts, PlanPartTest,
                         ::testing::Values(PlanPart::Purpose, PlanPart::Scenario, PlanPart::Time,
                                           PlanPart::Participants, PlanPart::Method,
                                           PlanPart::Preparation, PlanPart::Recording,
                                           PlanPart::Recovery));

using DrillCompliance = DrillFixture;

TEST_F(DrillCompliance, LastMinuteOfJuneCountsForH1AndFirstOfJulyForH2)
{
    held(QStringLiteral("六月演练"), local(2026, 6, 30, 23, 59));
    auto y = repo.compliance(2026);
    ASSERT_TRUE(y.ok());
    EXPECT_TRUE(y->h1.compliant);
    EXPECT_FALSE(y->h2.compliant);
    ASSERT_EQ(y->h1.completed.size(), 1);

    held(QStringLiteral("七月演练"), local(2026, 7, 1, 0, 0));
    y = repo.compliance(2026);
    EXPECT_TRUE(y->h1.compliant);
    EXPECT_TRUE(y->h2.compliant);
    ASSERT_EQ(y->h2.completed.size(), 1);
    EXPECT_EQ(y->h2.completed.first().title, QStringLiteral("七月演练"));
}

TEST_F(DrillCompliance, PlannedOrCancelledDrillsDoNotMakeAHalfYearCompliant)
{
    approved(QStringLiteral("计划中"), local(2026, 3, 1));
    const qint64 cancelled = approved(QStringLiteral("取消"), local(2026, 4, 1));
    ASSERT_TRUE(
        repo.cancel(admin, cancelled, version(cancelled), QStringLiteral("交易所测试冲突")).ok());
    planned(QStringLiteral("草稿"), local(2026, 5, 1));
    auto y = repo.compliance(2026);
    ASSERT_TRUE(y.ok());
    EXPECT_FALSE(y->h1.compliant);
    EXPECT_EQ(y->h1.planned.size(), 1);
    EXPECT_EQ(y->h1.drafts.size(), 1);
    EXPECT_TRUE(y->h1.completed.isEmpty());
}

TEST_F(DrillCompliance, WarnsFromSixtyDaysBeforeTheHalfYearEnds)
{
    // H1 2026 ends 1 July 00:00 local; 60 days before is 2 May.
    auto w = repo.warnings(local(2026, 5, 1, 23, 59));
    ASSERT_TRUE(w.ok());
    EXPECT_TRUE(w->isEmpty());
    w = repo.warnings(local(2026, 5, 2, 0, 0));
    ASSERT_EQ(w->size(), 1);
    EXPECT_EQ(w->first().period, (HalfYear{2026, 1}));
    EXPECT_EQ(w->first().daysRemaining, 60);
    EXPECT_TRUE(w->first().message.contains(halfYearName({2026, 1})));
    EXPECT_TRUE(w->first().message.contains(QStringLiteral("60")))
        << w->first().message.toStdString();
    w = repo.warnings(local(2026, 6, 30, 23, 0));
    ASSERT_EQ(w->size(), 1);
    EXPECT_EQ(w->first().daysRemaining, 1);

    // A draft is not a plan; an approved one is.
    planned(QStringLiteral("草稿"), local(2026, 6, 20));
    EXPECT_EQ(repo.warnings(local(2026, 6, 1))->size(), 1);
    approved(QStringLiteral("已批准"), local(2026, 6, 25));
    EXPECT_TRUE(repo.warnings(local(2026, 6, 1))->isEmpty());
    // H2: no warning in July, a warning in November.
    EXPECT_TRUE(repo.warnings(local(2026, 7, 15))->isEmpty());
    w = repo.warnings(local(2026, 11, 15));
    ASSERT_EQ(w->size(), 1);
    EXPECT_EQ(w->first().period, (HalfYear{2026, 2}));
    EXPECT_EQ(w->first().daysRemaining, 47);
    held(QStringLiteral("十一月演练"), local(2026, 11, 10));
    EXPECT_TRUE(repo.warnings(local(2026, 11, 15))->isEmpty());
}

using DrillRetention = DrillFixture;

TEST_F(DrillRetention, RefusedOneDayBeforeAllowedOneDayAfterTwoYears)
{
    const qint64 id = held(QStringLiteral("三月演练"), local(2026, 3, 15, 10, 0));
    const QString folder = b.dirPath(QStringLiteral("attachments"));
    const QString file = b.dirPath(QStringLiteral("记录.txt"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("drill log");
    }
    auto attachment = repo.attachFile(admin, id, file, folder);
    ASSERT_TRUE(attachment.ok()) << attachment.error().toStdString();
    auto finding =
        repo.saveFinding(admin, {0, id, QStringLiteral("备机参数未同步"), {}, 0, {}, {}});
    ASSERT_TRUE(finding.ok()) << finding.error().toStdString();

    b.clock().set(local(2028, 3, 14, 12, 0));
    Status s = repo.remove(admin, id, folder);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("until 2028-03-15"))) << s.error().toStdString();
    s = repo.removeAttachment(admin, *attachment, folder);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("2028-03-15")));
    s = repo.removeFinding(admin, *finding);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("2028-03-15")));
    b.clock().set(local(2028, 3, 15, 23, 59));
    EXPECT_FALSE(repo.remove(admin, id, folder).ok());

    b.clock().set(local(2028, 3, 16, 0, 0));
    ASSERT_TRUE(repo.removeAttachment(admin, *attachment, folder).ok());
    ASSERT_TRUE(repo.removeFinding(admin, *finding).ok());
    s = repo.remove(admin, id, folder);
    ASSERT_TRUE(s.ok()) << s.error().toStdString();
    EXPECT_FALSE(repo.drill(id).ok());
    EXPECT_TRUE(repo.list()->isEmpty());
    auto latest = b->audit().latest(1);
    ASSERT_TRUE(latest.ok());
    EXPECT_EQ(latest->first().action, QStringLiteral("drill.delete"));
}

TEST_F(DrillRetention, ANeverHeldDraftCanBeDeleted)
{
    const qint64 id = planned(QStringLiteral("草稿"), local(2026, 3, 15));
    Status s = repo.remove(admin, id);
    ASSERT_TRUE(s.ok()) << s.error().toStdString();
    EXPECT_FALSE(repo.drill(id).ok());
}

} // namespace
} // namespace dd::test
