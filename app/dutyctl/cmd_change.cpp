// dutyctl ci list | show NUMBER; dutyctl change list | show ID | check-window.
#include "changes/change_register.h"
#include "config/config_registry.h"
#include "dutyctl/cli.h"

#include <QJsonArray>
#include <QTimeZone>

namespace dd {
namespace cli {

namespace {

QString localText(const QDateTime &utc)
{
    return utc.isValid()
               ? utc.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}

QJsonObject itemJson(const ConfigItem &i)
{
    QJsonObject o = configItemJson(i);
    o.insert(QStringLiteral("id"), i.id);
    o.insert(QStringLiteral("last_confirmed"),
             i.lastConfirmed.isValid() ? i.lastConfirmed.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("deleted"), i.deleted());
    return o;
}

QString kindName(const QList<ConfigKind> &kinds, const QString &id)
{
    for (const ConfigKind &k : kinds)
        if (k.id == id)
            return k.displayName();
    return id;
}

int listItems(Context &ctx, Backend &backend, bool all)
{
    ConfigRegistry config(backend.database(), backend.audit(), backend.clock());
    auto items = config.items(all);
    if (!items)
        return ctx.failure(items.error());
    auto kinds = config.kinds();
    if (!kinds)
        return ctx.failure(kinds.error());
    if (ctx.json) {
        QJsonArray array;
        for (const ConfigItem &i : *items)
            array.append(itemJson(i));
        ctx.printJson({{QStringLiteral("items"), array}});
        return Ok;
    }
    if (items->isEmpty())
        ctx.out << Context::tr("No configuration items.") << Qt::endl;
    for (const ConfigItem &i : *items)
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5%6")
                       .arg(i.number, -10)
                       .arg(kindName(*kinds, i.kind), configStatusName(i.status),
                            Context::tr("class %1").arg(i.systemClass), i.name,
                            i.deleted() ? Context::tr("  (deleted)") : QString())
                << Qt::endl;
    ctx.out.flush();
    return Ok;
}

int showItem(Context &ctx, Backend &backend, const QString &number)
{
    ConfigRegistry config(backend.database(), backend.audit(), backend.clock());
    auto item = config.itemByNumber(number);
    if (!item)
        return ctx.failure(item.error());
    auto relations = config.relations(item->id);
    auto history = config.history(item->id);
    auto dependents = config.dependents(item->id);
    auto incidents = config.incidentsOfItem(item->id);
    auto problems = config.findingsOfItem(item->id);
    auto kinds = config.kinds();
    for (const QString *e :
         {relations ? nullptr : &relations.error(), history ? nullptr : &history.error(),
          dependents ? nullptr : &dependents.error(), incidents ? nullptr : &incidents.error(),
          problems ? nullptr : &problems.error(), kinds ? nullptr : &kinds.error()})
        if (e)
            return ctx.failure(*e);
    QHash<qint64, QString> numbers;
    auto all = config.items(true);
    if (!all)
        return ctx.failure(all.error());
    for (const ConfigItem &i : *all)
        numbers.insert(i.id, i.number);
    if (ctx.json) {
        QJsonArray rel, hist, deps, inc, found;
        for (const ConfigRelation &r : *relations)
            rel.append(QJsonObject{{QStringLiteral("from"), numbers.value(r.fromItem)},
                                   {QStringLiteral("kind"), relationKindId(r.kind)},
                                   {QStringLiteral("to"), numbers.value(r.toItem)}});
        for (const ConfigHistoryEntry &h : *history)
            hist.append(QJsonObject{{QStringLiteral("action"), historyActionId(h.action)},
                                    {QStringLiteral("at"), h.at.toString(Qt::ISODate)},
                                    {QStringLiteral("by"), h.by},
                                    {QStringLiteral("change"), h.changeNumber},
                                    {QStringLiteral("note"), h.note},
                                    {QStringLiteral("before"), h.before},
                                    {QStringLiteral("after"), h.after}});
        for (const Dependent &d : *dependents)
            deps.append(QJsonObject{{QStringLiteral("number"), d.item.number},
                                    {QStringLiteral("depth"), d.depth},
                                    {QStringLiteral("via"), relationKindId(d.via)}});
        for (qint64 id : *incidents)
            inc.append(id);
        for (const ItemProblem &p : *problems)
            found.append(
                QJsonObject{{QStringLiteral("finding_id"), p.findingId},
                            {QStringLiteral("drill_id"), p.drillId},
                            {QStringLiteral("drill"), p.drillTitle},
                            {QStringLiteral("drill_date"), p.drillDate.toString(Qt::ISODate)},
                            {QStringLiteral("finding"), p.text}});
        QJsonObject o = itemJson(*item);
        o.insert(QStringLiteral("relations"), rel);
        o.insert(QStringLiteral("history"), hist);
        o.insert(QStringLiteral("dependents"), deps);
        o.insert(QStringLiteral("incidents"), inc);
        o.insert(QStringLiteral("drill_findings"), found);
        ctx.printJson(o);
        return Ok;
    }
    ctx.out << QStringLiteral("%1  %2").arg(item->number, item->name) << Qt::endl
            << Context::tr("Kind: %1").arg(kindName(*kinds, item->kind)) << Qt::endl
            << Context::tr("Status: %1").arg(configStatusName(item->status)) << Qt::endl
            << Context::tr("System class: %1").arg(item->systemClass) << Qt::endl
            << Context::tr("Owner: %1")
                   .arg(item->ownerName.isEmpty() ? QStringLiteral("—") : item->ownerName)
            << Qt::endl
            << Context::tr("Location: %1").arg(item->location) << Qt::endl
            << Context::tr("Last confirmed: %1")
                   .arg(item->lastConfirmed.isValid() ? item->lastConfirmed.toString(Qt::ISODate)
                                                      : Context::tr("never"))
            << Qt::endl;
    if (!item->description.isEmpty())
        ctx.out << item->description << Qt::endl;
    ctx.out << Context::tr("Relations:") << Qt::endl;
    if (relations->isEmpty())
        ctx.out << QStringLiteral("  —") << Qt::endl;
    for (const ConfigRelation &r : *relations)
        ctx.out << QStringLiteral("  %1 %2 %3")
                       .arg(numbers.value(r.fromItem), relationKindName(r.kind),
                            numbers.value(r.toItem))
                << Qt::endl;
    ctx.out << Context::tr("Dependents (impact):") << Qt::endl;
    if (dependents->isEmpty())
        ctx.out << QStringLiteral("  —") << Qt::endl;
    for (const Dependent &d : *dependents)
        ctx.out << QStringLiteral("  ") << QString(2 * (d.depth - 1), QLatin1Char(' '))
                << QStringLiteral("%1 %2 (%3 %4)")
                       .arg(d.item.number, d.item.name, relationKindName(d.via),
                            numbers.value(d.throughId))
                << Qt::endl;
    ctx.out << Context::tr("History:") << Qt::endl;
    for (const ConfigHistoryEntry &h : *history) {
        ctx.out << QStringLiteral("  %1  %2  %3")
                       .arg(localText(h.at), historyActionName(h.action), h.by);
        if (!h.changeNumber.isEmpty())
            ctx.out << QStringLiteral("  ") << h.changeNumber;
        if (!h.note.isEmpty())
            ctx.out << QStringLiteral("  ") << h.note;
        ctx.out << Qt::endl;
        for (const QString &d : h.differences())
            if (h.action == HistoryAction::Modify)
                ctx.out << QStringLiteral("      ") << d << Qt::endl;
    }
    if (!incidents->isEmpty()) {
        QStringList ids;
        for (qint64 id : *incidents)
            ids << QString::number(id);
        ctx.out << Context::tr("Incidents: %1").arg(ids.join(QStringLiteral(", "))) << Qt::endl;
    }
    if (!problems->isEmpty()) {
        ctx.out << Context::tr("Problems found in drills:") << Qt::endl;
        for (const ItemProblem &p : *problems)
            ctx.out << QStringLiteral("  %1  %2: %3")
                           .arg(p.drillDate.toString(Qt::ISODate), p.drillTitle, p.text)
                    << Qt::endl;
    }
    ctx.out.flush();
    return Ok;
}

QJsonObject summaryJson(const ChangeSummary &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("number"), s.number},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("state"), changeStateId(s.state)},
            {QStringLiteral("urgency"), changeUrgencyId(s.urgency)},
            {QStringLiteral("window_start"), s.windowStart.toString(Qt::ISODate)},
            {QStringLiteral("window_end"), s.windowEnd.toString(Qt::ISODate)},
            {QStringLiteral("in_trading_hours"), s.inTradingHours},
            {QStringLiteral("applicant"), s.applicantName},
            {QStringLiteral("items"), QJsonArray::fromStringList(s.itemNumbers)}};
}

