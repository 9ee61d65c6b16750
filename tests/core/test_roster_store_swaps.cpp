#include "test_roster_store_fixture.h"

using namespace dd;

namespace {

struct Fixture : test::RosterStoreFixture {
    qint64 zhang = addPerson(QStringLiteral("张伟"), QStringLiteral("zhangwei"));
    qint64 li = addPerson(QStringLiteral("李娜"), QStringLiteral("lina"));
    qint64 wang = addPerson(QStringLiteral("王强"), QStringLiteral("wangqiang"));
    qint64 zhao = addPerson(QStringLiteral("赵敏")); // no sign-in
    Actor zhangActor = person(QStringLiteral("zhangwei"));
    Actor liActor = person(QStringLiteral("lina"), {Role::DutyOfficer, Role::DutyLeader});
    Actor wangActor = person(QStringLiteral("wangqiang"), {Role::ItLead, Role::Approver});
    Actor officer = person(QStringLiteral("someone"));

    Swap swap(const QString &roleKey, qint64 counterpart)
    {
        Swap s;
        s.roleId = roleId(roleKey);
        s.requesterId = zhang;
        s.counterpartId = counterpart;
        s.giveStart = local(2026, 1, 8, 8, 30);
        s.giveEnd = local(2026, 1, 8, 20, 30);
        s.takeStart = local(2026, 1, 10, 8, 30);
        s.takeEnd = local(2026, 1, 10, 20, 30);
        s.note = QStringLiteral("家中有事");
        return s;
    }

    QList<RosterOverride> overridesOf(qint64 swapId)
    {
        QList<RosterOverride> list;
        const QList<RosterOverride> all = *roster.overrides();
        for (const RosterOverride &o : all)
            if (o.swapId == swapId)
                list << o;
        return list;
    }
};

} // namespace

TEST(RosterSwaps, AcceptingAppliesTheSwapWhereTheRoleNeedsNoApproval)
{
    Fixture f;
    const qint64 before = f.auditCount();
    auto id = f.roster.requestSwap(f.zhangActor, f.swap(QStringLiteral("sysadmin"), f.li));
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_EQ(f.roster.swap(*id)->state, SwapState::Requested);
    EXPECT_EQ(f.roster.swap(*id)->requestedBy, QStringLiteral("zhangwei"));
    EXPECT_EQ(f.roster.swaps(true)->size(), 1);
    EXPECT_TRUE(f.overridesOf(*id).isEmpty());

    ASSERT_TRUE(f.roster.acceptSwap(f.liActor, *id).ok());
    const Swap s = *f.roster.swap(*id);
    EXPECT_EQ(s.state, SwapState::Approved);
    EXPECT_EQ(s.decidedBy, QStringLiteral("lina"));
    EXPECT_TRUE(f.roster.swaps(true)->isEmpty());
    const auto made = f.overridesOf(*id);
    ASSERT_EQ(made.size(), 2);
    EXPECT_EQ(made[0].contactId, f.li);
    EXPECT_EQ(made[0].replacesId, f.zhang);
    EXPECT_EQ(made[0].start, s.giveStart);
    EXPECT_EQ(made[1].contactId, f.zhang);
    EXPECT_EQ(made[1].replacesId, f.li);
    EXPECT_EQ(made[1].end, s.takeEnd);
    // request, accept, two overrides
    EXPECT_EQ(f.auditCount(), before + 4);
    EXPECT_TRUE(f.backend->audit().verify()->intact);

    auto removal = f.roster.removeOverride(f.admin, made[0].id);
    ASSERT_FALSE(removal.ok()) << "a swap's overrides go with the swap";
    EXPECT_FALSE(f.roster.acceptSwap(f.liActor, *id).ok()) << "already applied";
}

TEST(RosterSwaps, TheDutyLeaderApprovesWhereTheRoleNeedsIt)
{
    Fixture f;
    auto id = f.roster.requestSwap(f.zhangActor, f.swap(QStringLiteral("duty_leader"), f.li));
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_FALSE(f.roster.approveSwap(f.wangActor, *id).ok()) << "not accepted yet";
    ASSERT_TRUE(f.roster.acceptSwap(f.liActor, *id).ok());
    EXPECT_EQ(f.roster.swap(*id)->state, SwapState::Accepted);
    EXPECT_TRUE(f.overridesOf(*id).isEmpty()) << "nothing applied before approval";

    auto byOfficer = f.roster.approveSwap(f.officer, *id);
    ASSERT_FALSE(byOfficer.ok());
    auto byParty = f.roster.approveSwap(f.liActor, *id);
    ASSERT_FALSE(byParty.ok()) << "李娜 takes part in the swap";
    EXPECT_EQ(f.roster.swap(*id)->state, SwapState::Accepted);

    ASSERT_TRUE(f.roster.approveSwap(f.wangActor, *id).ok());
    EXPECT_EQ(f.roster.swap(*id)->state, SwapState::Approved);
    EXPECT_EQ(f.roster.swap(*id)->decidedBy, QStringLiteral("wangqiang"));
    EXPECT_EQ(f.overridesOf(*id).size(), 2);

    // A duty leader can still cancel it: its overrides go.
    EXPECT_FALSE(f.roster.cancelSwap(f.zhangActor, *id).ok());
    ASSERT_TRUE(f.roster.cancelSwap(f.wangActor, *id).ok());
    EXPECT_EQ(f.roster.swap(*id)->state, SwapState::Cancelled);
    EXPECT_TRUE(f.overridesOf(*id).isEmpty());
}

