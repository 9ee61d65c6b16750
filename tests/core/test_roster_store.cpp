#include "roster/roster_validation.h"
#include "test_roster_store_fixture.h"

using namespace dd;

namespace {

struct Fixture : test::RosterStoreFixture {
    qint64 zhang = addPerson(QStringLiteral("张伟"), QStringLiteral("zhangwei"));
    qint64 li = addPerson(QStringLiteral("李娜"), QStringLiteral("lina"));
    qint64 wang = addPerson(QStringLiteral("王强"));

    Rotation rotation(const QString &roleKey = QStringLiteral("duty_leader"))
    {
        Rotation r;
        r.roleId = roleId(roleKey);
        r.name = QStringLiteral("两班倒");
        r.pattern = twoShifts();
        r.startDate = QDate(2026, 1, 1);
        r.members = {zhang, li};
        return r;
    }
};

} // namespace

TEST(RosterStore, BuiltInRolesAreThereAndUserDefinedOnesCanBeSavedAndRemoved)
{
    Fixture f;
    auto roles = f.roster.roles();
    ASSERT_TRUE(roles.ok());
    ASSERT_EQ(roles->size(), 7);
    EXPECT_EQ(roles->first().key, QStringLiteral("duty_leader"));
    EXPECT_TRUE(roles->first().builtin);
    EXPECT_TRUE(roles->first().swapNeedsApproval);

    const qint64 before = f.auditCount();
    DutyRole custom;
    custom.key = QStringLiteral("facilities");
    custom.name = QStringLiteral("机房值守");
    custom.nameEn = QStringLiteral("Facilities");
    custom.coverage = Coverage::BusinessHours;
    custom.sortOrder = 8;
    auto id = f.roster.saveRole(f.admin, custom);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_EQ(f.roster.role(*id)->coverage, Coverage::BusinessHours);
    EXPECT_FALSE(f.roster.role(*id)->builtin);
    EXPECT_EQ(f.auditCount(), before + 1);

    auto clash = f.roster.saveRole(f.admin, custom);
    ASSERT_FALSE(clash.ok());
    EXPECT_TRUE(clash.error().contains(QStringLiteral("facilities")));
    DutyRole badKey = custom;
    badKey.key = QStringLiteral("Bad Key");
    EXPECT_FALSE(f.roster.saveRole(f.admin, badKey).ok());

    DutyRole leader = *f.roster.roleByKey(QStringLiteral("duty_leader"));
    leader.key = QStringLiteral("boss");
    EXPECT_FALSE(f.roster.saveRole(f.admin, leader).ok()) << "built-in roles keep their key";
    leader.key = QStringLiteral("duty_leader");
    leader.backupRequired = false;
    EXPECT_TRUE(f.roster.saveRole(f.admin, leader).ok());
    EXPECT_FALSE(f.roster.roleByKey(QStringLiteral("duty_leader"))->backupRequired);
    EXPECT_FALSE(f.roster.removeRole(f.admin, leader.id).ok()) << "built-in roles stay";

    // In use: refused; unused: removed.
    Rotation r = f.rotation(QStringLiteral("facilities"));
    auto rotationId = f.roster.saveRotation(f.admin, r);
    ASSERT_TRUE(rotationId.ok()) << rotationId.error().toStdString();
    EXPECT_FALSE(f.roster.removeRole(f.admin, *id).ok());
    ASSERT_TRUE(f.roster.removeRotation(f.admin, *rotationId).ok());
    ASSERT_TRUE(f.roster.removeRole(f.admin, *id).ok());
    EXPECT_FALSE(f.roster.role(*id).ok());
    EXPECT_TRUE(f.backend->audit().verify()->intact);
}

TEST(RosterStore, RotationsAreValidatedAndReadBackAsSaved)
{
    Fixture f;
    Rotation r = f.rotation();
    r.members = {f.zhang, 999};
    auto missing = f.roster.saveRotation(f.admin, r);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QStringLiteral("999"))) << missing.error().toStdString();

    r = f.rotation();
    r.pattern.shifts[1].start = QTime(19, 0); // overlaps the first shift
    auto overlap = f.roster.saveRotation(f.admin, r);
    ASSERT_FALSE(overlap.ok());
    EXPECT_TRUE(overlap.error().startsWith(QStringLiteral("Pattern")))
        << overlap.error().toStdString();

    r = f.rotation();
    r.endDate = QDate(2025, 12, 1);
    EXPECT_FALSE(f.roster.saveRotation(f.admin, r).ok());
    r.endDate = QDate();
    r.members.clear();
    EXPECT_FALSE(f.roster.saveRotation(f.admin, r).ok());

    r = f.rotation();
    r.layer = 2;
    r.endDate = QDate(2026, 7, 1);
    auto id = f.roster.saveRotation(f.admin, r);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    auto back = f.roster.rotation(*id);
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    EXPECT_EQ(back->roleId, r.roleId);
    EXPECT_EQ(back->layer, 2);
    EXPECT_EQ(back->name, QStringLiteral("两班倒"));
    EXPECT_EQ(back->pattern.kind, ShiftPattern::Kind::Shifts);
    ASSERT_EQ(back->pattern.shifts.size(), 2);
    EXPECT_EQ(back->pattern.shifts[1].start, QTime(20, 30));
    EXPECT_EQ(back->pattern.shifts[1].minutes, 720);
    EXPECT_EQ(back->startDate, QDate(2026, 1, 1));
    EXPECT_EQ(back->endDate, QDate(2026, 7, 1));
    EXPECT_EQ(back->members, (QList<qint64>{f.zhang, f.li}));

    Rotation weekly = *back;
    weekly.pattern = ShiftPattern();
    weekly.pattern.kind = ShiftPattern::Kind::Weekly;
    weekly.pattern.weekday = 5;
    weekly.pattern.handoff = QTime(9, 0);
    ASSERT_TRUE(f.roster.saveRotation(f.admin, weekly).ok());
    EXPECT_EQ(f.roster.rotation(*id)->pattern.weekday, 5);
    EXPECT_EQ(f.roster.rotations(f.roleId(QStringLiteral("duty_leader")))->size(), 1);
    EXPECT_EQ(f.roster.rotations(f.roleId(QStringLiteral("dba")))->size(), 0);
}

