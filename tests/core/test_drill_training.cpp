// Training sessions and per-person training status for the key posts.
#include "storage/database.h"
#include "test_drill_fixture.h"

namespace dd::test {
namespace {

using DrillTraining = DrillFixture;

TrainingSession session(const QString &title, const QDate &date, const QList<qint64> &attendees)
{
    TrainingSession s;
    s.topic = TrainingTopic::EmergencyPlan;
    s.title = title;
    s.date = date;
    s.trainer = QStringLiteral("王强");
    s.attendees = attendees;
    s.materials = QStringLiteral("应急预案 2026 版.pdf");
    return s;
}

TEST_F(DrillTraining, SessionsRoundTripWithVersion)
{
    auto id = repo.saveTraining(
        admin, session(QStringLiteral("应急预案培训"), QDate(2026, 3, 2), {li, zhang, li}));
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    auto s = repo.training(*id);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->title, QStringLiteral("应急预案培训"));
    EXPECT_EQ(s->date, QDate(2026, 3, 2));
    EXPECT_EQ(s->attendees, (QList<qint64>{zhang, li}));
    EXPECT_EQ(s->materials, QStringLiteral("应急预案 2026 版.pdf"));
    EXPECT_EQ(s->version, 1);
    TrainingSession edit = *s;
    edit.topic = TrainingTopic::IndustryRules;
    ASSERT_TRUE(repo.saveTraining(admin, edit).ok());
    EXPECT_EQ(repo.training(*id)->topic, TrainingTopic::IndustryRules);
    EXPECT_FALSE(repo.saveTraining(admin, edit).ok()); // stale
    EXPECT_EQ(repo.trainings(2026)->size(), 1);
    EXPECT_EQ(repo.trainings(2025)->size(), 0);
    EXPECT_FALSE(repo.saveTraining(admin, session(QStringLiteral("x"), QDate(), {})).ok());
    EXPECT_FALSE(
        repo.saveTraining(admin, session(QStringLiteral("x"), QDate(2026, 1, 1), {777})).ok());
    ASSERT_TRUE(repo.removeTraining(admin, *id).ok());
    EXPECT_TRUE(repo.trainings()->isEmpty());
}

TEST_F(DrillTraining, StatusCoversOrganizationAndRotationMembers)
{
    const qint64 wang = person(QStringLiteral("王强"));
    person(QStringLiteral("不在岗位的人"));
    OrgPosition chair;
    chair.body = OrgBody::Decision;
    chair.title = QStringLiteral("应急领导小组组长");
    chair.chair = true;
    chair.members = {zhang};
    auto pos = b->contacts().savePosition(admin, chair);
    ASSERT_TRUE(pos.ok()) << pos.error().toStdString();
    auto role = b->database().exec(QStringLiteral("SELECT id FROM duty_roles ORDER BY id LIMIT 1"));
    ASSERT_TRUE(role.ok() && role->next());
    auto rot = b->database().exec(
        QStringLiteral("INSERT INTO rotations (role_id, name, pattern, start_date, members, "
                       "updated_at) VALUES (?, ?, '{}', '2026-01-01', ?, ?)"),
        {role->value(0), QStringLiteral("系统管理员轮值"),
         QStringLiteral("[%1, %2]").arg(li).arg(zhang),
         QStringLiteral("2026-01-01T00:00:00.000Z")});
    ASSERT_TRUE(rot.ok()) << rot.error().toStdString();
    // A rotation that ended does not count.
    ASSERT_TRUE(
        b->database()
            .exec(QStringLiteral("INSERT INTO rotations (role_id, name, pattern, start_date, "
                                 "end_date, members, updated_at) VALUES (?, 'old', '{}', "
                                 "'2025-01-01', '2025-12-31', ?, ?)"),
                  {role->value(0), QStringLiteral("[%1]").arg(wang),
                   QStringLiteral("2026-01-01T00:00:00.000Z")})
            .ok());

    ASSERT_TRUE(
        repo.saveTraining(admin, session(QStringLiteral("一年前"), QDate(2025, 6, 1), {zhang, li}))
            .ok());
    ASSERT_TRUE(
        repo.saveTraining(admin, session(QStringLiteral("最近"), QDate(2026, 3, 2), {li})).ok());
    ASSERT_TRUE(
        repo.saveTraining(admin, session(QStringLiteral("将来"), QDate(2026, 9, 1), {zhang})).ok());

    auto status = repo.trainingStatus(QDate(2026, 6, 1));
    ASSERT_TRUE(status.ok()) << status.error().toStdString();
    ASSERT_EQ(status->size(), 2);
    const TrainingStatus &z = status->at(0).contactId == zhang ? status->at(0) : status->at(1);
    const TrainingStatus &l = status->at(0).contactId == li ? status->at(0) : status->at(1);
    EXPECT_EQ(z.posts,
              (QStringList{QStringLiteral("应急领导小组组长"), QStringLiteral("系统管理员轮值")}));
    EXPECT_EQ(z.lastTraining, QDate(2025, 6, 1));
    EXPECT_TRUE(z.current); // exactly 12 months
    EXPECT_EQ(l.lastTraining, QDate(2026, 3, 2));
    EXPECT_TRUE(l.current);
    status = repo.trainingStatus(QDate(2026, 6, 2));
    const TrainingStatus &z2 = status->at(0).contactId == zhang ? status->at(0) : status->at(1);
    EXPECT_FALSE(z2.current);
}

} // namespace
} // namespace dd::test
