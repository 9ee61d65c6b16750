#include "contacts/phone_numbers.h"
#include "test_contacts_fixture.h"

using namespace dd;
using dd::test::ContactsTest;

TEST_F(ContactsTest, UnitsAreSavedAuditedAndNamedUniquely)
{
    const qint64 it =
        addUnit(QStringLiteral("信息技术部"), UnitKind::Internal, QStringLiteral("010-65550000"));
    EXPECT_EQ(lastAction(), QStringLiteral("unit.create"));
    Unit u = *repo().unit(it);
    EXPECT_EQ(u.phone, QStringLiteral("+861065550000"));
    u.address = QStringLiteral("北京市朝阳区");
    ASSERT_TRUE(repo().saveUnit(admin, u).ok());
    EXPECT_EQ(lastAction(), QStringLiteral("unit.update"));
    EXPECT_EQ(repo().unit(it)->address, QStringLiteral("北京市朝阳区"));

    Unit twin;
    twin.name = QStringLiteral(" 信息技术部 ");
    auto refused = repo().saveUnit(admin, twin);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().startsWith(QStringLiteral("Unit name")))
        << refused.error().toStdString();

    Unit badPhone;
    badPhone.name = QStringLiteral("中国电信");
    badPhone.phone = QStringLiteral("abc");
    auto bad = repo().saveUnit(admin, badPhone);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().startsWith(QStringLiteral("Unit phone"))) << bad.error().toStdString();
    EXPECT_EQ(repo().units()->size(), 1);

    Unit fire;
    fire.name = QStringLiteral("朝阳消防");
    fire.kind = UnitKind::Fire;
    fire.phone = QStringLiteral("119");
    ASSERT_TRUE(repo().saveUnit(admin, fire).ok());
    EXPECT_EQ(repo().units()->size(), 2);
}

TEST_F(ContactsTest, UnitInUseCannotBeRemoved)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 empty = addUnit(QStringLiteral("空部门"));
    addPerson(QStringLiteral("张三"), it);
    Status refused = repo().removeUnit(admin, it);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("信息技术部")));
    ASSERT_TRUE(repo().removeUnit(admin, empty).ok());
    EXPECT_EQ(lastAction(), QStringLiteral("unit.remove"));
    EXPECT_FALSE(repo().unit(empty).ok());
}

TEST_F(ContactsTest, ContactRoundTripsWithNormalisedPhones)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    Contact c;
    c.name = QStringLiteral("  张三 ");
    c.unitId = it;
    c.position = QStringLiteral("运维经理");
    c.mobile = QStringLiteral("138 0013 8000");
    c.officePhone = QStringLiteral("010-65550000转12");
    c.dutyPhone = QStringLiteral("400-820-8820");
    c.fax = QStringLiteral("(010)6555 0001");
    c.email = QStringLiteral("zhangsan@example.com");
    c.notes = QStringLiteral("夜间优先手机");
    auto id = repo().saveContact(admin, c);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_EQ(lastAction(), QStringLiteral("contact.create"));

    const Contact saved = *repo().contact(*id);
    EXPECT_EQ(saved.name, QStringLiteral("张三"));
    EXPECT_EQ(saved.unitId, it);
    EXPECT_EQ(saved.mobile, QStringLiteral("+8613800138000"));
    EXPECT_EQ(saved.officePhone, QStringLiteral("+861065550000;ext=12"));
    EXPECT_EQ(saved.dutyPhone, QStringLiteral("+864008208820"));
    EXPECT_EQ(saved.fax, QStringLiteral("+861065550001"));
    EXPECT_EQ(saved.email, QStringLiteral("zhangsan@example.com"));
    EXPECT_TRUE(saved.inHandbook);
    EXPECT_TRUE(saved.active);
    EXPECT_EQ(saved.version, 1);
    EXPECT_FALSE(saved.lastVerified.isValid());
    EXPECT_EQ(saved.bestPhone(), QStringLiteral("+864008208820"));

    Contact edited = saved;
    edited.mobile = QStringLiteral("13900139000");
    ASSERT_TRUE(repo().saveContact(admin, edited).ok());
    EXPECT_EQ(lastAction(), QStringLiteral("contact.update"));
    const Contact after = *repo().contact(*id);
    EXPECT_EQ(after.mobile, QStringLiteral("+8613900139000"));
    EXPECT_EQ(after.version, 2);
    const AuditRecord row = backend->audit().latest(1)->first();
    EXPECT_TRUE(row.before.contains(QStringLiteral("+8613800138000")));
    EXPECT_TRUE(row.after.contains(QStringLiteral("+8613900139000")));
}

