// RosterRepository: swaps, handover records and the handover-relevant changes.
#include "audit/audit_log.h"
#include "roster/roster_repository.h"
#include "roster/roster_store_rows.h"
#include "roster/roster_validation.h"
#include "storage/database.h"
#include "time/clock.h"

#include <algorithm>

namespace dd {

using namespace rosterrows;

namespace {

bool overlaps(const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart,
              const QDateTime &bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

} // namespace

Result<qint64> RosterRepository::contactOf(const Actor &actor) const
{
    if (actor.kind() != Actor::Kind::Operator || actor.login().isEmpty())
        return qint64(0);
    auto q = m_db.exec(
        QStringLiteral("SELECT id FROM contacts WHERE operator_login = ? ORDER BY active DESC, id"),
        {actor.login()});
    if (!q)
        return q.takeError();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

bool RosterRepository::isDutyLeader(const Actor &actor) const
{
    return actor.hasRole(Role::DutyLeader) || actor.can(Permission::Approve);
}

Result<Swap> RosterRepository::swap(qint64 id) const
{
    auto q = m_db.exec(SelectSwap + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no swap with id %1.").arg(id));
    return swapFrom(*q);
}

Result<QList<Swap>> RosterRepository::swaps(bool openOnly) const
{
    auto q = m_db.exec(
        SelectSwap
        + (openOnly ? QStringLiteral("WHERE state IN ('requested', 'accepted') ") : QString())
        + QStringLiteral("ORDER BY give_start, id"));
    if (!q)
        return q.takeError();
    QList<Swap> all;
    while (q->next())
        all << swapFrom(*q);
    return all;
}

Result<qint64> RosterRepository::requestSwap(const Actor &actor, const Swap &input)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    Swap s = input;
    s.note = s.note.trimmed();
    if (s.roleId == 0)
        return fail(tr("Role: choose the duty role of the shift."));
    if (s.requesterId <= 0 || s.counterpartId <= 0)
        return fail(tr("People: choose who gives the shift away and who takes it."));
    if (s.requesterId == s.counterpartId)
        return fail(tr("People: a person cannot swap with themselves."));
    if (!s.giveStart.isValid() || !s.giveEnd.isValid() || s.giveEnd <= s.giveStart)
        return fail(tr("Shift given: enter a start and a later end."));
    if (s.takeStart.isValid() != s.takeEnd.isValid()
        || (s.takeStart.isValid() && s.takeEnd <= s.takeStart))
        return fail(tr("Shift taken back: enter a start and a later end, or neither."));
    if (s.takeStart.isValid() && overlaps(s.giveStart, s.giveEnd, s.takeStart, s.takeEnd))
        return fail(tr("Shift taken back: it overlaps the shift given away."));
    if (s.giveEnd <= m_clock.now())
        return fail(tr("Shift given: it has already ended."));
    return m_db.write([&]() -> Result<qint64> {
        if (Status st = requireRole(s.roleId); !st)
            return st.takeError();
        if (Status st = requireContact(s.requesterId, tr("Requester")); !st)
            return st.takeError();
        if (Status st = requireContact(s.counterpartId, tr("Counterpart")); !st)
            return st.takeError();
        auto self = contactOf(actor);
        if (!self)
            return self.takeError();
        if (*self != s.requesterId && !isDutyLeader(actor))
            return fail(tr("Only the person giving the shift away, or a duty leader for them, "
                           "can request a swap."));
        s.state = SwapState::Requested;
        s.requestedAt = m_clock.now();
        s.requestedBy = actor.auditName();
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO roster_swaps (role_id, slot, requester_id, counterpart_id, "
                "give_start, give_end, take_start, take_end, state, note, requested_at, "
                "requested_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {s.roleId, slotId(s.slot), s.requesterId, s.counterpartId, toStoredTime(s.giveStart),
             toStoredTime(s.giveEnd), storedOrEmpty(s.takeStart), storedOrEmpty(s.takeEnd),
             swapStateId(s.state), s.note.isNull() ? QStringLiteral("") : s.note,
             toStoredTime(s.requestedAt), s.requestedBy});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 id = *returned;
        auto logged = m_audit.append(actor, {QStringLiteral("roster.swap.request"),
                                             QStringLiteral("roster_swap"),
                                             QString::number(id),
                                             {},
                                             toJson(s)});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status RosterRepository::setSwapState(const Actor &actor, const Swap &before, SwapState state,
                                      const QString &action, const QString &reason)
{
    Swap after = before;
    after.state = state;
    after.decidedAt = m_clock.now();
    after.decidedBy = actor.auditName();
    if (!reason.trimmed().isEmpty())
        after.note =
            after.note.isEmpty() ? reason.trimmed() : after.note + u'\n' + reason.trimmed();
    auto q = m_db.exec(QStringLiteral("UPDATE roster_swaps SET state = ?, note = ?, decided_at = "
                                      "?, decided_by = ? WHERE id = ? AND state = ?"),
                       {swapStateId(state), after.note.isNull() ? QStringLiteral("") : after.note,
                        toStoredTime(after.decidedAt), after.decidedBy, before.id,
                        swapStateId(before.state)});
    if (!q)
        return q.takeError();
    if (q->numRowsAffected() != 1)
        return fail(tr("Swap %1 was changed meanwhile; reload and try again.").arg(before.id));
    auto logged =
        m_audit.append(actor, {action, QStringLiteral("roster_swap"), QString::number(before.id),
                               toJson(before), toJson(after)});
    if (!logged)
        return logged.takeError();
    return {};
}

Status RosterRepository::applySwap(const Actor &actor, const Swap &s)
{
    RosterOverride give;
    give.roleId = s.roleId;
    give.slot = s.slot;
    give.contactId = s.counterpartId;
    give.replacesId = s.requesterId;
    give.start = s.giveStart;
    give.end = s.giveEnd;
    give.reason = tr("Swap %1").arg(s.id);
    give.swapId = s.id;
    if (auto id = insertOverride(actor, give); !id)
        return id.takeError();
    if (s.takeStart.isValid()) {
        RosterOverride take = give;
        take.contactId = s.requesterId;
        take.replacesId = s.counterpartId;
        take.start = s.takeStart;
        take.end = s.takeEnd;
        if (auto id = insertOverride(actor, take); !id)
            return id.takeError();
    }
    return {};
}

Status RosterRepository::acceptSwap(const Actor &actor, qint64 swapId)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto s = swap(swapId);
        if (!s)
            return s.takeError();
        if (s->state != SwapState::Requested)
            return fail(tr("Swap %1 is %2; only a requested swap can be accepted.")
                            .arg(swapId)
                            .arg(swapStateName(s->state)));
        if (s->giveEnd <= m_clock.now())
            return fail(tr("Swap %1: the shift has already ended.").arg(swapId));
        auto self = contactOf(actor);
        if (!self)
            return self.takeError();
        if (*self != s->counterpartId) {
            auto counterpart =
                m_db.exec(QStringLiteral("SELECT name, operator_login FROM contacts WHERE id = ?"),
                          {s->counterpartId});
            if (!counterpart)
                return counterpart.takeError();
            const bool found = counterpart->next();
            const QString name = found ? counterpart->value(0).toString() : QString();
            const bool hasAccount = found && !counterpart->value(1).toString().isEmpty();
            if (hasAccount || !isDutyLeader(actor))
                return fail(tr("Only %1 can accept swap %2 (signed in as themselves); a duty "
                               "leader may record it only for people without a sign-in.")
                                .arg(name)
                                .arg(swapId));
        }
        auto r = role(s->roleId);
        if (!r)
            return r.takeError();
        if (r->swapNeedsApproval)
            return setSwapState(actor, *s, SwapState::Accepted,
                                QStringLiteral("roster.swap.accept"), {});
        if (Status st = setSwapState(actor, *s, SwapState::Approved,
                                     QStringLiteral("roster.swap.accept"), {});
            !st)
            return st;
        s->state = SwapState::Approved;
        return applySwap(actor, *s);
    });
}

Status RosterRepository::approveSwap(const Actor &actor, qint64 swapId)
{
    if (!isDutyLeader(actor))
        return fail(tr("%1 may not approve swaps: that needs a duty leader or an approver.")
                        .arg(actor.displayName()));
    return m_db.write([&]() -> Status {
        auto s = swap(swapId);
        if (!s)
            return s.takeError();
        if (s->state != SwapState::Accepted)
            return fail(tr("Swap %1 is %2; only an accepted swap can be approved.")
                            .arg(swapId)
                            .arg(swapStateName(s->state)));
        if (s->giveEnd <= m_clock.now())
            return fail(tr("Swap %1: the shift has already ended.").arg(swapId));
        auto self = contactOf(actor);
        if (!self)
            return self.takeError();
        if (*self != 0 && (*self == s->requesterId || *self == s->counterpartId))
            return fail(tr("Swap %1: a person taking part in the swap cannot approve it; ask "
                           "another duty leader.")
                            .arg(swapId));
        if (Status st = setSwapState(actor, *s, SwapState::Approved,
                                     QStringLiteral("roster.swap.approve"), {});
            !st)
            return st;
        s->state = SwapState::Approved;
        return applySwap(actor, *s);
    });
}

Status RosterRepository::rejectSwap(const Actor &actor, qint64 swapId, const QString &reason)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed && !isDutyLeader(actor))
        return allowed;
    return m_db.write([&]() -> Status {
        auto s = swap(swapId);
        if (!s)
            return s.takeError();
        if (s->state != SwapState::Requested && s->state != SwapState::Accepted)
            return fail(tr("Swap %1 is %2; it can no longer be rejected.")
                            .arg(swapId)
                            .arg(swapStateName(s->state)));
        auto self = contactOf(actor);
        if (!self)
            return self.takeError();
        if (*self != s->counterpartId && !isDutyLeader(actor))
            return fail(
                tr("Only the counterpart or a duty leader can reject swap %1.").arg(swapId));
        return setSwapState(actor, *s, SwapState::Rejected, QStringLiteral("roster.swap.reject"),
                            reason);
    });
}

