#include "handbook/handbook_page.h"

#include "common/page_title.h"
#include "handbook/contacts_panel.h"
#include "organization/organization_tabs.h"

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
