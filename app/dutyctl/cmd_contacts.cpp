#include "contacts/contact_csv.h"
#include "contacts/contact_import.h"
#include "contacts/phone_numbers.h"
#include "contacts/vcard.h"
#include "dutyctl/cli.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QTimeZone>

namespace dd {
namespace cli {

namespace {

QDate institutionToday(const Clock &clock)
{
    return clock.now().toTimeZone(QTimeZone(8 * 3600)).date();
}

// Columns as wide as a terminal shows them: Chinese characters take two cells.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
                          || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
                          || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                          || (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : (wide || c.isHighSurrogate() ? 2 : 1);
    }
    return width;
}

QString pad(const QString &text, int width)
{
    return text + QString(qMax(0, width - displayWidth(text)), u' ');
}

QString actionId(ImportAction action)
{
    return action == ImportAction::Update ? QStringLiteral("update") : QStringLiteral("create");
}

QString actionName(ImportAction action)
{
    return action == ImportAction::Update ? Context::tr("update") : Context::tr("new");
}

QJsonObject problemJson(const ImportProblem &p)
{
    return {{QStringLiteral("severity"),
             p.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("row"), p.row},
            {QStringLiteral("line"), p.line},
            {QStringLiteral("column"), p.column},
            {QStringLiteral("message"), p.message}};
}

QString problemText(const ImportProblem &p)
{
    return (p.isError() ? Context::tr("error: %1") : Context::tr("warning: %1")).arg(p.message);
}

QJsonObject previewJson(const ImportPreview &preview)
{
    QJsonArray rows;
    for (const ImportRow &r : preview.rows) {
        QJsonArray problems;
        for (const ImportProblem &p : r.problems)
            problems.append(problemJson(p));
        rows.append(QJsonObject{{QStringLiteral("row"), r.row},
                                {QStringLiteral("line"), r.line},
                                {QStringLiteral("action"), actionId(r.action)},
                                {QStringLiteral("existing_id"), r.existingId},
                                {QStringLiteral("name"), r.contact.name},
                                {QStringLiteral("unit"), r.unitName},
                                {QStringLiteral("mobile"), r.contact.mobile},
                                {QStringLiteral("problems"), problems}});
    }
    QJsonArray fileProblems;
    for (const ImportProblem &p : preview.problems)
        fileProblems.append(problemJson(p));
    return {{QStringLiteral("file"), preview.fileName},
            {QStringLiteral("format"), preview.format},
            {QStringLiteral("encoding"), preview.encoding},
            {QStringLiteral("errors"), preview.errorCount()},
            {QStringLiteral("warnings"), preview.warningCount()},
            {QStringLiteral("new_units"), QJsonArray::fromStringList(preview.newUnits)},
            {QStringLiteral("file_problems"), fileProblems},
            {QStringLiteral("rows"), rows}};
}

void printPreview(Context &ctx, const ImportPreview &preview)
{
    int creates = 0;
    for (const ImportRow &r : preview.rows)
        creates += r.action == ImportAction::Create ? 1 : 0;
    ctx.out << Context::tr("%1 (%2, %3): %4 contacts, %5 new, %6 updates; %7 errors, %8 warnings.")
                   .arg(preview.fileName, preview.format.toUpper(), preview.encoding)
                   .arg(preview.rows.size())
                   .arg(creates)
                   .arg(preview.rows.size() - creates)
                   .arg(preview.errorCount())
                   .arg(preview.warningCount())
            << Qt::endl;
    for (const ImportProblem &p : preview.problems)
        ctx.out << QStringLiteral("  ") << problemText(p) << Qt::endl;
    const QString rowWord =
        preview.format == QLatin1String("vcard") ? Context::tr("card") : Context::tr("row");
    for (const ImportRow &r : preview.rows) {
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(rowWord)
                       .arg(r.row, 4)
                       .arg(pad(actionName(r.action), 7), pad(r.contact.name, 10),
                            pad(r.unitName, 18), PhoneNumbers::display(r.contact.mobile));
        for (const ImportProblem &p : r.problems)
            ctx.out << QStringLiteral("    ") << problemText(p) << Qt::endl;
    }
    ctx.out.flush();
}

int importFile(Context &ctx, const QString &path, bool dryRun, const ImportOptions &options)
{
    auto backend = ctx.open(dryRun ? OpenMode::ReadOnly : OpenMode::ReadWrite);
    if (!backend)
        return ctx.failure(backend.error());
    Backend &b = **backend;
    const QDate today = institutionToday(ctx.clock);
    auto preview = ContactImport::previewFile(b.contacts(), path, options, today);
    if (!preview)
        return ctx.failure(preview.error());
    QJsonObject json = previewJson(*preview);
    if (!ctx.json)
        printPreview(ctx, *preview);
    auto finish = [&](bool applied, int code) {
        if (ctx.json) {
            json.insert(QStringLiteral("applied"), applied);
            ctx.printJson(json);
        }
        return code;
    };
    if (preview->hasErrors()) {
        finish(false, Failure);
        return ctx.failure(Context::tr("%1: %2 errors; nothing was imported. Fix the file and "
                                       "import it again.")
                               .arg(preview->fileName)
                               .arg(preview->errorCount()));
    }
    if (dryRun) {
        if (!ctx.json)
            ctx.out << Context::tr("Dry run: nothing was written.") << Qt::endl;
        return finish(false, Ok);
    }
    auto actor = ctx.writer(b);
    if (!actor)
        return ctx.failure(actor.error());
    auto summary = ContactImport::apply(b.database(), b.audit(), b.contacts(), *actor, *preview,
                                        options, today);
    if (!summary)
        return ctx.failure(summary.error());
    json.insert(QStringLiteral("created"), summary->created);
    json.insert(QStringLiteral("updated"), summary->updated);
    json.insert(QStringLiteral("units_created"), summary->unitsCreated);
    if (!ctx.json)
        ctx.out << Context::tr("Imported %1: %2 new, %3 updated, %4 units created.")
                       .arg(preview->fileName)
                       .arg(summary->created)
                       .arg(summary->updated)
                       .arg(summary->unitsCreated)
                << Qt::endl;
    return finish(true, Ok);
}

int exportFile(Context &ctx, const QString &path, std::optional<VCardVersion> vcard,
               CsvHeaders headers)
{
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    auto table = ContactTable::load((*backend)->contacts(), ContactQuery{});
    if (!table)
        return ctx.failure(table.error());
    const QByteArray bytes =
        vcard ? VCard::write(*table, *vcard) : ContactCsv::write(*table, headers);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ctx.failure(
            Context::tr("%1: cannot write the file: %2").arg(path, file.errorString()));
    const QString format = vcard ? (*vcard == VCardVersion::V4 ? QStringLiteral("vcard-4.0")
                                                               : QStringLiteral("vcard-3.0"))
                                 : QStringLiteral("csv");
    if (ctx.json)
        ctx.printJson({{QStringLiteral("file"), path},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("contacts"), int(table->contacts.size())}});
    else
        ctx.out << Context::tr("Exported %1 contacts to %2.").arg(table->contacts.size()).arg(path)
                << Qt::endl;
    return Ok;
}

int list(Context &ctx, const QString &search, bool staleOnly)
{
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return ctx.failure(backend.error());
    ContactRepository &repo = (*backend)->contacts();
    ContactQuery query;
    query.text = search;
    auto table = ContactTable::load(repo, query);
    if (!table)
        return ctx.failure(table.error());
    auto stale = repo.stale(institutionToday(ctx.clock));
    if (!stale)
        return ctx.failure(stale.error());
    QSet<qint64> staleIds;
    for (const Contact &c : *stale)
        staleIds.insert(c.id);
    QJsonArray array;
    for (const Contact &c : std::as_const(table->contacts)) {
        const bool isStale = staleIds.contains(c.id);
        if (staleOnly && !isStale)
            continue;
        const QString unit = table->unitNames.value(c.unitId);
        const QString verified =
            c.lastVerified.isValid() ? c.lastVerified.toString(Qt::ISODate) : QString();
        if (ctx.json) {
            array.append(
                QJsonObject{{QStringLiteral("id"), c.id},
                            {QStringLiteral("name"), c.name},
                            {QStringLiteral("unit"), unit},
                            {QStringLiteral("position"), c.position},
                            {QStringLiteral("mobile"), c.mobile},
                            {QStringLiteral("office"), c.officePhone},
                            {QStringLiteral("duty"), c.dutyPhone},
                            {QStringLiteral("fax"), c.fax},
                            {QStringLiteral("email"), c.email},
                            {QStringLiteral("backup"), table->contactNames.value(c.backupId)},
                            {QStringLiteral("verified"), verified},
                            {QStringLiteral("stale"), isStale}});
            continue;
        }
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5%6\n")
                       .arg(c.id, 5)
                       .arg(pad(c.name, 10), pad(unit, 18), pad(c.position, 14),
                            pad(PhoneNumbers::display(c.bestPhone()), 18),
                            verified.isEmpty() ? Context::tr("never verified") : verified)
                       .arg(isStale ? Context::tr(" (stale)") : QString());
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("contacts"), array}});
    ctx.out.flush();
    return Ok;
}

} // namespace

