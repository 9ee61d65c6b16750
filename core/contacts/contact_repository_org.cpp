// ContactRepository: the emergency organization, the succession order, the notification
// contacts and the service agreements.
#include "audit/audit_log.h"
#include "contacts/contact_records.h"
#include "contacts/contact_repository.h"
#include "contacts/phone_numbers.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dd {

using namespace records;

namespace {

QStringList tasksFrom(const QString &json)
{
    QStringList tasks;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        tasks << v.toString();
    return tasks;
}

QString tasksJson(const QStringList &tasks)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tasks)).toJson(QJsonDocument::Compact));
}

QString slotId(NotificationSlot slot)
{
    return slot == NotificationSlot::Primary ? QStringLiteral("primary") : QStringLiteral("backup");
}

QJsonObject toJson(const NotificationContact &n)
{
    return {{QStringLiteral("slot"), slotId(n.slot)},
            {QStringLiteral("contact_id"), n.contactId},
            {QStringLiteral("duty_phone"), n.dutyPhone},
            {QStringLiteral("fax"), n.fax}};
}

QString labels(const Database &db, const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids) {
        auto label = contactLabel(db, id);
        names << (label ? *label : QStringLiteral("#%1").arg(id));
    }
    return names.join(Text::tr(", "));
}

} // namespace

// Checks that every id is an active contact, none twice; `what` names the field.
static Status checkPeople(const ContactRepository &repo, const QList<qint64> &ids,
                          const QString &what)
{
    QList<qint64> seen;
    for (qint64 id : ids) {
        if (seen.contains(id))
            return fail(Text::tr("%1: contact #%2 is listed twice.").arg(what).arg(id));
        seen << id;
        auto c = repo.contact(id);
        if (!c)
            return fail(Text::tr("%1: there is no contact #%2.").arg(what).arg(id));
        if (!c->active)
            return fail(Text::tr("%1: %2 is no longer active.").arg(what, c->name));
    }
    return {};
}

// ---- Emergency organization -----------------------------------------------------------------

Result<QList<OrgPosition>> ContactRepository::positions() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, body, title, department, is_chair, key_tasks, "
                                      "sort_order, version FROM org_positions ORDER BY "
                                      "body = 'executive', sort_order, id"));
    if (!q)
        return q.takeError();
    QList<OrgPosition> all;
    while (q->next()) {
        OrgPosition p;
        p.id = q->value(0).toLongLong();
        p.body = orgBodyFromId(q->value(1).toString()).value_or(OrgBody::Executive);
        p.title = q->value(2).toString();
        p.department = q->value(3).toString();
        p.chair = q->value(4).toBool();
        p.keyTasks = tasksFrom(q->value(5).toString());
        p.sortOrder = q->value(6).toInt();
        p.version = q->value(7).toLongLong();
        all << p;
    }
    auto m = m_db.exec(QStringLiteral(
        "SELECT position_id, contact_id FROM org_members ORDER BY position_id, sort_order"));
    if (!m)
        return m.takeError();
    while (m->next())
        for (OrgPosition &p : all)
            if (p.id == m->value(0).toLongLong())
                p.members << m->value(1).toLongLong();
    return all;
}