struct Registers {
    ConfigRegistry config;
    ChangeRegister changes;
    explicit Registers(Backend &b)
        : config(b.database(), b.audit(), b.clock())
        , changes(b.database(), b.audit(), b.clock(), b.calendar(), b.settings(), config)
    {}
};

int listChanges(Context &ctx, Backend &backend)
{
    Registers r(backend);
    auto list = r.changes.list();
    if (!list)
        return ctx.failure(list.error());
    if (ctx.json) {
        QJsonArray array;
        for (const ChangeSummary &s : *list)
            array.append(summaryJson(s));
        ctx.printJson({{QStringLiteral("changes"), array}});
        return Ok;
    }
    if (list->isEmpty())
        ctx.out << Context::tr("No changes.") << Qt::endl;
    for (const ChangeSummary &s : *list)
        ctx.out << QStringLiteral("%1  %2  %3–%4  %5  %6%7%8")
                       .arg(s.id, 4)
                       .arg(s.number, localText(s.windowStart), localText(s.windowEnd).right(5),
                            changeStateName(s.state), s.title,
                            s.urgency == ChangeUrgency::Emergency
                                ? Context::tr("  [emergency change]")
                                : QString(),
                            s.inTradingHours ? Context::tr("  [in trading hours]") : QString())
                << Qt::endl;
    ctx.out.flush();
    return Ok;
}

