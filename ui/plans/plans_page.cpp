#include "plans/plans_page.h"

#include "app/backend.h"
#include "common/page_title.h"
#include "plans/inventory_panels.h"
#include "plans/plan_panel.h"
#include "plans/register_table.h"
#include "shell/ui_context.h"
#include "storage/change_feed.h"

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

PlansPage::PlansPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_plans(context.backend.database(), context.backend.audit(), context.backend.clock())
    , m_inventory(context.backend.database(), context.backend.audit(), context.backend.clock())
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_plan(new PlanPanel(context, m_plans))
    , m_documents(new DocumentsPanel(context, m_inventory))
    , m_supplies(new SuppliesPanel(context, m_inventory))
    , m_coalesce(new QTimer(this))
{
    setObjectName(QStringLiteral("plansPage"));
    stylePageTitle(m_title);
    m_tabs->setObjectName(QStringLiteral("plansPageTabs"));
    m_tabs->addTab(m_plan, QString());
    m_tabs->addTab(m_documents, QString());
    m_tabs->addTab(m_supplies, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("plans/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("plans/tab"), index); });

    // Writes elsewhere (another desk, dutyctl, the drills page) refresh the registers once
    // the event loop is free; several commits in a row reload once.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &PlansPage::reload);
    connect(
        &context.backend.database().changes(), &ChangeFeed::committed, this,
        [this](const QSet<QString> &tables) {
            if (ChangeFeed::touches(tables, {"plan_versions", "plan_sections", "plan_report_flows",
                                             "plan_reviews", "plan_filings", "tech_documents",
                                             "supply_items", "emergency_budgets", "drills",
                                             "procedures", "report_templates", "settings"}))
                m_coalesce->start();
        });

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_1), [this] { showTab(PlanTab); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_2), [this] { showTab(DocumentsTab); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_3), [this] { showTab(SuppliesTab); });
    shortcut(QKeySequence::Refresh, [this] { reload(); });
    retranslateUi();
}

bool PlansPage::navigateTo(const QString &target)
{
    const QString t = target.trimmed().toLower();
    if (t == QLatin1String("plan")) {
        showTab(PlanTab);
        m_plan->showSubTab(PlanPanel::SectionsTab);
        return true;
    }
    if (t.startsWith(QLatin1String("plan/"))) {
        const auto section = planSectionFromId(t.mid(5));
        showTab(PlanTab);
        m_plan->showSubTab(PlanPanel::SectionsTab);
        return section && m_plan->selectSection(*section);
    }
    if (t == QLatin1String("coverage") || t == QLatin1String("procedures")) {
        showTab(PlanTab);
        m_plan->showSubTab(PlanPanel::CoverageTab);
        return true;
    }
    if (t == QLatin1String("reviews")) {
        showTab(PlanTab);
        m_plan->showSubTab(PlanPanel::ReviewsTab);
        return true;
    }
    if (t == QLatin1String("filings")) {
        showTab(PlanTab);
        m_plan->showSubTab(PlanPanel::FilingsTab);
        return true;
    }
    if (t == QLatin1String("documents")) {
        showTab(DocumentsTab);
        m_documents->documents()->table()->setFocus();
        return true;
    }
    if (t == QLatin1String("supplies")) {
        showTab(SuppliesTab);
        m_supplies->supplies()->table()->setFocus();
        return true;
    }
    if (t == QLatin1String("budget")) {
        showTab(SuppliesTab);
        m_supplies->budgets()->table()->setFocus();
        if (m_supplies->budgets()->table()->rowCount() > 0)
            m_supplies->budgets()->table()->selectRow(0);
        return true;
    }
    return false;
}

void PlansPage::reload()
{
    m_plan->reload();
    m_documents->reload();
    m_supplies->reload();
}

void PlansPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void PlansPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void PlansPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlansPage::retranslateUi()
{
    m_title->setText(tr("Emergency preparation"));
    m_tabs->setTabText(PlanTab, tr("Plan"));
    m_tabs->setTabToolTip(PlanTab, tr("Emergency plan: versions, required contents, reviews and "
                                      "filings (Alt+1)"));
    m_tabs->setTabText(DocumentsTab, tr("Documents and backups"));
    m_tabs->setTabToolTip(DocumentsTab, tr("Technical documents and software backups (Alt+2)"));
    m_tabs->setTabText(SuppliesTab, tr("Supplies and budget"));
    m_tabs->setTabToolTip(SuppliesTab,
                          tr("Spare parts, emergency supplies and the emergency budget (Alt+3)"));
    m_plan->retranslateUi();
    m_documents->retranslateUi();
    m_supplies->retranslateUi();
}

} // namespace ui
} // namespace dd
