#include "contacts/change_notice.h"
#include "contacts/change_notice_library.h"
#include "reports/template_library.h"
#include "test_contacts_fixture.h"

using namespace dd;
using dd::test::ContactsTest;

namespace {

QStringList summaries(const QList<HandbookChange> &changes)
{
    QStringList out;
    for (const HandbookChange &c : changes)
        out << c.summary;
    return out;
}

} // namespace

TEST_F(ContactsTest, ChangesSinceTheLastDistribution)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 id = addPerson(QStringLiteral("张三"), it, QStringLiteral("13800138000"));
    auto changes = *repo().changesSinceDistribution();
    ASSERT_EQ(changes.size(), 2); // the unit and the person
    EXPECT_EQ(changes[1].entity, QStringLiteral("contact"));
    EXPECT_EQ(changes[1].entityId, id);
    EXPECT_EQ(changes[1].unitId, it);
    EXPECT_EQ(changes[1].actor, QStringLiteral("admin"));
    EXPECT_TRUE(changes[1].summary.contains(QStringLiteral("张三")));

    auto first = repo().recordDistribution(admin, QStringLiteral("印发各部门"));
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_EQ(first->version, 1);
    EXPECT_EQ(lastAction(), QStringLiteral("handbook.distribute"));
    EXPECT_TRUE(repo().changesSinceDistribution()->isEmpty());

    // Same clock instant as the distribution: still counted as after it.
    Contact c = *repo().contact(id);
    c.mobile = QStringLiteral("13900139000");
    ASSERT_TRUE(repo().saveContact(admin, c).ok());
    changes = *repo().changesSinceDistribution();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_TRUE(changes[0].summary.contains(QStringLiteral("138 0013 8000 → 139 0013 9000")))
        << changes[0].summary.toStdString();

    // Things the handbook does not print are no change of the handbook.
    c = *repo().contact(id);
    c.notes = QStringLiteral("只改备注");
    ASSERT_TRUE(repo().saveContact(admin, c).ok());
    ASSERT_TRUE(repo().markVerified(admin, {id}, QDate(2026, 1, 5)).ok());
    Contact hidden;
    hidden.name = QStringLiteral("不在手册");
    hidden.inHandbook = false;
    ASSERT_TRUE(repo().saveContact(admin, hidden).ok());
    EXPECT_EQ(repo().changesSinceDistribution()->size(), 1);

    backend.clock().advanceSecs(3600);
    auto second = repo().recordDistribution(admin, {});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->version, 2);
    EXPECT_TRUE(repo().changesSinceDistribution()->isEmpty());
    const auto all = *repo().distributions();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].note, QStringLiteral("印发各部门"));
    EXPECT_EQ(repo().handbook()->version, 3);
}

TEST_F(ContactsTest, EveryPrintedThingRecordsAChange)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 telecom = addUnit(QStringLiteral("中国电信"), UnitKind::Carrier);
    const qint64 a = addPerson(QStringLiteral("张三"), it);
    const qint64 b = addPerson(QStringLiteral("李四"), it);
    ASSERT_TRUE(repo().recordDistribution(admin, {}).ok());

    OrgPosition p;
    p.title = QStringLiteral("总指挥");
    p.body = OrgBody::Decision;
    p.members = {a};
    ASSERT_TRUE(repo().savePosition(admin, p).ok());
    ASSERT_TRUE(repo().setSuccession(admin, {a, b}).ok());
    ASSERT_TRUE(repo()
                    .setNotificationContact(admin, {NotificationSlot::Primary, b,
                                                    QStringLiteral("010-65550000"), QString()})
                    .ok());
    Agreement ag;
    ag.title = QStringLiteral("专线协议");
    ag.unitId = telecom;
    ASSERT_TRUE(repo().saveAgreement(admin, ag).ok());
    Unit u = *repo().unit(telecom);
    u.phone = QStringLiteral("10000");
    ASSERT_TRUE(repo().saveUnit(admin, u).ok());

    const auto changes = *repo().changesSinceDistribution();
    QStringList entities;
    for (const HandbookChange &c : changes)
        entities << c.entity;
    EXPECT_EQ(entities, (QStringList{QStringLiteral("position"), QStringLiteral("succession"),
                                     QStringLiteral("notification"), QStringLiteral("agreement"),
                                     QStringLiteral("unit")}));
    const QStringList text = summaries(changes);
    EXPECT_TRUE(text[1].contains(QStringLiteral("张三 (信息技术部), 李四 (信息技术部)")))
        << text[1].toStdString();
    EXPECT_TRUE(text[2].contains(QStringLiteral("010 6555 0000"))) << text[2].toStdString();
    EXPECT_TRUE(text[3].contains(QStringLiteral("专线协议")));
    EXPECT_TRUE(text[4].contains(QStringLiteral("10000"))) << text[4].toStdString();
}

