// RosterRepository: replacing the whole roster (the JSON import) and exporting it.
#include "audit/audit_log.h"
#include "roster/roster_json.h"
#include "roster/roster_repository.h"
#include "roster/roster_store_rows.h"
#include "roster/roster_validation.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QHash>
#include <QSet>

namespace dd {

using namespace rosterrows;

namespace {

QJsonObject counts(qsizetype roles, qsizetype rotations, qsizetype overrides, qsizetype leave)
{
    return {{QStringLiteral("roles"), qint64(roles)},
            {QStringLiteral("rotations"), qint64(rotations)},
            {QStringLiteral("overrides"), qint64(overrides)},
            {QStringLiteral("leave"), qint64(leave)}};
}

} // namespace

Status RosterRepository::replaceAll(const Actor &actor, const RosterData &data,
                                    const QString &source)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    auto prefixed = [](const QString &where, const Status &s) -> Status {
        return fail(QStringLiteral("%1: %2").arg(where, s.error()));
    };
    for (qsizetype i = 0; i < data.roles.size(); ++i)
        if (Status s = RosterValidation::checkRole(data.roles.at(i)); !s)
            return prefixed(QStringLiteral("roles[%1]").arg(i), s);
    for (qsizetype i = 0; i < data.rotations.size(); ++i)
        if (Status s = RosterValidation::checkRotation(data.rotations.at(i)); !s)
            return prefixed(QStringLiteral("rotations[%1]").arg(i), s);
    for (qsizetype i = 0; i < data.overrides.size(); ++i)
        if (Status s = RosterValidation::checkOverride(data.overrides.at(i)); !s)
            return prefixed(QStringLiteral("overrides[%1]").arg(i), s);
    for (qsizetype i = 0; i < data.leave.size(); ++i)
        if (Status s = RosterValidation::checkLeave(data.leave.at(i)); !s)
            return prefixed(QStringLiteral("leave[%1]").arg(i), s);

