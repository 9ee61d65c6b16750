#include "test_grading_fixture.h"

#include <gtest/gtest.h>

namespace dd::test {
namespace {

const char *BrokerTrading =
    R"({"institution_type": "securities", "system": "centralized_trading"})";

GradeResult grade2012(const IncidentFacts &f, const QDateTime &now)
{
    return Grader(csrc2012(), calendar()).grade(f, now);
}

QStringList evidenceTexts(const GradeResult &r, const QString &ruleId)
{
    QStringList out;
    for (const RuleMatch &m : r.matches)
        if (m.ruleId == ruleId)
            for (const FactEvidence &e : m.evidence)
                out.append(e.text());
    return out;
}

TEST(Grader, LunchBreakDoesNotCount)
{
    // 11:25-13:05 on a trading day: 5 + 5 trading minutes for stock.
    const auto r = grade2012(facts(BrokerTrading, bj(2025, 6, 4, 11, 25), bj(2025, 6, 4, 13, 5)),
                             bj(2025, 6, 4, 15, 0));
    EXPECT_EQ(r.outage.tradingMinutes, 10);
    EXPECT_EQ(r.outage.wallMinutes, 100);
    EXPECT_EQ(r.gradeId, QStringLiteral("III"));

    const auto lunchOnly =
        grade2012(facts(BrokerTrading, bj(2025, 6, 4, 11, 35), bj(2025, 6, 4, 12, 55)),
                  bj(2025, 6, 4, 15, 0));
    EXPECT_EQ(lunchOnly.outage.tradingMinutes, 0);
    EXPECT_FALSE(lunchOnly.outage.inTradingHours);
    EXPECT_EQ(lunchOnly.gradeId, QStringLiteral("none"));
}

TEST(Grader, NightSessionCountsForFuturesOnly)
{
    const QDateTime start = bj(2025, 6, 4, 21, 0);
    const QDateTime end = bj(2025, 6, 4, 21, 10);
    const auto futures = grade2012(
        facts(R"({"institution_type": "futures", "system": "online_trading"})", start, end), end);
    EXPECT_EQ(futures.outage.market, QStringLiteral("futures"));
    EXPECT_EQ(futures.outage.tradingMinutes, 10);
    EXPECT_EQ(futures.gradeId, QStringLiteral("III"));

    const auto stock = grade2012(facts(BrokerTrading, start, end), end);
    EXPECT_EQ(stock.outage.tradingMinutes, 0);
    EXPECT_EQ(stock.gradeId, QStringLiteral("none"));
}

TEST(Grader, HolidayCountsNoTradingMinutes)
{
    const auto r = grade2012(facts(BrokerTrading, bj(2025, 10, 2, 10, 0), bj(2025, 10, 2, 10, 30)),
                             bj(2025, 10, 2, 11, 0));
    EXPECT_EQ(r.outage.tradingMinutes, 0);
    EXPECT_EQ(r.outage.wallMinutes, 30);
    EXPECT_EQ(r.gradeId, QStringLiteral("none"));
}

TEST(Grader, TradingVersusWallCounting)
{
    // A clearing outage over the lunch break: 4 trading minutes but 241 wall minutes.
    const auto r =
        grade2012(facts(R"({"institution_type": "clearing", "system": "clearing_settlement"})",
                        bj(2025, 6, 4, 11, 28), bj(2025, 6, 4, 15, 29)),
                  bj(2025, 6, 4, 16, 0));
    EXPECT_EQ(r.outage.wallMinutes, 241);
    EXPECT_EQ(r.outage.tradingMinutes, 2 + 120);
    EXPECT_TRUE(matched(r, QStringLiteral("2012-12-3-csdc-clearing")));
    EXPECT_EQ(r.gradeId, QStringLiteral("III"));
}

TEST(Grader, NextThresholdAcrossLunchMovesTo1303)
{
    const IncidentFacts f = facts(BrokerTrading, bj(2025, 6, 4, 11, 28));
    for (const QDateTime &now :
         {bj(2025, 6, 4, 11, 29), bj(2025, 6, 4, 12, 0), bj(2025, 6, 4, 13, 2, 59)}) {
        const auto r = grade2012(f, now);
        EXPECT_EQ(r.gradeId, QStringLiteral("IV")) << str(now);
        ASSERT_TRUE(r.next) << str(now);
        EXPECT_EQ(str(r.next->at), "2025-06-04T13:03:00+08:00");
        EXPECT_EQ(r.next->at.timeSpec(), Qt::UTC);
        EXPECT_EQ(r.next->ruleId, QStringLiteral("2012-12-4-broker-trading"));
        EXPECT_EQ(r.next->level.id, QStringLiteral("III"));
        EXPECT_EQ(r.next->level.name.zh, QStringLiteral("较大"));
        EXPECT_EQ(r.next->fact, Fact::OutageMinutes);
        EXPECT_EQ(r.next->counting, Counting::Trading);
        EXPECT_EQ(r.next->minutes, 5);
    }
    // The 2021 set (class 4 by default) has the same 5-minute step.
    const auto r2021 = Grader(csrc2021(), calendar()).grade(f, bj(2025, 6, 4, 12, 0));
    ASSERT_TRUE(r2021.next);
    EXPECT_EQ(str(r2021.next->at), "2025-06-04T13:03:00+08:00");
}

TEST(Grader, NextThresholdClimbsGradeByGrade)
{
    const IncidentFacts f = facts(
        R"({"institution_type": "securities", "system": "centralized_trading", "affected_customers": 200000})",
        bj(2025, 6, 4, 10, 0));
    const auto iii = grade2012(f, bj(2025, 6, 4, 10, 7));
    EXPECT_EQ(iii.gradeId, QStringLiteral("III"));
    ASSERT_TRUE(iii.next);
    EXPECT_EQ(str(iii.next->at), "2025-06-04T10:30:00+08:00");
    EXPECT_EQ(iii.next->level.id, QStringLiteral("II"));

    const auto ii = grade2012(f, bj(2025, 6, 4, 10, 30));
    EXPECT_EQ(ii.gradeId, QStringLiteral("II"));
    EXPECT_FALSE(ii.next) << "no rule of grade I can become true for a broker by waiting";
}

TEST(Grader, NextThresholdSkipsNightAndWeekend)
{
    // Friday 14:58: two trading minutes by the close, the rest on Monday morning.
    const IncidentFacts f = facts(BrokerTrading, bj(2025, 6, 6, 14, 58));
    const auto r = grade2012(f, bj(2025, 6, 6, 20, 0));
    EXPECT_EQ(r.outage.tradingMinutes, 2);
    ASSERT_TRUE(r.next);
    EXPECT_EQ(str(r.next->at), "2025-06-09T09:18:00+08:00");
}

TEST(Grader, NextThresholdWhenTradingOpens)
{
    // Down since before the open: nothing yet; at 09:15 the outage overlaps trading time (IV).
    const IncidentFacts f = facts(BrokerTrading, bj(2025, 6, 4, 8, 50));
    const auto r = grade2012(f, bj(2025, 6, 4, 9, 0));
    EXPECT_EQ(r.gradeId, QStringLiteral("none"));
    ASSERT_TRUE(r.next);
    EXPECT_EQ(str(r.next->at), "2025-06-04T09:15:00+08:00");
    EXPECT_EQ(r.next->fact, Fact::OutageInTradingHours);
    EXPECT_EQ(r.next->level.id, QStringLiteral("IV"));
    EXPECT_EQ(grade2012(f, r.next->at.addSecs(1)).gradeId, QStringLiteral("IV"));
}

TEST(Grader, NextThresholdInWallTime)
{
    const IncidentFacts f =
        facts(R"({"institution_type": "clearing", "system": "clearing_settlement"})",
              bj(2025, 6, 4, 10, 0));
    const auto none = grade2012(f, bj(2025, 6, 4, 10, 10));
    EXPECT_EQ(none.gradeId, QStringLiteral("none"));
    ASSERT_TRUE(none.next);
    EXPECT_EQ(str(none.next->at), "2025-06-04T10:30:00+08:00");
    EXPECT_EQ(none.next->counting, Counting::Wall);

    const auto iv = grade2012(f, bj(2025, 6, 4, 10, 31));
    EXPECT_EQ(iv.gradeId, QStringLiteral("IV"));
    ASSERT_TRUE(iv.next);
    EXPECT_EQ(str(iv.next->at), "2025-06-04T14:01:00+08:00"); // more than 240 minutes
    EXPECT_EQ(iv.next->minutes, 241);
    EXPECT_EQ(iv.next->level.id, QStringLiteral("III"));
}

TEST(Grader, RecoveredIncidentsHaveNoNextThreshold)
{
    const auto r = grade2012(facts(BrokerTrading, bj(2025, 6, 4, 10, 0), bj(2025, 6, 4, 10, 2)),
                             bj(2025, 6, 4, 10, 3));
    EXPECT_EQ(r.gradeId, QStringLiteral("IV"));
    EXPECT_FALSE(r.outage.ongoing);
    EXPECT_FALSE(r.next);
}

TEST(Grader, NoNextThresholdWhenWaitingCannotRaiseTheGrade)
{
    const auto leak = grade2012(
        facts(R"({"institution_type": "securities", "system": "other", "leaked_records": 5})",
              bj(2025, 6, 4, 10, 0)),
        bj(2025, 6, 4, 10, 5));
    EXPECT_EQ(leak.gradeId, QStringLiteral("IV"));
    EXPECT_FALSE(leak.next);
}

TEST(Grader, NoNextThresholdBeyondTheCalendarsYears)
{
    const auto r =
        grade2012(facts(BrokerTrading, bj(2026, 12, 31, 14, 58)), bj(2026, 12, 31, 16, 0));
    EXPECT_EQ(r.outage.tradingMinutes, 2);
    EXPECT_FALSE(r.next);
}

TEST(Grader, TheWhyListsFactValues)
{
    const auto r = grade2012(
        facts(
            R"({"institution_type": "securities", "system": "centralized_trading", "affected_customers": 120000})",
            bj(2025, 6, 4, 10, 0), bj(2025, 6, 4, 10, 31)),
        bj(2025, 6, 4, 11, 0));
    EXPECT_EQ(r.gradeId, QStringLiteral("II"));
    ASSERT_GE(r.matches.size(), 3);
    EXPECT_EQ(r.matches[0].ruleId, QStringLiteral("2012-11-4-broker-trading-large"));
    EXPECT_EQ(r.matches[1].ruleId, QStringLiteral("2012-12-4-broker-trading"));
    EXPECT_EQ(r.matches.last().gradeId, QStringLiteral("IV"));
    EXPECT_TRUE(r.matches[0].source.contains(QStringLiteral("art. 11(4)")));
    EXPECT_FALSE(r.matches[0].description.zh.isEmpty());
    EXPECT_EQ(
        evidenceTexts(r, QStringLiteral("2012-11-4-broker-trading-large")),
        (QStringList{
            QStringLiteral("institution_type=securities in [securities, futures]"),
            QStringLiteral("system=centralized_trading in [centralized_trading, online_trading]"),
            QStringLiteral("outage_minutes=31 (trading) >= 30"),
            QStringLiteral("affected_customers=120000 >= 100000")}));
    const FactEvidence &minutes = r.matches[0].evidence[2];
    EXPECT_EQ(minutes.valueText(), QStringLiteral("outage_minutes=31 (trading)"));
    EXPECT_EQ(minutes.counting, Counting::Trading);
    EXPECT_TRUE(minutes.holds);
}

TEST(Grader, TheWhyOfAnAnyListsOnlyTheBranchThatHeld)
{
    const auto r = grade2012(
        facts(
            R"({"institution_type": "stock_exchange", "system": "exchange_trading", "affected_share": 0.25})",
            bj(2025, 6, 4, 10, 0), bj(2025, 6, 4, 10, 2)),
        bj(2025, 6, 4, 11, 0));
    EXPECT_EQ(
        evidenceTexts(r, QStringLiteral("2012-11-1-stock-exchange")),
        (QStringList{
            QStringLiteral("institution_type=stock_exchange == stock_exchange"),
            QStringLiteral(
                "system=exchange_trading in [exchange_trading, centralized_trading, market_data]"),
            QStringLiteral("affected_share=0.25 >= 0.2")}));
}

TEST(Grader, AssumedSystemClassIsShownAsTheRuleSetDefault)
{
    const auto r = Grader(csrc2021(), calendar())
                       .grade(facts(BrokerTrading, bj(2025, 6, 4, 10, 0), bj(2025, 6, 4, 10, 6)),
                              bj(2025, 6, 4, 11, 0));
    EXPECT_EQ(r.gradeId, QStringLiteral("III"));
    const QStringList why = evidenceTexts(r, QStringLiteral("2021-c4-iii"));
    ASSERT_FALSE(why.isEmpty());
    EXPECT_EQ(why.first(), QStringLiteral("system_class=4 (rule set default) == 4"));

    const auto stated =
        Grader(csrc2021(), calendar())
            .grade(
                facts(
                    R"({"institution_type": "securities", "system": "centralized_trading", "system_class": 5})",
                    bj(2025, 6, 4, 10, 0), bj(2025, 6, 4, 10, 6)),
                bj(2025, 6, 4, 11, 0));
    EXPECT_EQ(evidenceTexts(stated, QStringLiteral("2021-c5-iii")).first(),
              QStringLiteral("system_class=5 == 5"));
}

TEST(Grader, NotAndMissingFactsInTheWhy)
{
    auto set = RuleSet::parse(R"({
      "id": "t", "version": 1, "title": {"zh": "t", "en": "t"}, "source": "test", "applies_to": ["fund"],
      "grades": [{"id": "A", "name": {"zh": "甲", "en": "A"}, "rank": 1, "colour": "#000000"}],
      "systems": [{"id": "s", "name": {"zh": "s", "en": "s"}}],
      "rules": [{"id": "r", "grade": "A", "source": "test", "description": {"zh": "r", "en": "r"},
                 "when": {"all": [{"not": {"fact": "affected_share", ">=": 0.5}},
                                  {"not": {"fact": "affected_customers", ">=": 1}}]}}],
      "reporting": {"working_day_deadline": "24:00", "obligations": {}}
    })",
                              QStringLiteral("t.json"));
    ASSERT_TRUE(set.ok()) << str(set.error());
    const auto r =
        Grader(*set, calendar())
            .grade(facts(R"({"institution_type": "fund", "system": "s", "affected_share": 0.1})",
                         bj(2025, 6, 4, 10, 0)),
                   bj(2025, 6, 4, 10, 1));
    EXPECT_EQ(r.gradeId, QStringLiteral("A"));
    EXPECT_EQ(evidenceTexts(r, QStringLiteral("r")),
              (QStringList{QStringLiteral("not: affected_share=0.1 >= 0.5"),
                           QStringLiteral("not: affected_customers not stated >= 1")}));
}