TEST_F(ContactsTest, HandbookReadsEverythingInOneGo)
{
    ASSERT_TRUE(backend->settings()
                    .setValue(admin, QStringLiteral("institution.name"),
                              QStringLiteral("某某证券股份有限公司"))
                    .ok());
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 telecom = addUnit(QStringLiteral("中国电信"), UnitKind::Carrier);
    const qint64 a = addPerson(QStringLiteral("张三"), it, QStringLiteral("13800138000"));
    const qint64 b = addPerson(QStringLiteral("李四"), it);
    const qint64 outside = addPerson(QStringLiteral("外包王"), telecom);
    Contact o = *repo().contact(outside);
    o.inHandbook = false;
    ASSERT_TRUE(repo().saveContact(admin, o).ok());
    OrgPosition p;
    p.title = QStringLiteral("总指挥");
    p.body = OrgBody::Decision;
    p.chair = true;
    p.members = {a};
    ASSERT_TRUE(repo().savePosition(admin, p).ok());
    ASSERT_TRUE(repo().setSuccession(admin, {a, b}).ok());
    ASSERT_TRUE(repo()
                    .setNotificationContact(admin, {NotificationSlot::Primary, b,
                                                    QStringLiteral("010-65550000"), QString()})
                    .ok());
    Agreement ag;
    ag.title = QStringLiteral("专线协议");
    ag.unitId = telecom;
    ag.theirContactId = outside;
    ASSERT_TRUE(repo().saveAgreement(admin, ag).ok());

    backend.clock().set(QDateTime(QDate(2026, 1, 5), QTime(17, 0), Qt::UTC)); // 01:00 next day
    const Handbook h = *repo().handbook();
    EXPECT_EQ(h.institution, QStringLiteral("某某证券股份有限公司"));
    EXPECT_EQ(h.version, 1);
    EXPECT_EQ(h.date, QDate(2026, 1, 6));
    ASSERT_EQ(h.units.size(), 2);
    ASSERT_EQ(h.contacts.size(), 2);
    EXPECT_EQ(h.contact(a)->mobile, QStringLiteral("+8613800138000"));
    ASSERT_EQ(h.referenced.size(), 1);
    EXPECT_EQ(h.contact(outside)->name, QStringLiteral("外包王"));
    EXPECT_EQ(h.unit(telecom)->kind, UnitKind::Carrier);
    ASSERT_EQ(h.positions.size(), 1);
    EXPECT_EQ(h.positions[0].members, QList<qint64>{a});
    EXPECT_EQ(h.succession, (QList<qint64>{a, b}));
    ASSERT_EQ(h.notification.size(), 1);
    EXPECT_EQ(h.notification[0].contactId, b);
    ASSERT_EQ(h.agreements.size(), 1);
    EXPECT_EQ(h.agreements[0].title, QStringLiteral("专线协议"));
    EXPECT_EQ(h.contact(12345), nullptr);
}

