// ReportWriter::html: a standalone HTML5 page (UTF-8, embedded CSS) that opens in a browser and
// in Word / WPS. The body is QTextDocument's HTML of the styled report, so markdown and HTML
// templates come out alike and nothing but formatting survives (no scripts, no external files).
#include "report_style.h"
#include "report_writer.h"

#include <QTextDocument>

namespace dd {

namespace {

// The inner HTML of <body>…</body> of QTextDocument::toHtml().
QString bodyOf(const QString &html)
{
    const qsizetype open = html.indexOf(QLatin1String("<body"));
    const qsizetype start = open < 0 ? -1 : html.indexOf(QLatin1Char('>'), open);
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    if (start < 0 || end < start)
        return html;
    return html.mid(start + 1, end - start - 1).trimmed();
}

// "zh_CN" -> "zh-CN"; empty -> "zh-CN" (the first language).
QString htmlLanguage(const QString &language)
{
    QString tag = language.trimmed();
    tag.replace(QLatin1Char('_'), QLatin1Char('-'));
    return tag.isEmpty() ? QStringLiteral("zh-CN") : tag;
}

QString css()
{
    // Plain CSS 2 (Word's HTML import ignores flexbox and grid); the header is a table.
    return QStringLiteral(
               "body { font-family: %1; font-size: %2pt; line-height: 1.5; color: #000;"
               " max-width: 180mm; margin: 1.5em auto; padding: 0 1em; }\n"
               "table { border-collapse: collapse; margin: 4pt 0 6pt 0; }\n"
               "th, td { border: 0.5pt solid #808080; padding: 3pt 5pt; vertical-align: top; }\n"
               "thead td, thead th { background: #eeeeee; font-weight: bold; }\n"
               "h1 { font-size: %3pt; } h2 { font-size: %4pt; } h3 { font-size: %5pt; }\n"
               "h4, h5, h6 { font-size: %6pt; }\n"
               "p { margin: 0 0 4pt 0; }\n"
               "table.dd-header, table.dd-header td { border: none; padding: 0; width: 100%;"
               " font-size: 9pt; color: #555555; }\n"
               "table.dd-header { border-bottom: 0.5pt solid #808080; margin-bottom: 10pt; }\n"
               "td.dd-classification { text-align: right; }\n"
               ".dd-drill { background: #e67e22; color: #ffffff; font-weight: bold;"
               " font-size: 14pt; text-align: center; padding: 4pt; margin-bottom: 8pt; }\n"
               ".dd-title { text-align: center; font-size: %7pt; margin: 0 0 10pt 0; }\n")
        .arg(ReportStyle::cssFontFamilies())
        .arg(ReportStyle::BodyPointSize)
        .arg(ReportStyle::headingPointSize(1))
        .arg(ReportStyle::headingPointSize(2))
        .arg(ReportStyle::headingPointSize(3))
        .arg(ReportStyle::headingPointSize(4))
        .arg(ReportStyle::TitlePointSize);
}

} // namespace

QString ReportWriter::html(const RenderedReport &report)
{
    QTextDocument document;
    ReportStyle::fill(document, report);
    const QString title = report.title.trimmed();

    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
               .arg(htmlLanguage(report.language).toHtmlEscaped());
    out += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\">\n");
    out += QStringLiteral("<meta name=\"generator\" content=\"DutyDesk %1\">\n")
               .arg(QLatin1String(DUTYDESK_VERSION));
    out += QStringLiteral("<title>%1</title>\n").arg(title.toHtmlEscaped());
    out += QStringLiteral("<style>\n") + css() + QStringLiteral("</style>\n</head>\n<body>\n");
    if (!report.institution.isEmpty() || !report.classification.isEmpty())
        out += QStringLiteral("<table class=\"dd-header\"><tr><td class=\"dd-institution\">%1</td>"
                              "<td class=\"dd-classification\">%2</td></tr></table>\n")
                   .arg(report.institution.toHtmlEscaped(), report.classification.toHtmlEscaped());
    if (report.drill)
        out +=
            QStringLiteral("<div class=\"dd-drill\">%1</div>\n").arg(drillBanner().toHtmlEscaped());
    if (!title.isEmpty() && !ReportStyle::opensWithTitle(document, title))
        out += QStringLiteral("<h1 class=\"dd-title\">%1</h1>\n").arg(title.toHtmlEscaped());
    out += bodyOf(document.toHtml());
    out += QStringLiteral("\n</body>\n</html>\n");
    return out;
}

} // namespace dd
