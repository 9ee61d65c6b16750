// dutyctl drills list | compliance | actions | report.
#include "drills/drill_repository.h"
#include "dutyctl/cli.h"
#include "reports/report_contexts.h"
#include "reports/report_engine.h"
#include "reports/report_writer.h"
#include "reports/template_library.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

namespace dd {
namespace cli {

namespace {

QString localTime(const QDateTime &t)
{
    return t.isValid()
               ? t.toTimeZone(DrillRules::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}

QDate today(const Clock &clock)
{
    return clock.now().toTimeZone(DrillRules::zone()).date();
}

QJsonObject summaryJson(const DrillSummary &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("method"), s.method ? drillMethodId(*s.method) : QString()},
            {QStringLiteral("status"), drillStatusId(s.status)},
            {QStringLiteral("planned_start"), localTime(s.plannedStart)},
            {QStringLiteral("actual_start"), localTime(s.actualStart)},
            {QStringLiteral("open_actions"), s.openActions},
            {QStringLiteral("overdue_actions"), s.overdueActions}};
}

QString summaryLine(const DrillSummary &s)
{
    const QString when = s.actualStart.isValid()
                             ? localTime(s.actualStart)
                             : Context::tr("planned %1").arg(localTime(s.plannedStart));
    QString line =
        QStringLiteral("%1  %2  %3  %4  %5")
            .arg(s.id, 4)
            .arg(when, drillStatusName(s.status),
                 s.method ? drillMethodName(*s.method) : Context::tr("(no method)"), s.title);
    if (s.overdueActions > 0)
        line += Context::tr("  [%n overdue action(s)]", nullptr, s.overdueActions);
    return line;
}

Result<int> parseYear(Context &ctx, const QString &text)
{
    if (text.isEmpty())
        return today(ctx.clock).year();
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || year < 1900 || year > 9999)
        return fail(Context::tr("--year takes a year such as 2026, got \"%1\".").arg(text));
    return year;
}

int list(Context &ctx, Backend &backend, int year)
{
    DrillRepository &repo = backend.drills();
    auto drills = repo.list({year, {}});
    if (!drills)
        return ctx.failure(drills.error());
    if (ctx.json) {
        QJsonArray array;
        for (const DrillSummary &s : *drills)
            array.append(summaryJson(s));
        ctx.printJson({{QStringLiteral("drills"), array}});
        return Ok;
    }
    if (drills->isEmpty())
        ctx.out << Context::tr("No drills.") << Qt::endl;
    for (const DrillSummary &s : *drills)
        ctx.out << summaryLine(s) << Qt::endl;
    ctx.out.flush();
    return Ok;
}

int compliance(Context &ctx, Backend &backend, int year)
{
    DrillRepository &repo = backend.drills();
    auto c = repo.compliance(year);
    if (!c)
        return ctx.failure(c.error());
    auto warnings = repo.warnings(ctx.clock.now());
    if (!warnings)
        return ctx.failure(warnings.error());
    const QList<const HalfYearCompliance *> halves{&c->h1, &c->h2};
    if (ctx.json) {
        QJsonArray array;
        for (const HalfYearCompliance *h : halves) {
            QJsonArray completed, planned, drafts;
            for (const DrillSummary &s : h->completed)
                completed.append(summaryJson(s));
            for (const DrillSummary &s : h->planned)
                planned.append(summaryJson(s));
            for (const DrillSummary &s : h->drafts)
                drafts.append(summaryJson(s));
            array.append(
                QJsonObject{{QStringLiteral("half"), QStringLiteral("H%1").arg(h->period.half)},
                            {QStringLiteral("name"), halfYearName(h->period)},
                            {QStringLiteral("compliant"), h->compliant},
                            {QStringLiteral("completed"), completed},
                            {QStringLiteral("planned"), planned},
                            {QStringLiteral("drafts"), drafts}});
        }
        QJsonArray warningArray;
        for (const ComplianceWarning &w : *warnings)
            if (w.period.year == year)
                warningArray.append(
                    QJsonObject{{QStringLiteral("half"), QStringLiteral("H%1").arg(w.period.half)},
                                {QStringLiteral("days_remaining"), w.daysRemaining},
                                {QStringLiteral("message"), w.message}});
        ctx.printJson({{QStringLiteral("year"), year},
                       {QStringLiteral("compliant"), c->h1.compliant && c->h2.compliant},
                       {QStringLiteral("half_years"), array},
                       {QStringLiteral("warnings"), warningArray}});
        return Ok;
    }
    for (const HalfYearCompliance *h : halves) {
        ctx.out << QStringLiteral("%1: %2").arg(
            halfYearName(h->period), h->compliant
                                         ? Context::tr("compliant")
                                         : Context::tr("NOT compliant (no completed drill)"))
                << Qt::endl;
        for (const DrillSummary &s : h->completed)
            ctx.out << QStringLiteral("  ")
                    << Context::tr("completed: %1 (%2)").arg(s.title, localTime(s.actualStart))
                    << Qt::endl;
        for (const DrillSummary &s : h->planned)
            ctx.out << QStringLiteral("  ")
                    << Context::tr("planned: %1 (%2, %3)")
                           .arg(s.title, localTime(s.plannedStart), drillStatusName(s.status))
                    << Qt::endl;
        for (const DrillSummary &s : h->drafts)
            ctx.out << QStringLiteral("  ")
                    << Context::tr("draft, not approved: %1 (%2)")
                           .arg(s.title, localTime(s.plannedStart))
                    << Qt::endl;
    }
    for (const ComplianceWarning &w : *warnings)
        if (w.period.year == year)
            ctx.out << Context::tr("warning: %1").arg(w.message) << Qt::endl;
    ctx.out.flush();
    return Ok;
}

int actions(Context &ctx, Backend &backend, bool overdueOnly)
{
    DrillRepository &repo = backend.drills();
    const QDate day = today(ctx.clock);
    auto all = overdueOnly ? repo.overdueActions(day) : repo.actions(true);
    if (!all)
        return ctx.failure(all.error());
    auto people = backend.contacts().contacts({QString(), 0, false});
    if (!people)
        return ctx.failure(people.error());
    QHash<qint64, QString> names;
    for (const Contact &c : *people)
        names.insert(c.id, c.name);
    if (ctx.json) {
        QJsonArray array;
        for (const ActionOverview &a : *all)
            array.append(QJsonObject{{QStringLiteral("id"), a.action.id},
                                     {QStringLiteral("drill"), a.drillTitle},
                                     {QStringLiteral("finding"), a.findingText},
                                     {QStringLiteral("text"), a.action.text},
                                     {QStringLiteral("owner"), names.value(a.action.ownerId)},
                                     {QStringLiteral("due"), a.action.due.toString(Qt::ISODate)},
                                     {QStringLiteral("status"), actionStatusId(a.action.status)},
                                     {QStringLiteral("overdue"), a.action.overdue(day)}});
        ctx.printJson({{QStringLiteral("actions"), array}});
        return Ok;
    }
    if (all->isEmpty())
        ctx.out << (overdueOnly ? Context::tr("No overdue improvement actions.")
                                : Context::tr("No open improvement actions."))
                << Qt::endl;
    for (const ActionOverview &a : *all)
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5%6")
                       .arg(a.action.due.toString(Qt::ISODate), actionStatusName(a.action.status),
                            names.value(a.action.ownerId), a.action.text, a.drillTitle,
                            a.action.overdue(day) ? Context::tr("  (overdue)") : QString())
                << Qt::endl;
    ctx.out.flush();
    return Ok;
}

int report(Context &ctx, Backend &backend, int year, const QString &out, const QString &templateId,
           const QString &author)
{
    auto form = ReportWriter::requireForm(out);
    if (!form)
        return ctx.usage(form.error());
    TemplateLibrary library(backend.database(), backend.audit(), backend.clock());
    auto t = library.get(templateId);
    if (!t)
        return ctx.failure(t.error());
    if (t->context != ContextKind::Year)
        return ctx.usage(Context::tr("The template %1 is not rendered against a year (its context "
                                     "is %2).")
                             .arg(templateId, contextKindName(t->context)));
    if (!t->outputs.isEmpty() && !t->outputs.contains(*form))
        return ctx.usage(Context::tr("The template %1 does not produce %2.")
                             .arg(templateId, outputFormName(*form)));
    auto context =
        ReportContexts::build(backend, ContextKind::Year, year, {author, QString()}, t->language);
    if (!context)
        return ctx.failure(context.error());
    auto rendered = ReportEngine::render(*t, *context);
    if (!rendered)
        return ctx.failure(rendered.error());
    if (Status written = ReportWriter::write(*rendered, out, *form); !written)
        return ctx.failure(written.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                       {QStringLiteral("template"), templateId},
                       {QStringLiteral("year"), year},
                       {QStringLiteral("format"), outputFormId(*form)}});
    else
        ctx.out << Context::tr("Wrote the %1 drill report to %2.").arg(year).arg(out) << Qt::endl;
    ctx.out.flush();
    return Ok;
}

} // namespace