Status RosterRepository::cancelSwap(const Actor &actor, qint64 swapId)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto s = swap(swapId);
        if (!s)
            return s.takeError();
        if (s->state == SwapState::Rejected || s->state == SwapState::Cancelled)
            return fail(tr("Swap %1 is already %2.").arg(swapId).arg(swapStateName(s->state)));
        auto self = contactOf(actor);
        if (!self)
            return self.takeError();
        const bool leader = isDutyLeader(actor);
        if (s->state == SwapState::Approved && !leader)
            return fail(
                tr("Swap %1 is already applied; only a duty leader can cancel it.").arg(swapId));
        if (*self != s->requesterId && !leader)
            return fail(tr("Only the requester or a duty leader can cancel swap %1.").arg(swapId));
        if (s->state == SwapState::Approved) {
            auto made = m_db.exec(SelectOverride + QStringLiteral("WHERE swap_id = ?"), {swapId});
            if (!made)
                return made.takeError();
            QList<RosterOverride> list;
            while (made->next())
                list << overrideFrom(*made);
            for (const RosterOverride &o : list) {
                auto d =
                    m_db.exec(QStringLiteral("DELETE FROM roster_overrides WHERE id = ?"), {o.id});
                if (!d)
                    return d.takeError();
                auto logged = m_audit.append(actor, {QStringLiteral("roster.override.remove"),
                                                     QStringLiteral("roster_override"),
                                                     QString::number(o.id),
                                                     toJson(o),
                                                     {}});
                if (!logged)
                    return logged.takeError();
            }
        }
        return setSwapState(actor, *s, SwapState::Cancelled, QStringLiteral("roster.swap.cancel"),
                            {});
    });
}

