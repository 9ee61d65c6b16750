#include "readiness/readiness_periods.h"

namespace dd {

namespace ReadinessSettings {
QList<ReadinessPeriod> all()
{
    return {HandbookDays,  PlanReviewMonths, RosterDays,          DocumentsCheckDays,
            StocktakeDays, TrainingMonths,   DrillRetentionYears, DueSoonDays};
}
} // namespace ReadinessSettings

const ReadinessPeriod *ReadinessPeriods::find(const QString &key)
{
    static const QList<ReadinessPeriod> periods = ReadinessSettings::all();
    for (const ReadinessPeriod &p : periods)
        if (key == QLatin1String(p.key))
            return &p;
    return nullptr;
}

QString ReadinessPeriods::label(const ReadinessPeriod &period)
{
    return QCoreApplication::translate("dd::ReadinessPeriods", period.label);
}

QString ReadinessPeriods::unitName(const ReadinessPeriod &period)
{
    switch (period.unit) {
    case ReadinessPeriod::Unit::Days: return tr("days");
    case ReadinessPeriod::Unit::Months: return tr("months");
    case ReadinessPeriod::Unit::Years: return tr("years");
    }
    return {};
}

Status ReadinessPeriods::validate(const ReadinessPeriod &period, int value)
{
    if (value >= period.minimum && value <= period.maximum)
        return {};
    QString expected;
    switch (period.unit) {
    case ReadinessPeriod::Unit::Days:
        expected = tr("%1: expected a whole number of days from %2 to %3 (the standard's "
                      "value is %4), not %5.");
        break;
    case ReadinessPeriod::Unit::Months:
        expected = tr("%1: expected a whole number of months from %2 to %3 (the standard's "
                      "value is %4), not %5.");
        break;
    case ReadinessPeriod::Unit::Years:
        expected = tr("%1: expected a whole number of years from %2 to %3 (the standard's "
                      "value is %4), not %5.");
        break;
    }
    return fail(expected.arg(key(period))
                    .arg(period.minimum)
                    .arg(period.maximum)
                    .arg(period.fallback)
                    .arg(value));
}

Result<int> ReadinessPeriods::parse(const ReadinessPeriod &period, const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok) {
        QString expected;
        switch (period.unit) {
        case ReadinessPeriod::Unit::Days:
            expected = tr("%1: expected a whole number of days from %2 to %3, not \"%4\".");
            break;
        case ReadinessPeriod::Unit::Months:
            expected = tr("%1: expected a whole number of months from %2 to %3, not \"%4\".");
            break;
        case ReadinessPeriod::Unit::Years:
            expected = tr("%1: expected a whole number of years from %2 to %3, not \"%4\".");
            break;
        }
        return fail(expected.arg(key(period)).arg(period.minimum).arg(period.maximum).arg(text));
    }
    if (Status valid = validate(period, value); !valid)
        return valid.takeError();
    return value;
}

int ReadinessPeriods::valueOr(const ReadinessPeriod &period, const QString &stored)
{
    bool ok = false;
    const int value = stored.trimmed().toInt(&ok);
    return ok && value >= period.minimum && value <= period.maximum ? value : period.fallback;
}

} // namespace dd
