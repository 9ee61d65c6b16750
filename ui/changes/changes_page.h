#pragma once

#include "changes/change_register.h"
#include "config/config_registry.h"
#include "shell/navigation.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace dd {
namespace ui {

class ChangeBoard;
class ChangeDialog;
class WindowCalendar;
struct UiContext;

// System changes (系统变更): the board of change requests by state and the calendar of their
// windows with trading hours shaded; a change opens in ChangeDialog (the editor and the steps
// of its state). Navigation target (NavigationTarget): a change number ("CHG-2026-0007") or
// id opens it; "board" and "calendar" show the tabs. Shortcuts: Alt+N new change (not
// read-only), Alt+1/Alt+2 the tabs, F5 reloads.
class ChangesPage : public QWidget, public NavigationTarget {
    Q_OBJECT
public:
    enum Tab { BoardTab, CalendarTab };

    explicit ChangesPage(UiContext &context, QWidget *parent = nullptr);

    bool navigateTo(const QString &target) override;
    void reload();
    void showTab(Tab tab);
    void showWeek(const QDate &anyDay); // the week (Monday–Sunday) of that day
    // Opens a change (0: a new draft) in its dialog; returns when the dialog closes.
    void openChange(qint64 id);

    QTabWidget *tabs() const { return m_tabs; }
    ChangeBoard *board() const { return m_board; }
    WindowCalendar *calendar() const { return m_calendar; }
    QPushButton *newButton() const { return m_new; }
    QLabel *weekLabel() const { return m_weekLabel; }
    ChangeRegister &changes() { return m_changes; }
    ConfigRegistry &config() { return m_config; }

signals:
    // The dialog of a change was opened (tests answer it).
    void changeDialogOpened(ChangeDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void reloadCalendar();
    void updateWritable();
    QDate today() const;

    UiContext &m_context;
    ConfigRegistry m_config;
    ChangeRegister m_changes;
    QLabel *m_title;
    QLabel *m_error;
    QPushButton *m_new;
    QTabWidget *m_tabs;
    ChangeBoard *m_board;
    QWidget *m_calendarPanel;
    QPushButton *m_previous;
    QPushButton *m_today;
    QPushButton *m_next;
    QLabel *m_weekLabel;
    QLabel *m_legend;
    QLabel *m_legendShade;
    WindowCalendar *m_calendar;
    QTimer *m_coalesce;
};

} // namespace ui
} // namespace dd
