#include "dutyctl/cli.h"

#include <QJsonArray>

namespace dd {
namespace cli {

namespace {

int verify(Context &ctx)
{
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    auto v = (*backend)->audit().verify();
    if (!v)
        return ctx.failure(v.error());
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("intact"), v->intact}, {QStringLiteral("rows"), v->count}};
        if (!v->intact) {
            o.insert(QStringLiteral("first_broken_row"), v->firstBrokenSeq);
            o.insert(QStringLiteral("reason"), v->reason);
        }
        ctx.printJson(o);
    } else if (v->intact) {
        ctx.out << Context::tr("Audit chain intact: %1 rows verified.").arg(v->count) << Qt::endl;
    }
    if (!v->intact) {
        ctx.err << Context::tr("dutyctl: audit chain broken at row %1: %2")
                       .arg(v->firstBrokenSeq)
                       .arg(v->reason)
                << Qt::endl;
        return Failure;
    }
    return Ok;
}

int list(Context &ctx, int limit)
{
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    auto rows = (*backend)->audit().latest(limit);
    if (!rows)
        return ctx.failure(rows.error());
    if (ctx.json) {
        QJsonArray array;
        for (const AuditRecord &r : *rows)
            array.append(QJsonObject{{QStringLiteral("seq"), r.seq},
                                     {QStringLiteral("at"), toStoredTime(r.at)},
                                     {QStringLiteral("actor"), r.actor},
                                     {QStringLiteral("action"), r.action},
                                     {QStringLiteral("entity"), r.entity},
                                     {QStringLiteral("entity_id"), r.entityId},
                                     {QStringLiteral("before"), r.before},
                                     {QStringLiteral("after"), r.after}});
        ctx.printJson({{QStringLiteral("rows"), array}});
        return Ok;
    }
    for (const AuditRecord &r : *rows)
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5 %6\n")
                       .arg(r.seq, 6)
                       .arg(toStoredTime(r.at), r.actor, r.action, r.entity, r.entityId);
    ctx.out.flush();
    return Ok;
}

} // namespace

int runAudit(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Context::tr("verify | list"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Context::tr("How many rows list shows (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(limit);
    if (int code =
            parseCommand(ctx, parser, args,
                         Context::tr("verify: check the hash chain of the audit log; exits 1 "
                                     "naming the first broken row.\nlist: the latest rows."));
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos == QStringList{QStringLiteral("verify")})
        return verify(ctx);
    if (pos == QStringList{QStringLiteral("list")}) {
        bool ok = false;
        const int n = parser.value(limit).toInt(&ok);
        if (!ok || n <= 0)
            return ctx.usage(Context::tr("--limit takes a positive whole number."));
        return list(ctx, n);
    }
    return ctx.usage(Context::tr("audit takes: verify | list [--limit N]."));
}

} // namespace cli
} // namespace dd
