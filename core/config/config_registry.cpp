#include "config/config_registry.h"

#include "audit/audit_log.h"
#include "plans/register_store.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dd {

using namespace RegisterStore;

namespace {

const char *ItemColumns =
    "i.id, i.number, i.kind, i.name, i.description, COALESCE(i.owner_id, 0), COALESCE(c.name, ''), "
    "i.status, i.system_class, i.location, i.last_confirmed, COALESCE(i.replaced_by, 0), "
    "i.deleted_at, i.version, i.updated_at, i.updated_by";
const char *ItemFrom = "config_items i LEFT JOIN contacts c ON c.id = i.owner_id";

ConfigItem itemFrom(const QSqlQuery &q)
{
    ConfigItem i;
    i.id = q.value(0).toLongLong();
    i.number = q.value(1).toString();
    i.kind = q.value(2).toString();
    i.name = q.value(3).toString();
    i.description = q.value(4).toString();
    i.ownerId = q.value(5).toLongLong();
    i.ownerName = q.value(6).toString();
    i.status = configStatusFromId(q.value(7).toString()).value_or(ConfigStatus::InService);
    i.systemClass = q.value(8).toInt();
    i.location = q.value(9).toString();
    i.lastConfirmed = date(q.value(10));
    i.replacedBy = q.value(11).toLongLong();
    i.deletedAt = time(q.value(12));
    i.version = q.value(13).toInt();
    i.updatedAt = time(q.value(14));
    i.updatedBy = q.value(15).toString();
    return i;
}

QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QStringLiteral("")
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonFrom(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

ConfigRegistry::ConfigRegistry(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

QDate ConfigRegistry::today() const
{
    return localDate(m_clock.now());
}

Result<QList<ConfigKind>> ConfigRegistry::kinds() const
{
    auto q = exec(m_db, QStringLiteral("SELECT id, name, builtin FROM config_kinds ORDER BY "
                                       "builtin DESC, CASE id WHEN 'server' THEN 1 WHEN "
                                       "'storage' THEN 2 WHEN 'network_device' THEN 3 WHEN "
                                       "'security_device' THEN 4 WHEN 'operating_system' THEN 5 "
                                       "WHEN 'application' THEN 6 WHEN 'database' THEN 7 ELSE 8 "
                                       "END, name"));
    if (!q)
        return q.takeError();
    QList<ConfigKind> list;
    while (q->next())
        list << ConfigKind{q->value(0).toString(), q->value(1).toString(), q->value(2).toBool()};
    std::stable_sort(list.begin(), list.end(), [](const ConfigKind &a, const ConfigKind &b) {
        if (a.builtin != b.builtin)
            return a.builtin;
        if (a.builtin)
            return false; // keep the standard's order
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return list;
}

Status ConfigRegistry::addKind(const Actor &actor, const QString &id, const QString &name)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!idPattern.match(id).hasMatch())
        return fail(tr("Kind id \"%1\": use lower-case letters, digits and _ (starting with a "
                       "letter, at most 40).")
                        .arg(id));
    if (name.trimmed().isEmpty())
        return fail(tr("Kind \"%1\": enter its name.").arg(id));
    return m_db.write([&]() -> Status {
        auto exists = exec(m_db, QStringLiteral("SELECT 1 FROM config_kinds WHERE id = ?"), {id});
        if (!exists)
            return exists.takeError();
        if (exists->next())
            return fail(tr("The kind \"%1\" exists already.").arg(id));
        auto q = exec(m_db, QStringLiteral("INSERT INTO config_kinds (id, name) VALUES (?, ?)"),
                      {id, name.trimmed()});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(
            actor, {QStringLiteral("config.kind.create"), QStringLiteral("config_kinds"), id,
                    QJsonObject(), QJsonObject{{QStringLiteral("name"), name.trimmed()}}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<QList<ConfigItem>> ConfigRegistry::items(bool includeDeleted) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY i.number")
                      .arg(QLatin1String(ItemColumns), QLatin1String(ItemFrom),
                           includeDeleted ? QString() : QStringLiteral("WHERE i.deleted_at = ''")));
    if (!q)
        return q.takeError();
    QList<ConfigItem> list;
    while (q->next())
        list << itemFrom(*q);
    auto all = kinds();
    if (!all)
        return all.takeError();
    QStringList order;
    for (const ConfigKind &k : *all)
        order << k.id;
    std::stable_sort(list.begin(), list.end(), [&](const ConfigItem &a, const ConfigItem &b) {
        return order.indexOf(a.kind) < order.indexOf(b.kind);
    });
    return list;
}

Result<ConfigItem> ConfigRegistry::item(qint64 id) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM %2 WHERE i.id = ?")
                      .arg(QLatin1String(ItemColumns), QLatin1String(ItemFrom)),
                  {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no configuration item with id %1.").arg(id));
    return itemFrom(*q);
}

Result<ConfigItem> ConfigRegistry::itemByNumber(const QString &number) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM %2 WHERE i.number = ?")
                      .arg(QLatin1String(ItemColumns), QLatin1String(ItemFrom)),
                  {number.trimmed()});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no configuration item numbered \"%1\".").arg(number.trimmed()));
    return itemFrom(*q);
}

Status ConfigRegistry::validate(const ConfigItem &item) const
{
    if (item.number.trimmed().isEmpty())
        return fail(tr("Number: enter the item's unique number."));
    if (item.name.trimmed().isEmpty())
        return fail(tr("Name of %1: enter what the item is.").arg(item.number.trimmed()));
    if (item.systemClass < 1 || item.systemClass > 5)
        return fail(tr("System class of %1: %2 is not a class from 1 to 5.")
                        .arg(item.number.trimmed())
                        .arg(item.systemClass));
    auto kind = exec(m_db, QStringLiteral("SELECT 1 FROM config_kinds WHERE id = ?"), {item.kind});
    if (!kind)
        return kind.takeError();
    if (!kind->next())
        return fail(
            tr("Kind of %1: \"%2\" is not a known kind.").arg(item.number.trimmed(), item.kind));
    if (item.ownerId > 0) {
        auto owner =
            exec(m_db, QStringLiteral("SELECT 1 FROM contacts WHERE id = ?"), {item.ownerId});
        if (!owner)
            return owner.takeError();
        if (!owner->next())
            return fail(tr("Owner of %1: there is no contact with id %2.")
                            .arg(item.number.trimmed())
                            .arg(item.ownerId));
    }
    return {};
}

Status ConfigRegistry::requireLive(const ConfigItem &item) const
{
    if (item.deleted())
        return fail(tr("%1 %2 was deleted on %3; it can no longer be changed.")
                        .arg(item.number, item.name,
                             item.deletedAt.toTimeZone(zone()).toString(
                                 QStringLiteral("yyyy-MM-dd HH:mm"))));
    return {};
}

Status ConfigRegistry::recordHistory(const Actor &actor, qint64 itemId, HistoryAction action,
                                     const QJsonObject &before, const QJsonObject &after,
                                     qint64 changeId, const QString &note)
{
    auto q = exec(m_db,
                  QStringLiteral("INSERT INTO config_history (item_id, action, before_json, "
                                 "after_json, change_id, note, at, by) VALUES (?, ?, ?, ?, ?, ?, "
                                 "?, ?)"),
                  {itemId, historyActionId(action), jsonText(before), jsonText(after),
                   optionalId(changeId), note.trimmed(), toStoredTime(m_clock.now()),
                   actor.auditName()});
    if (!q)
        return q.takeError();
    QJsonObject auditAfter = after;
    if (changeId > 0)
        auditAfter.insert(QStringLiteral("change_id"), changeId);
    auto logged = m_audit.append(actor, {QStringLiteral("config.item.") + historyActionId(action),
                                         QStringLiteral("config_items"), QString::number(itemId),
                                         before, auditAfter});
    if (!logged)
        return logged.takeError();
    return {};
}

Result<qint64> ConfigRegistry::add(const Actor &actor, const ConfigItem &item, qint64 changeId,
                                   const QString &note)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (Status ok = validate(item); !ok)
        return ok.takeError();
    return m_db.write([&]() -> Result<qint64> {
        auto used =
            exec(m_db, QStringLiteral("SELECT name, deleted_at FROM config_items WHERE number = ?"),
                 {item.number.trimmed()});
        if (!used)
            return used.takeError();
        if (used->next()) {
            if (!used->value(1).toString().isEmpty())
                return fail(tr("Number %1 belonged to \"%2\", which was deleted; numbers are "
                               "never given twice. Choose another number.")
                                .arg(item.number.trimmed(), used->value(0).toString()));
            return fail(tr("Number %1 is already used by \"%2\". Choose another number.")
                            .arg(item.number.trimmed(), used->value(0).toString()));
        }
        const QString now = toStoredTime(m_clock.now());
        auto q =
            exec(m_db,
                 QStringLiteral("INSERT INTO config_items (number, kind, name, description, "
                                "owner_id, status, system_class, location, updated_at, "
                                "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {item.number.trimmed(), item.kind, item.name.trimmed(), item.description,
                  optionalId(item.ownerId), configStatusId(item.status), item.systemClass,
                  item.location.trimmed(), now, actor.auditName()});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 id = *returned;
        auto stored = this->item(id);
        if (!stored)
            return stored.takeError();
        if (Status h = recordHistory(actor, id, HistoryAction::Add, QJsonObject(),
                                     configItemJson(*stored), changeId, note);
            !h)
            return h.takeError();
        return id;
    });
}

Status ConfigRegistry::modify(const Actor &actor, const ConfigItem &item, qint64 changeId,
                              const QString &note)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (Status ok = validate(item); !ok)
        return ok;
    return m_db.write([&]() -> Status {
        auto old = this->item(item.id);
        if (!old)
            return old.takeError();
        if (Status live = requireLive(*old); !live)
            return live;
        if (old->number != item.number.trimmed())
            return fail(tr("Number of %1: a number never changes; replace the item to give it "
                           "a new number.")
                            .arg(old->number));
        if (Status fresh = checkVersion(m_db, QStringLiteral("config_items"), item.id, item.version,
                                        tr("The item %1").arg(old->number));
            !fresh)
            return fresh;
        auto q = exec(m_db,
                      QStringLiteral("UPDATE config_items SET kind = ?, name = ?, description = "
                                     "?, owner_id = ?, status = ?, system_class = ?, location = "
                                     "?, updated_at = ?, updated_by = ?, version = version + 1 "
                                     "WHERE id = ?"),
                      {item.kind, item.name.trimmed(), item.description, optionalId(item.ownerId),
                       configStatusId(item.status), item.systemClass, item.location.trimmed(),
                       toStoredTime(m_clock.now()), actor.auditName(), item.id});
        if (!q)
            return q.takeError();
        auto stored = this->item(item.id);
        if (!stored)
            return stored.takeError();
        const QJsonObject before = configItemJson(*old);
        const QJsonObject after = configItemJson(*stored);
        if (before == after)
            return {};
        return recordHistory(actor, item.id, HistoryAction::Modify, before, after, changeId, note);
    });
}

