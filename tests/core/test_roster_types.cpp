// Roster value types: ids, shift pattern JSON.
#include "roster/roster_types.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace dd {
namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

TEST(RosterTypes, IdsRoundTrip)
{
    for (Coverage c : {Coverage::Always, Coverage::TradingDays, Coverage::BusinessHours}) {
        EXPECT_EQ(coverageFromId(coverageId(c)), c);
        EXPECT_FALSE(coverageName(c).isEmpty());
    }
    EXPECT_EQ(coverageId(Coverage::Always), QStringLiteral("24x7"));
    EXPECT_FALSE(coverageFromId(QStringLiteral("weekends")).has_value());
    EXPECT_EQ(slotFromId(QStringLiteral("backup")), Slot::Backup);
    EXPECT_EQ(slotId(Slot::Primary), QStringLiteral("primary"));
    EXPECT_FALSE(slotFromId(QStringLiteral("")).has_value());
    for (SwapState s : {SwapState::Requested, SwapState::Accepted, SwapState::Approved,
                        SwapState::Rejected, SwapState::Cancelled}) {
        EXPECT_EQ(swapStateFromId(swapStateId(s)), s);
        EXPECT_FALSE(swapStateName(s).isEmpty());
    }
    DutyRole r;
    r.name = QStringLiteral("值班负责人");
    EXPECT_EQ(r.displayName(), r.name); // no English name: the Chinese one
}

TEST(RosterTypes, PatternJsonRoundTrip)
{
    const char *cases[] = {
        R"({"kind":"shifts","shifts":[{"start":"08:30","hours":12},{"start":"20:30","hours":12}]})",
        R"({"kind":"shifts","shifts":[{"start":"20:30","minutes":690}]})",
        R"({"kind":"daily","handoff":"00:00"})",
        R"({"kind":"weekly","weekday":5,"handoff":"09:00"})",
    };
    for (const char *c : cases) {
        auto p = ShiftPattern::fromJson(obj(c), QStringLiteral("pattern"));
        ASSERT_TRUE(p.ok()) << c << ": " << p.error().toStdString();
        EXPECT_EQ(p->toJson(), obj(c)) << c;
    }
    auto p = ShiftPattern::fromJson(
        obj(R"({"kind":"shifts","shifts":[{"start":"8:30","hours":7.5}]})"), QStringLiteral("p"));
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->shifts.first().minutes, 450);
    EXPECT_EQ(p->shifts.first().start, QTime(8, 30));
    auto daily = ShiftPattern::fromJson(obj(R"({"kind":"daily"})"), QStringLiteral("p"));
    ASSERT_TRUE(daily.ok());
    EXPECT_EQ(daily->handoff, QTime(8, 30));
}

TEST(RosterTypes, PatternJsonErrorsNameThePath)
{
    struct Case {
        const char *json;
        const char *path;
    };
    const Case cases[] = {
        {R"({"kind":"monthly"})", "rotations[1].pattern.kind"},
        {R"({"kind":"daily","handoff":"25:00"})", "rotations[1].pattern.handoff"},
        {R"({"kind":"weekly","weekday":8})", "rotations[1].pattern.weekday"},
        {R"({"kind":"shifts","shifts":[]})", "rotations[1].pattern.shifts"},
        {R"({"kind":"shifts","shifts":[{"start":"08:30"}]})",
         "rotations[1].pattern.shifts[0].hours"},
        {R"({"kind":"shifts","shifts":[{"start":"08:30","hours":12},{"start":"19:00","hours":12}]})",
         "rotations[1].pattern.shifts[1].start"},
        {R"({"kind":"shifts","shifts":[{"start":"08:30","hours":12},{"start":"20:30","hours":13}]})",
         "rotations[1].pattern.shifts[1].hours"},
        {R"({"kind":"shifts","shifts":[{"start":"x","hours":1}]})",
         "rotations[1].pattern.shifts[0].start"},
    };
    for (const Case &c : cases) {
        auto p = ShiftPattern::fromJson(obj(c.json), QStringLiteral("rotations[1].pattern"));
        ASSERT_FALSE(p.ok()) << c.json;
        EXPECT_TRUE(p.error().startsWith(QString::fromUtf8(c.path) + QLatin1Char(':')))
            << c.json << " → " << p.error().toStdString();
    }
}

} // namespace
} // namespace dd
