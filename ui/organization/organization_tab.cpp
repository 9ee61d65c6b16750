#include "organization/organization_tab.h"

#include "access/actor.h"
#include "app/backend.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QTimeZone>

namespace dd {
namespace ui {

OrganizationTab::OrganizationTab(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    connect(&m_context.session, &Session::actorChanged, this, [this] { updateActions(); });
}

bool OrganizationTab::canEdit() const
{
    return !m_context.readOnly && m_context.session.actor().can(Permission::EditDutyData);
}

QDate OrganizationTab::today() const
{
    return m_context.backend.clock().now().toTimeZone(TradingCalendar::exchangeTimeZone()).date();
}

void OrganizationTab::updateNote(QLabel *note, const QString &whatIsShown) const
{
    const Actor &actor = m_context.session.actor();
    QString text;
    if (m_context.readOnly)
        text = tr("The database is open read-only: the %1 is shown, not changed.").arg(whatIsShown);
    else if (actor.kind() == Actor::Kind::Nobody)
        text = tr("Sign in to change the %1.").arg(whatIsShown);
    else if (!actor.can(Permission::EditDutyData))
        text = tr("%1 may read the %2; changing it needs the right to edit duty data.")
                   .arg(actor.displayName(), whatIsShown);
    note->setText(text);
    note->setVisible(!text.isEmpty());
}

void OrganizationTab::updateTabTitle()
{
    // The tab page sits in the QTabWidget's stack: tab widget > stack > this.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            const int index = tabs->indexOf(this);
            if (index >= 0)
                tabs->setTabText(index, tabTitle());
            return;
        }
    }
}

void OrganizationTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateTabTitle();
    }
    QWidget::changeEvent(event);
}

} // namespace ui
} // namespace dd