Result<qint64> ConfigRegistry::replace(const Actor &actor, qint64 oldId,
                                       const ConfigItem &successor, qint64 changeId,
                                       const QString &note)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    return m_db.write([&]() -> Result<qint64> {
        auto old = item(oldId);
        if (!old)
            return old.takeError();
        if (Status live = requireLive(*old); !live)
            return live.takeError();
        if (old->replacedBy > 0)
            return fail(tr("%1 was replaced already.").arg(old->number));
        const QString why = note.trimmed().isEmpty()
                                ? tr("Replaces %1 %2").arg(old->number, old->name)
                                : note.trimmed();
        auto added = add(actor, successor, changeId, why);
        if (!added)
            return added.takeError();
        const qint64 newId = *added;
        // The successor takes the old item's place in every relation, without duplicates:
        // a relation the successor has already is dropped from the old item first.
        for (const char *sql :
             {"DELETE FROM config_relations WHERE from_item = ? AND EXISTS (SELECT 1 FROM "
              "config_relations s WHERE s.from_item = ? AND s.to_item = config_relations.to_item "
              "AND s.kind = config_relations.kind)",
              "UPDATE config_relations SET from_item = ? WHERE from_item = ?",
              "DELETE FROM config_relations WHERE to_item = ? AND EXISTS (SELECT 1 FROM "
              "config_relations s WHERE s.to_item = ? AND s.from_item = "
              "config_relations.from_item AND s.kind = config_relations.kind)",
              "UPDATE config_relations SET to_item = ? WHERE to_item = ?"}) {
            const bool update = QLatin1String(sql).startsWith(QLatin1String("UPDATE"));
            auto q = exec(m_db, QLatin1String(sql),
                          update ? QVariantList{newId, oldId} : QVariantList{oldId, newId});
            if (!q)
                return q.takeError();
        }
        auto cleanup = exec(m_db,
                            QStringLiteral("DELETE FROM config_relations WHERE from_item = ? OR "
                                           "to_item = ? OR from_item = to_item"),
                            {oldId, oldId});
        if (!cleanup)
            return cleanup.takeError();
        auto q = exec(m_db,
                      QStringLiteral("UPDATE config_items SET status = 'retired', replaced_by = "
                                     "?, updated_at = ?, updated_by = ?, version = version + 1 "
                                     "WHERE id = ?"),
                      {newId, toStoredTime(m_clock.now()), actor.auditName(), oldId});
        if (!q)
            return q.takeError();
        auto stored = item(oldId);
        if (!stored)
            return stored.takeError();
        QJsonObject after = configItemJson(*stored);
        after.insert(QStringLiteral("replaced_by"), successor.number.trimmed());
        if (Status h = recordHistory(
                actor, oldId, HistoryAction::Replace, configItemJson(*old), after, changeId,
                note.trimmed().isEmpty() ? tr("Replaced by %1").arg(successor.number.trimmed())
                                         : note.trimmed());
            !h)
            return h.takeError();
        return newId;
    });
}

