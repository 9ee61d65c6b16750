#include "reports/report_format.h"

#include <QLocale>
#include <QTimeZone>

#include <array>

namespace dd {

namespace {

using Name = ReportFormat::LocalizedName;
using ReportFormat::lookup;

// The same eight fault types as ui/incidents/incident_format.cpp, in the report languages.
constexpr std::array<Name, 8> FaultTypes{{
    {"trading_outage", "交易系统故障", "Trading system outage"},
    {"market_data", "行情系统故障", "Market data failure"},
    {"network", "网络通信故障", "Network failure"},
    {"data_leak", "数据泄露", "Data leak"},
    {"cyber_attack", "网络攻击", "Cyber attack"},
    {"facility", "机房基础设施故障", "Data centre facility failure"},
    {"settlement", "清算交收故障", "Settlement failure"},
    {"other", "其他", "Other"},
}};

constexpr std::array<Name, 5> Grades{{
    {"I", "特别重大（I级）", "Especially major (I)"},
    {"II", "重大（II级）", "Major (II)"},
    {"III", "较大（III级）", "Large (III)"},
    {"IV", "一般（IV级）", "General (IV)"},
    {"none", "未达分级标准", "Below grading thresholds"},
}};

constexpr std::array<Name, 6> States{{
    {"warning", "预警", "Warning"},
    {"warning_lifted", "预警已解除", "Warning lifted"},
    {"responding", "处置中", "Responding"},
    {"recovered", "已恢复", "Recovered"},
    {"investigating", "调查中", "Investigating"},
    {"closed", "已关闭", "Closed"},
}};

constexpr std::array<Name, 11> TimelineKinds{{
    {"declared", "事件登记", "Declared"},
    {"state", "状态变更", "State change"},
    {"grade", "定级", "Grading"},
    {"facts", "事实更新", "Facts updated"},
    {"note", "记录", "Note"},
    {"report", "报告报送", "Report submitted"},
    {"waiver", "免报", "Waiver"},
    {"escalation", "升级通知", "Escalation"},
    {"attachment", "附件", "Attachment"},
    {"checklist", "处置步骤", "Procedure step"},
    {"measure", "处置措施", "Measure"},
}};

constexpr std::array<Name, 9> Forms{{
    {"phone", "电话报告", "Phone report"},
    {"written_initial", "书面初报", "Written initial report"},
    {"progress", "续报", "Progress report"},
    {"recovery", "恢复报告", "Recovery report"},
    {"summary", "事件调查处理总结报告", "Summary report"},
    {"preliminary", "初步分析报告", "Preliminary analysis report"},
    {"supplementary", "补充报告", "Supplementary report"},
    {"warning", "预警报告", "Warning report"},
    {"warning_lifted", "解除预警报告", "Warning lifted report"},
}};

constexpr std::array<Name, 6> Recipients{{
    {"internal_leadership", "公司应急领导小组", "Internal leadership"},
    {"regulator", "监管机构", "Regulator"},
    {"csrc", "中国证监会", "CSRC"},
    {"local_csrc_bureau", "住所地证监局", "Local CSRC bureau"},
    {"exchange", "证券期货交易所", "Exchange"},
    {"clearing_house", "登记结算机构", "Clearing house"},
}};

constexpr std::array<Name, 6> InstitutionTypes{{
    {"securities", "证券公司", "Securities company"},
    {"futures", "期货公司", "Futures company"},
    {"fund", "基金管理公司", "Fund management company"},
    {"stock_exchange", "证券交易所", "Stock exchange"},
    {"futures_exchange", "期货交易所", "Futures exchange"},
    {"clearing", "登记结算机构", "Depository and clearing institution"},
}};

} // namespace

namespace ReportFormat {

bool chinese(const QString &language)
{
    return language.startsWith(QLatin1String("zh"));
}

QString normalizedLanguage(const QString &language)
{
    return chinese(language) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString time(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString date(const QDate &d, const QString &language)
{
    if (!d.isValid())
        return {};
    return chinese(language)
               ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
               : QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy"));
}

QString duration(qint64 minutes, const QString &language)
{
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const qint64 mins = minutes % 60;
    QString out;
    if (chinese(language)) {
        if (days > 0)
            out += QStringLiteral("%1天").arg(days);
        if (hours > 0)
            out += QStringLiteral("%1小时").arg(hours);
        if (mins > 0 || out.isEmpty())
            out += QStringLiteral("%1分钟").arg(mins);
        return out;
    }
    QStringList parts;
    if (days > 0)
        parts << QStringLiteral("%1 d").arg(days);
    if (hours > 0)
        parts << QStringLiteral("%1 h").arg(hours);
    if (mins > 0 || parts.isEmpty())
        parts << QStringLiteral("%1 min").arg(mins);
    return parts.join(u' ');
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString money(double yuan, const QString &language)
{
    const QString amount = QLocale(QLocale::English).toString(yuan, 'f', 2);
    return chinese(language) ? amount + QStringLiteral(" 元") : QStringLiteral("CNY ") + amount;
}

QStringList faultTypeIds()
{
    QStringList ids;
    for (const Name &n : FaultTypes)
        ids << QString::fromLatin1(n.id);
    return ids;
}

QString faultTypeName(const QString &id, const QString &language)
{
    return lookup(FaultTypes, id, language);
}

QString gradeName(const QString &gradeId, const QString &language)
{
    return lookup(Grades, gradeId.isEmpty() ? QStringLiteral("none") : gradeId, language);
}

QString stateName(const QString &stateId, const QString &language)
{
    return lookup(States, stateId, language);
}

QString timelineKindName(const QString &kind, const QString &language)
{
    return lookup(TimelineKinds, kind, language);
}

QString reportFormName(const QString &formId, const QString &language)
{
    return lookup(Forms, formId, language);
}

QString recipientName(const QString &recipientId, const QString &language, bool coreInstitution)
{
    if (recipientId == QLatin1String("regulator"))
        return regulatorName(coreInstitution, language);
    return lookup(Recipients, recipientId, language);
}

QString institutionTypeName(const QString &typeId, const QString &language)
{
    return lookup(InstitutionTypes, typeId, language);
}

QString regulatorName(bool coreInstitution, const QString &language)
{
    if (chinese(language))
        return coreInstitution ? QStringLiteral("中国证监会") : QStringLiteral("住所地证监局");
    return coreInstitution ? QStringLiteral("China Securities Regulatory Commission (CSRC)")
                           : QStringLiteral("the local CSRC bureau");
}

QString yesNo(bool value, const QString &language)
{
    if (chinese(language))
        return value ? QStringLiteral("是") : QStringLiteral("否");
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace ReportFormat

} // namespace dd
