#pragma once

#include "changes/change_register.h"
#include "config/config_registry.h"
#include "delivery/delivery_register.h"
#include "shell/navigation.h"
#include "testing/test_register.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTimer;

namespace dd {
namespace ui {

class DeliveriesPanel;
class TestsPanel;
struct UiContext;

// System tests and deliveries (系统测试与交付): the test plans in simulation and production
// with what the standard requires around a production test, and the deliveries with their
// checklist, training and records. Navigation targets (NavigationTarget): "tests",
// "deliveries", "tests/<id>", "deliveries/<id>". Shortcuts: Alt+1, Alt+2 switch the tabs, F5
// reloads.
class TestingPage : public QWidget, public NavigationTarget {
    Q_OBJECT
public:
    enum Tab { TestsTab, DeliveriesTab };

    explicit TestingPage(UiContext &context, QWidget *parent = nullptr);

    bool navigateTo(const QString &target) override;
    void reload();
    void showTab(Tab tab);

    QTabWidget *tabs() const { return m_tabs; }
    TestsPanel *tests() const { return m_testsPanel; }
    DeliveriesPanel *deliveries() const { return m_deliveriesPanel; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    UiContext &m_context;
    ConfigRegistry m_config;
    ChangeRegister m_changes;
    TestRegister m_tests;
    DeliveryRegister m_deliveries;
    QLabel *m_title;
    QTabWidget *m_tabs;
    TestsPanel *m_testsPanel;
    DeliveriesPanel *m_deliveriesPanel;
    QTimer *m_coalesce;
};

} // namespace ui
} // namespace dd
