#include "incidents/incident_workspace.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "i18n/language.h"
#include "incidents/affected_items_panel.h"
#include "incidents/alert_details_panel.h"
#include "incidents/call_list_panel.h"
#include "incidents/facts_editor.h"
#include "incidents/incident_header.h"
#include "incidents/incident_reference.h"
#include "incidents/obligations_panel.h"
#include "incidents/procedure_checklist.h"
#include "incidents/timeline_panel.h"
#include "intake/alert_intake.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

IncidentWorkspace::IncidentWorkspace(UiContext &context, const IncidentReference &reference,
                                     QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_reference(reference)
    , m_header(new IncidentHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_handling(new QSplitter(Qt::Horizontal, m_tabs))
    , m_left(new QSplitter(Qt::Vertical, m_handling))
    , m_obligations(new ObligationsPanel(context, m_left))
    , m_calls(new CallListPanel(context, m_left))
    , m_checklist(new ProcedureChecklist(context, m_left))
    , m_timeline(new TimelinePanel(context, m_handling))
    , m_facts(new FactsEditor(context, m_tabs))
    , m_items(new AffectedItemsPanel(context, m_tabs))
    , m_alerts(new AlertDetailsPanel(this))
{
    setObjectName(QStringLiteral("incidentWorkspace"));
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_handling->setObjectName(QStringLiteral("handlingSplitter"));
    m_handling->setChildrenCollapsible(false);
    m_left->setChildrenCollapsible(false);
    m_left->insertWidget(0, m_calls); // open calls above the obligations
    m_left->setStretchFactor(0, 3);
    m_left->setStretchFactor(1, 2);
    m_handling->setStretchFactor(0, 3);
    m_handling->setStretchFactor(1, 2);
    m_tabs->addTab(m_handling, QString());
    m_tabs->addTab(m_facts, QString());
    m_tabs->addTab(m_items, QString());
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_header);
    layout->addWidget(m_alerts);
    layout->addWidget(m_tabs, 1);

    connect(m_header, &IncidentHeader::stateRequested, this,
            [this](IncidentState to) { requestState(to); });
    connect(m_obligations, &ObligationsPanel::changed, this, &IncidentWorkspace::changedHere);
    connect(m_calls, &CallListPanel::changed, this, &IncidentWorkspace::changedHere);
    connect(m_checklist, &ProcedureChecklist::changed, this, &IncidentWorkspace::changedHere);
    connect(m_timeline, &TimelinePanel::changed, this, &IncidentWorkspace::changedHere);
    connect(m_facts, &FactsEditor::saved, this, &IncidentWorkspace::changedHere);
    connect(m_items, &AffectedItemsPanel::changed, this, &IncidentWorkspace::changedHere);
    connect(m_items, &AffectedItemsPanel::reloaded, this, &IncidentWorkspace::updateItemsTab);
    connect(&m_context.session, &Session::actorChanged, this, &IncidentWorkspace::updateEditable);

    retranslateUi();
    updateEditable();
}

void IncidentWorkspace::openIncident(qint64 id)
{
    m_id = id;
    m_header->message()->clearMessage();
    refresh();
}

void IncidentWorkspace::refresh()
{
    if (m_id <= 0)
        return;
    auto view = m_context.backend.incidentService().view(m_id);
    if (!view) {
        m_header->message()->showError(view.error());
        return;
    }
    const bool otherIncident = m_view.incident.id != m_id;
    m_view = std::move(*view);
    const QDateTime now = m_context.backend.clock().now();
    const QString language = m_context.language.current();
    m_header->showView(m_view, m_reference, language, now);
    m_obligations->showIncident(m_view, m_reference, now);
    m_calls->setIncident(m_id);
    m_checklist->showProcedure(m_id, m_view.incident.faultType);
    m_timeline->showTimeline(m_id, m_view.timeline, m_reference.zone);
    m_facts->showIncident(m_view.incident, m_reference, otherIncident);
    m_items->setIncident(m_view.incident);
    // The alert's facts are already on the warning; here is where it came from.
    auto alerts = AlertIntake(m_context.backend).alertsOfIncident(m_id);
    m_alerts->showAlerts(alerts ? *alerts : QList<IntakeAlertRow>(), m_reference.zone);
    updateEditable();
}

void IncidentWorkspace::setNow(const QDateTime &now)
{
    m_header->setNow(now);
    m_obligations->setNow(now);
}

QList<QDateTime> IncidentWorkspace::countdownTargets() const
{
    QList<QDateTime> targets = m_obligations->countdownTargets();
    if (auto next = m_header->countdownTarget())
        targets << *next;
    // "down 25 min so far" in the header counts from the start.
    const Incident &i = m_view.incident;
    if (m_id > 0 && isOpen(i.state) && !i.recoveredAt.isValid())
        targets << i.startedAt;
    return targets;
}

void IncidentWorkspace::changeState(IncidentState to)
{
    if (m_id <= 0)
        return;
    m_header->message()->clearMessage();
    Status changed =
        m_context.backend.incidentService().changeState(m_context.session.actor(), m_id, to);
    if (!changed) {
        // A refused close names the reports still owed: the officer reads it here.
        m_header->message()->showError(changed.error());
        return;
    }
    changedHere();
}

void IncidentWorkspace::requestState(IncidentState to, bool askFirst)
{
    if (m_id <= 0)
        return;
    if (askFirst && m_view.incident.state == IncidentState::Warning
        && to == IncidentState::Responding
        && QMessageBox::question(
               this, tr("Promote to incident"),
               tr("Promote warning %1 \"%2\" to an incident? The clocks for grading and "
                  "reporting start from its facts.")
                   .arg(m_view.incident.number, m_view.incident.title))
               != QMessageBox::Yes)
        return;
    changeState(to);
}

void IncidentWorkspace::updateEditable()
{
    const bool editable =
        !m_context.readOnly && m_id > 0 && m_context.session.actor().can(Permission::EditDutyData);
    const bool open = editable && isOpen(m_view.incident.state);
    m_header->setEditable(editable);
    m_obligations->setEditable(editable);
    m_checklist->setEditable(open);
    m_timeline->setEditable(editable);
    m_facts->setEditable(editable);
    m_items->setEditable(editable);
}

void IncidentWorkspace::changedHere()
{
    refresh();
    emit changed(m_id);
}

void IncidentWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IncidentWorkspace::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Handling"));
    m_tabs->setTabText(1, tr("&Facts"));
    updateItemsTab();
    m_header->retranslate(m_context.language.current());
}

void IncidentWorkspace::updateItemsTab()
{
    // The count of recent changes shows without opening the tab: the likeliest cause.
    const int recent = m_items->changeCount();
    m_tabs->setTabText(2, recent > 0 ? tr("&Items and changes (%n change(s))", nullptr, recent)
                                     : tr("&Items and changes"));
}

} // namespace ui
} // namespace dd
