// Rendered reports as ODT, HTML and SMS / IM text; file names, forms and failures.
#include "reports/report_writer.h"
#include "test_handbook_pdf_text.h"
#include "test_report_sample.h"

#include <QDir>
#include <QHash>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

#include <zlib.h>

using namespace dd;
using dd::test::sampleGrade;
using dd::test::sampleIncidentTitle;
using dd::test::sampleReport;

namespace {

// The entries of a zip file (stored or deflated), read through its central directory.
QHash<QString, QByteArray> unzip(const QByteArray &zip)
{
    QHash<QString, QByteArray> entries;
    const auto u16 = [&zip](qsizetype at) {
        return at + 2 <= zip.size() ? qFromLittleEndian<quint16>(zip.constData() + at) : 0;
    };
    const auto u32 = [&zip](qsizetype at) {
        return at + 4 <= zip.size() ? qFromLittleEndian<quint32>(zip.constData() + at) : 0;
    };
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0)
        return entries;
    const int count = u16(end + 10);
    qsizetype at = u32(end + 16);
    for (int i = 0; i < count && u32(at) == 0x02014b50; ++i) {
        const int method = u16(at + 10);
        const qsizetype compressed = u32(at + 20);
        const qsizetype size = u32(at + 24);
        const int nameLength = u16(at + 28);
        const qsizetype next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        const qsizetype local = u32(at + 42);
        const QByteArray data = zip.mid(local + 30 + u16(local + 26) + u16(local + 28), compressed);
        if (method == 0) {
            entries.insert(name, data);
        } else if (method == 8) {
            QByteArray out(size, Qt::Uninitialized);
            z_stream zs{};
            inflateInit2(&zs, -MAX_WBITS);
            zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
            zs.avail_in = uInt(data.size());
            zs.next_out = reinterpret_cast<Bytef *>(out.data());
            zs.avail_out = uInt(out.size());
            const int rc = inflate(&zs, Z_FINISH);
            inflateEnd(&zs);
            if (rc == Z_STREAM_END)
                entries.insert(name, out);
        }
        at = next;
    }
    return entries;
}

QStringList fileNames(const QString &folder)
{
    return QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
}

} // namespace

