#include "shell/page_registry.h"

#include "cards/cards_page.h"
#include "changes/changes_page.h"
#include "config/config_page.h"
#include "dashboard/dashboard_page.h"
#include "drills/drills_page.h"
#include "handbook/handbook_page.h"
#include "incidents/incidents_page.h"
#include "plans/plans_page.h"
#include "readiness/readiness_page.h"
#include "reports/reports_page.h"
#include "roster/roster_page.h"
#include "settings/settings_page.h"
#include "testing/testing_page.h"

#include <QCoreApplication>

namespace dd {
namespace ui {

namespace {

constexpr const char *Context = "dd::ui::Pages";

// Ctrl+1…9 reach the first nine pages: the duty pages and readiness come first.
QList<PageSpec> buildRegistry()
{
    return {
        {QStringLiteral("dashboard"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Dashboard"),
         QStringLiteral("dashboard"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new DashboardPage(context, parent);
         }},
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
        {QStringLiteral("plans"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Preparation"),
         QStringLiteral("plans"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new PlansPage(context, parent);
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
        {QStringLiteral("readiness"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Readiness"),
         QStringLiteral("readiness"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new ReadinessPage(context, parent);
         }},
        {QStringLiteral("config"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Configuration"),
         QStringLiteral("config"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new ConfigPage(context, parent);
         }},
        {QStringLiteral("changes"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Changes"),
         QStringLiteral("changes"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new ChangesPage(context, parent);
         }},
        {QStringLiteral("testing"), QT_TRANSLATE_NOOP("dd::ui::Pages", "Tests and deliveries"),
         QStringLiteral("testing"),
         [](UiContext &context, QWidget *parent) -> QWidget * {
             return new TestingPage(context, parent);
         }},
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
