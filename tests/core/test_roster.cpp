// The roster algorithm on hand-made rosters: shift edges, handoffs, overrides, leave, layers,
// coverage over holidays and weekends.
#include "roster_fixture.h"

namespace dd {
namespace {

using namespace dd::test;

const QDate Mon5(2026, 1, 5); // a Monday, trading day

qint64 who(const Roster &r, qint64 roleId, const QDateTime &t, Slot slot = Slot::Primary)
{
    return r.assignment(roleId, slot, t).contactId;
}

TEST(Roster, DayNightShiftEdges)
{
    RosterData d;
    d.roles = {role(1)};
    d.rotations = {rotation(10, 1, dayNight(), Mon5, {101, 102, 103})};
    const Roster r(d, calendar());

    EXPECT_EQ(who(r, 1, bj(2026, 1, 5, 8, 29)), 0); // before the first handoff
    EXPECT_EQ(who(r, 1, bj(2026, 1, 5, 8, 30)), 101);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 5, 20, 29)), 101);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 5, 20, 30)), 102); // one member per shift
    EXPECT_EQ(who(r, 1, bj(2026, 1, 6, 0, 0)), 102);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 6, 8, 29)), 102);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 6, 8, 30)), 103);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 6, 20, 30)), 101);
    // 100 days on: shift index 200 → members[200 % 3] = 103 (day shift of 2026-04-15).
    EXPECT_EQ(who(r, 1, bj(2026, 4, 15, 12, 0)), 103);

    const DutyAssignment a = r.assignment(1, Slot::Primary, bj(2026, 1, 5, 21, 0));
    EXPECT_EQ(a.source, DutyAssignment::Source::Rotation);
    EXPECT_EQ(a.sourceId, 10);
    EXPECT_EQ(a.layer, 1);
    EXPECT_EQ(text(a.since), "2026-01-05 20:30");
    EXPECT_EQ(text(a.until), "2026-01-06 08:30");
    EXPECT_FALSE(a.rule().isEmpty());

    const DutyAssignment none = r.assignment(1, Slot::Primary, bj(2026, 1, 5, 8, 0));
    EXPECT_EQ(none.source, DutyAssignment::Source::None);
    EXPECT_FALSE(none.since.isValid());
    EXPECT_EQ(text(none.until), "2026-01-05 08:30");

    const auto gaps = r.gaps(bj(2026, 1, 5), bj(2026, 1, 7));
    ASSERT_EQ(gaps.size(), 1);
    EXPECT_EQ(gaps[0], (CoverageGap{1, Slot::Primary, bj(2026, 1, 5), bj(2026, 1, 5, 8, 30), 0}));
}

TEST(Roster, HandoffAtMidnightAnd0830)
{
    RosterData d;
    d.roles = {role(1), role(2)};
    d.rotations = {rotation(10, 1, daily(QTime(0, 0)), Mon5, {1, 2}),
                   rotation(20, 2, daily(QTime(8, 30)), Mon5, {3, 4})};
    const Roster r(d, calendar());
    EXPECT_EQ(who(r, 1, bj(2026, 1, 5, 23, 59)), 1);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 6, 0, 0)), 2);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 7, 0, 0)), 1);
    EXPECT_EQ(who(r, 2, bj(2026, 1, 6, 8, 29)), 3);
    EXPECT_EQ(who(r, 2, bj(2026, 1, 6, 8, 30)), 4);

    const auto blocks = r.shifts(1, bj(2026, 1, 5, 12), bj(2026, 1, 7, 12));
    ASSERT_EQ(blocks.size(), 3);
    EXPECT_EQ(blocks[0], (ShiftBlock{1, Slot::Primary, 1, bj(2026, 1, 5, 12), bj(2026, 1, 6),
                                     DutyAssignment::Source::Rotation, 10}));
    EXPECT_EQ(text(blocks[1].start), "2026-01-06 00:00");
    EXPECT_EQ(text(blocks[2].end), "2026-01-07 12:00"); // clipped to the range

    const auto hand = r.handovers(2, bj(2026, 1, 5), bj(2026, 1, 7));
    ASSERT_EQ(hand.size(), 2);
    EXPECT_EQ(hand[0], (HandoverPoint{2, Slot::Primary, bj(2026, 1, 5, 8, 30), 0, 3}));
    EXPECT_EQ(hand[1], (HandoverPoint{2, Slot::Primary, bj(2026, 1, 6, 8, 30), 3, 4}));
}

