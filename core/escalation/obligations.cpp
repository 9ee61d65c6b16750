#include "escalation/obligations.h"

#include <QSet>

#include <algorithm>

namespace dd {

namespace {

constexpr qint64 MsPerMinute = 60'000;
// A guard against absurd inputs (a progress series of more than a year of hourly reports).
constexpr int MaxRepeats = 10'000;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QSet<QString> definitionIds(const RuleSet &rules, const QString &gradeId)
{
    QSet<QString> ids;
    const QList<ObligationDefinition> definitions = rules.obligations(gradeId);
    for (const ObligationDefinition &d : definitions)
        ids.insert(d.id);
    return ids;
}

// Due time first (pending last); equal due times keep their order (file order, sequence).
void sortByDue(QList<ObligationInstance> &list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const ObligationInstance &a, const ObligationInstance &b) {
                         if (a.due.has_value() != b.due.has_value())
                             return a.due.has_value();
                         return a.due && *a.due < *b.due;
                     });
}

} // namespace

std::optional<QDateTime> IncidentAnchors::at(DeadlineAnchor anchor) const
{
    switch (anchor) {
    case DeadlineAnchor::Detected: return detected;
    case DeadlineAnchor::Graded: return graded;
    case DeadlineAnchor::Recovered: return recovered;
    case DeadlineAnchor::Closed: return closed;
    case DeadlineAnchor::PreliminarySubmitted: return preliminarySubmitted;
    case DeadlineAnchor::WarningLifted: return warningLifted;
    }
    return std::nullopt;
}

QString ObligationInstance::key() const
{
    return gradeId + u'/' + definitionId + u'#' + QString::number(sequence);
}

Recipient ObligationPlanner::resolveRecipient(Recipient recipient, InstitutionType institutionType)
{
    if (recipient != Recipient::Regulator)
        return recipient;
    return isCoreInstitution(institutionType) ? Recipient::Csrc : Recipient::LocalCsrcBureau;
}

QDateTime ObligationPlanner::dueTime(const ObligationDefinition &definition,
                                     const QDateTime &anchor, int workingDayDeadlineMinute,
                                     const TradingCalendar &calendar)
{
    if (definition.unit == DeadlineUnit::Minutes)
        return utc(anchor.toMSecsSinceEpoch() + definition.amount * MsPerMinute);
    const QTimeZone zone = TradingCalendar::exchangeTimeZone();
    const QDate day = calendar.addWorkingDays(anchor.toTimeZone(zone).date(), definition.amount);
    // 24:00 is the first instant of the next calendar day.
    const QDateTime due =
        workingDayDeadlineMinute >= 24 * 60
            ? QDateTime(day.addDays(1), QTime(0, 0), zone)
            : QDateTime(day, QTime(workingDayDeadlineMinute / 60, workingDayDeadlineMinute % 60),
                        zone);
    return due.toUTC();
}

QList<ObligationInstance> ObligationPlanner::plan(const RuleSet &rules, const QString &gradeId,
                                                  const IncidentAnchors &anchors,
                                                  const QDateTime &now,
                                                  const TradingCalendar &calendar,
                                                  InstitutionType institutionType)
{
    QList<ObligationInstance> out;
    const QList<ObligationDefinition> definitions = rules.obligations(gradeId);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const ObligationDefinition &d : definitions) {
        ObligationInstance base;
        base.gradeId = gradeId;
        base.definitionId = d.id;
        base.recipient = resolveRecipient(d.recipient, institutionType);
        base.form = d.form;
        base.alsoMetBy = d.alsoMetBy;
        base.anchor = d.anchor;
        base.description = d.description;

        const std::optional<QDateTime> anchorAt = anchors.at(d.anchor);
        if (!anchorAt) {
            // The supplementary report arises only from a filed preliminary report.
            if (d.anchor != DeadlineAnchor::PreliminarySubmitted)
                out.append(base);
            continue;
        }
        base.anchorAt = anchorAt->toUTC();
        if (!d.repeatMinutes) {
            base.due = dueTime(d, *anchorAt, rules.reporting.workingDayDeadlineMinute, calendar);
            out.append(base);
            continue;
        }
        // A progress series: while down, up to now and the next one; after recovery, those due
        // before it.
        const qint64 first = anchorAt->toMSecsSinceEpoch() + d.amount * MsPerMinute;
        const qint64 step = *d.repeatMinutes * MsPerMinute;
        const bool recovered = anchors.recovered.has_value();
        const qint64 recoveredMs = recovered ? anchors.recovered->toMSecsSinceEpoch() : 0;
        for (int n = 0; n < MaxRepeats; ++n) {
            const qint64 due = first + n * step;
            if (recovered && due >= recoveredMs)
                break;
            ObligationInstance instance = base;
            instance.sequence = n + 1;
            instance.due = utc(due);
            out.append(instance);
            if (!recovered && due > nowMs)
                break;
        }
    }
    sortByDue(out);
    return out;
}

QList<ObligationInstance>
ObligationPlanner::planHistory(const RuleSet &rules, const QList<GradeChange> &history,
                               const IncidentAnchors &anchors, const QDateTime &now,
                               const TradingCalendar &calendar, InstitutionType institutionType,
                               const QHash<QString, QDateTime> &submissions)
{
    QList<ObligationInstance> out;
    QSet<QString> keys;
    QSet<QString> earlierIds;
    for (qsizetype k = 0; k < history.size(); ++k) {
        const GradeChange &period = history[k];
        QSet<QString> laterIds;
        for (qsizetype j = k + 1; j < history.size(); ++j)
            laterIds.unite(definitionIds(rules, history[j].gradeId));
        const std::optional<QDateTime> periodEnd =
            k + 1 < history.size() ? std::optional<QDateTime>(history[k + 1].at) : std::nullopt;

        IncidentAnchors periodAnchors = anchors;
        periodAnchors.graded = period.at;
        const QList<ObligationInstance> planned =
            plan(rules, period.gradeId, periodAnchors, now, calendar, institutionType);
        for (ObligationInstance instance : planned) {
            const bool submitted = submissions.contains(instance.key());
            if (!submitted && k > 0 && instance.due && *instance.due < period.at) {
                if (earlierIds.contains(instance.definitionId))
                    continue;
                instance.due = period.at.toUTC();
            }
            if (!submitted && periodEnd && laterIds.contains(instance.definitionId)
                && !(instance.due && *instance.due < *periodEnd))
                continue;
            if (keys.contains(instance.key()))
                continue;
            keys.insert(instance.key());
            out.append(instance);
        }
        earlierIds.unite(definitionIds(rules, period.gradeId));
    }
    sortByDue(out);
    return out;
}

} // namespace dd
