#include "dutyctl/cli.h"

#include <QFileInfo>
#include <QJsonArray>

namespace dd {
namespace cli {

namespace {

std::optional<QDate> parseDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

int years(Context &ctx, const TradingCalendar &cal)
{
    QJsonArray list;
    for (int y : cal.years()) {
        const CalendarYear *year = cal.year(y);
        list.append(
            QJsonObject{{QStringLiteral("year"), y},
                        {QStringLiteral("source"), year->source},
                        {QStringLiteral("note"), year->note},
                        {QStringLiteral("holidays"), int(year->holidays.size())},
                        {QStringLiteral("makeup_workdays"), int(year->makeUpWorkdays.size())}});
        if (!ctx.json)
            ctx.out << QStringLiteral("%1  %2\n      %3\n").arg(y).arg(year->source, year->note);
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("years"), list}});
    ctx.out.flush();
    return Ok;
}

int day(Context &ctx, const TradingCalendar &cal, QDate d)
{
    const bool working = cal.isWorkingDay(d);
    const bool trading = cal.isTradingDay(d);
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("date"), d.toString(Qt::ISODate)},
                       {QStringLiteral("working_day"), working},
                       {QStringLiteral("trading_day"), trading},
                       {QStringLiteral("holiday"), cal.isHoliday(d)},
                       {QStringLiteral("covered"), cal.covers(d)}});
        return Ok;
    }
    ctx.out << Context::tr("%1: %2, %3")
                   .arg(d.toString(Qt::ISODate),
                        working ? Context::tr("working day") : Context::tr("not a working day"),
                        trading ? Context::tr("trading day") : Context::tr("not a trading day"))
            << Qt::endl;
    if (!cal.covers(d))
        ctx.out << Context::tr(
                       "Note: the calendar has no data for %1; only weekends were considered.")
                       .arg(d.year())
                << Qt::endl;
    return Ok;
}

} // namespace

int runCalendar(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        Context::tr("years | day DATE | minutes FROM TO | add-working-days DATE N | import FILE"));
    const QCommandLineOption market(QStringLiteral("market"),
                                    Context::tr("Market id for trading time (default stock)."),
                                    QStringLiteral("ID"), QStringLiteral("stock"));
    parser.addOption(market);
    if (int code = parseCommand(
            ctx, parser, args,
            Context::tr("Trading days, working days and trading time from the calendar "
                        "(built-in years plus imported ones). Instants are ISO 8601; "
                        "without an offset they are exchange time (Asia/Shanghai)."));
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QString usageText =
        Context::tr("calendar takes: years | day DATE | minutes FROM TO [--market ID] | "
                    "add-working-days DATE N | import FILE.");

    if (action == QLatin1String("import")) {
        if (pos.size() != 2)
            return ctx.usage(usageText);
        auto backend = ctx.open(OpenMode::ReadWrite);
        if (!backend)
            return ctx.failure(backend.error());
        auto actor = ctx.writer(**backend);
        if (!actor)
            return ctx.failure(actor.error());
        auto year = (*backend)->calendars().importYear(*actor, pos.at(1));
        if (!year)
            return ctx.failure(year.error());
        ctx.out << Context::tr("Imported the calendar for %1.").arg(*year) << Qt::endl;
        return Ok;
    }

    // Questions are answered from the database's calendar (built-in years plus imports), or
    // from the built-in years alone where there is no database yet.
    const QString path = ctx.dbPath.isEmpty() ? Database::defaultPath() : ctx.dbPath;
    std::unique_ptr<Backend> backend;
    TradingCalendar builtIn;
    if (QFileInfo::exists(path)) {
        auto opened = ctx.open(OpenMode::ReadOnly);
        if (!opened)
            return ctx.failure(opened.error());
        backend = std::move(*opened);
    } else {
        auto loaded = TradingCalendar::builtIn();
        if (!loaded)
            return ctx.failure(loaded.error());
        builtIn = std::move(*loaded);
    }
    const TradingCalendar &cal = backend ? backend->calendar() : builtIn;
    if (!cal.hasMarket(parser.value(market))) {
        QStringList ids;
        for (const Market &m : cal.markets())
            ids << m.id;
        return ctx.usage(
            Context::tr("--market takes one of %1.").arg(ids.join(QStringLiteral(", "))));
    }

    if (action == QLatin1String("years") && pos.size() == 1)
        return years(ctx, cal);
    if (action == QLatin1String("day") && pos.size() == 2) {
        auto d = parseDate(pos.at(1));
        if (!d)
            return ctx.usage(Context::tr("DATE: expected YYYY-MM-DD, got \"%1\".").arg(pos.at(1)));
        return day(ctx, cal, *d);
    }
    if (action == QLatin1String("minutes") && pos.size() == 3) {
        auto from = parseInstant(pos.at(1));
        auto to = parseInstant(pos.at(2));
        if (!from || !to)
            return ctx.usage(Context::tr(
                "FROM and TO: expected ISO 8601 instants such as 2026-03-02T09:30:00+08:00."));
        const qint64 minutes = cal.tradingMinutesBetween(*from, *to, parser.value(market));
        if (ctx.json)
            ctx.printJson({{QStringLiteral("market"), parser.value(market)},
                           {QStringLiteral("trading_minutes"), minutes}});
        else
            ctx.out << minutes << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("add-working-days") && pos.size() == 3) {
        auto d = parseDate(pos.at(1));
        bool ok = false;
        const int n = pos.at(2).toInt(&ok);
        if (!d || !ok)
            return ctx.usage(
                Context::tr("add-working-days takes a date YYYY-MM-DD and a whole number."));
        const QDate result = cal.addWorkingDays(*d, n);
        if (ctx.json)
            ctx.printJson({{QStringLiteral("date"), result.toString(Qt::ISODate)}});
        else
            ctx.out << result.toString(Qt::ISODate) << Qt::endl;
        return Ok;
    }
    return ctx.usage(usageText);
}

} // namespace cli
} // namespace dd
