#include "test_grading_fixture.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace dd::test {
namespace {

const char *MiniRuleSet = R"({
  "id": "mini", "version": 1, "title": {"zh": "迷你", "en": "Mini"}, "source": "test",
  "applies_to": ["securities"],
  "grades": [
    {"id": "III", "name": {"zh": "较大", "en": "Large"}, "rank": 2, "colour": "#D4A017"},
    {"id": "IV", "name": {"zh": "一般", "en": "General"}, "rank": 1, "colour": "#1F5FBF"}
  ],
  "systems": [{"id": "online_trading", "name": {"zh": "网上交易系统", "en": "Online trading"}}],
  "rules": [
    {"id": "r0", "grade": "IV", "source": "test", "description": {"zh": "零", "en": "zero"},
     "when": {"fact": "outage_in_trading_hours", "==": true}},
    {"id": "r1", "grade": "III", "source": "test", "description": {"zh": "一", "en": "one"},
     "when": {"all": [{"fact": "system", "==": "online_trading"},
                      {"fact": "outage_minutes", "counting": "trading", ">=": 5}]}},
    {"id": "r2", "grade": "III", "source": "test", "description": {"zh": "二", "en": "two"},
     "when": {"not": {"fact": "affected_share", "<": 0.5}}},
    {"id": "r3", "grade": "IV", "source": "test", "description": {"zh": "三", "en": "three"},
     "when": {"all": [{"fact": "flags", "has_flag": "x"}, {"fact": "affected_customers", ">=": 1}]}}
  ],
  "reporting": {"working_day_deadline": "17:00", "obligations": {"III": [
    {"id": "phone", "recipient": "regulator", "form": "phone", "anchor": "graded", "minutes": 30,
     "description": {"zh": "电话", "en": "Phone"}, "source": "test"},
    {"id": "progress", "recipient": "regulator", "form": "progress", "anchor": "detected", "minutes": 30,
     "repeat_minutes": 60, "description": {"zh": "进展", "en": "Progress"}, "source": "test"}
  ]}}
})";

QJsonObject miniObject()
{
    return QJsonDocument::fromJson(QByteArray(MiniRuleSet)).object();
}

