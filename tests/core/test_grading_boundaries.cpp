// Table-driven tests at every rule boundary of the shipped rule sets: one minute (or one unit)
// below, at and above each threshold.
#include "test_grading_fixture.h"

#include <QSet>

#include <gtest/gtest.h>

namespace dd::test {
namespace {

// ----------------------------------------------------------------------------------------------
// Outage-duration thresholds

struct TimeBoundary {
    const char *ruleSet;
    const char *ruleId;
    const char *facts; // without started_at/recovered_at
    Counting counting;
    int minutes;
    const char *below; // grade at minutes - 1
    const char *at;
    const char *above;   // grade at minutes + 1
    bool strict = false; // ">": the rule matches from minutes + 1
};

void PrintTo(const TimeBoundary &b, std::ostream *os)
{
    *os << b.ruleId << " @" << b.minutes;
}

class TimeBoundaries : public ::testing::TestWithParam<TimeBoundary> {};

// A trading day with no holiday nearby; the outage starts in the morning session.
QDateTime startFor(const IncidentFacts &f)
{
    return f.effectiveMarket().startsWith(QLatin1String("futures")) ? bj(2025, 6, 4, 9, 5)
                                                                    : bj(2025, 6, 4, 9, 35);
}

TEST_P(TimeBoundaries, BelowAtAndAbove)
{
    const TimeBoundary &b = GetParam();
    const RuleSet &set = ruleSet(QString::fromLatin1(b.ruleSet));
    const Grader grader(set, calendar());
    const IncidentFacts base = facts(b.facts, bj(2025, 6, 4, 9, 35));
    ASSERT_TRUE(grader.check(base, QStringLiteral("facts.json")).ok());
    const QDateTime start = startFor(base);
    const QString market = base.effectiveMarket();

    const char *expected[] = {b.below, b.at, b.above};
    for (int delta = -1; delta <= 1; ++delta) {
        const int n = b.minutes + delta;
        const QDateTime end = b.counting == Counting::Trading
                                  ? calendar().addTradingMinutes(start, n, market)
                                  : start.addSecs(n * 60LL);
        IncidentFacts f = base;
        f.startedAt = start;
        f.recoveredAt = end;
        const GradeResult r = grader.grade(f, end.addSecs(3600));
        const qint64 measured =
            b.counting == Counting::Trading ? r.outage.tradingMinutes : r.outage.wallMinutes;
        EXPECT_EQ(measured, n) << b.ruleId;
        EXPECT_EQ(str(r.gradeId), expected[delta + 1]) << b.ruleId << " at " << n << " minutes";
        const bool shouldMatch = b.strict ? delta > 0 : delta >= 0;
        EXPECT_EQ(matched(r, QString::fromLatin1(b.ruleId)), shouldMatch)
            << b.ruleId << " at " << n;
        EXPECT_FALSE(r.next) << "recovered incidents have no next threshold";
    }
}

const TimeBoundary TimeCases[] = {
    TimeBoundary{
        "csrc-2012", "2012-10-exchange-whole-market",
        R"({"institution_type": "stock_exchange", "system": "exchange_trading", "market_scope": "whole_market"})",
        Counting::Trading, 60, "II", "I", "I"},
    TimeBoundary{"csrc-2012", "2012-11-1-stock-exchange",
                 R"({"institution_type": "stock_exchange", "system": "exchange_trading"})",
                 Counting::Trading, 20, "IV", "II", "II"},
    TimeBoundary{
        "csrc-2012", "2012-11-4-broker-trading-large",
        R"({"institution_type": "securities", "system": "centralized_trading", "affected_customers": 120000})",
        Counting::Trading, 30, "III", "II", "II"},
    TimeBoundary{"csrc-2012", "2012-11-futures-exchange",
                 R"({"institution_type": "futures_exchange", "system": "exchange_trading"})",
                 Counting::Trading, 20, "III", "II", "II"},
    TimeBoundary{"csrc-2012", "2012-12-2-futures-exchange-trading",
                 R"({"institution_type": "futures_exchange", "system": "centralized_trading"})",
                 Counting::Trading, 3, "IV", "III", "III"},
    TimeBoundary{"csrc-2012", "2012-12-3-csdc-clearing",
                 R"({"institution_type": "clearing", "system": "clearing_settlement"})",
                 Counting::Wall, 240, "IV", "IV", "III", true},
    TimeBoundary{"csrc-2012", "2012-12-4-broker-trading",
                 R"({"institution_type": "securities", "system": "online_trading"})",
                 Counting::Trading, 5, "IV", "III", "III"},
    TimeBoundary{"csrc-2012", "2012-12-4-broker-trading",
                 R"({"institution_type": "futures", "system": "centralized_trading"})",
                 Counting::Trading, 5, "IV", "III", "III"},
    TimeBoundary{"csrc-2012", "2012-12-5-securities-depository-margin",
                 R"({"institution_type": "securities", "system": "third_party_depository"})",
                 Counting::Trading, 30, "IV", "III", "III"},
    TimeBoundary{"csrc-2012", "2012-12-5-securities-depository-margin",
                 R"({"institution_type": "securities", "system": "margin_trading"})",
                 Counting::Trading, 30, "IV", "III", "III"},
    TimeBoundary{"csrc-2012", "2012-12-5-futures-bank-transfer",
                 R"({"institution_type": "futures", "system": "bank_futures_transfer"})",
                 Counting::Trading, 30, "IV", "III", "III"},
    TimeBoundary{"csrc-2012", "2012-13-clearing-outage",
                 R"({"institution_type": "securities", "system": "clearing_settlement"})",
                 Counting::Wall, 30, "none", "IV", "IV"},
    TimeBoundary{
        "csrc-2021", "2021-c5-i",
        R"({"institution_type": "stock_exchange", "system": "exchange_trading", "affected_share": 0.5})",
        Counting::Trading, 60, "II", "I", "I"},
    TimeBoundary{"csrc-2021", "2021-c5-ii-duration",
                 R"({"institution_type": "stock_exchange", "system": "exchange_trading"})",
                 Counting::Trading, 20, "III", "II", "II"},
    TimeBoundary{"csrc-2021", "2021-c5-iii",
                 R"({"institution_type": "futures_exchange", "system": "exchange_trading"})",
                 Counting::Trading, 3, "IV", "III", "III"},
    TimeBoundary{
        "csrc-2021", "2021-c4-i",
        R"({"institution_type": "securities", "system": "centralized_trading", "affected_share": 0.6})",
        Counting::Trading, 240, "II", "I", "I"},
    TimeBoundary{
        "csrc-2021", "2021-c4-ii",
        R"({"institution_type": "securities", "system": "centralized_trading", "affected_share": 0.6})",
        Counting::Trading, 30, "III", "II", "II"},
    TimeBoundary{"csrc-2021", "2021-c4-iii",
                 R"({"institution_type": "securities", "system": "online_trading"})",
                 Counting::Trading, 5, "IV", "III", "III"},
    TimeBoundary{
        "csrc-2021", "2021-c3-ii",
        R"({"institution_type": "securities", "system": "third_party_depository", "affected_share": 0.5})",
        Counting::Trading, 120, "III", "II", "II"},
    TimeBoundary{"csrc-2021", "2021-c3-iii",
                 R"({"institution_type": "futures", "system": "bank_futures_transfer"})",
                 Counting::Trading, 30, "IV", "III", "III"},
    TimeBoundary{"csrc-2021", "2021-c2-iii",
                 R"({"institution_type": "fund", "system": "other", "system_class": 2})",
                 Counting::Trading, 120, "IV", "III", "III"},
    TimeBoundary{"csrc-2021", "2021-c2-iv",
                 R"({"institution_type": "fund", "system": "other", "system_class": 2})",
                 Counting::Trading, 30, "none", "IV", "IV"},
    TimeBoundary{"csrc-2021", "2021-c1-iv",
                 R"({"institution_type": "fund", "system": "other", "system_class": 1})",
                 Counting::Wall, 1440, "none", "none", "IV", true},
};
INSTANTIATE_TEST_SUITE_P(Shipped, TimeBoundaries, ::testing::ValuesIn(TimeCases));

// ----------------------------------------------------------------------------------------------
// Thresholds on stated values (share, customers, leaked records, loss)

struct ValueBoundary {
    const char *ruleSet;
    const char *ruleId;
    const char *facts;  // "%1" is replaced by the value
    int tradingMinutes; // outage length from 10:00 on a trading day; 0: at 20:00, no outage
    const char *values[3];
    const char *grades[3];
    bool strict = false;
};

void PrintTo(const ValueBoundary &b, std::ostream *os)
{
    *os << b.ruleId << " @" << b.values[1];
}

class ValueBoundaries : public ::testing::TestWithParam<ValueBoundary> {};

TEST_P(ValueBoundaries, BelowAtAndAbove)
{
    const ValueBoundary &b = GetParam();
    const Grader grader(ruleSet(QString::fromLatin1(b.ruleSet)), calendar());
    for (int i = 0; i < 3; ++i) {
        const QByteArray json =
            QString::fromLatin1(b.facts).arg(QString::fromLatin1(b.values[i])).toLatin1();
        const QDateTime start =
            b.tradingMinutes > 0 ? bj(2025, 6, 4, 10, 0) : bj(2025, 6, 4, 20, 0);
        const IncidentFacts f =
            facts(json.constData(), start, start.addSecs(b.tradingMinutes * 60LL));
        const GradeResult r = grader.grade(f, start.addDays(1));
        EXPECT_EQ(str(r.gradeId), b.grades[i]) << b.ruleId << " with " << b.values[i];
        const bool shouldMatch = b.strict ? i == 2 : i >= 1;
        EXPECT_EQ(matched(r, QString::fromLatin1(b.ruleId)), shouldMatch)
            << b.ruleId << " with " << b.values[i];
    }
}

const ValueBoundary ValueCases[] = {
    ValueBoundary{"csrc-2012",
                  "2012-11-8-investor-data-leak",
                  R"({"institution_type": "securities", "system": "other", "leaked_records": %1})",
                  0,
                  {"99999", "100000", "100001"},
                  {"IV", "II", "II"}},
    ValueBoundary{"csrc-2012",
                  "2012-13-data-leak",
                  R"({"institution_type": "fund", "system": "other", "leaked_records": %1})",
                  0,
                  {"0", "1", "2"},
                  {"none", "IV", "IV"}},
    ValueBoundary{
        "csrc-2012",
        "2012-12-1-stock-exchange-share",
        R"({"institution_type": "stock_exchange", "system": "market_data", "affected_share": %1})",
        1,
        {"0.04", "0.05", "0.06"},
        {"IV", "III", "III"}},
    ValueBoundary{
        "csrc-2012",
        "2012-11-1-stock-exchange",
        R"({"institution_type": "stock_exchange", "system": "exchange_trading", "affected_share": %1})",
        1,
        {"0.19", "0.2", "0.21"},
        {"III", "II", "II"}},
    ValueBoundary{
        "csrc-2012",
        "2012-11-4-broker-trading-large",
        R"({"institution_type": "futures", "system": "online_trading", "market": "stock", "affected_customers": %1})",
        30,
        {"99999", "100000", "100001"},
        {"III", "II", "II"}},
    ValueBoundary{"csrc-2021",
                  "2021-leak-iv",
                  R"({"institution_type": "fund", "system": "other", "leaked_records": %1})",
                  0,
                  {"0", "1", "2"},
                  {"none", "IV", "IV"}},
    ValueBoundary{"csrc-2021",
                  "2021-leak-iii",
                  R"({"institution_type": "fund", "system": "other", "leaked_records": %1})",
                  0,
                  {"9999", "10000", "10001"},
                  {"IV", "III", "III"}},
    ValueBoundary{"csrc-2021",
                  "2021-leak-ii",
                  R"({"institution_type": "fund", "system": "other", "leaked_records": %1})",
                  0,
                  {"99999", "100000", "100001"},
                  {"III", "II", "II"}},
    ValueBoundary{"csrc-2021",
                  "2021-leak-i",
                  R"({"institution_type": "fund", "system": "other", "leaked_records": %1})",
                  0,
                  {"999999", "1000000", "1000001"},
                  {"II", "I", "I"}},
    ValueBoundary{
        "csrc-2021",
        "2021-loss-iv",
        R"({"institution_type": "clearing", "system": "other", "financial_loss_cny": %1})",
        0,
        {"0", "0.01", "1"},
        {"none", "IV", "IV"}},
    ValueBoundary{
        "csrc-2021",
        "2021-loss-iii",
        R"({"institution_type": "clearing", "system": "other", "financial_loss_cny": %1})",
        0,
        {"999999", "1000000", "1000001"},
        {"IV", "III", "III"}},
    ValueBoundary{
        "csrc-2021",
        "2021-loss-ii",
        R"({"institution_type": "clearing", "system": "other", "financial_loss_cny": %1})",
        0,
        {"9999999", "10000000", "10000001"},
        {"III", "II", "II"}},
    ValueBoundary{
        "csrc-2021",
        "2021-loss-i",
        R"({"institution_type": "clearing", "system": "other", "financial_loss_cny": %1})",
        0,
        {"99999999", "100000000", "100000001"},
        {"II", "I", "I"}},
    ValueBoundary{
        "csrc-2021",
        "2021-c5-ii-share",
        R"({"institution_type": "stock_exchange", "system": "exchange_trading", "affected_share": %1})",
        1,
        {"0.19", "0.2", "0.21"},
        {"IV", "II", "II"}},
    ValueBoundary{
        "csrc-2021",
        "2021-c4-ii",
        R"({"institution_type": "securities", "system": "centralized_trading", "affected_share": %1})",
        30,
        {"0.49", "0.5", "0.51"},
        {"III", "II", "II"}},
};
INSTANTIATE_TEST_SUITE_P(Shipped, ValueBoundaries, ::testing::ValuesIn(ValueCases));

// ----------------------------------------------------------------------------------------------
// Flags, and catch-alls that need the outage to overlap trading time

struct Switch {
    const char *ruleSet;
    const char *ruleId;
    const char *facts;
    bool inTradingHours; // outage 10:00-10:01 (true) or 12:00-12:01, lunch break (false)
    const char *grade;   // expected
};

void PrintTo(const Switch &s, std::ostream *os)
{
    *os << s.ruleId << (s.inTradingHours ? " in hours" : " at lunch");
}

class Switches : public ::testing::TestWithParam<Switch> {};

TEST_P(Switches, GradeAndRule)
{
    const Switch &s = GetParam();
    const Grader grader(ruleSet(QString::fromLatin1(s.ruleSet)), calendar());
    const QDateTime start = s.inTradingHours ? bj(2025, 6, 4, 10, 0) : bj(2025, 6, 4, 12, 0);
    const GradeResult r = grader.grade(facts(s.facts, start, start.addSecs(60)), start.addDays(1));
    EXPECT_EQ(str(r.gradeId), s.grade) << s.ruleId;
    EXPECT_EQ(matched(r, QString::fromLatin1(s.ruleId)), std::string(s.grade) != "none")
        << s.ruleId;
    EXPECT_EQ(r.outage.inTradingHours, s.inTradingHours);
}

const Switch SwitchCases[] = {
    Switch{"csrc-2012", "2012-13-trading-outage",
           R"({"institution_type": "securities", "system": "online_trading"})", true, "IV"},
    Switch{"csrc-2012", "2012-13-trading-outage",
           R"({"institution_type": "securities", "system": "online_trading"})", false, "none"},
    Switch{"csrc-2012", "2012-13-business-outage",
           R"({"institution_type": "securities", "system": "margin_trading"})", true, "IV"},
    Switch{"csrc-2012", "2012-13-business-outage",
           R"({"institution_type": "securities", "system": "margin_trading"})", false, "none"},
    Switch{
        "csrc-2012", "2012-12-6-broker-settlement",
        R"({"institution_type": "securities", "system": "clearing_settlement", "flags": ["settlement_not_done_before_open"]})",
        false, "III"},
    Switch{
        "csrc-2012", "2012-11-6-broker-settlement-large",
        R"({"institution_type": "futures", "system": "clearing_settlement", "affected_customers": 150000, "flags": ["settlement_not_done_before_open"]})",
        false, "II"},
    Switch{
        "csrc-2012", "2012-11-6-broker-settlement-large",
        R"({"institution_type": "futures", "system": "clearing_settlement", "affected_customers": 150000})",
        false, "none"},
    Switch{"csrc-2012", "2012-13-computer-crime",
           R"({"institution_type": "fund", "system": "other", "flags": ["computer_crime"]})", false,
           "IV"},
    Switch{"csrc-2021", "2021-c5-iv",
           R"({"institution_type": "stock_exchange", "system": "exchange_trading"})", true, "IV"},
    Switch{"csrc-2021", "2021-c5-iv",
           R"({"institution_type": "stock_exchange", "system": "exchange_trading"})", false,
           "none"},
    Switch{"csrc-2021", "2021-c4-iv",
           R"({"institution_type": "securities", "system": "online_trading"})", true, "IV"},
    Switch{"csrc-2021", "2021-c4-iv",
           R"({"institution_type": "securities", "system": "online_trading"})", false, "none"},
    Switch{"csrc-2021", "2021-c3-iv",
           R"({"institution_type": "securities", "system": "margin_trading"})", true, "IV"},
    Switch{"csrc-2021", "2021-c3-iv",
           R"({"institution_type": "securities", "system": "margin_trading"})", false, "none"},
    Switch{
        "csrc-2021", "2021-harmful-information",
        R"({"institution_type": "fund", "system": "other", "flags": ["harmful_information_published"]})",
        false, "III"},
    Switch{"csrc-2021", "2021-computer-crime",
           R"({"institution_type": "fund", "system": "other", "flags": ["computer_crime"]})", false,
           "IV"},
};
INSTANTIATE_TEST_SUITE_P(Shipped, Switches, ::testing::ValuesIn(SwitchCases));

// Every rule of every shipped set has a boundary case above.
TEST(Boundaries, CoverEveryShippedRule)
{
    QSet<QString> covered;
    const auto add = [&covered](const char *set, const char *ruleId) {
        covered.insert(QString::fromLatin1(set) + u'/' + QString::fromLatin1(ruleId));
    };
    for (const TimeBoundary &b : TimeCases)
        add(b.ruleSet, b.ruleId);
    for (const ValueBoundary &b : ValueCases)
        add(b.ruleSet, b.ruleId);
    for (const Switch &b : SwitchCases)
        add(b.ruleSet, b.ruleId);
    for (const QString &id : RuleSetLibrary::builtInIds())
        for (const Rule &rule : ruleSet(id).rules)
            EXPECT_TRUE(covered.contains(id + u'/' + rule.id))
                << "no boundary case for " << str(id + u'/' + rule.id);
}

} // namespace
} // namespace dd::test
