#include "dutyctl/cli.h"

#include <QJsonArray>
#include <QProcessEnvironment>

namespace dd {
namespace cli {

namespace {

QString rolesHelp()
{
    QStringList ids;
    for (Role r : allRoles())
        ids << roleId(r);
    return ids.join(QStringLiteral(","));
}

std::optional<QList<Role>> parseRoles(const QString &text)
{
    QList<Role> roles;
    for (const QString &id : text.split(u',', Qt::SkipEmptyParts)) {
        auto r = roleFromId(id.trimmed());
        if (!r)
            return std::nullopt;
        roles << *r;
    }
    return roles.isEmpty() ? std::nullopt : std::optional<QList<Role>>(roles);
}

int list(Context &ctx)
{
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    auto all = (*backend)->operators().list();
    if (!all)
        return ctx.failure(all.error());
    QJsonArray array;
    for (const Operator &o : *all) {
        array.append(QJsonObject{{QStringLiteral("login"), o.login},
                                 {QStringLiteral("name"), o.displayName},
                                 {QStringLiteral("roles"), rolesToText(o.roles)},
                                 {QStringLiteral("active"), o.active}});
        if (!ctx.json)
            ctx.out << QStringLiteral("%1 %2 %3%4\n")
                           .arg(o.login.leftJustified(14), o.displayName.leftJustified(8),
                                rolesToText(o.roles),
                                o.active ? QString() : Context::tr(" (deactivated)"));
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("operators"), array}});
    ctx.out.flush();
    return Ok;
}

} // namespace

int runOperator(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        Context::tr(
            "list | add LOGIN NAME ROLES | roles LOGIN ROLES | activate LOGIN | deactivate LOGIN"));
    if (int code = parseCommand(
            ctx, parser, args,
            Context::tr("The people who sign in at the console. ROLES is a comma-separated "
                        "list of %1. A new operator's PIN comes from DUTYDESK_NEW_PIN.")
                .arg(rolesHelp()));
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == QLatin1String("list") && pos.size() == 1)
        return list(ctx);

    const bool add = action == QLatin1String("add") && pos.size() == 4;
    const bool roles = action == QLatin1String("roles") && pos.size() == 3;
    const bool activation =
        (action == QLatin1String("activate") || action == QLatin1String("deactivate"))
        && pos.size() == 2;
    if (!add && !roles && !activation)
        return ctx.usage(
            Context::tr("operator takes: list | add LOGIN NAME ROLES | roles LOGIN ROLES | "
                        "activate LOGIN | deactivate LOGIN."));
    std::optional<QList<Role>> parsedRoles;
    if (add || roles) {
        parsedRoles = parseRoles(pos.last());
        if (!parsedRoles)
            return ctx.usage(
                Context::tr("ROLES: expected a comma-separated list of %1.").arg(rolesHelp()));
    }
    QString pin;
    if (add) {
        pin = QProcessEnvironment::systemEnvironment().value(QStringLiteral("DUTYDESK_NEW_PIN"));
        if (pin.isEmpty())
            return ctx.usage(
                Context::tr("operator add reads the new operator's PIN from DUTYDESK_NEW_PIN."));
    }

    auto backend = ctx.open(OpenMode::ReadWrite);
    if (!backend)
        return ctx.failure(backend.error());
    auto actor = ctx.writer(**backend);
    if (!actor)
        return ctx.failure(actor.error());
    OperatorRepository &operators = (*backend)->operators();
    if (add) {
        auto id = operators.add(*actor, {pos.at(1), pos.at(2), pin, *parsedRoles});
        if (!id)
            return ctx.failure(id.error());
        ctx.out << Context::tr("Added operator %1.").arg(pos.at(1)) << Qt::endl;
        return Ok;
    }
    auto existing = operators.find(pos.at(1));
    if (!existing)
        return ctx.failure(existing.error());
    const Status done =
        roles ? operators.setRoles(*actor, existing->id, *parsedRoles)
              : operators.setActive(*actor, existing->id, action == QLatin1String("activate"));
    if (!done)
        return ctx.failure(done.error());
    return Ok;
}

} // namespace cli
} // namespace dd
