#include "roster/roster_index.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace dd {

namespace rosterdetail {

namespace {

constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
constexpr qint64 kOpenEnded = std::numeric_limits<qint64>::max() / 4;

qint64 timeOfDayMs(const QTime &t)
{
    return t.isValid() ? t.msecsSinceStartOfDay() : 0;
}

} // namespace

qint64 localDayStart(const QDate &date)
{
    return (date.toJulianDay() - kEpochJulianDay) * kDay - kLocalOffset;
}

QDate localDate(qint64 ms)
{
    return QDate::fromJulianDay(floorDiv(ms + kLocalOffset, kDay) + kEpochJulianDay);
}

qint64 RotationIndex::shiftStart(qint64 n) const
{
    const qint64 s = shiftsPerCycle();
    return anchor + (n / s) * period + offsets[n % s];
}

qint64 RotationIndex::shiftAt(qint64 t) const
{
    if (t < anchor || count == 0)
        return -1;
    const qint64 d = t - anchor;
    const qint64 k = d / period;
    const qint64 r = d % period;
    // The last shift of the cycle starting at or before r (offsets[0] == 0).
    const auto it = std::upper_bound(offsets.begin(), offsets.end(), r);
    const qint64 j = (it - offsets.begin()) - 1;
    if (r >= offsets[j] + lengths[j])
        return -1; // a free stretch of a partial-day pattern
    const qint64 n = k * shiftsPerCycle() + j;
    return n < count ? n : -1;
}

qint64 RotationIndex::lastEndingBy(qint64 t) const
{
    if (count == 0 || t < anchor + lengths[0])
        return -1;
    const qint64 d = t - anchor;
    const qint64 k = d / period;
    const qint64 r = d % period;
    qint64 j = shiftsPerCycle() - 1;
    while (j >= 0 && offsets[j] + lengths[j] > r)
        --j;
    const qint64 n = k * shiftsPerCycle() + j; // j == -1: the previous cycle's last shift
    return std::min(n, count - 1);
}

qint64 RotationIndex::nextStartAfter(qint64 t) const
{
    if (count == 0)
        return kMaxTime;
    qint64 n = 0;
    if (t >= anchor) {
        const qint64 d = t - anchor;
        const qint64 k = d / period;
        const qint64 r = d % period;
        const auto it = std::upper_bound(offsets.begin(), offsets.end(), r);
        n = k * shiftsPerCycle() + (it - offsets.begin());
    }
    return n < count ? shiftStart(n) : kMaxTime;
}

qint64 RotationIndex::lastEndBy(qint64 t) const
{
    const qint64 n = lastEndingBy(t);
    return n < 0 ? kMinTime : shiftEnd(n);
}

bool buildRotationIndex(const Rotation &rotation, int dataIndex, RotationIndex &out)
{
    if (!rotation.startDate.isValid() || rotation.members.isEmpty())
        return false;
    out = RotationIndex{};
    out.dataIndex = dataIndex;
    out.id = rotation.id;
    out.layer = rotation.layer;
    out.members.assign(rotation.members.begin(), rotation.members.end());
    const ShiftPattern &p = rotation.pattern;
    switch (p.kind) {
    case ShiftPattern::Kind::Shifts: {
        if (p.shifts.isEmpty())
            return false;
        const qint64 first = timeOfDayMs(p.shifts.first().start);
        out.anchor = localDayStart(rotation.startDate) + first;
        out.period = kDay;
        qint64 used = 0;
        for (const ShiftPattern::ShiftTime &st : p.shifts) {
            const qint64 off = ((timeOfDayMs(st.start) - first) % kDay + kDay) % kDay;
            // Defensive: validated patterns never overlap; overlapping shifts are dropped.
            if (st.minutes <= 0 || (!out.offsets.empty() && off < used))
                continue;
            const qint64 len = std::min<qint64>(st.minutes * kMinute, kDay - off);
            if (len <= 0)
                continue;
            out.offsets.push_back(off);
            out.lengths.push_back(len);
            used = off + len;
        }
        if (out.offsets.empty())
            return false;
        break;
    }
    case ShiftPattern::Kind::Daily:
        out.anchor = localDayStart(rotation.startDate) + timeOfDayMs(p.handoff);
        out.period = kDay;
        out.offsets = {0};
        out.lengths = {kDay};
        break;
    case ShiftPattern::Kind::Weekly: {
        const int weekday = std::clamp(p.weekday, 1, 7);
        const int ahead = ((weekday - rotation.startDate.dayOfWeek()) % 7 + 7) % 7;
        out.anchor = localDayStart(rotation.startDate.addDays(ahead)) + timeOfDayMs(p.handoff);
        out.period = 7 * kDay;
        out.offsets = {0};
        out.lengths = {7 * kDay};
        break;
    }
    }
    if (!rotation.endDate.isValid()) {
        out.count = kOpenEnded;
    } else {
        // Shifts that start before endDate 00:00 local.
        const qint64 limit = localDayStart(rotation.endDate);
        if (limit <= out.anchor)
            return false;
        const qint64 d = limit - 1 - out.anchor;
        const qint64 r = d % out.period;
        const auto it = std::upper_bound(out.offsets.begin(), out.offsets.end(), r);
        out.count = (d / out.period) * out.shiftsPerCycle() + (it - out.offsets.begin());
    }
    return out.count > 0;
}

std::size_t firstEndingAfter(const std::vector<TimeSeg> &segs, qint64 t)
{
    const auto it = std::upper_bound(segs.begin(), segs.end(), t,
                                     [](qint64 v, const TimeSeg &s) { return v < s.end; });
    return static_cast<std::size_t>(it - segs.begin());
}

namespace {

// The winner among overlapping [start, end) intervals per stretch; `rank` orders them.
template <typename Rank> std::vector<TimeSeg> flatten(const std::vector<TimeSeg> &items, Rank rank)
{
    struct Event {
        qint64 at;
        bool open;
        int item;
    };
    std::vector<Event> events;
    events.reserve(items.size() * 2);
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
        events.push_back({items[i].start, true, i});
        events.push_back({items[i].end, false, i});
    }
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.at < b.at; });
    using Key = decltype(rank(0));
    std::set<std::pair<Key, int>> active;
    std::vector<TimeSeg> out;
    for (std::size_t e = 0; e < events.size();) {
        const qint64 at = events[e].at;
        for (; e < events.size() && events[e].at == at; ++e) {
            const auto key = std::make_pair(rank(events[e].item), events[e].item);
            if (events[e].open)
                active.insert(key);
            else
                active.erase(key);
        }
        if (active.empty() || e == events.size())
            continue;
        const int winner = items[active.rbegin()->second].index;
        const qint64 next = events[e].at;
        if (!out.empty() && out.back().end == at && out.back().index == winner)
            out.back().end = next;
        else
            out.push_back({at, next, winner});
    }
    return out;
}

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

} // namespace rosterdetail

