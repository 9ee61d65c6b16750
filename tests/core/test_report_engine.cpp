// ReportEngine::parse and serialize: the template file header.
#include "reports/report_engine.h"

#include <gtest/gtest.h>

using namespace dd;

namespace {

QString header(const QString &extra = {}, const QString &skip = {})
{
    QStringList lines{QStringLiteral("id: incident_initial"),
                      QStringLiteral("title_zh: 情况报告书（初报）"),
                      QStringLiteral("title_en: Incident report form (initial)"),
                      QStringLiteral("kind: regulator_report"),
                      QStringLiteral("context: incident"),
                      QStringLiteral("outputs: pdf odt html txt"),
                      QStringLiteral("format: markdown"),
                      QStringLiteral("language: zh_CN"),
                      QStringLiteral("forms: written_initial"),
                      QStringLiteral("fault_types:")};
    if (!skip.isEmpty())
        lines.removeIf([&](const QString &l) { return l.startsWith(skip + u':'); });
    if (!extra.isEmpty())
        lines << extra;
    return QStringLiteral("{{!\n") + lines.join(u'\n') + QStringLiteral("\n}}\n");
}

} // namespace

TEST(ReportEngineParse, ReadsHeaderAndBody)
{
    auto t = ReportEngine::parse(header() + QStringLiteral("# {{incident.title}}\n"),
                                 QStringLiteral("x.mustache"));
    ASSERT_TRUE(t) << t.error().toStdString();
    EXPECT_EQ(t->id, QStringLiteral("incident_initial"));
    EXPECT_EQ(t->titleZh, QStringLiteral("情况报告书（初报）"));
    EXPECT_EQ(t->kind, ReportKind::RegulatorReport);
    EXPECT_EQ(t->context, ContextKind::Incident);
    EXPECT_EQ(t->outputs, (QList<OutputForm>{OutputForm::Pdf, OutputForm::Odt, OutputForm::Html,
                                             OutputForm::Text}));
    EXPECT_EQ(t->format, TemplateFormat::Markdown);
    EXPECT_EQ(t->language, QStringLiteral("zh_CN"));
    EXPECT_EQ(t->forms, QStringList{QStringLiteral("written_initial")});
    EXPECT_TRUE(t->faultTypes.isEmpty());
    EXPECT_EQ(t->body, QStringLiteral("# {{incident.title}}\n"));
}

TEST(ReportEngineParse, SerializeRoundTrips)
{
    auto t = ReportEngine::parse(header() + QStringLiteral("body {{incident.number}}\n"),
                                 QStringLiteral("x.mustache"));
    ASSERT_TRUE(t);
    t->faultTypes = {QStringLiteral("network"), QStringLiteral("data_leak")};
    t->outputs = {OutputForm::Text};
    const QString text = ReportEngine::serialize(*t);
    auto again = ReportEngine::parse(text, QStringLiteral("y.mustache"));
    ASSERT_TRUE(again) << again.error().toStdString();
    EXPECT_EQ(again->id, t->id);
    EXPECT_EQ(again->titleZh, t->titleZh);
    EXPECT_EQ(again->titleEn, t->titleEn);
    EXPECT_EQ(again->outputs, t->outputs);
    EXPECT_EQ(again->forms, t->forms);
    EXPECT_EQ(again->faultTypes, t->faultTypes);
    EXPECT_EQ(again->body, t->body);
    EXPECT_EQ(ReportEngine::serialize(*again), text);
}

TEST(ReportEngineParse, ErrorsNameFileLineAndField)
{
    auto missing = ReportEngine::parse(header({}, QStringLiteral("kind")) + QStringLiteral("x"),
                                       QStringLiteral("a.mustache"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().contains(QStringLiteral("a.mustache")))
        << missing.error().toStdString();
    EXPECT_TRUE(missing.error().contains(QStringLiteral("“kind”")));
    EXPECT_TRUE(missing.error().contains(QStringLiteral("line")));

    auto unknown =
        ReportEngine::parse(header(QStringLiteral("colour: red")), QStringLiteral("b.mustache"));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("b.mustache, line 12")))
        << unknown.error().toStdString();
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("colour")));

    QString bad = header();
    bad.replace(QStringLiteral("kind: regulator_report"), QStringLiteral("kind: memo"));
    auto kind = ReportEngine::parse(bad, QStringLiteral("c.mustache"));
    ASSERT_FALSE(kind);
    EXPECT_TRUE(kind.error().contains(QStringLiteral("c.mustache, line 5")))
        << kind.error().toStdString();
    EXPECT_TRUE(kind.error().contains(QStringLiteral("memo")));

    bad = header();
    bad.replace(QStringLiteral("outputs: pdf odt html txt"), QStringLiteral("outputs: pdf docx"));
    auto output = ReportEngine::parse(bad, QStringLiteral("d.mustache"));
    ASSERT_FALSE(output);
    EXPECT_TRUE(output.error().contains(QStringLiteral("line 7"))) << output.error().toStdString();
    EXPECT_TRUE(output.error().contains(QStringLiteral("docx")));

    bad = header();
    bad.replace(QStringLiteral("context: incident"), QStringLiteral("context: meeting"));
    EXPECT_FALSE(ReportEngine::parse(bad, QStringLiteral("e.mustache")));
    bad = header();
    bad.replace(QStringLiteral("format: markdown"), QStringLiteral("format: latex"));
    EXPECT_FALSE(ReportEngine::parse(bad, QStringLiteral("e.mustache")));
    bad = header();
    bad.replace(QStringLiteral("forms: written_initial"), QStringLiteral("forms: letter"));
    EXPECT_FALSE(ReportEngine::parse(bad, QStringLiteral("e.mustache")));
    bad = header();
    bad.replace(QStringLiteral("fault_types:"), QStringLiteral("fault_types: meteor"));
    EXPECT_FALSE(ReportEngine::parse(bad, QStringLiteral("e.mustache")));

    bad = header();
    bad.replace(QStringLiteral("id: incident_initial"), QStringLiteral("id: Incident-Initial"));
    auto id = ReportEngine::parse(bad, QStringLiteral("f.mustache"));
    ASSERT_FALSE(id);
    EXPECT_TRUE(id.error().contains(QStringLiteral("f.mustache, line 2")))
        << id.error().toStdString();
    EXPECT_TRUE(id.error().contains(QStringLiteral("Incident-Initial")));

    auto twice = ReportEngine::parse(header(QStringLiteral("id: again")), QStringLiteral("g"));
    ASSERT_FALSE(twice);
    EXPECT_TRUE(twice.error().contains(QStringLiteral("twice")));

    auto noHeader = ReportEngine::parse(QStringLiteral("# title\n"), QStringLiteral("h.mustache"));
    ASSERT_FALSE(noHeader);
    EXPECT_TRUE(noHeader.error().contains(QStringLiteral("h.mustache, line 1")));

    auto unclosed = ReportEngine::parse(QStringLiteral("{{!\nid: x\n"), QStringLiteral("i"));
    EXPECT_FALSE(unclosed);
}

TEST(ReportEngineParse, ValidIds)
{
    EXPECT_TRUE(ReportEngine::isValidId(QStringLiteral("incident_initial_2")));
    EXPECT_FALSE(ReportEngine::isValidId(QString()));
    EXPECT_FALSE(ReportEngine::isValidId(QStringLiteral("Upper")));
    EXPECT_FALSE(ReportEngine::isValidId(QStringLiteral("with-dash")));
    EXPECT_FALSE(ReportEngine::isValidId(QStringLiteral("报告")));
}
