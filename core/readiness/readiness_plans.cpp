// Plan and inventory checks: the plan's contents, reviews and filing, the fault-type
// coverage, the documents and backups, the supplies and the budget.
#include "app/backend.h"
#include "inventory/inventory_register.h"
#include "plans/plan_register.h"
#include "readiness/readiness_internal.h"

#include <QTimeZone>

namespace dd {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::Readiness)
};

QString sectionList(const QList<PlanSection> &sections)
{
    QStringList names;
    for (const PlanSection s : sections)
        names.append(planSectionName(s));
    return ReadinessInput::items(names);
}

ReadinessCheck contents(const std::optional<PlanVersionSummary> &current)
{
    ReadinessCheck check = makeCheck(
        "plan.contents", "应急预案应包括目的和依据、适用范围、组织体系及职责等十项内容",
        "应急准备·应急预案", ReadinessGroups::Plan,
        QT_TRANSLATE_NOOP("dd::Readiness", "Current plan has all ten contents"), "plans", "plan");
    if (!current) {
        check.status = CheckStatus::Failing;
        check.summary = Text::tr("No plan version is in effect");
        return check;
    }
    check.evidence.append(Text::tr("Current version %1, effective %2")
                              .arg(current->label, ReadinessInput::date(current->effectiveDate)));
    if (!current->missing.isEmpty())
        check.evidence.append(Text::tr("Missing: %1").arg(sectionList(current->missing)));
    if (!current->empty.isEmpty())
        check.evidence.append(Text::tr("Empty: %1").arg(sectionList(current->empty)));
    const int lacking = int(current->missing.size() + current->empty.size());
    check.status = lacking == 0 ? CheckStatus::Ok : CheckStatus::Failing;
    check.summary = lacking == 0
                        ? Text::tr("%1: all %2 contents present").arg(current->label).arg(10)
                        : Text::tr("%1: %n of 10 contents missing or empty", nullptr, lacking)
                              .arg(current->label);
    return check;
}

ReadinessCheck filed(const ReadinessInput &in, const QList<PlanVersionSummary> &versions,
                     const std::optional<PlanVersionSummary> &current,
                     const QList<PlanFiling> &filings)
{
    ReadinessCheck check = makeCheck(
        "plan.filed", "应急预案报中国证监会或住所地证监局备案，重大变更时重新备案",
        "应急准备·预案备案", ReadinessGroups::Plan,
        QT_TRANSLATE_NOOP("dd::Readiness", "Current major version filed"), "plans", "filings");
    if (!current) {
        check.status = CheckStatus::Failing;
        check.summary = Text::tr("No plan version is in effect");
        return check;
    }
    // The version whose filing covers the current one: the current version if it needs its
    // own filing, else the nearest earlier one that does.
    const PlanVersionSummary *base = nullptr;
    for (const PlanVersionSummary &v : versions) {
        if (std::pair(v.major, v.minor) > std::pair(current->major, current->minor))
            break;
        if (v.needsOwnFiling || !base)
            base = &v;
    }
    check.evidence.append(
        Text::tr("Current version %1; filing required for %2").arg(current->label, base->label));
    const PlanFiling *found = nullptr;
    for (const PlanFiling &f : filings)
        if (f.planVersionId == base->id && f.filedOn.isValid() && f.filedOn <= in.asOf
            && (!found || f.filedOn < found->filedOn))
            found = &f;
    if (!found) {
        check.status = CheckStatus::Failing;
        check.summary = Text::tr("%1 has not been filed with the regulator").arg(base->label);
        return check;
    }
    check.evidence.append(
        Text::tr("Filed %1 with %2, receipt %3")
            .arg(ReadinessInput::date(found->filedOn), found->regulatorName, found->receiptNumber));
    check.status = CheckStatus::Ok;
    check.summary =
        Text::tr("%1 filed on %2").arg(base->label, ReadinessInput::date(found->filedOn));
    return check;
}

ReadinessCheck reviewed(const ReadinessInput &in, const QList<PlanReview> &reviews)
{
    ReadinessCheck check = makeCheck(
        "plan.reviewed", "应急预案至少每年评估修订一次", "应急准备·预案评估", ReadinessGroups::Plan,
        QT_TRANSLATE_NOOP("dd::Readiness", "Plan reviewed within the period"), "plans", "reviews");
    const int months = in.period(ReadinessSettings::PlanReviewMonths);
    const PlanReview *last = nullptr;
    for (const PlanReview &r : reviews)
        if (r.date.isValid() && r.date <= in.asOf && (!last || r.date > last->date))
            last = &r;
    check.evidence.append(Text::tr("Period %1 months (%2)")
                              .arg(months)
                              .arg(QString::fromLatin1(ReadinessSettings::PlanReviewMonths.key)));
    if (!last) {
        check.status = CheckStatus::Failing;
        check.summary = Text::tr("The plan has never been reviewed");
        return check;
    }
    const QDate due = last->date.addMonths(months);
    check.evidence.append(Text::tr("Last review %1 by %2: %3")
                              .arg(ReadinessInput::date(last->date), last->reviewer, last->result));
    in.applyDue(check, due);
    check.summary = check.status == CheckStatus::Failing
                        ? Text::tr("Last review %1; overdue since %2")
                              .arg(ReadinessInput::date(last->date), ReadinessInput::date(due))
                        : Text::tr("Last review %1; next due %2")
                              .arg(ReadinessInput::date(last->date), ReadinessInput::date(due));
    return check;
}

