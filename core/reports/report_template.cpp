#include "reports/report_template.h"

#include <array>

namespace dd {

namespace {

class ReportTemplateText {
    Q_DECLARE_TR_FUNCTIONS(dd::ReportTemplate)
};

constexpr std::array<const char *, 6> KindIds{
    "regulator_report", "notice", "investor_notice", "drill", "handbook", "internal"};
constexpr std::array<const char *, 5> ContextIds{"incident", "drill", "year", "handbook",
                                                 "readiness"};
constexpr std::array<const char *, 4> OutputIds{"pdf", "odt", "html", "txt"};
constexpr std::array<const char *, 2> FormatIds{"markdown", "html"};

template <typename E, std::size_t N>
std::optional<E> fromId(const std::array<const char *, N> &ids, const QString &id)
{
    for (std::size_t i = 0; i < N; ++i)
        if (id == QLatin1String(ids[i]))
            return static_cast<E>(i);
    return std::nullopt;
}

template <std::size_t N> QString toId(const std::array<const char *, N> &ids, quint8 value)
{
    return value < N ? QString::fromLatin1(ids[value]) : QString();
}

} // namespace

QString reportKindId(ReportKind kind)
{
    return toId(KindIds, static_cast<quint8>(kind));
}

std::optional<ReportKind> reportKindFromId(const QString &id)
{
    return fromId<ReportKind>(KindIds, id);
}

QString reportKindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::RegulatorReport: return ReportTemplateText::tr("Report to the regulator");
    case ReportKind::Notice: return ReportTemplateText::tr("Notice and agreed wording");
    case ReportKind::InvestorNotice: return ReportTemplateText::tr("Notice to investors");
    case ReportKind::Drill: return ReportTemplateText::tr("Drill document");
    case ReportKind::Handbook: return ReportTemplateText::tr("Contact handbook");
    case ReportKind::Internal: return ReportTemplateText::tr("Internal");
    }
    return {};
}

QString contextKindId(ContextKind kind)
{
    return toId(ContextIds, static_cast<quint8>(kind));
}

std::optional<ContextKind> contextKindFromId(const QString &id)
{
    return fromId<ContextKind>(ContextIds, id);
}

QString contextKindName(ContextKind kind)
{
    switch (kind) {
    case ContextKind::Incident: return ReportTemplateText::tr("Incident");
    case ContextKind::Drill: return ReportTemplateText::tr("Drill");
    case ContextKind::Year: return ReportTemplateText::tr("Year");
    case ContextKind::Handbook: return ReportTemplateText::tr("Contact handbook");
    case ContextKind::Readiness: return ReportTemplateText::tr("Readiness as of a day");
    }
    return {};
}

QString outputFormId(OutputForm form)
{
    return toId(OutputIds, static_cast<quint8>(form));
}

std::optional<OutputForm> outputFormFromId(const QString &id)
{
    return fromId<OutputForm>(OutputIds, id);
}

QString outputFormName(OutputForm form)
{
    switch (form) {
    case OutputForm::Pdf: return ReportTemplateText::tr("PDF");
    case OutputForm::Odt: return ReportTemplateText::tr("OpenDocument text");
    case OutputForm::Html: return ReportTemplateText::tr("HTML");
    case OutputForm::Text: return ReportTemplateText::tr("Plain text");
    }
    return {};
}

QString templateFormatId(TemplateFormat format)
{
    return toId(FormatIds, static_cast<quint8>(format));
}

std::optional<TemplateFormat> templateFormatFromId(const QString &id)
{
    return fromId<TemplateFormat>(FormatIds, id);
}

QString ReportTemplate::title(const QString &lang) const
{
    const bool zh = lang.startsWith(QLatin1String("zh"));
    const QString &first = zh ? titleZh : titleEn;
    const QString &second = zh ? titleEn : titleZh;
    return first.isEmpty() ? second : first;
}

QString ContextVariable::translatedDescription() const
{
    return description ? QCoreApplication::translate("dd::ReportContext", description) : QString();
}

} // namespace dd
