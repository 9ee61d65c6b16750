// Drill and training checks: a drill every half-year, records retained, improvement actions
// on time, key posts trained.
#include "app/backend.h"
#include "readiness/readiness_internal.h"

#include <QTimeZone>

namespace dd {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::Readiness)
};

QDate localDate(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(8 * 3600)).date();
}

HalfYear previous(const HalfYear &h)
{
    return h.half == 2 ? HalfYear{h.year, 1} : HalfYear{h.year - 1, 2};
}

QDate lastDay(const HalfYear &h)
{
    return h.half == 1 ? QDate(h.year, 6, 30) : QDate(h.year, 12, 31);
}

Result<HalfYearCompliance> complianceOf(const ReadinessInput &in, const HalfYear &h)
{
    const auto year = in.backend.drills().compliance(h.year);
    if (!year)
        return year.takeError();
    return h.half == 1 ? year->h1 : year->h2;
}

QString drillLine(const DrillSummary &d)
{
    return Text::tr("%1 (%2)").arg(
        d.title,
        ReadinessInput::date(localDate(d.actualStart.isValid() ? d.actualStart : d.plannedStart)));
}

// H1 and H2 of the asOf year's half-year and the one before: the previous must have a
// completed drill; the current one is due by its last day (due soon inside the window, or
// when nothing is even planned in the last 60 days).
Result<ReadinessCheck> halfYears(const ReadinessInput &in)
{
    ReadinessCheck check = makeCheck(
        "drills.half_year", "每半年至少组织一次应急演练", "应急演练·频次", ReadinessGroups::Drills,
        QT_TRANSLATE_NOOP("dd::Readiness", "A drill in each half-year (current and previous)"),
        "drills", "calendar");
    const HalfYear current = DrillRules::halfYearOf(ReadinessInput::dayStart(in.asOf));
    const HalfYear before = previous(current);
    const auto prev = complianceOf(in, before);
    if (!prev)
        return prev.takeError();
    const auto now = complianceOf(in, current);
    if (!now)
        return now.takeError();
    QStringList problems;
    for (const auto *c : {&*prev, &*now}) {
        QStringList held;
        for (const DrillSummary &d : c->completed)
            if (localDate(d.actualStart) <= in.asOf)
                held.append(drillLine(d));
        QStringList planned;
        for (const DrillSummary &d : c->planned)
            planned.append(drillLine(d));
        check.evidence.append(
            Text::tr("%1: completed %2; planned %3")
                .arg(halfYearName(c->period),
                     held.isEmpty() ? Text::tr("none") : ReadinessInput::items(held),
                     planned.isEmpty() ? Text::tr("none") : ReadinessInput::items(planned)));
        if (c == &*prev && held.isEmpty())
            problems.append(Text::tr("no drill in %1").arg(halfYearName(c->period)));
        if (c == &*now) {
            if (!held.isEmpty()) {
                check.status = CheckStatus::Ok;
            } else {
                const QDate due = lastDay(current);
                check.dueBy = due;
                const qint64 left = in.asOf.daysTo(due);
                check.status = left <= in.dueSoonDays() || (planned.isEmpty() && left <= 60)
                                   ? CheckStatus::DueSoon
                                   : CheckStatus::Ok;
            }
        }
    }
    if (!problems.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary = ReadinessInput::findings(problems);
    } else if (check.dueBy) {
        check.summary = Text::tr("%1 done; %2 still needs a drill by %3")
                            .arg(halfYearName(before), halfYearName(current),
                                 ReadinessInput::date(*check.dueBy));
    } else {
        check.summary =
            Text::tr("Drills held in %1 and %2").arg(halfYearName(before), halfYearName(current));
    }
    return check;
}

// Records of the last N years (readiness.period.drill_retention_years, 2): every half-year
// from the first drill recorded in the database up to the previous one still has a completed
// drill record, and every completed drill in the window keeps its record (actual start and
// end, outcome).
Result<ReadinessCheck> retention(const ReadinessInput &in)
{
    ReadinessCheck check = makeCheck(
        "drills.retention", "演练记录至少保存2年", "应急演练·记录保存", ReadinessGroups::Drills,
        QT_TRANSLATE_NOOP("dd::Readiness", "Drill records of the last two years retained"),
        "drills", "records");
    const int years = in.period(ReadinessSettings::DrillRetentionYears);
    const QDate windowStart = in.asOf.addYears(-years);
    const auto all = in.backend.drills().list();
    if (!all)
        return all.takeError();
    QDate first;
    for (const DrillSummary &d : *all) {
        if (d.status != DrillStatus::Completed)
            continue;
        const QDate held = localDate(d.actualStart.isValid() ? d.actualStart : d.plannedStart);
        if (!first.isValid() || held < first)
            first = held;
    }
    check.evidence.append(
        Text::tr("Window %1 – %2 (%3 years, %4)")
            .arg(ReadinessInput::date(windowStart), ReadinessInput::date(in.asOf))
            .arg(years)
            .arg(QString::fromLatin1(ReadinessSettings::DrillRetentionYears.key)));
    if (!first.isValid() || first > in.asOf) {
        check.status = CheckStatus::NotApplicable;
        check.summary = Text::tr("No drill has been recorded yet");
        check.evidence.append(check.summary);
        return check;
    }
    check.evidence.append(Text::tr("First recorded drill %1").arg(ReadinessInput::date(first)));
    QStringList problems;
    // Half-years that ended inside the window, after the first record.
    HalfYear h = previous(DrillRules::halfYearOf(ReadinessInput::dayStart(in.asOf)));
    int counted = 0;
    while (lastDay(h) >= windowStart && lastDay(h) >= first) {
        const auto c = complianceOf(in, h);
        if (!c)
            return c.takeError();
        ++counted;
        if (c->completed.isEmpty()) {
            problems.append(Text::tr("no record for %1").arg(halfYearName(h)));
            check.evidence.append(Text::tr("%1: no completed drill record").arg(halfYearName(h)));
        } else {
            check.evidence.append(Text::tr("%1: %n record(s)", nullptr, int(c->completed.size()))
                                      .arg(halfYearName(h)));
            for (const DrillSummary &s : c->completed) {
                const auto d = in.backend.drills().drill(s.id);
                if (!d)
                    return d.takeError();
                if (!d->actualEnd.isValid() || d->outcome == DrillOutcome::None)
                    problems.append(Text::tr("%1 has an incomplete record").arg(d->title));
            }
        }
        h = previous(h);
    }
    check.status = problems.isEmpty() ? CheckStatus::Ok : CheckStatus::Failing;
    check.summary = problems.isEmpty()
                        ? Text::tr("%n half-year(s) with records kept", nullptr, counted)
                        : ReadinessInput::findings(problems);
    return check;
}