Status ConfigRegistry::remove(const Actor &actor, qint64 id, qint64 changeId, const QString &note)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = item(id);
        if (!old)
            return old.takeError();
        if (Status live = requireLive(*old); !live)
            return live;
        auto rel = exec(m_db,
                        QStringLiteral("DELETE FROM config_relations WHERE from_item = ? OR "
                                       "to_item = ?"),
                        {id, id});
        if (!rel)
            return rel.takeError();
        auto q =
            exec(m_db,
                 QStringLiteral("UPDATE config_items SET deleted_at = ?, updated_at = ?, "
                                "updated_by = ?, version = version + 1 WHERE id = ?"),
                 {toStoredTime(m_clock.now()), toStoredTime(m_clock.now()), actor.auditName(), id});
        if (!q)
            return q.takeError();
        return recordHistory(actor, id, HistoryAction::Delete, configItemJson(*old), QJsonObject(),
                             changeId, note);
    });
}

Result<QList<ConfigRelation>> ConfigRegistry::relations(qint64 itemId) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT id, from_item, to_item, kind FROM config_relations "
                                 "WHERE from_item = ? OR to_item = ? ORDER BY id"),
                  {itemId, itemId});
    if (!q)
        return q.takeError();
    QList<ConfigRelation> list;
    while (q->next())
        list << ConfigRelation{
            q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
            relationKindFromId(q->value(3).toString()).value_or(RelationKind::DependsOn)};
    return list;
}