TEST_F(ContactsTest, InvalidPhoneRefusesTheWholeSaveNamingTheField)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 id = addPerson(QStringLiteral("张三"), it, QStringLiteral("13800138000"));
    const qint64 auditBefore = *backend->audit().count();
    Contact c = *repo().contact(id);
    c.position = QStringLiteral("新职位");
    c.fax = QStringLiteral("13800138000"); // a mobile cannot receive faxes
    auto refused = repo().saveContact(admin, c);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().startsWith(QStringLiteral("Fax:")))
        << refused.error().toStdString();
    c.fax.clear();
    c.officePhone = QStringLiteral("12345");
    refused = repo().saveContact(admin, c);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().startsWith(QStringLiteral("Office phone:")));
    c.officePhone.clear();
    c.mobile = QStringLiteral("010-65550000");
    refused = repo().saveContact(admin, c);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().startsWith(QStringLiteral("Mobile:")));
    EXPECT_TRUE(refused.error().contains(QStringLiteral("landline")));

    const Contact unchanged = *repo().contact(id);
    EXPECT_EQ(unchanged.position, QString());
    EXPECT_EQ(unchanged.mobile, QStringLiteral("+8613800138000"));
    EXPECT_EQ(unchanged.version, 1);
    EXPECT_EQ(*backend->audit().count(), auditBefore);
}

TEST_F(ContactsTest, ValidationNamesTheField)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    Contact c;
    c.name = QStringLiteral("   ");
    EXPECT_TRUE(repo().saveContact(admin, c).error().startsWith(QStringLiteral("Name")));
    c.name = QStringLiteral("李四");
    c.email = QStringLiteral("lisi@");
    EXPECT_TRUE(repo().saveContact(admin, c).error().startsWith(QStringLiteral("E-mail")));
    c.email.clear();
    c.unitId = 999;
    EXPECT_TRUE(repo().saveContact(admin, c).error().startsWith(QStringLiteral("Unit")));
    c.unitId = it;
    c.backupId = 999;
    EXPECT_TRUE(repo().saveContact(admin, c).error().startsWith(QStringLiteral("Backup")));
    c.backupId = 0;
    auto id = repo().saveContact(admin, c);
    ASSERT_TRUE(id.ok());
    Contact self = *repo().contact(*id);
    self.backupId = self.id;
    EXPECT_TRUE(repo().saveContact(admin, self).error().startsWith(QStringLiteral("Backup")));
    EXPECT_TRUE(repo().contacts()->size() == 1);
}

TEST_F(ContactsTest, BackupMustBeAnActiveContact)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 a = addPerson(QStringLiteral("张三"), it);
    const qint64 b = addPerson(QStringLiteral("李四"), it);
    Contact c = *repo().contact(a);
    c.backupId = b;
    ASSERT_TRUE(repo().saveContact(admin, c).ok());
    EXPECT_EQ(repo().contact(a)->backupId, b);
    const qint64 d = addPerson(QStringLiteral("王五"), it);
    ASSERT_TRUE(repo().deactivateContact(admin, d).ok());
    c = *repo().contact(a);
    c.backupId = d;
    auto refused = repo().saveContact(admin, c);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("王五")));
}

