#pragma once

#include "inventory/inventory_register.h"
#include "plans/plan_register.h"
#include "shell/navigation.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTimer;

namespace dd {
namespace ui {

class DocumentsPanel;
class PlanPanel;
class SuppliesPanel;
struct UiContext;

// The preparation registers (应急准备): the emergency plan (versions, the ten required
// contents, procedures and notices per fault type, review log, filings), the technical
// documents and software backups, and the spare parts, emergency supplies and budget.
// Navigation targets (NavigationTarget): "plan", "coverage", "reviews", "filings",
// "documents", "supplies", "budget", and "plan/<section id>" (e.g. "plan/scope").
// Shortcuts: Alt+1…3 switch the tabs, F5 reloads.
class PlansPage : public QWidget, public NavigationTarget {
    Q_OBJECT
public:
    enum Tab { PlanTab, DocumentsTab, SuppliesTab };

    explicit PlansPage(UiContext &context, QWidget *parent = nullptr);

    bool navigateTo(const QString &target) override;
    void reload();
    void showTab(Tab tab);

    QTabWidget *tabs() const { return m_tabs; }
    PlanPanel *plan() const { return m_plan; }
    DocumentsPanel *documents() const { return m_documents; }
    SuppliesPanel *supplies() const { return m_supplies; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    UiContext &m_context;
    PlanRegister m_plans;
    InventoryRegister m_inventory;
    QLabel *m_title;
    QTabWidget *m_tabs;
    PlanPanel *m_plan;
    DocumentsPanel *m_documents;
    SuppliesPanel *m_supplies;
    QTimer *m_coalesce;
};

} // namespace ui
} // namespace dd