Result<QList<ConfigRelation>> ConfigRegistry::allRelations() const
{
    auto q = exec(m_db, QStringLiteral("SELECT id, from_item, to_item, kind FROM "
                                       "config_relations ORDER BY id"));
    if (!q)
        return q.takeError();
    QList<ConfigRelation> list;
    while (q->next())
        list << ConfigRelation{
            q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
            relationKindFromId(q->value(3).toString()).value_or(RelationKind::DependsOn)};
    return list;
}

Result<qint64> ConfigRegistry::addRelation(const Actor &actor, qint64 fromItem, qint64 toItem,
                                           RelationKind kind)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    return m_db.write([&]() -> Result<qint64> {
        auto from = item(fromItem);
        if (!from)
            return from.takeError();
        auto to = item(toItem);
        if (!to)
            return to.takeError();
        if (fromItem == toItem)
            return fail(tr("%1 cannot be related to itself.").arg(from->number));
        for (const ConfigItem *i : {&*from, &*to})
            if (Status live = requireLive(*i); !live)
                return live.takeError();
        auto dup = exec(m_db,
                        QStringLiteral("SELECT 1 FROM config_relations WHERE from_item = ? AND "
                                       "to_item = ? AND kind = ?"),
                        {fromItem, toItem, relationKindId(kind)});
        if (!dup)
            return dup.takeError();
        if (dup->next())
            return fail(tr("%1 %2 %3 is recorded already.")
                            .arg(from->number, relationKindName(kind), to->number));
        auto q = exec(m_db,
                      QStringLiteral("INSERT INTO config_relations (from_item, to_item, kind) "
                                     "VALUES (?, ?, ?) RETURNING id"),
                      {fromItem, toItem, relationKindId(kind)});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 id = *returned;
        auto logged = m_audit.append(
            actor, {QStringLiteral("config.relation.create"), QStringLiteral("config_relations"),
                    QString::number(id), QJsonObject(),
                    QJsonObject{{QStringLiteral("from"), from->number},
                                {QStringLiteral("to"), to->number},
                                {QStringLiteral("kind"), relationKindId(kind)}}});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status ConfigRegistry::removeRelation(const Actor &actor, qint64 relationId)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto q = exec(m_db,
                      QStringLiteral("SELECT f.number, t.number, r.kind FROM config_relations r "
                                     "JOIN config_items f ON f.id = r.from_item JOIN "
                                     "config_items t ON t.id = r.to_item WHERE r.id = ?"),
                      {relationId});
        if (!q)
            return q.takeError();
        if (!q->next())
            return fail(tr("That relation does not exist (any more)."));
        const QJsonObject before{{QStringLiteral("from"), q->value(0).toString()},
                                 {QStringLiteral("to"), q->value(1).toString()},
                                 {QStringLiteral("kind"), q->value(2).toString()}};
        auto del =
            exec(m_db, QStringLiteral("DELETE FROM config_relations WHERE id = ?"), {relationId});
        if (!del)
            return del.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("config.relation.remove"),
                                             QStringLiteral("config_relations"),
                                             QString::number(relationId), before, QJsonObject()});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<QList<Dependent>> ConfigRegistry::dependents(qint64 itemId) const
{
    auto rels = allRelations();
    if (!rels)
        return rels.takeError();
    QList<Dependent> out;
    QSet<qint64> seen{itemId};
    QList<qint64> frontier{itemId};
    for (int depth = 1; !frontier.isEmpty(); ++depth) {
        QList<qint64> next;
        for (qint64 target : frontier)
            for (const ConfigRelation &r : *rels) {
                if (r.toItem != target || seen.contains(r.fromItem))
                    continue;
                seen.insert(r.fromItem);
                auto i = item(r.fromItem);
                if (!i)
                    return i.takeError();
                out << Dependent{*i, depth, r.kind, target};
                next << r.fromItem;
            }
        frontier = next;
    }
    return out;
}

