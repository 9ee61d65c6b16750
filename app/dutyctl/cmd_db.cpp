#include "app/database_migration.h"
#include "dutyctl/cli.h"
#include "storage/database_address.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace dd {
namespace cli {

namespace {

int check(Context &ctx)
{
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    Database &db = (*backend)->database();
    auto problems = db.integrityCheck();
    if (!problems)
        return ctx.failure(problems.error());
    auto audit = (*backend)->audit().verify();
    if (!audit)
        return ctx.failure(audit.error());
    const bool ok = problems->isEmpty() && audit->intact;
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("path"), db.path()},
                       {QStringLiteral("schema_version"), db.schemaVersion()},
                       {QStringLiteral("integrity"),
                        problems->isEmpty() ? QStringLiteral("ok") : QStringLiteral("damaged")},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(*problems)},
                       {QStringLiteral("audit_rows"), audit->count},
                       {QStringLiteral("audit_intact"), audit->intact}});
    } else {
        ctx.out << Context::tr("Database:        %1").arg(QDir::toNativeSeparators(db.path()))
                << Qt::endl;
        ctx.out << Context::tr("Schema version:  %1").arg(db.schemaVersion()) << Qt::endl;
        ctx.out << Context::tr("Integrity:       %1")
                       .arg(problems->isEmpty() ? Context::tr("ok")
                                                : problems->join(QStringLiteral("; ")))
                << Qt::endl;
        ctx.out << Context::tr("Audit log:       %1 rows, %2")
                       .arg(audit->count)
                       .arg(audit->intact ? Context::tr("chain intact") : audit->reason)
                << Qt::endl;
    }
    return ok ? Ok : Failure;
}

int backup(Context &ctx, const QString &target)
{
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    if (Status s = (*backend)->database().backupTo(target); !s)
        return ctx.failure(s.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("backup"), QFileInfo(target).absoluteFilePath()}});
    else
        ctx.out << Context::tr("Backed up to %1").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return Ok;
}

int restore(Context &ctx, const QString &source)
{
    const QString target = ctx.dbPath.isEmpty() ? Database::defaultPath() : ctx.dbPath;
    auto kept = Database::restore(source, target);
    if (!kept)
        return ctx.failure(kept.error());
    // Opening once migrates an older backup and shows it is usable.
    auto backend = ctx.open(OpenMode::ReadWrite);
    if (!backend)
        return ctx.failure(backend.error());
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("restored"), QFileInfo(target).absoluteFilePath()},
                       {QStringLiteral("previous_kept_as"), *kept}});
    } else {
        ctx.out << Context::tr("Restored %1 from %2.")
                       .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(source))
                << Qt::endl;
        if (!kept->isEmpty())
            ctx.out << Context::tr("The previous database was kept as %1.")
                           .arg(QDir::toNativeSeparators(*kept))
                    << Qt::endl;
    }
    return Ok;
}

// Copies the SQLite database (--db or the default file) into an empty PostgreSQL database.
int migrateTo(Context &ctx, const QString &url)
{
    if (!DatabaseAddress::isUrl(url))
        return ctx.usage(Context::tr("migrate-to needs a postgresql://user@host:port/database "
                                     "URL."));
    auto source = ctx.open(OpenMode::ReadOnly);
    if (!source)
        return ctx.failure(source.error());
    if ((*source)->database().isShared())
        return ctx.failure(Context::tr("The source is a shared database already; migrate-to "
                                       "copies an SQLite file (give it with --db)."));
    auto target = Database::open(url, OpenMode::ReadWrite);
    if (!target)
        return ctx.failure(target.error());
    auto report =
        DatabaseMigration::copy((*source)->database(), **target, (*source)->attachmentFolder());
    if (!report)
        return ctx.failure(report.error());
    if (ctx.json) {
        QJsonObject tables;
        for (const auto &[table, rows] : report->tables)
            tables.insert(table, rows);
        ctx.printJson({{QStringLiteral("target"), (*target)->path()},
                       {QStringLiteral("rows"), report->totalRows()},
                       {QStringLiteral("audit_rows"), report->auditRows},
                       {QStringLiteral("audit_intact"), true},
                       {QStringLiteral("attachment_files"), report->attachmentFiles},
                       {QStringLiteral("missing_attachments"),
                        QJsonArray::fromStringList(report->missingAttachments)},
                       {QStringLiteral("tables"), tables}});
        return Ok;
    }
    for (const auto &[table, rows] : report->tables)
        if (rows > 0)
            ctx.out << QStringLiteral("  %1 %2").arg(table.leftJustified(32)).arg(rows, 8)
                    << Qt::endl;
    ctx.out << Context::tr("Copied %1 rows of %2 tables to %3; the counts match and the audit "
                           "chain (%4 rows) verifies.")
                   .arg(report->totalRows())
                   .arg(report->tables.size())
                   .arg((*target)->path())
                   .arg(report->auditRows)
            << Qt::endl;
    if (report->attachmentFiles > 0)
        ctx.out << Context::tr("%n attached file(s) moved into the server database.", nullptr,
                               int(report->attachmentFiles))
                << Qt::endl;
    for (const QString &missing : std::as_const(report->missingAttachments))
        ctx.err << Context::tr("Warning: the attached file %1 was not in %2; its row was copied "
                               "without content.")
                       .arg(missing, QDir::toNativeSeparators((*source)->attachmentFolder()))
                << Qt::endl;
    return Ok;
}

} // namespace

int runDb(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        Context::tr("check | backup FILE | restore FILE | migrate-to URL"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Context::tr("the backup file, or the PostgreSQL URL"),
                                 QStringLiteral("[FILE|URL]"));
    if (int code =
            parseCommand(ctx, parser, args,
                         Context::tr("Check the database's integrity and audit chain, back it "
                                     "up (VACUUM INTO), restore it from a backup, or copy it "
                                     "into an empty PostgreSQL database shared by several desks "
                                     "(migrate-to: counts and the audit chain are verified)."));
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        return ctx.usage(Context::tr("db needs an action: check, backup FILE, restore FILE or "
                                     "migrate-to URL."));
    const QString action = pos.first();
    if (action == QLatin1String("check") && pos.size() == 1)
        return check(ctx);
    if (action == QLatin1String("backup") && pos.size() == 2)
        return backup(ctx, pos.at(1));
    if (action == QLatin1String("restore") && pos.size() == 2)
        return restore(ctx, pos.at(1));
    if (action == QLatin1String("migrate-to") && pos.size() == 2)
        return migrateTo(ctx, pos.at(1));
    return ctx.usage(Context::tr("db takes: check | backup FILE | restore FILE | migrate-to URL."));
}

} // namespace cli
} // namespace dd
