#include "test_grading_fixture.h"

#include <gtest/gtest.h>

namespace dd::test {
namespace {

const char *FullFacts = R"({
  "institution_type": "securities",
  "system": "centralized_trading",
  "system_class": 4,
  "market": "stock",
  "started_at": "2025-06-04T10:00:00+08:00",
  "recovered_at": "2025-06-04T10:07:30+08:00",
  "affected_share": 0.35,
  "affected_customers": 120000,
  "leaked_records": 0,
  "financial_loss_cny": 12500.5,
  "market_scope": "single_product",
  "regulator_notified": true,
  "flags": ["computer_crime", "settlement_not_done_before_open"]
})";

Result<IncidentFacts> parse(const char *json)
{
    return IncidentFacts::fromJson(QByteArray(json), QStringLiteral("facts.json"));
}

TEST(IncidentFacts, ParsesEveryKey)
{
    auto f = parse(FullFacts);
    ASSERT_TRUE(f.ok()) << str(f.error());
    EXPECT_EQ(f->institutionType, InstitutionType::Securities);
    EXPECT_EQ(f->system, QStringLiteral("centralized_trading"));
    EXPECT_EQ(f->systemClass, 4);
    EXPECT_EQ(f->market, QStringLiteral("stock"));
    EXPECT_EQ(f->startedAt, bj(2025, 6, 4, 10, 0));
    EXPECT_EQ(f->recoveredAt, bj(2025, 6, 4, 10, 7, 30));
    EXPECT_DOUBLE_EQ(*f->affectedShare, 0.35);
    EXPECT_EQ(f->affectedCustomers, 120000);
    EXPECT_EQ(f->leakedRecords, 0);
    EXPECT_DOUBLE_EQ(*f->financialLossCny, 12500.5);
    EXPECT_EQ(f->marketScope, QStringLiteral("single_product"));
    EXPECT_EQ(f->regulatorNotified, true);
    EXPECT_EQ(f->flags, (QStringList{QStringLiteral("computer_crime"),
                                     QStringLiteral("settlement_not_done_before_open")}));
}

TEST(IncidentFacts, MinimalFactsLeaveOptionalsEmpty)
{
    auto f = parse(R"({"institution_type": "futures", "system": "bank_futures_transfer",
                       "started_at": "2025-06-04T02:00:00Z"})");
    ASSERT_TRUE(f.ok()) << str(f.error());
    EXPECT_FALSE(f->recoveredAt);
    EXPECT_FALSE(f->systemClass);
    EXPECT_FALSE(f->affectedShare);
    EXPECT_TRUE(f->flags.isEmpty());
    EXPECT_EQ(f->startedAt, bj(2025, 6, 4, 10, 0));
}

TEST(IncidentFacts, MarketDefaultsFromInstitutionType)
{
    const std::pair<const char *, const char *> cases[] = {
        {"securities", "stock"},     {"futures", "futures"},          {"fund", "stock"},
        {"stock_exchange", "stock"}, {"futures_exchange", "futures"}, {"clearing", "stock"},
    };
    for (const auto &[type, market] : cases) {
        const QByteArray json =
            QByteArray(R"({"institution_type": ")") + type
            + R"(", "system": "other", "started_at": "2025-06-04T10:00:00+08:00"})";
        auto f = IncidentFacts::fromJson(json, QStringLiteral("facts.json"));
        ASSERT_TRUE(f.ok()) << str(f.error());
        EXPECT_EQ(f->effectiveMarket(), QString::fromLatin1(market)) << type;
    }
    auto explicitMarket =
        parse(R"({"institution_type": "futures", "system": "other", "market": "futures_night_2300",
                                    "started_at": "2025-06-04T10:00:00+08:00"})");
    ASSERT_TRUE(explicitMarket.ok());
    EXPECT_EQ(explicitMarket->effectiveMarket(), QStringLiteral("futures_night_2300"));
}

TEST(IncidentFacts, RoundTripsThroughJson)
{
    auto f = parse(FullFacts);
    ASSERT_TRUE(f.ok());
    auto again = IncidentFacts::fromJson(f->toJson(), QStringLiteral("again.json"));
    ASSERT_TRUE(again.ok()) << str(again.error());
    EXPECT_EQ(*again, *f);
    EXPECT_TRUE(f->toJson().contains("2025-06-04T10:07:30+08:00"));
}

struct BadFacts {
    const char *json;
    const char *message;
};

class IncidentFactsRejects : public ::testing::TestWithParam<BadFacts> {};

TEST_P(IncidentFactsRejects, NamingTheJsonPath)
{
    auto f = parse(GetParam().json);
    ASSERT_FALSE(f.ok()) << GetParam().json;
    EXPECT_EQ(str(f.error()), GetParam().message);
}