Result<qint64> ContactRepository::savePosition(const Actor &actor, const OrgPosition &input)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    OrgPosition p = input;
    p.title = p.title.trimmed();
    p.department = p.department.trimmed().isEmpty() ? QStringLiteral("") : p.department.trimmed();
    QStringList tasks;
    for (const QString &t : std::as_const(p.keyTasks))
        if (!t.trimmed().isEmpty())
            tasks << t.trimmed();
    p.keyTasks = tasks;
    if (p.title.isEmpty())
        return fail(tr("Position title: name the position, such as 总指挥."));
    if (p.chair && p.body != OrgBody::Decision)
        return fail(tr("Chair: only the decision body has a chair (the principal leader)."));

    return m_db.write([&]() -> Result<qint64> {
        if (Status s = checkPeople(*this, p.members, tr("Members of %1").arg(p.title)); !s)
            return s.takeError();
        // Locked until commit (PostgreSQL): of two desks saving at once, the second sees the
        // first one's version.
        if (p.id != 0)
            if (auto locked = m_db.exec(QStringLiteral("SELECT version FROM org_positions WHERE "
                                                       "id = ?")
                                            + m_db.forUpdate(),
                                        {p.id});
                !locked)
                return locked.takeError();
        auto all = positions();
        if (!all)
            return all.takeError();
        std::optional<OrgPosition> old;
        for (const OrgPosition &o : *all) {
            if (o.id == p.id)
                old = o;
            else if (p.chair && o.chair)
                return fail(tr("Chair: %1 already chairs the decision body; only one position "
                               "can.")
                                .arg(o.title));
        }
        if (p.id != 0 && !old)
            return fail(tr("There is no position #%1.").arg(p.id));
        if (old && old->version != p.version)
            return m_audit.staleEdit(old->title, QStringLiteral("org_position"),
                                     QString::number(p.id), p.version, old->version,
                                     {QStringLiteral("org_position.update")});
        if (old && toJson(*old) == toJson(p))
            return p.id;
        const QString now = toStoredTime(m_clock.now());
        if (!old) {
            auto q =
                m_db.exec(QStringLiteral("INSERT INTO org_positions (body, title, "
                                         "department, is_chair, key_tasks, sort_order, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                          {orgBodyId(p.body), p.title, p.department, p.chair ? 1 : 0,
                           tasksJson(p.keyTasks), p.sortOrder, now});
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            p.id = *returned;
        } else {
            auto q = m_db.exec(QStringLiteral("UPDATE org_positions SET body = ?, title = ?, "
                                              "department = ?, is_chair = ?, key_tasks = ?, "
                                              "sort_order = ?, updated_at = ?, "
                                              "version = version + 1 WHERE id = ?"),
                               {orgBodyId(p.body), p.title, p.department, p.chair ? 1 : 0,
                                tasksJson(p.keyTasks), p.sortOrder, now, p.id});
            if (!q)
                return q.takeError();
            auto d =
                m_db.exec(QStringLiteral("DELETE FROM org_members WHERE position_id = ?"), {p.id});
            if (!d)
                return d.takeError();
        }
        for (int i = 0; i < p.members.size(); ++i) {
            auto q = m_db.exec(QStringLiteral("INSERT INTO org_members (position_id, contact_id, "
                                              "sort_order) VALUES (?, ?, ?)"),
                               {p.id, p.members.at(i), i});
            if (!q)
                return q.takeError();
        }
        auto logged = m_audit.append(actor, {old ? QStringLiteral("org_position.update")
                                                 : QStringLiteral("org_position.create"),
                                             QStringLiteral("org_position"), QString::number(p.id),
                                             old ? toJson(*old) : QJsonObject(), toJson(p)});
        if (!logged)
            return logged.takeError();
        QString summary;
        const QString where = tr("%1, %2").arg(orgBodyName(p.body), p.title);
        if (!old) {
            summary = tr("New position %1: %2.").arg(where, labels(m_db, p.members));
        } else {
            QStringList parts;
            if (old->title != p.title || old->body != p.body)
                parts << tr("was %1, %2").arg(orgBodyName(old->body), old->title);
            if (old->members != p.members)
                parts << tr("members %1")
                             .arg(arrow(labels(m_db, old->members), labels(m_db, p.members)));
            if (old->keyTasks != p.keyTasks)
                parts << tr("key tasks changed");
            if (old->department != p.department)
                parts << tr("department %1")
                             .arg(arrow(departmentName(old->department),
                                        departmentName(p.department)));
            if (old->chair != p.chair)
                parts << (p.chair ? tr("now chairs the decision body") : tr("no longer chair"));
            if (parts.isEmpty())
                return p.id; // only the order changed
            summary = tr("Position %1: %2.").arg(where, parts.join(tr("; ")));
        }
        if (Status s =
                recordChange(m_db, m_clock, actor, QStringLiteral("position"), p.id, 0, summary);
            !s)
            return s.takeError();
        return p.id;
    });
}

