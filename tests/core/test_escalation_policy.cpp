#include "audit/audit_log.h"
#include "escalation/escalation_policy.h"
#include "temp_database.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace dd;

namespace {

EscalationPolicy named(const QString &name, int priority, QStringList grades = {},
                       QStringList faultTypes = {}, qint64 id = 0)
{
    EscalationPolicy p;
    p.id = id;
    p.name = name;
    p.priority = priority;
    p.grades = std::move(grades);
    p.faultTypes = std::move(faultTypes);
    p.levels = {{EscalationTarget::Succession, {}, 0, 10, EscalationChannel::Phone}};
    return p;
}

} // namespace

TEST(EscalationPolicy, LevelsRoundTripThroughJson)
{
    const QByteArray json =
        R"([{"target":"role","role":"duty_leader","timeout":5,"channel":"phone"},
            {"target":"person","contact":12,"timeout":10,"channel":"message"},
            {"target":"succession","timeout":15}])";
    auto levels = EscalationPolicy::levelsFromJson(json, QStringLiteral("policy.json"));
    ASSERT_TRUE(levels.ok()) << levels.error().toStdString();
    ASSERT_EQ(levels->size(), 3);
    EXPECT_EQ(levels->at(0).target, EscalationTarget::Role);
    EXPECT_EQ(levels->at(0).roleKey, QStringLiteral("duty_leader"));
    EXPECT_EQ(levels->at(1).contactId, 12);
    EXPECT_EQ(levels->at(1).channel, EscalationChannel::Message);
    EXPECT_EQ(levels->at(2).timeoutMinutes, 15);
    EXPECT_EQ(levels->at(2).channel, EscalationChannel::Phone);
    const QByteArray back =
        QJsonDocument(EscalationPolicy::levelsToJson(*levels)).toJson(QJsonDocument::Compact);
    EXPECT_EQ(*EscalationPolicy::levelsFromJson(back, QStringLiteral("x")), *levels);
}

TEST(EscalationPolicy, BadLevelsNameTheJsonPath)
{
    struct Case {
        const char *json;
        const char *path;
    };
    const Case cases[] = {
        {R"([{"target":"role","timeout":5}])", "levels[0].role"},
        {R"([{"target":"role","role":"duty_leader","timeout":5},{"target":"boss","timeout":5}])",
         "levels[1].target"},
        {R"([{"target":"succession","timeout":0}])", "levels[0].timeout"},
        {R"([{"target":"person","timeout":3}])", "levels[0].contact"},
        {R"([{"target":"succession","timeout":3,"channel":"pigeon"}])", "levels[0].channel"},
        {R"([{"target":"succession","timeout":3,"colour":"red"}])", "levels[0]"},
        {R"([])", "levels"},
        {R"({"target":"succession"})", "levels"},
    };
    for (const Case &c : cases) {
        auto r = EscalationPolicy::levelsFromJson(QByteArray(c.json), QStringLiteral("p.json"));
        ASSERT_FALSE(r.ok()) << c.json;
        EXPECT_TRUE(r.error().contains(QLatin1String(c.path))) << r.error().toStdString();
        EXPECT_TRUE(r.error().startsWith(QStringLiteral("p.json"))) << r.error().toStdString();
    }
}

TEST(EscalationPolicy, TheHighestPriorityMatchIsChosen)
{
    const QList<EscalationPolicy> all{
        named(QStringLiteral("any"), 0, {}, {}, 1),
        named(QStringLiteral("major"), 10, {QStringLiteral("I"), QStringLiteral("II")}, {}, 2),
        named(QStringLiteral("trading"), 0, {}, {QStringLiteral("trading_outage")}, 3)};
    EXPECT_EQ(EscalationPolicy::choose(all, QStringLiteral("II"), QStringLiteral("x"))->name,
              QStringLiteral("major"));
    EXPECT_EQ(EscalationPolicy::choose(all, QStringLiteral("III"), QStringLiteral("x"))->name,
              QStringLiteral("any"));
    EXPECT_EQ(
        EscalationPolicy::choose(all, QStringLiteral("IV"), QStringLiteral("trading_outage"))->name,
        QStringLiteral("trading"))
        << "equal priority: the more specific wins";
    EXPECT_EQ(EscalationPolicy::choose({all.at(1)}, QStringLiteral("IV"), {}), nullptr);
}

TEST(EscalationPolicyRepository, BuiltInPoliciesSaveAndRemoveAreAudited)
{
    test::TempBackend backend;
    const Actor admin = backend.admin();
    EscalationPolicyRepository &repo = backend->escalation().policies();
    auto builtIn = repo.list();
    ASSERT_TRUE(builtIn.ok()) << builtIn.error().toStdString();
    ASSERT_EQ(builtIn->size(), 2);
    EXPECT_EQ(builtIn->first().grades, (QStringList{QStringLiteral("I"), QStringLiteral("II")}));
    EXPECT_EQ(builtIn->first().repeatCount, 2);
    EXPECT_EQ(builtIn->first().levels.size(), 3);
    EXPECT_EQ((*repo.choose(QStringLiteral("III"), QStringLiteral("x")))->name,
              QStringLiteral("一般事件"));

    const qint64 auditBefore = *backend->audit().count();
    EscalationPolicy p = named(QStringLiteral("网络故障"), 20, {}, {QStringLiteral("network")});
    auto id = repo.save(admin, p);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_EQ(*backend->audit().count(), auditBefore + 1);
    EXPECT_EQ((*repo.choose(QStringLiteral("I"), QStringLiteral("network")))->id, *id);
    p.id = *id;
    p.levels.first().timeoutMinutes = 2000;
    auto refused = repo.save(admin, p);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("levels[0].timeout")))
        << refused.error().toStdString();
    EXPECT_EQ(repo.get(*id)->levels.first().timeoutMinutes, 10) << "nothing changed";
    p.levels.first().timeoutMinutes = 10;
    p.name = QStringLiteral("一般事件");
    EXPECT_FALSE(repo.save(admin, p).ok()) << "names are unique";
    EXPECT_FALSE(repo.save(Actor::nobody(), named(QStringLiteral("x"), 0)).ok());
    ASSERT_TRUE(repo.remove(admin, *id).ok());
    EXPECT_EQ(repo.list()->size(), 2);
    EXPECT_EQ(*backend->audit().count(), auditBefore + 2);
}
