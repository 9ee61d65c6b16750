#pragma once

#include "incidents/incident_reference.h"
#include "shell/navigation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace dd {
namespace ui {

class IncidentFilterBar;
class IncidentFilterProxy;
class IncidentTableModel;
class IncidentWorkspace;
class InlineMessage;
struct UiContext;

// Incidents: the filtered, sortable list over the workspace of the incident opened from it
// (double-click or Enter), in a splitter whose position is kept per desk. Two timers serve
// every countdown: one armed at IncidentService::nextWakeUp() (a threshold or a deadline:
// tick, refresh, re-arm) and one display timer armed at the next moment a countdown's text
// changes, running only while the page is visible.
class IncidentsPage : public QWidget, public NavigationTarget {
    Q_OBJECT
public:
    explicit IncidentsPage(UiContext &context, QWidget *parent = nullptr);
    ~IncidentsPage() override;

    // Reads the list again (one repository call) and keeps the selection.
    void reload();
    // Shows the incident's workspace (and selects it in the list when the filter shows it).
    void openIncident(qint64 id);
    // Declares an incident (or raises a warning) and opens it.
    void declare(bool warning);
    // NavigationTarget: an incident id opens its workspace.
    bool navigateTo(const QString &target) override;

    IncidentTableModel *model() const { return m_model; }
    IncidentFilterProxy *proxy() const { return m_proxy; }
    IncidentFilterBar *filterBar() const { return m_filterBar; }
    QTableView *table() const { return m_table; }
    IncidentWorkspace *workspace() const { return m_workspace; }
    QTimer *wakeTimer() const { return m_wake; }
    QTimer *displayTimer() const { return m_display; }
    // Armed by a committed monitoring alert; coalesces a burst into one reload.
    QTimer *intakeTimer() const { return m_intakeRefresh; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loadReference();
    void applyFilter();
    void updateCount();
    void openCurrent();
    void catchUp();
    void wake();
    void armWakeTimer();
    void armDisplayTimer();
    void updateActions();
    void saveLayout() const;
    void retranslateUi();

    UiContext &m_context;
    IncidentReference m_reference;
    QLabel *m_title;
    QPushButton *m_declare;
    QPushButton *m_warn;
    InlineMessage *m_message;
    IncidentFilterBar *m_filterBar;
    IncidentTableModel *m_model;
    IncidentFilterProxy *m_proxy;
    QTableView *m_table;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    IncidentWorkspace *m_workspace;
    QTimer *m_wake;
    QTimer *m_display;
    QTimer *m_intakeRefresh;
};

} // namespace ui
} // namespace dd
