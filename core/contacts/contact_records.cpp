#include "contacts/contact_records.h"

#include "audit/audit_log.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonArray>
#include <QTimeZone>

namespace dd {
namespace records {

QString cleanText(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

QString toStoredDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QDate fromStoredDate(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QDate today(const Clock &clock)
{
    return clock.now().toTimeZone(QTimeZone(8 * 3600)).date();
}

const QString SelectUnit =
    QStringLiteral("SELECT id, name, kind, address, phone, notes, sort_order, version FROM units ");

const QString SelectContact = QStringLiteral(
    "SELECT c.id, c.name, coalesce(c.unit_id, 0), c.position, c.mobile, c.office_phone, "
    "c.duty_phone, c.fax, c.email, coalesce(c.backup_id, 0), c.last_verified, c.notes, "
    "c.in_handbook, c.active, c.operator_login, c.version, coalesce(u.name, '') "
    "FROM contacts c LEFT JOIN units u ON u.id = c.unit_id ");

const QString SelectAgreement = QStringLiteral(
    "SELECT id, title, unit_id, coalesce(our_contact_id, 0), coalesce(their_contact_id, 0), "
    "scope, response_method, response_time, valid_from, valid_to, review_period_days, "
    "last_review, last_review_result, notes, version FROM agreements ");

Unit unitFrom(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.kind = unitKindFromId(q.value(2).toString()).value_or(UnitKind::Other);
    u.address = q.value(3).toString();
    u.phone = q.value(4).toString();
    u.notes = q.value(5).toString();
    u.sortOrder = q.value(6).toInt();
    u.version = q.value(7).toLongLong();
    return u;
}

Contact contactFrom(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.unitId = q.value(2).toLongLong();
    c.position = q.value(3).toString();
    c.mobile = q.value(4).toString();
    c.officePhone = q.value(5).toString();
    c.dutyPhone = q.value(6).toString();
    c.fax = q.value(7).toString();
    c.email = q.value(8).toString();
    c.backupId = q.value(9).toLongLong();
    c.lastVerified = fromStoredDate(q.value(10).toString());
    c.notes = q.value(11).toString();
    c.inHandbook = q.value(12).toBool();
    c.active = q.value(13).toBool();
    c.operatorLogin = q.value(14).toString();
    c.version = q.value(15).toLongLong();
    return c;
}

Agreement agreementFrom(const QSqlQuery &q)
{
    Agreement a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.unitId = q.value(2).toLongLong();
    a.ourContactId = q.value(3).toLongLong();
    a.theirContactId = q.value(4).toLongLong();
    a.scope = q.value(5).toString();
    a.responseMethod = q.value(6).toString();
    a.responseTime = q.value(7).toString();
    a.validFrom = fromStoredDate(q.value(8).toString());
    a.validTo = fromStoredDate(q.value(9).toString());
    a.reviewPeriodDays = q.value(10).toInt();
    a.lastReview = fromStoredDate(q.value(11).toString());
    a.lastReviewResult = q.value(12).toString();
    a.notes = q.value(13).toString();
    a.version = q.value(14).toLongLong();
    return a;
}

QJsonObject toJson(const Unit &u)
{
    return {{QStringLiteral("name"), u.name},       {QStringLiteral("kind"), unitKindId(u.kind)},
            {QStringLiteral("address"), u.address}, {QStringLiteral("phone"), u.phone},
            {QStringLiteral("notes"), u.notes},     {QStringLiteral("sort_order"), u.sortOrder}};
}

QJsonObject toJson(const Contact &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("unit_id"), c.unitId},
            {QStringLiteral("position"), c.position},
            {QStringLiteral("mobile"), c.mobile},
            {QStringLiteral("office_phone"), c.officePhone},
            {QStringLiteral("duty_phone"), c.dutyPhone},
            {QStringLiteral("fax"), c.fax},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("backup_id"), c.backupId},
            {QStringLiteral("last_verified"), toStoredDate(c.lastVerified)},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("in_handbook"), c.inHandbook},
            {QStringLiteral("active"), c.active},
            {QStringLiteral("operator_login"), c.operatorLogin},
            {QStringLiteral("version"), c.version}};
}

QJsonObject toJson(const OrgPosition &p)
{
    QJsonArray members;
    for (qint64 id : p.members)
        members << id;
    return {{QStringLiteral("body"), orgBodyId(p.body)},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("department"), p.department},
            {QStringLiteral("chair"), p.chair},
            {QStringLiteral("key_tasks"), QJsonArray::fromStringList(p.keyTasks)},
            {QStringLiteral("sort_order"), p.sortOrder},
            {QStringLiteral("members"), members}};
}

QJsonObject toJson(const Agreement &a)
{
    return {{QStringLiteral("title"), a.title},
            {QStringLiteral("unit_id"), a.unitId},
            {QStringLiteral("our_contact_id"), a.ourContactId},
            {QStringLiteral("their_contact_id"), a.theirContactId},
            {QStringLiteral("scope"), a.scope},
            {QStringLiteral("response_method"), a.responseMethod},
            {QStringLiteral("response_time"), a.responseTime},
            {QStringLiteral("valid_from"), toStoredDate(a.validFrom)},
            {QStringLiteral("valid_to"), toStoredDate(a.validTo)},
            {QStringLiteral("review_period_days"), a.reviewPeriodDays},
            {QStringLiteral("last_review"), toStoredDate(a.lastReview)},
            {QStringLiteral("last_review_result"), a.lastReviewResult},
            {QStringLiteral("notes"), a.notes}};
}

Result<QString> contactLabel(const Database &db, qint64 id)
{
    if (id <= 0)
        return Text::tr("nobody");
    auto q = db.exec(SelectContact + QStringLiteral("WHERE c.id = ?"), {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return QStringLiteral("#%1").arg(id);
    const QString name = q->value(1).toString();
    const QString unit = q->value(16).toString();
    return unit.isEmpty() ? name : Text::tr("%1 (%2)").arg(name, unit);
}

Result<QString> unitName(const Database &db, qint64 id)
{
    if (id <= 0)
        return Text::tr("no unit");
    auto q = db.exec(QStringLiteral("SELECT name FROM units WHERE id = ?"), {id});
    if (!q)
        return q.takeError();
    return q->next() ? q->value(0).toString() : QStringLiteral("#%1").arg(id);
}

Status recordChange(Database &db, const Clock &clock, const Actor &actor, const QString &entity,
                    qint64 entityId, qint64 unitId, const QString &summary)
{
    QDateTime at = clock.now();
    auto last = db.exec(QStringLiteral("SELECT max(distributed_at) FROM handbook_distributions"));
    if (!last)
        return last.takeError();
    if (last->next() && !last->value(0).isNull()) {
        const QDateTime distributed = fromStoredTime(last->value(0).toString());
        if (distributed.isValid() && at <= distributed)
            at = distributed.addMSecs(1);
    }
    auto q =
        db.exec(QStringLiteral("INSERT INTO handbook_changes (at, actor, entity, entity_id, "
                               "unit_id, summary) VALUES (?, ?, ?, ?, ?, ?)"),
                {toStoredTime(at), actor.auditName(), entity, entityId, idOrNull(unitId), summary});
    if (!q)
        return q.takeError();
    return {};
}

QString arrow(const QString &before, const QString &after)
{
    const QString none = Text::tr("(none)");
    return Text::tr("%1 → %2").arg(before.isEmpty() ? none : before,
                                   after.isEmpty() ? none : after);
}

} // namespace records
} // namespace dd
