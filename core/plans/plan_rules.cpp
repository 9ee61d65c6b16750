#include "plans/plan_register.h"

#include <algorithm>

namespace dd {

namespace {

struct SectionInfo {
    PlanSection section;
    const char *id;
    const char *name;
};

const SectionInfo Sections[] = {
    {PlanSection::Purpose, "purpose", QT_TRANSLATE_NOOP("dd::PlanRegister", "Purpose and basis")},
    {PlanSection::Scope, "scope", QT_TRANSLATE_NOOP("dd::PlanRegister", "Scope")},
    {PlanSection::Organization, "organization",
     QT_TRANSLATE_NOOP("dd::PlanRegister", "Organization and responsibilities")},
    {PlanSection::Prevention, "prevention",
     QT_TRANSLATE_NOOP("dd::PlanRegister", "Prevention, safeguards and preparation")},
    {PlanSection::Warning, "warning",
     QT_TRANSLATE_NOOP("dd::PlanRegister", "Warning: monitoring, handling and reporting")},
    {PlanSection::Classification, "classification",
     QT_TRANSLATE_NOOP("dd::PlanRegister", "Event grading and classification")},
    {PlanSection::ReportingFlow, "reporting_flow",
     QT_TRANSLATE_NOOP("dd::PlanRegister", "Reporting flow")},
    {PlanSection::Principles, "principles",
     QT_TRANSLATE_NOOP("dd::PlanRegister", "General handling principles")},
    {PlanSection::Procedures, "procedures",
     QT_TRANSLATE_NOOP("dd::PlanRegister", "Specific handling procedures")},
    {PlanSection::Investigation, "investigation",
     QT_TRANSLATE_NOOP("dd::PlanRegister", "Investigation and summary")},
};

const SectionInfo *info(PlanSection section)
{
    for (const SectionInfo &s : Sections)
        if (s.section == section)
            return &s;
    return nullptr;
}

} // namespace

QList<PlanSection> PlanRules::allSections()
{
    QList<PlanSection> all;
    for (const SectionInfo &s : Sections)
        all << s.section;
    return all;
}

SectionState PlanRules::sectionState(const PlanVersion &plan, PlanSection section)
{
    const auto it = plan.sections.constFind(section);
    if (it == plan.sections.constEnd())
        return SectionState::Missing;
    return it->trimmed().isEmpty() ? SectionState::Empty : SectionState::Present;
}

QList<PlanSection> PlanRules::missingSections(const PlanVersion &plan)
{
    QList<PlanSection> out;
    for (PlanSection s : allSections())
        if (sectionState(plan, s) == SectionState::Missing)
            out << s;
    return out;
}

QList<PlanSection> PlanRules::emptySections(const PlanVersion &plan)
{
    QList<PlanSection> out;
    for (PlanSection s : allSections())
        if (sectionState(plan, s) == SectionState::Empty)
            out << s;
    return out;
}

bool PlanRules::complete(const PlanVersion &plan)
{
    return missingSections(plan).isEmpty() && emptySections(plan).isEmpty();
}

RegulatorKind PlanRules::regulatorFor(InstitutionType type)
{
    return isCoreInstitution(type) ? RegulatorKind::Csrc : RegulatorKind::LocalBureau;
}

std::optional<PlanVersionSummary> PlanRules::currentOf(const QList<PlanVersionSummary> &versions,
                                                       const QDate &day)
{
    std::optional<PlanVersionSummary> best;
    for (const PlanVersionSummary &v : versions) {
        if (!v.effectiveDate.isValid() || v.effectiveDate > day)
            continue;
        if (!best || std::pair(v.major, v.minor) > std::pair(best->major, best->minor))
            best = v;
    }
    return best;
}

QString planSectionId(PlanSection section)
{
    const SectionInfo *s = info(section);
    return s ? QString::fromLatin1(s->id) : QString();
}

std::optional<PlanSection> planSectionFromId(const QString &id)
{
    for (const SectionInfo &s : Sections)
        if (id == QLatin1String(s.id))
            return s.section;
    return std::nullopt;
}

QString planSectionName(PlanSection section)
{
    const SectionInfo *s = info(section);
    return s ? PlanText::tr(s->name) : QString();
}

QString sectionStateName(SectionState state)
{
    switch (state) {
    case SectionState::Missing: return PlanText::tr("missing");
    case SectionState::Empty: return PlanText::tr("empty");
    case SectionState::Present: return PlanText::tr("present");
    }
    return {};
}

QString filingStateName(FilingState state)
{
    switch (state) {
    case FilingState::Filed: return PlanText::tr("filed");
    case FilingState::Covered: return PlanText::tr("covered by earlier filing");
    case FilingState::NotFiled: return PlanText::tr("not filed");
    }
    return {};
}

QString regulatorKindId(RegulatorKind kind)
{
    return kind == RegulatorKind::Csrc ? QStringLiteral("csrc") : QStringLiteral("local_bureau");
}

std::optional<RegulatorKind> regulatorKindFromId(const QString &id)
{
    if (id == QLatin1String("csrc"))
        return RegulatorKind::Csrc;
    if (id == QLatin1String("local_bureau"))
        return RegulatorKind::LocalBureau;
    return std::nullopt;
}

QString regulatorKindName(RegulatorKind kind)
{
    return kind == RegulatorKind::Csrc ? PlanText::tr("CSRC") : PlanText::tr("Local CSRC bureau");
}

} // namespace dd
