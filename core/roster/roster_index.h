#pragma once

// The precomputed lookup structures behind dd::Roster (internal to core/roster). All instants
// are milliseconds since the epoch (UTC); local dates use the fixed UTC+8 offset.

#include "roster/roster.h"

#include <QHash>

#include <limits>
#include <vector>

namespace dd {

namespace rosterdetail {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr qint64 kLocalOffset = 8 * 60 * kMinute; // institution time UTC+8, no DST
constexpr qint64 kMinTime = std::numeric_limits<qint64>::min();
constexpr qint64 kMaxTime = std::numeric_limits<qint64>::max();

inline qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
// UTC ms of local midnight starting `date`.
qint64 localDayStart(const QDate &date);
// The local date containing the instant.
QDate localDate(qint64 ms);

// One rotation in arithmetic form: shift n starts at anchor + (n / S) * period + offsets[n % S]
// and lasts lengths[n % S]; shifts 0 … count-1 exist. Shift ends increase with n.
struct RotationIndex {
    int dataIndex = -1; // into RosterData::rotations
    qint64 id = 0;
    int layer = 0;
    qint64 anchor = 0;
    qint64 period = kDay;
    std::vector<qint64> offsets;
    std::vector<qint64> lengths;
    qint64 count = 0;
    std::vector<qint64> members;

    qint64 shiftsPerCycle() const { return static_cast<qint64>(offsets.size()); }
    qint64 shiftStart(qint64 n) const;
    qint64 shiftEnd(qint64 n) const { return shiftStart(n) + lengths[n % shiftsPerCycle()]; }
    qint64 member(qint64 n) const { return members[n % static_cast<qint64>(members.size())]; }
    // The shift containing t, or -1.
    qint64 shiftAt(qint64 t) const;
    // The last shift ending at or before t, or -1.
    qint64 lastEndingBy(qint64 t) const;
    // The smallest shift start after t (kMaxTime: none).
    qint64 nextStartAfter(qint64 t) const;
    // The largest shift end at or before t (kMinTime: none).
    qint64 lastEndBy(qint64 t) const;
};

// Builds the rotation's arithmetic form; false when it never covers anything.
bool buildRotationIndex(const Rotation &rotation, int dataIndex, RotationIndex &out);

struct TimeSeg {
    qint64 start = 0;
    qint64 end = 0;
    int index = -1; // into RosterData::overrides or RosterData::leave
};

// One slot of one role.
struct Lane {
    std::vector<RotationIndex> rotations; // highest priority first
    std::vector<TimeSeg> overrides;       // sorted, disjoint: the winning override per stretch
};

// A piece of a lane's effective timeline. Stretches without any piece have nobody scheduled.
struct Piece {
    qint64 start = 0;
    qint64 end = 0;
    qint64 contactId = 0;      // 0: nobody (on leave, or a rotation member id 0)
    qint64 leaveContactId = 0; // the scheduled person on leave
    DutyAssignment::Source source = DutyAssignment::Source::None;
    int dataIndex = -1; // rotation or override index in RosterData
};

// Index of the first segment with end > t (segments sorted and disjoint).
std::size_t firstEndingAfter(const std::vector<TimeSeg> &segs, qint64 t);

} // namespace rosterdetail

struct Roster::Index {
    QHash<qint64, int> roleById;           // → index in RosterData::roles
    std::vector<rosterdetail::Lane> lanes; // 2 per role: [2 * roleIndex + slot]
    QHash<qint64, std::vector<rosterdetail::TimeSeg>> leaveByContact; // sorted, merged

    static std::shared_ptr<const Index> build(const RosterData &data);
    const rosterdetail::Lane *lane(qint64 roleId, Slot slot) const;
    const std::vector<rosterdetail::TimeSeg> *leaveOf(qint64 contactId) const;

    // The lane's effective timeline within [from, to), sorted and disjoint.
    void timeline(const rosterdetail::Lane &lane, const RosterData &data, qint64 from, qint64 to,
                  std::vector<rosterdetail::Piece> &out) const;
};

} // namespace dd
