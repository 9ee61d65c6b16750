#include "settings/settings_page.h"

#include "common/page_title.h"
#include "grading/grading_rules_panel.h"
#include "grading/procedures_panel.h"
#include "readiness/readiness_periods_box.h"
#include "settings/channels_settings_box.h"
#include "settings/desk_settings_box.h"
#include "settings/institution_settings_box.h"
#include "settings/intake_settings_box.h"
#include "settings/operators_panel.h"
#include "settings/shift_reminders_box.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

SettingsPage::SettingsPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    stylePageTitle(m_title);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    // On a small screen the desk and institution tab scrolls rather than squeezing the forms.
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_desk = new DeskSettingsBox(context, content);
    m_institution = new InstitutionSettingsBox(context, content);
    m_periods = new ReadinessPeriodsBox(context, content);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setHorizontalSpacing(16);
    grid->addWidget(m_desk, 0, 0);
    grid->addWidget(m_institution, 0, 1);
    grid->addWidget(m_periods, 1, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(2, 1);
    scroll->setWidget(content);

    m_operators = new OperatorsPanel(context, m_tabs);
    m_grading = new GradingRulesPanel(context, m_tabs);
    m_procedures = new ProceduresPanel(context, m_tabs);
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_operators, QString());
    m_tabs->addTab(m_grading, QString());
    m_tabs->addTab(m_procedures, QString());

    // Monitoring in, messages out (issue 10): side by side, scrolling on a small screen.
    auto *linksScroll = new QScrollArea(m_tabs);
    linksScroll->setObjectName(QStringLiteral("integrationsTab"));
    linksScroll->setWidgetResizable(true);
    linksScroll->setFrameShape(QFrame::NoFrame);
    auto *links = new QWidget(linksScroll);
    m_intake = new IntakeSettingsBox(context, links);
    m_channels = new ChannelsSettingsBox(context, links);
    m_reminders = new ShiftRemindersBox(context, links);
    auto *linksGrid = new QGridLayout(links);
    linksGrid->setContentsMargins(12, 12, 12, 12);
    linksGrid->setHorizontalSpacing(16);
    linksGrid->addWidget(m_intake, 0, 0);
    linksGrid->addWidget(m_channels, 0, 1);
    linksGrid->addWidget(m_reminders, 1, 1);
    linksGrid->setColumnStretch(0, 1);
    linksGrid->setColumnStretch(1, 1);
    linksScroll->setWidget(links);
    m_tabs->addTab(linksScroll, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
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
    m_tabs->setTabText(0, tr("This desk && institution"));
    m_tabs->setTabText(1, tr("Operators"));
    m_tabs->setTabText(2, tr("Grading rules"));
    m_tabs->setTabText(3, tr("Procedures"));
    m_tabs->setTabText(4, tr("Monitoring && messages"));
}

} // namespace ui
} // namespace dd
