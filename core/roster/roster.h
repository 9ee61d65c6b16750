#pragma once

#include "roster/roster_types.h"
#include "time/trading_calendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace dd {

// The duty roster algorithm: who holds which slot of which duty role at any instant, where the
// required coverage is not met, and the effective shift blocks for views. Pure: no database, no
// clock; built from a RosterData snapshot.
//
// Semantics (all decided here; the UI, the CLI, the exports and the escalator rely on them):
// - Instants in and out are UTC QDateTimes. Shift times of day and dates are institution local
//   time, a fixed UTC+8 without DST (TradingCalendar::exchangeTimeZone()).
// - Rotation shifts. Kind::Shifts: the pattern's shifts repeat every local day; the first
//   listed shift starts the day's cycle, the others follow at their start times (a pattern
//   need not cover the whole day: the hours it leaves free fall to lower layers or are
//   uncovered). Kind::Daily: one 24 h shift per day from `handoff`. Kind::Weekly: one 7-day
//   shift from `weekday` at `handoff`.
// - A rotation's first shift is the first cycle start on or after startDate 00:00 local (for
//   Shifts/Daily: startDate at the first shift's start / the handoff; for Weekly: the first
//   `weekday` on or after startDate). Its last shift is the last one that starts before
//   endDate 00:00 local (endDate exclusive; null = open-ended); that shift runs to its end.
// - Member index advances one per shift: shift n (n = 0, 1, … from the first shift) is held by
//   members[n % members.size()]. With two shifts a day, members alternate within the day. A
//   rotation without members covers nothing; a member id 0 holds its shifts as nobody (a gap).
// - Layers: for each role and slot, the rotation with the highest layer that has a shift at the
//   instant wins (a higher layer with a partial-day pattern or a limited date range leaves the
//   lower layers in place elsewhere). Equal layers: the later startDate wins, then the higher
//   id, then the later position in RosterData::rotations.
// - Overrides beat rotations for [start, end). Overlapping overrides of one slot: the latest
//   created wins, i.e. the highest id (ids grow with creation; unsaved overrides with id 0
//   rank below saved ones, then by later position in RosterData::overrides). Overrides with
//   contactId 0, invalid times or end <= start are ignored.
// - Leave: a person on leave cannot be on duty. Whoever the slot's winning rule (override or
//   rotation) puts there is checked against their leave; if on leave, the slot is empty
//   (contactId 0, onLeave, leaveContactId = that person) — no lower layer or overridden person
//   steps in; only an override naming someone else fills it. An override naming a person on
//   leave is empty too (it flags the stale override).
// - Coverage a role requires: Always = all time; TradingDays = whole local days (00:00–24:00)
//   that are trading days (TradingCalendar::isTradingDay); BusinessHours = 08:30–17:30 local on
//   working days (TradingCalendar::isWorkingDay). The backup slot is required only when
//   DutyRole::backupRequired.
// - Intervals are half-open [start, end). Computation is exact to the millisecond; with
//   minute-aligned inputs (the UI and imports only produce whole minutes) gaps are exact to the
//   minute and equal a minute-by-minute scan with onDuty().
// - Handover times are the block boundaries of shifts() where the person changes.
struct DutyAssignment {
    Q_DECLARE_TR_FUNCTIONS(dd::DutyAssignment)
public:
    enum class Source { None, Rotation, Override };
    qint64 contactId = 0; // 0 = nobody
    Source source = Source::None;
    qint64 sourceId = 0; // rotation or override id
    // The piece of the timeline this assignment belongs to (UTC): the rotation shift or
    // override interval, cut where another rule, an override or leave takes over. For
    // Source::None, the stretch in which nothing is scheduled. Open ends (nothing ever
    // scheduled) are invalid QDateTimes.
    QDateTime since, until;
    bool onLeave = false; // the scheduled person is on leave (contactId 0, leaveContactId set)
    qint64 leaveContactId = 0;
    QString leaveKind;  // Leave::kind when onLeave
    int layer = 0;      // Source::Rotation: the rotation's layer
    QString sourceName; // rotation name or override reason

