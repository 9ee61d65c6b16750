#include "roster/roster_validation.h"

#include <QRegularExpression>

namespace dd {

namespace {

constexpr int MinutesPerDay = 24 * 60;

int minuteOf(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

} // namespace

QString RosterValidation::patternProblem(const ShiftPattern &pattern)
{
    switch (pattern.kind) {
    case ShiftPattern::Kind::Shifts: {
        // As the roster algorithm reads them: in order through the day from the first shift's
        // start, without overlapping, within 24 hours (hours left free are not covered by this
        // rotation).
        if (pattern.shifts.isEmpty())
            return tr("a shift pattern needs at least one shift");
        int used = 0;
        const int first =
            pattern.shifts.first().start.isValid() ? minuteOf(pattern.shifts.first().start) : 0;
        for (qsizetype i = 0; i < pattern.shifts.size(); ++i) {
            const auto &s = pattern.shifts.at(i);
            if (!s.start.isValid() || s.start.second() != 0)
                return tr("shift %1 needs a start time HH:MM").arg(i + 1);
            if (s.minutes <= 0 || s.minutes > MinutesPerDay)
                return tr("shift %1 must last more than 0 and at most 24 hours").arg(i + 1);
            const int offset =
                ((minuteOf(s.start) - first) % MinutesPerDay + MinutesPerDay) % MinutesPerDay;
            if (i > 0 && offset < used)
                return tr("shift %1 starts at %2, before the previous shift ends; shifts must "
                          "follow each other through the day")
                    .arg(i + 1)
                    .arg(s.start.toString(QStringLiteral("HH:mm")));
            used = offset + s.minutes;
            if (used > MinutesPerDay)
                return tr("the shifts add up to more than 24 hours from the first shift's start");
        }
        return {};
    }
    case ShiftPattern::Kind::Weekly:
        if (pattern.weekday < 1 || pattern.weekday > 7)
            return tr("the handoff weekday must be 1 (Monday) to 7 (Sunday)");
        [[fallthrough]];
    case ShiftPattern::Kind::Daily:
        if (!pattern.handoff.isValid() || pattern.handoff.second() != 0)
            return tr("the handoff needs a time HH:MM");
        return {};
    }
    return tr("unknown kind of pattern");
}

bool RosterValidation::isRoleKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return re.match(key).hasMatch();
}

Status RosterValidation::checkRole(const DutyRole &role)
{
    if (!isRoleKey(role.key))
        return fail(tr("Key: use lowercase letters, digits and '_', starting with a letter "
                       "(got \"%1\").")
                        .arg(role.key));
    if (role.name.trimmed().isEmpty())
        return fail(tr("Name: give the duty role a name."));
    return {};
}

Status RosterValidation::checkRotation(const Rotation &r)
{
    if (r.roleId == 0)
        return fail(tr("Role: choose the duty role the rotation fills."));
    if (r.layer < 1 || r.layer > 99)
        return fail(tr("Layer: use a whole number from 1 to 99 (higher wins)."));
    if (const QString problem = patternProblem(r.pattern); !problem.isEmpty())
        return fail(tr("Pattern: %1.").arg(problem));
    if (!r.startDate.isValid())
        return fail(tr("Start date: enter the date of the first shift."));
    if (r.endDate.isValid() && r.endDate <= r.startDate)
        return fail(tr("End date: must be after the start date %1 (or empty for open-ended).")
                        .arg(r.startDate.toString(Qt::ISODate)));
    if (r.members.isEmpty())
        return fail(tr("Members: a rotation needs at least one person."));
    for (qint64 id : r.members)
        if (id <= 0)
            return fail(tr("Members: every member must be a person from the contacts."));
    return {};
}

Status RosterValidation::checkOverride(const RosterOverride &o)
{
    if (o.roleId == 0)
        return fail(tr("Role: choose the duty role."));
    if (o.contactId <= 0)
        return fail(tr("Person: choose who takes the slot."));
    if (o.replacesId == o.contactId)
        return fail(tr("Replaces: a person cannot replace themselves."));
    if (!o.start.isValid() || !o.end.isValid())
        return fail(tr("Time: enter the start and the end."));
    if (o.end <= o.start)
        return fail(tr("Time: the end must be after the start."));
    return {};
}

Status RosterValidation::checkLeave(const Leave &l)
{
    if (l.contactId <= 0)
        return fail(tr("Person: choose who is away."));
    if (!l.start.isValid() || !l.end.isValid())
        return fail(tr("Time: enter the start and the end."));
    if (l.end <= l.start)
        return fail(tr("Time: the end must be after the start."));
    if (!leaveKinds().contains(l.kind))
        return fail(tr("Kind: expected one of %1 (got \"%2\").")
                        .arg(leaveKinds().join(QStringLiteral(", ")), l.kind));
    return {};
}

QStringList RosterValidation::leaveKinds()
{
    return {QStringLiteral("leave"), QStringLiteral("sick"), QStringLiteral("training"),
            QStringLiteral("unavailable")};
}

QString RosterValidation::leaveKindName(const QString &kind)
{
    if (kind == QLatin1String("leave"))
        return tr("Leave");
    if (kind == QLatin1String("sick"))
        return tr("Sick leave");
    if (kind == QLatin1String("training"))
        return tr("Training");
    if (kind == QLatin1String("unavailable"))
        return tr("Unavailable");
    return kind;
}

} // namespace dd