Result<ReadinessCheck> actions(const ReadinessInput &in)
{
    ReadinessCheck check = makeCheck(
        "drills.actions", "对演练中发现的问题及时整改", "应急演练·问题整改",
        ReadinessGroups::Drills,
        QT_TRANSLATE_NOOP("dd::Readiness", "No overdue improvement action"), "drills", "findings");
    const auto open = in.backend.drills().actions(true);
    if (!open)
        return open.takeError();
    QStringList overdue;
    QDate earliest;
    for (const ActionOverview &a : *open) {
        if (!a.action.due.isValid())
            continue;
        const bool late = a.action.overdue(in.asOf);
        if (late)
            overdue.append(a.action.text);
        else if (!earliest.isValid() || a.action.due < earliest)
            earliest = a.action.due;
        if (late || in.asOf.daysTo(a.action.due) <= in.dueSoonDays())
            check.evidence.append(Text::tr("%1 (drill %2): due %3, %4")
                                      .arg(a.action.text, a.drillTitle,
                                           ReadinessInput::date(a.action.due),
                                           actionStatusName(a.action.status)));
    }
    check.evidence.prepend(Text::tr("%n open action(s)", nullptr, int(open->size())));
    if (!overdue.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary = Text::tr("%n overdue: %1", nullptr, int(overdue.size()))
                            .arg(ReadinessInput::findings(overdue.mid(0, 3)));
        return check;
    }
    if (!earliest.isValid()) {
        check.status = CheckStatus::Ok;
        check.summary = Text::tr("No open improvement action");
        return check;
    }
    in.applyDue(check, earliest);
    check.summary = Text::tr("%n open, none overdue; next due %1", nullptr, int(open->size()))
                        .arg(ReadinessInput::date(earliest));
    return check;
}

Result<ReadinessCheck> training(const ReadinessInput &in)
{
    ReadinessCheck check = makeCheck(
        "training.key_posts", "定期组织应急预案和行业应急规定培训，关键岗位人员熟练掌握预案",
        "应急培训", ReadinessGroups::Training,
        QT_TRANSLATE_NOOP("dd::Readiness", "Key posts trained within the period"), "drills",
        "training");
    const int months = in.period(ReadinessSettings::TrainingMonths);
    const auto people = in.backend.drills().trainingStatus(in.asOf);
    if (!people)
        return people.takeError();
    check.evidence.append(
        Text::tr("%n person(s) in key posts, period %1 months (%2)", nullptr, int(people->size()))
            .arg(months)
            .arg(QString::fromLatin1(ReadinessSettings::TrainingMonths.key)));
    if (people->isEmpty()) {
        check.status = CheckStatus::NotApplicable;
        check.summary = Text::tr("Nobody holds a key post yet");
        return check;
    }
    QStringList untrained;
    QDate earliest;
    for (const TrainingStatus &p : *people) {
        const QDate due = p.lastTraining.isValid() ? p.lastTraining.addMonths(months) : QDate();
        const bool late = !due.isValid() || due < in.asOf;
        if (late)
            untrained.append(p.name);
        else if (!earliest.isValid() || due < earliest)
            earliest = due;
        if (late || in.asOf.daysTo(due) <= in.dueSoonDays())
            check.evidence.append(Text::tr("%1 (%2): last trained %3")
                                      .arg(p.name, ReadinessInput::items(p.posts),
                                           ReadinessInput::date(p.lastTraining)));
    }
    if (!untrained.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary =
            Text::tr("%n not trained within %1 months: %2", nullptr, int(untrained.size()))
                .arg(months)
                .arg(ReadinessInput::items(untrained.mid(0, 5))
                     + (untrained.size() > 5 ? QStringLiteral("…") : QString()));
        return check;
    }
    in.applyDue(check, earliest);
    check.summary = Text::tr("All %n trained; next due %1", nullptr, int(people->size()))
                        .arg(ReadinessInput::date(earliest));
    return check;
}

} // namespace

namespace ReadinessChecks {

Status drills(const ReadinessInput &in, QList<ReadinessCheck> &out)
{
    for (const auto step : {&halfYears, &retention, &actions, &training}) {
        const auto check = step(in);
        if (!check)
            return check.takeError();
        out.append(*check);
    }
    return {};
}

} // namespace ReadinessChecks

} // namespace dd
