#include "contacts/contact_repository.h"

#include "audit/audit_log.h"
#include "contacts/contact_records.h"
#include "contacts/phone_numbers.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QRegularExpression>

namespace dd {

using namespace records;

namespace {

QString unitOr(const Database &db, qint64 id)
{
    if (id <= 0)
        return {};
    auto name = unitName(db, id);
    return name ? *name : QStringLiteral("#%1").arg(id);
}

QString contactOr(const Database &db, qint64 id)
{
    if (id <= 0)
        return {};
    auto label = contactLabel(db, id);
    return label ? *label : QStringLiteral("#%1").arg(id);
}

// The fields of a contact the handbook prints, for change summaries.
QStringList contactDifferences(const Database &db, const Contact &before, const Contact &after)
{
    QStringList parts;
    const auto field = [&](const QString &label, const QString &a, const QString &b) {
        if (a != b)
            parts << Text::tr("%1 %2").arg(label, arrow(a, b));
    };
    field(Text::tr("name"), before.name, after.name);
    if (before.unitId != after.unitId)
        parts << Text::tr("unit %1").arg(
            arrow(unitOr(db, before.unitId), unitOr(db, after.unitId)));
    field(Text::tr("position"), before.position, after.position);
    field(Text::tr("mobile"), PhoneNumbers::display(before.mobile),
          PhoneNumbers::display(after.mobile));
    field(Text::tr("office phone"), PhoneNumbers::display(before.officePhone),
          PhoneNumbers::display(after.officePhone));
    field(Text::tr("duty line"), PhoneNumbers::display(before.dutyPhone),
          PhoneNumbers::display(after.dutyPhone));
    field(Text::tr("fax"), PhoneNumbers::display(before.fax), PhoneNumbers::display(after.fax));
    field(Text::tr("e-mail"), before.email, after.email);
    if (before.backupId != after.backupId)
        parts << Text::tr("backup %1")
                     .arg(arrow(contactOr(db, before.backupId), contactOr(db, after.backupId)));
    return parts;
}

bool sameContent(const Contact &a, const Contact &b)
{
    return toJson(a) == toJson(b);
}

} // namespace

ContactRepository::ContactRepository(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

// ---- Contacts -------------------------------------------------------------------------------

Result<QList<Contact>> ContactRepository::contacts(const ContactQuery &query) const
{
    QString sql = SelectContact + QStringLiteral("WHERE 1 = 1 ");
    QVariantList binds;
    if (query.activeOnly)
        sql += QStringLiteral("AND c.active = 1 ");
    if (query.unitId > 0) {
        sql += QStringLiteral("AND c.unit_id = ? ");
        binds << query.unitId;
    }
    sql += QStringLiteral("ORDER BY u.sort_order IS NULL, u.sort_order, u.name, c.name, c.id");
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.takeError();

    const QString text = query.text.trimmed();
    const QString digits = PhoneNumbers::searchDigits(text);
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9０-９+()（）\\s.\\-]+$"));
    const bool phoneQuery = !digits.isEmpty() && phoneLike.match(text).hasMatch();
    QList<Contact> found;
    while (q->next()) {
        Contact c = contactFrom(*q);
        if (!text.isEmpty()) {
            bool match = false;
            if (phoneQuery) {
                for (const QString &phone : {c.mobile, c.officePhone, c.dutyPhone, c.fax})
                    for (const QString &form : PhoneNumbers::searchForms(phone))
                        match = match || form.contains(digits);
            } else {
                const QString unitName = q->value(16).toString();
                for (const QString &s : {c.name, c.position, unitName, c.email})
                    match = match || s.contains(text, Qt::CaseInsensitive);
            }
            if (!match)
                continue;
        }
        found << c;
    }
    return found;
}

Result<Contact> ContactRepository::contact(qint64 id) const
{
    auto q = m_db.exec(SelectContact + QStringLiteral("WHERE c.id = ?"), {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no contact #%1.").arg(id));
    return contactFrom(*q);
}

Result<Contact> ContactRepository::validated(const Contact &input) const
{
    Contact c = input;
    c.name = c.name.trimmed();
    c.position = cleanText(c.position);
    c.email = cleanText(c.email);
    c.notes = cleanText(c.notes);
    c.operatorLogin = cleanText(c.operatorLogin);
    if (c.name.isEmpty())
        return fail(tr("Name: enter the person's name."));
    const struct {
        QString *value;
        PhoneKind kind;
        QString field;
    } phones[] = {{&c.mobile, PhoneKind::Mobile, tr("Mobile")},
                  {&c.officePhone, PhoneKind::Landline, tr("Office phone")},
                  {&c.dutyPhone, PhoneKind::DutyLine, tr("Duty line")},
                  {&c.fax, PhoneKind::Fax, tr("Fax")}};
    for (const auto &p : phones) {
        auto n = PhoneNumbers::normalize(*p.value, p.kind, p.field);
        if (!n)
            return n.takeError();
        *p.value = n->isNull() ? QStringLiteral("") : *n;
    }
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!c.email.isEmpty() && !emailRe.match(c.email).hasMatch())
        return fail(tr("E-mail: \"%1\" is not an e-mail address (expected name@example.com).")
                        .arg(c.email));
    if (c.id != 0 && c.backupId == c.id)
        return fail(tr("Backup: %1 cannot be his or her own backup.").arg(c.name));
    return c;
}

Result<qint64> ContactRepository::saveContact(const Actor &actor, const Contact &input)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    auto checked = validated(input);
    if (!checked)
        return checked.takeError();
    Contact c = *checked;

    return m_db.write([&]() -> Result<qint64> {
        std::optional<Contact> old;
        if (c.id != 0) {
            // Locked until commit (PostgreSQL): of two desks saving at once, the second sees
            // the first one's version and is refused.
            auto locked = m_db.exec(QStringLiteral("SELECT version FROM contacts WHERE id = ?")
                                        + m_db.forUpdate(),
                                    {c.id});
            if (!locked)
                return locked.takeError();
            auto existing = contact(c.id);
            if (!existing)
                return existing.takeError();
            if (existing->version != c.version)
                return m_audit.staleEdit(existing->name, QStringLiteral("contact"),
                                         QString::number(c.id), c.version, existing->version,
                                         {QStringLiteral("contact.update"),
                                          QStringLiteral("contact.deactivate"),
                                          QStringLiteral("contact.verify")});
            old = *existing;
        }
        if (c.unitId != 0) {
            if (auto u = unit(c.unitId); !u)
                return fail(tr("Unit: there is no unit #%1.").arg(c.unitId));
        }
        if (c.backupId != 0 && (!old || old->backupId != c.backupId)) {
            auto backup = contact(c.backupId);
            if (!backup)
                return fail(tr("Backup: there is no contact #%1.").arg(c.backupId));
            if (!backup->active)
                return fail(
                    tr("Backup: %1 is no longer active; choose someone else.").arg(backup->name));
        }
        if (!c.mobile.isEmpty()) {
            auto dup = m_db.exec(QStringLiteral("SELECT id FROM contacts WHERE name = ? AND "
                                                "mobile = ? AND id <> ?"),
                                 {c.name, c.mobile, c.id});
            if (!dup)
                return dup.takeError();
            if (dup->next())
                return fail(tr("%1 with mobile %2 is already in the handbook (contact #%3); "
                               "edit that entry instead of adding the person twice.")
                                .arg(c.name, PhoneNumbers::display(c.mobile))
                                .arg(dup->value(0).toLongLong()));
        }
        const QString now = toStoredTime(m_clock.now());
        const QVariantList values{c.name,
                                  idOrNull(c.unitId),
                                  c.position,
                                  c.mobile,
                                  c.officePhone,
                                  c.dutyPhone,
                                  c.fax,
                                  c.email,
                                  idOrNull(c.backupId),
                                  toStoredDate(c.lastVerified),
                                  c.notes,
                                  c.inHandbook ? 1 : 0,
                                  c.active ? 1 : 0,
                                  c.operatorLogin};
        if (!old) {
            auto q = m_db.exec(
                QStringLiteral("INSERT INTO contacts (name, unit_id, position, mobile, "
                               "office_phone, duty_phone, fax, email, backup_id, last_verified, "
                               "notes, in_handbook, active, operator_login, created_at, "
                               "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, 1) RETURNING id"),
                values + QVariantList{now, now});
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            c.id = *returned;
            c.version = 1;
            auto logged = m_audit.append(actor, {QStringLiteral("contact.create"),
                                                 QStringLiteral("contact"),
                                                 QString::number(c.id),
                                                 {},
                                                 toJson(c)});
            if (!logged)
                return logged.takeError();
            if (c.inHandbook && c.active) {
                auto label = contactLabel(m_db, c.id);
                if (!label)
                    return label.takeError();
                if (Status s = recordChange(m_db, m_clock, actor, QStringLiteral("contact"), c.id,
                                            c.unitId, tr("New contact %1.").arg(*label));
                    !s)
                    return s.takeError();
            }
            return c.id;
        }
        if (sameContent(*old, c))
            return c.id;
        c.version = old->version + 1;
        auto q = m_db.exec(
            QStringLiteral("UPDATE contacts SET name = ?, unit_id = ?, position = ?, mobile = ?, "
                           "office_phone = ?, duty_phone = ?, fax = ?, email = ?, backup_id = ?, "
                           "last_verified = ?, notes = ?, in_handbook = ?, active = ?, "
                           "operator_login = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"),
            values + QVariantList{now, c.id, old->version});
        if (!q)
            return q.takeError();
        auto logged =
            m_audit.append(actor, {QStringLiteral("contact.update"), QStringLiteral("contact"),
                                   QString::number(c.id), toJson(*old), toJson(c)});
        if (!logged)
            return logged.takeError();
        const bool wasPrinted = old->inHandbook && old->active;
        const bool isPrinted = c.inHandbook && c.active;
        QString summary;
        auto label = contactLabel(m_db, c.id);
        if (!label)
            return label.takeError();
        if (wasPrinted && !isPrinted)
            summary = tr("%1 taken out of the handbook.").arg(*label);
        else if (!wasPrinted && isPrinted)
            summary = tr("%1 added to the handbook.").arg(*label);
        else if (isPrinted) {
            const QStringList parts = contactDifferences(m_db, *old, c);
            if (!parts.isEmpty())
                summary = tr("%1: %2.").arg(*label, parts.join(tr("; ")));
        }
        if (!summary.isEmpty()) {
            const qint64 unitId = c.unitId ? c.unitId : old->unitId;
            if (Status s = recordChange(m_db, m_clock, actor, QStringLiteral("contact"), c.id,
                                        unitId, summary);
                !s)
                return s.takeError();
            if (old->unitId && c.unitId && old->unitId != c.unitId)
                if (Status s = recordChange(m_db, m_clock, actor, QStringLiteral("contact"), c.id,
                                            old->unitId, summary);
                    !s)
                    return s.takeError();
        }
        return c.id;
    });
}

Status ContactRepository::deactivateContact(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = contact(id);
        if (!old)
            return old.takeError();
        if (!old->active)
            return {};
        auto used = m_db.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM succession_order WHERE contact_id = ?), "
                           "(SELECT count(*) FROM notification_contacts WHERE contact_id = ?), "
                           "(SELECT %1 FROM org_members m JOIN org_positions p ON p.id = "
                           "m.position_id WHERE m.contact_id = ?)")
                .arg(m_db.groupConcat(QStringLiteral("p.title"), QStringLiteral("', '"))),
            {id, id, id});
        if (!used)
            return used.takeError();
        used->next();
        if (used->value(0).toInt() > 0)
            return fail(tr("%1 is in the decision succession order; take him or her out of it "
                           "first.")
                            .arg(old->name));
        if (used->value(1).toInt() > 0)
            return fail(
                tr("%1 is a notification contact; name someone else first.").arg(old->name));
        if (const QString titles = used->value(2).toString(); !titles.isEmpty())
            return fail(tr("%1 holds a position in the emergency organization (%2); replace him "
                           "or her there first.")
                            .arg(old->name, titles));
        Contact c = *old;
        c.active = false;
        c.version = old->version + 1;
        auto q = m_db.exec(QStringLiteral("UPDATE contacts SET active = 0, updated_at = ?, "
                                          "version = version + 1 WHERE id = ?"),
                           {toStoredTime(m_clock.now()), id});
        if (!q)
            return q.takeError();
        auto logged =
            m_audit.append(actor, {QStringLiteral("contact.deactivate"), QStringLiteral("contact"),
                                   QString::number(id), toJson(*old), toJson(c)});
        if (!logged)
            return logged.takeError();
        if (!old->inHandbook)
            return {};
        auto label = contactLabel(m_db, id);
        if (!label)
            return label.takeError();
        return recordChange(m_db, m_clock, actor, QStringLiteral("contact"), id, old->unitId,
                            tr("%1 is no longer a contact.").arg(*label));
    });
}

