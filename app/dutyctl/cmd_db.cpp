#include "dutyctl/cli.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

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

} // namespace

int runDb(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Context::tr("check | backup FILE | restore FILE"));
    parser.addPositionalArgument(QStringLiteral("file"), Context::tr("the backup file"),
                                 QStringLiteral("[FILE]"));
    if (int code =
            parseCommand(ctx, parser, args,
                         Context::tr("Check the database's integrity and audit chain, back it "
                                     "up (VACUUM INTO) or restore it from a backup."));
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        return ctx.usage(Context::tr("db needs an action: check, backup FILE or restore FILE."));
    const QString action = pos.first();
    if (action == QLatin1String("check") && pos.size() == 1)
        return check(ctx);
    if (action == QLatin1String("backup") && pos.size() == 2)
        return backup(ctx, pos.at(1));
    if (action == QLatin1String("restore") && pos.size() == 2)
        return restore(ctx, pos.at(1));
    return ctx.usage(Context::tr("db takes: check | backup FILE | restore FILE."));
}

} // namespace cli
} // namespace dd
