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
class ReadinessEvaluator;
class ReadinessSummary;
class StatusBanner;
struct UiContext;

// The duty officer's first screen (issue 8): the status across the top, the big actions
// beside it, the open incidents and warnings with their countdowns, who is on duty, the
// readiness checks that need attention and the trend charts.
//
// Live: every commit announced by the database's ChangeFeed marks the panels whose tables
// changed, and one zero-timer refreshes them on the next event-loop turn (many commits, one
// refresh). Countdowns: one display timer (1 s) while the page is visible rewrites the
// countdown texts only. The page has no wake-up timer of its own: the app's one wake-up timer
// (the incidents page, IncidentService::tick()) records what rose and what is due, and that
// commit refreshes this page through the change feed.
// The charts' aggregate queries and the readiness checks run in worker threads
// (DashboardCharts, ReadinessEvaluator: at most one readiness evaluation in flight, a newer
// request replacing a queued one); in a read-only window (dutydesk --screenshot) they are
// computed at once so that the picture is filled; isLoading()/loaded()/waitUntilLoaded() tell
// and wait otherwise.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(UiContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // True while chart queries or the readiness evaluation are still running in the background.
    bool isLoading() const;
    // Blocks until the running chart queries and readiness evaluation finished and shows their
    // results.
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
    ReadinessEvaluator *readinessEvaluator() const { return m_evaluator; }
    QPushButton *declareButton() const { return m_declare; }
    QPushButton *warningButton() const { return m_warn; }
    QPushButton *rosterButton() const { return m_roster; }
    QPushButton *cardButton() const { return m_card; }

signals:
    // The charts and the readiness checks finished loading (after the first load and after
    // every reload).
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
    void backgroundDone();
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
    ReadinessEvaluator *m_evaluator;
    QStringList m_errors;
    IncidentReference m_reference;
};

} // namespace ui
} // namespace dd
