#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "intake/alert.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

class AuditLog;
class Clock;
class Database;

// A monitoring system allowed to send alerts: a name, the one format (route) it may post to,
// and the SHA-256 of its bearer token (the token itself is never stored).
struct IntakeSource {
    qint64 id = 0;
    QString name;
    AlertFormat format = AlertFormat::Generic;
    QDateTime createdAt;
    QString createdBy;    // audit name of the creator
    QDateTime lastUsedAt; // invalid: never used
    QDateTime revokedAt;  // invalid: active
    bool revoked() const { return revokedAt.isValid(); }
};

// What create() returns: the new source and its token. The token is shown to the user once
// (settings dialog, "copy now") and cannot be read back later.
struct CreatedIntakeSource {
    IntakeSource source;
    QString token; // 32 random bytes, base64url without padding (43 characters)
};

// Intake sources (settings → monitoring intake). Creating and revoking needs
// Permission::ManageSettings and writes an audit row (name and format; never the token or its
// hash). Reading needs no permission.
class IntakeSourceRepository {
    Q_DECLARE_TR_FUNCTIONS(dd::IntakeSourceRepository)
public:
    IntakeSourceRepository(Database &db, AuditLog &audit, const Clock &clock);

    Result<QList<IntakeSource>> list() const; // active first, then by name
    Result<IntakeSource> get(qint64 id) const;

    // Refused with an empty name or a name an active source already has.
    Result<CreatedIntakeSource> create(const Actor &actor, const QString &name, AlertFormat format);
    // The token stops working at once; the source stays listed as revoked. Its alerts stay.
    Status revoke(const Actor &actor, qint64 id);

    // The active source of `format` whose token hash equals SHA-256(token), compared in
    // constant time over every active source; nullopt when none (wrong token, revoked,
    // other format). Does not write.
    Result<std::optional<IntakeSource>> authenticate(AlertFormat format,
                                                     const QByteArray &token) const;
    // Stamps last_used_at; joins the caller's write transaction (no audit row).
    Status markUsed(qint64 id);

    static QString hashToken(const QByteArray &token); // SHA-256, lower-case hex
    static QString generateToken();                    // QRandomGenerator::system(), base64url

private:
    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace dd
