// ReportEngine::render: escaping, braces in values, determinism, refusal of bad templates.
#include "reports/report_engine.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace dd;

namespace {

ReportTemplate incidentTemplate(const QString &body,
                                TemplateFormat format = TemplateFormat::Markdown)
{
    ReportTemplate t;
    t.id = QStringLiteral("test");
    t.titleZh = QStringLiteral("测试");
    t.titleEn = QStringLiteral("Test");
    t.context = ContextKind::Incident;
    t.language = QStringLiteral("en");
    t.format = format;
    t.outputs = {OutputForm::Html};
    t.body = body;
    return t;
}

QVariantMap context(const QString &title, const QString &description = {})
{
    return QVariantMap{
        {QStringLiteral("institution"),
         QVariantMap{{QStringLiteral("name"), QStringLiteral("Test Securities")}}},
        {QStringLiteral("drill"), true},
        {QStringLiteral("incident"), QVariantMap{{QStringLiteral("title"), title},
                                                 {QStringLiteral("description"), description},
                                                 {QStringLiteral("recovered"), false}}},
        {QStringLiteral("timeline"),
         QVariantList{QVariantMap{{QStringLiteral("at"), QStringLiteral("2026-01-05 10:10")},
                                  {QStringLiteral("text"), QStringLiteral("first")}},
                      QVariantMap{{QStringLiteral("at"), QStringLiteral("2026-01-05 10:20")},
                                  {QStringLiteral("text"), QStringLiteral("second")}}}},
    };
}

} // namespace

TEST(ReportRender, RendersListsFlagsAndLabels)
{
    const auto t = incidentTemplate(
        QStringLiteral("# {{incident.title}}\n\n{{#timeline}}\n- {{at}} {{text}}\n{{/timeline}}\n\n"
                       "{{^incident.recovered}}Not recovered.{{/incident.recovered}}\n"
                       "{{#incident.description}}Description: "
                       "{{incident.description}}{{/incident.description}}\n"));
    auto r = ReportEngine::render(t, context(QStringLiteral("Outage")));
    ASSERT_TRUE(r) << r.error().toStdString();
    EXPECT_EQ(r->text.toStdString(), std::string("# Outage\n\n- 2026-01-05 10:10 first\n"
                                                 "- 2026-01-05 10:20 second\n\n"
                                                 "Not recovered.\n"));
    EXPECT_TRUE(r->drill);
    EXPECT_EQ(r->institution, QStringLiteral("Test Securities"));
    EXPECT_EQ(r->title, QStringLiteral("Test"));
    EXPECT_EQ(r->classification, QStringLiteral("Internal"));
    EXPECT_EQ(r->templateId, QStringLiteral("test"));

    RenderOptions options;
    options.drill = false;
    options.classification = QStringLiteral("Confidential");
    auto labelled = ReportEngine::render(t, context(QStringLiteral("Outage")), options);
    ASSERT_TRUE(labelled);
    EXPECT_FALSE(labelled->drill);
    EXPECT_EQ(labelled->classification, QStringLiteral("Confidential"));
}

TEST(ReportRender, MarkdownEscapingOfHostileValues)
{
    const QString hostile = QStringLiteral(
        "**bold** _em_ [link](http://x) <b>html</b> # not heading `code` | cell ~~s~~ &amp; \\");
    const auto t = incidentTemplate(QStringLiteral("Title: {{incident.title}}\n"));
    auto r = ReportEngine::render(t, context(hostile));
    ASSERT_TRUE(r) << r.error().toStdString();
    // Every special character is preceded by a backslash.
    for (const QString &special :
         {QStringLiteral("*"), QStringLiteral("_"), QStringLiteral("["), QStringLiteral("]"),
          QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("#"), QStringLiteral("`"),
          QStringLiteral("|"), QStringLiteral("~"), QStringLiteral("&")}) {
        const QString text = r->text.mid(7); // after "Title: "
        qsizetype at = text.indexOf(special);
        while (at >= 0) {
            ASSERT_GT(at, 0);
            EXPECT_EQ(text.at(at - 1), u'\\')
                << special.toStdString() << " in " << text.toStdString();
            at = text.indexOf(special, at + 1);
        }
    }
    // Block markers at the start of a value's lines are escaped; blank lines go.
    auto lines = ReportEngine::escapeMarkdown(
        QStringLiteral("# heading\n- item\n\n1. first\n    code\n> quote\n=== "));
    EXPECT_EQ(lines.toStdString(),
              std::string("\\# heading\\\n\\- item\\\n1\\. first\\\ncode\\\n\\> quote\\\n"
                          "\\==="));
}

TEST(ReportRender, HtmlEscaping)
{
    const auto t =
        incidentTemplate(QStringLiteral("<h1>{{incident.title}}</h1>"), TemplateFormat::Html);
    auto r =
        ReportEngine::render(t, context(QStringLiteral("<script>alert('x')</script> & \"q\"")));
    ASSERT_TRUE(r) << r.error().toStdString();
    EXPECT_EQ(r->text.toStdString(),
              std::string("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                          "&quot;q&quot;</h1>\n"));
    // Triple mustache is no way around the escaping.
    const auto raw = incidentTemplate(QStringLiteral("{{{incident.title}}}"), TemplateFormat::Html);
    auto r2 = ReportEngine::render(raw, context(QStringLiteral("<b>")));
    ASSERT_TRUE(r2);
    EXPECT_EQ(r2->text, QStringLiteral("&lt;b&gt;\n"));
}

TEST(ReportRender, BracesInValuesAreNeutralised)
{
    const auto t =
        incidentTemplate(QStringLiteral("{{incident.title}} / {{incident.description}}"));
    auto r = ReportEngine::render(
        t, context(QStringLiteral("{{incident.title}} {{#x}}"), QStringLiteral("}}}} {{{")));
    ASSERT_TRUE(r) << r.error().toStdString();
    EXPECT_FALSE(r->text.contains(QStringLiteral("{{")));
    EXPECT_FALSE(r->text.contains(QStringLiteral("}}")));
    EXPECT_TRUE(r->text.contains(QStringLiteral("{\u200b{incident.title}\u200b}")))
        << r->text.toStdString();
}

TEST(ReportRender, SameInputSameOutput)
{
    const auto t =
        incidentTemplate(QStringLiteral("{{incident.title}}{{#timeline}}{{at}}{{/timeline}}"));
    auto a = ReportEngine::render(t, context(QStringLiteral("A")));
    auto b = ReportEngine::render(t, context(QStringLiteral("A")));
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->text, b->text);
}

TEST(ReportRender, RefusesTemplateWithIssues)
{
    auto r = ReportEngine::render(incidentTemplate(QStringLiteral("\n{{incident.titel}}")),
                                  context(QStringLiteral("A")));
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().contains(QStringLiteral("line 2"))) << r.error().toStdString();
    EXPECT_TRUE(r.error().contains(QStringLiteral("incident.titel")));
}