TEST(ReportFiles, OdtIsAnOpenDocumentWithHeaderAndBody)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.odt"));
    const RenderedReport report = sampleReport(true);
    const Status written = ReportWriter::writeOdt(report, path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QByteArray odt = test::readFile(path);
    ASSERT_TRUE(odt.startsWith("PK"));
    // The first entry is the stored mime type, as OpenDocument requires.
    EXPECT_TRUE(odt.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
    const QHash<QString, QByteArray> entries = unzip(odt);
    ASSERT_TRUE(entries.contains(QStringLiteral("content.xml")))
        << entries.keys().join(u' ').toStdString();
    EXPECT_TRUE(entries.contains(QStringLiteral("META-INF/manifest.xml")));
    const QString content = QString::fromUtf8(entries.value(QStringLiteral("content.xml")));
    EXPECT_TRUE(content.contains(report.title));
    EXPECT_TRUE(content.contains(sampleIncidentTitle()));
    EXPECT_TRUE(content.contains(sampleGrade()));
    EXPECT_TRUE(content.contains(report.institution)); // no running header in ODT
    EXPECT_TRUE(content.contains(report.classification));
    EXPECT_TRUE(content.contains(QStringLiteral("演练 DRILL")));
    EXPECT_TRUE(content.contains(QStringLiteral("A&amp;B &lt;x&gt;")));
    EXPECT_TRUE(content.contains(QStringLiteral("<table:table ")));
    // A font Word and WPS know (Qt's ODF writer falls back to "Sans"; it still writes one
    // style for the document's default character format, which nothing uses).
    EXPECT_LE(content.count(QStringLiteral("fo:font-family=\"Sans\"")), 1);
    EXPECT_TRUE(content.contains(QStringLiteral("fo:font-family=\"Microsoft YaHei\"")));
    EXPECT_EQ(fileNames(dir.path()), QStringList{QStringLiteral("summary.odt")});
}

TEST(ReportFiles, HtmlIsAStandaloneUtf8Page)
{
    const RenderedReport report = sampleReport(true);
    const QString html = ReportWriter::html(report);
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<html lang=\"zh-CN\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("<title>事件总结报告</title>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<style>")));
    EXPECT_TRUE(html.contains(report.institution));
    EXPECT_TRUE(html.contains(report.classification));
    EXPECT_TRUE(html.contains(QStringLiteral("class=\"dd-drill\">演练 DRILL<")));
    EXPECT_TRUE(html.contains(sampleIncidentTitle()));
    EXPECT_TRUE(html.contains(sampleGrade()));
    EXPECT_TRUE(html.contains(QStringLiteral("A&amp;B &lt;x&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("<table")));
    EXPECT_TRUE(html.trimmed().endsWith(QStringLiteral("</html>")));
    EXPECT_FALSE(html.contains(QStringLiteral("qrichtext"))); // Qt's own head is not copied
    EXPECT_EQ(html.count(QStringLiteral("<body")), 1);

    // Markup in the title is text, and an HTML template's scripts do not survive.
    RenderedReport tricky = sampleReport();
    tricky.title = QStringLiteral("R&D <总结>");
    tricky.format = TemplateFormat::Html;
    tricky.text = QStringLiteral("<p>正文</p><script>alert(1)</script>");
    const QString page = ReportWriter::html(tricky);
    EXPECT_TRUE(page.contains(QStringLiteral("<title>R&amp;D &lt;总结&gt;</title>")));
    EXPECT_FALSE(page.contains(QStringLiteral("<script")));
    EXPECT_FALSE(page.contains(QStringLiteral("演练")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.html"));
    ASSERT_TRUE(ReportWriter::writeHtml(report, path).ok());
    EXPECT_EQ(QString::fromUtf8(test::readFile(path)), html);
}

TEST(ReportFiles, PlainTextHasNoMarkup)
{
    const QString text = ReportWriter::plainText(sampleReport(true));
    SCOPED_TRACE(text.toStdString());
    const QStringList lines = text.split(QLatin1Char('\n'));
    EXPECT_EQ(lines.first(), ReportWriter::drillBanner());
    EXPECT_TRUE(text.contains(sampleIncidentTitle()));
    EXPECT_TRUE(lines.contains(QStringLiteral("事件等级： ") + sampleGrade()))
        << text.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("影响说明：A&B <x> 约 1200 户客户委托延迟。")));
    EXPECT_TRUE(lines.contains(QStringLiteral("已恢复。"))); // the hard line break
    EXPECT_TRUE(lines.contains(QStringLiteral("时间 记录人 内容")));
    EXPECT_TRUE(lines.contains(QStringLiteral("2026-01-05 10:00 王强 第1条：切换备用线路并验证")));
    EXPECT_TRUE(lines.contains(QStringLiteral("• 影响客户：约 1200 户")));
    EXPECT_TRUE(lines.contains(QStringLiteral("• 处置人：李娜")));
    for (const QString &markup : {QStringLiteral("#"), QStringLiteral("|"), QStringLiteral("**"),
                                  QStringLiteral("*"), QStringLiteral("---"), QStringLiteral("\\")})
        EXPECT_FALSE(text.contains(markup)) << markup.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("\n\n\n")));
    EXPECT_FALSE(text.startsWith(QLatin1Char('\n')));
    EXPECT_FALSE(text.endsWith(QLatin1Char('\n')));
    for (const QString &line : lines)
        EXPECT_EQ(line, line.trimmed().isEmpty() ? QString() : line) << line.toStdString();
    for (const QString &line : lines)
        EXPECT_FALSE(line.endsWith(QLatin1Char(' '))) << line.toStdString();

    RenderedReport html = sampleReport();
    html.format = TemplateFormat::Html;
    html.text = QStringLiteral("<p>前言 </p><h1>通知</h1><p>第一段   <b>加粗</b>&amp;</p>"
                               "<p>第二<br>段</p><ol><li>一</li><li>二</li></ol>");
    EXPECT_EQ(ReportWriter::plainText(html),
              QStringLiteral("前言\n\n通知\n第一段 加粗&\n第二\n段\n1. 一\n2. 二"));
}

TEST(ReportFiles, CharacterCountCountsCodePoints)
{
    EXPECT_EQ(ReportWriter::characterCount(QString()), 0);
    EXPECT_EQ(ReportWriter::characterCount(QStringLiteral("abc")), 3);
    EXPECT_EQ(ReportWriter::characterCount(sampleGrade()), 8);
    const QString emoji = QString::fromUtf8("\xF0\x9F\x9A\xA8"); // U+1F6A8, a surrogate pair
    ASSERT_EQ(emoji.size(), 2);
    EXPECT_EQ(ReportWriter::characterCount(emoji), 1);
    EXPECT_EQ(ReportWriter::characterCount(emoji + QStringLiteral("故障 ok")), 6);
    EXPECT_EQ(ReportWriter::characterCount(QStringLiteral("演练\n")), 3);
}

TEST(ReportFiles, TextFileIsTheUtf8PlainText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sms.TXT"));
    const RenderedReport report = sampleReport();
    const Status written = ReportWriter::write(report, path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(QString::fromUtf8(test::readFile(path)),
              ReportWriter::plainText(report) + QLatin1Char('\n'));
}

TEST(ReportFiles, FormForPath)
{
    EXPECT_EQ(ReportWriter::formForPath(QStringLiteral("/tmp/a.pdf")), OutputForm::Pdf);
    EXPECT_EQ(ReportWriter::formForPath(QStringLiteral("a.PDF")), OutputForm::Pdf);
    EXPECT_EQ(ReportWriter::formForPath(QStringLiteral("报告.odt")), OutputForm::Odt);
    EXPECT_EQ(ReportWriter::formForPath(QStringLiteral("a.html")), OutputForm::Html);
    EXPECT_EQ(ReportWriter::formForPath(QStringLiteral("a.htm")), OutputForm::Html);
    EXPECT_EQ(ReportWriter::formForPath(QStringLiteral("a.txt")), OutputForm::Text);
    EXPECT_FALSE(ReportWriter::formForPath(QStringLiteral("a.docx")).has_value());
    EXPECT_FALSE(ReportWriter::formForPath(QStringLiteral("pdf")).has_value());
    EXPECT_FALSE(ReportWriter::formForPath(QString()).has_value());
    for (OutputForm form : {OutputForm::Pdf, OutputForm::Odt, OutputForm::Html, OutputForm::Text})
        EXPECT_EQ(ReportWriter::formForPath(QStringLiteral("x.") + ReportWriter::extension(form)),
                  form);

    const auto refused = ReportWriter::requireForm(QStringLiteral("summary.docx"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("summary.docx")));
    for (const char *ext : {".pdf", ".odt", ".html", ".htm", ".txt"})
        EXPECT_TRUE(refused.error().contains(QLatin1String(ext))) << ext;

    QTemporaryDir dir;
    const Status written =
        ReportWriter::write(sampleReport(), dir.filePath(QStringLiteral("summary.docx")));
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("summary.docx")));
    EXPECT_TRUE(fileNames(dir.path()).isEmpty());
}

TEST(ReportFiles, FailuresNameTheFileAndLeaveNothing)
{
    QTemporaryDir dir;
    const RenderedReport report = sampleReport();
    for (OutputForm form : {OutputForm::Pdf, OutputForm::Odt, OutputForm::Html, OutputForm::Text}) {
        const QString name = QStringLiteral("summary.") + ReportWriter::extension(form);
        const Status missing =
            ReportWriter::write(report, dir.filePath(QStringLiteral("missing/") + name), form);
        ASSERT_FALSE(missing.ok()) << name.toStdString();
        EXPECT_TRUE(missing.error().contains(name)) << missing.error().toStdString();
        EXPECT_TRUE(missing.error().contains(QStringLiteral("missing")));

        // A folder where the file should go.
        ASSERT_TRUE(QDir(dir.path()).mkdir(name));
        const Status folder = ReportWriter::write(report, dir.filePath(name), form);
        ASSERT_FALSE(folder.ok()) << name.toStdString();
        EXPECT_TRUE(folder.error().contains(name)) << folder.error().toStdString();
        ASSERT_TRUE(QDir(dir.filePath(name)).removeRecursively());
    }
    EXPECT_TRUE(fileNames(dir.path()).isEmpty());

    // Writing over an existing report replaces it whole.
    const QString path = dir.filePath(QStringLiteral("summary.html"));
    ASSERT_TRUE(ReportWriter::writeText(report, path).ok());
    ASSERT_TRUE(ReportWriter::writeHtml(report, path).ok());
    EXPECT_TRUE(test::readFile(path).startsWith("<!DOCTYPE html>"));
    EXPECT_EQ(fileNames(dir.path()), QStringList{QStringLiteral("summary.html")});
}
