#include "testing/testing_page.h"

#include "app/backend.h"
#include "common/page_title.h"
#include "shell/ui_context.h"
#include "storage/change_feed.h"
#include "testing/deliveries_panel.h"
#include "testing/tests_panel.h"

#include <QEvent>
#include <QLabel>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {
namespace ui {

TestingPage::TestingPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_config(context.backend.database(), context.backend.audit(), context.backend.clock())
    , m_changes(context.backend.database(), context.backend.audit(), context.backend.clock(),
                context.backend.calendar(), context.backend.settings(), m_config)
    , m_tests(context.backend.database(), context.backend.audit(), context.backend.clock(),
              m_changes)
    , m_deliveries(context.backend.database(), context.backend.audit(), context.backend.clock())
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_testsPanel(new TestsPanel(context, m_tests, m_config))
    , m_deliveriesPanel(new DeliveriesPanel(context, m_deliveries, m_config))
    , m_coalesce(new QTimer(this))
{
    setObjectName(QStringLiteral("testingPage"));
    stylePageTitle(m_title);
    m_tabs->setObjectName(QStringLiteral("testingPageTabs"));
    m_tabs->addTab(m_testsPanel, QString());
    m_tabs->addTab(m_deliveriesPanel, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("testing/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("testing/tab"), index); });

    // Writes elsewhere (another desk, dutyctl) refresh the lists once the event loop is free.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &TestingPage::reload);
    connect(&context.backend.database().changes(), &ChangeFeed::committed, this,
            [this](const QSet<QString> &tables) {
                if (ChangeFeed::touches(tables, {"test_plans", "test_plan_items", "deliveries",
                                                 "delivery_checklist", "delivery_training",
                                                 "delivery_records", "config_items", "settings"}))
                    m_coalesce->start();
            });

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_1), [this] { showTab(TestsTab); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_2), [this] { showTab(DeliveriesTab); });
    shortcut(QKeySequence::Refresh, [this] { reload(); });
    retranslateUi();
}

bool TestingPage::navigateTo(const QString &target)
{
    const QString t = target.trimmed().toLower();
    const QString tab = t.section(QLatin1Char('/'), 0, 0);
    const QString id = t.section(QLatin1Char('/'), 1);
    if (tab == QLatin1String("tests")) {
        showTab(TestsTab);
        m_testsPanel->table()->setFocus();
        return id.isEmpty() || m_testsPanel->selectPlan(id.toLongLong());
    }
    if (tab == QLatin1String("deliveries")) {
        showTab(DeliveriesTab);
        m_deliveriesPanel->table()->setFocus();
        return id.isEmpty() || m_deliveriesPanel->selectDelivery(id.toLongLong());
    }
    return false;
}

void TestingPage::reload()
{
    m_testsPanel->reload();
    m_deliveriesPanel->reload();
}

void TestingPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void TestingPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void TestingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TestingPage::retranslateUi()
{
    m_title->setText(tr("Tests and deliveries"));
    m_tabs->setTabText(TestsTab, tr("Tests"));
    m_tabs->setTabToolTip(TestsTab, tr("System tests in simulation and production (Alt+1)"));
    m_tabs->setTabText(DeliveriesTab, tr("Deliveries"));
    m_tabs->setTabToolTip(DeliveriesTab,
                          tr("Deliveries into operation: checklist, training, records (Alt+2)"));
    m_testsPanel->retranslateUi();
    m_deliveriesPanel->retranslateUi();
}

} // namespace ui
} // namespace dd
