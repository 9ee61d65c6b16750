// ContactRepository: units (internal departments and related external units).
#include "audit/audit_log.h"
#include "contacts/contact_records.h"
#include "contacts/contact_repository.h"
#include "contacts/phone_numbers.h"
#include "storage/database.h"
#include "time/clock.h"

namespace dd {

using namespace records;

// ---- Units ----------------------------------------------------------------------------------

Result<QList<Unit>> ContactRepository::units() const
{
    auto q = m_db.exec(SelectUnit + QStringLiteral("ORDER BY sort_order, name"));
    if (!q)
        return q.takeError();
    QList<Unit> all;
    while (q->next())
        all << unitFrom(*q);
    return all;
}

Result<Unit> ContactRepository::unit(qint64 id) const
{
    auto q = m_db.exec(SelectUnit + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no unit #%1.").arg(id));
    return unitFrom(*q);
}

Result<qint64> ContactRepository::saveUnit(const Actor &actor, const Unit &input)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    Unit u = input;
    u.name = u.name.trimmed();
    u.address = cleanText(u.address);
    u.notes = cleanText(u.notes);
    if (u.name.isEmpty())
        return fail(tr("Unit name: enter the name of the department or unit."));
    auto phone = PhoneNumbers::normalize(u.phone, PhoneKind::Any, tr("Unit phone"));
    if (!phone)
        return phone.takeError();
    u.phone = phone->isNull() ? QStringLiteral("") : *phone;

    return m_db.write([&]() -> Result<qint64> {
        auto same = m_db.exec(QStringLiteral("SELECT id FROM units WHERE name = ? AND id <> ?"),
                              {u.name, u.id});
        if (!same)
            return same.takeError();
        if (same->next())
            return fail(tr("Unit name: there is already a unit called \"%1\".").arg(u.name));
        const QString now = toStoredTime(m_clock.now());
        if (u.id == 0) {
            auto q = m_db.exec(
                QStringLiteral(
                    "INSERT INTO units (name, kind, address, phone, notes, sort_order, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {u.name, unitKindId(u.kind), u.address, u.phone, u.notes, u.sortOrder, now, now});
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            u.id = *returned;
            auto logged = m_audit.append(actor, {QStringLiteral("unit.create"),
                                                 QStringLiteral("unit"),
                                                 QString::number(u.id),
                                                 {},
                                                 toJson(u)});
            if (!logged)
                return logged.takeError();
            if (Status s = recordChange(m_db, m_clock, actor, QStringLiteral("unit"), u.id, u.id,
                                        tr("New unit %1 (%2).").arg(u.name, unitKindName(u.kind)));
                !s)
                return s.takeError();
            return u.id;
        }
        // Locked until commit (PostgreSQL): of two desks saving at once, the second sees the
        // first one's version.
        auto locked = m_db.exec(
            QStringLiteral("SELECT version FROM units WHERE id = ?") + m_db.forUpdate(), {u.id});
        if (!locked)
            return locked.takeError();
        auto old = unit(u.id);
        if (!old)
            return old.takeError();
        if (old->version != u.version)
            return m_audit.staleEdit(old->name, QStringLiteral("unit"), QString::number(u.id),
                                     u.version, old->version, {QStringLiteral("unit.update")});
        if (toJson(*old) == toJson(u))
            return u.id;
        auto q = m_db.exec(
            QStringLiteral("UPDATE units SET name = ?, kind = ?, address = ?, "
                           "phone = ?, notes = ?, sort_order = ?, updated_at = ?, "
                           "version = version + 1 WHERE id = ?"),
            {u.name, unitKindId(u.kind), u.address, u.phone, u.notes, u.sortOrder, now, u.id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("unit.update"), QStringLiteral("unit"),
                                             QString::number(u.id), toJson(*old), toJson(u)});
        if (!logged)
            return logged.takeError();
        QStringList parts;
        if (old->name != u.name)
            parts << tr("name %1").arg(arrow(old->name, u.name));
        if (old->kind != u.kind)
            parts << tr("kind %1").arg(arrow(unitKindName(old->kind), unitKindName(u.kind)));
        if (old->address != u.address)
            parts << tr("address %1").arg(arrow(old->address, u.address));
        if (old->phone != u.phone)
            parts << tr("phone %1")
                         .arg(arrow(PhoneNumbers::display(old->phone),
                                    PhoneNumbers::display(u.phone)));
        if (!parts.isEmpty())
            if (Status s = recordChange(m_db, m_clock, actor, QStringLiteral("unit"), u.id, u.id,
                                        tr("Unit %1: %2.").arg(u.name, parts.join(tr("; "))));
                !s)
                return s.takeError();
        return u.id;
    });
}

Status ContactRepository::removeUnit(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = unit(id);
        if (!old)
            return old.takeError();
        auto used = m_db.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM contacts WHERE unit_id = ?), "
                           "(SELECT count(*) FROM agreements WHERE unit_id = ?), "
                           "(SELECT count(*) FROM notification_communications WHERE unit_id = ?)"),
            {id, id, id});
        if (!used)
            return used.takeError();
        used->next();
        if (const int n = used->value(0).toInt(); n > 0)
            return fail(tr("Unit %1 still has %n contact(s) (also inactive ones); move them to "
                           "another unit first.",
                           nullptr, n)
                            .arg(old->name));
        if (const int n = used->value(1).toInt(); n > 0)
            return fail(
                tr("Unit %1 is party to %n service agreement(s); remove them first.", nullptr, n)
                    .arg(old->name));
        if (used->value(2).toInt() > 0)
            return fail(
                tr("Unit %1 appears in the record of communications and stays.").arg(old->name));
        auto q = m_db.exec(QStringLiteral("DELETE FROM units WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("unit.remove"),
                                             QStringLiteral("unit"),
                                             QString::number(id),
                                             toJson(*old),
                                             {}});
        if (!logged)
            return logged.takeError();
        return recordChange(m_db, m_clock, actor, QStringLiteral("unit"), id, 0,
                            tr("Unit %1 removed.").arg(old->name));
    });
}

} // namespace dd
