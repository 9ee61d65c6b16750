#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// A configuration item (配置项) of the configuration management clause: a server, a storage
// or network or security device, an operating system, an application, a database, or a kind
// the institution adds. Its number is unique and never given again, not even after the item
// is deleted (the row stays as a tombstone so history and links remain readable).
enum class ConfigStatus { Planned, InService, Degraded, Retired };

// A runs on B (an application on a server), A depends on B, A is part of B.
enum class RelationKind { RunsOn, DependsOn, PartOf };

enum class HistoryAction { Add, Modify, Replace, Delete };

QList<ConfigStatus> allConfigStatuses();
QString configStatusId(ConfigStatus status); // "planned", "in_service", ...
std::optional<ConfigStatus> configStatusFromId(const QString &id);
QString configStatusName(ConfigStatus status); // translated

QList<RelationKind> allRelationKinds();
QString relationKindId(RelationKind kind); // "runs_on", "depends_on", "part_of"
std::optional<RelationKind> relationKindFromId(const QString &id);
QString relationKindName(RelationKind kind); // translated: "runs on", ...

QString historyActionId(HistoryAction action);
std::optional<HistoryAction> historyActionFromId(const QString &id);
QString historyActionName(HistoryAction action); // translated

struct ConfigKind {
    QString id; // "server", ..., or a user kind's id
    QString name;
    bool builtin = false;
    // The name in the desk's language for built-in kinds; the stored name for user kinds.
    QString displayName() const;
};

struct ConfigItem {
    qint64 id = 0;
    QString number; // unique, never reused ("SRV-0001")
    QString kind;   // ConfigKind::id
    QString name;
    QString description;
    qint64 ownerId = 0; // the maintainer (contacts.id); 0: none
    QString ownerName;  // read only: the contact's name
    ConfigStatus status = ConfigStatus::InService;
    int systemClass = 1; // 1..5 (2021 measures: 5 highest)
    QString location;
    QDate lastConfirmed; // by the last configuration audit; invalid: never
    qint64 replacedBy = 0;
    QDateTime deletedAt; // valid: deleted (a tombstone)
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;

    bool deleted() const { return deletedAt.isValid(); }
};

struct ConfigRelation {
    qint64 id = 0;
    qint64 fromItem = 0;
    qint64 toItem = 0;
    RelationKind kind = RelationKind::DependsOn;
};

struct ConfigHistoryEntry {
    qint64 id = 0;
    qint64 itemId = 0;
    HistoryAction action = HistoryAction::Add;
    QJsonObject before;  // empty for add
    QJsonObject after;   // empty for delete
    qint64 changeId = 0; // the change that made it; 0: none
    QString changeNumber;
    QString note;
    QDateTime at;
    QString by;
    // "name: A → B" per field that differs between before and after.
    QStringList differences() const;
};

// An item that depends on another, directly or through others (impact view).
struct Dependent {
    ConfigItem item;
    int depth = 1;        // 1: directly related
    RelationKind via;     // the relation that leads to it
    qint64 throughId = 0; // the item it relates to on the way
};

// A problem found in a drill (a drill finding) linked to an item, or offered for linking.
struct ItemProblem {
    qint64 findingId = 0;
    qint64 drillId = 0;
    QString drillTitle;
    QDate drillDate; // planned start, institution local date
    QString text;
};

struct ConfigAudit {
    qint64 id = 0;
    QDate startedOn;
    int periodDays = 0;
    QString performedBy;
    QString note;
    QDate closedOn; // invalid: open
    bool open() const { return !closedOn.isValid(); }
};

struct ConfigAuditFinding {
    enum class Kind { Unconfirmed, Discrepancy };
    qint64 id = 0;
    qint64 auditId = 0;
    qint64 itemId = 0;
    QString itemNumber;
    QString itemName;
    Kind kind = Kind::Unconfirmed;
    QString description;
    QString correction;
    QDate correctedOn; // invalid: not corrected
    bool settled() const { return correctedOn.isValid(); }
};

class ConfigText {
    Q_DECLARE_TR_FUNCTIONS(dd::ConfigRegistry)
};

// The JSON form of an item as history and the audit log store it (names, not ids, where a
// reader needs them).
QJsonObject configItemJson(const ConfigItem &item);

} // namespace dd
