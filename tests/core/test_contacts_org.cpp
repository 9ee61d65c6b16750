#include "test_contacts_fixture.h"

using namespace dd;
using dd::test::ContactsTest;

TEST_F(ContactsTest, PositionsWithMembersAndKeyTasks)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 boss = addPerson(QStringLiteral("王总"), it);
    const qint64 a = addPerson(QStringLiteral("张三"), it);
    const qint64 b = addPerson(QStringLiteral("李四"), it);

    OrgPosition exec;
    exec.body = OrgBody::Executive;
    exec.title = QStringLiteral("技术保障组组长");
    exec.department = QStringLiteral("technology");
    exec.keyTasks = {QStringLiteral("组织故障排查"), QStringLiteral("  "),
                     QStringLiteral("向指挥部报告进展")};
    exec.members = {b, a};
    auto execId = repo().savePosition(admin, exec);
    ASSERT_TRUE(execId.ok()) << execId.error().toStdString();
    EXPECT_EQ(lastAction(), QStringLiteral("org_position.create"));

    OrgPosition chair;
    chair.body = OrgBody::Decision;
    chair.title = QStringLiteral("总指挥");
    chair.chair = true;
    chair.members = {boss};
    auto chairId = repo().savePosition(admin, chair);
    ASSERT_TRUE(chairId.ok());

    const QList<OrgPosition> all = *repo().positions();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].title, QStringLiteral("总指挥")); // decision body first
    EXPECT_TRUE(all[0].chair);
    EXPECT_EQ(all[1].members, (QList<qint64>{b, a}));
    EXPECT_EQ(all[1].keyTasks,
              (QStringList{QStringLiteral("组织故障排查"), QStringLiteral("向指挥部报告进展")}));
    EXPECT_EQ(all[1].department, QStringLiteral("technology"));

    OrgPosition second = chair;
    second.title = QStringLiteral("副总指挥");
    auto refused = repo().savePosition(admin, second);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().startsWith(QStringLiteral("Chair")));
    OrgPosition execChair = exec;
    execChair.id = *execId;
    execChair.chair = true;
    EXPECT_FALSE(repo().savePosition(admin, execChair).ok());
    OrgPosition missing = exec;
    missing.id = *execId;
    missing.members = {a, 999};
    EXPECT_TRUE(repo().savePosition(admin, missing).error().contains(QStringLiteral("#999")));
    OrgPosition twice = missing;
    twice.members = {a, a};
    EXPECT_FALSE(repo().savePosition(admin, twice).ok());
    EXPECT_EQ(repo().positions()->at(1).members, (QList<qint64>{b, a}));

    OrgPosition swapped = repo().positions()->at(1);
    swapped.members = {a};
    ASSERT_TRUE(repo().savePosition(admin, swapped).ok());
    EXPECT_EQ(lastAction(), QStringLiteral("org_position.update"));
    EXPECT_EQ(repo().positions()->at(1).members, QList<qint64>{a});

    // Holding a position keeps a person from being deactivated.
    Status held = repo().deactivateContact(admin, a);
    ASSERT_FALSE(held.ok());
    EXPECT_TRUE(held.error().contains(QStringLiteral("技术保障组组长")));

    ASSERT_TRUE(repo().removePosition(admin, *execId).ok());
    EXPECT_EQ(lastAction(), QStringLiteral("org_position.remove"));
    EXPECT_EQ(repo().positions()->size(), 1);
    EXPECT_TRUE(repo().deactivateContact(admin, a).ok());
}

TEST_F(ContactsTest, SuccessionOrderSetAndRead)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 a = addPerson(QStringLiteral("王总"), it);
    const qint64 b = addPerson(QStringLiteral("张副总"), it);
    const qint64 c = addPerson(QStringLiteral("李总监"), it);
    EXPECT_TRUE(repo().succession()->isEmpty());
    ASSERT_TRUE(repo().setSuccession(admin, {a, b, c}).ok());
    EXPECT_EQ(lastAction(), QStringLiteral("succession.update"));
    EXPECT_EQ(*repo().succession(), (QList<qint64>{a, b, c}));
    ASSERT_TRUE(repo().setSuccession(admin, {c, a}).ok());
    EXPECT_EQ(*repo().succession(), (QList<qint64>{c, a}));

    const qint64 audit = *backend->audit().count();
    EXPECT_TRUE(repo().setSuccession(admin, {c, a}).ok()); // unchanged: no audit row
    EXPECT_EQ(*backend->audit().count(), audit);

    EXPECT_FALSE(repo().setSuccession(admin, {a, a}).ok());
    EXPECT_TRUE(repo()
                    .setSuccession(admin, {a, 999})
                    .error()
                    .startsWith(QStringLiteral("Succession order")));
    EXPECT_EQ(*repo().succession(), (QList<qint64>{c, a}));
    EXPECT_FALSE(repo().deactivateContact(admin, c).ok());
}