TEST(Roster, WeeklyHandoffStartsOnTheFirstHandoffDay)
{
    RosterData d;
    d.roles = {role(1)};
    // Starts on a Wednesday; the first handoff is Monday 2026-01-12 09:00.
    d.rotations = {rotation(10, 1, weekly(1, QTime(9, 0)), QDate(2026, 1, 7), {1, 2})};
    const Roster r(d, calendar());
    EXPECT_EQ(who(r, 1, bj(2026, 1, 12, 8, 59)), 0);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 12, 9, 0)), 1);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 19, 8, 59)), 1);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 19, 9, 0)), 2);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 26, 9, 0)), 1);
    const DutyAssignment a = r.assignment(1, Slot::Primary, bj(2026, 1, 20));
    EXPECT_EQ(text(a.since), "2026-01-19 09:00");
    EXPECT_EQ(text(a.until), "2026-01-26 09:00");
}

TEST(Roster, EndDateIsExclusiveAndTheLastShiftRunsToItsEnd)
{
    RosterData d;
    d.roles = {role(1)};
    Rotation rot = rotation(10, 1, daily(QTime(8, 30)), Mon5, {1, 2});
    rot.endDate = QDate(2026, 1, 8); // shifts of the 5th, 6th and 7th
    d.rotations = {rot};
    const Roster r(d, calendar());
    EXPECT_EQ(who(r, 1, bj(2026, 1, 8, 8, 29)), 1);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 8, 8, 30)), 0);
}

TEST(Roster, OverridesSpanningMidnightAndOverlapping)
{
    RosterData d;
    d.roles = {role(1)};
    d.rotations = {rotation(10, 1, daily(QTime(8, 30)), Mon5, {1, 2})};
    d.overrides = {override_(5, 1, 7, bj(2026, 1, 5, 22, 0), bj(2026, 1, 6, 2, 0)),
                   // created later, overlaps the first: wins 23:00-01:00
                   override_(6, 1, 8, bj(2026, 1, 5, 23, 0), bj(2026, 1, 6, 1, 0)),
                   // created earlier than #6 (lower id) but listed later: loses where they meet
                   override_(4, 1, 9, bj(2026, 1, 6, 0, 30), bj(2026, 1, 6, 3, 0))};
    const Roster r(d, calendar());
    EXPECT_EQ(who(r, 1, bj(2026, 1, 5, 21, 59)), 1);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 5, 22, 0)), 7);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 5, 23, 0)), 8);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 6, 0, 45)), 8);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 6, 1, 0)), 7); // #5 beats #4
    EXPECT_EQ(who(r, 1, bj(2026, 1, 6, 2, 0)), 9);
    EXPECT_EQ(who(r, 1, bj(2026, 1, 6, 3, 0)), 1);

    const DutyAssignment a = r.assignment(1, Slot::Primary, bj(2026, 1, 6, 0, 0));
    EXPECT_EQ(a.source, DutyAssignment::Source::Override);
    EXPECT_EQ(a.sourceId, 6);
    EXPECT_EQ(a.sourceName, QStringLiteral("cover 6"));
    EXPECT_EQ(text(a.since), "2026-01-05 23:00");
    EXPECT_EQ(text(a.until), "2026-01-06 01:00");

    const auto blocks = r.shifts(1, bj(2026, 1, 5, 21), bj(2026, 1, 6, 4));
    ASSERT_EQ(blocks.size(), 6);
    EXPECT_EQ(blocks[0].contactId, 1);
    EXPECT_EQ(blocks[1], (ShiftBlock{1, Slot::Primary, 7, bj(2026, 1, 5, 22), bj(2026, 1, 5, 23),
                                     DutyAssignment::Source::Override, 5}));
    EXPECT_EQ(blocks[2].contactId, 8);
    EXPECT_EQ(blocks[3].contactId, 7);
    EXPECT_EQ(blocks[4], (ShiftBlock{1, Slot::Primary, 9, bj(2026, 1, 6, 2), bj(2026, 1, 6, 3),
                                     DutyAssignment::Source::Override, 4}));
    EXPECT_EQ(blocks[5].contactId, 1);
    EXPECT_TRUE(r.gaps(bj(2026, 1, 5, 21), bj(2026, 1, 6, 4)).isEmpty());
}

