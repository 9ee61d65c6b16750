#include "intake/intake_sources.h"

#include "audit/audit_log.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>

namespace dd {

namespace {

const char *SourceColumns = "id, name, format, created_at, created_by, COALESCE(last_used_at, ''), "
                            "COALESCE(revoked_at, '')";

QDateTime timeOf(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : fromStoredTime(s);
}

IntakeSource sourceFrom(const QSqlQuery &q)
{
    IntakeSource s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.format = alertFormatFromId(q.value(2).toString()).value_or(AlertFormat::Generic);
    s.createdAt = timeOf(q.value(3));
    s.createdBy = q.value(4).toString();
    s.lastUsedAt = timeOf(q.value(5));
    s.revokedAt = timeOf(q.value(6));
    return s;
}

// What the audit log keeps of a source: never the token nor its hash.
QJsonObject toJson(const IntakeSource &s)
{
    QJsonObject o{{QStringLiteral("name"), s.name},
                  {QStringLiteral("format"), alertFormatId(s.format)}};
    if (s.revoked())
        o.insert(QStringLiteral("revoked_at"), toStoredTime(s.revokedAt));
    return o;
}

// Equal-length comparison that does not stop at the first difference.
bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

IntakeSourceRepository::IntakeSourceRepository(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Result<QList<IntakeSource>> IntakeSourceRepository::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM intake_sources "
                                      "ORDER BY revoked_at IS NOT NULL, name, id")
                           .arg(QLatin1String(SourceColumns)));
    if (!q)
        return q.takeError();
    QList<IntakeSource> out;
    while (q->next())
        out << sourceFrom(*q);
    return out;
}

Result<IntakeSource> IntakeSourceRepository::get(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM intake_sources WHERE id = ?")
                           .arg(QLatin1String(SourceColumns)),
                       {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("Intake source %1: no such source.").arg(id));
    return sourceFrom(*q);
}

Result<CreatedIntakeSource> IntakeSourceRepository::create(const Actor &actor, const QString &name,
                                                           AlertFormat format)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed.takeError();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Name: give the monitoring system a name, such as \"Prometheus\"."));
    return m_db.write([&]() -> Result<CreatedIntakeSource> {
        auto taken = m_db.exec(QStringLiteral("SELECT count(*) FROM intake_sources "
                                              "WHERE name = ? AND revoked_at IS NULL"),
                               {trimmed});
        if (!taken)
            return taken.takeError();
        taken->next();
        if (taken->value(0).toLongLong() > 0)
            return fail(tr("Name: an active intake source is already called \"%1\".").arg(trimmed));
        const QString token = generateToken();
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO intake_sources (name, format, token_hash, "
                                     "created_at, created_by) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                      {trimmed, alertFormatId(format), hashToken(token.toLatin1()),
                       toStoredTime(m_clock.now()), actor.auditName()});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 id = *returned;
        auto stored = get(id);
        if (!stored)
            return stored.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("intake.source.create"),
                                             QStringLiteral("intake_sources"), QString::number(id),
                                             QJsonObject(), toJson(*stored)});
        if (!logged)
            return logged.takeError();
        return CreatedIntakeSource{*stored, token};
    });
}

Status IntakeSourceRepository::revoke(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto before = get(id);
        if (!before)
            return before.takeError();
        if (before->revoked())
            return fail(tr("Intake source \"%1\" is already revoked.").arg(before->name));
        auto q = m_db.exec(QStringLiteral("UPDATE intake_sources SET revoked_at = ? WHERE id = ?"),
                           {toStoredTime(m_clock.now()), id});
        if (!q)
            return q.takeError();
        auto after = get(id);
        if (!after)
            return after.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("intake.source.revoke"),
                                             QStringLiteral("intake_sources"), QString::number(id),
                                             toJson(*before), toJson(*after)});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<std::optional<IntakeSource>>
IntakeSourceRepository::authenticate(AlertFormat format, const QByteArray &token) const
{
    if (token.isEmpty())
        return std::optional<IntakeSource>();
    const QByteArray presented = hashToken(token).toLatin1();
    auto q = m_db.exec(QStringLiteral("SELECT %1, token_hash FROM intake_sources "
                                      "WHERE revoked_at IS NULL AND format = ?")
                           .arg(QLatin1String(SourceColumns)),
                       {alertFormatId(format)});
    if (!q)
        return q.takeError();
    std::optional<IntakeSource> match;
    // Every active source is compared in full, so the time does not tell which one was close.
    while (q->next()) {
        if (constantTimeEqual(q->value(7).toString().toLatin1(), presented) && !match)
            match = sourceFrom(*q);
    }
    return match;
}

Status IntakeSourceRepository::markUsed(qint64 id)
{
    return m_db.write([&]() -> Status {
        auto q =
            m_db.exec(QStringLiteral("UPDATE intake_sources SET last_used_at = ? WHERE id = ?"),
                      {toStoredTime(m_clock.now()), id});
        if (!q)
            return q.takeError();
        return {};
    });
}

QString IntakeSourceRepository::hashToken(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QString IntakeSourceRepository::generateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace dd
