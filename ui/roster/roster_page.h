#pragma once

#include "roster/export_scope_dialog.h"
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
class HandoversPanel;
class InlineMessage;
class OnDutyPanel;
class RolesPanel;
class RosterTimeline;
class RotationsPanel;
struct UiContext;

// The duty roster: a month or week of shifts per role with gaps in red, the people on duty
// now, open swaps, the changes of the next seven days, and the coverage gaps of the range.
// Clicking a shift offers an override, a swap, leave or a handover record, and the removal of
// the override or leave that shaped it; the handover records of the range; print, PDF,
// iCalendar (all, one role or one person), Excel and JSON exports; JSON import. While an
// incident is open, the hours of the next 24 in which a 7×24 role has nobody are flagged.
// Further tabs edit the rotations, the duty roles and the escalation policies.
//
// Navigation targets (NavigationTarget): "today" (the week or month containing today),
// "gaps", "changes" (overrides, leave and swaps), "swaps", "on_duty", "handovers" (schedule
// tab), "rotations", "roles", "policies".
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
    RolesPanel *roles() const { return m_roles; }
    EscalationPoliciesPanel *policies() const { return m_policies; }
    HandoversPanel *handovers() const { return m_handovers; }
    QPushButton *removeChangeButton() const { return m_removeChange; }
    const QList<RosterChange> &changeRows() const { return m_changeRows; } // "Next 7 days"

    // Without asking (the menus and buttons ask first); false with the reason shown.
    bool removeOverride(qint64 id);
    bool removeLeave(qint64 id);
    bool rejectSwap(qint64 swapId, const QString &reason);

    // Writes a file of the shown range; the format follows the suffix (.ics, .xlsx, .json,
    // .pdf); `scope` limits an iCalendar file to one role or person. Used by the export menu
    // after its dialogs, and by tests.
    Status exportTo(const QString &path, const RosterExportScope &scope = {});
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
    void openChangeMenu(const QPoint &pos);
    void newChange(int kind);
    void swapAction(int which);
    bool canEdit() const;
    const RosterOverride *overrideById(qint64 id) const; // in the snapshot
    // Leave of the person whose interval touches [from, to] (adjacent counts).
    QList<Leave> leaveTouching(qint64 contactId, const QDateTime &from, const QDateTime &to) const;
    QString overrideText(const RosterOverride &o) const;
    QString leaveText(const Leave &l) const;
    void askRemove(RosterChange::Kind kind, qint64 id);
    bool canRemoveChange(const RosterChange &change) const;
    void removeSelectedChange();
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
    RolesPanel *m_roles;
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
    QPushButton *m_removeChange;
    QTableWidget *m_gaps;
    HandoversPanel *m_handovers;
    QList<Swap> m_swapRows;
    QList<RosterChange> m_changeRows;
};

} // namespace ui
} // namespace dd
