// The demo drills: every state the drill views show.
#include "demo/demo_contacts.h"
#include "demo/demo_drills.h"
#include "test_drill_fixture.h"

namespace dd::test {
namespace {

TEST(DrillDemo, SeedsComplianceFindingsAndTraining)
{
    TempBackend b;
    const Actor admin = b.admin();
    auto contacts = seedDemoContacts(*b, DemoScale::Small);
    ASSERT_TRUE(contacts.ok()) << contacts.error().toStdString();
    Status seeded = seedDemoDrills(*b, admin);
    ASSERT_TRUE(seeded.ok()) << seeded.error().toStdString();

    DrillRepository repo(b->database(), b->audit(), b.clock());
    auto y2025 = repo.compliance(2025);
    ASSERT_TRUE(y2025.ok());
    EXPECT_TRUE(y2025->h1.compliant);
    EXPECT_TRUE(y2025->h2.compliant);
    auto y2026 = repo.compliance(2026);
    EXPECT_TRUE(y2026->h1.compliant);
    EXPECT_FALSE(y2026->h2.compliant);
    EXPECT_EQ(y2026->h2.planned.size(), 1);
    EXPECT_EQ(repo.list({0, DrillStatus::Draft})->size(), 1);

    auto overdue = repo.overdueActions(QDate(2026, 11, 25));
    ASSERT_TRUE(overdue.ok());
    ASSERT_EQ(overdue->size(), 1);
    EXPECT_EQ(overdue->first().action.due, QDate(2025, 12, 31));
    // The plan and rules trainings, and a hands-on session for every other key post: as of
    // the demo's today everyone in a key post is trained within 12 months.
    EXPECT_EQ(repo.trainings()->size(), 3);
    auto status = repo.trainingStatus(b.clock().now().toTimeZone(DrillRules::zone()).date());
    ASSERT_TRUE(status.ok());
    EXPECT_FALSE(status->isEmpty());
    for (const TrainingStatus &t : *status)
        EXPECT_TRUE(t.current) << t.name.toStdString();

    const Drill completed = *repo.drill(y2026->h1.completed.first().id);
    EXPECT_TRUE(completed.planUpdateNeeded.value_or(false));
    EXPECT_FALSE(completed.timeline.isEmpty());
    EXPECT_FALSE(completed.attendance.isEmpty());
    EXPECT_TRUE(b->audit().verify()->intact);
}

} // namespace
} // namespace dd::test