int runDrills(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Context::tr("list | compliance | actions | report"));
    const QCommandLineOption yearOption(
        QStringLiteral("year"), Context::tr("The calendar year (UTC+8); default: this year."),
        QStringLiteral("YYYY"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), Context::tr("report: the file to write (.pdf, .odt, .html, .txt)."),
        QStringLiteral("FILE"));
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        Context::tr("report: the template to render (default annual_drill_report)."),
        QStringLiteral("ID"), QStringLiteral("annual_drill_report"));
    const QCommandLineOption authorOption(QStringLiteral("author"),
                                          Context::tr("report: the name signing the report."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption overdueOption(QStringLiteral("overdue"),
                                           Context::tr("actions: only overdue actions."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Context::tr("Machine-readable output."));
    parser.addOptions(
        {yearOption, outOption, templateOption, authorOption, overdueOption, jsonOption});
    if (int code = parseCommand(
            ctx, parser, args,
            Context::tr("Emergency drills. list shows the year's drills; compliance shows per "
                        "half-year (H1 January–June, H2 July–December, UTC+8) whether a drill was "
                        "completed and which drills count, with the 60-day warning; actions "
                        "lists the open improvement actions (--overdue: only overdue ones); "
                        "report renders the annual drill report for the regulator."));
        code >= 0)
        return code;
    if (parser.isSet(jsonOption))
        ctx.json = true;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QString usageText =
        Context::tr("drills takes: list [--year YYYY] | compliance [--year YYYY] | actions "
                    "[--overdue] | report --year YYYY --out FILE [--template ID] [--author NAME].");
    if (pos.size() != 1)
        return ctx.usage(usageText);
    auto year = parseYear(ctx, parser.value(yearOption));
    if (!year)
        return ctx.usage(year.error());
    if (action == QLatin1String("report") && !parser.isSet(outOption))
        return ctx.usage(Context::tr("report needs --out FILE."));
    if (action != QLatin1String("list") && action != QLatin1String("compliance")
        && action != QLatin1String("actions") && action != QLatin1String("report"))
        return ctx.usage(usageText);

    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    if (action == QLatin1String("list"))
        return list(ctx, **backend, *year);
    if (action == QLatin1String("compliance"))
        return compliance(ctx, **backend, *year);
    if (action == QLatin1String("actions"))
        return actions(ctx, **backend, parser.isSet(overdueOption));
    return report(ctx, **backend, *year, parser.value(outOption), parser.value(templateOption),
                  parser.value(authorOption));
}

} // namespace cli
} // namespace dd
