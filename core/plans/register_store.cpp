#include "plans/register_store.h"

#include "audit/audit_log.h"
#include "storage/database.h"

namespace dd {

QTimeZone RegisterStore::zone()
{
    return QTimeZone(8 * 3600);
}

Result<QSqlQuery> RegisterStore::exec(Database &db, const QString &sql, QVariantList bound)
{
    for (QVariant &v : bound)
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QStringLiteral("");
    return db.exec(sql, bound);
}

QString RegisterStore::storedDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

QDate RegisterStore::date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime RegisterStore::time(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : fromStoredTime(s);
}

QDate RegisterStore::localDate(const QDateTime &now)
{
    return now.toTimeZone(zone()).date();
}

Error RegisterStore::stale(const QString &what, const QString &by, const QDateTime &at, int yours,
                           int now)
{
    return fail(
        Text::tr("%1 was changed by %2 at %3 since you opened it (your version %4, now "
                 "%5); reload and make your change again.")
            .arg(what, by, at.toTimeZone(zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(yours)
            .arg(now));
}

Status RegisterStore::checkVersion(Database &db, const QString &table, qint64 id, int yours,
                                   const QString &what)
{
    auto q = exec(
        db,
        QStringLiteral("SELECT updated_by, updated_at, version FROM %1 WHERE id = ?").arg(table),
        {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(Text::tr("%1 does not exist (any more).").arg(what));
    const int now = q->value(2).toInt();
    if (now != yours)
        return stale(what, q->value(0).toString(), time(q->value(1)), yours, now);
    return {};
}

QString RegisterStore::dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

} // namespace dd