    bool isCovered() const { return contactId != 0; }
    // Translated: "rotation 夜班 (layer 2)", "override: sick cover", "rotation 夜班 (layer 2),
    // scheduled person on sick leave". With `contactName`, the person on leave is named.
    QString rule() const;
    QString rule(const std::function<QString(qint64)> &contactName) const;
    bool operator==(const DutyAssignment &) const = default;
};

struct OnDuty {
    qint64 roleId = 0;
    DutyAssignment primary;
    DutyAssignment backup;
    const DutyAssignment &slot(Slot s) const { return s == Slot::Primary ? primary : backup; }
};

// An interval inside a role's required coverage in which a slot has nobody on duty.
struct CoverageGap {
    qint64 roleId = 0;
    Slot slot = Slot::Primary;
    QDateTime start, end;      // UTC
    qint64 leaveContactId = 0; // the scheduled person who is on leave; 0 = nobody scheduled
    bool operator==(const CoverageGap &) const = default;
};

// One effective block of duty: a person holding a slot, after overrides and with leave cut out.
// Consecutive pieces of the same person are merged (source/sourceId are those of the first
// piece); blocks are clipped to the requested range.
struct ShiftBlock {
    qint64 roleId = 0;
    Slot slot = Slot::Primary;
    qint64 contactId = 0;
    QDateTime start, end; // UTC
    DutyAssignment::Source source = DutyAssignment::Source::None;
    qint64 sourceId = 0;
    bool operator==(const ShiftBlock &) const = default;
};

// A shift change: at `at` the slot passes from outgoing to incoming (either may be 0 = nobody).
struct HandoverPoint {
    qint64 roleId = 0;
    Slot slot = Slot::Primary;
    QDateTime at; // UTC
    qint64 outgoingId = 0;
    qint64 incomingId = 0;
    bool operator==(const HandoverPoint &) const = default;
};

class Roster {
public:
    // The calendar is copied (a cheap, implicitly shared value). Roles, rotations, overrides
    // and leave are indexed once here; queries are then lock-free and const (safe to share
    // between threads).
    Roster(RosterData data, const TradingCalendar &calendar);
    Roster(); // empty: no roles

    const RosterData &data() const { return m_data; }
    const TradingCalendar &calendar() const { return m_calendar; }
    const DutyRole *role(qint64 roleId) const;
    const DutyRole *roleByKey(const QString &key) const;

    // Who holds the role's primary and backup slot at t. Unknown role: all empty.
    OnDuty onDuty(qint64 roleId, const QDateTime &t) const;
    DutyAssignment assignment(qint64 roleId, Slot slot, const QDateTime &t) const;

    // Uncovered intervals inside the role's required coverage, from..to clipped; the backup
    // slot too when backupRequired. Sorted by start, then slot; adjacent gap minutes of one slot
    // with the same leaveContactId form one gap.
    QList<CoverageGap> gaps(qint64 roleId, const QDateTime &from, const QDateTime &to) const;
    // All roles: sorted by start, then role order (RosterData::roles), then slot.
    QList<CoverageGap> gaps(const QDateTime &from, const QDateTime &to) const;

    // Effective blocks overlapping [from, to), clipped to it. All roles: in role order, then
    // slot (primary first), then start. Both slots are reported whether or not required.
    QList<ShiftBlock> shifts(const QDateTime &from, const QDateTime &to) const;
    QList<ShiftBlock> shifts(qint64 roleId, const QDateTime &from, const QDateTime &to) const;
    QList<ShiftBlock> shifts(qint64 roleId, Slot slot, const QDateTime &from,
                             const QDateTime &to) const;

    // Person changes of the role's slots at instants in (from, to), sorted by time then slot.
    QList<HandoverPoint> handovers(qint64 roleId, const QDateTime &from, const QDateTime &to) const;

    // The required coverage of a role within [from, to) as sorted disjoint UTC intervals.
    QList<std::pair<QDateTime, QDateTime>> requiredCoverage(qint64 roleId, const QDateTime &from,
                                                            const QDateTime &to) const;

    struct Index; // the precomputed lookup structures (roster_index.h)

private:
    RosterData m_data;
    TradingCalendar m_calendar;
    std::shared_ptr<const Index> m_index; // immutable, shared between copies
};

} // namespace dd
