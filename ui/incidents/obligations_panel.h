#pragma once

#include "incidents/incident_service.h"

#include <QGroupBox>

class QPushButton;
class QTableView;

namespace dd {
namespace ui {

class InlineMessage;
class ObligationTableModel;
struct IncidentReference;
struct UiContext;

// The reports an incident owes with live countdowns; Submit… and Waive… act on the selected
// one (the first unmet report is selected, so one click submits what is due next).
class ObligationsPanel : public QGroupBox {
    Q_OBJECT
public:
    ObligationsPanel(UiContext &context, QWidget *parent = nullptr);

    void showIncident(const IncidentView &view, const IncidentReference &reference,
                      const QDateTime &now);
    void setNow(const QDateTime &now);
    void setEditable(bool editable);
    QList<QDateTime> countdownTargets() const;
    ObligationTableModel *model() const { return m_model; }

    // Act on the selected report (public for the keyboard and for tests).
    void submitSelected();
    void waiveSelected();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    const ObligationRow *selected() const;
    void selectKey(const QString &key);
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    const IncidentView *m_view = nullptr;
    const IncidentReference *m_reference = nullptr;
    bool m_editable = false;
    ObligationTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_submit;
    QPushButton *m_waive;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