// Sets the value at a path of keys and array indices ("rules", "3", "when"); an undefined value
// removes the key.
QJsonValue setAt(QJsonValue node, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.first();
    const QStringList rest = path.mid(1);
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        a[index] = setAt(a.at(index), rest, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (rest.isEmpty() && value.isUndefined())
        o.remove(head);
    else
        o.insert(head, setAt(o.value(head), rest, value));
    return o;
}

QJsonValue jsonValue(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

Result<RuleSet> parseMini(const QString &path = {}, const char *value = nullptr)
{
    QJsonValue root = miniObject();
    if (!path.isEmpty())
        root = setAt(root, path.split(u'/'),
                     value ? jsonValue(value) : QJsonValue(QJsonValue::Undefined));
    return RuleSet::parse(QJsonDocument(root.toObject()).toJson(), QStringLiteral("mini.json"));
}

TEST(RuleSet, MiniRuleSetParsesAndPrecompiles)
{
    auto set = parseMini();
    ASSERT_TRUE(set.ok()) << str(set.error());
    EXPECT_EQ(set->id, QStringLiteral("mini"));
    ASSERT_EQ(set->rules.size(), 4);
    EXPECT_EQ(set->rules[1].rank, 2);
    EXPECT_TRUE(set->rules[0].usesInTradingHours);
    EXPECT_EQ(set->rules[1].tradingThresholds, (std::vector<qint64>{5, 6}));
    EXPECT_FALSE(set->rules[2].timeDependent);
    EXPECT_EQ(set->reporting.workingDayDeadlineMinute, 17 * 60);
    ASSERT_EQ(set->obligations(QStringLiteral("III")).size(), 2);
    EXPECT_EQ(set->obligations(QStringLiteral("III"))[1].repeatMinutes, 60);
    EXPECT_TRUE(set->obligations(QStringLiteral("IV")).isEmpty());
    EXPECT_EQ(set->grades.first().id, QStringLiteral("III")); // highest rank first
}

struct BadRules {
    const char *path;  // keys and indices separated by '/'
    const char *value; // JSON text; nullptr removes the key
    const char *message;
};

class RuleSetRejects : public ::testing::TestWithParam<BadRules> {};

TEST_P(RuleSetRejects, NamingTheJsonPathAndReason)
{
    auto set = parseMini(QString::fromLatin1(GetParam().path), GetParam().value);
    ASSERT_FALSE(set.ok()) << GetParam().path;
    EXPECT_TRUE(set.error().startsWith(QString::fromUtf8(GetParam().message)))
        << "got:      " << str(set.error()) << "\nexpected: " << GetParam().message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RuleSetRejects,
    ::testing::Values(
        BadRules{"rules/3/when/all/1", R"({"fact": "custmers", ">=": 1})",
                 "mini.json: rules[3].when.all[1]: unknown fact \"custmers\""},
        BadRules{"grades/0/rank", "2.5", "mini.json: grades[0].rank: expected a whole number"},
        BadRules{"grades/1/rank", "2",
                 "mini.json: grades[1].rank: rank 2 is also the rank of grade \"III\""},
        BadRules{"grades/1/id", "\"none\"", "mini.json: grades[1].id: \"none\" is reserved"},
        BadRules{"grades/1/colour", "\"blue\"",
                 "mini.json: grades[1].colour: expected a colour #RRGGBB"},
        BadRules{"rules/1/grade", "\"V\"",
                 "mini.json: rules[1].grade: unknown grade \"V\" (expected one of: III, IV)"},
        BadRules{"rules/2/id", "\"r0\"",
                 "mini.json: rules[2].id: rule id \"r0\" is used twice (first at rules[0])"},
        BadRules{"rules/0/whne", "{}", "mini.json: rules[0]: unknown key \"whne\""},
        BadRules{"rules/0/source", nullptr, "mini.json: rules[0].source: required key is missing"},
        BadRules{"rules/1/when/all/1/counting", nullptr,
                 "mini.json: rules[1].when.all[1].counting: required for outage_minutes "
                 "(\"trading\" or \"wall\")"},
        BadRules{"rules/1/when/all/1/counting", "\"calendar\"",
                 "mini.json: rules[1].when.all[1].counting: expected \"trading\" or \"wall\""},
        BadRules{
            "rules/1/when/all/0", R"({"fact": "system", "has_flag": "online_trading"})",
            "mini.json: rules[1].when.all[0]: \"has_flag\" cannot be used with fact \"system\""},
        BadRules{"rules/1/when/all/0", R"({"fact": "system", "==": "mainframe"})",
                 "mini.json: rules[1].when.all[0].==: unknown system \"mainframe\" (not in the "
                 "rule set's \"systems\")"},
        BadRules{"rules/1/when/all/0", R"({"fact": "affected_share", ">=": 5})",
                 "mini.json: rules[1].when.all[0].>=: expected a number from 0 to 1"},
        BadRules{"rules/1/when/all/0", R"({"fact": "affected_customers", ">=": "many"})",
                 "mini.json: rules[1].when.all[0].>=: expected a whole number, 0 or more"},
        BadRules{"rules/1/when/all/0", R"({"fact": "affected_customers", ">=": 1, "<": 9})",
                 "mini.json: rules[1].when.all[0]: expected one comparison, found"},
        BadRules{"rules/1/when/all/0", R"({"fact": "regulator_notified", ">": true})",
                 "mini.json: rules[1].when.all[0]: \">\" cannot be used with fact "
                 "\"regulator_notified\""},
        BadRules{"rules/1/when/all/0", R"({"fact": "system_class", "in": [3, 7]})",
                 "mini.json: rules[1].when.all[0].in[1]: expected a whole number from 1 to 5"},
        BadRules{"rules/1/when/all/0", R"({"fact": "institution_type", "==": "bank"})",
                 "mini.json: rules[1].when.all[0].==: unknown institution type \"bank\""},
        BadRules{"rules/1/when/all/0", R"({"fact": "affected_customers"})",
                 "mini.json: rules[1].when.all[0]: expected a comparison"},
        BadRules{"rules/1/when/all/0",
                 R"({"fact": "system", "==": "online_trading", "counting": "wall"})",
                 "mini.json: rules[1].when.all[0]: unknown key \"counting\""},
        BadRules{"rules/1/when/all", "[]",
                 "mini.json: rules[1].when.all: expected at least one element"},
        BadRules{"rules/2/when/not", "[]", "mini.json: rules[2].when.not: expected an object"},
        BadRules{"rules/2/when/any", "[]", "mini.json: rules[2].when: expected exactly one of"},
        BadRules{"rules/2/description/en", nullptr,
                 "mini.json: rules[2].description.en: required key is missing"},
        BadRules{"rules", nullptr, "mini.json: rules: required key is missing"},
        BadRules{"applies_to/0", "\"bank\"",
                 "mini.json: applies_to[0]: unknown institution type \"bank\""},
        BadRules{"version", "0", "mini.json: version: expected a whole number from 1 to 1000000"},
        BadRules{"systems/0/default_class", "9",
                 "mini.json: systems[0].default_class: expected a whole number from 1 to 5"},
        BadRules{
            "reporting/working_day_deadline", "\"25:00\"",
            "mini.json: reporting.working_day_deadline: expected a time HH:MM (00:00 to 24:00)"},
        BadRules{"reporting/obligations/V", "[]",
                 "mini.json: reporting.obligations: unknown grade \"V\""},
        BadRules{"reporting/obligations/III/0/working_days", "2",
                 "mini.json: reporting.obligations.III[0]: expected exactly one of \"minutes\" and "
                 "\"working_days\""},
        BadRules{
            "reporting/obligations/III/0/repeat_minutes", "60",
            "mini.json: reporting.obligations.III[0].repeat_minutes: only progress reports repeat"},
        BadRules{"reporting/obligations/III/1/anchor", "\"recovered\"",
                 "mini.json: reporting.obligations.III[1].repeat_minutes: reports repeat until "
                 "recovery"},
        BadRules{"reporting/obligations/III/0/recipient", "\"press\"",
                 "mini.json: reporting.obligations.III[0].recipient: unknown recipient \"press\""},
        BadRules{"reporting/obligations/III/1/id", "\"phone\"",
                 "mini.json: reporting.obligations.III[1].id: obligation id \"phone\" is used "
                 "twice in grade \"III\""}));

TEST(RuleSet, InvalidJsonIsRefusedWithOffset)
{
    auto set = RuleSet::parse(QByteArrayLiteral("{\"id\": \"x\",}"), QStringLiteral("broken.json"));
    ASSERT_FALSE(set.ok());
    EXPECT_TRUE(set.error().startsWith(QStringLiteral("broken.json: not valid JSON at offset")))
        << str(set.error());
}

TEST(RuleSetLibrary, EveryShippedRuleSetParses)
{
    const QStringList ids = RuleSetLibrary::builtInIds();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("csrc-2012"), QStringLiteral("csrc-2021")}));
    EXPECT_TRUE(ids.contains(RuleSetLibrary::defaultId()));
    for (const QString &id : ids) {
        auto set = RuleSetLibrary::builtIn(id);
        ASSERT_TRUE(set.ok()) << str(set.error());
        EXPECT_EQ(set->id, id);
        EXPECT_GE(set->version, 1);
        EXPECT_EQ(set->appliesTo.size(), 6) << str(id);
        QStringList grades;
        for (const GradeLevel &g : set->grades)
            grades.append(g.id + u'=' + g.name.zh + u'/' + QString::number(g.rank));
        EXPECT_EQ(grades, (QStringList{QStringLiteral("I=特别重大/4"), QStringLiteral("II=重大/3"),
                                       QStringLiteral("III=较大/2"), QStringLiteral("IV=一般/1")}));
        for (const char *system :
             {"centralized_trading", "online_trading", "third_party_depository", "margin_trading",
              "bank_futures_transfer", "market_data", "clearing_settlement"})
            EXPECT_TRUE(set->system(QString::fromLatin1(system))) << str(id) << " " << system;
        for (const Rule &rule : set->rules)
            EXPECT_FALSE(rule.source.trimmed().isEmpty()) << str(rule.id);
        for (const char *grade : {"I", "II", "III", "IV", "warning"})
            EXPECT_FALSE(set->obligations(QString::fromLatin1(grade)).isEmpty())
                << str(id) << " " << grade;
        // Users start from these bytes when they copy a rule set.
        auto json = RuleSetLibrary::builtInJson(id);
        ASSERT_TRUE(json.ok());
        EXPECT_TRUE(RuleSetLibrary::parse(*json, id + QStringLiteral(".json")).ok());
    }
}

