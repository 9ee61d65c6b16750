#pragma once

#include "shell/navigation.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace dd {
namespace ui {

class DrillEditor;
class DrillYearView;
class FindingsBoard;
class TrainingPanel;
struct UiContext;

// Emergency drills (应急演练) and training (应急培训): the year with its H1/H2 compliance, one
// drill's plan and record, the findings board with the improvement actions, and the training
// register. Shortcuts: Alt+1…4 switch the tabs, Alt+N plans a new drill, Ctrl+S saves the
// drill, F5 reloads, Alt+Page Up / Alt+Page Down step the year.
//
// Navigation targets (NavigationTarget): "calendar" and "records" (the year view), "findings",
// "training".
class DrillsPage : public QWidget, public NavigationTarget {
    Q_OBJECT
public:
    enum Tab { YearTab, DrillTab, FindingsTab, TrainingTab };

    explicit DrillsPage(UiContext &context, QWidget *parent = nullptr);

    void reload();
    void showTab(Tab tab);
    void openDrill(qint64 id); // in the Drill tab (asks about unsaved changes first)
    void newDrill();
    bool navigateTo(const QString &target) override;

    QTabWidget *tabs() const { return m_tabs; }
    DrillYearView *yearView() const { return m_year; }
    DrillEditor *editor() const { return m_editor; }
    FindingsBoard *findings() const { return m_findings; }
    TrainingPanel *training() const { return m_training; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    UiContext &m_context;
    QLabel *m_title;
    QTabWidget *m_tabs;
    DrillYearView *m_year;
    DrillEditor *m_editor;
    FindingsBoard *m_findings;
    TrainingPanel *m_training;
};

} // namespace ui
} // namespace dd
