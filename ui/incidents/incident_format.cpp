#include "incidents/incident_format.h"

#include <cmath>

namespace dd {
namespace ui {

namespace {
constexpr qint64 MinuteMs = 60 * 1000;
}

QString IncidentFormat::grade(const QString &gradeId, const GradeLevel *level,
                              const QString &language)
{
    if (level)
        return level->id + u' ' + level->name.text(language);
    if (gradeId.isEmpty() || gradeId == RuleSet::NoGrade)
        return tr("Not graded");
    return gradeId;
}

QString IncidentFormat::time(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString IncidentFormat::shortTime(const QDateTime &utc, const QDateTime &now, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    if (local.date() == now.toTimeZone(zone).date())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("MM-dd HH:mm"));
}

QString IncidentFormat::duration(qint64 seconds)
{
    const qint64 minutes = qMax<qint64>(0, seconds) / 60;
    if (minutes < 1)
        return tr("<1 min");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes % (24 * 60)) / 60);
}

QString IncidentFormat::countdown(const QDateTime &target, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(target);
    if (seconds > 0)
        return tr("in %1").arg(duration(seconds));
    return tr("overdue %1").arg(duration(-seconds));
}

QString IncidentFormat::nextThreshold(const NextThreshold &next, const QDateTime &now,
                                      const QTimeZone &zone, const QString &language)
{
    //: %1 grade name ("Large"), %2 time ("10:45"), %3 countdown ("in 12 min").
    //: zh: "%2 起升级为%1（%3）"
    return tr("Rises to %1 at %2 (%3)")
        .arg(next.level.name.text(language), shortTime(next.at, now, zone),
             countdown(next.at, now));
}

QString IncidentFormat::faultType(const QString &faultType)
{
    if (faultType == QLatin1String("trading_outage"))
        return tr("Trading system outage");
    if (faultType == QLatin1String("market_data"))
        return tr("Market data anomaly");
    if (faultType == QLatin1String("network"))
        return tr("Network failure");
    if (faultType == QLatin1String("data_leak"))
        return tr("Data leak");
    if (faultType == QLatin1String("cyber_attack"))
        return tr("Cyber attack");
    if (faultType == QLatin1String("facility"))
        return tr("Machine room power or cooling");
    if (faultType == QLatin1String("settlement"))
        return tr("Clearing and settlement");
    if (faultType == QLatin1String("other"))
        return tr("Other");
    return faultType; // a type added to the procedure library later: its id
}

QString IncidentFormat::obligationState(ObligationState state)
{
    switch (state) {
    case ObligationState::PendingAnchor: return tr("Not yet due");
    case ObligationState::Due: return tr("Due");
    case ObligationState::Overdue: return tr("Overdue");
    case ObligationState::SubmittedOnTime: return tr("Submitted on time");
    case ObligationState::SubmittedLate: return tr("Submitted late");
    case ObligationState::Waived: return tr("Waived");
    }
    return {};
}

QString IncidentFormat::anchor(DeadlineAnchor anchor)
{
    switch (anchor) {
    case DeadlineAnchor::Detected: return tr("detection");
    case DeadlineAnchor::Graded: return tr("grading");
    case DeadlineAnchor::Recovered: return tr("recovery");
    case DeadlineAnchor::Closed: return tr("closing");
    case DeadlineAnchor::PreliminarySubmitted: return tr("the preliminary report");
    case DeadlineAnchor::WarningLifted: return tr("the warning is lifted");
    }
    return {};
}

QString IncidentFormat::stateAction(IncidentState from, IncidentState to)
{
    switch (to) {
    case IncidentState::Responding:
        return from == IncidentState::Warning ? tr("Promote to incident")
                                              : tr("Down again (relapse)");
    case IncidentState::WarningLifted: return tr("Lift warning");
    case IncidentState::Recovered: return tr("Mark recovered");
    case IncidentState::Investigating: return tr("Start investigation");
    case IncidentState::Closed: return tr("Close incident");
    case IncidentState::Warning: return tr("Back to warning");
    }
    return {};
}

QColor gradeColour(const GradeLevel *level)
{
    if (level) {
        const QColor c = QColor::fromString(level->colour);
        if (c.isValid())
            return c;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor lightTint(const QColor &colour)
{
    // 18% of the colour over white: a hint that leaves black text readable.
    constexpr double share = 0.18;
    const auto mix = [](int c) { return int(255 - (255 - c) * share); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

QColor textColourOn(const QColor &background)
{
    // Relative luminance (WCAG): dark text on light colours, white on dark ones.
    const auto channel = [](double c) {
        c /= 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * channel(background.red()) + 0.7152 * channel(background.green())
                     + 0.0722 * channel(background.blue());
    return l > 0.35 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor obligationStateColour(ObligationState state)
{
    switch (state) {
    case ObligationState::PendingAnchor: return QColor(0x75, 0x75, 0x75);
    case ObligationState::Due: return QColor(0x1f, 0x5f, 0xbf);
    case ObligationState::Overdue: return QColor(0xb3, 0x26, 0x1e);
    case ObligationState::SubmittedOnTime: return QColor(0x1e, 0x7d, 0x32);
    case ObligationState::SubmittedLate: return QColor(0xb2, 0x5c, 0x00);
    case ObligationState::Waived: return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

ObligationState effectiveState(const ObligationStatus &status, const std::optional<QDateTime> &due,
                               const QDateTime &now)
{
    if (status.state == ObligationState::Due && due && *due <= now)
        return ObligationState::Overdue;
    return status.state;
}

std::optional<QDateTime> nextCountdownChange(const QDateTime &now, const QList<QDateTime> &targets)
{
    std::optional<qint64> soonest;
    for (const QDateTime &t : targets) {
        if (!t.isValid())
            continue;
        const qint64 remaining = now.msecsTo(t);
        // Ahead: the whole-minute count drops just after each minute boundary before t.
        // Passed: the overdue count rises at each whole minute after t.
        const qint64 wait =
            remaining > 0 ? remaining % MinuteMs + 1 : MinuteMs - (-remaining) % MinuteMs;
        if (!soonest || wait < *soonest)
            soonest = wait;
    }
    if (!soonest)
        return std::nullopt;
    return now.addMSecs(*soonest);
}

} // namespace ui
} // namespace dd