TEST(RuleSetLibrary, EveryNumberOfThe2021SetIsMarkedUncertain)
{
    for (const Rule &rule : csrc2021().rules) {
        const QString said = rule.source + u' ' + rule.note;
        EXPECT_TRUE(said.contains(QStringLiteral("uncertain"))
                    || said.contains(QStringLiteral("assumed")))
            << str(rule.id);
    }
    for (const SystemKind &k : csrc2021().systems) {
        if (k.defaultClass) {
            EXPECT_TRUE(k.note.contains(QStringLiteral("uncertain"))) << str(k.id);
        }
    }
}

TEST(RuleSetLibrary, TheThresholdsOfDomainNotesAreShippedIn2012)
{
    const auto threshold = [](const char *ruleId) {
        const Rule *rule = csrc2012().rule(QString::fromLatin1(ruleId));
        EXPECT_NE(rule, nullptr) << ruleId;
        return rule && !rule->tradingThresholds.empty() ? rule->tradingThresholds.front() : -1;
    };
    EXPECT_EQ(threshold("2012-12-4-broker-trading"), 5);
    EXPECT_EQ(threshold("2012-12-5-securities-depository-margin"), 30);
    EXPECT_EQ(threshold("2012-12-5-futures-bank-transfer"), 30);
    EXPECT_EQ(threshold("2012-12-2-futures-exchange-trading"), 3);
    EXPECT_EQ(csrc2012().rule(QStringLiteral("2012-11-8-investor-data-leak"))->gradeId,
              QStringLiteral("II"));
}

TEST(RuleSetLibrary, UnknownBuiltInIsAnError)
{
    auto set = RuleSetLibrary::builtIn(QStringLiteral("csrc-1999"));
    ASSERT_FALSE(set.ok());
    EXPECT_TRUE(set.error().contains(QStringLiteral("csrc-1999")));
}

} // namespace
} // namespace dd::test
