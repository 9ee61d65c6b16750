#include "dutyctl/cli.h"
#include "handbook/action_cards.h"
#include "handbook/handbook_pdf.h"

#include <QDir>
#include <QJsonArray>

namespace dd {
namespace cli {

namespace {

// The handbook as it would be printed now (the next distribution's version).
Result<Handbook> readHandbook(Context &ctx)
{
    auto backend = ctx.open(OpenMode::ReadOnly);
    if (!backend)
        return backend.takeError();
    return (*backend)->contacts().handbook();
}

} // namespace

int runHandbook(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
                                       Context::tr("Write the handbook to this PDF file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption drillOption(QStringLiteral("drill"),
                                         Context::tr("Mark every page 演练 DRILL."));
    parser.addOption(pdfOption);
    parser.addOption(drillOption);
    if (int code = parseCommand(
            ctx, parser, args,
            Context::tr("Print the emergency contact handbook (应急处置联络手册) to an A4 PDF: "
                        "the emergency organization, the succession order, contacts by unit, "
                        "related units, service agreements and notification contacts."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty() || parser.value(pdfOption).isEmpty())
        return ctx.usage(Context::tr("handbook takes: --pdf FILE [--drill]."));
    const QString path = parser.value(pdfOption);

    auto handbook = readHandbook(ctx);
    if (!handbook)
        return ctx.failure(handbook.error());
    PdfOptions options;
    options.drillBanner = parser.isSet(drillOption);
    auto pages = HandbookPdf::write(*handbook, path, options);
    if (!pages)
        return ctx.failure(pages.error());
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("pdf"), QDir::toNativeSeparators(path)},
                       {QStringLiteral("pages"), *pages},
                       {QStringLiteral("version"), handbook->version},
                       {QStringLiteral("contacts"), int(handbook->contacts.size())}});
        return Ok;
    }
    ctx.out << Context::tr("Wrote %1: %n page(s), handbook version %2, %3 contacts.", nullptr,
                           *pages)
                   .arg(QDir::toNativeSeparators(path))
                   .arg(handbook->version)
                   .arg(handbook->contacts.size())
            << Qt::endl;
    return Ok;
}

int runCards(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
                                       Context::tr("Write the cards to this PDF file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption personOption(
        QStringLiteral("person"),
        Context::tr("A card for this contact id (repeat for several people)."),
        QStringLiteral("ID"));
    const QCommandLineOption bodyOption(
        QStringLiteral("body"),
        Context::tr("Cards for the members of this body: decision or executive."),
        QStringLiteral("BODY"));
    const QCommandLineOption frontsOption(QStringLiteral("fronts-only"),
                                          Context::tr("Print the fronts only (no back pages)."));
    for (const auto &o : {pdfOption, personOption, bodyOption, frontsOption})
        parser.addOption(o);
    if (int code = parseCommand(
            ctx, parser, args,
            Context::tr("Print emergency action cards (应急工作卡片), 85.6 × 54 mm, ten to an A4 "
                        "sheet with crop marks, fronts and mirrored backs for duplex printing. "
                        "Without --person or --body: every member of the emergency "
                        "organization."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty() || parser.value(pdfOption).isEmpty())
        return ctx.usage(
            Context::tr("cards takes: --pdf FILE [--person ID ...] [--body decision|executive] "
                        "[--fronts-only]."));
    QList<qint64> persons;
    for (const QString &text : parser.values(personOption)) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usage(Context::tr("--person takes a contact id (a whole number), not "
                                         "\"%1\".")
                                 .arg(text));
        if (!persons.contains(id))
            persons.append(id);
    }
    std::optional<OrgBody> body;
    if (parser.isSet(bodyOption)) {
        body = orgBodyFromId(parser.value(bodyOption));
        if (!body)
            return ctx.usage(Context::tr("--body takes decision or executive, not \"%1\".")
                                 .arg(parser.value(bodyOption)));
    }

    auto handbook = readHandbook(ctx);
    if (!handbook)
        return ctx.failure(handbook.error());
    for (qint64 id : persons)
        if (!handbook->contact(id))
            return ctx.failure(
                Context::tr("There is no active handbook contact with id %1.").arg(id));
    QList<qint64> ids = persons;
    if (body)
        for (qint64 id : ActionCards::members(*handbook, body))
            if (!ids.contains(id))
                ids.append(id);
    if (ids.isEmpty())
        ids = ActionCards::members(*handbook);
    if (ids.isEmpty())
        return ctx.failure(body ? Context::tr("The %1 has no members.").arg(orgBodyName(*body))
                                : Context::tr("The emergency organization has no members: add "
                                              "people to its positions, or name them with "
                                              "--person ID."));

    const QList<ActionCard> cards = ActionCards::build(*handbook, ids);
    CardOptions options;
    options.backs = !parser.isSet(frontsOption);
    auto result = ActionCards::write(cards, parser.value(pdfOption), options);
    if (!result)
        return ctx.failure(result.error());
    const QString shown = QDir::toNativeSeparators(parser.value(pdfOption));
    if (ctx.json) {
        QJsonArray warnings;
        for (const QString &w : result->warnings)
            warnings.append(w);
        ctx.printJson({{QStringLiteral("pdf"), shown},
                       {QStringLiteral("cards"), int(cards.size())},
                       {QStringLiteral("pages"), result->pages},
                       {QStringLiteral("warnings"), warnings}});
        return Ok;
    }
    for (const QString &w : result->warnings)
        ctx.err << Context::tr("warning: %1").arg(w) << Qt::endl;
    ctx.out << Context::tr("Wrote %1: %2 cards on %3 pages.")
                   .arg(shown)
                   .arg(cards.size())
                   .arg(result->pages)
            << Qt::endl;
    return Ok;
}

} // namespace cli
} // namespace dd