#define BASE                                                                                       \
    R"("institution_type": "securities", "system": "online_trading", "started_at": "2025-06-04T10:00:00+08:00")"

INSTANTIATE_TEST_SUITE_P(
    Cases, IncidentFactsRejects,
    ::testing::Values(
        BadFacts{"[1]", "facts.json: expected a JSON object at the top level"},
        BadFacts{"{\"institution_type\": ",
                 "facts.json: not valid JSON at offset 21: unterminated object"},
        BadFacts{"{" BASE ", \"affected_share\": 1.5}",
                 "facts.json: affected_share: expected a number from 0 to 1"},
        BadFacts{"{" BASE ", \"affected_share\": \"30%\"}",
                 "facts.json: affected_share: expected a number from 0 to 1"},
        BadFacts{
            "{" BASE ", \"severity\": 3}",
            "facts.json: unknown key \"severity\" (expected one of: institution_type, system, "
            "system_class, market, started_at, recovered_at, affected_share, affected_customers, "
            "leaked_records, financial_loss_cny, market_scope, regulator_notified, flags)"},
        BadFacts{
            R"({"institution_type": "bank", "system": "online_trading", "started_at": "2025-06-04T10:00:00+08:00"})",
            "facts.json: institution_type: unknown institution type \"bank\" (expected one of: "
            "securities, futures, fund, stock_exchange, futures_exchange, clearing)"},
        BadFacts{R"({"institution_type": "securities", "started_at": "2025-06-04T10:00:00+08:00"})",
                 "facts.json: system: required key is missing"},
        BadFacts{
            R"({"institution_type": "securities", "system": "online_trading", "started_at": "2025-06-04T10:00:00"})",
            "facts.json: started_at: expected a date and time with offset such as "
            "2025-06-04T10:00:00+08:00"},
        BadFacts{"{" BASE ", \"recovered_at\": \"2025-06-04T09:59:00+08:00\"}",
                 "facts.json: recovered_at: is before started_at"},
        BadFacts{"{" BASE ", \"recovered_at\": \"yesterday\"}",
                 "facts.json: recovered_at: expected a date and time with offset such as "
                 "2025-06-04T10:00:00+08:00"},
        BadFacts{"{" BASE ", \"system_class\": 6}",
                 "facts.json: system_class: expected a whole number from 1 to 5"},
        BadFacts{"{" BASE ", \"system_class\": 4.5}",
                 "facts.json: system_class: expected a whole number"},
        BadFacts{"{" BASE ", \"affected_customers\": -1}",
                 "facts.json: affected_customers: expected a whole number, 0 or more"},
        BadFacts{"{" BASE ", \"leaked_records\": 10.5}",
                 "facts.json: leaked_records: expected a whole number, 0 or more"},
        BadFacts{"{" BASE ", \"financial_loss_cny\": -3}",
                 "facts.json: financial_loss_cny: expected a number, 0 or more"},
        BadFacts{"{" BASE ", \"regulator_notified\": \"yes\"}",
                 "facts.json: regulator_notified: expected true or false"},
        BadFacts{"{" BASE ", \"flags\": [\"ok\", 3]}",
                 "facts.json: flags[1]: expected an id of lowercase letters, digits and '_'"},
        BadFacts{"{" BASE ", \"flags\": \"computer_crime\"}",
                 "facts.json: flags: expected an array"},
        BadFacts{"{" BASE ", \"market\": \"Stock Market\"}",
                 "facts.json: market: expected an id of lowercase letters, digits and '_'"}));

#undef BASE

TEST(IncidentFacts, GraderChecksSystemMarketAndApplicability)
{
    const Grader grader(csrc2012(), calendar());
    const QString file = QStringLiteral("facts.json");
    auto unknownSystem = facts(R"({"institution_type": "securities", "system": "mainframe"})",
                               bj(2025, 6, 4, 10, 0));
    Status s = grader.check(unknownSystem, file);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().startsWith(QStringLiteral(
        "facts.json: system: unknown system \"mainframe\" for rule set \"csrc-2012\"")))
        << str(s.error());
    auto unknownMarket = facts(
        R"({"institution_type": "securities", "system": "online_trading", "market": "nasdaq"})",
        bj(2025, 6, 4, 10, 0));
    s = grader.check(unknownMarket, file);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().startsWith(
        QStringLiteral("facts.json: market: the trading calendar has no market \"nasdaq\"")))
        << str(s.error());
    EXPECT_TRUE(grader
                    .check(facts(R"({"institution_type": "fund", "system": "online_trading"})",
                                 bj(2025, 6, 4, 10, 0)),
                           file)
                    .ok());
}

} // namespace
} // namespace dd::test
