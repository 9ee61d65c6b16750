#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

class Clock;
class Database;

// What a mutation appends to the audit log. before/after are empty objects when nothing
// existed before or nothing remains after.
struct AuditEntry {
    QString action; // "operator.create", "settings.update", ...
    QString entity; // table or domain object name
    QString entityId;
    QJsonObject before;
    QJsonObject after;
};

struct AuditRecord {
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString before;
    QString after;
    QString prevHash;
    QString hash;
};

// Who changed a record last and when: the "changed by X at T" of a refused save.
struct AuditChange {
    QString actor; // login, or "system"
    QDateTime at;
};

struct AuditVerification {
    bool intact = true;
    qint64 count = 0;
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString reason;            // translated; empty when intact
};

// The append-only, hash-chained audit log. Each row's hash is SHA-256 over its canonical form
// and the previous row's hash; the chain head (count and last hash) is kept in a second table
// so that removing rows from the end is detected as well.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(dd::AuditLog)
public:
    AuditLog(Database &db, const Clock &clock);

    // Appends inside the caller's write transaction (Database::write); fails outside one.
    Result<qint64> append(const Actor &actor, const AuditEntry &entry);

    Result<AuditVerification> verify() const;
    Result<QList<AuditRecord>> latest(int limit) const;
    Result<qint64> count() const;
    // The latest row about `entity` `entityId` (of one of `actions`, when given): who changed
    // it last and when; nullopt when the log has none.
    Result<std::optional<AuditChange>> lastChange(const QString &entity, const QString &entityId,
                                                  const QStringList &actions = {}) const;
    // The refusal of a save made against version `yours` of a record that is at `now` since:
    // names who changed it last and when (lastChange, in institution time) and asks for a
    // reload. `what` names the record for the user ("张三", "Incident 2026-0007").
    Error staleEdit(const QString &what, const QString &entity, const QString &entityId,
                    qint64 yours, qint64 now, const QStringList &actions = {}) const;

    static QString canonicalForm(const AuditRecord &record);
    static QString hashOf(const AuditRecord &record);
    static QString genesisHash();

private:
    Database &m_db;
    const Clock &m_clock;
};

// UTC timestamps as stored: ISO 8601 with milliseconds and "Z".
QString toStoredTime(const QDateTime &t);
QDateTime fromStoredTime(const QString &text);

} // namespace dd