TEST(Roster, LeaveCreatesAGapUnlessAnOverrideCoversIt)
{
    RosterData d;
    d.roles = {role(1)};
    d.rotations = {rotation(10, 1, daily(QTime(8, 30)), Mon5, {1, 2})};
    // Person 2 (on duty 2026-01-06 08:30 .. 01-07 08:30) is sick from 12:00 to 18:00 next day.
    d.leave = {leave(1, 2, bj(2026, 1, 6, 12), bj(2026, 1, 7, 18), QStringLiteral("sick"))};
    d.overrides = {override_(3, 1, 5, bj(2026, 1, 6, 14), bj(2026, 1, 6, 20))};
    const Roster r(d, calendar());

    const DutyAssignment a = r.assignment(1, Slot::Primary, bj(2026, 1, 6, 13));
    EXPECT_EQ(a.contactId, 0);
    EXPECT_TRUE(a.onLeave);
    EXPECT_EQ(a.leaveContactId, 2);
    EXPECT_EQ(a.leaveKind, QStringLiteral("sick"));
    EXPECT_EQ(text(a.since), "2026-01-06 12:00");
    EXPECT_EQ(text(a.until), "2026-01-06 14:00");
    EXPECT_TRUE(a.rule().contains(QStringLiteral("sick")));
    EXPECT_EQ(who(r, 1, bj(2026, 1, 6, 15)), 5);
    // Leave ends while person 1 is on duty again: no effect on person 1.
    EXPECT_EQ(who(r, 1, bj(2026, 1, 7, 9)), 1);

    const auto gaps = r.gaps(1, bj(2026, 1, 5, 8, 30), bj(2026, 1, 8));
    ASSERT_EQ(gaps.size(), 2);
    EXPECT_EQ(gaps[0], (CoverageGap{1, Slot::Primary, bj(2026, 1, 6, 12), bj(2026, 1, 6, 14), 2}));
    EXPECT_EQ(gaps[1],
              (CoverageGap{1, Slot::Primary, bj(2026, 1, 6, 20), bj(2026, 1, 7, 8, 30), 2}));

    const auto blocks = r.shifts(1, bj(2026, 1, 6), bj(2026, 1, 7));
    ASSERT_EQ(blocks.size(), 3);
    EXPECT_EQ(text(blocks[1].start), "2026-01-06 08:30");
    EXPECT_EQ(text(blocks[1].end), "2026-01-06 12:00");
    EXPECT_EQ(blocks[2].contactId, 5);
}

