#include "audit/audit_log.h"

#include "storage/database.h"
#include "time/clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace dd {

namespace {

// QtSql binds a null QString as SQL NULL; the log's text columns hold "" instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return QStringLiteral("");
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

AuditRecord recordFrom(const QSqlQuery &q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.at = fromStoredTime(q.value(1).toString());
    r.actor = q.value(2).toString();
    r.action = q.value(3).toString();
    r.entity = q.value(4).toString();
    r.entityId = q.value(5).toString();
    r.before = q.value(6).toString();
    r.after = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}

const QString SelectColumns = QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, "
                                             "before, after, prev_hash, hash FROM audit_log ");

} // namespace

QString toStoredTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

AuditLog::AuditLog(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::canonicalForm(const AuditRecord &r)
{
    const QJsonArray fields{QString::number(r.seq),
                            toStoredTime(r.at),
                            r.actor,
                            r.action,
                            r.entity,
                            r.entityId,
                            r.before,
                            r.after,
                            r.prevHash};
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

QString AuditLog::hashOf(const AuditRecord &record)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalForm(record).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

Result<qint64> AuditLog::append(const Actor &actor, const AuditEntry &entry)
{
    if (!m_db.inWriteTransaction())
        return fail(QStringLiteral("AuditLog::append called outside Database::write"));
    // On a shared server the head row is locked until this write commits: concurrent desks
    // append one after the other, so the chain stays a single chain.
    auto head = m_db.exec(QStringLiteral("SELECT count, hash FROM audit_head WHERE id = 1")
                          + m_db.forUpdate());
    if (!head)
        return head.takeError();
    if (!head->next())
        return fail(tr("The audit log's head row is missing; the database was tampered with."));
    AuditRecord r;
    r.seq = head->value(0).toLongLong() + 1;
    r.prevHash = head->value(1).toString();
    r.at = m_clock.now();
    r.actor = text(actor.auditName());
    r.action = text(entry.action);
    r.entity = text(entry.entity);
    r.entityId = text(entry.entityId);
    r.before = compactJson(entry.before);
    r.after = compactJson(entry.after);
    r.hash = hashOf(r);
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, before, "
                       "after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.seq, toStoredTime(r.at), r.actor, r.action, r.entity, r.entityId, r.before, r.after,
         r.prevHash, r.hash});
    if (!inserted)
        return inserted.takeError();
    auto moved = m_db.exec(QStringLiteral("UPDATE audit_head SET count = ?, hash = ? WHERE id = 1"),
                           {r.seq, r.hash});
    if (!moved)
        return moved.takeError();
    return r.seq;
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification v;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(SelectColumns + QStringLiteral("ORDER BY seq")))
        return fail(tr("The audit log cannot be read."));
    QString previous = genesisHash();
    qint64 expectedSeq = 1;
    auto broken = [&v](qint64 seq, QString reason) {
        v.intact = false;
        v.firstBrokenSeq = seq;
        v.reason = std::move(reason);
        return v;
    };
    while (q.next()) {
        const AuditRecord r = recordFrom(q);
        if (r.seq != expectedSeq)
            return broken(r.seq, tr("row %1 follows row %2: rows were deleted or renumbered")
                                     .arg(r.seq)
                                     .arg(expectedSeq - 1));
        if (r.prevHash != previous)
            return broken(r.seq, tr("row %1 does not follow its predecessor: rows were deleted, "
                                    "inserted or reordered")
                                     .arg(r.seq));
        if (hashOf(r) != r.hash)
            return broken(r.seq, tr("row %1 was edited after it was written").arg(r.seq));
        previous = r.hash;
        ++expectedSeq;
        ++v.count;
    }
    auto head = m_db.exec(QStringLiteral("SELECT count, hash FROM audit_head WHERE id = 1"));
    if (!head || !head->next())
        return broken(v.count + 1, tr("the audit log's head row is missing"));
    if (head->value(0).toLongLong() != v.count || head->value(1).toString() != previous)
        return broken(v.count + 1, tr("the log ends at row %1 but %2 rows were written: rows were "
                                      "removed from the end")
                                       .arg(v.count)
                                       .arg(head->value(0).toLongLong()));
    return v;
}

Result<QList<AuditRecord>> AuditLog::latest(int limit) const
{
    auto q = m_db.exec(SelectColumns + QStringLiteral("ORDER BY seq DESC LIMIT ?"), {limit});
    if (!q)
        return q.takeError();
    QList<AuditRecord> records;
    while (q->next())
        records << recordFrom(*q);
    return records;
}

Result<qint64> AuditLog::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!q)
        return q.takeError();
    q->next();
    return q->value(0).toLongLong();
}

Result<std::optional<AuditChange>> AuditLog::lastChange(const QString &entity,
                                                        const QString &entityId,
                                                        const QStringList &actions) const
{
    QString sql =
        QStringLiteral("SELECT actor, at FROM audit_log WHERE entity = ? AND entity_id = ?");
    QVariantList bound{text(entity), text(entityId)};
    if (!actions.isEmpty()) {
        QStringList marks;
        for (const QString &action : actions) {
            marks << QStringLiteral("?");
            bound << action;
        }
        sql += QStringLiteral(" AND action IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    auto q = m_db.exec(sql + QStringLiteral(" ORDER BY seq DESC LIMIT 1"), bound);
    if (!q)
        return q.takeError();
    if (!q->next())
        return std::optional<AuditChange>();
    return std::optional<AuditChange>(
        AuditChange{q->value(0).toString(), fromStoredTime(q->value(1).toString())});
}

Error AuditLog::staleEdit(const QString &what, const QString &entity, const QString &entityId,
                          qint64 yours, qint64 now, const QStringList &actions) const
{
    auto last = lastChange(entity, entityId, actions);
    if (!last)
        return last.takeError();
    if (!last->has_value())
        return fail(tr("%1 was changed since you opened it (your version %2, now %3); reload and "
                       "make your change again.")
                        .arg(what)
                        .arg(yours)
                        .arg(now));
    // Institution time (UTC+8), as every other "changed by" message shows it.
    const QString at =
        (*last)->at.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return fail(tr("%1 was changed by %2 at %3 since you opened it (your version %4, now %5); "
                   "reload and make your change again.")
                    .arg(what, (*last)->actor, at)
                    .arg(yours)
                    .arg(now));
}

} // namespace dd
