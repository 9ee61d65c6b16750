#include "roster/roster_repository.h"

#include "audit/audit_log.h"
#include "roster/roster_json.h"
#include "roster/roster_store_rows.h"
#include "roster/roster_validation.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QHash>
#include <QSet>

namespace dd {

using namespace rosterrows;

namespace {

// Bounds of an interval query: "" = unbounded.
QVariantList rangeBinds(const QDateTime &from, const QDateTime &to)
{
    const QString f = storedOrEmpty(from);
    const QString t = storedOrEmpty(to);
    return {f, f, t, t};
}

const QString RangeWhere = QStringLiteral("(? = '' OR end_at > ?) AND (? = '' OR start_at < ?) ");

} // namespace

RosterRepository::RosterRepository(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Result<RosterData> RosterRepository::load() const
{
    RosterData data;
    auto roleList = roles();
    if (!roleList)
        return roleList.takeError();
    data.roles = *roleList;
    auto rotationList = rotations();
    if (!rotationList)
        return rotationList.takeError();
    data.rotations = *rotationList;
    auto overrideList = overrides();
    if (!overrideList)
        return overrideList.takeError();
    data.overrides = *overrideList;
    auto leaveList = leave();
    if (!leaveList)
        return leaveList.takeError();
    data.leave = *leaveList;
    return data;
}

Result<QHash<qint64, RosterPerson>> RosterRepository::people() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, duty_phone, mobile, office_phone, "
                                      "operator_login, active FROM contacts"));
    if (!q)
        return q.takeError();
    QHash<qint64, RosterPerson> all;
    while (q->next()) {
        RosterPerson p;
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        for (int column : {2, 3, 4}) {
            if (p.phone.isEmpty())
                p.phone = q->value(column).toString();
        }
        p.operatorLogin = q->value(5).toString();
        p.active = q->value(6).toBool();
        all.insert(p.id, p);
    }
    return all;
}

Result<QHash<qint64, QString>> RosterRepository::contactNames() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name FROM contacts"));
    if (!q)
        return q.takeError();
    QHash<qint64, QString> names;
    while (q->next())
        names.insert(q->value(0).toLongLong(), q->value(1).toString());
    return names;
}

Status RosterRepository::requireRole(qint64 roleId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM duty_roles WHERE id = ?"), {roleId});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("Role: there is no duty role with id %1.").arg(roleId));
    return {};
}

Status RosterRepository::requireContact(qint64 contactId, const QString &field) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM contacts WHERE id = ?"), {contactId});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(
            tr("%1: there is no person with id %2 in the contacts.").arg(field).arg(contactId));
    return {};
}

// --- Roles -------------------------------------------------------------------------------------

Result<QList<DutyRole>> RosterRepository::roles() const
{
    auto q = m_db.exec(SelectRole + QStringLiteral("ORDER BY sort_order, id"));
    if (!q)
        return q.takeError();
    QList<DutyRole> all;
    while (q->next())
        all << roleFrom(*q);
    return all;
}

Result<DutyRole> RosterRepository::role(qint64 id) const
{
    auto q = m_db.exec(SelectRole + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no duty role with id %1.").arg(id));
    return roleFrom(*q);
}

Result<DutyRole> RosterRepository::roleByKey(const QString &key) const
{
    auto q = m_db.exec(SelectRole + QStringLiteral("WHERE key = ?"), {key});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no duty role \"%1\".").arg(key));
    return roleFrom(*q);
}