    return m_db.write([&]() -> Status {
        auto before = load();
        if (!before)
            return before.takeError();
        // Roles: matched by key; new ones inserted, existing ones updated (built-in stays).
        QHash<qint64, qint64> roleIds; // id in `data` → id in the database
        QSet<QString> keys;
        for (const DutyRole &existing : before->roles)
            roleIds.insert(existing.id, existing.id);
        for (qsizetype i = 0; i < data.roles.size(); ++i) {
            const DutyRole &r = data.roles.at(i);
            keys.insert(r.key);
            auto found =
                m_db.exec(QStringLiteral("SELECT id FROM duty_roles WHERE key = ?"), {r.key});
            if (!found)
                return found.takeError();
            const QVariantList binds{r.name,
                                     r.nameEn.isNull() ? QStringLiteral("") : r.nameEn,
                                     coverageId(r.coverage),
                                     r.backupRequired ? 1 : 0,
                                     r.swapNeedsApproval ? 1 : 0,
                                     r.sortOrder,
                                     r.key};
            if (found->next()) {
                const qint64 id = found->value(0).toLongLong();
                if (r.id > 0 && r.id != id)
                    return fail(tr("roles[%1]: the role \"%2\" has id %3 here, not %4.")
                                    .arg(i)
                                    .arg(r.key)
                                    .arg(id)
                                    .arg(r.id));
                auto q = m_db.exec(QStringLiteral("UPDATE duty_roles SET name = ?, name_en = ?, "
                                                  "coverage = ?, backup_required = ?, "
                                                  "swap_needs_approval = ?, sort_order = ?, "
                                                  "version = version + 1 WHERE key = ?"),
                                   binds);
                if (!q)
                    return q.takeError();
                roleIds.insert(r.id, id);
            } else {
                if (r.id > 0)
                    return fail(
                        tr("roles[%1]: there is no duty role with id %2.").arg(i).arg(r.id));
                auto q = m_db.exec(QStringLiteral("INSERT INTO duty_roles (name, name_en, "
                                                  "coverage, backup_required, "
                                                  "swap_needs_approval, sort_order, key) VALUES "
                                                  "(?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                   binds);
                if (!q)
                    return q.takeError();
                auto returned = insertedId(*q);
                if (!returned)
                    return returned.takeError();
                roleIds.insert(r.id, *returned);
            }
        }
        auto mapRole = [&](qint64 id, const QString &where) -> Result<qint64> {
            if (!roleIds.contains(id))
                return fail(tr("%1: there is no duty role with id %2.").arg(where).arg(id));
            return roleIds.value(id);
        };
        for (const QString &table : {QStringLiteral("roster_overrides"),
                                     QStringLiteral("roster_leave"), QStringLiteral("rotations")}) {
            auto q = m_db.exec(QStringLiteral("DELETE FROM %1").arg(table));
            if (!q)
                return q.takeError();
        }
        // User-defined roles the file no longer has go, unless history refers to them.
        for (const DutyRole &old : before->roles) {
            if (old.builtin || keys.contains(old.key))
                continue;
            auto q = m_db.exec(
                QStringLiteral("DELETE FROM duty_roles WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                               "roster_swaps WHERE role_id = ?) AND NOT EXISTS (SELECT 1 FROM "
                               "roster_handovers WHERE role_id = ?) AND NOT EXISTS (SELECT 1 FROM "
                               "escalation_policies WHERE %1 > 0)")
                    .arg(m_db.position(QStringLiteral("levels"), QStringLiteral("?"))),
                {old.id, old.id, old.id, QStringLiteral("\"role\":\"%1\"").arg(old.key)});
            if (!q)
                return q.takeError();
        }
        const QString now = toStoredTime(m_clock.now());
        for (qsizetype i = 0; i < data.rotations.size(); ++i) {
            Rotation r = data.rotations.at(i);
            const QString where = QStringLiteral("rotations[%1]").arg(i);
            auto role = mapRole(r.roleId, where);
            if (!role)
                return role.takeError();
            for (qsizetype m = 0; m < r.members.size(); ++m)
                if (Status s = requireContact(r.members.at(m),
                                              QStringLiteral("%1.members[%2]").arg(where).arg(m));
                    !s)
                    return s;
            auto q = m_db.exec(
                QStringLiteral("INSERT INTO rotations (role_id, slot, layer, name, "
                               "pattern, start_date, end_date, members, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {*role, slotId(r.slot), r.layer, r.name.isNull() ? QStringLiteral("") : r.name,
                 patternText(r.pattern), r.startDate.toString(Qt::ISODate),
                 r.endDate.isValid() ? r.endDate.toString(Qt::ISODate) : QStringLiteral(""),
                 membersText(r.members), now});
            if (!q)
                return q.takeError();
        }
        for (qsizetype i = 0; i < data.overrides.size(); ++i) {
            RosterOverride o = data.overrides.at(i);
            const QString where = QStringLiteral("overrides[%1]").arg(i);
            auto role = mapRole(o.roleId, where);
            if (!role)
                return role.takeError();
            if (Status s = requireContact(o.contactId, where + QStringLiteral(".person")); !s)
                return s;
            if (o.replacesId > 0)
                if (Status s = requireContact(o.replacesId, where + QStringLiteral(".replaces"));
                    !s)
                    return s;
            if (o.swapId > 0) { // keep the link only to an applied swap of this database
                auto sw = m_db.exec(QStringLiteral("SELECT 1 FROM roster_swaps WHERE id = ? AND "
                                                   "state = 'approved'"),
                                    {o.swapId});
                if (!sw)
                    return sw.takeError();
                if (!sw->next())
                    o.swapId = 0;
            }
            auto q = m_db.exec(
                QStringLiteral("INSERT INTO roster_overrides (role_id, slot, contact_id, "
                               "replaces_id, start_at, end_at, reason, swap_id, created_by, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {*role, slotId(o.slot), o.contactId, nullableId(o.replacesId),
                 toStoredTime(o.start), toStoredTime(o.end),
                 o.reason.isNull() ? QStringLiteral("") : o.reason, nullableId(o.swapId),
                 actor.auditName(), now});
            if (!q)
                return q.takeError();
        }
        for (qsizetype i = 0; i < data.leave.size(); ++i) {
            const Leave &l = data.leave.at(i);
            if (Status s = requireContact(l.contactId, QStringLiteral("leave[%1].person").arg(i));
                !s)
                return s;
            auto q =
                m_db.exec(QStringLiteral("INSERT INTO roster_leave (contact_id, start_at, "
                                         "end_at, kind, note, created_by, created_at) VALUES "
                                         "(?, ?, ?, ?, ?, ?, ?)"),
                          {l.contactId, toStoredTime(l.start), toStoredTime(l.end), l.kind,
                           l.note.isNull() ? QStringLiteral("") : l.note, actor.auditName(), now});
            if (!q)
                return q.takeError();
        }
        QJsonObject after = counts(data.roles.size(), data.rotations.size(), data.overrides.size(),
                                   data.leave.size());
        after.insert(QStringLiteral("source"), source);
        auto logged = m_audit.append(actor, {QStringLiteral("roster.import"),
                                             QStringLiteral("roster"), source,
                                             counts(before->roles.size(), before->rotations.size(),
                                                    before->overrides.size(), before->leave.size()),
                                             after});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Status RosterRepository::importJson(const Actor &actor, const QByteArray &json,
                                    const QString &fileName)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    RosterJsonContext context;
    auto known = roles();
    if (!known)
        return known.takeError();
    context.roles = *known;
    auto names = contactNames();
    if (!names)
        return names.takeError();
    context.contactNames = *names;
    context.resolvePeople = true;
    auto data = RosterJson::parse(json, fileName, context);
    if (!data)
        return data.takeError();
    return replaceAll(actor, *data, fileName);
}

Result<QByteArray> RosterRepository::exportJson() const
{
    auto data = load();
    if (!data)
        return data.takeError();
    auto names = contactNames();
    if (!names)
        return names.takeError();
    return RosterJson::write(*data, *names);
}

} // namespace dd