Status ContactRepository::removePosition(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto all = positions();
        if (!all)
            return all.takeError();
        const auto it = std::find_if(all->cbegin(), all->cend(),
                                     [id](const OrgPosition &p) { return p.id == id; });
        if (it == all->cend())
            return fail(tr("There is no position #%1.").arg(id));
        const OrgPosition old = *it;
        auto q = m_db.exec(QStringLiteral("DELETE FROM org_positions WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("org_position.remove"),
                                             QStringLiteral("org_position"),
                                             QString::number(id),
                                             toJson(old),
                                             {}});
        if (!logged)
            return logged.takeError();
        return recordChange(m_db, m_clock, actor, QStringLiteral("position"), id, 0,
                            tr("Position %1, %2 removed.").arg(orgBodyName(old.body), old.title));
    });
}

// ---- Succession order -----------------------------------------------------------------------

Result<QList<qint64>> ContactRepository::succession() const
{
    auto q = m_db.exec(QStringLiteral("SELECT contact_id FROM succession_order ORDER BY rank"));
    if (!q)
        return q.takeError();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Status ContactRepository::setSuccession(const Actor &actor, const QList<qint64> &contactIds)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        if (Status s = checkPeople(*this, contactIds, tr("Succession order")); !s)
            return s;
        auto old = succession();
        if (!old)
            return old.takeError();
        if (*old == contactIds)
            return {};
        auto d = m_db.exec(QStringLiteral("DELETE FROM succession_order"));
        if (!d)
            return d.takeError();
        for (int i = 0; i < contactIds.size(); ++i) {
            auto q = m_db.exec(
                QStringLiteral("INSERT INTO succession_order (rank, contact_id) VALUES (?, ?)"),
                {i + 1, contactIds.at(i)});
            if (!q)
                return q.takeError();
        }
        QJsonArray before, after;
        for (qint64 id : *old)
            before << id;
        for (qint64 id : contactIds)
            after << id;
        auto logged = m_audit.append(actor, {QStringLiteral("succession.update"),
                                             QStringLiteral("succession_order"),
                                             QString(),
                                             {{QStringLiteral("contact_ids"), before}},
                                             {{QStringLiteral("contact_ids"), after}}});
        if (!logged)
            return logged.takeError();
        return recordChange(m_db, m_clock, actor, QStringLiteral("succession"), 0, 0,
                            tr("Decision succession order: %1.")
                                .arg(arrow(labels(m_db, *old), labels(m_db, contactIds))));
    });
}

// ---- Notification contacts ------------------------------------------------------------------

Result<QList<NotificationContact>> ContactRepository::notificationContacts() const
{
    auto q = m_db.exec(QStringLiteral("SELECT slot, contact_id, duty_phone, fax FROM "
                                      "notification_contacts ORDER BY slot <> 'primary'"));
    if (!q)
        return q.takeError();
    QList<NotificationContact> all;
    while (q->next())
        all << NotificationContact{
            q->value(0).toString() == QLatin1String("primary") ? NotificationSlot::Primary
                                                               : NotificationSlot::Backup,
            q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString()};
    return all;
}