TEST(Grader, OngoingOutageCountsToNow)
{
    const IncidentFacts f = facts(BrokerTrading, bj(2025, 6, 4, 10, 0));
    const auto r = grade2012(f, bj(2025, 6, 4, 10, 4, 59));
    EXPECT_TRUE(r.outage.ongoing);
    EXPECT_EQ(r.outage.tradingMinutes, 4);
    EXPECT_EQ(r.gradeId, QStringLiteral("IV"));
    EXPECT_EQ(grade2012(f, bj(2025, 6, 4, 10, 5)).gradeId, QStringLiteral("III"));
    // Graded before it started (clock skew): nothing has elapsed.
    const auto early = grade2012(f, bj(2025, 6, 4, 9, 0));
    EXPECT_EQ(early.outage.wallMinutes, 0);
    EXPECT_EQ(early.gradeId, QStringLiteral("none"));
}

TEST(Grader, IsDeterministic)
{
    const Grader grader(csrc2021(), calendar());
    const IncidentFacts f = facts(
        R"({"institution_type": "futures", "system": "online_trading", "affected_share": 0.7, "leaked_records": 12})",
        bj(2025, 6, 4, 14, 50));
    const QDateTime now = bj(2025, 6, 4, 21, 3);
    const QJsonObject first = grader.grade(f, now).toJsonObject();
    const QJsonObject second = Grader(csrc2021(), calendar()).grade(f, now).toJsonObject();
    EXPECT_EQ(first, second);
    EXPECT_EQ(first.value(QStringLiteral("grade")).toString(), QStringLiteral("III"));
    EXPECT_EQ(first.value(QStringLiteral("outage"))
                  .toObject()
                  .value(QStringLiteral("trading_minutes"))
                  .toInt(),
              13);
    EXPECT_EQ(first.value(QStringLiteral("next_threshold"))
                  .toObject()
                  .value(QStringLiteral("at"))
                  .toString(),
              QStringLiteral("2025-06-04T13:20:00Z")); // 30 trading minutes at 21:20 +08:00
}

} // namespace
} // namespace dd::test