int showChange(Context &ctx, Backend &backend, const QString &key)
{
    Registers r(backend);
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    auto c = isId ? r.changes.change(id) : r.changes.changeByNumber(key);
    if (!c)
        return ctx.failure(c.error());
    QStringList items;
    for (qint64 itemId : c->itemIds) {
        auto i = r.config.item(itemId);
        if (!i)
            return ctx.failure(i.error());
        items << i->number;
    }
    auto history = r.config.historyOfChange(c->id);
    if (!history)
        return ctx.failure(history.error());
    if (ctx.json) {
        QJsonArray tests;
        for (const ChangeTest &t : c->tests)
            tests.append(QJsonObject{{QStringLiteral("phase"), t.phase == ChangeTest::Phase::Before
                                                                   ? QStringLiteral("before")
                                                                   : QStringLiteral("after")},
                                     {QStringLiteral("description"), t.description},
                                     {QStringLiteral("passed"), t.passed},
                                     {QStringLiteral("at"), t.recordedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("by"), t.recordedBy}});
        ChangeSummary s{
            c->id,          c->number,    c->title,          c->state,         c->urgency,
            c->windowStart, c->windowEnd, c->inTradingHours, c->applicantName, items};
        QJsonObject o = summaryJson(s);
        const QList<std::pair<const char *, QString>> fields{
            {"goal", c->goal},
            {"people", c->people},
            {"steps", c->steps},
            {"test_plan", c->testPlan},
            {"implementation_plan", c->implementationPlan},
            {"risk_controls", c->riskControls},
            {"emergency_plan", c->emergencyPlan},
            {"rollback_plan", c->rollbackPlan},
            {"implementer", c->implementerName},
            {"reviewer", c->reviewerName},
            {"approver", c->approverName},
            {"technical_risk", c->technicalRisk ? riskLevelId(*c->technicalRisk) : QString()},
            {"business_risk", c->businessRisk ? riskLevelId(*c->businessRisk) : QString()},
            {"assessment", c->assessment},
            {"outcome", c->outcome},
            {"production_impact", c->productionImpact},
            {"review_note", c->reviewNote}};
        for (const auto &[k, v] : fields)
            o.insert(QLatin1String(k), v);
        o.insert(QStringLiteral("goal_reached"), c->goalReached);
        o.insert(QStringLiteral("config_updated"), c->configUpdated);
        o.insert(QStringLiteral("tests"), tests);
        o.insert(QStringLiteral("configuration_updates"), int(history->size()));
        ctx.printJson(o);
        return Ok;
    }
    ctx.out
        << QStringLiteral("%1  %2").arg(c->number, c->title) << Qt::endl
        << Context::tr("State: %1").arg(changeStateName(c->state)) << Qt::endl
        << Context::tr("Urgency: %1").arg(changeUrgencyName(c->urgency))
        << (c->inTradingHours ? Context::tr(" (approved inside trading hours)") : QString())
        << Qt::endl
        << Context::tr("Window: %1 – %2").arg(localText(c->windowStart), localText(c->windowEnd))
        << Qt::endl
        << Context::tr("Objects: %1").arg(items.join(QStringLiteral(", "))) << Qt::endl
        << Context::tr("Applicant: %1; approver: %2; implementer: %3; reviewer: %4")
               .arg(c->applicantName,
                    c->approverName.isEmpty() ? QStringLiteral("—") : c->approverName,
                    c->implementerName, c->reviewerName)
        << Qt::endl;
    const QList<std::pair<QString, QString>> parts{
        {Context::tr("Goal"), c->goal},
        {Context::tr("Steps"), c->steps},
        {Context::tr("Test plan"), c->testPlan},
        {Context::tr("Implementation plan"), c->implementationPlan},
        {Context::tr("Risk controls"), c->riskControls},
        {Context::tr("Emergency plan"), c->emergencyPlan},
        {Context::tr("Rollback plan"), c->rollbackPlan},
        {Context::tr("Assessment"), c->assessment},
        {Context::tr("Outcome"), c->outcome},
        {Context::tr("Impact on production"), c->productionImpact}};
    for (const auto &[name, text] : parts)
        if (!text.isEmpty())
            ctx.out << Context::tr("%1: %2").arg(name, text) << Qt::endl;
    for (const ChangeTest &t : c->tests)
        ctx.out << (t.phase == ChangeTest::Phase::Before ? Context::tr("Test before: %1 (%2)")
                                                         : Context::tr("Test after: %1 (%2)"))
                       .arg(t.description, t.passed ? Context::tr("passed") : Context::tr("failed"))
                << Qt::endl;
    for (const ConfigHistoryEntry &h : *history)
        ctx.out << Context::tr("Configuration updated: %1 %2")
                       .arg(historyActionName(h.action),
                            h.after.value(QStringLiteral("number")).toString())
                << Qt::endl;
    ctx.out.flush();
    return Ok;
}

} // namespace

