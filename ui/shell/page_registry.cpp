#include "shell/page_registry.h"

#include "cards/cards_page.h"
#include "drills/drills_page.h"
#include "handbook/handbook_page.h"
#include "incidents/incidents_page.h"
#include "reports/reports_page.h"
#include "roster/roster_page.h"
#include "settings/settings_page.h"
#include "shell/placeholder_page.h"

#include <QCoreApplication>

namespace dd {
namespace ui {

namespace {

constexpr const char *Context = "dd::ui::Pages";

// A page not built yet: its title and what it will hold (source texts, translated when shown).
PageSpec planned(const QString &id, const char *title, const QString &iconName,
                 QList<const char *> plans)
{
    return {id, title, iconName, [title, plans](UiContext &, QWidget *parent) -> QWidget * {
                return new PlaceholderPage(Context, title, plans, parent);
            }};
}

QList<PageSpec> buildRegistry()
{
    return {
        planned(QStringLiteral("dashboard"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Dashboard"),
                QStringLiteral("dashboard"),
                {QT_TRANSLATE_NOOP("dd::ui::Pages",
                                   "Open incidents with their grade and the next report due"),
                 QT_TRANSLATE_NOOP("dd::ui::Pages", "Who is on duty now and who takes over next"),
                 QT_TRANSLATE_NOOP("dd::ui::Pages", "Drill compliance for the current half-year"),
                 QT_TRANSLATE_NOOP("dd::ui::Pages", "Readiness checks that need attention")}),
        {QStringLiteral("incidents"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Incidents"),
         QStringLiteral("incidents"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new IncidentsPage(context, parent);
         }},
        {QStringLiteral("roster"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Roster"),
         QStringLiteral("roster"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new RosterPage(context, parent);
         }},
        {QStringLiteral("handbook"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Handbook"),
         QStringLiteral("handbook"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new HandbookPage(context, parent);
         }},
        {QStringLiteral("drills"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Drills"),
         QStringLiteral("drills"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new DrillsPage(context, parent);
         }},
        {QStringLiteral("reports"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Reports"),
         QStringLiteral("reports"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new ReportsPage(context, parent);
         }},
        {QStringLiteral("cards"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Action cards"),
         QStringLiteral("cards"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new CardsPage(context, parent);
         }},
        planned(
            QStringLiteral("readiness"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Readiness"),
            QStringLiteral("readiness"),
            {QT_TRANSLATE_NOOP(
                 "dd::ui::Pages",
                 "One check per requirement of the standard, evaluated over the data"),
             QT_TRANSLATE_NOOP("dd::ui::Pages",
                               "Roster coverage, handbook verification, plan review and training"),
             QT_TRANSLATE_NOOP("dd::ui::Pages",
                               "Agreements, spare parts and supplies checked and unexpired"),
             QT_TRANSLATE_NOOP("dd::ui::Pages", "What to fix, and where to fix it")}),
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Settings"),
         QStringLiteral("settings"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new SettingsPage(context, parent);
         }},
    };
}

} // namespace

QString PageSpec::translatedTitle() const
{
    return QCoreApplication::translate(Context, title);
}

const QList<PageSpec> &pageRegistry()
{
    // A constant table built once; it holds no state.
    static const QList<PageSpec> registry = buildRegistry();
    return registry;
}

QStringList pageIds()
{
    QStringList ids;
    for (const PageSpec &spec : pageRegistry())
        ids << spec.id;
    return ids;
}

int pageIndex(const QString &id)
{
    const QList<PageSpec> &all = pageRegistry();
    for (int i = 0; i < all.size(); ++i)
        if (all[i].id == id)
            return i;
    return -1;
}

} // namespace ui
} // namespace dd
