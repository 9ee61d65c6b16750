#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "config/config_item.h"

#include <QCoreApplication>
#include <QList>

namespace dd {

class AuditLog;
class Clock;
class Database;

// The configuration items, their relations, their history and the configuration audits.
//
// Rules:
// - Numbers are unique among all items ever added, deleted ones included: a number is never
//   given twice. They are compared after trimming, case-sensitively.
// - Add, modify, replace and delete each write one history row with the item before and
//   after, optionally naming the change (changes.id) that did it, plus an audit row.
// - Delete keeps the row (deleted_at) and removes the item's relations; a deleted item cannot
//   be modified, related, or linked again.
// - Replace adds the new item, moves every relation of the old item to it, retires the old
//   item and points it at its successor (replaced_by); the old item gets a "replace" history
//   row naming its successor, the successor an "add" row saying which item it replaces.
// - A relation joins two different, not deleted items; the same relation twice is refused.
// - A configuration audit lists, when started, every item not confirmed within its period
//   (never confirmed, or last confirmed more than period days before the start) as an
//   "unconfirmed" finding; confirming an item settles its finding. Discrepancies found are
//   recorded with their description and settled by recording the correction. An audit closes
//   only when every finding is settled.
// - Every write needs Permission::EditDutyData and is one transaction.
class ConfigRegistry {
    Q_DECLARE_TR_FUNCTIONS(dd::ConfigRegistry)
public:
    ConfigRegistry(Database &db, AuditLog &audit, const Clock &clock);

    Result<QList<ConfigKind>> kinds() const; // built-ins first, then user kinds by name
    // A user kind; the id is lower-case letters, digits and '_'.
    Status addKind(const Actor &actor, const QString &id, const QString &name);

    // Items by kind order, then number; deleted ones only when asked.
    Result<QList<ConfigItem>> items(bool includeDeleted = false) const;
    Result<ConfigItem> item(qint64 id) const;
    Result<ConfigItem> itemByNumber(const QString &number) const;
    // Refused: empty number or name, a number used before, an unknown kind, a class outside
    // 1–5, an unknown owner.
    Result<qint64> add(const Actor &actor, const ConfigItem &item, qint64 changeId = 0,
                       const QString &note = {});
    // Refused as add, plus a stale version, a deleted item and a change of number.
    Status modify(const Actor &actor, const ConfigItem &item, qint64 changeId = 0,
                  const QString &note = {});
    Result<qint64> replace(const Actor &actor, qint64 oldId, const ConfigItem &successor,
                           qint64 changeId = 0, const QString &note = {});
    Status remove(const Actor &actor, qint64 id, qint64 changeId = 0, const QString &note = {});

    // Relations where the item is either end.
    Result<QList<ConfigRelation>> relations(qint64 itemId) const;
    Result<QList<ConfigRelation>> allRelations() const;
    Result<qint64> addRelation(const Actor &actor, qint64 fromItem, qint64 toItem,
                               RelationKind kind);
    Status removeRelation(const Actor &actor, qint64 relationId);
    // The items that depend on `itemId` through any relation (the ones that point at it, and
    // at those, ...), nearest first; each once.
    Result<QList<Dependent>> dependents(qint64 itemId) const;

    Result<QList<ConfigHistoryEntry>> history(qint64 itemId) const; // oldest first
    Result<QList<ConfigHistoryEntry>> historyOfChange(qint64 changeId) const;

    // Incidents: the items an incident affected.
    Result<QList<ConfigItem>> itemsOfIncident(qint64 incidentId) const;
    Status setIncidentItems(const Actor &actor, qint64 incidentId, const QList<qint64> &itemIds);
    Result<QList<qint64>> incidentsOfItem(qint64 itemId) const;
    // Problems: drill findings linked to the item. Linking twice is refused, so is linking a
    // deleted item or an unknown finding; unlinking a finding that is not linked is refused.
    Status linkFinding(const Actor &actor, qint64 itemId, qint64 findingId);
    Status unlinkFinding(const Actor &actor, qint64 itemId, qint64 findingId);
    Result<QList<ItemProblem>> findingsOfItem(qint64 itemId) const; // newest drill first
    // Every drill finding, newest drill first, to choose one from.
    Result<QList<ItemProblem>> allFindings() const;

    // Configuration audits.
    Result<QList<ConfigAudit>> audits() const; // newest first
    Result<QList<ConfigAuditFinding>> findings(qint64 auditId) const;
    // Starts an audit on today's date and records an "unconfirmed" finding for every item not
    // confirmed within `periodDays`. Refused while another audit is open.
    Result<qint64> startAudit(const Actor &actor, int periodDays, const QString &note = {});
    // Confirms the item as it is recorded (today) and settles its open unconfirmed findings.
    Status confirmItem(const Actor &actor, qint64 itemId);
    Result<qint64> recordDiscrepancy(const Actor &actor, qint64 auditId, qint64 itemId,
                                     const QString &description);
    Status recordCorrection(const Actor &actor, qint64 findingId, const QString &correction);
    Status closeAudit(const Actor &actor, qint64 auditId);
    // Items never confirmed or confirmed more than `periodDays` before `today`.
    Result<QList<ConfigItem>> unconfirmedItems(const QDate &today, int periodDays) const;

    QDate today() const; // institution local date (UTC+8)

private:
    Status recordHistory(const Actor &actor, qint64 itemId, HistoryAction action,
                         const QJsonObject &before, const QJsonObject &after, qint64 changeId,
                         const QString &note);
    Status validate(const ConfigItem &item) const;
    Status requireLive(const ConfigItem &item) const;

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace dd
