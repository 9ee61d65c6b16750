// dutyctl readiness [--json] [--at DATE]: the readiness checks as of a day.
#include "dutyctl/cli.h"
#include "readiness/readiness.h"

#include <QJsonArray>
#include <QTimeZone>

namespace dd {
namespace cli {

namespace {

QJsonObject checkJson(const ReadinessCheck &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("status"), checkStatusId(c.status)},
            {QStringLiteral("status_name"), checkStatusName(c.status)},
            {QStringLiteral("group"), c.group},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("clause"), c.clause},
            {QStringLiteral("clause_ref"), c.clauseRef},
            {QStringLiteral("summary"), c.summary},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(c.evidence)},
            {QStringLiteral("due_by"),
             c.dueBy ? QJsonValue(c.dueBy->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("fix_page"), c.fixPage},
            {QStringLiteral("fix_target"), c.fixTarget}};
}

void printText(Context &ctx, const ReadinessResult &r, bool verbose)
{
    ctx.out << Context::tr("Readiness as of %1: %2% (%3 failing, %4 due soon, %5 OK, %6 n/a)")
                   .arg(r.asOf.toString(Qt::ISODate))
                   .arg(r.score())
                   .arg(r.count(CheckStatus::Failing))
                   .arg(r.count(CheckStatus::DueSoon))
                   .arg(r.count(CheckStatus::Ok))
                   .arg(r.count(CheckStatus::NotApplicable))
            << '\n';
    QStringList groups;
    for (const ReadinessCheck &c : r.checks)
        if (!groups.contains(c.group))
            groups.append(c.group);
    for (const QString &group : groups) {
        ctx.out << '\n' << group << '\n';
        for (const ReadinessCheck &c : r.checks) {
            if (c.group != group)
                continue;
            ctx.out << QStringLiteral("  %1  %2  %3")
                           .arg(checkStatusName(c.status).toUpper(), -9)
                           .arg(c.id, -24)
                           .arg(c.title)
                    << '\n';
            QString line = QStringLiteral("      ") + c.summary;
            if (c.dueBy)
                line += Context::tr(" (due by %1)").arg(c.dueBy->toString(Qt::ISODate));
            ctx.out << line << '\n';
            if (verbose) {
                ctx.out << QStringLiteral("      %1 「%2」").arg(c.clauseRef, c.clause) << '\n';
                for (const QString &e : c.evidence)
                    ctx.out << QStringLiteral("      - ") << e << '\n';
            }
        }
    }
}

} // namespace

int runReadiness(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        Context::tr("Evaluate as of this day (YYYY-MM-DD, UTC+8); default today."),
        QStringLiteral("DATE"));
    const QCommandLineOption verboseOption(
        QStringList{QStringLiteral("v"), QStringLiteral("verbose")},
        Context::tr("Also print each check's clause and evidence."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Context::tr("Machine-readable output."));
    parser.addOptions({atOption, verboseOption, jsonOption});
    if (int code = parseCommand(
            ctx, parser, args,
            Context::tr("Whether the institution meets the standard: every readiness check with "
                        "its status (failing, due soon, ok, n/a), grouped by clause. Exits 0 "
                        "when nothing fails, 1 when a check fails."));
        code >= 0)
        return code;
    if (parser.isSet(jsonOption))
        ctx.json = true;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Context::tr("readiness takes no arguments, only [--at DATE] [--json]."));
    QDate asOf = ctx.clock.now().toTimeZone(QTimeZone(8 * 3600)).date();
    if (parser.isSet(atOption)) {
        asOf = QDate::fromString(parser.value(atOption), Qt::ISODate);
        if (!asOf.isValid())
            return ctx.usage(Context::tr("--at takes a date such as 2026-03-31, got \"%1\".")
                                 .arg(parser.value(atOption)));
    }
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    const auto result = Readiness(**backend).evaluate(asOf);
    if (!result)
        return ctx.failure(result.error());
    if (ctx.json) {
        QJsonArray checks;
        for (const ReadinessCheck &c : result->checks)
            checks.append(checkJson(c));
        ctx.printJson(
            {{QStringLiteral("as_of"), result->asOf.toString(Qt::ISODate)},
             {QStringLiteral("score"), result->score()},
             {QStringLiteral("failing"), result->count(CheckStatus::Failing)},
             {QStringLiteral("due_soon"), result->count(CheckStatus::DueSoon)},
             {QStringLiteral("ok"), result->count(CheckStatus::Ok)},
             {QStringLiteral("not_applicable"), result->count(CheckStatus::NotApplicable)},
             {QStringLiteral("checks"), checks}});
    } else {
        printText(ctx, *result, parser.isSet(verboseOption));
    }
    return result->anyFailing() ? Failure : Ok;
}

} // namespace cli
} // namespace dd