TEST(RosterSwaps, OnlyTheCounterpartAccepts)
{
    Fixture f;
    auto id = f.roster.requestSwap(f.zhangActor, f.swap(QStringLiteral("sysadmin"), f.li));
    ASSERT_TRUE(id.ok());
    const qint64 audit = f.auditCount();
    auto wrong = f.roster.acceptSwap(f.wangActor, *id);
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().contains(QStringLiteral("李娜"))) << wrong.error().toStdString();
    EXPECT_FALSE(f.roster.acceptSwap(f.zhangActor, *id).ok()) << "the requester cannot accept";
    EXPECT_FALSE(f.roster.acceptSwap(f.admin, *id).ok()) << "李娜 signs in; she accepts herself";
    EXPECT_EQ(f.roster.swap(*id)->state, SwapState::Requested);
    EXPECT_EQ(f.auditCount(), audit);

    // For a counterpart without a sign-in, a duty leader records the acceptance.
    auto other = f.roster.requestSwap(f.zhangActor, f.swap(QStringLiteral("sysadmin"), f.zhao));
    ASSERT_TRUE(other.ok());
    EXPECT_FALSE(f.roster.acceptSwap(f.officer, *other).ok());
    ASSERT_TRUE(f.roster.acceptSwap(f.liActor, *other).ok());
    EXPECT_EQ(f.roster.swap(*other)->state, SwapState::Approved);
}

TEST(RosterSwaps, RequestsAreCheckedAndCanBeRejectedOrCancelled)
{
    Fixture f;
    Swap self = f.swap(QStringLiteral("sysadmin"), f.zhang);
    EXPECT_FALSE(f.roster.requestSwap(f.zhangActor, self).ok());
    Swap overlapping = f.swap(QStringLiteral("sysadmin"), f.li);
    overlapping.takeStart = overlapping.giveStart.addSecs(3600);
    overlapping.takeEnd = overlapping.giveEnd.addSecs(3600);
    EXPECT_FALSE(f.roster.requestSwap(f.zhangActor, overlapping).ok());
    Swap past = f.swap(QStringLiteral("sysadmin"), f.li);
    past.giveStart = f.local(2026, 1, 1, 8, 30);
    past.giveEnd = f.local(2026, 1, 1, 20, 30);
    past.takeStart = QDateTime();
    past.takeEnd = QDateTime();
    EXPECT_FALSE(f.roster.requestSwap(f.zhangActor, past).ok());
    EXPECT_FALSE(f.roster.requestSwap(f.officer, f.swap(QStringLiteral("sysadmin"), f.li)).ok())
        << "someone else cannot ask for 张伟";

    Swap oneWay = f.swap(QStringLiteral("sysadmin"), f.li);
    oneWay.takeStart = QDateTime();
    oneWay.takeEnd = QDateTime();
    auto a = f.roster.requestSwap(f.liActor, oneWay); // a duty leader for 张伟
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    ASSERT_TRUE(f.roster.rejectSwap(f.liActor, *a, QStringLiteral("那天出差")).ok());
    EXPECT_EQ(f.roster.swap(*a)->state, SwapState::Rejected);
    EXPECT_TRUE(f.roster.swap(*a)->note.contains(QStringLiteral("那天出差")));
    EXPECT_FALSE(f.roster.acceptSwap(f.liActor, *a).ok());
    EXPECT_FALSE(f.roster.cancelSwap(f.zhangActor, *a).ok());

    auto b = f.roster.requestSwap(f.zhangActor, oneWay);
    ASSERT_TRUE(b.ok());
    EXPECT_FALSE(f.roster.cancelSwap(f.officer, *b).ok());
    ASSERT_TRUE(f.roster.cancelSwap(f.zhangActor, *b).ok());
    EXPECT_EQ(f.roster.swap(*b)->state, SwapState::Cancelled);
    EXPECT_TRUE(f.roster.load()->overrides.isEmpty());
}
