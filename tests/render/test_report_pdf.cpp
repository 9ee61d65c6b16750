// Rendered reports on paper: the PDF text layer, pages, the drill banner, the document's
// structure and printing on another paged device.
#include "reports/report_writer.h"
#include "test_handbook_pdf_text.h"
#include "test_report_sample.h"

#include <QDir>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <gtest/gtest.h>

using namespace dd;
using dd::test::sampleGrade;
using dd::test::sampleIncidentTitle;
using dd::test::sampleReport;

namespace {

QList<QTextTable *> tables(const QTextDocument &document)
{
    QList<QTextTable *> result;
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames)
        if (auto *table = qobject_cast<QTextTable *>(frame))
            result.append(table);
    return result;
}

// The text layer with the breaks between text objects removed: QPdfWriter starts a new text
// object where the font or script changes ("较大（" "III" "级）").
QString pdfText(const QString &path)
{
    QString text = test::pdfText(test::readFile(path));
    text.remove(QLatin1Char('\n'));
    return text;
}

QStringList paragraphs(const QTextDocument &document, int count)
{
    QStringList result;
    for (QTextBlock b = document.begin(); b.isValid() && result.size() < count; b = b.next())
        result.append(b.text());
    return result;
}

} // namespace

TEST(ReportPdf, TextLayerHasTitleAndGrade)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    const RenderedReport report = sampleReport();
    auto pages = ReportWriter::writePdf(report, path);
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    EXPECT_GE(*pages, 1);
    const QByteArray pdf = test::readFile(path);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(test::pdfPageCount(pdf), *pages);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(sampleIncidentTitle())) << text.toStdString();
    EXPECT_TRUE(text.contains(sampleGrade())) << text.toStdString();
    EXPECT_TRUE(text.contains(report.title));
    // The running header and the table body.
    EXPECT_TRUE(text.contains(report.institution));
    EXPECT_TRUE(text.contains(report.classification));
    EXPECT_TRUE(text.contains(QStringLiteral("切换备用线路并验证")));
    EXPECT_FALSE(text.contains(QStringLiteral("演练")));
}

TEST(ReportPdf, DrillBannerOnEveryPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drill.pdf"));
    auto pages = ReportWriter::writePdf(sampleReport(true, 150), path);
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    ASSERT_GT(*pages, 2);
    const QByteArray pdf = test::readFile(path);
    EXPECT_EQ(test::pdfPageCount(pdf), *pages);
    const QString text = pdfText(path);
    // One page banner per page (each page is one content stream), plus the document's own
    // banner paragraph on the first page.
    const QString pageBanner = PdfDocument::tr("演练 DRILL — not a real incident");
    EXPECT_EQ(text.count(pageBanner), *pages);
    EXPECT_EQ(text.count(QStringLiteral("演练")), *pages + 1);
    EXPECT_TRUE(text.contains(QStringLiteral("第150条")));
}

TEST(ReportPdf, DocumentOpensWithBannerAndTitle)
{
    const RenderedReport report = sampleReport(true);
    const auto document = ReportWriter::document(report);
    const QStringList first = paragraphs(*document, 3);
    ASSERT_EQ(first.size(), 3);
    EXPECT_EQ(first.at(0), ReportWriter::drillBanner());
    EXPECT_EQ(first.at(1), report.title);
    EXPECT_EQ(first.at(2), sampleIncidentTitle());
    EXPECT_EQ(document->begin().next().next().blockFormat().headingLevel(), 2);
    EXPECT_EQ(document->metaInformation(QTextDocument::DocumentTitle), report.title);

    // The timeline table: ruled, full width, its header row repeated on every page.
    const QList<QTextTable *> found = tables(*document);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first()->rows(), 4);
    EXPECT_EQ(found.first()->columns(), 3);
    EXPECT_GT(found.first()->format().border(), 0);
    EXPECT_EQ(found.first()->format().headerRowCount(), 1);
    EXPECT_TRUE(found.first()->format().borderCollapse());
}

TEST(ReportPdf, NoTitleLineWhenTheBodyOpensWithIt)
{
    RenderedReport report = sampleReport();
    report.text = QStringLiteral("# ") + report.title + QStringLiteral("\n\n正文。\n");
    const auto document = ReportWriter::document(report);
    EXPECT_EQ(paragraphs(*document, 2), QStringList({report.title, QStringLiteral("正文。")}));
    EXPECT_EQ(document->begin().blockFormat().headingLevel(), 1);

    // A template with a title of its own (regulator reports name the incident in it).
    report.text = QStringLiteral("# 关于“") + sampleIncidentTitle()
                  + QStringLiteral("”事件的调查处理总结报告\n\n正文。\n");
    const auto own = ReportWriter::document(report);
    EXPECT_EQ(paragraphs(*own, 2).last(), QStringLiteral("正文。"));
    EXPECT_FALSE(ReportWriter::html(report).contains(QStringLiteral("class=\"dd-title\"")));
}

TEST(ReportPdf, HtmlTemplatesAndTablesAtTheStart)
{
    RenderedReport report = sampleReport(true);
    report.format = TemplateFormat::Html;
    report.text = QStringLiteral("<table><tr><th>等级</th><td>%1</td></tr></table>"
                                 "<h2>%2</h2><p>正文</p>")
                      .arg(sampleGrade(), sampleIncidentTitle());
    const auto document = ReportWriter::document(report);
    const QStringList first = paragraphs(*document, 2);
    EXPECT_EQ(first, QStringList({ReportWriter::drillBanner(), report.title}));
    const QList<QTextTable *> found = tables(*document);
    ASSERT_EQ(found.size(), 1);
    EXPECT_GT(found.first()->format().border(), 0); // HTML tables are ruled too
    EXPECT_TRUE(document->toPlainText().contains(sampleGrade()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("html.pdf"));
    auto pages = ReportWriter::writePdf(report, path);
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(sampleGrade()));
    EXPECT_TRUE(text.contains(sampleIncidentTitle()));
}

TEST(ReportPdf, PrintsTheSamePagesOnAnyDevice)
{
    QTemporaryDir dir;
    const RenderedReport report = sampleReport(true, 120);
    auto pages = ReportWriter::writePdf(report, dir.filePath(QStringLiteral("a.pdf")));
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    QPdfWriter writer(dir.filePath(QStringLiteral("printed.pdf")));
    writer.setResolution(600);
    auto printed = ReportWriter::print(report, writer);
    ASSERT_TRUE(printed.ok()) << printed.error().toStdString();
    EXPECT_EQ(*printed, *pages);
}

TEST(ReportPdf, MissingFolderFailsNamingTheFileAndLeavesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/summary.pdf"));
    auto pages = ReportWriter::writePdf(sampleReport(), path);
    ASSERT_FALSE(pages.ok());
    EXPECT_TRUE(pages.error().contains(QStringLiteral("summary.pdf")))
        << pages.error().toStdString();
    EXPECT_TRUE(pages.error().contains(QStringLiteral("no-such-folder")));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}