TEST(Roster, LayeredRotations)
{
    RosterData d;
    d.roles = {role(1)};
    ShiftPattern nights;
    nights.kind = ShiftPattern::Kind::Shifts;
    nights.shifts = {{QTime(20, 30), 12 * 60}};
    Rotation night = rotation(20, 1, nights, QDate(2026, 1, 6), {3, 4}, 2);
    night.endDate = QDate(2026, 1, 8);
    Rotation holidayTeam = rotation(30, 1, daily(QTime(0, 0)), QDate(2026, 1, 10), {9}, 3);
    holidayTeam.endDate = QDate(2026, 1, 11);
    d.rotations = {rotation(10, 1, daily(QTime(8, 30)), Mon5, {1, 2}), night, holidayTeam};
    const Roster r(d, calendar());

    EXPECT_EQ(who(r, 1, bj(2026, 1, 6, 10)), 2);    // layer 1 by day
    EXPECT_EQ(who(r, 1, bj(2026, 1, 6, 21)), 3);    // layer 2 at night
    EXPECT_EQ(who(r, 1, bj(2026, 1, 7, 8, 29)), 3); //
    EXPECT_EQ(who(r, 1, bj(2026, 1, 7, 8, 30)), 1); // layer 2 has a day hole
    EXPECT_EQ(who(r, 1, bj(2026, 1, 7, 21)), 4);    //
    EXPECT_EQ(who(r, 1, bj(2026, 1, 8, 21)), 2);    // layer 2 ended (endDate 01-08)
    EXPECT_EQ(who(r, 1, bj(2026, 1, 10, 0, 0)), 9); // layer 3 for one day
    EXPECT_EQ(who(r, 1, bj(2026, 1, 11, 0, 0)), 2); // back to layer 1
    const DutyAssignment day = r.assignment(1, Slot::Primary, bj(2026, 1, 6, 10));
    EXPECT_EQ(text(day.since), "2026-01-06 08:30");
    EXPECT_EQ(text(day.until), "2026-01-06 20:30"); // cut where layer 2 takes over
    EXPECT_EQ(r.assignment(1, Slot::Primary, bj(2026, 1, 7, 2)).layer, 2);

    const auto blocks = r.shifts(1, bj(2026, 1, 6, 8, 30), bj(2026, 1, 7, 20, 30));
    ASSERT_EQ(blocks.size(), 3);
    EXPECT_EQ(blocks[0].contactId, 2);
    EXPECT_EQ(blocks[1].contactId, 3);
    EXPECT_EQ(blocks[2].contactId, 1);
}

TEST(Roster, LayerWithoutAShiftLeavesTheLowerLayerUntilItStarts)
{
    RosterData d;
    d.roles = {role(1)};
    d.rotations = {rotation(10, 1, daily(QTime(8, 30)), Mon5, {1}),
                   rotation(20, 1, daily(QTime(8, 30)), QDate(2026, 1, 8), {2}, 2)};
    const Roster r(d, calendar());
    // One member continues: merged into one block until layer 2 begins.
    const auto blocks = r.shifts(1, bj(2026, 1, 5), bj(2026, 1, 10));
    ASSERT_EQ(blocks.size(), 2);
    EXPECT_EQ(blocks[0], (ShiftBlock{1, Slot::Primary, 1, bj(2026, 1, 5, 8, 30),
                                     bj(2026, 1, 8, 8, 30), DutyAssignment::Source::Rotation, 10}));
    EXPECT_EQ(blocks[1].contactId, 2);
    const DutyAssignment a = r.assignment(1, Slot::Primary, bj(2026, 1, 6, 10));
    EXPECT_EQ(text(a.until), "2026-01-07 08:30"); // one rotation shift
}

TEST(Roster, CoverageOverHolidaysAndWeekends)
{
    RosterData d;
    d.roles = {role(1, Coverage::TradingDays), role(2, Coverage::BusinessHours),
               role(3, Coverage::Always, true)};
    const Roster r(d, calendar()); // nobody scheduled anywhere

    // 2026-01-01..03 holiday, 04 (Sunday) make-up workday, 05 Monday.
    EXPECT_TRUE(r.gaps(1, bj(2026, 1, 1), bj(2026, 1, 2)).isEmpty());
    const auto trading = r.gaps(1, bj(2025, 12, 31), bj(2026, 1, 6));
    ASSERT_EQ(trading.size(), 2);
    EXPECT_EQ(trading[0], (CoverageGap{1, Slot::Primary, bj(2025, 12, 31), bj(2026, 1, 1), 0}));
    EXPECT_EQ(trading[1], (CoverageGap{1, Slot::Primary, bj(2026, 1, 5), bj(2026, 1, 6), 0}));

    EXPECT_TRUE(r.gaps(2, bj(2026, 1, 10), bj(2026, 1, 12)).isEmpty()); // a weekend
    const auto business = r.gaps(2, bj(2026, 1, 3), bj(2026, 1, 6));
    ASSERT_EQ(business.size(), 2);
    EXPECT_EQ(business[0],
              (CoverageGap{2, Slot::Primary, bj(2026, 1, 4, 8, 30), bj(2026, 1, 4, 17, 30), 0}));
    EXPECT_EQ(text(business[1].start), "2026-01-05 08:30");

    const auto always = r.gaps(3, bj(2026, 1, 5), bj(2026, 1, 6));
    ASSERT_EQ(always.size(), 2); // backup required too
    EXPECT_EQ(always[0].slot, Slot::Primary);
    EXPECT_EQ(always[1].slot, Slot::Backup);

    const auto all = r.gaps(bj(2026, 1, 1), bj(2026, 1, 2));
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].roleId, 3);

    const auto req = r.requiredCoverage(1, bj(2026, 1, 1), bj(2026, 1, 8));
    ASSERT_EQ(req.size(), 1);
    EXPECT_EQ(text(req[0].first), "2026-01-05 00:00");
    EXPECT_EQ(text(req[0].second), "2026-01-08 00:00");
}

