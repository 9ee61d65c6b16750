#include "roster/roster_types.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace dd {

namespace {

class RosterText {
    Q_DECLARE_TR_FUNCTIONS(dd::RosterTypes)
};

const QString kTimeFormat = QStringLiteral("HH:mm");

// "08:30" → QTime; invalid QTime when malformed.
QTime parseTimeOfDay(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString s = value.toString().trimmed();
    QTime t = QTime::fromString(s, kTimeFormat);
    if (!t.isValid())
        t = QTime::fromString(s, QStringLiteral("H:mm"));
    return t;
}

int minutesOfDay(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

} // namespace

QString coverageId(Coverage coverage)
{
    switch (coverage) {
    case Coverage::Always: return QStringLiteral("24x7");
    case Coverage::TradingDays: return QStringLiteral("trading_days");
    case Coverage::BusinessHours: return QStringLiteral("business_hours");
    }
    return {};
}

std::optional<Coverage> coverageFromId(const QString &id)
{
    for (Coverage c : {Coverage::Always, Coverage::TradingDays, Coverage::BusinessHours})
        if (coverageId(c) == id)
            return c;
    return std::nullopt;
}

QString coverageName(Coverage coverage)
{
    switch (coverage) {
    case Coverage::Always: return RosterText::tr("7×24");
    case Coverage::TradingDays: return RosterText::tr("Trading days");
    case Coverage::BusinessHours: return RosterText::tr("Business hours (08:30–17:30)");
    }
    return {};
}

QString slotId(Slot slot)
{
    return slot == Slot::Primary ? QStringLiteral("primary") : QStringLiteral("backup");
}

std::optional<Slot> slotFromId(const QString &id)
{
    if (id == QLatin1String("primary"))
        return Slot::Primary;
    if (id == QLatin1String("backup"))
        return Slot::Backup;
    return std::nullopt;
}

QString slotName(Slot slot)
{
    return slot == Slot::Primary ? RosterText::tr("Primary") : RosterText::tr("Backup");
}

QString DutyRole::displayName() const
{
    if (QLocale().language() == QLocale::Chinese || nameEn.isEmpty())
        return name;
    return nameEn;
}

Result<ShiftPattern> ShiftPattern::fromJson(const QJsonObject &json, const QString &path)
{
    ShiftPattern p;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    auto handoff = [&](ShiftPattern &into) -> Status {
        const QJsonValue v = json.value(QStringLiteral("handoff"));
        if (v.isUndefined())
            return {}; // default 08:30
        const QTime t = parseTimeOfDay(v);
        if (!t.isValid())
            return fail(
                RosterText::tr("%1.handoff: expected a time of day such as \"08:30\"").arg(path));
        into.handoff = t;
        return {};
    };
    if (kind == QLatin1String("daily")) {
        p.kind = Kind::Daily;
        if (Status s = handoff(p); !s)
            return s.takeError();
        return p;
    }
    if (kind == QLatin1String("weekly")) {
        p.kind = Kind::Weekly;
        if (Status s = handoff(p); !s)
            return s.takeError();
        const QJsonValue wd = json.value(QStringLiteral("weekday"));
        if (!wd.isUndefined()) {
            const double d = wd.toDouble(-1);
            if (!wd.isDouble() || d != std::floor(d) || d < 1 || d > 7)
                return fail(RosterText::tr("%1.weekday: expected a weekday number 1 (Monday) to "
                                           "7 (Sunday)")
                                .arg(path));
            p.weekday = static_cast<int>(d);
        }
        return p;
    }
    if (kind != QLatin1String("shifts"))
        return fail(
            RosterText::tr("%1.kind: expected \"shifts\", \"daily\" or \"weekly\"").arg(path));

    p.kind = Kind::Shifts;
    const QJsonValue sv = json.value(QStringLiteral("shifts"));
    if (!sv.isArray() || sv.toArray().isEmpty())
        return fail(RosterText::tr("%1.shifts: expected a non-empty array of shifts").arg(path));
    const QJsonArray arr = sv.toArray();
    int firstStart = 0;
    int used = 0; // minutes from the first shift's start to the end of the previous shift
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString here = QStringLiteral("%1.shifts[%2]").arg(path).arg(i);
        if (!arr.at(i).isObject())
            return fail(
                RosterText::tr("%1: expected an object with \"start\" and \"hours\"").arg(here));
        const QJsonObject o = arr.at(i).toObject();
        ShiftTime st;
        st.start = parseTimeOfDay(o.value(QStringLiteral("start")));
        if (!st.start.isValid())
            return fail(
                RosterText::tr("%1.start: expected a time of day such as \"08:30\"").arg(here));
        const QJsonValue hv = o.value(QStringLiteral("hours"));
        const QJsonValue mv = o.value(QStringLiteral("minutes"));
        if (hv.isDouble())
            st.minutes = static_cast<int>(std::lround(hv.toDouble() * 60.0));
        else if (mv.isDouble())
            st.minutes = static_cast<int>(std::lround(mv.toDouble()));
        else
            st.minutes = -1;
        if (st.minutes <= 0 || st.minutes > 24 * 60)
            return fail(RosterText::tr("%1.hours: expected a length between 1 minute and 24 "
                                       "hours")
                            .arg(here));
        const int start = minutesOfDay(st.start);
        if (i == 0)
            firstStart = start;
        const int offset = ((start - firstStart) % 1440 + 1440) % 1440;
        if (i > 0 && offset < used)
            return fail(RosterText::tr("%1.start: shifts must follow each other through the day "
                                       "without overlapping (this one starts before the previous "
                                       "one ends)")
                            .arg(here));
        used = offset + st.minutes;
        if (used > 24 * 60)
            return fail(RosterText::tr("%1.hours: the shifts of one day must not add up to more "
                                       "than 24 hours from the first shift's start")
                            .arg(here));
        p.shifts.append(st);
    }
    return p;
}

