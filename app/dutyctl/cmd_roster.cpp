#include "contacts/phone_numbers.h"
#include "dutyctl/cli.h"
#include "pdf_document.h"
#include "roster/roster.h"
#include "roster/roster_export.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace dd {
namespace cli {

namespace {

QTimeZone institutionZone()
{
    return QTimeZone(8 * 3600);
}

QString localText(const QDateTime &utc)
{
    return utc.isValid()
               ? utc.toTimeZone(institutionZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}

// --to: a bare date includes that whole day.
std::optional<QDateTime> parseEnd(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid() && text.size() == 10)
        return QDateTime(d.addDays(1), QTime(0, 0), institutionZone()).toUTC();
    return parseInstant(text);
}

std::optional<QDate> parseMonth(const QString &text)
{
    const QDate d = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

struct Loaded {
    std::unique_ptr<Backend> backend;
    std::unique_ptr<Roster> roster;
    QHash<qint64, RosterPerson> people;
    QHash<qint64, QString> names;
};

Result<Loaded> loadRoster(Context &ctx)
{
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return backend.takeError();
    Loaded l;
    l.backend = std::move(*backend);
    auto data = l.backend->roster().load();
    if (!data)
        return data.takeError();
    auto people = l.backend->roster().people();
    if (!people)
        return people.takeError();
    l.people = *people;
    for (auto it = l.people.constBegin(); it != l.people.constEnd(); ++it)
        l.names.insert(it.key(), it->name);
    l.roster = std::make_unique<Roster>(std::move(*data), l.backend->calendar());
    return l;
}

// The roles asked for: one by --role KEY, or all in display order.
Result<QList<DutyRole>> chosenRoles(const Roster &roster, const QString &key)
{
    if (!key.isEmpty()) {
        const DutyRole *role = roster.roleByKey(key);
        if (!role)
            return fail(Context::tr("--role: there is no duty role \"%1\".").arg(key));
        return QList<DutyRole>{*role};
    }
    QList<DutyRole> roles = roster.data().roles;
    std::stable_sort(roles.begin(), roles.end(), [](const DutyRole &a, const DutyRole &b) {
        return a.sortOrder < b.sortOrder;
    });
    return roles;
}

QJsonObject assignmentJson(const DutyAssignment &a, const Loaded &l)
{
    const RosterPerson p = l.people.value(a.contactId);
    return {
        {QStringLiteral("contact_id"), a.contactId},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("since"), a.since.isValid() ? a.since.toString(Qt::ISODate) : QString()},
        {QStringLiteral("until"), a.until.isValid() ? a.until.toString(Qt::ISODate) : QString()},
        {QStringLiteral("on_leave"), a.onLeave},
        {QStringLiteral("leave_contact_id"), a.leaveContactId},
        {QStringLiteral("rule"), a.rule([&](qint64 id) { return l.names.value(id); })}};
}

int who(Context &ctx, const QString &roleKey, const QString &atText)
{
    QDateTime at = ctx.clock.now();
    if (!atText.isEmpty()) {
        auto parsed = parseInstant(atText);
        if (!parsed)
            return ctx.usage(Context::tr("--at: expected an ISO 8601 time such as "
                                         "2026-03-02T09:30:00+08:00, got \"%1\".")
                                 .arg(atText));
        at = *parsed;
    }
    auto loaded = loadRoster(ctx);
    if (!loaded)
        return ctx.failure(loaded.error());
    auto roles = chosenRoles(*loaded->roster, roleKey);
    if (!roles)
        return ctx.usage(roles.error());
    QJsonArray list;
    if (!ctx.json)
        ctx.out << Context::tr("On duty at %1 (UTC+8):").arg(localText(at)) << Qt::endl;
    for (const DutyRole &role : *roles) {
        const OnDuty duty = loaded->roster->onDuty(role.id, at);
        list.append(QJsonObject{{QStringLiteral("role"), role.key},
                                {QStringLiteral("name"), role.displayName()},
                                {QStringLiteral("primary"), assignmentJson(duty.primary, *loaded)},
                                {QStringLiteral("backup"), assignmentJson(duty.backup, *loaded)}});
        if (ctx.json)
            continue;
        for (Slot slot : {Slot::Primary, Slot::Backup}) {
            const DutyAssignment &a = duty.slot(slot);
            if (slot == Slot::Backup && !a.isCovered() && !role.backupRequired && !a.onLeave)
                continue;
            const RosterPerson p = loaded->people.value(a.contactId);
            QString person;
            if (a.isCovered())
                person = Context::tr("%1  %2  until %3")
                             .arg(p.name,
                                  p.phone.isEmpty() ? Context::tr("(no phone)")
                                                    : PhoneNumbers::display(p.phone),
                                  a.until.isValid() ? localText(a.until) : Context::tr("open"));
            else if (a.onLeave)
                person = Context::tr("NOBODY (%1 is on leave)")
                             .arg(loaded->names.value(a.leaveContactId));
            else
                person = Context::tr("NOBODY");
            ctx.out << QStringLiteral("%1 %2  %3\n")
                           .arg(slot == Slot::Primary ? role.displayName() : QString(), -22)
                           .arg(slotName(slot), -6)
                           .arg(person);
        }
    }
    if (ctx.json)
        ctx.printJson(
            {{QStringLiteral("at"), at.toString(Qt::ISODate)}, {QStringLiteral("roles"), list}});
    ctx.out.flush();
    return Ok;
}

int gaps(Context &ctx, const QString &roleKey, const QString &fromText, const QString &toText)
{
    auto from = parseInstant(fromText);
    auto to = parseEnd(toText);
    if (fromText.isEmpty() || toText.isEmpty() || !from || !to || *to <= *from)
        return ctx.usage(Context::tr("gaps needs --from DATE and a later --to DATE (YYYY-MM-DD, "
                                     "the --to day included, or ISO 8601 times)."));
    auto loaded = loadRoster(ctx);
    if (!loaded)
        return ctx.failure(loaded.error());
    auto roles = chosenRoles(*loaded->roster, roleKey);
    if (!roles)
        return ctx.usage(roles.error());
    QList<CoverageGap> found;
    if (roleKey.isEmpty())
        found = loaded->roster->gaps(*from, *to);
    else
        found = loaded->roster->gaps(roles->first().id, *from, *to);
    QJsonArray list;
    for (const CoverageGap &g : found) {
        const DutyRole *role = loaded->roster->role(g.roleId);
        const QString roleName = role ? role->displayName() : QString::number(g.roleId);
        const qint64 minutes = g.start.secsTo(g.end) / 60;
        list.append(QJsonObject{{QStringLiteral("role"), role ? role->key : QString()},
                                {QStringLiteral("slot"), slotId(g.slot)},
                                {QStringLiteral("start"), g.start.toString(Qt::ISODate)},
                                {QStringLiteral("end"), g.end.toString(Qt::ISODate)},
                                {QStringLiteral("minutes"), minutes},
                                {QStringLiteral("leave_contact_id"), g.leaveContactId}});
        if (!ctx.json) {
            QString line = QStringLiteral("%1 %2  %3 – %4  (%5)")
                               .arg(roleName, -16)
                               .arg(slotName(g.slot), -6)
                               .arg(localText(g.start), localText(g.end),
                                    Context::tr("%n minute(s)", nullptr, int(minutes)));
            if (g.leaveContactId != 0)
                line += QStringLiteral("  ")
                        + Context::tr("%1 on leave").arg(loaded->names.value(g.leaveContactId));
            ctx.out << line << Qt::endl;
        }
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("from"), from->toString(Qt::ISODate)},
                       {QStringLiteral("to"), to->toString(Qt::ISODate)},
                       {QStringLiteral("gaps"), list}});
    else if (found.isEmpty())
        ctx.out << Context::tr("No gaps from %1 to %2.").arg(localText(*from), localText(*to))
                << Qt::endl;
    ctx.out.flush();
    return Ok;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Context::tr("%1: cannot write the file (%2).").arg(path, file.errorString()));
    return {};
}

