#pragma once

#include "reports/report_template.h"

namespace dd {
namespace test {

// The grade as the grading rules word it: full-width brackets, a Roman numeral.
inline const QString &sampleGrade()
{
    static const QString grade = QStringLiteral("较大（III级）");
    return grade;
}

inline const QString &sampleIncidentTitle()
{
    static const QString title = QStringLiteral("集中交易系统委托延迟");
    return title;
}

// A rendered incident summary as the engine would hand it over: markdown with headings, a
// GitHub table (the timeline), a list and text that was escaped for markdown.
inline RenderedReport sampleReport(bool drill = false, int timelineEntries = 3)
{
    RenderedReport r;
    r.templateId = QStringLiteral("incident_summary");
    r.title = QStringLiteral("事件总结报告");
    r.format = TemplateFormat::Markdown;
    r.language = QStringLiteral("zh_CN");
    r.drill = drill;
    r.institution = QStringLiteral("华景证券股份有限公司");
    r.classification = QStringLiteral("内部");
    QString text = QStringLiteral("## ") + sampleIncidentTitle()
                   + QStringLiteral("\n\n**事件等级：** ") + sampleGrade()
                   + QStringLiteral("\n\n影响说明：A&B \\<x\\> 约 1200 户客户委托延迟。  \n"
                                    "已恢复。\n\n"
                                    "### 时间线\n\n| 时间 | 记录人 | 内容 |\n|---|---|---|\n");
    for (int i = 0; i < timelineEntries; ++i)
        text += QStringLiteral("| 2026-01-05 %1:%2 | 王强 | 第%3条：切换备用线路并验证 |\n")
                    .arg(10 + i / 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i + 1);
    text += QStringLiteral("\n- 影响客户：约 1200 户\n- 处置人：*李娜*\n\n---\n\n报告人：张伟\n");
    r.text = text;
    return r;
}

} // namespace test
} // namespace dd