QJsonObject ShiftPattern::toJson() const
{
    QJsonObject o;
    switch (kind) {
    case Kind::Shifts: {
        o.insert(QStringLiteral("kind"), QStringLiteral("shifts"));
        QJsonArray arr;
        for (const ShiftTime &st : shifts) {
            QJsonObject s;
            s.insert(QStringLiteral("start"), st.start.toString(kTimeFormat));
            if (st.minutes % 60 == 0)
                s.insert(QStringLiteral("hours"), st.minutes / 60);
            else
                s.insert(QStringLiteral("minutes"), st.minutes);
            arr.append(s);
        }
        o.insert(QStringLiteral("shifts"), arr);
        break;
    }
    case Kind::Daily:
        o.insert(QStringLiteral("kind"), QStringLiteral("daily"));
        o.insert(QStringLiteral("handoff"), handoff.toString(kTimeFormat));
        break;
    case Kind::Weekly:
        o.insert(QStringLiteral("kind"), QStringLiteral("weekly"));
        o.insert(QStringLiteral("weekday"), weekday);
        o.insert(QStringLiteral("handoff"), handoff.toString(kTimeFormat));
        break;
    }
    return o;
}

QString swapStateId(SwapState state)
{
    switch (state) {
    case SwapState::Requested: return QStringLiteral("requested");
    case SwapState::Accepted: return QStringLiteral("accepted");
    case SwapState::Approved: return QStringLiteral("approved");
    case SwapState::Rejected: return QStringLiteral("rejected");
    case SwapState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<SwapState> swapStateFromId(const QString &id)
{
    for (SwapState s : {SwapState::Requested, SwapState::Accepted, SwapState::Approved,
                        SwapState::Rejected, SwapState::Cancelled})
        if (swapStateId(s) == id)
            return s;
    return std::nullopt;
}

QString swapStateName(SwapState state)
{
    switch (state) {
    case SwapState::Requested: return RosterText::tr("Requested");
    case SwapState::Accepted: return RosterText::tr("Accepted");
    case SwapState::Approved: return RosterText::tr("Approved");
    case SwapState::Rejected: return RosterText::tr("Rejected");
    case SwapState::Cancelled: return RosterText::tr("Cancelled");
    }
    return {};
}

} // namespace dd