TEST(RosterStore, OverridesAndLeaveAreStoredAuditedAndFoundByInterval)
{
    Fixture f;
    const qint64 before = f.auditCount();
    RosterOverride o;
    o.roleId = f.roleId(QStringLiteral("sysadmin"));
    o.contactId = f.wang;
    o.replacesId = f.zhang;
    o.start = f.local(2026, 1, 6, 20, 30);
    o.end = f.local(2026, 1, 7, 8, 30);
    o.reason = QStringLiteral("张伟 体检");
    auto id = f.roster.addOverride(f.admin, o);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();

    RosterOverride backwards = o;
    std::swap(backwards.start, backwards.end);
    EXPECT_FALSE(f.roster.addOverride(f.admin, backwards).ok());
    RosterOverride nobody = o;
    nobody.contactId = 4242;
    EXPECT_FALSE(f.roster.addOverride(f.admin, nobody).ok());

    Leave l;
    l.contactId = f.li;
    l.start = f.local(2026, 1, 10, 0);
    l.end = f.local(2026, 1, 12, 0);
    l.kind = QStringLiteral("sick");
    auto leaveId = f.roster.addLeave(f.admin, l);
    ASSERT_TRUE(leaveId.ok()) << leaveId.error().toStdString();
    Leave badKind = l;
    badKind.kind = QStringLiteral("holiday");
    EXPECT_FALSE(f.roster.addLeave(f.admin, badKind).ok());
    EXPECT_EQ(f.auditCount(), before + 2);

    EXPECT_EQ(f.roster.overrides(f.local(2026, 1, 7, 8, 0), f.local(2026, 1, 8, 0))->size(), 1);
    EXPECT_EQ(f.roster.overrides(f.local(2026, 1, 7, 8, 30), f.local(2026, 1, 8, 0))->size(), 0)
        << "intervals are half-open";
    EXPECT_EQ(f.roster.leave(f.local(2026, 1, 11, 0), {})->size(), 1);
    EXPECT_EQ(f.roster.leave({}, f.local(2026, 1, 10, 0))->size(), 0);

    const RosterData data = *f.roster.load();
    EXPECT_EQ(data.roles.size(), 7);
    ASSERT_EQ(data.overrides.size(), 1);
    EXPECT_EQ(data.overrides.first().replacesId, f.zhang);
    EXPECT_EQ(data.overrides.first().reason, QStringLiteral("张伟 体检"));
    ASSERT_EQ(data.leave.size(), 1);
    EXPECT_EQ(data.leave.first().kind, QStringLiteral("sick"));

    ASSERT_TRUE(f.roster.removeOverride(f.admin, *id).ok());
    ASSERT_TRUE(f.roster.removeLeave(f.admin, *leaveId).ok());
    EXPECT_FALSE(f.roster.removeLeave(f.admin, *leaveId).ok());
    EXPECT_TRUE(f.roster.load()->overrides.isEmpty());
    EXPECT_EQ(f.auditCount(), before + 4);
    EXPECT_TRUE(f.backend->audit().verify()->intact);
}

TEST(RosterStore, WritesNeedEditDutyData)
{
    Fixture f;
    const Actor viewer = f.person(QStringLiteral("liuyang"), {Role::Viewer});
    const qint64 before = f.auditCount();
    EXPECT_FALSE(f.roster.saveRotation(viewer, f.rotation()).ok());
    Leave l{0, f.li, f.local(2026, 1, 10, 0), f.local(2026, 1, 11, 0), QStringLiteral("leave"), {}};
    EXPECT_FALSE(f.roster.addLeave(viewer, l).ok());
    Handover h{0,
               f.roleId(QStringLiteral("duty_leader")),
               f.zhang,
               f.li,
               f.local(2026, 1, 5, 8, 30),
               QStringLiteral("x"),
               {},
               {}};
    EXPECT_FALSE(f.roster.recordHandover(viewer, h).ok());
    EXPECT_EQ(f.auditCount(), before);
    EXPECT_TRUE(f.roster.addLeave(f.person(QStringLiteral("zhangwei")), l).ok());
}

