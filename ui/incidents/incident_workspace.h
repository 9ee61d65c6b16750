#pragma once

#include "incidents/incident_service.h"

#include <QWidget>

class QSplitter;
class QTabWidget;

namespace dd {
namespace ui {

class AffectedItemsPanel;
class AlertDetailsPanel;
class CallListPanel;
class FactsEditor;
class IncidentHeader;
class ObligationsPanel;
class ProcedureChecklist;
class TimelinePanel;
struct IncidentReference;
struct UiContext;

// One incident at work: the header (grade, why, next threshold, state actions), the alerts
// behind it when monitoring raised it (AlertDetailsPanel), over the tabs
// "Handling" (reports owed, the procedure checklist, the timeline), "Facts" (the editor) and
// "Items and changes" (the configuration items affected, their dependents and the changes to
// them in the 72 hours before detection).
// Everything is read from IncidentService::view() on refresh(); countdowns move with setNow()
// without reading anything. Owns no timer: the incidents page drives both clocks.
class IncidentWorkspace : public QWidget {
    Q_OBJECT
public:
    IncidentWorkspace(UiContext &context, const IncidentReference &reference,
                      QWidget *parent = nullptr);

    void openIncident(qint64 id);
    qint64 incidentId() const { return m_id; }
    const IncidentView &view() const { return m_view; }
    // Reads the incident again (after a change here, elsewhere, or a threshold passing).
    void refresh();
    void setNow(const QDateTime &now);
    // What the countdowns count to: the next threshold and the due times of unmet reports.
    QList<QDateTime> countdownTargets() const;
    void changeState(IncidentState to);
    // A state button of the header: "Promote to incident" (warning → responding) asks first
    // (when `askFirst`); every other change is one click.
    void requestState(IncidentState to, bool askFirst = true);
    void updateEditable();

    IncidentHeader *header() const { return m_header; }
    ObligationsPanel *obligations() const { return m_obligations; }
    CallListPanel *callList() const { return m_calls; }
    TimelinePanel *timeline() const { return m_timeline; }
    FactsEditor *facts() const { return m_facts; }
    ProcedureChecklist *checklist() const { return m_checklist; }
    AffectedItemsPanel *affectedItems() const { return m_items; }
    AlertDetailsPanel *alertDetails() const { return m_alerts; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // Something about the incident changed here: the list and the wake-up timer follow.
    void changed(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void changedHere();
    void retranslateUi();
    void updateItemsTab();

    UiContext &m_context;
    const IncidentReference &m_reference;
    qint64 m_id = 0;
    IncidentView m_view;
    IncidentHeader *m_header;
    QTabWidget *m_tabs;
    QSplitter *m_handling;
    QSplitter *m_left;
    ObligationsPanel *m_obligations;
    CallListPanel *m_calls;
    ProcedureChecklist *m_checklist;
    TimelinePanel *m_timeline;
    FactsEditor *m_facts;
    AffectedItemsPanel *m_items;
    AlertDetailsPanel *m_alerts; // a warning raised by monitoring: its alerts
};

} // namespace ui
} // namespace dd
