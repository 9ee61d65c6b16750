// Property tests: for random rosters (fixed seeds), gaps() equals a brute-force minute scan with
// onDuty(), and shifts(), handovers() and the assignment's since/until agree with onDuty().
#include "roster_fixture.h"

#include <QRandomGenerator>

namespace dd {
namespace {

using namespace dd::test;

constexpr int kShards = 10;
constexpr int kRostersPerShard = 20; // 200 rosters in all

// The month scanned: February 2026 (Spring Festival holiday, a make-up Saturday) + 1 day.
const QDate kMonthStart(2026, 2, 1);
constexpr int kMonthDays = 29;

QTime randomTime(QRandomGenerator &g)
{
    // Mostly whole and half hours, sometimes any minute.
    if (g.bounded(3) == 0)
        return QTime(g.bounded(24), g.bounded(60));
    return QTime(g.bounded(24), g.bounded(2) * 30);
}

ShiftPattern randomPattern(QRandomGenerator &g)
{
    ShiftPattern p;
    switch (g.bounded(4)) {
    case 0: p.kind = ShiftPattern::Kind::Daily; break;
    case 1: p.kind = ShiftPattern::Kind::Weekly; break;
    default: p.kind = ShiftPattern::Kind::Shifts; break;
    }
    p.handoff = randomTime(g);
    p.weekday = 1 + g.bounded(7);
    if (p.kind == ShiftPattern::Kind::Shifts) {
        // 1-3 shifts from a random start; tiling the day or leaving free hours.
        const int count = 1 + g.bounded(3);
        const bool tile = g.bounded(2) == 0;
        QTime start = randomTime(g);
        int left = 24 * 60;
        for (int i = 0; i < count && left > 0; ++i) {
            int len = (i == count - 1 && tile) ? left : 30 + g.bounded(std::max(1, left - 30));
            len = std::min(len, left);
            p.shifts.append({start, len});
            int skip = tile ? 0 : g.bounded(std::max(1, (left - len) / 2 + 1));
            skip = std::min(skip, left - len);
            left -= len + skip;
            start = start.addSecs(60 * (len + skip));
        }
    }
    return p;
}

QDateTime randomInstant(QRandomGenerator &g, const QDateTime &from, int spanMinutes)
{
    return from.addSecs(60 * qint64(g.bounded(spanMinutes)));
}

RosterData randomRoster(quint32 seed)
{
    QRandomGenerator g(seed);
    RosterData d;
    const int roles = 1 + g.bounded(2);
    const QDateTime from = bj(kMonthStart.year(), kMonthStart.month(), kMonthStart.day());
    const int span = kMonthDays * 1440;
    qint64 nextId = 1;
    for (int r = 0; r < roles; ++r) {
        const Coverage c = std::array{Coverage::Always, Coverage::TradingDays,
                                      Coverage::BusinessHours}[g.bounded(3)];
        d.roles.append(role(r + 1, c, g.bounded(2) == 0));
        for (Slot slot : {Slot::Primary, Slot::Backup}) {
            const int rotations = g.bounded(4);
            for (int i = 0; i < rotations; ++i) {
                QList<qint64> members;
                const int m = 1 + g.bounded(4);
                for (int k = 0; k < m; ++k)
                    members.append(g.bounded(12) == 0 ? 0 : 1 + g.bounded(6));
                Rotation rot = rotation(nextId++, r + 1, randomPattern(g),
                                        kMonthStart.addDays(g.bounded(40) - 15), members,
                                        1 + g.bounded(3), slot);
                if (g.bounded(3) == 0)
                    rot.endDate = rot.startDate.addDays(1 + g.bounded(30));
                d.rotations.append(rot);
            }
        }
    }
    const int overrides = g.bounded(16);
    for (int i = 0; i < overrides; ++i) {
        const QDateTime s = randomInstant(g, from.addDays(-3), span + 6 * 1440);
        d.overrides.append(override_(1 + g.bounded(1000), 1 + g.bounded(roles), 1 + g.bounded(6), s,
                                     s.addSecs(60 * (30 + qint64(g.bounded(3 * 1440)))),
                                     g.bounded(2) ? Slot::Primary : Slot::Backup));
    }
    const int leaves = g.bounded(9);
    for (int i = 0; i < leaves; ++i) {
        const QDateTime s = randomInstant(g, from.addDays(-3), span + 6 * 1440);
        d.leave.append(
            leave(i + 1, 1 + g.bounded(6), s, s.addSecs(60 * (15 + qint64(g.bounded(4 * 1440))))));
    }
    return d;
}

class RosterProperty : public ::testing::TestWithParam<int> {};

TEST_P(RosterProperty, GapsEqualMinuteScan)
{
    const QDateTime from = bj(kMonthStart.year(), kMonthStart.month(), kMonthStart.day());
    const QDateTime to = from.addDays(kMonthDays);
    int leaveGaps = 0, emptyGaps = 0;
    for (int i = 0; i < kRostersPerShard; ++i) {
        const quint32 seed = 20260201u + quint32(GetParam() * kRostersPerShard + i);
        const Roster roster(randomRoster(seed), calendar());
        QList<CoverageGap> expected;
        for (const DutyRole &r : roster.data().roles) {
            const auto fast = roster.gaps(r.id, from, to);
            const auto brute = bruteForceGaps(roster, r.id, from, to);
            ASSERT_EQ(fast, brute) << "seed " << seed << " role " << r.id;
            for (const CoverageGap &gap : fast)
                ++(gap.leaveContactId ? leaveGaps : emptyGaps);
            expected.append(brute);
        }
        const auto all = roster.gaps(from, to);
        ASSERT_EQ(all.size(), expected.size()) << "seed " << seed;
        for (qsizetype k = 1; k < all.size(); ++k)
            ASSERT_LE(all[k - 1].start, all[k].start) << "seed " << seed;
    }
    // The random rosters exercise both kinds of gap.
    EXPECT_GT(leaveGaps, 0);
    EXPECT_GT(emptyGaps, 0);
}

TEST_P(RosterProperty, ShiftsAndAssignmentsAgreeWithOnDuty)
{
    const QDateTime from = bj(kMonthStart.year(), kMonthStart.month(), kMonthStart.day());
    const QDateTime to = from.addDays(kMonthDays);
    int overrideBlocks = 0;
    for (int i = 0; i < kRostersPerShard; ++i) {
        const quint32 seed = 20260201u + quint32(GetParam() * kRostersPerShard + i);
        const Roster roster(randomRoster(seed), calendar());
        QRandomGenerator g(seed ^ 0x5eedu);
        for (const DutyRole &r : roster.data().roles) {
            for (Slot slot : {Slot::Primary, Slot::Backup}) {
                const auto blocks = roster.shifts(r.id, slot, from, to);
                for (const ShiftBlock &b : blocks)
                    overrideBlocks += b.source == DutyAssignment::Source::Override;
                for (qsizetype k = 1; k < blocks.size(); ++k) {
                    ASSERT_LE(blocks[k - 1].end, blocks[k].start) << "seed " << seed;
                    ASSERT_FALSE(blocks[k - 1].end == blocks[k].start
                                 && blocks[k - 1].contactId == blocks[k].contactId)
                        << "seed " << seed << ": not merged";
                }
                for (int n = 0; n < 200; ++n) {
                    // Any millisecond, not only whole minutes.
                    const QDateTime t = from.addMSecs(qint64(g.bounded(kMonthDays * 1440)) * 60000
                                                      + g.bounded(60000));
                    const DutyAssignment a = roster.assignment(r.id, slot, t);
                    qint64 inBlock = 0;
                    for (const ShiftBlock &b : blocks)
                        if (b.start <= t && t < b.end)
                            inBlock = b.contactId;
                    ASSERT_EQ(inBlock, a.contactId) << "seed " << seed << " at " << text(t);
                    // The assignment holds throughout [since, until).
                    ASSERT_TRUE(!a.since.isValid() || a.since <= t) << "seed " << seed;
                    ASSERT_TRUE(!a.until.isValid() || t < a.until) << "seed " << seed;
                    for (const QDateTime &edge : {a.since, a.until.addMSecs(-1)}) {
                        if (!edge.isValid())
                            continue;
                        const DutyAssignment e = roster.assignment(r.id, slot, edge);
                        ASSERT_EQ(e.contactId, a.contactId) << "seed " << seed << text(edge);
                        ASSERT_EQ(e.leaveContactId, a.leaveContactId) << "seed " << seed;
                        ASSERT_EQ(e.source, a.source) << "seed " << seed << " " << text(edge);
                        ASSERT_EQ(e.sourceId, a.sourceId) << "seed " << seed;
                    }
                }
            }
            for (const HandoverPoint &h : roster.handovers(r.id, from, to)) {
                ASSERT_LT(from, h.at);
                ASSERT_LT(h.at, to);
                ASSERT_NE(h.outgoingId, h.incomingId);
                EXPECT_EQ(roster.assignment(r.id, h.slot, h.at.addSecs(-60)).contactId,
                          h.outgoingId)
                    << "seed " << seed;
                EXPECT_EQ(roster.assignment(r.id, h.slot, h.at).contactId, h.incomingId)
                    << "seed " << seed;
            }
        }
    }
    EXPECT_GT(overrideBlocks, 0);
}

INSTANTIATE_TEST_SUITE_P(Seeds, RosterProperty, ::testing::Range(0, kShards));

} // namespace
} // namespace dd