Status ContactRepository::markVerified(const Actor &actor, const QList<qint64> &ids,
                                       const QDate &on)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (!on.isValid())
        return fail(tr("Verified on: enter the date the details were checked."));
    if (on > today(m_clock))
        return fail(tr("Verified on: %1 is in the future.").arg(on.toString(Qt::ISODate)));
    return m_db.write([&]() -> Status {
        for (qint64 id : ids) {
            auto old = contact(id);
            if (!old)
                return old.takeError();
            if (old->lastVerified == on)
                continue;
            Contact c = *old;
            c.lastVerified = on;
            c.version = old->version + 1;
            auto q = m_db.exec(QStringLiteral("UPDATE contacts SET last_verified = ?, "
                                              "updated_at = ?, version = version + 1 WHERE id = ?"),
                               {toStoredDate(on), toStoredTime(m_clock.now()), id});
            if (!q)
                return q.takeError();
            auto logged = m_audit.append(
                actor, {QStringLiteral("contact.verify"),
                        QStringLiteral("contact"),
                        QString::number(id),
                        {{QStringLiteral("last_verified"), toStoredDate(old->lastVerified)}},
                        {{QStringLiteral("last_verified"), toStoredDate(on)}}});
            if (!logged)
                return logged.takeError();
        }
        return {};
    });
}

