#pragma once

#include "roster/roster.h"
#include "time/trading_calendar.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>

namespace dd {
namespace test {

// Institution wall-clock time (UTC+8) as a UTC instant.
inline QDateTime bj(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).addSecs(-8 * 3600);
}

inline std::string text(const QDateTime &t)
{
    return t.isValid()
               ? t.addSecs(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString()
               : std::string("invalid");
}

inline const TradingCalendar &calendar()
{
    static const TradingCalendar c = [] {
        auto loaded = TradingCalendar::builtIn();
        if (!loaded) {
            ADD_FAILURE() << loaded.error().toStdString();
            return TradingCalendar();
        }
        return *loaded;
    }();
    return c;
}

inline DutyRole role(qint64 id, Coverage coverage = Coverage::Always, bool backup = false)
{
    DutyRole r;
    r.id = id;
    r.key = QStringLiteral("role%1").arg(id);
    r.name = r.key;
    r.coverage = coverage;
    r.backupRequired = backup;
    return r;
}

inline ShiftPattern dayNight()
{
    ShiftPattern p;
    p.kind = ShiftPattern::Kind::Shifts;
    p.shifts = {{QTime(8, 30), 12 * 60}, {QTime(20, 30), 12 * 60}};
    return p;
}

inline ShiftPattern daily(QTime handoff)
{
    ShiftPattern p;
    p.kind = ShiftPattern::Kind::Daily;
    p.handoff = handoff;
    return p;
}

inline ShiftPattern weekly(int weekday, QTime handoff)
{
    ShiftPattern p;
    p.kind = ShiftPattern::Kind::Weekly;
    p.weekday = weekday;
    p.handoff = handoff;
    return p;
}

inline Rotation rotation(qint64 id, qint64 roleId, ShiftPattern pattern, QDate start,
                         QList<qint64> members, int layer = 1, Slot slot = Slot::Primary)
{
    Rotation r;
    r.id = id;
    r.roleId = roleId;
    r.slot = slot;
    r.layer = layer;
    r.name = QStringLiteral("rot%1").arg(id);
    r.pattern = pattern;
    r.startDate = start;
    r.members = members;
    return r;
}

inline RosterOverride override_(qint64 id, qint64 roleId, qint64 contact, QDateTime start,
                                QDateTime end, Slot slot = Slot::Primary)
{
    RosterOverride o;
    o.id = id;
    o.roleId = roleId;
    o.slot = slot;
    o.contactId = contact;
    o.start = start;
    o.end = end;
    o.reason = QStringLiteral("cover %1").arg(id);
    return o;
}

inline Leave leave(qint64 id, qint64 contact, QDateTime start, QDateTime end,
                   QString kind = QStringLiteral("leave"))
{
    Leave l;
    l.id = id;
    l.contactId = contact;
    l.start = start;
    l.end = end;
    l.kind = kind;
    return l;
}

// Gaps by a minute-by-minute scan with onDuty(), for one role (both slots as required). The
// coverage test is written out independently of the algorithm's own coverage intervals.
inline QList<CoverageGap> bruteForceGaps(const Roster &roster, qint64 roleId, const QDateTime &from,
                                         const QDateTime &to)
{
    QList<CoverageGap> out;
    const DutyRole *r = roster.role(roleId);
    const qint64 f = from.toMSecsSinceEpoch();
    const qint64 e = to.toMSecsSinceEpoch();
    const qint64 minute = 60 * 1000;
    const qint64 local = 8 * 3600 * 1000;
    QDate day;
    bool trading = false, working = false;
    for (Slot slot : {Slot::Primary, Slot::Backup}) {
        if (slot == Slot::Backup && !r->backupRequired)
            continue;
        qint64 gapStart = -1, gapEnd = -1, gapLeave = -1;
        auto flush = [&] {
            if (gapStart >= 0)
                out.append({roleId, slot, QDateTime::fromMSecsSinceEpoch(gapStart, Qt::UTC),
                            QDateTime::fromMSecsSinceEpoch(gapEnd, Qt::UTC), gapLeave});
            gapStart = -1;
        };
        for (qint64 t = f; t < e; t += minute) {
            const qint64 localMinute = (t + local) / minute; // t > 0 here
            const qint64 dayNumber = localMinute / 1440;
            const qint64 minuteOfDay = localMinute % 1440;
            const QDate d = QDate::fromJulianDay(2440588 + dayNumber);
            if (d != day) {
                day = d;
                trading = roster.calendar().isTradingDay(d);
                working = roster.calendar().isWorkingDay(d);
            }
            bool required = true;
            if (r->coverage == Coverage::TradingDays)
                required = trading;
            else if (r->coverage == Coverage::BusinessHours)
                required = working && minuteOfDay >= 8 * 60 + 30 && minuteOfDay < 17 * 60 + 30;
            qint64 leaveId = -1; // -1: covered or not required
            if (required) {
                const DutyAssignment a =
                    roster.assignment(roleId, slot, QDateTime::fromMSecsSinceEpoch(t, Qt::UTC));
                if (a.contactId == 0)
                    leaveId = a.leaveContactId;
            }
            if (leaveId < 0) {
                flush();
                continue;
            }
            if (gapStart >= 0 && gapEnd == t && gapLeave == leaveId) {
                gapEnd = t + minute;
                continue;
            }
            flush();
            gapStart = t;
            gapEnd = t + minute;
            gapLeave = leaveId;
        }
        flush();
    }
    std::stable_sort(out.begin(), out.end(), [](const CoverageGap &a, const CoverageGap &b) {
        return a.start < b.start || (a.start == b.start && a.slot < b.slot);
    });
    return out;
}

} // namespace test

inline void PrintTo(const CoverageGap &g, std::ostream *os)
{
    *os << "gap(role " << g.roleId << (g.slot == Slot::Primary ? " primary " : " backup ")
        << test::text(g.start) << " .. " << test::text(g.end) << " leave " << g.leaveContactId
        << ")";
}

inline void PrintTo(const ShiftBlock &b, std::ostream *os)
{
    *os << "block(role " << b.roleId << (b.slot == Slot::Primary ? " primary " : " backup ")
        << "contact " << b.contactId << " " << test::text(b.start) << " .. " << test::text(b.end)
        << " source " << static_cast<int>(b.source) << "#" << b.sourceId << ")";
}

inline void PrintTo(const HandoverPoint &h, std::ostream *os)
{
    *os << "handover(role " << h.roleId << (h.slot == Slot::Primary ? " primary " : " backup ")
        << test::text(h.at) << " " << h.outgoingId << " -> " << h.incomingId << ")";
}

} // namespace dd