TEST_F(ContactsTest, ChangeNoticeNamesTheUnitAndTheChange)
{
    ASSERT_TRUE(backend->settings()
                    .setValue(admin, QStringLiteral("institution.name"), QStringLiteral("某某证券"))
                    .ok());
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 telecom = addUnit(QStringLiteral("中国电信"), UnitKind::Carrier);
    const qint64 power = addUnit(QStringLiteral("供电局"), UnitKind::Power);
    addUnit(QStringLiteral("无关单位"), UnitKind::Other);
    const qint64 ours = addPerson(QStringLiteral("张三"), it, QStringLiteral("13800138000"),
                                  QStringLiteral("网络管理员"));
    const qint64 lead = addPerson(QStringLiteral("李四"), it);
    Agreement line;
    line.title = QStringLiteral("专线协议");
    line.unitId = telecom;
    line.ourContactId = ours;
    ASSERT_TRUE(repo().saveAgreement(admin, line).ok());
    Agreement supply;
    supply.title = QStringLiteral("保电协议");
    supply.unitId = power;
    ASSERT_TRUE(repo().saveAgreement(admin, supply).ok());
    ASSERT_TRUE(repo()
                    .setNotificationContact(admin, {NotificationSlot::Primary, lead,
                                                    QStringLiteral("010-65550000"),
                                                    QStringLiteral("010-65550001")})
                    .ok());
    ASSERT_TRUE(repo().recordDistribution(admin, {}).ok());
    auto none = ChangeNotices::build(repo(), QStringLiteral("zh_CN"));
    ASSERT_TRUE(none.ok()) << none.error().toStdString();
    EXPECT_TRUE(none->isEmpty());

    // Our contact for the telecom agreement gets a new mobile.
    Contact c = *repo().contact(ours);
    c.mobile = QStringLiteral("13900139000");
    ASSERT_TRUE(repo().saveContact(admin, c).ok());
    auto notices = ChangeNotices::build(repo(), QStringLiteral("zh_CN"));
    ASSERT_TRUE(notices.ok()) << notices.error().toStdString();
    const auto noticeFor = [](const QList<ChangeNotice> &all, const QString &unit) {
        for (const ChangeNotice &n : all)
            if (n.unitName == unit)
                return n;
        ADD_FAILURE() << "no notice for " << unit.toStdString();
        return ChangeNotice{};
    };
    const auto unitsOf = [](const QList<ChangeNotice> &all) {
        QStringList units;
        for (const ChangeNotice &n : all)
            units << n.unitName;
        units.sort();
        return units;
    };
    // Units in the handbook's order: sort order, then name.
    EXPECT_EQ(unitsOf(*notices),
              (QStringList{QStringLiteral("中国电信"), QStringLiteral("信息技术部")}));
    EXPECT_EQ(notices->at(0).unitName, QStringLiteral("中国电信"));
    const QString text = noticeFor(*notices, QStringLiteral("中国电信")).text;
    EXPECT_TRUE(text.contains(QStringLiteral("中国电信：")));
    EXPECT_TRUE(text.contains(QStringLiteral("某某证券")));
    EXPECT_TRUE(text.contains(QStringLiteral("138 0013 8000 → 139 0013 9000")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("通报联络人：李四")));
    EXPECT_TRUE(text.contains(QStringLiteral("传真 010 6555 0001")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("《专线协议》：张三（网络管理员），电话 139 0013 9000")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2026年1月5日")));
    EXPECT_FALSE(text.contains(QStringLiteral("&")));
    EXPECT_FALSE(text.contains(QStringLiteral("\n\n\n")));

    // A new notification contact concerns every unit with an agreement.
    ASSERT_TRUE(repo()
                    .setNotificationContact(admin, {NotificationSlot::Backup, ours,
                                                    QStringLiteral("13900139000"), QString()})
                    .ok());
    notices = ChangeNotices::build(repo(), QStringLiteral("en"));
    ASSERT_TRUE(notices.ok());
    EXPECT_EQ(unitsOf(*notices), (QStringList{QStringLiteral("中国电信"), QStringLiteral("供电局"),
                                              QStringLiteral("信息技术部")}));
    const ChangeNotice powerNotice = noticeFor(*notices, QStringLiteral("供电局"));
    ASSERT_EQ(powerNotice.changes.size(), 1);
    EXPECT_TRUE(powerNotice.text.startsWith(QStringLiteral("Notice of changed")));
    EXPECT_TRUE(powerNotice.text.contains(QStringLiteral("To: 供电局")));
    EXPECT_TRUE(powerNotice.text.contains(QStringLiteral("Backup notification contact: 张三")));
    EXPECT_TRUE(powerNotice.text.contains(QStringLiteral("5 January 2026")));
    EXPECT_TRUE(powerNotice.text.contains(QStringLiteral("duty line (none) → 139 0013 9000")))
        << powerNotice.text.toStdString();
    EXPECT_FALSE(powerNotice.text.contains(QStringLiteral("fax (none)")));
}

namespace {

QStringList noticeUnits(const QList<ChangeNotice> &all)
{
    QStringList units;
    for (const ChangeNotice &n : all)
        units << n.unitName;
    units.sort();
    return units;
}

} // namespace

TEST_F(ContactsTest, NotificationChangeReachesRegulatorsAndThoseItWasCommunicatedTo)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 csrc = addUnit(QStringLiteral("上海证监局"), UnitKind::Regulator);
    const qint64 exchange = addUnit(QStringLiteral("上交所"), UnitKind::Exchange);
    const qint64 telecom = addUnit(QStringLiteral("中国电信"), UnitKind::Carrier);
    addUnit(QStringLiteral("无关单位"), UnitKind::Other);
    const qint64 lead = addPerson(QStringLiteral("李四"), it);
    Agreement line;
    line.title = QStringLiteral("专线协议");
    line.unitId = telecom;
    ASSERT_TRUE(repo().saveAgreement(admin, line).ok());
    NotificationCommunication told;
    told.communicated = QDate(2026, 1, 2);
    told.unitId = exchange;
    told.method = QStringLiteral("公函");
    ASSERT_TRUE(repo().recordCommunication(admin, told).ok());
    NotificationCommunication byName; // a recipient without a unit: no notice to address
    byName.communicated = QDate(2026, 1, 2);
    byName.recipient = QStringLiteral("中国证券业协会");
    ASSERT_TRUE(repo().recordCommunication(admin, byName).ok());
    ASSERT_TRUE(repo().recordDistribution(admin, {}).ok());

    ASSERT_TRUE(repo()
                    .setNotificationContact(admin, {NotificationSlot::Primary, lead,
                                                    QStringLiteral("010-65550000"), QString()})
                    .ok());
    auto notices = ChangeNotices::build(repo(), QStringLiteral("zh_CN"));
    ASSERT_TRUE(notices.ok()) << notices.error().toStdString();
    EXPECT_EQ(noticeUnits(*notices),
              (QStringList{QStringLiteral("上交所"), QStringLiteral("上海证监局"),
                           QStringLiteral("中国电信")}));
    for (const ChangeNotice &n : *notices) {
        ASSERT_EQ(n.changes.size(), 1) << n.unitName.toStdString();
        EXPECT_EQ(n.changes[0].entity, QStringLiteral("notification"));
        EXPECT_TRUE(n.text.contains(QStringLiteral("通报联络人：李四"))) << n.text.toStdString();
    }
    EXPECT_TRUE(repo().handbook()->communications.size() == 2);
    (void)csrc;
}

TEST_F(ContactsTest, UnitChangeReachesTheUnitAndThoseConcerned)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 ops = addUnit(QStringLiteral("运维部"));
    const qint64 csrc = addUnit(QStringLiteral("上海证监局"), UnitKind::Regulator);
    const qint64 telecom = addUnit(QStringLiteral("中国电信"), UnitKind::Carrier);
    const qint64 power = addUnit(QStringLiteral("供电局"), UnitKind::Power);
    addUnit(QStringLiteral("无关单位"), UnitKind::Other);
    const qint64 ours = addPerson(QStringLiteral("张三"), ops);
    const qint64 lead = addPerson(QStringLiteral("李四"), it);
    Agreement line;
    line.title = QStringLiteral("专线协议");
    line.unitId = telecom;
    line.ourContactId = ours;
    ASSERT_TRUE(repo().saveAgreement(admin, line).ok());
    Agreement supply;
    supply.title = QStringLiteral("保电协议");
    supply.unitId = power;
    ASSERT_TRUE(repo().saveAgreement(admin, supply).ok());
    ASSERT_TRUE(repo()
                    .setNotificationContact(admin, {NotificationSlot::Primary, lead,
                                                    QStringLiteral("010-65550000"), QString()})
                    .ok());
    ASSERT_TRUE(repo().recordDistribution(admin, {}).ok());

    // The carrier's own phone: the carrier and the department of our contact for it.
    Unit carrier = *repo().unit(telecom);
    carrier.phone = QStringLiteral("10000");
    ASSERT_TRUE(repo().saveUnit(admin, carrier).ok());
    auto notices = ChangeNotices::build(repo(), QStringLiteral("zh_CN"));
    ASSERT_TRUE(notices.ok()) << notices.error().toStdString();
    EXPECT_EQ(noticeUnits(*notices),
              (QStringList{QStringLiteral("中国电信"), QStringLiteral("运维部")}));
    for (const ChangeNotice &n : *notices)
        EXPECT_TRUE(n.text.contains(QStringLiteral("10000"))) << n.text.toStdString();
    ASSERT_TRUE(repo().recordDistribution(admin, {}).ok());

    // Our department's address: itself and the units it is our contact for.
    Unit department = *repo().unit(ops);
    department.address = QStringLiteral("上海市浦东新区1号");
    ASSERT_TRUE(repo().saveUnit(admin, department).ok());
    notices = ChangeNotices::build(repo(), QStringLiteral("zh_CN"));
    ASSERT_TRUE(notices.ok());
    EXPECT_EQ(noticeUnits(*notices),
              (QStringList{QStringLiteral("中国电信"), QStringLiteral("运维部")}));
    ASSERT_TRUE(repo().recordDistribution(admin, {}).ok());

    // The department of the notification contact is renamed: everyone they are known to.
    Unit itUnit = *repo().unit(it);
    itUnit.name = QStringLiteral("金融科技部");
    ASSERT_TRUE(repo().saveUnit(admin, itUnit).ok());
    notices = ChangeNotices::build(repo(), QStringLiteral("en"));
    ASSERT_TRUE(notices.ok());
    EXPECT_EQ(noticeUnits(*notices),
              (QStringList{QStringLiteral("上海证监局"), QStringLiteral("中国电信"),
                           QStringLiteral("供电局"), QStringLiteral("金融科技部")}));
    ASSERT_TRUE(repo().recordDistribution(admin, {}).ok());

    // A new unit is told that it was entered.
    const qint64 fire = addUnit(QStringLiteral("消防支队"), UnitKind::Fire);
    notices = ChangeNotices::build(repo(), QStringLiteral("zh_CN"));
    ASSERT_TRUE(notices.ok());
    ASSERT_EQ(notices->size(), 1);
    EXPECT_EQ(notices->at(0).unitId, fire);
    (void)csrc;
}