TEST_F(ContactsTest, SameNameAndMobileIsADuplicate)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 other = addUnit(QStringLiteral("运营部"));
    const qint64 first = addPerson(QStringLiteral("张三"), it, QStringLiteral("13800138000"));
    Contact twin;
    twin.name = QStringLiteral("张三");
    twin.unitId = other;
    twin.mobile = QStringLiteral("+86 138-0013-8000");
    auto refused = repo().saveContact(admin, twin);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("138 0013 8000")))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(QStringLiteral("#%1").arg(first)));
    // Same name, other mobile: a namesake, allowed.
    twin.mobile = QStringLiteral("13900139000");
    EXPECT_TRUE(repo().saveContact(admin, twin).ok());
}

TEST_F(ContactsTest, StaleVersionIsRefused)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 id = addPerson(QStringLiteral("张三"), it);
    Contact mine = *repo().contact(id);
    Contact theirs = *repo().contact(id);
    theirs.position = QStringLiteral("经理");
    ASSERT_TRUE(repo().saveContact(admin, theirs).ok());
    mine.position = QStringLiteral("主管");
    auto refused = repo().saveContact(admin, mine);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("张三 was changed by admin at ")))
        << refused.error().toStdString();
    EXPECT_EQ(repo().contact(id)->position, QStringLiteral("经理"));
}

TEST_F(ContactsTest, ReadersCannotWrite)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    Contact c;
    c.name = QStringLiteral("张三");
    c.unitId = it;
    EXPECT_FALSE(repo().saveContact(viewer(), c).ok());
    Unit u;
    u.name = QStringLiteral("x");
    EXPECT_FALSE(repo().saveUnit(viewer(), u).ok());
    EXPECT_FALSE(repo().setSuccession(viewer(), {}).ok());
    EXPECT_FALSE(repo().recordDistribution(viewer(), {}).ok());
    EXPECT_TRUE(repo().contacts()->isEmpty());
}

TEST_F(ContactsTest, SearchByNamePositionUnitAndPhoneDigits)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 ops = addUnit(QStringLiteral("运营部"));
    const qint64 zhang = addPerson(QStringLiteral("张三"), it, QStringLiteral("13800138000"),
                                   QStringLiteral("运维经理"));
    const qint64 li = addPerson(QStringLiteral("李四"), ops, QStringLiteral("13900139000"));
    Contact c = *repo().contact(li);
    c.officePhone = QStringLiteral("010-65550000");
    ASSERT_TRUE(repo().saveContact(admin, c).ok());

    const auto ids = [&](const QString &text, qint64 unitId = 0) {
        ContactQuery q;
        q.text = text;
        q.unitId = unitId;
        QList<qint64> out;
        for (const Contact &found : *repo().contacts(q))
            out << found.id;
        return out;
    };
    EXPECT_EQ(ids(QStringLiteral("张")), QList<qint64>{zhang});
    EXPECT_EQ(ids(QStringLiteral("运维")), QList<qint64>{zhang});
    EXPECT_EQ(ids(QStringLiteral("运营部")), QList<qint64>{li});
    EXPECT_EQ(ids(QStringLiteral("13800138000")), QList<qint64>{zhang});
    EXPECT_EQ(ids(QStringLiteral("1380013")), QList<qint64>{zhang});
    EXPECT_EQ(ids(QStringLiteral("138 0013 8000")), QList<qint64>{zhang});
    EXPECT_EQ(ids(QStringLiteral("+8613800138000")), QList<qint64>{zhang});
    EXPECT_EQ(ids(QStringLiteral("010-6555")), QList<qint64>{li});
    EXPECT_EQ(ids(QString(), ops), QList<qint64>{li});
    EXPECT_EQ(ids(QString()).size(), 2);
    EXPECT_TRUE(ids(QStringLiteral("王")).isEmpty());
}

TEST_F(ContactsTest, DeactivatedPeopleLeaveTheListButStay)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 id = addPerson(QStringLiteral("张三"), it);
    ASSERT_TRUE(repo().deactivateContact(admin, id).ok());
    EXPECT_EQ(lastAction(), QStringLiteral("contact.deactivate"));
    EXPECT_TRUE(repo().contacts()->isEmpty());
    ContactQuery all;
    all.activeOnly = false;
    ASSERT_EQ(repo().contacts(all)->size(), 1);
    EXPECT_FALSE(repo().contact(id)->active);
}