using namespace rosterdetail;

std::shared_ptr<const Roster::Index> Roster::Index::build(const RosterData &data)
{
    auto index = std::make_shared<Index>();
    for (int i = 0; i < data.roles.size(); ++i)
        index->roleById.insert(data.roles.at(i).id, i);
    index->lanes.resize(static_cast<std::size_t>(data.roles.size()) * 2);
    auto laneIndex = [&](qint64 roleId, Slot slot) -> int {
        const auto it = index->roleById.constFind(roleId);
        return it == index->roleById.cend() ? -1 : it.value() * 2 + (slot == Slot::Backup);
    };

    for (int i = 0; i < data.rotations.size(); ++i) {
        const Rotation &r = data.rotations.at(i);
        const int l = laneIndex(r.roleId, r.slot);
        RotationIndex ri;
        if (l >= 0 && buildRotationIndex(r, i, ri))
            index->lanes[l].rotations.push_back(std::move(ri));
    }
    for (Lane &lane : index->lanes) {
        std::sort(lane.rotations.begin(), lane.rotations.end(),
                  [&](const RotationIndex &a, const RotationIndex &b) {
                      const Rotation &ra = data.rotations.at(a.dataIndex);
                      const Rotation &rb = data.rotations.at(b.dataIndex);
                      return std::make_tuple(ra.layer, ra.startDate, ra.id, a.dataIndex)
                             > std::make_tuple(rb.layer, rb.startDate, rb.id, b.dataIndex);
                  });
    }

    std::vector<std::vector<TimeSeg>> overridesPerLane(index->lanes.size());
    for (int i = 0; i < data.overrides.size(); ++i) {
        const RosterOverride &o = data.overrides.at(i);
        const int l = laneIndex(o.roleId, o.slot);
        if (l < 0 || o.contactId == 0 || !o.start.isValid() || !o.end.isValid() || o.end <= o.start)
            continue;
        overridesPerLane[l].push_back({toMs(o.start), toMs(o.end), i});
    }
    for (std::size_t l = 0; l < index->lanes.size(); ++l) {
        const std::vector<TimeSeg> &items = overridesPerLane[l];
        // Latest created wins: the highest id, then the later position.
        index->lanes[l].overrides = flatten(items, [&](int item) {
            return std::make_pair(data.overrides.at(items[item].index).id, items[item].index);
        });
    }

    QHash<qint64, std::vector<TimeSeg>> leave;
    for (int i = 0; i < data.leave.size(); ++i) {
        const Leave &lv = data.leave.at(i);
        if (lv.contactId == 0 || !lv.start.isValid() || !lv.end.isValid() || lv.end <= lv.start)
            continue;
        leave[lv.contactId].push_back({toMs(lv.start), toMs(lv.end), i});
    }
    for (auto it = leave.begin(); it != leave.end(); ++it) {
        std::vector<TimeSeg> &segs = it.value();
        std::sort(segs.begin(), segs.end(), [](const TimeSeg &a, const TimeSeg &b) {
            return a.start < b.start || (a.start == b.start && a.end > b.end);
        });
        std::vector<TimeSeg> merged;
        for (const TimeSeg &s : segs) {
            if (!merged.empty() && s.start <= merged.back().end)
                merged.back().end = std::max(merged.back().end, s.end);
            else
                merged.push_back(s);
        }
        index->leaveByContact.insert(it.key(), std::move(merged));
    }
    return index;
}