Result<int> ContactRepository::verifyDays() const
{
    // One setting for the period, shared with the readiness check; the older handbook key is
    // honoured only while the readiness key is not set.
    for (const char *key : {VerifyDaysKey, LegacyVerifyDaysKey}) {
        auto q = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                           {QString::fromLatin1(key)});
        if (!q)
            return q.takeError();
        if (!q->next())
            continue;
        bool ok = false;
        const int days = q->value(0).toString().trimmed().toInt(&ok);
        if (!ok || days < 1)
            return fail(tr("Setting %1: expected a whole number of days (1 or more), found "
                           "\"%2\".")
                            .arg(QString::fromLatin1(key), q->value(0).toString()));
        return days;
    }
    return DefaultVerifyDays;
}

Result<QList<Contact>> ContactRepository::stale(const QDate &today) const
{
    auto days = verifyDays();
    if (!days)
        return days.takeError();
    const QDate limit = today.addDays(-*days);
    auto q = m_db.exec(SelectContact
                           + QStringLiteral("WHERE c.active = 1 AND c.in_handbook = 1 AND "
                                            "(c.last_verified = '' OR c.last_verified < ?) "
                                            "ORDER BY c.last_verified, u.sort_order, u.name, "
                                            "c.name"),
                       {toStoredDate(limit)});
    if (!q)
        return q.takeError();
    QList<Contact> found;
    while (q->next())
        found << contactFrom(*q);
    return found;
}

} // namespace dd