TEST(Roster, BackupSlotIndependentOfPrimary)
{
    RosterData d;
    d.roles = {role(1, Coverage::Always, true), role(2)};
    d.rotations = {rotation(10, 1, daily(QTime(8, 30)), Mon5, {1, 2}),
                   rotation(11, 1, daily(QTime(8, 30)), Mon5, {3}, 1, Slot::Backup),
                   rotation(20, 2, daily(QTime(8, 30)), Mon5, {4})};
    d.overrides = {override_(1, 1, 5, bj(2026, 1, 6), bj(2026, 1, 7), Slot::Backup)};
    const Roster r(d, calendar());
    const OnDuty now = r.onDuty(1, bj(2026, 1, 6, 12));
    EXPECT_EQ(now.roleId, 1);
    EXPECT_EQ(now.primary.contactId, 2);
    EXPECT_EQ(now.backup.contactId, 5);
    EXPECT_EQ(now.slot(Slot::Backup).source, DutyAssignment::Source::Override);
    // Role 2 needs no backup: its empty backup slot is no gap.
    EXPECT_TRUE(r.gaps(2, bj(2026, 1, 6), bj(2026, 1, 7)).isEmpty());
    EXPECT_EQ(r.shifts(bj(2026, 1, 6), bj(2026, 1, 7)).size(), 4);
    EXPECT_EQ(r.onDuty(99, bj(2026, 1, 6)).primary.contactId, 0); // unknown role
    EXPECT_EQ(r.roleByKey(QStringLiteral("role2"))->id, 2);
    EXPECT_EQ(r.role(42), nullptr);
}

TEST(Roster, LeaveOfTheOverridePersonEmptiesTheSlot)
{
    RosterData d;
    d.roles = {role(1)};
    d.rotations = {rotation(10, 1, daily(QTime(8, 30)), Mon5, {1})};
    d.overrides = {override_(1, 1, 5, bj(2026, 1, 6, 9), bj(2026, 1, 6, 18))};
    d.leave = {leave(1, 5, bj(2026, 1, 6, 12), bj(2026, 1, 6, 13))};
    const Roster r(d, calendar());
    const DutyAssignment a = r.assignment(1, Slot::Primary, bj(2026, 1, 6, 12, 30));
    EXPECT_EQ(a.source, DutyAssignment::Source::Override);
    EXPECT_EQ(a.leaveContactId, 5);
    EXPECT_EQ(a.contactId, 0);
    const auto gaps = r.gaps(1, bj(2026, 1, 6), bj(2026, 1, 7));
    ASSERT_EQ(gaps.size(), 1);
    EXPECT_EQ(gaps[0].leaveContactId, 5);
    EXPECT_EQ(a.rule([](qint64 id) {
                   return QStringLiteral("P%1").arg(id);
               }).contains(QStringLiteral("P5")),
              true);
}

} // namespace
} // namespace dd
