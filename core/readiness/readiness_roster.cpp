// Roster check: the duty leader and the IT lead covered 7×24, primary and backup.
#include "app/backend.h"
#include "readiness/readiness_internal.h"
#include "roster/roster.h"

#include <QTimeZone>

namespace dd {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::Readiness)
};

QString local(const QDateTime &t, const QString &format)
{
    return t.toTimeZone(QTimeZone(8 * 3600)).toString(format);
}

QString gapText(const CoverageGap &gap, const DutyRole &role)
{
    const QString start = local(gap.start, QStringLiteral("MM-dd HH:mm"));
    const QString end = gap.start.toTimeZone(QTimeZone(8 * 3600)).date()
                                == gap.end.toTimeZone(QTimeZone(8 * 3600)).date()
                            ? local(gap.end, QStringLiteral("HH:mm"))
                            : local(gap.end, QStringLiteral("MM-dd HH:mm"));
    return Text::tr("%1–%2 (%3, %4)").arg(start, end, role.displayName(), slotName(gap.slot));
}

} // namespace

namespace ReadinessChecks {

// The two roles the standard names (值班负责人, 信息技术负责人) must be held around the clock for
// the next N days (readiness.period.roster_days), each with a backup, whatever coverage the
// roles are configured with. Gaps between N and N + the warning window make it due soon: the
// rota runs out.
Status roster(const ReadinessInput &in, QList<ReadinessCheck> &out)
{
    ReadinessCheck check = makeCheck(
        "roster.coverage", "值班负责人和信息技术负责人实行7×24小时应急值守", "应急准备·应急值守",
        ReadinessGroups::Duty,
        QT_TRANSLATE_NOOP("dd::Readiness", "Duty leader and IT lead covered 7×24 with backups"),
        "roster", "gaps");
    auto data = in.backend.roster().load();
    if (!data)
        return data.takeError();
    const int days = in.period(ReadinessSettings::RosterDays);
    const int window = in.dueSoonDays();
    const QStringList keys{QStringLiteral("duty_leader"), QStringLiteral("it_lead")};
    QList<DutyRole> roles;
    for (DutyRole &role : data->roles)
        if (keys.contains(role.key)) {
            role.coverage = Coverage::Always;
            role.backupRequired = true;
            roles.append(role);
        }
    const QDateTime from = ReadinessInput::dayStart(in.asOf);
    const QDateTime until = ReadinessInput::dayStart(in.asOf.addDays(days));
    const QDateTime soonUntil = ReadinessInput::dayStart(in.asOf.addDays(days + window));
    check.evidence.append(
        Text::tr("Looked at %1 – %2 (%3 days, %4), primary and backup")
            .arg(ReadinessInput::date(in.asOf), ReadinessInput::date(in.asOf.addDays(days - 1)))
            .arg(days)
            .arg(QString::fromLatin1(ReadinessSettings::RosterDays.key)));
    // A role the standard names but the database lacks is named in words (the key in the
    // evidence, for whoever restores it).
    const QStringList names{Text::tr("Duty leader (值班负责人)"),
                            Text::tr("IT lead (信息技术负责人)")};
    QStringList missingRoles;
    for (int k = 0; k < keys.size(); ++k) {
        bool found = false;
        for (const DutyRole &r : roles)
            found = found || r.key == keys.at(k);
        if (!found) {
            missingRoles.append(names.at(k));
            check.evidence.append(
                Text::tr("No duty role with the key %1: %2").arg(keys.at(k), names.at(k)));
        }
    }
    if (!missingRoles.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary = Text::tr("Duty role missing: %1").arg(ReadinessInput::items(missingRoles));
        out.append(check);
        return {};
    }
    const Roster roster(*data, in.backend.calendar());
    QStringList gapsNow;
    QDate firstLater;
    qint64 minutes = 0;
    for (const DutyRole &role : roles) {
        const QList<CoverageGap> gaps = roster.gaps(role.id, from, soonUntil);
        int inPeriod = 0;
        for (const CoverageGap &gap : gaps) {
            if (gap.start < until) {
                ++inPeriod;
                minutes += gap.start.secsTo(qMin(gap.end, until)) / 60;
                QString line = gapText(gap, role);
                if (gap.leaveContactId != 0) {
                    const auto person = in.backend.contacts().contact(gap.leaveContactId);
                    line += Text::tr(", %1 on leave")
                                .arg(person ? person->name : QString::number(gap.leaveContactId));
                }
                if (gapsNow.size() < 12)
                    check.evidence.append(Text::tr("Gap %1").arg(line));
                gapsNow.append(line);
            } else {
                const QDate d = gap.start.toTimeZone(QTimeZone(8 * 3600)).date();
                if (!firstLater.isValid() || d < firstLater)
                    firstLater = d;
            }
        }
        if (inPeriod == 0)
            check.evidence.append(
                Text::tr("%1: primary and backup covered").arg(role.displayName()));
    }
    if (!gapsNow.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary = Text::tr("%n gap(s), %1 h uncovered: %2", nullptr, int(gapsNow.size()))
                            .arg(QString::number(double(minutes) / 60.0, 'f', 1),
                                 ReadinessInput::findings(gapsNow.mid(0, 3))
                                     + (gapsNow.size() > 3 ? QStringLiteral("…") : QString()));
        out.append(check);
        return {};
    }
    if (firstLater.isValid()) {
        check.status = CheckStatus::DueSoon;
        check.dueBy = firstLater;
        check.summary = Text::tr("Covered for %1 days; the rota has a gap from %2")
                            .arg(days)
                            .arg(ReadinessInput::date(firstLater));
    } else {
        check.status = CheckStatus::Ok;
        check.summary =
            Text::tr("Both roles covered 7×24 with backups for the next %1 days").arg(days);
    }
    out.append(check);
    return {};
}

} // namespace ReadinessChecks

} // namespace dd
