#pragma once

#include "incidents/procedure_repository.h"

#include <QGroupBox>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// The handling procedure of the incident's fault type as a checklist; each tick is a timeline
// entry (IncidentService::checkStep), so the state survives a restart and another desk sees it.
class ProcedureChecklist : public QGroupBox {
    Q_OBJECT
public:
    ProcedureChecklist(UiContext &context, QWidget *parent = nullptr);

    // Reads the procedure for `faultType` and which of its steps are done.
    void showProcedure(qint64 incidentId, const QString &faultType);
    void setEditable(bool editable);
    QListWidget *steps() const { return m_steps; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void stepToggled(QListWidgetItem *item);
    void retranslateUi();

    UiContext &m_context;
    qint64 m_incidentId = 0;
    qint64 m_incidentShown = 0; // whose steps the list holds
    Procedure m_procedure;
    bool m_editable = false;
    bool m_filling = false;
    QLabel *m_procedureTitle;
    QListWidget *m_steps;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
