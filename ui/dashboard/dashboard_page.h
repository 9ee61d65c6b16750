#pragma once

#include "incidents/incident_reference.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QWidget>

class QPushButton;
class QShortcut;
class QSplitter;
class QTimer;

namespace dd {
namespace ui {

class DashboardCharts;
class DutySummaryPanel;
class InlineMessage;
class OpenIncidentsPanel;
class ReadinessSummary;
class StatusBanner;
struct UiContext;

// The duty officer's first screen (issue 8): the status across the top, the big actions
// beside it, the open incidents and warnings with their countdowns, who is on duty, the
// readiness checks that need attention and the trend charts.
//
// Live: every commit announced by the database's ChangeFeed marks the panels whose tables
// changed, and one zero-timer refreshes them on the next event-loop turn (many commits, one
// refresh). Countdowns: one display timer (1 s) while the page is visible, and one wake-up
// timer at IncidentService::nextWakeUp() (a threshold or a deadline: regrade, refresh).
// The charts' aggregate queries run in a worker thread (DashboardCharts); in a read-only
// window (dutydesk --screenshot) the first load is computed at once so that the picture is
// filled; isLoading()/loaded()/waitUntilLoaded() tell and wait otherwise.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(UiContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // True while chart queries are still running in the background.
    bool isLoading() const;
    // Blocks until the running chart queries finished and shows their results.
    void waitUntilLoaded();
    // Reads every panel again now (the charts in the background).
    void refreshAll();

    // The actions (the buttons call these).
    void declare(bool warning);
    void openRoster();
    void printMyCard();

    StatusBanner *statusBanner() const { return m_banner; }
    OpenIncidentsPanel *openIncidents() const { return m_incidents; }
    DutySummaryPanel *duty() const { return m_duty; }
    ReadinessSummary *readiness() const { return m_readiness; }
    DashboardCharts *charts() const { return m_charts; }
    QTimer *countdownTimer() const { return m_countdown; }
    QTimer *wakeTimer() const { return m_wake; }
    QPushButton *declareButton() const { return m_declare; }
    QPushButton *warningButton() const { return m_warn; }
    QPushButton *rosterButton() const { return m_roster; }
    QPushButton *cardButton() const { return m_card; }

signals:
    // The charts finished loading (after the first load and after every reload).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum Panel { IncidentsPanel = 1, DutyPanel = 2, ReadinessPanel = 4, ChartsPanel = 8 };

    void committed(const QSet<QString> &tables);
    void schedule(int panels);
    void refreshPending();
    void refreshIncidents();
    void refreshDuty();
    void refreshReadiness();
    void updateBanner();
    void tick();
    void wake();
    void armWakeTimer();
    void installShortcuts();
    void updateActions();
    void saveLayout() const;
    void retranslateUi();

    UiContext &m_context;
    int m_pending = 0;
    bool m_shortcutsInstalled = false;
    StatusBanner *m_banner;
    QPushButton *m_declare;
    QPushButton *m_warn;
    QPushButton *m_roster;
    QPushButton *m_card;
    InlineMessage *m_message;
    OpenIncidentsPanel *m_incidents;
    DutySummaryPanel *m_duty;
    ReadinessSummary *m_readiness;
    DashboardCharts *m_charts;
    QSplitter *m_splitter;
    QSplitter *m_top;
    QSplitter *m_bottom;
    QTimer *m_coalesce;
    QTimer *m_countdown;
    QTimer *m_wake;
    QStringList m_errors;
    IncidentReference m_reference;
};

} // namespace ui
} // namespace dd
