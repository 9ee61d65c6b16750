#include "organization/organization_tabs.h"

#include "common/icons.h"
#include "organization/agreements_panel.h"
#include "organization/notification_panel.h"
#include "organization/organization_panel.h"
#include "organization/succession_panel.h"
#include "shell/ui_context.h"

#include <QTabWidget>

namespace dd {
namespace ui {

void addOrganizationTabs(QTabWidget *tabs, UiContext &context)
{
    const QList<OrganizationTab *> pages{
        new OrganizationPanel(context, tabs),
        new SuccessionPanel(context, tabs),
        new NotificationPanel(context, tabs),
        new AgreementsPanel(context, tabs),
    };
    for (OrganizationTab *page : pages)
        tabs->addTab(page, icon(page->tabIconName()), page->tabTitle());
    // The handbook page shows contacts changed elsewhere; going to a tab reads it again so a
    // person added on the contacts tab can be chosen at once.
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs, [tabs](int index) {
        auto *page = qobject_cast<OrganizationTab *>(tabs->widget(index));
        if (page && !page->hasUnsavedChanges())
            page->reload();
    });
}

} // namespace ui
} // namespace dd
