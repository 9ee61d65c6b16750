// ReportEngine::check: syntax and names with line and column.
#include "reports/report_engine.h"

#include <gtest/gtest.h>

using namespace dd;

namespace {

QList<ContextVariable> vars()
{
    return {
        {QStringLiteral("incident.title"), VariableType::Text, "t", {}},
        {QStringLiteral("incident.recovered"), VariableType::Flag, "r", {}},
        {QStringLiteral("timeline"), VariableType::List, "l", {}},
        {QStringLiteral("timeline.at"), VariableType::Text, "a", {}},
        {QStringLiteral("timeline.text"), VariableType::Text, "x", {}},
        {QStringLiteral("tags"), VariableType::List, "g", {}},
        {QStringLiteral("author.name"), VariableType::Text, "n", {}},
    };
}

QList<TemplateIssue> checkBody(const QString &body)
{
    ReportTemplate t;
    t.id = QStringLiteral("t");
    t.body = body;
    return ReportEngine::check(t, vars());
}

std::string dump(const QList<TemplateIssue> &issues)
{
    QStringList s;
    for (const TemplateIssue &i : issues)
        s << i.message;
    return s.join(QLatin1String(" | ")).toStdString();
}

} // namespace

TEST(ReportCheck, CleanTemplate)
{
    const auto issues = checkBody(QStringLiteral(
        "# {{incident.title}}\n{{#incident.recovered}}ok{{/incident.recovered}}\n"
        "{{^incident.recovered}}down{{/incident.recovered}}\n"
        "{{#timeline}}\n- {{at}} {{text}} {{author.name}} {{incident.title}}\n{{/timeline}}\n"
        "{{#tags}}{{.}}{{/tags}}{{! a comment }}\n{{{incident.title}}} {{& author.name}}\n"));
    EXPECT_TRUE(issues.isEmpty()) << dump(issues);
}

TEST(ReportCheck, UnknownVariableHasLineAndName)
{
    const auto issues = checkBody(QStringLiteral("line one\n\n  {{incident.titel}}\n"));
    ASSERT_EQ(issues.size(), 1) << dump(issues);
    EXPECT_EQ(issues[0].line, 3);
    EXPECT_EQ(issues[0].column, 3);
    EXPECT_EQ(issues[0].name, QStringLiteral("incident.titel"));
    EXPECT_TRUE(issues[0].message.startsWith(QStringLiteral("line 3: ")));
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("“incident.titel”")));
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("incident context")));
}

TEST(ReportCheck, ListFieldsOnlyInsideTheirSection)
{
    const auto issues = checkBody(QStringLiteral("{{at}}\n"));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].name, QStringLiteral("at"));
}

TEST(ReportCheck, UnclosedSection)
{
    const auto issues = checkBody(QStringLiteral("a\nb\n{{#timeline}}\n{{at}}\n"));
    ASSERT_EQ(issues.size(), 1) << dump(issues);
    EXPECT_EQ(issues[0].line, 3);
    EXPECT_EQ(issues[0].name, QStringLiteral("timeline"));
    EXPECT_EQ(issues[0].message.toStdString(),
              std::string("line 3: section “timeline” is not closed"));
}

TEST(ReportCheck, MismatchedAndUnbalancedClosing)
{
    auto issues = checkBody(QStringLiteral(
        "{{#timeline}}{{#incident.recovered}}\n{{/timeline}}{{/incident.recovered}}"));
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_EQ(issues[0].line, 2);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("does not match"))) << dump(issues);

    issues = checkBody(QStringLiteral("text\n{{/timeline}}"));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].line, 2);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("no open section")));
}

TEST(ReportCheck, RefusesPartialsDelimitersAndMisuse)
{
    EXPECT_EQ(checkBody(QStringLiteral("{{>header}}")).size(), 1);
    EXPECT_EQ(checkBody(QStringLiteral("{{=<% %>=}}")).size(), 1);
    EXPECT_EQ(checkBody(QStringLiteral("x {{incident.title")).size(), 1);
    EXPECT_EQ(checkBody(QStringLiteral("{{timeline}}")).size(), 1);           // list as text
    EXPECT_EQ(checkBody(QStringLiteral("{{incident.recovered}}")).size(), 1); // flag as text
    EXPECT_EQ(checkBody(QStringLiteral("{{incident}}")).size(), 1);           // group as text
    EXPECT_EQ(checkBody(QStringLiteral("{{.}}")).size(), 1);                  // outside a section
    EXPECT_EQ(checkBody(QStringLiteral("{{#timeline}}{{.}}{{/timeline}}")).size(), 1);
    EXPECT_EQ(checkBody(QStringLiteral("{{}}")).size(), 1);
}

TEST(ReportCheck, ObjectSectionsOpenTheirFields)
{
    EXPECT_TRUE(checkBody(QStringLiteral("{{#incident}}{{title}}{{/incident}}")).isEmpty());
    // An inverted section adds no names.
    EXPECT_EQ(checkBody(QStringLiteral("{{^timeline}}{{at}}{{/timeline}}")).size(), 1);
}
