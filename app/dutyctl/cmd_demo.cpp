#include "demo/demo_generator.h"
#include "dutyctl/cli.h"

#include <QDir>
#include <QJsonArray>

namespace dd {
namespace cli {

int runDemo(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        Context::tr("small (default) or large (years of history, for benchmarks)."),
        QStringLiteral("SCALE"), QStringLiteral("small"));
    parser.addOption(scale);
    if (int code = parseCommand(
            ctx, parser, args,
            Context::tr("Fill a new, empty database with a fictional securities "
                        "company and demo operators (see the README for their PINs)."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Context::tr("demo takes no arguments besides --scale."));
    const QString s = parser.value(scale);
    if (s != QLatin1String("small") && s != QLatin1String("large"))
        return ctx.usage(Context::tr("--scale takes small or large, not \"%1\".").arg(s));

    auto backend = ctx.open(OpenMode::ReadWrite);
    if (!backend)
        return ctx.failure(backend.error());
    DemoGenerator generator(**backend);
    auto summary =
        generator.generate(s == QLatin1String("large") ? DemoScale::Large : DemoScale::Small);
    if (!summary)
        return ctx.failure(summary.error());
    if (ctx.json) {
        QJsonObject counts;
        for (const auto &[what, n] : summary->counts)
            counts.insert(what, n);
        ctx.printJson({{QStringLiteral("database"), (*backend)->database().path()},
                       {QStringLiteral("written"), counts}});
        return Ok;
    }
    ctx.out << Context::tr("Demo data written to %1:")
                   .arg(QDir::toNativeSeparators((*backend)->database().path()))
            << Qt::endl;
    for (const auto &[what, n] : summary->counts)
        ctx.out << QStringLiteral("  %1: %2").arg(what).arg(n) << Qt::endl;
    ctx.out << Context::tr("Demo operators (login / PIN):") << Qt::endl;
    for (const DemoOperator &op : DemoGenerator::demoOperators())
        ctx.out << QStringLiteral("  %1 / %2  %3 (%4)")
                       .arg(op.login.leftJustified(10), op.pin, op.displayName, op.roles)
                << Qt::endl;
    return Ok;
}

} // namespace cli
} // namespace dd