Result<QList<ConfigHistoryEntry>> ConfigRegistry::history(qint64 itemId) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT h.id, h.item_id, h.action, h.before_json, h.after_json, "
                                 "COALESCE(h.change_id, 0), COALESCE(c.number, ''), h.note, h.at, "
                                 "h.by FROM config_history h LEFT JOIN changes c ON c.id = "
                                 "h.change_id WHERE h.item_id = ? ORDER BY h.id"),
                  {itemId});
    if (!q)
        return q.takeError();
    QList<ConfigHistoryEntry> list;
    while (q->next()) {
        ConfigHistoryEntry e;
        e.id = q->value(0).toLongLong();
        e.itemId = q->value(1).toLongLong();
        e.action = historyActionFromId(q->value(2).toString()).value_or(HistoryAction::Modify);
        e.before = jsonFrom(q->value(3));
        e.after = jsonFrom(q->value(4));
        e.changeId = q->value(5).toLongLong();
        e.changeNumber = q->value(6).toString();
        e.note = q->value(7).toString();
        e.at = time(q->value(8));
        e.by = q->value(9).toString();
        list << e;
    }
    return list;
}

Result<QList<ConfigHistoryEntry>> ConfigRegistry::historyOfChange(qint64 changeId) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT DISTINCT item_id FROM config_history WHERE change_id = ?"),
                  {changeId});
    if (!q)
        return q.takeError();
    QList<ConfigHistoryEntry> out;
    while (q->next()) {
        auto h = history(q->value(0).toLongLong());
        if (!h)
            return h.takeError();
        for (const ConfigHistoryEntry &e : *h)
            if (e.changeId == changeId)
                out << e;
    }
    std::sort(out.begin(), out.end(),
              [](const ConfigHistoryEntry &a, const ConfigHistoryEntry &b) { return a.id < b.id; });
    return out;
}

Result<QList<ConfigItem>> ConfigRegistry::itemsOfIncident(qint64 incidentId) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM %2 JOIN incident_config_items l ON l.item_id = "
                                 "i.id WHERE l.incident_id = ? ORDER BY i.number")
                      .arg(QLatin1String(ItemColumns), QLatin1String(ItemFrom)),
                  {incidentId});
    if (!q)
        return q.takeError();
    QList<ConfigItem> list;
    while (q->next())
        list << itemFrom(*q);
    return list;
}

Status ConfigRegistry::setIncidentItems(const Actor &actor, qint64 incidentId,
                                        const QList<qint64> &itemIds)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto exists =
            exec(m_db, QStringLiteral("SELECT number FROM incidents WHERE id = ?"), {incidentId});
        if (!exists)
            return exists.takeError();
        if (!exists->next())
            return fail(tr("There is no incident with id %1.").arg(incidentId));
        auto before = itemsOfIncident(incidentId);
        if (!before)
            return before.takeError();
        QStringList beforeNumbers, afterNumbers;
        for (const ConfigItem &i : *before)
            beforeNumbers << i.number;
        auto del = exec(m_db,
                        QStringLiteral("DELETE FROM incident_config_items WHERE "
                                       "incident_id = ?"),
                        {incidentId});
        if (!del)
            return del.takeError();
        for (qint64 id : QSet<qint64>(itemIds.cbegin(), itemIds.cend())) {
            auto i = item(id);
            if (!i)
                return i.takeError();
            if (i->deleted() && !beforeNumbers.contains(i->number))
                if (Status live = requireLive(*i); !live)
                    return live;
            auto q = exec(m_db,
                          QStringLiteral("INSERT INTO incident_config_items (incident_id, "
                                         "item_id) VALUES (?, ?)"),
                          {incidentId, id});
            if (!q)
                return q.takeError();
            afterNumbers << i->number;
        }
        beforeNumbers.sort();
        afterNumbers.sort();
        if (beforeNumbers == afterNumbers)
            return {};
        auto logged = m_audit.append(
            actor, {QStringLiteral("incident.items.update"), QStringLiteral("incidents"),
                    QString::number(incidentId),
                    QJsonObject{{QStringLiteral("items"), beforeNumbers.join(QLatin1Char(','))}},
                    QJsonObject{{QStringLiteral("items"), afterNumbers.join(QLatin1Char(','))}}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<QList<qint64>> ConfigRegistry::incidentsOfItem(qint64 itemId) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT incident_id FROM incident_config_items WHERE item_id = "
                                 "? ORDER BY incident_id DESC"),
                  {itemId});
    if (!q)
        return q.takeError();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

