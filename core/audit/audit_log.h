#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

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