int runContacts(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Context::tr("import FILE | export FILE | list"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Context::tr("import: show the preview, write nothing."));
    const QCommandLineOption createUnits(
        QStringLiteral("create-units"),
        Context::tr("import: create the units the handbook does not have yet."));
    QStringList kindIds;
    for (UnitKind kind : allUnitKinds())
        kindIds << unitKindId(kind);
    const QString kindList = kindIds.join(QLatin1Char('|'));
    const QCommandLineOption unitKind(
        QStringLiteral("unit-kind"),
        Context::tr("import: the kind of units --create-units creates: %1 (default other).")
            .arg(kindList),
        QStringLiteral("KIND"), QStringLiteral("other"));
    const QCommandLineOption vcardVersion(
        QStringLiteral("vcard-version"),
        Context::tr("export: vCard version 3 or 4 (default 3) for a .vcf file."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption english(QStringLiteral("english-headers"),
                                     Context::tr("export: English CSV headers (default Chinese)."));
    const QCommandLineOption search(QStringLiteral("search"),
                                    Context::tr("list: only contacts matching TEXT (name, phone, "
                                                "position, unit)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption stale(
        QStringLiteral("stale"),
        Context::tr("list: only contacts not verified within the configured period."));
    parser.addOptions({dryRun, createUnits, unitKind, vcardVersion, english, search, stale});
    if (int code = parseCommand(
            ctx, parser, args,
            Context::tr("The handbook's contacts. import reads a CSV file (UTF-8 or GB18030/GBK, "
                        "as Excel saves it; header row 姓名,单位,职务,手机,办公电话,值班电话,传真,"
                        "邮箱,备岗,最后核实,备注 or the English names) or a vCard file (.vcf), "
                        "prints every row's problems and writes all rows or none: nothing when "
                        "any row has an error (exit 1). A row with the name and mobile of a "
                        "contact in the handbook updates that contact.\nexport writes a CSV "
                        "file (UTF-8 with BOM, for Excel) or a vCard file (.vcf).\nlist shows "
                        "the active contacts."));
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QString usageText =
        Context::tr("contacts takes: import FILE.csv|FILE.vcf [--dry-run] [--create-units] "
                    "[--unit-kind KIND] | export FILE.csv|FILE.vcf [--vcard-version 3|4] "
                    "[--english-headers] | list [--search TEXT] [--stale]; KIND is one of %1.")
            .arg(kindList);

    if (action == QLatin1String("import") && pos.size() == 2) {
        ImportOptions options;
        options.createUnits = parser.isSet(createUnits);
        const std::optional<UnitKind> kind = unitKindFromId(parser.value(unitKind).trimmed());
        if (!kind)
            return ctx.usage(Context::tr("--unit-kind takes one of %1, got \"%2\".")
                                 .arg(kindList, parser.value(unitKind)));
        options.newUnitKind = *kind;
        return importFile(ctx, pos.at(1), parser.isSet(dryRun), options);
    }
    if (action == QLatin1String("export") && pos.size() == 2) {
        const QString suffix = QFileInfo(pos.at(1)).suffix().toLower();
        const QString version = parser.value(vcardVersion);
        if (version != QLatin1String("3") && version != QLatin1String("4"))
            return ctx.usage(Context::tr("--vcard-version takes 3 or 4."));
        std::optional<VCardVersion> vcard;
        if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
            vcard = version == QLatin1String("4") ? VCardVersion::V4 : VCardVersion::V3;
        else if (suffix != QLatin1String("csv"))
            return ctx.usage(Context::tr("export: the file name ends in .csv or .vcf, got \"%1\".")
                                 .arg(pos.at(1)));
        return exportFile(ctx, pos.at(1), vcard,
                          parser.isSet(english) ? CsvHeaders::English : CsvHeaders::Chinese);
    }
    if (action == QLatin1String("list") && pos.size() == 1)
        return list(ctx, parser.value(search), parser.isSet(stale));
    return ctx.usage(usageText);
}

} // namespace cli
} // namespace dd