namespace {

const char kProblemSelect[] =
    "SELECT f.id, f.drill_id, d.title, d.planned_start, f.text FROM drill_findings f "
    "JOIN drills d ON d.id = f.drill_id ";

Result<QList<ItemProblem>> readProblems(Database &db, const QString &sql, const QVariantList &args)
{
    auto q = exec(db, sql, args);
    if (!q)
        return q.takeError();
    QList<ItemProblem> problems;
    while (q->next()) {
        ItemProblem p;
        p.findingId = q->value(0).toLongLong();
        p.drillId = q->value(1).toLongLong();
        p.drillTitle = q->value(2).toString();
        const QDateTime start = fromStoredTime(q->value(3).toString());
        if (start.isValid())
            p.drillDate = start.toOffsetFromUtc(8 * 3600).date();
        p.text = q->value(4).toString();
        problems << p;
    }
    return problems;
}

} // namespace

Status ConfigRegistry::linkFinding(const Actor &actor, qint64 itemId, qint64 findingId)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto i = item(itemId);
        if (!i)
            return i.takeError();
        if (Status live = requireLive(*i); !live)
            return live;
        auto f =
            exec(m_db, QStringLiteral("SELECT 1 FROM drill_findings WHERE id = ?"), {findingId});
        if (!f)
            return f.takeError();
        if (!f->next())
            return fail(tr("There is no drill finding with id %1.").arg(findingId));
        auto linked = exec(m_db,
                           QStringLiteral("SELECT 1 FROM config_item_findings WHERE item_id = ? "
                                          "AND finding_id = ?"),
                           {itemId, findingId});
        if (!linked)
            return linked.takeError();
        if (linked->next())
            return fail(tr("The finding is linked to %1 already.").arg(i->number));
        auto q = exec(m_db,
                      QStringLiteral("INSERT INTO config_item_findings (item_id, finding_id) "
                                     "VALUES (?, ?)"),
                      {itemId, findingId});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(
            actor, {QStringLiteral("config.item.finding"), QStringLiteral("config_items"),
                    QString::number(itemId), QJsonObject(),
                    QJsonObject{{QStringLiteral("finding_id"), findingId}}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Status ConfigRegistry::unlinkFinding(const Actor &actor, qint64 itemId, qint64 findingId)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto i = item(itemId);
        if (!i)
            return i.takeError();
        auto q = exec(m_db,
                      QStringLiteral("DELETE FROM config_item_findings WHERE item_id = ? AND "
                                     "finding_id = ?"),
                      {itemId, findingId});
        if (!q)
            return q.takeError();
        if (q->numRowsAffected() != 1)
            return fail(tr("The finding is not linked to %1.").arg(i->number));
        auto logged = m_audit.append(
            actor, {QStringLiteral("config.item.finding.unlink"), QStringLiteral("config_items"),
                    QString::number(itemId), QJsonObject{{QStringLiteral("finding_id"), findingId}},
                    QJsonObject()});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<QList<ItemProblem>> ConfigRegistry::findingsOfItem(qint64 itemId) const
{
    return readProblems(m_db,
                        QLatin1String(kProblemSelect)
                            + QStringLiteral("JOIN config_item_findings l ON l.finding_id = f.id "
                                             "WHERE l.item_id = ? ORDER BY d.planned_start DESC, "
                                             "f.id"),
                        {itemId});
}

Result<QList<ItemProblem>> ConfigRegistry::allFindings() const
{
    return readProblems(m_db,
                        QLatin1String(kProblemSelect)
                            + QStringLiteral("ORDER BY d.planned_start DESC, d.id DESC, f.id"),
                        {});
}

Result<QList<ConfigAudit>> ConfigRegistry::audits() const
{
    auto q = exec(m_db, QStringLiteral("SELECT id, started_on, period_days, performed_by, note, "
                                       "closed_on FROM config_audits ORDER BY id DESC"));
    if (!q)
        return q.takeError();
    QList<ConfigAudit> list;
    while (q->next())
        list << ConfigAudit{q->value(0).toLongLong(), date(q->value(1)),      q->value(2).toInt(),
                            q->value(3).toString(),   q->value(4).toString(), date(q->value(5))};
    return list;
}

Result<QList<ConfigAuditFinding>> ConfigRegistry::findings(qint64 auditId) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT f.id, f.audit_id, f.item_id, i.number, i.name, f.kind, "
                                 "f.description, f.correction, f.corrected_on FROM "
                                 "config_audit_findings f JOIN config_items i ON i.id = "
                                 "f.item_id WHERE f.audit_id = ? ORDER BY i.number, f.id"),
                  {auditId});
    if (!q)
        return q.takeError();
    QList<ConfigAuditFinding> list;
    while (q->next()) {
        ConfigAuditFinding f;
        f.id = q->value(0).toLongLong();
        f.auditId = q->value(1).toLongLong();
        f.itemId = q->value(2).toLongLong();
        f.itemNumber = q->value(3).toString();
        f.itemName = q->value(4).toString();
        f.kind = q->value(5).toString() == QLatin1String("discrepancy")
                     ? ConfigAuditFinding::Kind::Discrepancy
                     : ConfigAuditFinding::Kind::Unconfirmed;
        f.description = q->value(6).toString();
        f.correction = q->value(7).toString();
        f.correctedOn = date(q->value(8));
        list << f;
    }
    return list;
}