// --- Handovers ---------------------------------------------------------------------------------

Result<qint64> RosterRepository::recordHandover(const Actor &actor, const Handover &input)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    Handover h = input;
    h.openItems = h.openItems.trimmed();
    if (!h.at.isValid())
        return fail(tr("Time: enter when the shift changed."));
    if (h.outgoingId <= 0 && h.incomingId <= 0)
        return fail(tr("People: name the outgoing or the incoming person."));
    if (h.outgoingId > 0 && h.outgoingId == h.incomingId)
        return fail(tr("People: the outgoing and the incoming person must differ."));
    return m_db.write([&]() -> Result<qint64> {
        if (Status st = requireRole(h.roleId); !st)
            return st.takeError();
        if (h.outgoingId > 0)
            if (Status st = requireContact(h.outgoingId, tr("Outgoing")); !st)
                return st.takeError();
        if (h.incomingId > 0)
            if (Status st = requireContact(h.incomingId, tr("Incoming")); !st)
                return st.takeError();
        h.recordedBy = actor.auditName();
        h.recordedAt = m_clock.now();
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO roster_handovers (role_id, outgoing_id, "
                                     "incoming_id, at, open_items, recorded_by, "
                                     "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      {h.roleId, nullableId(h.outgoingId), nullableId(h.incomingId),
                       toStoredTime(h.at), h.openItems.isNull() ? QStringLiteral("") : h.openItems,
                       h.recordedBy, toStoredTime(h.recordedAt)});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 id = *returned;
        auto logged = m_audit.append(actor, {QStringLiteral("roster.handover.record"),
                                             QStringLiteral("roster_handover"),
                                             QString::number(id),
                                             {},
                                             toJson(h)});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Result<QList<Handover>> RosterRepository::handovers(const QDateTime &from,
                                                    const QDateTime &to) const
{
    auto q =
        m_db.exec(SelectHandover
                      + QStringLiteral("WHERE (? = '' OR at >= ?) AND (? = '' OR at < ?) "
                                       "ORDER BY at, id"),
                  {storedOrEmpty(from), storedOrEmpty(from), storedOrEmpty(to), storedOrEmpty(to)});
    if (!q)
        return q.takeError();
    QList<Handover> all;
    while (q->next())
        all << handoverFrom(*q);
    return all;
}

// --- Handover-relevant changes -----------------------------------------------------------------

Result<QList<RosterChange>> RosterRepository::changesWithin(const QDateTime &now, int days) const
{
    const QDateTime end = now.addDays(std::max(days, 0));
    const QString from = toStoredTime(now);
    const QString to = toStoredTime(end);
    QList<RosterChange> changes;

    auto o = m_db.exec(SelectOverride
                           + QStringLiteral("WHERE swap_id IS NULL AND end_at > ? AND start_at "
                                            "<= ? ORDER BY start_at, id"),
                       {from, to});
    if (!o)
        return o.takeError();
    while (o->next()) {
        const RosterOverride ov = overrideFrom(*o);
        changes << RosterChange{RosterChange::Kind::Override,
                                ov.id,
                                ov.roleId,
                                ov.slot,
                                ov.contactId,
                                ov.replacesId,
                                ov.start,
                                ov.end,
                                ov.reason,
                                SwapState::Requested,
                                fromStoredTime(o->value(10).toString()),
                                o->value(9).toString()};
    }

    auto l = m_db.exec(
        SelectLeave + QStringLiteral("WHERE end_at > ? AND start_at <= ? ORDER BY start_at, id"),
        {from, to});
    if (!l)
        return l.takeError();
    while (l->next()) {
        const Leave lv = leaveFrom(*l);
        changes << RosterChange{RosterChange::Kind::Leave,
                                lv.id,
                                0,
                                Slot::Primary,
                                lv.contactId,
                                0,
                                lv.start,
                                lv.end,
                                lv.note.isEmpty()
                                    ? RosterValidation::leaveKindName(lv.kind)
                                    : tr("%1: %2", "leave kind: note")
                                          .arg(RosterValidation::leaveKindName(lv.kind), lv.note),
                                SwapState::Requested,
                                fromStoredTime(l->value(7).toString()),
                                l->value(6).toString()};
    }

    auto s =
        m_db.exec(SelectSwap
                      + QStringLiteral("WHERE state IN ('requested', 'accepted', 'approved') AND "
                                       "((give_end > ? AND give_start <= ?) OR (take_start <> '' "
                                       "AND take_end > ? AND take_start <= ?)) ORDER BY "
                                       "give_start, id"),
                  {from, to, from, to});
    if (!s)
        return s.takeError();
    while (s->next()) {
        const Swap sw = swapFrom(*s);
        QDateTime start = sw.giveStart;
        QDateTime finish = sw.giveEnd;
        if (sw.takeStart.isValid()) {
            start = std::min(start, sw.takeStart);
            finish = std::max(finish, sw.takeEnd);
        }
        changes << RosterChange{RosterChange::Kind::Swap,
                                sw.id,
                                sw.roleId,
                                sw.slot,
                                sw.requesterId,
                                sw.counterpartId,
                                start,
                                finish,
                                sw.note,
                                sw.state,
                                sw.decidedAt.isValid() ? sw.decidedAt : sw.requestedAt,
                                sw.decidedBy.isEmpty() ? sw.requestedBy : sw.decidedBy};
    }
    std::stable_sort(
        changes.begin(), changes.end(),
        [](const RosterChange &a, const RosterChange &b) { return a.start < b.start; });
    return changes;
}

} // namespace dd
