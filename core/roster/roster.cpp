#include "roster/roster.h"

#include "roster/roster_index.h"

#include <algorithm>

namespace dd {

using namespace rosterdetail;

namespace {

QDateTime fromMs(qint64 ms)
{
    if (ms == kMinTime || ms == kMaxTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString leaveKindText(const QString &kind)
{
    if (kind == QLatin1String("sick"))
        return DutyAssignment::tr("sick leave");
    if (kind == QLatin1String("training"))
        return DutyAssignment::tr("training");
    if (kind == QLatin1String("unavailable"))
        return DutyAssignment::tr("unavailable");
    if (kind.isEmpty() || kind == QLatin1String("leave"))
        return DutyAssignment::tr("leave");
    return kind;
}

struct Interval {
    qint64 start;
    qint64 end;
};

// Required coverage of `role` within [from, to), sorted and disjoint.
void coverage(const DutyRole &role, const TradingCalendar &calendar, qint64 from, qint64 to,
              std::vector<Interval> &out)
{
    out.clear();
    if (from >= to)
        return;
    if (role.coverage == Coverage::Always) {
        out.push_back({from, to});
        return;
    }
    const qint64 businessStart = (8 * 60 + 30) * kMinute;
    const qint64 businessEnd = (17 * 60 + 30) * kMinute;
    const QDate last = localDate(to - 1);
    for (QDate d = localDate(from); d <= last; d = d.addDays(1)) {
        qint64 s = localDayStart(d);
        qint64 e = s + kDay;
        if (role.coverage == Coverage::TradingDays) {
            if (!calendar.isTradingDay(d))
                continue;
        } else {
            if (!calendar.isWorkingDay(d))
                continue;
            e = s + businessEnd;
            s += businessStart;
        }
        s = std::max(s, from);
        e = std::min(e, to);
        if (s >= e)
            continue;
        if (!out.empty() && out.back().end == s)
            out.back().end = e;
        else
            out.push_back({s, e});
    }
}

} // namespace

QString DutyAssignment::rule() const
{
    return rule({});
}

QString DutyAssignment::rule(const std::function<QString(qint64)> &contactName) const
{
    QString base;
    switch (source) {
    case Source::None: base = tr("nobody scheduled"); break;
    case Source::Rotation:
        base = tr("rotation %1 (layer %2)")
                   .arg(sourceName.isEmpty() ? QStringLiteral("#%1").arg(sourceId) : sourceName)
                   .arg(layer);
        break;
    case Source::Override:
        base = sourceName.isEmpty() ? tr("override") : tr("override: %1").arg(sourceName);
        break;
    }
    if (!onLeave)
        return base;
    const QString name = contactName ? contactName(leaveContactId) : QString();
    if (name.isEmpty())
        return tr("%1, scheduled person on %2").arg(base, leaveKindText(leaveKind));
    return tr("%1, %2 on %3").arg(base, name, leaveKindText(leaveKind));
}

Roster::Roster(RosterData data, const TradingCalendar &calendar)
    : m_data(std::move(data))
    , m_calendar(calendar)
    , m_index(Index::build(m_data))
{}

Roster::Roster()
    : Roster(RosterData{}, TradingCalendar{})
{}

const DutyRole *Roster::role(qint64 roleId) const
{
    const auto it = m_index->roleById.constFind(roleId);
    return it == m_index->roleById.cend() ? nullptr : &m_data.roles.at(it.value());
}

const DutyRole *Roster::roleByKey(const QString &key) const
{
    for (const DutyRole &r : m_data.roles)
        if (r.key == key)
            return &r;
    return nullptr;
}

OnDuty Roster::onDuty(qint64 roleId, const QDateTime &t) const
{
    OnDuty d;
    d.roleId = roleId;
    d.primary = assignment(roleId, Slot::Primary, t);
    d.backup = assignment(roleId, Slot::Backup, t);
    return d;
}

DutyAssignment Roster::assignment(qint64 roleId, Slot slot, const QDateTime &at) const
{
    DutyAssignment a;
    const Lane *lane = m_index->lane(roleId, slot);
    if (!lane || !at.isValid())
        return a;
    const qint64 t = at.toMSecsSinceEpoch();
    qint64 lo = kMinTime;
    qint64 hi = kMaxTime;

    // Overrides first.
    const std::vector<TimeSeg> &ovr = lane->overrides;
    const std::size_t oi = firstEndingAfter(ovr, t);
    if (oi < ovr.size() && ovr[oi].start <= t) {
        const RosterOverride &o = m_data.overrides.at(ovr[oi].index);
        lo = ovr[oi].start;
        hi = ovr[oi].end;
        a.contactId = o.contactId;
        a.source = DutyAssignment::Source::Override;
        a.sourceId = o.id;
        a.sourceName = o.reason;
    } else {
        if (oi > 0)
            lo = ovr[oi - 1].end;
        if (oi < ovr.size())
            hi = ovr[oi].start;
        for (const RotationIndex &r : lane->rotations) {
            const qint64 n = r.shiftAt(t);
            if (n < 0) {
                // A higher layer not on duty now still bounds the stretch.
                lo = std::max(lo, r.lastEndBy(t));
                hi = std::min(hi, r.nextStartAfter(t));
                continue;
            }
            const qint64 s = r.shiftStart(n);
            lo = std::max(lo, s);
            hi = std::min(hi, s + r.lengths[n % r.shiftsPerCycle()]);
            const Rotation &rot = m_data.rotations.at(r.dataIndex);
            a.contactId = r.member(n);
            a.source = DutyAssignment::Source::Rotation;
            a.sourceId = rot.id;
            a.sourceName = rot.name;
            a.layer = rot.layer;
            break;
        }
    }

    if (a.contactId != 0) {
        if (const std::vector<TimeSeg> *leave = m_index->leaveOf(a.contactId)) {
            const std::size_t li = firstEndingAfter(*leave, t);
            if (li < leave->size() && (*leave)[li].start <= t) {
                lo = std::max(lo, (*leave)[li].start);
                hi = std::min(hi, (*leave)[li].end);
                a.onLeave = true;
                a.leaveContactId = a.contactId;
                a.leaveKind = m_data.leave.at((*leave)[li].index).kind;
                a.contactId = 0;
            } else {
                if (li > 0)
                    lo = std::max(lo, (*leave)[li - 1].end);
                if (li < leave->size())
                    hi = std::min(hi, (*leave)[li].start);
            }
        }
    }
    a.since = fromMs(lo);
    a.until = fromMs(hi);
    return a;
}

QList<CoverageGap> Roster::gaps(qint64 roleId, const QDateTime &from, const QDateTime &to) const
{
    QList<CoverageGap> out;
    const DutyRole *r = role(roleId);
    if (!r || !from.isValid() || !to.isValid() || from >= to)
        return out;
    const qint64 f = from.toMSecsSinceEpoch();
    const qint64 e = to.toMSecsSinceEpoch();
    std::vector<Interval> cover;
    coverage(*r, m_calendar, f, e, cover);
    std::vector<Piece> pieces;
    for (Slot slot : {Slot::Primary, Slot::Backup}) {
        if (slot == Slot::Backup && !r->backupRequired)
            continue;
        m_index->timeline(*m_index->lane(roleId, slot), m_data, f, e, pieces);
        qint64 lastEnd = kMinTime;
        qint64 lastLeave = -1;
        auto addGap = [&](qint64 s, qint64 en, qint64 leave) {
            if (s >= en)
                return;
            if (s == lastEnd && leave == lastLeave) {
                out.last().end = fromMs(en);
            } else {
                out.append({roleId, slot, fromMs(s), fromMs(en), leave});
            }
            lastEnd = en;
            lastLeave = leave;
        };
        std::size_t p = 0;
        for (const Interval &c : cover) {
            while (p < pieces.size() && pieces[p].end <= c.start)
                ++p;
            qint64 cur = c.start;
            while (cur < c.end) {
                if (p < pieces.size() && pieces[p].start <= cur) {
                    const qint64 end = std::min(pieces[p].end, c.end);
                    if (pieces[p].contactId == 0)
                        addGap(cur, end, pieces[p].leaveContactId);
                    cur = end;
                    if (pieces[p].end <= c.end)
                        ++p;
                } else {
                    const qint64 end = p < pieces.size() ? std::min(pieces[p].start, c.end) : c.end;
                    addGap(cur, end, 0);
                    cur = end;
                }
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const CoverageGap &a, const CoverageGap &b) {
        return a.start < b.start || (a.start == b.start && a.slot < b.slot);
    });
    return out;
}

QList<CoverageGap> Roster::gaps(const QDateTime &from, const QDateTime &to) const
{
    QList<CoverageGap> out;
    for (const DutyRole &r : m_data.roles)
        out.append(gaps(r.id, from, to));
    // Role order is the order appended; keep it for equal starts.
    std::stable_sort(out.begin(), out.end(),
                     [](const CoverageGap &a, const CoverageGap &b) { return a.start < b.start; });
    return out;
}

QList<ShiftBlock> Roster::shifts(qint64 roleId, Slot slot, const QDateTime &from,
                                 const QDateTime &to) const
{
    QList<ShiftBlock> out;
    const Lane *lane = m_index->lane(roleId, slot);
    if (!lane || !from.isValid() || !to.isValid() || from >= to)
        return out;
    std::vector<Piece> pieces;
    m_index->timeline(*lane, m_data, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), pieces);
    qint64 lastEnd = kMinTime;
    qint64 lastContact = 0;
    for (const Piece &p : pieces) {
        if (p.contactId == 0)
            continue;
        if (p.start == lastEnd && p.contactId == lastContact) {
            out.last().end = fromMs(p.end);
        } else {
            const qint64 sourceId = p.source == DutyAssignment::Source::Override
                                        ? m_data.overrides.at(p.dataIndex).id
                                        : m_data.rotations.at(p.dataIndex).id;
            out.append(
                {roleId, slot, p.contactId, fromMs(p.start), fromMs(p.end), p.source, sourceId});
        }
        lastEnd = p.end;
        lastContact = p.contactId;
    }
    return out;
}

QList<ShiftBlock> Roster::shifts(qint64 roleId, const QDateTime &from, const QDateTime &to) const
{
    QList<ShiftBlock> out = shifts(roleId, Slot::Primary, from, to);
    out.append(shifts(roleId, Slot::Backup, from, to));
    return out;
}

QList<ShiftBlock> Roster::shifts(const QDateTime &from, const QDateTime &to) const
{
    QList<ShiftBlock> out;
    for (const DutyRole &r : m_data.roles)
        out.append(shifts(r.id, from, to));
    return out;
}

QList<HandoverPoint> Roster::handovers(qint64 roleId, const QDateTime &from,
                                       const QDateTime &to) const
{
    QList<HandoverPoint> out;
    for (Slot slot : {Slot::Primary, Slot::Backup}) {
        const QList<ShiftBlock> blocks = shifts(roleId, slot, from, to);
        qint64 current = 0; // who holds the slot just before the next block
        QDateTime currentEnd = from;
        for (const ShiftBlock &b : blocks) {
            if (currentEnd.isValid() && currentEnd < b.start && current != 0) {
                if (currentEnd > from)
                    out.append({roleId, slot, currentEnd, current, 0});
                current = 0;
            }
            if (b.start > from && b.contactId != current)
                out.append({roleId, slot, b.start, current, b.contactId});
            current = b.contactId;
            currentEnd = b.end;
        }
        if (current != 0 && currentEnd < to)
            out.append({roleId, slot, currentEnd, current, 0});
    }
    std::stable_sort(out.begin(), out.end(), [](const HandoverPoint &a, const HandoverPoint &b) {
        return a.at < b.at || (a.at == b.at && a.slot < b.slot);
    });
    return out;
}

QList<std::pair<QDateTime, QDateTime>>
Roster::requiredCoverage(qint64 roleId, const QDateTime &from, const QDateTime &to) const
{
    QList<std::pair<QDateTime, QDateTime>> out;
    const DutyRole *r = role(roleId);
    if (!r || !from.isValid() || !to.isValid())
        return out;
    std::vector<Interval> cover;
    coverage(*r, m_calendar, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), cover);
    for (const Interval &c : cover)
        out.append({fromMs(c.start), fromMs(c.end)});
    return out;
}

} // namespace dd
