// Readiness checks: every check passes on a ready institution, fails on a broken one, and is
// due soon near its period's end; asOf moves the answer over the period boundaries.
#include "demo/demo_generator.h"
#include "readiness/readiness_report.h"
#include "readiness_fixture.h"
#include "reports/report_engine.h"
#include "reports/template_library.h"
#include "temp_database.h"

#include <QFile>
#include <QRegularExpression>

#include <iostream>

namespace dd::test {
namespace {

class ReadinessTest : public ::testing::Test {
protected:
    TempBackend b;
    Actor admin = b.admin();
    ReadyInstitution ready{*b, admin};

    void SetUp() override { ready.build(); }

    ReadinessResult at(const QDate &day)
    {
        auto r = Readiness(*b).evaluate(day);
        EXPECT_TRUE(r.ok()) << (r ? "" : r.error().toStdString());
        return r ? *r : ReadinessResult();
    }

    CheckStatus status(const QString &id, const QDate &day = QDate(2026, 1, 5))
    {
        const ReadinessResult r = at(day);
        const ReadinessCheck *c = findCheck(r, id);
        EXPECT_NE(c, nullptr) << id.toStdString();
        return c ? c->status : CheckStatus::NotApplicable;
    }

    ReadinessCheck check(const QString &id, const QDate &day = QDate(2026, 1, 5))
    {
        const ReadinessResult r = at(day);
        const ReadinessCheck *c = findCheck(r, id);
        EXPECT_NE(c, nullptr) << id.toStdString();
        return c ? *c : ReadinessCheck();
    }
};

const QStringList AllIds{QStringLiteral("organization.complete"),
                         QStringLiteral("organization.succession"),
                         QStringLiteral("organization.cards"),
                         QStringLiteral("contacts.notification"),
                         QStringLiteral("contacts.verified"),
                         QStringLiteral("contacts.agreements"),
                         QStringLiteral("roster.coverage"),
                         QStringLiteral("plan.contents"),
                         QStringLiteral("plan.reviewed"),
                         QStringLiteral("plan.drill_reviews"),
                         QStringLiteral("plan.filed"),
                         QStringLiteral("plan.fault_types"),
                         QStringLiteral("inventory.documents"),
                         QStringLiteral("inventory.supplies"),
                         QStringLiteral("inventory.budget"),
                         QStringLiteral("drills.half_year"),
                         QStringLiteral("drills.retention"),
                         QStringLiteral("drills.actions"),
                         QStringLiteral("training.key_posts")};

TEST_F(ReadinessTest, ReadyInstitutionPassesEveryCheck)
{
    const ReadinessResult r = at(QDate(2026, 1, 5));
    QStringList ids;
    for (const ReadinessCheck &c : r.checks) {
        ids.append(c.id);
        EXPECT_EQ(c.status, CheckStatus::Ok)
            << c.id.toStdString() << ": " << c.summary.toStdString() << " / "
            << c.evidence.join(QStringLiteral(" | ")).toStdString();
        EXPECT_FALSE(c.clause.isEmpty());
        EXPECT_FALSE(c.clauseRef.isEmpty());
        EXPECT_FALSE(c.group.isEmpty());
        EXPECT_FALSE(c.title.isEmpty());
        EXPECT_FALSE(c.summary.isEmpty()) << c.id.toStdString();
        EXPECT_FALSE(c.fixPage.isEmpty());
        EXPECT_FALSE(c.fixTarget.isEmpty());
    }
    for (const QString &id : AllIds)
        EXPECT_TRUE(ids.contains(id)) << id.toStdString();
    EXPECT_EQ(ids.size(), AllIds.size());
    EXPECT_EQ(r.score(), 100);
    EXPECT_FALSE(r.anyFailing());
}

TEST(ReadinessEmpty, EmptyDatabaseFailsAndSortsFailingFirst)
{
    TempBackend b;
    b.admin();
    auto r = Readiness(*b).evaluate(QDate(2026, 1, 5));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_TRUE(r->anyFailing());
    for (const char *id : {"organization.complete", "organization.succession", "organization.cards",
                           "contacts.notification", "contacts.agreements", "roster.coverage",
                           "plan.contents", "plan.reviewed", "plan.filed", "inventory.documents",
                           "inventory.supplies", "inventory.budget", "drills.half_year"}) {
        const ReadinessCheck *c = findCheck(*r, QString::fromLatin1(id));
        ASSERT_NE(c, nullptr) << id;
        EXPECT_EQ(c->status, CheckStatus::Failing) << id << ": " << c->summary.toStdString();
    }
    for (int i = 1; i < r->checks.size(); ++i)
        EXPECT_LE(checkStatusRank(r->checks.at(i - 1).status),
                  checkStatusRank(r->checks.at(i).status));
    EXPECT_FALSE(Readiness(*b).evaluate(QDate()).ok());
}

TEST_F(ReadinessTest, OrganizationNeedsChairAndEveryDepartment)
{
    auto positions = *b->contacts().positions();
    for (OrgPosition p : positions)
        if (p.department == QStringLiteral("finance") && p.body == OrgBody::Decision) {
            p.members.clear();
            ASSERT_TRUE(b->contacts().savePosition(admin, p).ok());
        }
    const ReadinessCheck c = check(QStringLiteral("organization.complete"));
    EXPECT_EQ(c.status, CheckStatus::Failing);
    EXPECT_TRUE(c.summary.contains(departmentName(QStringLiteral("finance"))))
        << c.summary.toStdString();
    for (OrgPosition p : positions)
        if (p.chair) {
            p.chair = false;
            ASSERT_TRUE(b->contacts().savePosition(admin, p).ok());
        }
    EXPECT_TRUE(
        check(QStringLiteral("organization.complete")).summary.contains(QStringLiteral("chair")));
}

TEST_F(ReadinessTest, SuccessionNeedsTwoPeopleNoneOnLeave)
{
    Leave leave;
    leave.contactId = ready.people.at(1);
    leave.start = readinessLocal(2026, 1, 4, 0, 0);
    leave.end = readinessLocal(2026, 1, 7, 0, 0);
    leave.kind = QStringLiteral("sick");
    ASSERT_TRUE(b->roster().addLeave(admin, leave).ok());
    const ReadinessCheck c = check(QStringLiteral("organization.succession"));
    EXPECT_EQ(c.status, CheckStatus::Failing);
    EXPECT_TRUE(c.summary.contains(QStringLiteral("钱伟"))) << c.summary.toStdString();
    // The leave is over on the 7th.
    EXPECT_EQ(status(QStringLiteral("organization.succession"), QDate(2026, 1, 7)),
              CheckStatus::Ok);
    ASSERT_TRUE(b->contacts().setSuccession(admin, {ready.people.at(0)}).ok());
    EXPECT_EQ(status(QStringLiteral("organization.succession"), QDate(2026, 1, 7)),
              CheckStatus::Failing);
}

TEST_F(ReadinessTest, CardsNeedKeyTasks)
{
    for (OrgPosition p : *b->contacts().positions())
        if (p.body == OrgBody::Executive) {
            p.keyTasks.clear();
            ASSERT_TRUE(b->contacts().savePosition(admin, p).ok());
        }
    const ReadinessCheck c = check(QStringLiteral("organization.cards"));
    EXPECT_EQ(c.status, CheckStatus::Failing);
    EXPECT_TRUE(c.summary.contains(QStringLiteral("陈工"))) << c.summary.toStdString();
}

TEST_F(ReadinessTest, NotificationNeedsPhoneAndFax)
{
    NotificationContact n;
    n.slot = NotificationSlot::Backup;
    n.contactId = ready.itBackup;
    n.dutyPhone = QStringLiteral("010-65550999");
    ASSERT_TRUE(b->contacts().setNotificationContact(admin, n).ok());
    const ReadinessCheck c = check(QStringLiteral("contacts.notification"));
    EXPECT_EQ(c.status, CheckStatus::Failing);
    EXPECT_TRUE(c.summary.contains(QStringLiteral("林工"))) << c.summary.toStdString();
}

TEST_F(ReadinessTest, HandbookVerificationPeriodAndSetting)
{
    // Verified 2026-01-02, 90 days: due 2026-04-02.
    EXPECT_EQ(status(QStringLiteral("contacts.verified"), QDate(2026, 3, 2)), CheckStatus::Ok);
    const ReadinessCheck soon = check(QStringLiteral("contacts.verified"), QDate(2026, 3, 20));
    EXPECT_EQ(soon.status, CheckStatus::DueSoon);
    EXPECT_EQ(soon.dueBy, QDate(2026, 4, 2));
    EXPECT_EQ(status(QStringLiteral("contacts.verified"), QDate(2026, 4, 2)), CheckStatus::DueSoon);
    EXPECT_EQ(status(QStringLiteral("contacts.verified"), QDate(2026, 4, 3)), CheckStatus::Failing);
    ASSERT_TRUE(
        b->settings()
            .setValue(admin, QStringLiteral("readiness.period.handbook_days"), QStringLiteral("30"))
            .ok());
    EXPECT_EQ(status(QStringLiteral("contacts.verified"), QDate(2026, 2, 2)), CheckStatus::Failing);
    ASSERT_TRUE(b->settings()
                    .setValue(admin, QStringLiteral("readiness.due_soon_days"), QStringLiteral("5"))
                    .ok());
    EXPECT_EQ(status(QStringLiteral("contacts.verified"), QDate(2026, 1, 20)), CheckStatus::Ok);
    EXPECT_EQ(status(QStringLiteral("contacts.verified"), QDate(2026, 1, 28)),
              CheckStatus::DueSoon);
}

TEST_F(ReadinessTest, AgreementsReviewedAndUnexpired)
{
    // Reviewed 2025-12-01, every 365 days: next review 2026-12-01.
    EXPECT_EQ(status(QStringLiteral("contacts.agreements"), QDate(2026, 11, 15)),
              CheckStatus::DueSoon);
    EXPECT_EQ(status(QStringLiteral("contacts.agreements"), QDate(2026, 12, 2)),
              CheckStatus::Failing);
    EXPECT_EQ(status(QStringLiteral("contacts.agreements"), QDate(2028, 1, 1)),
              CheckStatus::Failing);
}

TEST_F(ReadinessTest, RosterGapsFailAndLaterGapsAreDueSoon)
{
    const auto addLeave = [&](qint64 who, const QDate &from) {
        Leave l;
        l.contactId = who;
        l.start = readinessLocal(from.year(), from.month(), from.day(), 0, 0);
        l.end = l.start.addDays(2);
        ASSERT_TRUE(b->roster().addLeave(admin, l).ok());
    };
    // Both duty leaders away around day 40: the rota has a gap after the 30 days.
    addLeave(ready.people.at(0), QDate(2026, 2, 14));
    addLeave(ready.people.at(1), QDate(2026, 2, 14));
    ReadinessCheck c = check(QStringLiteral("roster.coverage"));
    EXPECT_EQ(c.status, CheckStatus::DueSoon) << c.summary.toStdString();
    EXPECT_EQ(c.dueBy, QDate(2026, 2, 14));
    // Ten days later the gap is inside the 30 days.
    c = check(QStringLiteral("roster.coverage"), QDate(2026, 1, 20));
    EXPECT_EQ(c.status, CheckStatus::Failing);
    EXPECT_TRUE(c.summary.contains(QStringLiteral("02-14"))) << c.summary.toStdString();
    // After it, covered again.
    EXPECT_EQ(status(QStringLiteral("roster.coverage"), QDate(2026, 2, 17)), CheckStatus::Ok);
}

TEST_F(ReadinessTest, RosterNeedsBackupEvenWhenTheRoleDoesNotRequireIt)
{
    for (const Rotation &r : *b->roster().rotations())
        if (r.slot == Slot::Backup && r.name.startsWith(QStringLiteral("it_lead"))) {
            ASSERT_TRUE(b->roster().removeRotation(admin, r.id).ok());
        }
    const ReadinessCheck c = check(QStringLiteral("roster.coverage"));
    EXPECT_EQ(c.status, CheckStatus::Failing);
}

TEST_F(ReadinessTest, PlanContentsOfTheCurrentVersion)
{
    PlanVersion v = *ready.plans.version(ready.planVersionId);
    v.id = 0;
    v.version = 0;
    v.label = QStringLiteral("v1.1");
    v.minor = 1;
    v.effectiveDate = QDate(2026, 2, 1);
    v.sections.remove(PlanSection::Investigation);
    ASSERT_TRUE(ready.plans.saveVersion(admin, v).ok());
    // Not yet in effect on 2026-01-05.
    EXPECT_EQ(status(QStringLiteral("plan.contents")), CheckStatus::Ok);
    const ReadinessCheck c = check(QStringLiteral("plan.contents"), QDate(2026, 2, 1));
    EXPECT_EQ(c.status, CheckStatus::Failing);
    EXPECT_TRUE(c.evidence.join(u' ').contains(planSectionName(PlanSection::Investigation)));
    // A minor version is covered by the filing of v1.0.
    EXPECT_EQ(status(QStringLiteral("plan.filed"), QDate(2026, 2, 1)), CheckStatus::Ok);
}

TEST_F(ReadinessTest, NewMajorVersionMustBeFiled)
{
    PlanVersion v = *ready.plans.version(ready.planVersionId);
    v.id = 0;
    v.version = 0;
    v.label = QStringLiteral("v2.0");
    v.major = 2;
    v.effectiveDate = QDate(2026, 1, 3);
    ASSERT_TRUE(ready.plans.saveVersion(admin, v).ok());
    EXPECT_EQ(status(QStringLiteral("plan.filed"), QDate(2026, 1, 2)), CheckStatus::Ok);
    const ReadinessCheck c = check(QStringLiteral("plan.filed"));
    EXPECT_EQ(c.status, CheckStatus::Failing);
    EXPECT_TRUE(c.summary.contains(QStringLiteral("v2.0")));
}

TEST_F(ReadinessTest, PlanReviewedWithinTwelveMonths)
{
    // Reviewed 2025-12-01: due 2026-12-01.
    const ReadinessCheck soon = check(QStringLiteral("plan.reviewed"), QDate(2026, 11, 15));
    EXPECT_EQ(soon.status, CheckStatus::DueSoon);
    EXPECT_EQ(soon.dueBy, QDate(2026, 12, 1));
    EXPECT_EQ(status(QStringLiteral("plan.reviewed"), QDate(2026, 12, 2)), CheckStatus::Failing);
    // Before the first review there was none.
    EXPECT_EQ(status(QStringLiteral("plan.reviewed"), QDate(2025, 11, 30)), CheckStatus::Failing);
}

TEST_F(ReadinessTest, PlanReviewedAfterDrillThatAskedForIt)
{
    const qint64 drill =
        ready.heldDrill(QStringLiteral("通信中断演练"), readinessLocal(2025, 12, 10), true);
    ReadinessCheck c = check(QStringLiteral("plan.drill_reviews"));
    EXPECT_EQ(c.status, CheckStatus::Failing);
    EXPECT_TRUE(c.summary.contains(QStringLiteral("通信中断演练")));
    // Before the drill nothing was asked.
    EXPECT_EQ(status(QStringLiteral("plan.drill_reviews"), QDate(2025, 12, 9)), CheckStatus::Ok);
    PlanReview review;
    review.date = QDate(2026, 1, 4);
    review.reviewer = QStringLiteral("赵总");
    review.result = QStringLiteral("已修订联系人");
    review.drillId = drill;
    ASSERT_TRUE(ready.plans.saveReview(admin, review).ok());
    EXPECT_EQ(status(QStringLiteral("plan.drill_reviews")), CheckStatus::Ok);
    EXPECT_EQ(status(QStringLiteral("plan.drill_reviews"), QDate(2026, 1, 3)),
              CheckStatus::Failing);
}

TEST_F(ReadinessTest, FaultTypesNeedReportFlows)
{
    const QString type = drillFaultTypes().first();
    ASSERT_TRUE(ready.plans.removeReportFlow(admin, type).ok());
    const ReadinessCheck c = check(QStringLiteral("plan.fault_types"));
    EXPECT_EQ(c.status, CheckStatus::Failing) << c.summary.toStdString();
}

TEST_F(ReadinessTest, DocumentsCheckedWithinPeriod)
{
    // Checked 2025-12-01, 365 days: due 2026-12-01.
    EXPECT_EQ(status(QStringLiteral("inventory.documents"), QDate(2026, 11, 15)),
              CheckStatus::DueSoon);
    EXPECT_EQ(status(QStringLiteral("inventory.documents"), QDate(2026, 12, 2)),
              CheckStatus::Failing);
    const auto docs = *ready.inventory.documents();
    ASSERT_TRUE(ready.inventory.removeDocument(admin, docs.first().id).ok());
    const ReadinessCheck c = check(QStringLiteral("inventory.documents"));
    EXPECT_EQ(c.status, CheckStatus::Failing);
    EXPECT_TRUE(c.summary.contains(documentKindName(docs.first().kind)));
}

TEST_F(ReadinessTest, SuppliesStocktakenAndNotExpired)
{
    // Counted 2025-12-01, 180 days: due 2026-05-30; expires 2027-06-30.
    EXPECT_EQ(status(QStringLiteral("inventory.supplies"), QDate(2026, 5, 10)),
              CheckStatus::DueSoon);
    EXPECT_EQ(status(QStringLiteral("inventory.supplies"), QDate(2026, 6, 1)),
              CheckStatus::Failing);
    SupplyItem item = test::supplyNamed(ready.inventory, QStringLiteral("应急照明灯"));
    item.expiry = QDate(2026, 1, 20);
    ASSERT_TRUE(ready.inventory.saveSupply(admin, item).ok());
    const ReadinessCheck soon = check(QStringLiteral("inventory.supplies"));
    EXPECT_EQ(soon.status, CheckStatus::DueSoon);
    EXPECT_EQ(soon.dueBy, QDate(2026, 1, 19));
    const ReadinessCheck expired = check(QStringLiteral("inventory.supplies"), QDate(2026, 1, 20));
    EXPECT_EQ(expired.status, CheckStatus::Failing);
    EXPECT_TRUE(expired.summary.contains(QStringLiteral("应急照明灯")));
}

TEST_F(ReadinessTest, SuppliesNeedEveryKindTheStandardNames)
{
    EXPECT_EQ(status(QStringLiteral("inventory.supplies")), CheckStatus::Ok);
    // Without fire equipment (the item moved to spare parts) the check fails naming the kind.
    SupplyItem item = test::supplyNamed(ready.inventory, QStringLiteral("气体灭火器"));
    item.category = SupplyCategory::SpareParts;
    ASSERT_TRUE(ready.inventory.saveSupply(admin, item).ok());
    const ReadinessCheck c = check(QStringLiteral("inventory.supplies"));
    EXPECT_EQ(c.status, CheckStatus::Failing);
    EXPECT_TRUE(c.summary.contains(supplyCategoryName(SupplyCategory::Fire)))
        << c.summary.toStdString();
    EXPECT_FALSE(c.summary.contains(supplyCategoryName(SupplyCategory::Communication)));
    EXPECT_FALSE(c.summary.contains(supplyCategoryName(SupplyCategory::EmergencyLighting)))
        << c.summary.toStdString();
}

TEST_F(ReadinessTest, FixLinksOpenTheRightTabAndRolesAreNamed)
{
    const ReadinessCheck faults = check(QStringLiteral("plan.fault_types"));
    EXPECT_EQ(faults.fixPage, QStringLiteral("plans"));
    EXPECT_EQ(faults.fixTarget, QStringLiteral("coverage"));
    // Without the duty leader role the check names the role, not its key.
    ASSERT_TRUE(b->database()
                    .exec(QStringLiteral("UPDATE duty_roles SET key = 'renamed' WHERE key = "
                                         "'duty_leader'"))
                    .ok());
    const ReadinessCheck roster = check(QStringLiteral("roster.coverage"));
    EXPECT_EQ(roster.status, CheckStatus::Failing);
    EXPECT_TRUE(roster.summary.contains(QStringLiteral("Duty leader")))
        << roster.summary.toStdString();
    EXPECT_FALSE(roster.summary.contains(QStringLiteral("duty_leader")));
}

TEST_F(ReadinessTest, BudgetForTheYear)
{
    EXPECT_EQ(status(QStringLiteral("inventory.budget"), QDate(2026, 12, 15)),
              CheckStatus::DueSoon);
    EXPECT_EQ(status(QStringLiteral("inventory.budget"), QDate(2027, 1, 1)), CheckStatus::Failing);
    EXPECT_EQ(status(QStringLiteral("inventory.budget"), QDate(2025, 12, 31)),
              CheckStatus::Failing);
}

TEST_F(ReadinessTest, DrillEveryHalfYear)
{
    // 2025 H2 held; 2026 H1 open until 06-30.
    EXPECT_EQ(status(QStringLiteral("drills.half_year"), QDate(2026, 3, 1)), CheckStatus::Ok);
    const ReadinessCheck soon = check(QStringLiteral("drills.half_year"), QDate(2026, 6, 10));
    EXPECT_EQ(soon.status, CheckStatus::DueSoon);
    EXPECT_EQ(soon.dueBy, QDate(2026, 6, 30));
    EXPECT_EQ(status(QStringLiteral("drills.half_year"), QDate(2026, 7, 1)), CheckStatus::Failing);
    ready.heldDrill(QStringLiteral("上半年演练"), readinessLocal(2026, 5, 20), false);
    EXPECT_EQ(status(QStringLiteral("drills.half_year"), QDate(2026, 7, 1)), CheckStatus::Ok);
    EXPECT_EQ(status(QStringLiteral("drills.half_year"), QDate(2026, 6, 10)), CheckStatus::Ok);
}

TEST_F(ReadinessTest, DrillRecordsOfTwoYears)
{
    EXPECT_EQ(status(QStringLiteral("drills.retention")), CheckStatus::Ok);
    // An older record shows that 2025 H1 has none.
    ready.heldDrill(QStringLiteral("2024年演练"), readinessLocal(2024, 11, 5), false);
    const ReadinessCheck c = check(QStringLiteral("drills.retention"));
    EXPECT_EQ(c.status, CheckStatus::Failing);
    EXPECT_TRUE(c.summary.contains(halfYearName({2025, 1}))) << c.summary.toStdString();
    // Before any drill was recorded the check does not apply.
    EXPECT_EQ(status(QStringLiteral("drills.retention"), QDate(2024, 1, 1)),
              CheckStatus::NotApplicable);
}

TEST_F(ReadinessTest, ImprovementActionsOnTime)
{
    DrillFinding finding;
    finding.drillId = ready.drillId;
    finding.text = QStringLiteral("备机切换慢");
    const auto findingId = b->drills().saveFinding(admin, finding);
    ASSERT_TRUE(findingId.ok()) << findingId.error().toStdString();
    ImprovementAction action;
    action.findingId = *findingId;
    action.text = QStringLiteral("优化切换脚本");
    action.ownerId = ready.itLead;
    action.due = QDate(2026, 1, 20);
    ASSERT_TRUE(b->drills().saveAction(admin, action).ok());
    const ReadinessCheck soon = check(QStringLiteral("drills.actions"));
    EXPECT_EQ(soon.status, CheckStatus::DueSoon);
    EXPECT_EQ(soon.dueBy, QDate(2026, 1, 20));
    EXPECT_EQ(status(QStringLiteral("drills.actions"), QDate(2026, 1, 20)), CheckStatus::DueSoon);
    const ReadinessCheck late = check(QStringLiteral("drills.actions"), QDate(2026, 1, 21));
    EXPECT_EQ(late.status, CheckStatus::Failing);
    EXPECT_TRUE(late.summary.contains(QStringLiteral("优化切换脚本")));
}

TEST_F(ReadinessTest, KeyPostsTrainedWithinPeriod)
{
    // Trained 2025-11-01, 12 months: due 2026-11-01.
    const ReadinessCheck soon = check(QStringLiteral("training.key_posts"), QDate(2026, 10, 15));
    EXPECT_EQ(soon.status, CheckStatus::DueSoon);
    EXPECT_EQ(soon.dueBy, QDate(2026, 11, 1));
    EXPECT_EQ(status(QStringLiteral("training.key_posts"), QDate(2026, 11, 2)),
              CheckStatus::Failing);
    ASSERT_TRUE(b->settings()
                    .setValue(admin, QStringLiteral("readiness.period.training_months"),
                              QStringLiteral("24"))
                    .ok());
    EXPECT_EQ(status(QStringLiteral("training.key_posts"), QDate(2026, 11, 2)), CheckStatus::Ok);
}

} // namespace
} // namespace dd::test

