#include "contacts/change_notice_library.h"

#include "app/backend.h"
#include "contacts/contact_repository.h"
#include "reports/report_format.h"
#include "reports/template_library.h"

#include <optional>

namespace dd {

namespace {

const QString ZhId = QStringLiteral("handbook_change_notice");
const QString EnId = QStringLiteral("handbook_change_notice_en");

bool isChangeNotice(const ReportTemplate &t)
{
    if (t.context != ContextKind::Handbook)
        return false;
    const QString origin = t.builtIn ? t.id : t.basedOn;
    return origin == ZhId || origin == EnId;
}

} // namespace

QString ChangeNoticeTemplates::builtInId(const QString &language)
{
    return ReportFormat::chinese(language) ? ZhId : EnId;
}

Result<ReportTemplate> ChangeNoticeTemplates::current(const TemplateLibrary &library,
                                                      const QString &language)
{
    auto all = library.all();
    if (!all)
        return all.takeError();
    const auto pick = [&](const QString &lang) -> std::optional<ReportTemplate> {
        std::optional<ReportTemplate> builtIn;
        std::optional<ReportTemplate> custom;
        for (const ReportTemplate &t : *all) {
            if (!isChangeNotice(t) || t.language != lang)
                continue;
            if (t.builtIn) {
                if (!builtIn || t.id == builtInId(lang))
                    builtIn = t;
            } else if (!custom || t.updatedAt > custom->updatedAt) {
                custom = t; // the copy saved last; a tie keeps the first by id
            }
        }
        return custom ? custom : builtIn;
    };
    auto found = pick(ReportFormat::normalizedLanguage(language));
    if (!found)
        found = pick(QStringLiteral("zh_CN"));
    if (!found)
        return fail(tr("There is no handbook change notice template (%1) in the report template "
                       "library.")
                        .arg(builtInId(language)));
    return *found;
}

Result<QList<LibraryChangeNotice>> ChangeNoticeTemplates::build(Backend &backend,
                                                                const ReportAuthor &author,
                                                                const QString &language,
                                                                const RenderOptions &options)
{
    auto notices = ChangeNotices::build(backend.contacts(), language);
    if (!notices)
        return notices.takeError();
    if (notices->isEmpty())
        return QList<LibraryChangeNotice>();
    auto tmpl = current(backend.reports(), language);
    if (!tmpl)
        return tmpl.takeError();
    auto context = ReportContexts::build(backend, ContextKind::Handbook, 0, author, language);
    if (!context)
        return context.takeError();
    // The context lists the same notices in the same order (ContextBuilders::handbook).
    const QVariantList rows = context->value(QStringLiteral("notices")).toList();
    if (rows.size() != notices->size())
        return fail(tr("The change notices changed while they were written: try again."));

    QList<LibraryChangeNotice> out;
    for (qsizetype i = 0; i < notices->size(); ++i) {
        const ChangeNotice &notice = notices->at(i);
        const QVariantMap row = rows.at(i).toMap();
        if (row.value(QStringLiteral("unit")).toString() != notice.unitName)
            return fail(tr("The change notices changed while they were written: try again."));
        QVariantMap one = *context;
        one.insert(QStringLiteral("notices"), QVariantList{row});
        one.insert(QStringLiteral("has_changes"), true);
        auto rendered = ReportEngine::render(*tmpl, one, options);
        if (!rendered)
            return fail(tr("Change notice for %1 (template %2): %3")
                            .arg(notice.unitName, tmpl->id, rendered.error()));
        LibraryChangeNotice item{notice, *rendered};
        item.notice.text = rendered->text;
        out << item;
    }
    return out;
}

} // namespace dd