TEST_F(ContactsTest, NotificationContactsAndCommunications)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 csrc = addUnit(QStringLiteral("北京证监局"), UnitKind::Regulator);
    const qint64 lead = addPerson(QStringLiteral("赵经理"), it);
    const qint64 backup = addPerson(QStringLiteral("钱工"), it);

    NotificationContact primary{NotificationSlot::Primary, lead, QStringLiteral("010-65550000"),
                                QStringLiteral("010-65550001")};
    ASSERT_TRUE(repo().setNotificationContact(admin, primary).ok());
    EXPECT_EQ(lastAction(), QStringLiteral("notification_contact.update"));
    NotificationContact second{NotificationSlot::Backup, backup, QStringLiteral("13800138000"),
                               QString()};
    ASSERT_TRUE(repo().setNotificationContact(admin, second).ok());
    const auto all = *repo().notificationContacts();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].slot, NotificationSlot::Primary);
    EXPECT_EQ(all[0].contactId, lead);
    EXPECT_EQ(all[0].dutyPhone, QStringLiteral("+861065550000"));
    EXPECT_EQ(all[0].fax, QStringLiteral("+861065550001"));
    EXPECT_EQ(all[1].contactId, backup);

    NotificationContact badFax = second;
    badFax.fax = QStringLiteral("13900139000");
    Status refused = repo().setNotificationContact(admin, badFax);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("fax"))) << refused.error().toStdString();
    NotificationContact same = second;
    same.contactId = lead;
    EXPECT_FALSE(repo().setNotificationContact(admin, same).ok());

    NotificationCommunication told;
    told.communicated = QDate(2026, 1, 4);
    told.unitId = csrc;
    told.method = QStringLiteral("传真");
    auto id = repo().recordCommunication(admin, told);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_EQ(lastAction(), QStringLiteral("notification_communication.create"));
    const auto log = *repo().communications();
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].recipient, QStringLiteral("北京证监局"));
    EXPECT_EQ(log[0].communicated, QDate(2026, 1, 4));
    told.communicated = QDate(2026, 2, 1);
    EXPECT_FALSE(repo().recordCommunication(admin, told).ok());
    NotificationCommunication nobody;
    nobody.communicated = QDate(2026, 1, 4);
    EXPECT_TRUE(
        repo().recordCommunication(admin, nobody).error().startsWith(QStringLiteral("Recipient")));
}

TEST_F(ContactsTest, AgreementsSavedValidatedAndRemoved)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 telecom = addUnit(QStringLiteral("中国电信北京分公司"), UnitKind::Carrier);
    const qint64 ours = addPerson(QStringLiteral("张三"), it);
    const qint64 theirs = addPerson(QStringLiteral("客户经理刘"), telecom);

    Agreement a;
    a.title = QStringLiteral("专线维护服务协议");
    a.unitId = telecom;
    a.ourContactId = ours;
    a.theirContactId = theirs;
    a.scope = QStringLiteral("交易专线");
    a.responseMethod = QStringLiteral("电话+现场");
    a.responseTime = QStringLiteral("2 小时到场");
    a.validFrom = QDate(2025, 1, 1);
    a.validTo = QDate(2025, 12, 31);
    a.lastReview = QDate(2025, 6, 1);
    auto id = repo().saveAgreement(admin, a);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_EQ(lastAction(), QStringLiteral("agreement.create"));
    const Agreement saved = repo().agreements()->first();
    EXPECT_EQ(saved.title, a.title);
    EXPECT_EQ(saved.theirContactId, theirs);
    EXPECT_EQ(saved.validTo, QDate(2025, 12, 31));
    EXPECT_EQ(saved.reviewPeriodDays, 365);
    EXPECT_EQ(saved.nextReviewDue(), QDate(2026, 6, 1));
    EXPECT_TRUE(saved.expired(QDate(2026, 1, 5)));

    Agreement renewed = saved;
    renewed.validTo = QDate(2026, 12, 31);
    ASSERT_TRUE(repo().saveAgreement(admin, renewed).ok());
    EXPECT_EQ(lastAction(), QStringLiteral("agreement.update"));
    EXPECT_FALSE(repo().agreements()->first().expired(QDate(2026, 1, 5)));

    Agreement bad = renewed;
    bad.validTo = QDate(2024, 1, 1);
    EXPECT_TRUE(repo().saveAgreement(admin, bad).error().startsWith(QStringLiteral("Valid to")));
    bad = renewed;
    bad.unitId = 0;
    EXPECT_TRUE(repo().saveAgreement(admin, bad).error().startsWith(QStringLiteral("Unit")));
    bad = renewed;
    bad.theirContactId = 999;
    EXPECT_TRUE(
        repo().saveAgreement(admin, bad).error().startsWith(QStringLiteral("Their contact")));

    EXPECT_FALSE(repo().removeUnit(admin, telecom).ok());
    ASSERT_TRUE(repo().removeAgreement(admin, *id).ok());
    EXPECT_EQ(lastAction(), QStringLiteral("agreement.remove"));
    EXPECT_TRUE(repo().agreements()->isEmpty());
}
