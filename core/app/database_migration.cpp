#include "app/database_migration.h"

#include "audit/audit_log.h"
#include "storage/attachment_files.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace dd {

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

Result<QStringList> tablesOf(Database &db)
{
    const QString sql =
        db.dialect() == SqlDialect::PostgreSQL
            ? QStringLiteral(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                "current_schema() AND table_type = 'BASE TABLE' AND table_name <> "
                "'dd_schema' ORDER BY table_name")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite%' ORDER BY name");
    auto q = db.exec(sql);
    if (!q)
        return q.takeError();
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

Result<qint64> rowCount(Database &db, const QString &table)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)));
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(DatabaseMigration::tr("Cannot count the rows of %1.").arg(table));
    return q->value(0).toLongLong();
}

} // namespace

qint64 DatabaseCopyReport::totalRows() const
{
    qint64 n = 0;
    for (const auto &[table, rows] : tables)
        n += rows;
    return n;
}

Result<DatabaseCopyReport> DatabaseMigration::copy(Database &from, Database &to,
                                                   const QString &attachmentFolder)
{
    if (from.schemaVersion() != to.schemaVersion())
        return fail(tr("The source has schema version %1 and the target %2: open the source once "
                       "with this DutyDesk to upgrade it.")
                        .arg(from.schemaVersion())
                        .arg(to.schemaVersion()));
    // Only an empty target: its own people, incidents or audit rows would be overwritten.
    for (const char *table : {"operators", "contacts", "incidents", "audit_log"}) {
        auto rows = rowCount(to, QLatin1String(table));
        if (!rows)
            return rows.takeError();
        if (*rows > 0)
            return fail(tr("The target %1 is not empty (table %2 has %3 rows): DutyDesk copies "
                           "only into a database that holds no data yet. Nothing was changed.")
                            .arg(to.path(), QLatin1String(table))
                            .arg(*rows));
    }
    auto sourceTables = tablesOf(from);
    if (!sourceTables)
        return sourceTables.takeError();
    auto targetTables = tablesOf(to);
    if (!targetTables)
        return targetTables.takeError();
    for (const QString &table : std::as_const(*sourceTables))
        if (!targetTables->contains(table))
            return fail(tr("The target has no table %1. Nothing was changed.").arg(table));

    DatabaseCopyReport report;
    Status copied = to.write([&]() -> Status {
        if (to.dialect() == SqlDialect::PostgreSQL) {
            // Foreign keys are checked at COMMIT, so the tables may come in any order.
            auto deferred = to.exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
            if (!deferred)
                return deferred.takeError();
        }
        for (const QString &table : std::as_const(*sourceTables)) {
            auto cleared = to.exec(QStringLiteral("DELETE FROM %1").arg(quoted(table)));
            if (!cleared)
                return cleared.takeError();
        }
        for (const QString &table : std::as_const(*sourceTables)) {
            QSqlQuery read(from.connection());
            read.setForwardOnly(true);
            if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(quoted(table))))
                return fail(tr("Reading %1 failed: %2").arg(table, read.lastError().text()));
            const QSqlRecord record = read.record();
            QStringList columns, marks;
            for (int c = 0; c < record.count(); ++c) {
                columns << quoted(record.fieldName(c));
                marks << QStringLiteral("?");
            }
            QSqlQuery write(to.connection());
            if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(quoted(table), columns.join(QStringLiteral(", ")),
                                        marks.join(QStringLiteral(", ")))))
                return fail(tr("Writing %1 failed: %2").arg(table, write.lastError().text()));
            qint64 rows = 0;
            while (read.next()) {
                for (int c = 0; c < record.count(); ++c)
                    write.bindValue(c, read.value(c));
                if (!write.exec())
                    return fail(tr("Writing row %1 of %2 failed: %3")
                                    .arg(rows + 1)
                                    .arg(table, write.lastError().text()));
                ++rows;
            }
            report.tables.append({table, rows});
        }
        if (Status continued = to.continueIdentities(); !continued)
            return continued;
        if (to.isShared() && !from.isShared() && !attachmentFolder.isEmpty()) {
            for (const char *table : {"attachments", "drill_attachments"}) {
                auto named =
                    from.exec(QStringLiteral("SELECT DISTINCT stored_as FROM %1 ORDER BY stored_as")
                                  .arg(QLatin1String(table)));
                if (!named)
                    return named.takeError();
                while (named->next()) {
                    const QString storedAs = named->value(0).toString();
                    const QString file = QDir(attachmentFolder).filePath(storedAs);
                    if (!QFileInfo::exists(file)) {
                        report.missingAttachments << storedAs;
                        continue;
                    }
                    if (Status kept = AttachmentFiles::store(to, {}, storedAs, file); !kept)
                        return kept;
                    ++report.attachmentFiles;
                }
            }
        }
        for (const auto &[table, copiedRows] : std::as_const(report.tables)) {
            auto there = rowCount(to, table);
            if (!there)
                return there.takeError();
            const qint64 rows =
                copiedRows
                + (table == QLatin1String("attachment_contents") ? report.attachmentFiles : 0);
            if (*there != rows)
                return fail(tr("Table %1: %2 rows in the source, %3 in the target. Nothing was "
                               "changed.")
                                .arg(table)
                                .arg(rows)
                                .arg(*there));
        }
        SystemClock clock;
        auto verified = AuditLog(to, clock).verify();
        if (!verified)
            return verified.takeError();
        if (!verified->intact)
            return fail(tr("The audit chain does not verify on the target (%1). Nothing was "
                           "changed.")
                            .arg(verified->reason));
        report.auditRows = verified->count;
        return {};
    });
    if (!copied)
        return copied.takeError();
    return report;
}

} // namespace dd