Result<QList<ConfigItem>> ConfigRegistry::unconfirmedItems(const QDate &today, int periodDays) const
{
    auto all = items();
    if (!all)
        return all.takeError();
    QList<ConfigItem> out;
    for (const ConfigItem &i : *all)
        if (i.status != ConfigStatus::Retired
            && (!i.lastConfirmed.isValid() || i.lastConfirmed.daysTo(today) > periodDays))
            out << i;
    return out;
}

Result<qint64> ConfigRegistry::startAudit(const Actor &actor, int periodDays, const QString &note)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (periodDays < 1)
        return fail(tr("Audit period: %1 days is not a period; enter at least 1.").arg(periodDays));
    return m_db.write([&]() -> Result<qint64> {
        auto open = exec(m_db, QStringLiteral("SELECT started_on FROM config_audits WHERE "
                                              "closed_on = '' LIMIT 1"));
        if (!open)
            return open.takeError();
        if (open->next())
            return fail(tr("The configuration audit started on %1 is still open; close it "
                           "first.")
                            .arg(open->value(0).toString()));
        const QString now = toStoredTime(m_clock.now());
        auto q = exec(m_db,
                      QStringLiteral("INSERT INTO config_audits (started_on, period_days, "
                                     "performed_by, note, updated_at, updated_by) VALUES (?, ?, "
                                     "?, ?, ?, ?) RETURNING id"),
                      {storedDate(today()), periodDays,
                       actor.displayName().isEmpty() ? actor.auditName() : actor.displayName(),
                       note.trimmed(), now, actor.auditName()});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 id = *returned;
        auto stale = unconfirmedItems(today(), periodDays);
        if (!stale)
            return stale.takeError();
        for (const ConfigItem &i : *stale) {
            auto f = exec(m_db,
                          QStringLiteral("INSERT INTO config_audit_findings (audit_id, item_id, "
                                         "kind, description, updated_at, updated_by) VALUES (?, "
                                         "?, 'unconfirmed', ?, ?, ?)"),
                          {id, i.id,
                           i.lastConfirmed.isValid()
                               ? tr("Last confirmed %1").arg(dateText(i.lastConfirmed))
                               : tr("Never confirmed"),
                           now, actor.auditName()});
            if (!f)
                return f.takeError();
        }
        auto logged = m_audit.append(
            actor, {QStringLiteral("config.audit.start"), QStringLiteral("config_audits"),
                    QString::number(id), QJsonObject(),
                    QJsonObject{{QStringLiteral("period_days"), periodDays},
                                {QStringLiteral("unconfirmed"), int(stale->size())}}});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status ConfigRegistry::confirmItem(const Actor &actor, qint64 itemId)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto i = item(itemId);
        if (!i)
            return i.takeError();
        if (Status live = requireLive(*i); !live)
            return live;
        const QString now = toStoredTime(m_clock.now());
        auto q = exec(m_db,
                      QStringLiteral("UPDATE config_items SET last_confirmed = ?, updated_at = ?, "
                                     "updated_by = ?, version = version + 1 WHERE id = ?"),
                      {storedDate(today()), now, actor.auditName(), itemId});
        if (!q)
            return q.takeError();
        auto settle = exec(
            m_db,
            QStringLiteral("UPDATE config_audit_findings SET corrected_on = ?, "
                           "correction = ?, updated_at = ?, updated_by = ? WHERE "
                           "item_id = ? AND kind = 'unconfirmed' AND corrected_on "
                           "= ''"),
            {storedDate(today()), tr("Confirmed as recorded"), now, actor.auditName(), itemId});
        if (!settle)
            return settle.takeError();
        auto logged = m_audit.append(
            actor, {QStringLiteral("config.item.confirm"), QStringLiteral("config_items"),
                    QString::number(itemId),
                    QJsonObject{{QStringLiteral("last_confirmed"), storedDate(i->lastConfirmed)}},
                    QJsonObject{{QStringLiteral("last_confirmed"), storedDate(today())}}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<qint64> ConfigRegistry::recordDiscrepancy(const Actor &actor, qint64 auditId, qint64 itemId,
                                                 const QString &description)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (description.trimmed().isEmpty())
        return fail(tr("Discrepancy: describe what differs from the record."));
    return m_db.write([&]() -> Result<qint64> {
        auto a = exec(m_db, QStringLiteral("SELECT closed_on FROM config_audits WHERE id = ?"),
                      {auditId});
        if (!a)
            return a.takeError();
        if (!a->next())
            return fail(tr("There is no configuration audit with id %1.").arg(auditId));
        if (!a->value(0).toString().isEmpty())
            return fail(
                tr("That configuration audit was closed on %1.").arg(a->value(0).toString()));
        auto i = item(itemId);
        if (!i)
            return i.takeError();
        const QString now = toStoredTime(m_clock.now());
        auto q = exec(m_db,
                      QStringLiteral("INSERT INTO config_audit_findings (audit_id, item_id, kind, "
                                     "description, updated_at, updated_by) VALUES (?, ?, "
                                     "'discrepancy', ?, ?, ?) RETURNING id"),
                      {auditId, itemId, description.trimmed(), now, actor.auditName()});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 id = *returned;
        auto logged = m_audit.append(
            actor, {QStringLiteral("config.audit.discrepancy"),
                    QStringLiteral("config_audit_findings"), QString::number(id), QJsonObject(),
                    QJsonObject{{QStringLiteral("item"), i->number},
                                {QStringLiteral("description"), description.trimmed()}}});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status ConfigRegistry::recordCorrection(const Actor &actor, qint64 findingId,
                                        const QString &correction)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (correction.trimmed().isEmpty())
        return fail(tr("Correction: describe how the record or the item was corrected."));
    return m_db.write([&]() -> Status {
        auto f = exec(m_db,
                      QStringLiteral("SELECT corrected_on FROM config_audit_findings WHERE id = ?"),
                      {findingId});
        if (!f)
            return f.takeError();
        if (!f->next())
            return fail(tr("That finding does not exist (any more)."));
        if (!f->value(0).toString().isEmpty())
            return fail(tr("That finding was settled on %1.").arg(f->value(0).toString()));
        auto q = exec(m_db,
                      QStringLiteral("UPDATE config_audit_findings SET correction = ?, "
                                     "corrected_on = ?, updated_at = ?, updated_by = ? WHERE id "
                                     "= ?"),
                      {correction.trimmed(), storedDate(today()), toStoredTime(m_clock.now()),
                       actor.auditName(), findingId});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(
            actor,
            {QStringLiteral("config.audit.correction"), QStringLiteral("config_audit_findings"),
             QString::number(findingId), QJsonObject(),
             QJsonObject{{QStringLiteral("correction"), correction.trimmed()}}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Status ConfigRegistry::closeAudit(const Actor &actor, qint64 auditId)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto open = findings(auditId);
        if (!open)
            return open.takeError();
        QStringList unsettled;
        for (const ConfigAuditFinding &f : *open)
            if (!f.settled())
                unsettled << f.itemNumber;
        if (!unsettled.isEmpty())
            return fail(tr("The audit cannot close: %n finding(s) are not settled (%1).", nullptr,
                           int(unsettled.size()))
                            .arg(unsettled.join(QStringLiteral(", "))));
        auto q =
            exec(m_db,
                 QStringLiteral("UPDATE config_audits SET closed_on = ?, updated_at = ?, "
                                "updated_by = ? WHERE id = ? AND closed_on = ''"),
                 {storedDate(today()), toStoredTime(m_clock.now()), actor.auditName(), auditId});
        if (!q)
            return q.takeError();
        if (q->numRowsAffected() != 1)
            return fail(tr("That configuration audit is not open."));
        auto logged = m_audit.append(
            actor, {QStringLiteral("config.audit.close"), QStringLiteral("config_audits"),
                    QString::number(auditId), QJsonObject(),
                    QJsonObject{{QStringLiteral("closed_on"), storedDate(today())}}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

} // namespace dd
