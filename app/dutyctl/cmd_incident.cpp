#include "dutyctl/cli.h"
#include "grading/incident_facts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace dd {
namespace cli {

std::optional<QDateTime> parseCliInstant(const QString &text); // cmd_grade.cpp

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid()
               ? utc.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QStringLiteral("-");
}

QJsonObject obligationJson(const ObligationRow &r)
{
    QJsonObject o{{QStringLiteral("key"), r.instance.key()},
                  {QStringLiteral("label"), r.label},
                  {QStringLiteral("form"), reportFormId(r.instance.form)},
                  {QStringLiteral("recipient"), recipientId(r.instance.recipient)},
                  {QStringLiteral("status"), obligationStateId(r.status.state)}};
    if (r.instance.due)
        o.insert(QStringLiteral("due"), toStoredTime(*r.instance.due));
    if (r.status.submittedAt)
        o.insert(QStringLiteral("submitted_at"), toStoredTime(*r.status.submittedAt));
    if (r.status.lateSeconds > 0)
        o.insert(QStringLiteral("late_seconds"), r.status.lateSeconds);
    return o;
}

QString statusText(const ObligationRow &r)
{
    switch (r.status.state) {
    case ObligationState::PendingAnchor: return Context::tr("waiting");
    case ObligationState::Due:
        return Context::tr("due in %1 min").arg(r.status.remainingSeconds / 60);
    case ObligationState::Overdue:
        return Context::tr("OVERDUE by %1 min").arg(r.status.lateSeconds / 60);
    case ObligationState::SubmittedOnTime: return Context::tr("submitted on time");
    case ObligationState::SubmittedLate:
        return Context::tr("submitted %1 min late").arg(r.status.lateSeconds / 60);
    case ObligationState::Waived: return Context::tr("waived");
    }
    return {};
}

int list(Context &ctx, Backend &backend, const QString &state, int limit)
{
    IncidentFilter filter;
    filter.limit = limit;
    if (state == QLatin1String("open"))
        filter.states = {IncidentState::Warning, IncidentState::Responding,
                         IncidentState::Recovered, IncidentState::Investigating};
    else if (!state.isEmpty())
        filter.states = {*incidentStateFromId(state)};
    auto rows = backend.incidents().list(filter);
    if (!rows)
        return ctx.failure(rows.error());
    QJsonArray array;
    for (const IncidentSummary &r : *rows) {
        array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("number"), r.number},
                                 {QStringLiteral("title"), r.title},
                                 {QStringLiteral("state"), incidentStateId(r.state)},
                                 {QStringLiteral("grade"), r.grade},
                                 {QStringLiteral("detected_at"), toStoredTime(r.detectedAt)}});
        if (!ctx.json)
            ctx.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                           .arg(r.number, r.grade.leftJustified(4),
                                incidentStateId(r.state).leftJustified(13), localTime(r.detectedAt),
                                r.title);
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("incidents"), array}});
    ctx.out.flush();
    return Ok;
}

int show(Context &ctx, Backend &backend, qint64 id, bool obligationsOnly)
{
    auto view = backend.incidentService().view(id);
    if (!view)
        return ctx.failure(view.error());
    const Incident &i = view->incident;
    if (ctx.json) {
        QJsonArray obligations;
        for (const ObligationRow &r : view->obligations)
            obligations.append(obligationJson(r));
        QJsonObject o{{QStringLiteral("obligations"), obligations}};
        if (!obligationsOnly) {
            o.insert(QStringLiteral("incident"), toJson(i));
            o.insert(QStringLiteral("grade"), view->grade.toJsonObject());
            QJsonArray timeline;
            for (const TimelineEntry &e : view->timeline)
                timeline.append(QJsonObject{{QStringLiteral("at"), toStoredTime(e.at)},
                                            {QStringLiteral("actor"), e.actor},
                                            {QStringLiteral("kind"), e.kind},
                                            {QStringLiteral("text"), e.text}});
            o.insert(QStringLiteral("timeline"), timeline);
        }
        ctx.printJson(o);
        return Ok;
    }
    if (!obligationsOnly) {
        ctx.out << QStringLiteral("%1  %2\n").arg(i.number, i.title);
        ctx.out << Context::tr("State: %1   Grade now: %2   Detected: %3   Recovered: %4")
                       .arg(incidentStateName(i.state), view->grade.gradeId,
                            localTime(i.detectedAt), localTime(i.recoveredAt))
                << Qt::endl;
        if (view->grade.next)
            ctx.out << Context::tr("Next threshold: %1 at %2")
                           .arg(view->grade.next->level.id, localTime(view->grade.next->at))
                    << Qt::endl;
        ctx.out << Context::tr("Timeline:") << Qt::endl;
        for (const TimelineEntry &e : view->timeline)
            ctx.out << QStringLiteral("  %1  %2  %3\n").arg(localTime(e.at), e.actorName, e.text);
        ctx.out << Context::tr("Reports:") << Qt::endl;
    }
    for (const ObligationRow &r : view->obligations)
        ctx.out << QStringLiteral("  %1  %2  %3\n")
                       .arg(r.instance.due ? localTime(*r.instance.due)
                                           : QStringLiteral("                "),
                            statusText(r).leftJustified(22), r.label);
    ctx.out.flush();
    return Ok;
}