const Lane *Roster::Index::lane(qint64 roleId, Slot slot) const
{
    const auto it = roleById.constFind(roleId);
    if (it == roleById.cend())
        return nullptr;
    return &lanes[static_cast<std::size_t>(it.value()) * 2 + (slot == Slot::Backup)];
}

const std::vector<TimeSeg> *Roster::Index::leaveOf(qint64 contactId) const
{
    const auto it = leaveByContact.constFind(contactId);
    return it == leaveByContact.cend() ? nullptr : &it.value();
}

namespace {

// `top` wins; `under` fills the stretches `top` leaves free. Both sorted and disjoint.
void overlay(const std::vector<Piece> &top, const std::vector<Piece> &under,
             std::vector<Piece> &out)
{
    out.clear();
    out.reserve(top.size() + under.size());
    std::size_t j = 0;
    auto fill = [&](qint64 hs, qint64 he) {
        while (j < under.size() && under[j].end <= hs)
            ++j;
        for (std::size_t k = j; k < under.size() && under[k].start < he; ++k) {
            Piece p = under[k];
            p.start = std::max(p.start, hs);
            p.end = std::min(p.end, he);
            out.push_back(p);
            if (under[k].end <= he)
                j = k + 1;
        }
    };
    qint64 free = kMinTime;
    for (const Piece &p : top) {
        if (p.start > free)
            fill(free, p.start);
        out.push_back(p);
        free = p.end;
    }
    fill(free, kMaxTime);
}

} // namespace

void Roster::Index::timeline(const Lane &lane, const RosterData &data, qint64 from, qint64 to,
                             std::vector<Piece> &out) const
{
    out.clear();
    if (from >= to)
        return;
    std::vector<Piece> acc, rot, tmp;
    for (const RotationIndex &r : lane.rotations) {
        rot.clear();
        for (qint64 n = r.lastEndingBy(from) + 1; n < r.count; ++n) {
            const qint64 s = r.shiftStart(n);
            if (s >= to)
                break;
            const qint64 e = s + r.lengths[n % r.shiftsPerCycle()];
            rot.push_back({std::max(s, from), std::min(e, to), r.member(n), 0,
                           DutyAssignment::Source::Rotation, r.dataIndex});
        }
        if (rot.empty())
            continue;
        if (acc.empty()) {
            acc.swap(rot);
        } else {
            overlay(acc, rot, tmp);
            acc.swap(tmp);
        }
    }
    if (!lane.overrides.empty()) {
        rot.clear();
        for (std::size_t i = firstEndingAfter(lane.overrides, from);
             i < lane.overrides.size() && lane.overrides[i].start < to; ++i) {
            const TimeSeg &seg = lane.overrides[i];
            rot.push_back({std::max(seg.start, from), std::min(seg.end, to),
                           data.overrides.at(seg.index).contactId, 0,
                           DutyAssignment::Source::Override, seg.index});
        }
        if (!rot.empty()) {
            overlay(rot, acc, tmp);
            acc.swap(tmp);
        }
    }
    // Cut out leave: the scheduled person's leave empties the slot.
    out.reserve(acc.size() + 8);
    for (const Piece &p : acc) {
        const std::vector<TimeSeg> *leave = p.contactId ? leaveOf(p.contactId) : nullptr;
        if (!leave) {
            out.push_back(p);
            continue;
        }
        qint64 cur = p.start;
        for (std::size_t i = firstEndingAfter(*leave, p.start);
             i < leave->size() && (*leave)[i].start < p.end; ++i) {
            const TimeSeg &lv = (*leave)[i];
            if (lv.start > cur) {
                Piece on = p;
                on.start = cur;
                on.end = lv.start;
                out.push_back(on);
            }
            Piece off = p;
            off.start = std::max(cur, lv.start);
            off.end = std::min(p.end, lv.end);
            off.contactId = 0;
            off.leaveContactId = p.contactId;
            out.push_back(off);
            cur = off.end;
        }
        if (cur < p.end) {
            Piece on = p;
            on.start = cur;
            out.push_back(on);
        }
    }
}

} // namespace dd