Status ContactRepository::setNotificationContact(const Actor &actor,
                                                 const NotificationContact &input)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    NotificationContact n = input;
    const QString slotName = n.slot == NotificationSlot::Primary
                                 ? tr("Notification contact")
                                 : tr("Backup notification contact");
    auto duty = PhoneNumbers::normalize(n.dutyPhone, PhoneKind::DutyLine,
                                        tr("%1, duty line").arg(slotName));
    if (!duty)
        return duty.takeError();
    auto fax = PhoneNumbers::normalize(n.fax, PhoneKind::Fax, tr("%1, fax").arg(slotName));
    if (!fax)
        return fax.takeError();
    n.dutyPhone = duty->isNull() ? QStringLiteral("") : *duty;
    n.fax = fax->isNull() ? QStringLiteral("") : *fax;
    return m_db.write([&]() -> Status {
        if (Status s = checkPeople(*this, {n.contactId}, slotName); !s)
            return s;
        auto person = contact(n.contactId);
        if (!person)
            return person.takeError();
        auto all = notificationContacts();
        if (!all)
            return all.takeError();
        std::optional<NotificationContact> old;
        for (const NotificationContact &o : *all)
            if (o.slot == n.slot)
                old = o;
            else if (o.contactId == n.contactId)
                return fail(tr("%1: %2 is already the other notification contact.")
                                .arg(slotName, person->name));
        if (old && toJson(*old) == toJson(n))
            return {};
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO notification_contacts (slot, contact_id, duty_phone, fax, "
                           "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(slot) DO UPDATE SET "
                           "contact_id = excluded.contact_id, duty_phone = excluded.duty_phone, "
                           "fax = excluded.fax, updated_at = excluded.updated_at"),
            {slotId(n.slot), n.contactId, n.dutyPhone, n.fax, toStoredTime(m_clock.now())});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("notification_contact.update"),
                                             QStringLiteral("notification_contact"), slotId(n.slot),
                                             old ? toJson(*old) : QJsonObject(), toJson(n)});
        if (!logged)
            return logged.takeError();
        QStringList parts;
        if (!old || old->contactId != n.contactId)
            parts << arrow(old ? labels(m_db, {old->contactId}) : QString(),
                           labels(m_db, {n.contactId}));
        if (old ? old->dutyPhone != n.dutyPhone : !n.dutyPhone.isEmpty())
            parts << tr("duty line %1")
                         .arg(arrow(old ? PhoneNumbers::display(old->dutyPhone) : QString(),
                                    PhoneNumbers::display(n.dutyPhone)));
        if (old ? old->fax != n.fax : !n.fax.isEmpty())
            parts << tr("fax %1").arg(arrow(old ? PhoneNumbers::display(old->fax) : QString(),
                                            PhoneNumbers::display(n.fax)));
        return recordChange(m_db, m_clock, actor, QStringLiteral("notification"), n.contactId,
                            person->unitId, tr("%1: %2.").arg(slotName, parts.join(tr("; "))));
    });
}

Result<QList<NotificationCommunication>> ContactRepository::communications() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, communicated, recipient, coalesce(unit_id, 0), "
                                      "method, notes FROM notification_communications ORDER BY "
                                      "communicated DESC, id DESC"));
    if (!q)
        return q.takeError();
    QList<NotificationCommunication> all;
    while (q->next())
        all << NotificationCommunication{
            q->value(0).toLongLong(), fromStoredDate(q->value(1).toString()),
            q->value(2).toString(),   q->value(3).toLongLong(),
            q->value(4).toString(),   q->value(5).toString()};
    return all;
}

Result<qint64> ContactRepository::recordCommunication(const Actor &actor,
                                                      const NotificationCommunication &input)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    NotificationCommunication c = input;
    c.recipient = c.recipient.trimmed();
    c.method = c.method.trimmed().isEmpty() ? QStringLiteral("") : c.method.trimmed();
    c.notes = c.notes.trimmed().isEmpty() ? QStringLiteral("") : c.notes.trimmed();
    if (!c.communicated.isValid())
        return fail(tr("Communicated on: enter the date."));
    if (c.communicated > today(m_clock))
        return fail(
            tr("Communicated on: %1 is in the future.").arg(c.communicated.toString(Qt::ISODate)));
    return m_db.write([&]() -> Result<qint64> {
        if (c.unitId != 0) {
            auto u = unit(c.unitId);
            if (!u)
                return fail(tr("Unit: there is no unit #%1.").arg(c.unitId));
            if (c.recipient.isEmpty())
                c.recipient = u->name;
        }
        if (c.recipient.isEmpty())
            return fail(tr("Recipient: name the regulator or unit that was told."));
        auto q = m_db.exec(QStringLiteral("INSERT INTO notification_communications (communicated, "
                                          "recipient, unit_id, method, notes, recorded_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                           {toStoredDate(c.communicated), c.recipient, idOrNull(c.unitId), c.method,
                            c.notes, toStoredTime(m_clock.now())});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        c.id = *returned;
        auto logged =
            m_audit.append(actor, {QStringLiteral("notification_communication.create"),
                                   QStringLiteral("notification_communication"),
                                   QString::number(c.id),
                                   {},
                                   {{QStringLiteral("communicated"), toStoredDate(c.communicated)},
                                    {QStringLiteral("recipient"), c.recipient},
                                    {QStringLiteral("unit_id"), c.unitId},
                                    {QStringLiteral("method"), c.method},
                                    {QStringLiteral("notes"), c.notes}}});
        if (!logged)
            return logged.takeError();
        return c.id;
    });
}

} // namespace dd
