#include "settings/settings_page.h"

#include "common/page_title.h"
#include "settings/desk_settings_box.h"
#include "settings/institution_settings_box.h"
#include "settings/operators_panel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dd {
namespace ui {

SettingsPage::SettingsPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
{
    // On a small screen the page scrolls rather than squeezing the forms.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_title = new QLabel(content);
    stylePageTitle(m_title);
    m_desk = new DeskSettingsBox(context, content);
    m_institution = new InstitutionSettingsBox(context, content);
    m_operators = new OperatorsPanel(context, content);

    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(24, 20, 24, 20);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(m_desk, 1, 0);
    grid->addWidget(m_institution, 1, 1);
    grid->addWidget(m_operators, 2, 0, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(2, 1);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslateUi();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_title->setText(tr("Settings"));
}

} // namespace ui
} // namespace dd
