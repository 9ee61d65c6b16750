#include "drills/drill.h"

#include <QTime>

namespace dd {

namespace {

struct Named {
    const char *id;
    const char *name;
};

constexpr Named Methods[] = {
    {"tabletop", QT_TRANSLATE_NOOP("dd::Drill", "Tabletop exercise")},
    {"functional", QT_TRANSLATE_NOOP("dd::Drill", "Functional drill")},
    {"full_scale", QT_TRANSLATE_NOOP("dd::Drill", "Full-scale drill")},
    {"switch_over", QT_TRANSLATE_NOOP("dd::Drill", "Switch-over drill")},
};

constexpr Named Statuses[] = {
    {"draft", QT_TRANSLATE_NOOP("dd::Drill", "Draft")},
    {"approved", QT_TRANSLATE_NOOP("dd::Drill", "Approved")},
    {"in_progress", QT_TRANSLATE_NOOP("dd::Drill", "In progress")},
    {"completed", QT_TRANSLATE_NOOP("dd::Drill", "Completed")},
    {"cancelled", QT_TRANSLATE_NOOP("dd::Drill", "Cancelled")},
};

constexpr Named Outcomes[] = {
    {"", QT_TRANSLATE_NOOP("dd::Drill", "Not recorded")},
    {"success", QT_TRANSLATE_NOOP("dd::Drill", "Success")},
    {"partial", QT_TRANSLATE_NOOP("dd::Drill", "Partly successful")},
    {"failed", QT_TRANSLATE_NOOP("dd::Drill", "Failed")},
};

constexpr Named ActionStatuses[] = {
    {"open", QT_TRANSLATE_NOOP("dd::Drill", "Open")},
    {"in_progress", QT_TRANSLATE_NOOP("dd::Drill", "In progress")},
    {"done", QT_TRANSLATE_NOOP("dd::Drill", "Done")},
    {"cancelled", QT_TRANSLATE_NOOP("dd::Drill", "Cancelled")},
};

constexpr Named Topics[] = {
    {"emergency_plan", QT_TRANSLATE_NOOP("dd::Drill", "Emergency plan")},
    {"industry_rules", QT_TRANSLATE_NOOP("dd::Drill", "Industry emergency rules")},
    {"other", QT_TRANSLATE_NOOP("dd::Drill", "Other")},
};

constexpr const char *Parts[] = {
    QT_TRANSLATE_NOOP("dd::Drill", "purpose"),
    QT_TRANSLATE_NOOP("dd::Drill", "content and scenario"),
    QT_TRANSLATE_NOOP("dd::Drill", "time (planned start and end)"),
    QT_TRANSLATE_NOOP("dd::Drill", "participants"),
    QT_TRANSLATE_NOOP("dd::Drill", "method"),
    QT_TRANSLATE_NOOP("dd::Drill", "preparation"),
    QT_TRANSLATE_NOOP("dd::Drill", "statistics and recording requirements"),
    QT_TRANSLATE_NOOP("dd::Drill", "system recovery and verification requirements"),
};

constexpr Named FaultTypes[] = {
    {"trading_outage", QT_TRANSLATE_NOOP("dd::Drill", "Trading system outage")},
    {"market_data", QT_TRANSLATE_NOOP("dd::Drill", "Market data fault")},
    {"network", QT_TRANSLATE_NOOP("dd::Drill", "Network fault")},
    {"data_leak", QT_TRANSLATE_NOOP("dd::Drill", "Data leak")},
    {"cyber_attack", QT_TRANSLATE_NOOP("dd::Drill", "Cyber attack")},
    {"facility", QT_TRANSLATE_NOOP("dd::Drill", "Facility fault (power, cooling, fire)")},
    {"settlement", QT_TRANSLATE_NOOP("dd::Drill", "Settlement fault")},
    {"other", QT_TRANSLATE_NOOP("dd::Drill", "Other")},
};

// Bounds-checked: an out-of-range value (a cast from stored data) gives an empty text.
template <typename E, std::size_t N> QString idOf(const Named (&table)[N], E value)
{
    const auto i = static_cast<std::size_t>(value);
    return i < N ? QString::fromLatin1(table[i].id) : QString();
}

template <typename E, std::size_t N>
std::optional<E> fromId(const Named (&table)[N], const QString &id)
{
    for (std::size_t i = 0; i < N; ++i)
        if (id == QLatin1String(table[i].id))
            return static_cast<E>(i);
    return std::nullopt;
}

template <typename E, std::size_t N> QString nameOf(const Named (&table)[N], E value)
{
    const auto i = static_cast<std::size_t>(value);
    return i < N ? DrillText::tr(table[i].name) : QString();
}

bool blank(const QString &s)
{
    return s.trimmed().isEmpty();
}

} // namespace

QTimeZone DrillRules::zone()
{
    return QTimeZone(8 * 3600);
}

QList<PlanPart> DrillRules::allParts()
{
    return {PlanPart::Purpose, PlanPart::Scenario,    PlanPart::Time,      PlanPart::Participants,
            PlanPart::Method,  PlanPart::Preparation, PlanPart::Recording, PlanPart::Recovery};
}

QList<PlanPart> DrillRules::missing(const Drill &d)
{
    QList<PlanPart> parts;
    if (blank(d.purpose))
        parts << PlanPart::Purpose;
    if (blank(d.scenario))
        parts << PlanPart::Scenario;
    if (!d.plannedStart.isValid() || !d.plannedEnd.isValid() || d.plannedEnd <= d.plannedStart)
        parts << PlanPart::Time;
    if (d.participants.isEmpty())
        parts << PlanPart::Participants;
    if (!d.method)
        parts << PlanPart::Method;
    if (blank(d.preparation))
        parts << PlanPart::Preparation;
    if (blank(d.recordingRequirements))
        parts << PlanPart::Recording;
    if (blank(d.recoveryRequirements))
        parts << PlanPart::Recovery;
    return parts;
}

HalfYear DrillRules::halfYearOf(const QDateTime &t)
{
    const QDate local = t.toTimeZone(zone()).date();
    return {local.year(), local.month() <= 6 ? 1 : 2};
}

QDateTime DrillRules::halfYearStart(const HalfYear &h)
{
    return QDateTime(QDate(h.year, h.half == 1 ? 1 : 7, 1), QTime(0, 0), zone()).toUTC();
}

QDateTime DrillRules::halfYearEnd(const HalfYear &h)
{
    return h.half == 1 ? halfYearStart({h.year, 2}) : halfYearStart({h.year + 1, 1});
}

QDate DrillRules::retainedUntil(const Drill &d)
{
    if (!d.actualStart.isValid()
        && (d.status == DrillStatus::Draft || d.status == DrillStatus::Cancelled))
        return {};
    const QDateTime held = d.heldAt();
    if (!held.isValid())
        return {};
    return held.toTimeZone(zone()).date().addYears(2);
}

bool DrillRules::deletable(const Drill &d, const QDate &today)
{
    const QDate until = retainedUntil(d);
    return !until.isValid() || today > until;
}

QString drillMethodId(DrillMethod method)
{
    return idOf(Methods, method);
}
std::optional<DrillMethod> drillMethodFromId(const QString &id)
{
    return fromId<DrillMethod>(Methods, id);
}
QString drillMethodName(DrillMethod method)
{
    return nameOf(Methods, method);
}
QString drillStatusId(DrillStatus status)
{
    return idOf(Statuses, status);
}
std::optional<DrillStatus> drillStatusFromId(const QString &id)
{
    return fromId<DrillStatus>(Statuses, id);
}
QString drillStatusName(DrillStatus status)
{
    return nameOf(Statuses, status);
}
QString drillOutcomeId(DrillOutcome outcome)
{
    return idOf(Outcomes, outcome);
}
DrillOutcome drillOutcomeFromId(const QString &id)
{
    return fromId<DrillOutcome>(Outcomes, id).value_or(DrillOutcome::None);
}
QString drillOutcomeName(DrillOutcome outcome)
{
    return nameOf(Outcomes, outcome);
}
QString actionStatusId(ActionStatus status)
{
    return idOf(ActionStatuses, status);
}
std::optional<ActionStatus> actionStatusFromId(const QString &id)
{
    return fromId<ActionStatus>(ActionStatuses, id);
}
QString actionStatusName(ActionStatus status)
{
    return nameOf(ActionStatuses, status);
}
QString trainingTopicId(TrainingTopic topic)
{
    return idOf(Topics, topic);
}
std::optional<TrainingTopic> trainingTopicFromId(const QString &id)
{
    return fromId<TrainingTopic>(Topics, id);
}
QString trainingTopicName(TrainingTopic topic)
{
    return nameOf(Topics, topic);
}

QString planPartName(PlanPart part)
{
    return DrillText::tr(Parts[static_cast<int>(part)]);
}

QString halfYearName(const HalfYear &h)
{
    return h.half == 1 ? DrillText::tr("%1 H1 (January–June)").arg(h.year)
                       : DrillText::tr("%1 H2 (July–December)").arg(h.year);
}

QStringList drillFaultTypes()
{
    QStringList ids;
    for (const Named &f : FaultTypes)
        ids << QString::fromLatin1(f.id);
    return ids;
}

QString faultTypeName(const QString &id)
{
    for (const Named &f : FaultTypes)
        if (id == QLatin1String(f.id))
            return DrillText::tr(f.name);
    return id;
}

} // namespace dd