int declare(Context &ctx, Backend &backend, const QString &factsPath, const QString &title,
            bool warning, const QString &faultType)
{
    QFile f(factsPath);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.failure(Context::tr("Cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(factsPath), f.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        return ctx.failure(Context::tr("%1: expected a JSON object (%2).")
                               .arg(QFileInfo(factsPath).fileName(), error.errorString()));
    // Validate as a facts file first, so errors name this file.
    if (auto facts = IncidentFacts::fromJsonObject(doc.object(), QFileInfo(factsPath).fileName());
        !facts)
        return ctx.failure(facts.error());
    auto actor = ctx.writer(backend);
    if (!actor)
        return ctx.failure(actor.error());
    NewIncident n;
    n.title = title;
    n.warning = warning;
    n.faultType = faultType;
    n.facts = doc.object();
    auto id = backend.incidentService().declare(*actor, n);
    if (!id)
        return ctx.failure(id.error());
    auto incident = backend.incidents().get(*id);
    if (ctx.json)
        ctx.printJson({{QStringLiteral("id"), *id},
                       {QStringLiteral("number"), incident ? incident->number : QString()},
                       {QStringLiteral("grade"), incident ? incident->grade : QString()}});
    else if (incident)
        ctx.out << Context::tr("Declared %1, graded %2.").arg(incident->number, incident->grade)
                << Qt::endl;
    return Ok;
}

} // namespace

// An incident by its id (17) or its number (2026-0017).
Result<qint64> resolveIncidentId(Backend &backend, const QString &text)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (numeric)
        return id;
    IncidentFilter filter;
    filter.text = text;
    auto rows = backend.incidents().list(filter);
    if (!rows)
        return rows.takeError();
    for (const IncidentSummary &r : *rows)
        if (r.number == text)
            return r.id;
    return fail(Context::tr("There is no incident %1.").arg(text));
}

int runIncident(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        Context::tr("list | show ID | obligations ID | declare --facts FILE --title TEXT"));
    const QCommandLineOption factsOption(
        QStringLiteral("facts"), Context::tr("The facts file (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption titleOption(
        QStringLiteral("title"), Context::tr("The incident's title."), QStringLiteral("TEXT"));
    const QCommandLineOption warningOption(QStringLiteral("warning"),
                                           Context::tr("Raise a warning (预警) instead."));
    const QCommandLineOption faultOption(QStringLiteral("fault-type"),
                                         Context::tr("Fault type (default other)."),
                                         QStringLiteral("ID"), QStringLiteral("other"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         Context::tr("list: open, or a state id."),
                                         QStringLiteral("STATE"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Context::tr("list: at most N rows."), QStringLiteral("N"),
                                         QStringLiteral("0"));
    for (const auto &o :
         {factsOption, titleOption, warningOption, faultOption, stateOption, limitOption})
        parser.addOption(o);
    if (int code =
            parseCommand(ctx, parser, args,
                         Context::tr("Incidents and warnings: list them, show one with its grade, "
                                     "timeline and reports, or declare one from a facts file."));
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QString usageText = Context::tr(
        "incident takes: list [--state open|STATE] [--limit N] | show ID | "
        "obligations ID | declare --facts FILE --title TEXT [--warning] [--fault-type ID].");
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 0)
        return ctx.usage(Context::tr("--limit takes a whole number."));
    const QString state = parser.value(stateOption);
    if (!state.isEmpty() && state != QLatin1String("open") && !incidentStateFromId(state))
        return ctx.usage(Context::tr(
            "--state takes open or one of warning, warning_lifted, responding, recovered, "
            "investigating, closed."));
    const bool isList = action == QLatin1String("list") && pos.size() == 1;
    const bool isShow = (action == QLatin1String("show") || action == QLatin1String("obligations"))
                        && pos.size() == 2;
    const bool isDeclare = action == QLatin1String("declare") && pos.size() == 1;
    if (!isList && !isShow && !isDeclare)
        return ctx.usage(usageText);
    if (isDeclare && (!parser.isSet(factsOption) || parser.value(titleOption).trimmed().isEmpty()))
        return ctx.usage(Context::tr("declare needs --facts FILE and --title TEXT."));

    auto backend = ctx.open(isDeclare ? OpenMode::ReadWrite : OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    if (isList)
        return list(ctx, **backend, state, limit);
    if (isDeclare)
        return declare(ctx, **backend, parser.value(factsOption), parser.value(titleOption),
                       parser.isSet(warningOption), parser.value(faultOption));
    auto id = resolveIncidentId(**backend, pos.at(1));
    if (!id)
        return ctx.failure(id.error());
    return show(ctx, **backend, *id, action == QLatin1String("obligations"));
}

} // namespace cli
} // namespace dd
