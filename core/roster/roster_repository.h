#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "roster/roster_types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace dd {

class AuditLog;
class Clock;
class Database;

// A roster change that the people on duty should know about at handover (an override, leave,
// or a swap that is open or applied), as listed by RosterRepository::changesWithin().
struct RosterChange {
    enum class Kind { Override, Leave, Swap };
    Kind kind = Kind::Override;
    qint64 id = 0;     // of the override, leave or swap
    qint64 roleId = 0; // 0 for leave
    Slot slot = Slot::Primary;
    qint64 contactId = 0;      // who takes over / who is away / the requester
    qint64 otherContactId = 0; // whom they replace / the swap's counterpart; 0 = none
    QDateTime start;
    QDateTime end;
    // The override's reason; the leave's kind, translated, and its note ("Sick leave: 体检");
    // the swap's note.
    QString detail;
    SwapState swapState = SwapState::Requested; // Kind::Swap only
    QDateTime changedAt;
    QString changedBy;
};

// A person as the roster shows them: name and the number to call.
struct RosterPerson {
    qint64 id = 0;
    QString name;
    QString phone; // duty line, then mobile, then office; "" = none
    QString operatorLogin;
    bool active = true;
};

// The roster's storage: duty roles, rotations, overrides, leave, swaps and handover records.
// Every write checks the actor's permission (EditDutyData; approving a swap: Approve or duty
// leader) and is one transaction together with its audit row.
class RosterRepository {
    Q_DECLARE_TR_FUNCTIONS(dd::RosterRepository)
public:
    RosterRepository(Database &db, AuditLog &audit, const Clock &clock);

    // Everything the roster algorithm (dd::Roster) needs.
    Result<RosterData> load() const;
    // The people the roster refers to (all contacts, active or not), by id.
    Result<QHash<qint64, RosterPerson>> people() const;
    Result<QHash<qint64, QString>> contactNames() const;

    // Duty roles, in sort order. Built-in roles may be renamed and their coverage and flags
    // changed, but keep their key and cannot be removed.
    Result<QList<DutyRole>> roles() const;
    Result<DutyRole> role(qint64 id) const;
    Result<DutyRole> roleByKey(const QString &key) const;
    Result<qint64> saveRole(const Actor &actor, const DutyRole &role); // id 0 = new
    // User-defined roles that no rotation, override, swap or handover refers to.
    Status removeRole(const Actor &actor, qint64 id);

    // Rotations; roleId 0 = all roles. Members must be contacts.
    Result<QList<Rotation>> rotations(qint64 roleId = 0) const;
    Result<Rotation> rotation(qint64 id) const;
    Result<qint64> saveRotation(const Actor &actor, const Rotation &rotation); // id 0 = new
    Status removeRotation(const Actor &actor, qint64 id);

    // Overrides and leave touching [from, to) (invalid bounds = unbounded).
    Result<QList<RosterOverride>> overrides(const QDateTime &from = {},
                                            const QDateTime &to = {}) const;
    Result<qint64> addOverride(const Actor &actor, const RosterOverride &o);
    Status removeOverride(const Actor &actor, qint64 id); // refused for swap-made overrides
    Result<QList<Leave>> leave(const QDateTime &from = {}, const QDateTime &to = {}) const;
    Result<qint64> addLeave(const Actor &actor, const Leave &leave);
    Status removeLeave(const Actor &actor, qint64 id);

    // Replaces the roster content (roles by key, all rotations, overrides and leave) with
    // `data` in one transaction: nothing changes when anything in it is refused. Roles with an
    // id <= 0 are new (rotations etc. refer to them by that id); ids > 0 are existing roles.
    Status replaceAll(const Actor &actor, const RosterData &data, const QString &source);
    // Parses a roster JSON file (RosterJson) against this database's roles and contacts and
    // replaces the roster with it.
    Status importJson(const Actor &actor, const QByteArray &json, const QString &fileName);
    Result<QByteArray> exportJson() const;

    // Swaps: requested → accepted by the counterpart → approved by a duty leader where the
    // role needs it (otherwise accepting applies it). Applying creates the overrides.
    // `swap` gives roleId, slot, requesterId, counterpartId, the give interval, optionally the
    // take interval, and a note.
    Result<qint64> requestSwap(const Actor &actor, const Swap &swap);
    // By the counterpart, signed in as themselves; for a counterpart without an operator
    // account, a duty leader may record the acceptance.
    Status acceptSwap(const Actor &actor, qint64 swapId);
    Status approveSwap(const Actor &actor, qint64 swapId);
    // By the counterpart (declining) or a duty leader.
    Status rejectSwap(const Actor &actor, qint64 swapId, const QString &reason = {});
    // By the requester before it is applied, or by a duty leader at any time (an applied swap's
    // overrides are removed).
    Status cancelSwap(const Actor &actor, qint64 swapId);
    Result<Swap> swap(qint64 id) const;
    Result<QList<Swap>> swaps(bool openOnly = false) const;

    // Handover records at shift changes.
    Result<qint64> recordHandover(const Actor &actor, const Handover &handover);
    Result<QList<Handover>> handovers(const QDateTime &from, const QDateTime &to) const;

    // Overrides, leave and swaps (open or applied) whose interval touches [now, now + days]:
    // the handover-relevant events for the roster view and the dashboard, by start time.
    Result<QList<RosterChange>> changesWithin(const QDateTime &now, int days = 7) const;

private:
    Status requireRole(qint64 roleId) const;
    Status requireContact(qint64 contactId, const QString &field) const;
    Result<qint64> insertOverride(const Actor &actor, const RosterOverride &o);
    Result<qint64> contactOf(const Actor &actor) const; // the contact the actor signs in as
    bool isDutyLeader(const Actor &actor) const;
    Status setSwapState(const Actor &actor, const Swap &before, SwapState state,
                        const QString &action, const QString &reason);
    Status applySwap(const Actor &actor, const Swap &swap);

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace dd