Result<qint64> RosterRepository::saveRole(const Actor &actor, const DutyRole &input)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    DutyRole r = input;
    r.key = r.key.trimmed();
    r.name = r.name.trimmed();
    r.nameEn = r.nameEn.trimmed();
    if (Status valid = RosterValidation::checkRole(r); !valid)
        return valid.takeError();
    return m_db.write([&]() -> Result<qint64> {
        QJsonObject before;
        if (r.id > 0) {
            // Locked until commit (PostgreSQL): of two desks saving at once, the second sees
            // the first one's version.
            auto locked = m_db.exec(QStringLiteral("SELECT version FROM duty_roles WHERE id = ?")
                                        + m_db.forUpdate(),
                                    {r.id});
            if (!locked)
                return locked.takeError();
            auto old = role(r.id);
            if (!old)
                return old.takeError();
            if (old->version != r.version)
                return m_audit.staleEdit(old->displayName(), QStringLiteral("duty_role"),
                                         QString::number(r.id), r.version, old->version,
                                         {QStringLiteral("roster.role.save")});
            if (old->builtin && old->key != r.key)
                return fail(tr("Key: the built-in role \"%1\" keeps its key.").arg(old->key));
            r.builtin = old->builtin;
            before = toJson(*old);
        } else {
            r.builtin = false;
        }
        auto clash = m_db.exec(
            QStringLiteral("SELECT id FROM duty_roles WHERE key = ? AND id <> ?"), {r.key, r.id});
        if (!clash)
            return clash.takeError();
        if (clash->next())
            return fail(tr("Key: another duty role already uses \"%1\".").arg(r.key));
        const QVariantList binds{r.key,
                                 r.name,
                                 r.nameEn.isNull() ? QStringLiteral("") : r.nameEn,
                                 coverageId(r.coverage),
                                 r.backupRequired ? 1 : 0,
                                 r.swapNeedsApproval ? 1 : 0,
                                 r.sortOrder};
        qint64 id = r.id;
        if (id > 0) {
            auto q = m_db.exec(QStringLiteral("UPDATE duty_roles SET key = ?, name = ?, name_en = "
                                              "?, coverage = ?, backup_required = ?, "
                                              "swap_needs_approval = ?, sort_order = ?, "
                                              "version = version + 1 WHERE id = ?"),
                               binds + QVariantList{id});
            if (!q)
                return q.takeError();
        } else {
            auto q =
                m_db.exec(QStringLiteral("INSERT INTO duty_roles (key, name, name_en, "
                                         "coverage, backup_required, swap_needs_approval, "
                                         "sort_order) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                          binds);
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            id = *returned;
        }
        auto logged =
            m_audit.append(actor, {QStringLiteral("roster.role.save"), QStringLiteral("duty_role"),
                                   QString::number(id), before, toJson(r)});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status RosterRepository::removeRole(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = role(id);
        if (!old)
            return old.takeError();
        if (old->builtin)
            return fail(tr("The built-in duty role \"%1\" cannot be removed.").arg(old->name));
        auto used =
            m_db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM rotations WHERE role_id = ?) + "
                                     "(SELECT COUNT(*) FROM roster_overrides WHERE role_id = ?) + "
                                     "(SELECT COUNT(*) FROM roster_swaps WHERE role_id = ?) + "
                                     "(SELECT COUNT(*) FROM roster_handovers WHERE role_id = ?)"),
                      {id, id, id, id});
        if (!used)
            return used.takeError();
        if (used->next() && used->value(0).toLongLong() > 0)
            return fail(tr("The duty role \"%1\" is used by rotations, overrides, swaps or "
                           "handover records; remove those first.")
                            .arg(old->name));
        auto policies =
            m_db.exec(QStringLiteral("SELECT name FROM escalation_policies WHERE %1 > 0")
                          .arg(m_db.position(QStringLiteral("levels"), QStringLiteral("?"))),
                      {QStringLiteral("\"role\":\"%1\"").arg(old->key)});
        if (!policies)
            return policies.takeError();
        if (policies->next())
            return fail(tr("The duty role \"%1\" is a level of the escalation policy \"%2\".")
                            .arg(old->name, policies->value(0).toString()));
        auto q = m_db.exec(QStringLiteral("DELETE FROM duty_roles WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("roster.role.remove"),
                                             QStringLiteral("duty_role"),
                                             QString::number(id),
                                             toJson(*old),
                                             {}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

// --- Rotations ---------------------------------------------------------------------------------

Result<QList<Rotation>> RosterRepository::rotations(qint64 roleId) const
{
    auto q = m_db.exec(SelectRotation
                           + QStringLiteral("WHERE ? = 0 OR role_id = ? ORDER BY role_id, slot, "
                                            "layer, start_date, id"),
                       {roleId, roleId});
    if (!q)
        return q.takeError();
    QList<Rotation> all;
    while (q->next()) {
        auto r = rotationFrom(*q);
        if (!r)
            return r.takeError();
        all << *r;
    }
    return all;
}

Result<Rotation> RosterRepository::rotation(qint64 id) const
{
    auto q = m_db.exec(SelectRotation + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no rotation with id %1.").arg(id));
    return rotationFrom(*q);
}

Result<qint64> RosterRepository::saveRotation(const Actor &actor, const Rotation &input)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    Rotation r = input;
    r.name = r.name.trimmed();
    if (Status valid = RosterValidation::checkRotation(r); !valid)
        return valid.takeError();
    return m_db.write([&]() -> Result<qint64> {
        if (Status s = requireRole(r.roleId); !s)
            return s.takeError();
        for (qsizetype i = 0; i < r.members.size(); ++i)
            if (Status s = requireContact(r.members.at(i), tr("Members, %1").arg(i + 1)); !s)
                return s.takeError();
        QJsonObject before;
        if (r.id > 0) {
            auto locked = m_db.exec(QStringLiteral("SELECT version FROM rotations WHERE id = ?")
                                        + m_db.forUpdate(),
                                    {r.id});
            if (!locked)
                return locked.takeError();
            auto old = rotation(r.id);
            if (!old)
                return old.takeError();
            if (old->version != r.version)
                return m_audit.staleEdit(
                    old->name.isEmpty() ? tr("The rotation #%1").arg(r.id) : old->name,
                    QStringLiteral("rotation"), QString::number(r.id), r.version, old->version,
                    {QStringLiteral("roster.rotation.save")});
            before = toJson(*old);
        }
        const QVariantList binds{r.roleId,
                                 slotId(r.slot),
                                 r.layer,
                                 r.name.isNull() ? QStringLiteral("") : r.name,
                                 patternText(r.pattern),
                                 r.startDate.toString(Qt::ISODate),
                                 r.endDate.isValid() ? r.endDate.toString(Qt::ISODate)
                                                     : QStringLiteral(""),
                                 membersText(r.members),
                                 toStoredTime(m_clock.now())};
        qint64 id = r.id;
        if (id > 0) {
            auto q = m_db.exec(QStringLiteral("UPDATE rotations SET role_id = ?, slot = ?, layer "
                                              "= ?, name = ?, pattern = ?, start_date = ?, "
                                              "end_date = ?, members = ?, updated_at = ?, "
                                              "version = version + 1 WHERE id = ?"),
                               binds + QVariantList{id});
            if (!q)
                return q.takeError();
        } else {
            auto q = m_db.exec(
                QStringLiteral("INSERT INTO rotations (role_id, slot, layer, name, "
                               "pattern, start_date, end_date, members, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                binds);
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            id = *returned;
        }
        auto logged = m_audit.append(actor, {QStringLiteral("roster.rotation.save"),
                                             QStringLiteral("rotation"), QString::number(id),
                                             before, toJson(r)});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status RosterRepository::removeRotation(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = rotation(id);
        if (!old)
            return old.takeError();
        auto q = m_db.exec(QStringLiteral("DELETE FROM rotations WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("roster.rotation.remove"),
                                             QStringLiteral("rotation"),
                                             QString::number(id),
                                             toJson(*old),
                                             {}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

// --- Overrides and leave -----------------------------------------------------------------------

Result<QList<RosterOverride>> RosterRepository::overrides(const QDateTime &from,
                                                          const QDateTime &to) const
{
    auto q = m_db.exec(SelectOverride + QStringLiteral("WHERE ") + RangeWhere
                           + QStringLiteral("ORDER BY start_at, id"),
                       rangeBinds(from, to));
    if (!q)
        return q.takeError();
    QList<RosterOverride> all;
    while (q->next())
        all << overrideFrom(*q);
    return all;
}

Result<qint64> RosterRepository::insertOverride(const Actor &actor, const RosterOverride &o)
{
    if (Status valid = RosterValidation::checkOverride(o); !valid)
        return valid.takeError();
    if (Status s = requireRole(o.roleId); !s)
        return s.takeError();
    if (Status s = requireContact(o.contactId, tr("Person")); !s)
        return s.takeError();
    if (o.replacesId > 0)
        if (Status s = requireContact(o.replacesId, tr("Replaces")); !s)
            return s.takeError();
    const QString now = toStoredTime(m_clock.now());
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO roster_overrides (role_id, slot, contact_id, replaces_id, "
                       "start_at, end_at, reason, swap_id, created_by, created_at) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {o.roleId, slotId(o.slot), o.contactId, nullableId(o.replacesId), toStoredTime(o.start),
         toStoredTime(o.end), o.reason.isNull() ? QStringLiteral("") : o.reason.trimmed(),
         nullableId(o.swapId), actor.auditName(), now});
    if (!q)
        return q.takeError();
    auto returned = insertedId(*q);
    if (!returned)
        return returned.takeError();
    const qint64 id = *returned;
    auto logged = m_audit.append(actor, {QStringLiteral("roster.override.add"),
                                         QStringLiteral("roster_override"),
                                         QString::number(id),
                                         {},
                                         toJson(o)});
    if (!logged)
        return logged.takeError();
    return id;
}

Result<qint64> RosterRepository::addOverride(const Actor &actor, const RosterOverride &o)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (o.swapId != 0)
        return fail(tr("Overrides of a swap are made by approving the swap."));
    return m_db.write([&]() -> Result<qint64> { return insertOverride(actor, o); });
}

Status RosterRepository::removeOverride(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto q = m_db.exec(SelectOverride + QStringLiteral("WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        if (!q->next())
            return fail(tr("There is no override with id %1.").arg(id));
        const RosterOverride old = overrideFrom(*q);
        if (old.swapId != 0)
            return fail(
                tr("This override was made by swap %1; cancel the swap instead.").arg(old.swapId));
        auto d = m_db.exec(QStringLiteral("DELETE FROM roster_overrides WHERE id = ?"), {id});
        if (!d)
            return d.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("roster.override.remove"),
                                             QStringLiteral("roster_override"),
                                             QString::number(id),
                                             toJson(old),
                                             {}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<QList<Leave>> RosterRepository::leave(const QDateTime &from, const QDateTime &to) const
{
    auto q = m_db.exec(SelectLeave + QStringLiteral("WHERE ") + RangeWhere
                           + QStringLiteral("ORDER BY start_at, id"),
                       rangeBinds(from, to));
    if (!q)
        return q.takeError();
    QList<Leave> all;
    while (q->next())
        all << leaveFrom(*q);
    return all;
}

Result<qint64> RosterRepository::addLeave(const Actor &actor, const Leave &l)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (Status valid = RosterValidation::checkLeave(l); !valid)
        return valid.takeError();
    return m_db.write([&]() -> Result<qint64> {
        if (Status s = requireContact(l.contactId, tr("Person")); !s)
            return s.takeError();
        auto q = m_db.exec(QStringLiteral("INSERT INTO roster_leave (contact_id, start_at, "
                                          "end_at, kind, note, created_by, created_at) VALUES "
                                          "(?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                           {l.contactId, toStoredTime(l.start), toStoredTime(l.end), l.kind,
                            l.note.isNull() ? QStringLiteral("") : l.note.trimmed(),
                            actor.auditName(), toStoredTime(m_clock.now())});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 id = *returned;
        auto logged = m_audit.append(actor, {QStringLiteral("roster.leave.add"),
                                             QStringLiteral("roster_leave"),
                                             QString::number(id),
                                             {},
                                             toJson(l)});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status RosterRepository::removeLeave(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto q = m_db.exec(SelectLeave + QStringLiteral("WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        if (!q->next())
            return fail(tr("There is no leave entry with id %1.").arg(id));
        const Leave old = leaveFrom(*q);
        auto d = m_db.exec(QStringLiteral("DELETE FROM roster_leave WHERE id = ?"), {id});
        if (!d)
            return d.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("roster.leave.remove"),
                                             QStringLiteral("roster_leave"),
                                             QString::number(id),
                                             toJson(old),
                                             {}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

} // namespace dd