int wrote(Context &ctx, const QString &path, const QString &what)
{
    if (ctx.json)
        ctx.printJson({{QStringLiteral("file"), path}, {QStringLiteral("content"), what}});
    else
        ctx.out << Context::tr("Wrote %1 (%2).").arg(path, what) << Qt::endl;
    return Ok;
}

} // namespace

int runRoster(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Context::tr("who | gaps | export [FILE.json] | import FILE.json"));
    const QCommandLineOption role(QStringLiteral("role"), Context::tr("A duty role by key."),
                                  QStringLiteral("KEY"));
    const QCommandLineOption at(QStringLiteral("at"),
                                Context::tr("who: the time (ISO 8601; default now)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Context::tr("Start date (YYYY-MM-DD) or time."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Context::tr("End date (that day included) or time."),
                                QStringLiteral("DATE"));
    const QCommandLineOption ics(QStringLiteral("ics"), Context::tr("Export an iCalendar file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption person(
        QStringLiteral("person"), Context::tr("iCalendar: only this person's shifts (contact id)."),
        QStringLiteral("ID"));
    const QCommandLineOption utc(QStringLiteral("utc"),
                                 Context::tr("iCalendar: times in UTC instead of Asia/Shanghai."));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"),
                                  Context::tr("Export an Excel workbook (a sheet per month)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 Context::tr("Export the printable monthly roster sheet."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption month(QStringLiteral("month"),
                                   Context::tr("xlsx/pdf: the (first) month."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption months(QStringLiteral("months"),
                                    Context::tr("xlsx: how many months (default 1)."),
                                    QStringLiteral("N"), QStringLiteral("1"));
    for (const auto &o : {role, at, from, to, ics, person, utc, xlsx, pdf, month, months})
        parser.addOption(o);
    if (int code = parseCommand(
            ctx, parser, args,
            Context::tr(
                "The duty roster. Times without an offset are institution time (UTC+8).\n"
                "  who [--role KEY] [--at TIME]          who is on duty, phone, until when\n"
                "  gaps --from DATE --to DATE [--role KEY]   uncovered intervals\n"
                "  export FILE.json                       roles, rotations, overrides, leave\n"
                "  export --ics FILE [--person ID] [--role KEY] [--from] [--to] [--utc]\n"
                "  export --xlsx FILE --month YYYY-MM [--months N]\n"
                "  export --pdf FILE --month YYYY-MM\n"
                "  import FILE.json                       replaces the roster (one "
                "transaction)"));
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QString usageText = Context::tr(
        "roster takes: who | gaps | export FILE.json | export --ics/--xlsx/--pdf FILE | "
        "import FILE.json (see 'dutyctl roster --help').");

    if (action == QLatin1String("who") && pos.size() == 1)
        return who(ctx, parser.value(role), parser.value(at));
    if (action == QLatin1String("gaps") && pos.size() == 1)
        return gaps(ctx, parser.value(role), parser.value(from), parser.value(to));

    if (action == QLatin1String("import")) {
        if (pos.size() != 2)
            return ctx.usage(usageText);
        QFile file(pos.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.failure(
                Context::tr("%1: cannot read the file (%2).").arg(pos.at(1), file.errorString()));
        const QByteArray bytes = file.readAll();
        auto backend = ctx.open(OpenMode::ReadWrite);
        if (!backend)
            return ctx.failure(backend.error());
        auto actor = ctx.writer(**backend);
        if (!actor)
            return ctx.failure(actor.error());
        if (Status s = (*backend)->roster().importJson(*actor, bytes, pos.at(1)); !s)
            return ctx.failure(s.error());
        auto data = (*backend)->roster().load();
        if (!data)
            return ctx.failure(data.error());
        if (ctx.json)
            ctx.printJson({{QStringLiteral("imported"), pos.at(1)},
                           {QStringLiteral("rotations"), int(data->rotations.size())},
                           {QStringLiteral("overrides"), int(data->overrides.size())},
                           {QStringLiteral("leave"), int(data->leave.size())}});
        else
            ctx.out << Context::tr("Imported %1: %2 rotations, %3 overrides, %4 leave entries.")
                           .arg(pos.at(1))
                           .arg(data->rotations.size())
                           .arg(data->overrides.size())
                           .arg(data->leave.size())
                    << Qt::endl;
        return Ok;
    }

    if (action != QLatin1String("export"))
        return ctx.usage(usageText);
    const int formats = int(parser.isSet(ics)) + int(parser.isSet(xlsx)) + int(parser.isSet(pdf))
                        + int(pos.size() == 2);
    if (formats != 1 || pos.size() > 2)
        return ctx.usage(Context::tr("export takes one of: FILE.json, --ics FILE, --xlsx FILE, "
                                     "--pdf FILE."));

    if (pos.size() == 2) {
        auto backend = ctx.open(OpenMode::ReadOnly);
        if (!backend)
            return ctx.failure(backend.error());
        auto json = (*backend)->roster().exportJson();
        if (!json)
            return ctx.failure(json.error());
        if (Status s = writeFile(pos.at(1), *json); !s)
            return ctx.failure(s.error());
        return wrote(ctx, pos.at(1), Context::tr("roster JSON"));
    }

    if (parser.isSet(ics)) {
        const QDate today = ctx.clock.now().toTimeZone(institutionZone()).date();
        auto start = parser.isSet(from)
                         ? parseInstant(parser.value(from))
                         : std::optional<QDateTime>(
                             QDateTime(today, QTime(0, 0), institutionZone()).toUTC());
        auto end = parser.isSet(to)
                       ? parseEnd(parser.value(to))
                       : (start ? std::optional<QDateTime>(start->addDays(31)) : std::nullopt);
        if (!start || !end || *end <= *start)
            return ctx.usage(Context::tr("--from and --to: expected dates YYYY-MM-DD (or ISO 8601 "
                                         "times), --to after --from."));
        qint64 personId = 0;
        if (parser.isSet(person)) {
            bool ok = false;
            personId = parser.value(person).toLongLong(&ok);
            if (!ok || personId <= 0)
                return ctx.usage(Context::tr("--person takes a contact id (a whole number)."));
        }
        auto loaded = loadRoster(ctx);
        if (!loaded)
            return ctx.failure(loaded.error());
        if (personId != 0 && !loaded->people.contains(personId))
            return ctx.failure(
                Context::tr("--person: there is no contact with id %1.").arg(personId));
        auto roles = chosenRoles(*loaded->roster, parser.value(role));
        if (!roles)
            return ctx.usage(roles.error());
        QList<ShiftBlock> blocks;
        for (const DutyRole &r : *roles)
            for (const ShiftBlock &b : loaded->roster->shifts(r.id, *start, *end))
                if (b.contactId != 0 && (personId == 0 || b.contactId == personId))
                    blocks << b;
        std::stable_sort(
            blocks.begin(), blocks.end(),
            [](const ShiftBlock &a, const ShiftBlock &b) { return a.start < b.start; });
        QString name = Context::tr("Duty roster");
        if (personId != 0)
            name = Context::tr("Duty roster: %1").arg(loaded->names.value(personId));
        else if (parser.isSet(role))
            name = Context::tr("Duty roster: %1").arg(roles->first().displayName());
        const QByteArray text = RosterExport::icalendar(
            blocks, loaded->roster->data().roles, loaded->names, ctx.clock.now(),
            parser.isSet(utc) ? IcsTimes::Utc : IcsTimes::AsiaShanghai, name);
        if (Status s = writeFile(parser.value(ics), text); !s)
            return ctx.failure(s.error());
        return wrote(ctx, parser.value(ics),
                     Context::tr("%n shift(s)", nullptr, int(blocks.size())));
    }

    // --xlsx / --pdf: whole months.
    auto first = parseMonth(parser.value(month));
    if (!parser.isSet(month) || !first)
        return ctx.usage(Context::tr("--month: expected YYYY-MM."));
    bool ok = false;
    const int count = parser.value(months).toInt(&ok);
    if (!ok || count < 1 || count > 24)
        return ctx.usage(Context::tr("--months takes a whole number from 1 to 24."));
    auto loaded = loadRoster(ctx);
    if (!loaded)
        return ctx.failure(loaded.error());
    QHash<qint64, QString> phones;
    for (auto it = loaded->people.constBegin(); it != loaded->people.constEnd(); ++it)
        phones.insert(it.key(), it->phone);
    const RosterMonths sheet = RosterMonths::compute(
        *loaded->roster, *first, parser.isSet(pdf) ? 1 : count, loaded->names, phones);
    if (parser.isSet(xlsx)) {
        if (Status s = RosterExport::writeXlsx(parser.value(xlsx), sheet); !s)
            return ctx.failure(s.error());
        return wrote(ctx, parser.value(xlsx), Context::tr("%n month(s)", nullptr, sheet.months));
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return ctx.failure(Context::tr("PDF output needs the document renderer, which this "
                                       "dutyctl command was not started with."));
    auto institution = loaded->backend->settings().institution();
    const QString institutionName = institution ? institution->name : QString();
    PdfOptions options;
    options.title = Context::tr("Duty roster %1").arg(first->toString(QStringLiteral("yyyy-MM")));
    options.institution = institutionName;
    options.classification = Context::tr("Internal");
    auto pages = PdfDocument::writeHtml(RosterExport::monthHtml(sheet, institutionName),
                                        parser.value(pdf), options);
    if (!pages)
        return ctx.failure(pages.error());
    return wrote(ctx, parser.value(pdf), Context::tr("%n page(s)", nullptr, *pages));
}

} // namespace cli
} // namespace dd
