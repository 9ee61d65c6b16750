#include "dutyctl/cli.h"
#include "notify/shift_reminders.h"
#include "readiness/readiness_periods.h"

namespace dd {
namespace cli {

namespace {

int show(Context &ctx)
{
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    auto profile = (*backend)->settings().institution();
    auto cli = (*backend)->settings().cliWritesWithoutSignIn();
    if (!profile)
        return ctx.failure(profile.error());
    if (!cli)
        return ctx.failure(cli.error());
    auto periods = (*backend)->settings().readinessPeriods();
    if (!periods)
        return ctx.failure(periods.error());
    auto reminder = ShiftReminders::leadMinutes((*backend)->settings());
    if (!reminder)
        return ctx.failure(reminder.error());
    const QString reminderKey = QString::fromLatin1(ShiftReminders::SettingKey);
    if (ctx.json) {
        QJsonObject json{{QStringLiteral("institution.name"), profile->name},
                         {QStringLiteral("institution.type"), institutionTypeId(profile->type)},
                         {QStringLiteral("institution.time_zone"), profile->timeZoneId},
                         {QStringLiteral("cli.writes_without_sign_in"), *cli}};
        for (auto it = periods->cbegin(); it != periods->cend(); ++it)
            json.insert(it.key(), it.value());
        json.insert(reminderKey, *reminder);
        ctx.printJson(json);
        return Ok;
    }
    ctx.out << QStringLiteral("institution.name           %1\n").arg(profile->name);
    ctx.out << QStringLiteral("institution.type           %1 (%2)\n")
                   .arg(institutionTypeId(profile->type), institutionTypeName(profile->type));
    ctx.out << QStringLiteral("institution.time_zone      %1\n").arg(profile->timeZoneId);
    ctx.out << QStringLiteral("cli.writes_without_sign_in %1\n")
                   .arg(*cli ? QStringLiteral("on") : QStringLiteral("off"));
    for (const ReadinessPeriod &p : ReadinessSettings::all())
        ctx.out << QStringLiteral("%1 %2 %3\n")
                       .arg(ReadinessPeriods::key(p), -39)
                       .arg(periods->value(ReadinessPeriods::key(p)))
                       .arg(ReadinessPeriods::unitName(p));
    ctx.out << QStringLiteral("%1 %2 %3\n")
                   .arg(reminderKey, -39)
                   .arg(*reminder)
                   .arg(Context::tr("minutes before a shift (0 = off)"));
    ctx.out.flush();
    return Ok;
}

int set(Context &ctx, const QString &key, const QString &value)
{
    auto backend = ctx.open(OpenMode::ReadWrite);
    if (!backend)
        return ctx.failure(backend.error());
    auto actor = ctx.writer(**backend);
    if (!actor)
        return ctx.failure(actor.error());
    SettingsRepository &settings = (*backend)->settings();
    Status saved;
    if (key == QLatin1String("cli.writes_without_sign_in")) {
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return ctx.usage(Context::tr("cli.writes_without_sign_in takes on or off."));
        saved = settings.setCliWritesWithoutSignIn(*actor, value == QLatin1String("on"));
    } else if (key.startsWith(QLatin1String("institution."))) {
        auto profile = settings.institution();
        if (!profile)
            return ctx.failure(profile.error());
        InstitutionProfile p = *profile;
        if (key == QLatin1String("institution.name")) {
            p.name = value;
        } else if (key == QLatin1String("institution.type")) {
            auto type = institutionTypeFromId(value);
            if (!type) {
                QStringList ids;
                for (InstitutionType t : allInstitutionTypes())
                    ids << institutionTypeId(t);
                return ctx.usage(Context::tr("institution.type takes one of %1.")
                                     .arg(ids.join(QStringLiteral(", "))));
            }
            p.type = *type;
        } else if (key == QLatin1String("institution.time_zone")) {
            p.timeZoneId = value;
        } else {
            return ctx.usage(Context::tr("unknown setting %1.").arg(key));
        }
        saved = settings.saveInstitution(*actor, p);
    } else if (const ReadinessPeriod *period = ReadinessPeriods::find(key)) {
        auto parsed = ReadinessPeriods::parse(*period, value);
        if (!parsed)
            return ctx.usage(parsed.error());
        saved = settings.saveReadinessPeriods(*actor, {{key, *parsed}});
    } else if (key == QLatin1String(ShiftReminders::SettingKey)) {
        auto minutes = ShiftReminders::parseMinutes(value);
        if (!minutes)
            return ctx.usage(minutes.error());
        saved = ShiftReminders::setLeadMinutes(settings, *actor, *minutes);
    } else {
        return ctx.usage(Context::tr("unknown setting %1.").arg(key));
    }
    if (!saved)
        return ctx.failure(saved.error());
    return Ok;
}

QString periodKeys()
{
    QStringList keys;
    for (const ReadinessPeriod &p : ReadinessSettings::all())
        keys << QStringLiteral("%1 (%2 %3)")
                    .arg(ReadinessPeriods::key(p))
                    .arg(p.fallback)
                    .arg(ReadinessPeriods::unitName(p));
    return keys.join(QStringLiteral(", "));
}

} // namespace

int runSettings(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Context::tr("show | set KEY VALUE"));
    if (int code =
            parseCommand(ctx, parser, args,
                         Context::tr("Show or change the database-wide settings. Keys: "
                                     "institution.name, institution.type, institution.time_zone, "
                                     "cli.writes_without_sign_in (on|off), "
                                     "notify.shift_reminder_minutes (0-1440, 0 = off), and the "
                                     "readiness periods (whole numbers): %1.")
                             .arg(periodKeys()));
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos == QStringList{QStringLiteral("show")})
        return show(ctx);
    if (pos.size() == 3 && pos.first() == QLatin1String("set"))
        return set(ctx, pos.at(1), pos.at(2));
    return ctx.usage(Context::tr("settings takes: show | set KEY VALUE."));
}

} // namespace cli
} // namespace dd