int runCi(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Context::tr("list | show NUMBER"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       Context::tr("list: include deleted items."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Context::tr("Machine-readable output."));
    parser.addOptions({allOption, jsonOption});
    if (int code = parseCommand(ctx, parser, args,
                                Context::tr("Configuration items (配置项). list shows every item "
                                            "with its kind, status and system class; show "
                                            "NUMBER shows one with its relations, the items that "
                                            "depend on it, its history and its incidents."));
        code >= 0)
        return code;
    if (parser.isSet(jsonOption))
        ctx.json = true;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (!((action == QLatin1String("list") && pos.size() == 1)
          || (action == QLatin1String("show") && pos.size() == 2)))
        return ctx.usage(Context::tr("ci takes: list [--all] | show NUMBER."));
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    if (action == QLatin1String("list"))
        return listItems(ctx, **backend, parser.isSet(allOption));
    return showItem(ctx, **backend, pos.at(1));
}

int runChange(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Context::tr("list | show ID | check-window"));
    const QCommandLineOption startOption(
        QStringLiteral("start"),
        Context::tr("check-window: the window's start (ISO 8601; without offset UTC+8)."),
        QStringLiteral("ISO"));
    const QCommandLineOption endOption(QStringLiteral("end"),
                                       Context::tr("check-window: the window's end."),
                                       QStringLiteral("ISO"));
    const QCommandLineOption marketOption(
        QStringLiteral("market"),
        Context::tr("check-window: the market to check (stock, futures, financial_futures, …; "
                    "repeatable); default: the institution's markets."),
        QStringLiteral("ID"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Context::tr("Machine-readable output."));
    parser.addOptions({startOption, endOption, marketOption, jsonOption});
    if (int code = parseCommand(
            ctx, parser, args,
            Context::tr("Change requests (系统变更). list shows every change with its window and "
                        "state; show ID (or number) shows one with every part, the four people, "
                        "the tests and the configuration it updated; check-window exits 1 with "
                        "the reason when a window lies inside trading hours."));
        code >= 0)
        return code;
    if (parser.isSet(jsonOption))
        ctx.json = true;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QString usageText =
        Context::tr("change takes: list | show ID | check-window --start ISO --end ISO "
                    "[--market ID].");
    if (!((action == QLatin1String("list") && pos.size() == 1)
          || (action == QLatin1String("show") && pos.size() == 2)
          || (action == QLatin1String("check-window") && pos.size() == 1)))
        return ctx.usage(usageText);
    if (action == QLatin1String("check-window")) {
        if (!parser.isSet(startOption) || !parser.isSet(endOption))
            return ctx.usage(Context::tr("check-window needs --start ISO and --end ISO."));
        const auto start = parseInstant(parser.value(startOption));
        if (!start)
            return ctx.usage(Context::tr("--start: \"%1\" is not an ISO 8601 time such as "
                                         "2026-03-10T09:20.")
                                 .arg(parser.value(startOption)));
        const auto end = parseInstant(parser.value(endOption));
        if (!end)
            return ctx.usage(Context::tr("--end: \"%1\" is not an ISO 8601 time such as "
                                         "2026-03-10T11:00.")
                                 .arg(parser.value(endOption)));
        // The calendar (and the institution's markets) come from the database when there is
        // one; the built-in calendar otherwise.
        auto backend = ctx.open(OpenMode::ReadOnly);
        if (!backend)
            return ctx.failure(backend.error());
        Registers r(**backend);
        const QStringList markets = r.changes.marketsFor(parser.values(marketOption));
        const WindowCheck w = r.changes.checkWindow(*start, *end, markets);
        if (ctx.json)
            ctx.printJson({{QStringLiteral("start"), start->toString(Qt::ISODate)},
                           {QStringLiteral("end"), end->toString(Qt::ISODate)},
                           {QStringLiteral("markets"), QJsonArray::fromStringList(markets)},
                           {QStringLiteral("valid"), w.valid},
                           {QStringLiteral("in_trading_hours"), w.inTradingHours},
                           {QStringLiteral("market"), w.marketId},
                           {QStringLiteral("reason"), w.reason}});
        if (!w.valid)
            return ctx.usage(w.reason);
        if (w.inTradingHours) {
            if (!ctx.json)
                ctx.err << w.reason << Qt::endl;
            return Failure;
        }
        if (!ctx.json)
            ctx.out << Context::tr("The window %1 – %2 lies outside trading hours of %3.")
                           .arg(localText(*start), localText(*end),
                                markets.join(QStringLiteral(", ")))
                    << Qt::endl;
        ctx.out.flush();
        return Ok;
    }
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    if (action == QLatin1String("list"))
        return listChanges(ctx, **backend);
    return showChange(ctx, **backend, pos.at(1));
}

} // namespace cli
} // namespace dd