TEST_F(ContactsTest, StaleMeansNotVerifiedWithinTheConfiguredPeriod)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 never = addPerson(QStringLiteral("从未核对"), it);
    const qint64 old = addPerson(QStringLiteral("很久以前"), it);
    const qint64 fresh = addPerson(QStringLiteral("刚核对"), it);
    const qint64 outside = addPerson(QStringLiteral("手册外"), it);
    Contact o = *repo().contact(outside);
    o.inHandbook = false;
    ASSERT_TRUE(repo().saveContact(admin, o).ok());

    const QDate today(2026, 1, 5);
    EXPECT_EQ(*repo().verifyDays(), 90);
    ASSERT_TRUE(repo().markVerified(admin, {old}, today.addDays(-91)).ok());
    EXPECT_EQ(lastAction(), QStringLiteral("contact.verify"));
    ASSERT_TRUE(repo().markVerified(admin, {fresh}, today.addDays(-90)).ok());
    EXPECT_EQ(repo().contact(fresh)->lastVerified, today.addDays(-90));

    QList<qint64> stale;
    for (const Contact &c : *repo().stale(today))
        stale << c.id;
    EXPECT_EQ(stale, (QList<qint64>{never, old}));

    ASSERT_TRUE(backend->settings()
                    .setValue(admin, QStringLiteral("handbook.verify_days"), QStringLiteral("30"))
                    .ok());
    EXPECT_EQ(repo().stale(today)->size(), 3);
    ASSERT_TRUE(repo().markVerified(admin, {never, old, fresh}, today).ok());
    EXPECT_TRUE(repo().stale(today)->isEmpty());

    EXPECT_FALSE(repo().markVerified(admin, {fresh}, today.addDays(1)).ok());
    ASSERT_TRUE(backend->settings()
                    .setValue(admin, QStringLiteral("handbook.verify_days"), QStringLiteral("soon"))
                    .ok());
    EXPECT_TRUE(repo().stale(today).error().contains(QStringLiteral("handbook.verify_days")));
}

TEST_F(ContactsTest, VerifyPeriodIsTheReadinessSetting)
{
    const auto set = [&](const char *key, const char *value) {
        ASSERT_TRUE(backend->settings()
                        .setValue(admin, QString::fromLatin1(key), QString::fromLatin1(value))
                        .ok());
    };
    EXPECT_EQ(*repo().verifyDays(), 90);
    // The older handbook key counts while the readiness key is not set...
    set("handbook.verify_days", "45");
    EXPECT_EQ(*repo().verifyDays(), 45);
    // ...and the readiness check's key wins once it is.
    set("readiness.period.handbook_days", "30");
    EXPECT_EQ(*repo().verifyDays(), 30);
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 person = addPerson(QStringLiteral("张三"), it);
    const QDate today(2026, 1, 5);
    ASSERT_TRUE(repo().markVerified(admin, {person}, today.addDays(-31)).ok());
    EXPECT_EQ(repo().stale(today)->size(), 1);
    set("readiness.period.handbook_days", "60");
    EXPECT_TRUE(repo().stale(today)->isEmpty());
    // A stored value that is no number (written around the settings checks) is refused by name.
    ASSERT_TRUE(backend->database()
                    .exec(QStringLiteral("UPDATE settings SET value = 'never' WHERE key = "
                                         "'readiness.period.handbook_days'"))
                    .ok());
    EXPECT_TRUE(
        repo().stale(today).error().contains(QStringLiteral("readiness.period.handbook_days")));
}

TEST_F(ContactsTest, VerifyingBumpsTheVersion)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 id = addPerson(QStringLiteral("张三"), it);
    Contact editing = *repo().contact(id);
    ASSERT_TRUE(repo().markVerified(admin, {id}, QDate(2026, 1, 4)).ok());
    editing.position = QStringLiteral("经理");
    EXPECT_FALSE(repo().saveContact(admin, editing).ok());
    EXPECT_FALSE(repo().markVerified(admin, {999}, QDate(2026, 1, 4)).ok());
}