TEST(RosterStore, HandoversAreRecordedAndListedByTime)
{
    Fixture f;
    const qint64 leader = f.roleId(QStringLiteral("duty_leader"));
    Handover h{0,
               leader,
               f.zhang,
               f.li,
               f.local(2026, 1, 5, 8, 30),
               QStringLiteral("  交易系统告警未关闭，继续跟踪  "),
               {},
               {}};
    auto id = f.roster.recordHandover(f.admin, h);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    Handover same = h;
    same.incomingId = f.zhang;
    EXPECT_FALSE(f.roster.recordHandover(f.admin, same).ok());
    Handover later = h;
    later.at = f.local(2026, 1, 5, 20, 30);
    later.outgoingId = f.li;
    later.incomingId = f.zhang;
    later.openItems.clear();
    ASSERT_TRUE(f.roster.recordHandover(f.admin, later).ok());

    auto list = f.roster.handovers(f.local(2026, 1, 5, 0), f.local(2026, 1, 6, 0));
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->first().openItems, QStringLiteral("交易系统告警未关闭，继续跟踪"));
    EXPECT_EQ(list->first().recordedBy, QStringLiteral("admin"));
    EXPECT_EQ(list->first().recordedAt, f.backend.clock().now());
    EXPECT_EQ(list->last().incomingId, f.zhang);
    EXPECT_EQ(f.roster.handovers(f.local(2026, 1, 5, 9, 0), f.local(2026, 1, 6, 0))->size(), 1);
}

TEST(RosterStore, ChangesWithinTheNextSevenDaysAreTheHandoverRelevantOnes)
{
    Fixture f;
    const QDateTime now = f.backend.clock().now();
    RosterOverride soon;
    soon.roleId = f.roleId(QStringLiteral("netadmin"));
    soon.contactId = f.wang;
    soon.start = now.addDays(2);
    soon.end = now.addDays(3);
    ASSERT_TRUE(f.roster.addOverride(f.admin, soon).ok());
    RosterOverride far = soon;
    far.start = now.addDays(10);
    far.end = now.addDays(11);
    ASSERT_TRUE(f.roster.addOverride(f.admin, far).ok());
    RosterOverride past = soon;
    past.start = now.addDays(-3);
    past.end = now.addDays(-2);
    ASSERT_TRUE(f.roster.addOverride(f.admin, past).ok());
    Leave running{
        0, f.li, now.addDays(-1), now.addDays(1), QStringLiteral("leave"), QStringLiteral("年假")};
    ASSERT_TRUE(f.roster.addLeave(f.admin, running).ok());
    Swap s;
    s.roleId = f.roleId(QStringLiteral("sysadmin"));
    s.requesterId = f.zhang;
    s.counterpartId = f.li;
    s.giveStart = now.addDays(5);
    s.giveEnd = now.addDays(6);
    ASSERT_TRUE(f.roster.requestSwap(f.person(QStringLiteral("zhangwei")), s).ok());

    auto changes = f.roster.changesWithin(now);
    ASSERT_TRUE(changes.ok()) << changes.error().toStdString();
    ASSERT_EQ(changes->size(), 3);
    EXPECT_EQ(changes->at(0).kind, RosterChange::Kind::Leave);
    EXPECT_EQ(changes->at(0).contactId, f.li);
    EXPECT_EQ(changes->at(1).kind, RosterChange::Kind::Override);
    EXPECT_EQ(changes->at(1).changedBy, QStringLiteral("admin"));
    EXPECT_EQ(changes->at(2).kind, RosterChange::Kind::Swap);
    EXPECT_EQ(changes->at(2).swapState, SwapState::Requested);
    EXPECT_EQ(changes->at(2).otherContactId, f.li);
    EXPECT_EQ(f.roster.changesWithin(now, 14)->size(), 4);
}

TEST(RosterStore, ChangesNameTheLeaveKindNotItsId)
{
    Fixture f;
    const QDateTime now = f.backend.clock().now();
    Leave sick{
        0, f.li, now.addDays(1), now.addDays(2), QStringLiteral("sick"), QStringLiteral("体检")};
    ASSERT_TRUE(f.roster.addLeave(f.admin, sick).ok());
    Leave training{0, f.wang, now.addDays(2), now.addDays(3), QStringLiteral("training"), {}};
    ASSERT_TRUE(f.roster.addLeave(f.admin, training).ok());
    auto changes = f.roster.changesWithin(now);
    ASSERT_TRUE(changes.ok()) << changes.error().toStdString();
    ASSERT_EQ(changes->size(), 2);
    // The kind as RosterValidation::leaveKindName() translates it (English source here).
    EXPECT_EQ(changes->at(0).detail, QStringLiteral("Sick leave: 体检"));
    EXPECT_EQ(changes->at(1).detail, QStringLiteral("Training"));
}
