#include "roster/roster_store_rows.h"

#include "audit/audit_log.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dd {
namespace rosterrows {

const QString SelectRole =
    QStringLiteral("SELECT id, key, name, name_en, coverage, backup_required, "
                   "swap_needs_approval, builtin, sort_order, version FROM duty_roles ");
const QString SelectRotation =
    QStringLiteral("SELECT id, role_id, slot, layer, name, pattern, start_date, end_date, "
                   "members, version FROM rotations ");
const QString SelectOverride =
    QStringLiteral("SELECT id, role_id, slot, contact_id, replaces_id, start_at, end_at, reason, "
                   "swap_id, created_by, created_at FROM roster_overrides ");
const QString SelectLeave = QStringLiteral("SELECT id, contact_id, start_at, end_at, kind, note, "
                                           "created_by, created_at FROM roster_leave ");
const QString SelectSwap = QStringLiteral(
    "SELECT id, role_id, slot, requester_id, counterpart_id, give_start, give_end, take_start, "
    "take_end, state, note, requested_at, requested_by, decided_at, decided_by FROM roster_swaps ");
const QString SelectHandover =
    QStringLiteral("SELECT id, role_id, outgoing_id, incoming_id, at, open_items, recorded_by, "
                   "recorded_at FROM roster_handovers ");

namespace {

QDateTime timeOrInvalid(const QVariant &v)
{
    const QString text = v.toString();
    return text.isEmpty() ? QDateTime() : fromStoredTime(text);
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

DutyRole roleFrom(const QSqlQuery &q)
{
    DutyRole r;
    r.id = q.value(0).toLongLong();
    r.key = q.value(1).toString();
    r.name = q.value(2).toString();
    r.nameEn = q.value(3).toString();
    r.coverage = coverageFromId(q.value(4).toString()).value_or(Coverage::Always);
    r.backupRequired = q.value(5).toBool();
    r.swapNeedsApproval = q.value(6).toBool();
    r.builtin = q.value(7).toBool();
    r.sortOrder = q.value(8).toInt();
    r.version = q.value(9).toLongLong();
    return r;
}

Result<Rotation> rotationFrom(const QSqlQuery &q)
{
    Rotation r;
    r.id = q.value(0).toLongLong();
    r.roleId = q.value(1).toLongLong();
    r.slot = slotFromId(q.value(2).toString()).value_or(Slot::Primary);
    r.layer = q.value(3).toInt();
    r.name = q.value(4).toString();
    const QJsonObject pattern = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    auto parsed =
        ShiftPattern::fromJson(pattern, QStringLiteral("rotations[id=%1].pattern").arg(r.id));
    if (!parsed)
        return parsed.takeError();
    r.pattern = *parsed;
    r.startDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.endDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    const QJsonArray members = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
    for (const QJsonValue &m : members)
        r.members << static_cast<qint64>(m.toDouble());
    r.version = q.value(9).toLongLong();
    return r;
}

RosterOverride overrideFrom(const QSqlQuery &q)
{
    RosterOverride o;
    o.id = q.value(0).toLongLong();
    o.roleId = q.value(1).toLongLong();
    o.slot = slotFromId(q.value(2).toString()).value_or(Slot::Primary);
    o.contactId = q.value(3).toLongLong();
    o.replacesId = q.value(4).toLongLong();
    o.start = fromStoredTime(q.value(5).toString());
    o.end = fromStoredTime(q.value(6).toString());
    o.reason = q.value(7).toString();
    o.swapId = q.value(8).toLongLong();
    return o;
}

Leave leaveFrom(const QSqlQuery &q)
{
    Leave l;
    l.id = q.value(0).toLongLong();
    l.contactId = q.value(1).toLongLong();
    l.start = fromStoredTime(q.value(2).toString());
    l.end = fromStoredTime(q.value(3).toString());
    l.kind = q.value(4).toString();
    l.note = q.value(5).toString();
    return l;
}

Swap swapFrom(const QSqlQuery &q)
{
    Swap s;
    s.id = q.value(0).toLongLong();
    s.roleId = q.value(1).toLongLong();
    s.slot = slotFromId(q.value(2).toString()).value_or(Slot::Primary);
    s.requesterId = q.value(3).toLongLong();
    s.counterpartId = q.value(4).toLongLong();
    s.giveStart = fromStoredTime(q.value(5).toString());
    s.giveEnd = fromStoredTime(q.value(6).toString());
    s.takeStart = timeOrInvalid(q.value(7));
    s.takeEnd = timeOrInvalid(q.value(8));
    s.state = swapStateFromId(q.value(9).toString()).value_or(SwapState::Requested);
    s.note = q.value(10).toString();
    s.requestedAt = fromStoredTime(q.value(11).toString());
    s.requestedBy = q.value(12).toString();
    s.decidedAt = timeOrInvalid(q.value(13));
    s.decidedBy = q.value(14).toString();
    return s;
}

Handover handoverFrom(const QSqlQuery &q)
{
    Handover h;
    h.id = q.value(0).toLongLong();
    h.roleId = q.value(1).toLongLong();
    h.outgoingId = q.value(2).toLongLong();
    h.incomingId = q.value(3).toLongLong();
    h.at = fromStoredTime(q.value(4).toString());
    h.openItems = q.value(5).toString();
    h.recordedBy = q.value(6).toString();
    h.recordedAt = fromStoredTime(q.value(7).toString());
    return h;
}

QJsonObject toJson(const DutyRole &r)
{
    return {{QStringLiteral("key"), r.key},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("name_en"), r.nameEn},
            {QStringLiteral("coverage"), coverageId(r.coverage)},
            {QStringLiteral("backup_required"), r.backupRequired},
            {QStringLiteral("swap_needs_approval"), r.swapNeedsApproval},
            {QStringLiteral("builtin"), r.builtin},
            {QStringLiteral("sort_order"), r.sortOrder}};
}

QJsonObject toJson(const Rotation &r)
{
    QJsonArray members;
    for (qint64 id : r.members)
        members.append(id);
    return {{QStringLiteral("role_id"), r.roleId},
            {QStringLiteral("slot"), slotId(r.slot)},
            {QStringLiteral("layer"), r.layer},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("pattern"), r.pattern.toJson()},
            {QStringLiteral("start_date"), isoDate(r.startDate)},
            {QStringLiteral("end_date"), isoDate(r.endDate)},
            {QStringLiteral("members"), members}};
}

QJsonObject toJson(const RosterOverride &o)
{
    return {{QStringLiteral("role_id"), o.roleId},
            {QStringLiteral("slot"), slotId(o.slot)},
            {QStringLiteral("contact_id"), o.contactId},
            {QStringLiteral("replaces_id"), o.replacesId},
            {QStringLiteral("start"), toStoredTime(o.start)},
            {QStringLiteral("end"), toStoredTime(o.end)},
            {QStringLiteral("reason"), o.reason},
            {QStringLiteral("swap_id"), o.swapId}};
}

QJsonObject toJson(const Leave &l)
{
    return {{QStringLiteral("contact_id"), l.contactId},
            {QStringLiteral("start"), toStoredTime(l.start)},
            {QStringLiteral("end"), toStoredTime(l.end)},
            {QStringLiteral("kind"), l.kind},
            {QStringLiteral("note"), l.note}};
}

QJsonObject toJson(const Swap &s)
{
    return {{QStringLiteral("role_id"), s.roleId},
            {QStringLiteral("slot"), slotId(s.slot)},
            {QStringLiteral("requester_id"), s.requesterId},
            {QStringLiteral("counterpart_id"), s.counterpartId},
            {QStringLiteral("give_start"), toStoredTime(s.giveStart)},
            {QStringLiteral("give_end"), toStoredTime(s.giveEnd)},
            {QStringLiteral("take_start"), storedOrEmpty(s.takeStart)},
            {QStringLiteral("take_end"), storedOrEmpty(s.takeEnd)},
            {QStringLiteral("state"), swapStateId(s.state)},
            {QStringLiteral("note"), s.note}};
}

QJsonObject toJson(const Handover &h)
{
    return {{QStringLiteral("role_id"), h.roleId},
            {QStringLiteral("outgoing_id"), h.outgoingId},
            {QStringLiteral("incoming_id"), h.incomingId},
            {QStringLiteral("at"), toStoredTime(h.at)},
            {QStringLiteral("open_items"), h.openItems}};
}

QString membersText(const QList<qint64> &members)
{
    QJsonArray array;
    for (qint64 id : members)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString patternText(const ShiftPattern &pattern)
{
    return QString::fromUtf8(QJsonDocument(pattern.toJson()).toJson(QJsonDocument::Compact));
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString storedOrEmpty(const QDateTime &t)
{
    return t.isValid() ? toStoredTime(t) : QStringLiteral("");
}

} // namespace rosterrows
} // namespace dd
