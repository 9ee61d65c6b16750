#pragma once

#include "roster/roster_snapshot.h"
#include "shell/navigation.h"

#include <QDate>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTabWidget;
class QToolButton;

namespace dd {
namespace ui {

class EscalationPoliciesPanel;
class InlineMessage;
class OnDutyPanel;
class RosterTimeline;
class RotationsPanel;
struct UiContext;

// The duty roster: a month or week of shifts per role with gaps in red, the people on duty
// now, open swaps, the changes of the next seven days, and the coverage gaps of the range.
// Clicking a shift offers an override, a swap, leave or a handover record; print, PDF,
// iCalendar, Excel and JSON exports; JSON import. While an incident is open, the hours of the
// next 24 in which a 7×24 role has nobody are flagged.
//
// Navigation targets (NavigationTarget): "gaps", "changes" (overrides, leave and swaps),
// "swaps", "on_duty" (schedule tab), "rotations", "policies".
class RosterPage : public QWidget, public NavigationTarget {
    Q_OBJECT
public:
    enum class View { Month, Week };

    explicit RosterPage(UiContext &context, QWidget *parent = nullptr);

    void reload();
    void setView(View view);
    void showDate(const QDate &day); // the month or week containing it
    void step(int direction);        // -1 back, +1 forward
    View view() const { return m_view; }
    const RosterSnapshot &snapshot() const { return m_snapshot; }

    RosterTimeline *timeline() const { return m_timeline; }
    OnDutyPanel *onDuty() const { return m_onDuty; }
    QTableWidget *swapsTable() const { return m_swaps; }
    QTableWidget *changesTable() const { return m_changes; }
    QTableWidget *gapsTable() const { return m_gaps; }
    QLabel *incidentBanner() const { return m_banner; }
    InlineMessage *message() const { return m_message; }
    QTabWidget *tabs() const { return m_tabs; }
    QTabWidget *pageTabs() const { return m_pageTabs; }
    RotationsPanel *rotations() const { return m_rotations; }
    EscalationPoliciesPanel *policies() const { return m_policies; }

    // Writes a file of the shown range; the format follows the suffix (.ics, .xlsx, .json,
    // .pdf). Used by the export menu after its file dialog, and by tests.
    Status exportTo(const QString &path);
    Status importJson(const QString &path);
    bool navigateTo(const QString &target) override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillSide();
    void flagOpenIncidents();
    void openBlockMenu(const ShiftBlock &block, const QPoint &globalPos);
    void openEmptyMenu(qint64 roleId, Slot slot, const QDateTime &at, const QPoint &globalPos);
    void newChange(int kind);
    void swapAction(int which);
    void exportWithDialog(const QString &suffix);
    void importWithDialog();
    void print();
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    View m_view = View::Month;
    QDate m_anchor;
    RosterSnapshot m_snapshot;

    QLabel *m_title;
    QToolButton *m_month;
    QToolButton *m_week;
    QToolButton *m_prev;
    QToolButton *m_today;
    QToolButton *m_next;
    QLabel *m_range;
    QPushButton *m_leave;
    QPushButton *m_override;
    QToolButton *m_export;
    QPushButton *m_import;
    QAction *m_exportIcs;
    QAction *m_exportXlsx;
    QAction *m_exportJson;
    QAction *m_exportPdf;
    QAction *m_print;
    QLabel *m_banner;
    InlineMessage *m_message;
    QTabWidget *m_pageTabs;
    QSplitter *m_splitter;
    RotationsPanel *m_rotations;
    EscalationPoliciesPanel *m_policies;
    RosterTimeline *m_timeline;
    QTabWidget *m_tabs;
    OnDutyPanel *m_onDuty;
    QTableWidget *m_swaps;
    QPushButton *m_accept;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_cancel;
    QTableWidget *m_changes;
    QTableWidget *m_gaps;
    QList<Swap> m_swapRows;
};

} // namespace ui
} // namespace dd
