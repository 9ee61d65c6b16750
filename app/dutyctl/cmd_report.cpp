#include "dutyctl/cli.h"
#include "readiness/readiness_report.h"
#include "reports/report_contexts.h"
#include "reports/report_engine.h"
#include "reports/report_writer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace dd {
namespace cli {

namespace {

QStringList outputIds(const QList<OutputForm> &forms)
{
    QStringList ids;
    for (OutputForm f : forms)
        ids << outputFormId(f);
    return ids;
}

int list(Context &ctx, Backend &backend)
{
    auto all = backend.reports().all();
    if (!all)
        return ctx.failure(all.error());
    if (ctx.json) {
        QJsonArray rows;
        for (const ReportTemplate &t : *all)
            rows.append(QJsonObject{
                {QStringLiteral("id"), t.id},
                {QStringLiteral("title_zh"), t.titleZh},
                {QStringLiteral("title_en"), t.titleEn},
                {QStringLiteral("kind"), reportKindId(t.kind)},
                {QStringLiteral("context"), contextKindId(t.context)},
                {QStringLiteral("language"), t.language},
                {QStringLiteral("outputs"), QJsonArray::fromStringList(outputIds(t.outputs))},
                {QStringLiteral("forms"), QJsonArray::fromStringList(t.forms)},
                {QStringLiteral("built_in"), t.builtIn},
                {QStringLiteral("based_on"), t.basedOn}});
        ctx.printJson({{QStringLiteral("templates"), rows}});
        return Ok;
    }
    for (const ReportTemplate &t : *all)
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(t.id.leftJustified(32), contextKindId(t.context).leftJustified(8),
                            t.language.leftJustified(5),
                            outputIds(t.outputs).join(u',').leftJustified(16),
                            t.builtIn ? Context::tr("built-in") : Context::tr("custom"),
                            t.title(t.language))
                << Qt::endl;
    ctx.out << Context::tr("%n template(s).", nullptr, int(all->size())) << Qt::endl;
    return Ok;
}

// `report check FILE`: a template file as the library would take it.
int check(Context &ctx, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.failure(Context::tr("Cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    auto parsed = ReportEngine::parse(QString::fromUtf8(file.readAll()), path);
    if (!parsed)
        return ctx.failure(parsed.error());
    const QList<TemplateIssue> issues = ReportEngine::check(*parsed);
    if (ctx.json) {
        QJsonArray rows;
        for (const TemplateIssue &i : issues)
            rows.append(QJsonObject{{QStringLiteral("line"), i.line},
                                    {QStringLiteral("column"), i.column},
                                    {QStringLiteral("name"), i.name},
                                    {QStringLiteral("message"), i.message}});
        ctx.printJson({{QStringLiteral("id"), parsed->id},
                       {QStringLiteral("ok"), issues.isEmpty()},
                       {QStringLiteral("issues"), rows}});
    } else {
        for (const TemplateIssue &i : issues)
            ctx.err << QDir::toNativeSeparators(path) << QStringLiteral(": ") << i.message
                    << Qt::endl;
        if (issues.isEmpty())
            ctx.out << Context::tr("%1: template %2 is valid.")
                           .arg(QDir::toNativeSeparators(path), parsed->id)
                    << Qt::endl;
    }
    return issues.isEmpty() ? Ok : Failure;
}

struct Subject {
    ContextKind kind = ContextKind::Incident;
    QString text;
};

int render(Context &ctx, Backend &backend, const QString &templateId, const Subject &subject,
           const QString &outPath, const QString &author)
{
    auto tmpl = backend.reports().get(templateId);
    if (!tmpl)
        return ctx.failure(tmpl.error());
    if (tmpl->context != subject.kind)
        return ctx.usage(
            Context::tr("Template %1 is rendered for %2; give --%3.")
                .arg(tmpl->id, contextKindName(tmpl->context), contextKindId(tmpl->context)));
    auto form = ReportWriter::requireForm(outPath);
    if (!form)
        return ctx.failure(form.error());
    if (!tmpl->outputs.contains(*form))
        return ctx.failure(Context::tr("Template %1 has no %2 output (it has: %3).")
                               .arg(tmpl->id, outputFormName(*form),
                                    outputIds(tmpl->outputs).join(QStringLiteral(", "))));

    qint64 id = 0;
    bool numeric = false;
    switch (subject.kind) {
    case ContextKind::Incident: {
        auto resolved = resolveIncidentId(backend, subject.text);
        if (!resolved)
            return ctx.failure(resolved.error());
        id = *resolved;
        break;
    }
    case ContextKind::Drill:
    case ContextKind::Year:
        id = subject.text.toLongLong(&numeric);
        if (!numeric || id <= 0)
            return ctx.usage(subject.kind == ContextKind::Year
                                 ? Context::tr("--year takes a year such as 2026.")
                                 : Context::tr("--drill takes a drill id (see drills list)."));
        break;
    case ContextKind::Handbook: break;
    case ContextKind::Readiness: {
        const QDate day = QDate::fromString(subject.text, Qt::ISODate);
        if (!day.isValid())
            return ctx.usage(Context::tr("--readiness takes a day such as 2026-11-30."));
        id = ReadinessReportContext::subjectOf(day);
        break;
    }
    }

    auto data =
        ReportContexts::build(backend, subject.kind, id, ReportAuthor{author, {}}, tmpl->language);
    if (!data)
        return ctx.failure(data.error());
    auto report = ReportEngine::render(*tmpl, *data);
    if (!report)
        return ctx.failure(report.error());
    if (Status written = ReportWriter::write(*report, outPath, *form); !written)
        return ctx.failure(written.error());

    const QString shown = QDir::toNativeSeparators(outPath);
    const int characters = ReportWriter::characterCount(ReportWriter::plainText(*report));
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("out"), shown},
                       {QStringLiteral("template"), tmpl->id},
                       {QStringLiteral("form"), outputFormId(*form)},
                       {QStringLiteral("title"), report->title},
                       {QStringLiteral("drill"), report->drill},
                       {QStringLiteral("characters"), characters}});
        return Ok;
    }
    if (*form == OutputForm::Text)
        ctx.out << Context::tr("Wrote %1: %2, %n character(s).", nullptr, characters)
                       .arg(shown, report->title)
                << Qt::endl;
    else
        ctx.out << Context::tr("Wrote %1: %2.").arg(shown, report->title) << Qt::endl;
    return Ok;
}

} // namespace

