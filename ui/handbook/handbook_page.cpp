#include "handbook/handbook_page.h"

#include "common/page_title.h"
#include "handbook/contacts_panel.h"
#include "organization/agreements_panel.h"
#include "organization/notification_panel.h"
#include "organization/organization_panel.h"
#include "organization/organization_tabs.h"
#include "organization/succession_panel.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

HandbookPage::HandbookPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_contacts(new ContactsPanel(context, m_tabs))
{
    setObjectName(QStringLiteral("handbookPage"));
    stylePageTitle(m_title);
    m_tabs->setObjectName(QStringLiteral("handbookTabs"));
    m_tabs->addTab(m_contacts, QString());
    addOrganizationTabs(m_tabs, context);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_contacts)
            m_contacts->reload();
    });
    retranslateUi();
}

bool HandbookPage::navigateTo(const QString &target)
{
    if (target == QLatin1String("contacts") || target == QLatin1String("stale")) {
        m_tabs->setCurrentWidget(m_contacts);
        if (target == QLatin1String("stale"))
            m_contacts->staleOnlyBox()->setChecked(true);
        return true;
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *tab = m_tabs->widget(i);
        if ((target == QLatin1String("organization") && qobject_cast<OrganizationPanel *>(tab))
            || (target == QLatin1String("succession") && qobject_cast<SuccessionPanel *>(tab))
            || (target == QLatin1String("notification") && qobject_cast<NotificationPanel *>(tab))
            || (target == QLatin1String("agreements") && qobject_cast<AgreementsPanel *>(tab))) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void HandbookPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HandbookPage::retranslateUi()
{
    m_title->setText(tr("Contact handbook"));
    m_tabs->setTabText(m_tabs->indexOf(m_contacts), tr("Contacts"));
}

} // namespace ui
} // namespace dd