Result<ReadinessCheck> reviewedAfterDrills(const ReadinessInput &in,
                                           const QList<PlanReview> &reviews)
{
    ReadinessCheck check = makeCheck(
        "plan.drill_reviews", "根据演练情况及时评估修订应急预案", "应急准备·预案评估",
        ReadinessGroups::Plan,
        QT_TRANSLATE_NOOP("dd::Readiness", "Plan reviewed after each drill that asked for it"),
        "plans", "reviews");
    const auto drills = in.backend.drills().list(DrillQuery{0, DrillStatus::Completed});
    if (!drills)
        return drills.takeError();
    const QDateTime end = ReadinessInput::dayStart(in.asOf.addDays(1));
    QStringList pending;
    int asked = 0;
    for (const DrillSummary &s : *drills) {
        const auto drill = in.backend.drills().drill(s.id);
        if (!drill)
            return drill.takeError();
        if (drill->planUpdateNeeded != true || !drill->actualEnd.isValid()
            || drill->actualEnd >= end)
            continue;
        ++asked;
        const QDate held = drill->actualEnd.toTimeZone(QTimeZone(8 * 3600)).date();
        const PlanReview *review = nullptr;
        for (const PlanReview &r : reviews)
            if (r.drillId == drill->id && r.date.isValid() && r.date <= in.asOf)
                review = &r;
        if (review)
            check.evidence.append(Text::tr("Drill %1 (%2) asked for a plan update: reviewed %3")
                                      .arg(drill->title, ReadinessInput::date(held),
                                           ReadinessInput::date(review->date)));
        else {
            check.evidence.append(Text::tr("Drill %1 (%2) asked for a plan update: no review yet%3")
                                      .arg(drill->title, ReadinessInput::date(held),
                                           drill->planUpdateNote.isEmpty()
                                               ? QString()
                                               : QStringLiteral(" — ") + drill->planUpdateNote));
            pending.append(drill->title);
        }
    }
    if (asked == 0) {
        check.status = CheckStatus::Ok;
        check.summary = Text::tr("No completed drill asked for a plan update");
        return check;
    }
    check.status = pending.isEmpty() ? CheckStatus::Ok : CheckStatus::Failing;
    check.summary = pending.isEmpty()
                        ? Text::tr("%n drill(s) asked for an update; all reviewed", nullptr, asked)
                        : Text::tr("No review after: %1").arg(ReadinessInput::items(pending));
    return check;
}

ReadinessCheck faultTypes(const QList<FaultTypeCoverage> &coverage)
{
    ReadinessCheck check = makeCheck(
        "plan.fault_types", "针对各类技术故障制定处置和报告程序，统一解释口径和公告模板",
        "应急准备·具体处置方案", ReadinessGroups::Plan,
        QT_TRANSLATE_NOOP("dd::Readiness",
                          "Each fault type has a procedure, a report flow and a notice template"),
        "plans", "coverage");
    // A notice template for any fault type (filled with the incident's fault type) serves
    // every type that has none of its own.
    QStringList incomplete;
    for (const FaultTypeCoverage &c : coverage) {
        const bool notice = c.hasNoticeTemplate() || !c.genericTemplateIds.isEmpty();
        if (c.hasProcedure && c.hasReportFlow && notice)
            continue;
        QStringList lacks;
        if (!c.hasProcedure)
            lacks.append(Text::tr("procedure"));
        if (!c.hasReportFlow)
            lacks.append(Text::tr("report flow"));
        if (!notice)
            lacks.append(Text::tr("notice template"));
        check.evidence.append(
            Text::tr("%1: no %2").arg(c.faultTypeName, ReadinessInput::items(lacks)));
        incomplete.append(c.faultTypeName);
    }
    check.status = incomplete.isEmpty() ? CheckStatus::Ok : CheckStatus::Failing;
    check.summary = incomplete.isEmpty()
                        ? Text::tr("All %n fault type(s) covered", nullptr, int(coverage.size()))
                        : Text::tr("Incomplete: %1").arg(ReadinessInput::items(incomplete));
    return check;
}

} // namespace

namespace ReadinessChecks {

Status plans(const ReadinessInput &in, QList<ReadinessCheck> &out)
{
    const PlanRegister plans(in.backend.database(), in.backend.audit(), in.backend.clock());
    const auto versions = plans.versions();
    if (!versions)
        return versions.takeError();
    const auto current = PlanRules::currentOf(*versions, in.asOf);
    const auto filings = plans.filings();
    if (!filings)
        return filings.takeError();
    const auto reviews = plans.reviews();
    if (!reviews)
        return reviews.takeError();
    const auto coverage = plans.coverage();
    if (!coverage)
        return coverage.takeError();
    out.append(contents(current));
    out.append(reviewed(in, *reviews));
    const auto afterDrills = reviewedAfterDrills(in, *reviews);
    if (!afterDrills)
        return afterDrills.takeError();
    out.append(*afterDrills);
    out.append(filed(in, *versions, current, *filings));
    out.append(faultTypes(*coverage));
    return {};
}

} // namespace ReadinessChecks

} // namespace dd