int runReport(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            Context::tr("The template id (see report list)."),
                                            QStringLiteral("ID"));
    const QCommandLineOption incidentOption(QStringLiteral("incident"),
                                            Context::tr("Render for this incident (id or number)."),
                                            QStringLiteral("ID"));
    const QCommandLineOption drillOption(
        QStringLiteral("drill"), Context::tr("Render for this drill."), QStringLiteral("ID"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
                                        Context::tr("Render for this calendar year."),
                                        QStringLiteral("YYYY"));
    const QCommandLineOption handbookOption(QStringLiteral("handbook"),
                                            Context::tr("Render for the contact handbook."));
    const QCommandLineOption readinessOption(
        QStringLiteral("readiness"),
        Context::tr("Render the readiness checks as of this day (the monthly readiness report)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Context::tr("The file to write: .pdf, .odt, .html or .txt."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption authorOption(
        QStringLiteral("author"), Context::tr("The person signing the report (default: --as)."),
        QStringLiteral("NAME"));
    for (const auto &o : {templateOption, incidentOption, drillOption, yearOption, handbookOption,
                          readinessOption, outOption, authorOption})
        parser.addOption(o);
    if (int code = parseCommand(
            ctx, parser, args,
            Context::tr("Report templates: list them, check a template file, or render one for "
                        "an incident, a drill, a year, the handbook or the readiness checks to "
                        "PDF, ODT, HTML or "
                        "text."));
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QString usageText = Context::tr(
        "report takes: list | check FILE | render --template ID (--incident ID | --drill ID | "
        "--year YYYY | --handbook | --readiness YYYY-MM-DD) --out FILE.(pdf|odt|html|txt) "
        "[--author NAME].");

    if (action == QLatin1String("list") && pos.size() == 1) {
        auto backend = ctx.open(OpenMode::ReadOnly);
        if (!backend)
            return ctx.failure(backend.error());
        return list(ctx, **backend);
    }
    if (action == QLatin1String("check") && pos.size() == 2)
        return check(ctx, pos.at(1));
    if (action != QLatin1String("render") || pos.size() != 1)
        return ctx.usage(usageText);

    QList<Subject> subjects;
    if (parser.isSet(incidentOption))
        subjects.append({ContextKind::Incident, parser.value(incidentOption)});
    if (parser.isSet(drillOption))
        subjects.append({ContextKind::Drill, parser.value(drillOption)});
    if (parser.isSet(yearOption))
        subjects.append({ContextKind::Year, parser.value(yearOption)});
    if (parser.isSet(handbookOption))
        subjects.append({ContextKind::Handbook, {}});
    if (parser.isSet(readinessOption))
        subjects.append({ContextKind::Readiness, parser.value(readinessOption)});
    if (subjects.size() != 1 || parser.value(templateOption).isEmpty()
        || parser.value(outOption).isEmpty())
        return ctx.usage(usageText);

    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    QString author = parser.value(authorOption);
    if (author.isEmpty() && !ctx.asLogin.isEmpty()) {
        auto person = (*backend)->operators().find(ctx.asLogin);
        author = person ? person->displayName : ctx.asLogin;
    }
    return render(ctx, **backend, parser.value(templateOption), subjects.first(),
                  parser.value(outOption), author);
}

} // namespace cli
} // namespace dd
