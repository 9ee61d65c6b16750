#include "dutyctl/cli.h"
#include "grading/grader.h"
#include "grading/incident_facts.h"
#include "grading/rule_set_library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dd {
namespace cli {

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            Context::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return f.readAll();
}

QString localTime(const QDateTime &utc)
{
    return utc.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

std::optional<QDateTime> parseCliInstant(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime) // no offset given: exchange time (Beijing)
        t = QDateTime(t.date(), t.time(), TradingCalendar::exchangeTimeZone());
    return t.toUTC();
}

int runGrade(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption factsOption(
        QStringLiteral("facts"), Context::tr("The facts file (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"),
        Context::tr("A rule set id or a rule set file (default: the one "
                    "in force in the database, else %1).")
            .arg(RuleSetLibrary::defaultId()),
        QStringLiteral("ID|FILE"));
    const QCommandLineOption atOption(
        QStringLiteral("at"), Context::tr("Grade as of this instant (ISO 8601; default now)."),
        QStringLiteral("ISO8601"));
    parser.addOption(factsOption);
    parser.addOption(rulesOption);
    parser.addOption(atOption);
    if (int code =
            parseCommand(ctx, parser, args,
                         Context::tr("Grade incident facts: the grade, every rule that matched "
                                     "with the values that made it match, and the next "
                                     "threshold at which the grade would rise."));
        code >= 0)
        return code;
    if (!parser.isSet(factsOption) || !parser.positionalArguments().isEmpty())
        return ctx.usage(
            Context::tr("grade takes --facts FILE.json [--rules ID|FILE.json] [--at ISO8601]."));
    QDateTime at = ctx.clock.now();
    if (parser.isSet(atOption)) {
        auto parsed = parseCliInstant(parser.value(atOption));
        if (!parsed)
            return ctx.usage(Context::tr(
                "--at: expected an ISO 8601 instant such as 2026-03-02T10:15:00+08:00."));
        at = *parsed;
    }

    // The database's calendar and rule sets when there is a database, else the built-in ones.
    const QString dbPath = ctx.dbPath.isEmpty() ? Database::defaultPath() : ctx.dbPath;
    std::unique_ptr<Backend> backend;
    if (QFileInfo::exists(dbPath)) {
        auto opened = ctx.open(OpenMode::ReadOnly);
        if (!opened)
            return ctx.failure(opened.error());
        backend = std::move(*opened);
    }
    auto calendar =
        backend ? Result<TradingCalendar>(backend->calendar()) : TradingCalendar::builtIn();
    if (!calendar)
        return ctx.failure(calendar.error());

    std::optional<RuleSet> rules;
    const QString rulesArg = parser.value(rulesOption);
    if (rulesArg.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || QFileInfo(rulesArg).isFile()) {
        auto content = readFile(rulesArg);
        if (!content)
            return ctx.failure(content.error());
        auto parsed = RuleSetLibrary::parse(*content, QFileInfo(rulesArg).fileName());
        if (!parsed)
            return ctx.failure(parsed.error());
        rules = *parsed;
    } else {
        auto found = backend ? (rulesArg.isEmpty() ? backend->ruleSets().inForce()
                                                   : backend->ruleSets().get(rulesArg))
                             : RuleSetLibrary::builtIn(
                                 rulesArg.isEmpty() ? RuleSetLibrary::defaultId() : rulesArg);
        if (!found)
            return ctx.failure(found.error());
        rules = *found;
    }

    const QString factsPath = parser.value(factsOption);
    auto content = readFile(factsPath);
    if (!content)
        return ctx.failure(content.error());
    auto facts = IncidentFacts::fromJson(*content, QFileInfo(factsPath).fileName());
    if (!facts)
        return ctx.failure(facts.error());
    const Grader grader(*rules, *calendar);
    if (Status ok = grader.check(*facts, QFileInfo(factsPath).fileName()); !ok)
        return ctx.failure(ok.error());
    const GradeResult result = grader.grade(*facts, at);
    if (ctx.json) {
        ctx.printJson(result.toJsonObject());
        return Ok;
    }
    const QString lang =
        QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    ctx.out << Context::tr("Grade: %1")
                   .arg(result.level ? QStringLiteral("%1 %2").arg(result.gradeId,
                                                                   result.level->name.text(lang))
                                     : Context::tr("none"))
            << Qt::endl;
    ctx.out << Context::tr("Rule set: %1 version %2; as of %3 (Beijing time)")
                   .arg(result.ruleSetId)
                   .arg(result.ruleSetVersion)
                   .arg(localTime(at))
            << Qt::endl;
    ctx.out << Context::tr("Outage: %1 trading minutes (%2), %3 minutes elapsed%4")
                   .arg(result.outage.tradingMinutes)
                   .arg(result.outage.market)
                   .arg(result.outage.wallMinutes)
                   .arg(result.outage.ongoing ? Context::tr(", still down") : QString())
            << Qt::endl;
    for (const RuleMatch &m : result.matches) {
        ctx.out << QStringLiteral("  [%1] %2 — %3\n")
                       .arg(m.gradeId, m.ruleId, m.description.text(lang));
        for (const FactEvidence &e : m.evidence)
            if (e.holds)
                ctx.out << QStringLiteral("      %1\n").arg(e.text());
        if (!m.source.isEmpty())
            ctx.out << Context::tr("      source: %1\n").arg(m.source);
    }
    if (result.next)
        ctx.out << Context::tr("Next threshold: %1 at %2 (rule %3)")
                       .arg(QStringLiteral("%1 %2").arg(result.next->level.id,
                                                        result.next->level.name.text(lang)),
                            localTime(result.next->at), result.next->ruleId)
                << Qt::endl;
    else
        ctx.out << Context::tr("Next threshold: none") << Qt::endl;
    return Ok;
}

} // namespace cli
} // namespace dd