TEST_F(ContactsTest, ChangeNoticesUseTheLibrarysCurrentTemplate)
{
    const qint64 it = addUnit(QStringLiteral("信息技术部"));
    const qint64 telecom = addUnit(QStringLiteral("中国电信"), UnitKind::Carrier);
    const qint64 ours = addPerson(QStringLiteral("张三"), it, QStringLiteral("13800138000"));
    Agreement line;
    line.title = QStringLiteral("专线协议");
    line.unitId = telecom;
    line.ourContactId = ours;
    ASSERT_TRUE(repo().saveAgreement(admin, line).ok());
    ASSERT_TRUE(repo().recordDistribution(admin, {}).ok());
    Contact c = *repo().contact(ours);
    c.mobile = QStringLiteral("13900139000");
    ASSERT_TRUE(repo().saveContact(admin, c).ok());

    // The built-in while nobody edited a copy.
    auto builtIn = ChangeNoticeTemplates::current(backend->reports(), QStringLiteral("zh_CN"));
    ASSERT_TRUE(builtIn.ok()) << builtIn.error().toStdString();
    EXPECT_EQ(builtIn->id, QStringLiteral("handbook_change_notice"));
    EXPECT_EQ(ChangeNoticeTemplates::current(backend->reports(), QStringLiteral("en"))->id,
              QStringLiteral("handbook_change_notice_en"));
    auto notices = ChangeNoticeTemplates::build(*backend, {QStringLiteral("王强"), QString()},
                                                QStringLiteral("zh_CN"));
    ASSERT_TRUE(notices.ok()) << notices.error().toStdString();
    ASSERT_EQ(notices->size(), 2); // the carrier and our contact's department
    for (const LibraryChangeNotice &n : *notices) {
        EXPECT_TRUE(n.notice.text.contains(n.notice.unitName + QStringLiteral("：")))
            << n.notice.text.toStdString();
        EXPECT_EQ(n.notice.text.count(QStringLiteral("# 关于应急联络信息变更的通知")), 1)
            << "one unit per notice";
        EXPECT_TRUE(n.notice.text.contains(QStringLiteral("139 0013 9000")));
    }

    // An edited copy is used from then on.
    auto copy = backend->reports().copy(admin, QStringLiteral("handbook_change_notice"),
                                        QStringLiteral("our_change_notice"));
    ASSERT_TRUE(copy.ok()) << copy.error().toStdString();
    ReportTemplate edited = *copy;
    edited.body.replace(QStringLiteral("请据此更新贵单位的联络记录"),
                        QStringLiteral("请贵单位于三日内更新联络记录"));
    ASSERT_NE(edited.body, copy->body);
    ASSERT_TRUE(backend->reports().save(admin, edited).ok());
    EXPECT_EQ(ChangeNoticeTemplates::current(backend->reports(), QStringLiteral("zh_CN"))->id,
              QStringLiteral("our_change_notice"));
    notices = ChangeNoticeTemplates::build(*backend, {}, QStringLiteral("zh_CN"));
    ASSERT_TRUE(notices.ok()) << notices.error().toStdString();
    ASSERT_EQ(notices->size(), 2);
    EXPECT_EQ(notices->at(0).report.templateId, QStringLiteral("our_change_notice"));
    EXPECT_TRUE(
        notices->at(0).notice.text.contains(QStringLiteral("请贵单位于三日内更新联络记录")));
    // English still comes from the English built-in.
    notices = ChangeNoticeTemplates::build(*backend, {}, QStringLiteral("en"));
    ASSERT_TRUE(notices.ok());
    EXPECT_EQ(notices->at(0).report.templateId, QStringLiteral("handbook_change_notice_en"));
}