namespace dd::test {
namespace {

// Every key the report context holds is documented, and the monthly templates use only
// documented names.
void collectPaths(const QVariantMap &map, const QString &prefix, QSet<QString> &out)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().typeId() == QMetaType::QVariantMap) { // objects are not variables
            collectPaths(it.value().toMap(), path, out);
            continue;
        }
        out.insert(path);
        if (it.value().typeId() == QMetaType::QVariantList)
            for (const QVariant &item : it.value().toList())
                if (item.typeId() == QMetaType::QVariantMap)
                    collectPaths(item.toMap(), path, out);
    }
}

TEST_F(ReadinessTest, ReportContextIsDocumented)
{
    ready.heldDrill(QStringLiteral("通信中断演练"), readinessLocal(2025, 12, 10), true);
    const auto context =
        ReadinessReportContext::build(*b, QDate(2026, 1, 5), QStringLiteral("zh_CN"));
    ASSERT_TRUE(context.ok()) << context.error().toStdString();
    QSet<QString> documented;
    for (const ContextVariable &v : ReadinessReportContext::variables())
        documented.insert(v.path);
    QSet<QString> used;
    collectPaths(*context, QString(), used);
    for (const QString &path : used)
        EXPECT_TRUE(documented.contains(path)) << path.toStdString();
    const QVariantMap r = context->value(QStringLiteral("readiness")).toMap();
    EXPECT_EQ(r.value(QStringLiteral("failing_count")).toString(), QStringLiteral("1"));
    EXPECT_FALSE(r.value(QStringLiteral("ready")).toBool());
    EXPECT_EQ(r.value(QStringLiteral("month")).toString(), QStringLiteral("2026年1月"));
    EXPECT_EQ(
        r.value(QStringLiteral("failing")).toList().first().toMap().value(QStringLiteral("status")),
        QStringLiteral("未达标"));
    EXPECT_EQ(ReadinessReportContext::subjectOf(QDate(2026, 1, 31)), 20260131);
    EXPECT_EQ(ReadinessReportContext::dateOf(20260131), QDate(2026, 1, 31));
    EXPECT_FALSE(ReadinessReportContext::dateOf(2026).isValid());
    // The templates' top-level names are documented (the template checker does the rest once
    // the context is wired).
    const QRegularExpression tag(QStringLiteral("\\{\\{[#^/]?(readiness\\.[a-z_.]+)\\}\\}"));
    for (const char *file : {"readiness_monthly.mustache", "readiness_monthly_en.mustache"}) {
        QFile f(QStringLiteral(DD_READINESS_TEMPLATES "/") + QString::fromLatin1(file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file;
        const QString text = QString::fromUtf8(f.readAll());
        int found = 0;
        for (auto m = tag.globalMatch(text); m.hasNext(); ++found) {
            const QString name = m.next().captured(1);
            EXPECT_TRUE(documented.contains(name)) << file << ": " << name.toStdString();
        }
        EXPECT_GT(found, 10) << file;
    }
}

// The monthly report numbers its sections without a gap: an empty list still has its section,
// saying "none".
TEST_F(ReadinessTest, MonthlyReportNumbersEverySectionEvenWhenAListIsEmpty)
{
    TemplateLibrary library(b->database(), b->audit(), b->clock());
    for (const auto &[id, language, headings, none] :
         {std::tuple{"readiness_monthly", "zh_CN",
                     QStringList{QStringLiteral("## 一、"), QStringLiteral("## 二、"),
                                 QStringLiteral("## 三、"), QStringLiteral("## 四、")},
                     QStringLiteral("无。")},
          std::tuple{"readiness_monthly_en", "en",
                     QStringList{QStringLiteral("## 1. "), QStringLiteral("## 2. "),
                                 QStringLiteral("## 3. "), QStringLiteral("## 4. ")},
                     QStringLiteral("None.")}}) {
        const auto t = library.get(QString::fromLatin1(id));
        ASSERT_TRUE(t.ok()) << id;
        // Nothing failing and nothing due soon (2026-01-05), then one failing check.
        for (const bool failing : {false, true}) {
            if (failing) {
                ASSERT_TRUE(b->contacts().setSuccession(admin, {ready.people.at(0)}).ok());
            }
            const auto context =
                ReadinessReportContext::build(*b, QDate(2026, 1, 5), QString::fromLatin1(language));
            ASSERT_TRUE(context.ok()) << context.error().toStdString();
            const auto r = ReportEngine::render(*t, *context);
            ASSERT_TRUE(r.ok()) << id << ": " << r.error().toStdString();
            qsizetype at = 0;
            for (const QString &heading : headings) {
                const qsizetype found = r->text.indexOf(heading, at);
                EXPECT_GE(found, at) << id << " " << heading.toStdString() << "\n"
                                     << r->text.toStdString();
                at = std::max(at, found);
            }
            EXPECT_EQ(r->text.count(none), failing ? 1 : 2) << id << "\n" << r->text.toStdString();
        }
        ASSERT_TRUE(
            b->contacts()
                .setSuccession(admin, {ready.people.at(0), ready.people.at(1), ready.itLead})
                .ok());
    }
}

// The demo company (dutyctl demo) is a realistic institution: mostly ready, with a few
// findings for the readiness page and the dashboard to show, and no check that cannot run.
TEST(ReadinessDemo, DemoDatabaseIsMostlyReadyWithAFewRealisticFindings)
{
    TempBackend b;
    DemoGenerator demo(*b);
    const auto summary = demo.generate(DemoScale::Small);
    ASSERT_TRUE(summary.ok()) << summary.error().toStdString();
    const QDate today = b.clock().now().toTimeZone(QTimeZone(8 * 3600)).date();
    const auto r = Readiness(*b).evaluate(today);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    for (const ReadinessCheck &c : r->checks)
        std::cerr << checkStatusId(c.status).toStdString() << "  " << c.id.toStdString() << "  "
                  << c.summary.toStdString() << '\n';
    EXPECT_GE(r->checks.size(), AllIds.size());
    for (const QString &id : AllIds)
        EXPECT_NE(findCheck(*r, id), nullptr) << id.toStdString();
    const int applicable = int(r->checks.size()) - r->count(CheckStatus::NotApplicable);
    EXPECT_GT(r->count(CheckStatus::Ok) * 2, applicable) << "a majority is OK";
    EXPECT_GE(r->count(CheckStatus::Failing) + r->count(CheckStatus::DueSoon), 1)
        << "something for the duty officer to fix";
    EXPECT_LE(r->count(CheckStatus::Failing), applicable / 3) << "only a few failures";
}

} // namespace
} // namespace dd::test
