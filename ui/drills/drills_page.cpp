#include "drills/drills_page.h"

#include "common/icons.h"
#include "common/page_title.h"
#include "drills/drill_editor.h"
#include "drills/drill_year_view.h"
#include "drills/findings_board.h"
#include "drills/training_panel.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

// Column widths and order of a table survive restarts.
void rememberHeader(QTableWidget *table, const QString &key)
{
    QHeaderView *header = table->horizontalHeader();
    const QByteArray state = QSettings().value(key).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    auto save = [header, key] { QSettings().setValue(key, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

} // namespace

DrillsPage::DrillsPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_year(new DrillYearView(context))
    , m_editor(new DrillEditor(context))
    , m_findings(new FindingsBoard(context))
    , m_training(new TrainingPanel(context))
{
    setObjectName(QStringLiteral("drillsPage"));
    stylePageTitle(m_title);
    m_tabs->setObjectName(QStringLiteral("drillsPageTabs"));
    m_tabs->addTab(m_year, QString());
    m_tabs->addTab(m_editor, QString());
    m_tabs->addTab(m_findings, QString());
    m_tabs->addTab(m_training, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    rememberHeader(m_year->table(), QStringLiteral("drills/yearTable"));
    rememberHeader(m_findings->table(), QStringLiteral("drills/findingsTable"));
    rememberHeader(m_training->sessionsTable(), QStringLiteral("drills/trainingTable"));
    QSettings settings;
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("drills/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("drills/tab"), index); });

    connect(m_year, &DrillYearView::openDrill, this, &DrillsPage::openDrill);
    connect(m_year, &DrillYearView::newDrill, this, &DrillsPage::newDrill);
    connect(m_year, &DrillYearView::showFindings, this, [this] {
        m_findings->showDrill(0);
        showTab(FindingsTab);
    });
    connect(m_editor, &DrillEditor::changed, this, [this] {
        m_year->reload();
        m_findings->reload();
    });
    connect(m_findings, &FindingsBoard::changed, m_year, &DrillYearView::reload);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_1), [this] { showTab(YearTab); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_2), [this] { showTab(DrillTab); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_3), [this] { showTab(FindingsTab); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_4), [this] { showTab(TrainingTab); });
    // Ctrl+N stays the main window's "declare incident"; Ctrl+1…9 switch pages there.
    shortcut(QKeySequence(Qt::ALT | Qt::Key_N), [this] { newDrill(); });
    shortcut(QKeySequence::Refresh, [this] { reload(); });
    // Alt+Page Up / Page Down step the year; plain Page Up / Down keep scrolling tables.
    shortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp), [this] {
        if (m_tabs->currentIndex() == YearTab)
            m_year->setYear(m_year->year() - 1);
    });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown), [this] {
        if (m_tabs->currentIndex() == YearTab)
            m_year->setYear(m_year->year() + 1);
    });
    retranslateUi();
}

void DrillsPage::reload()
{
    m_year->reload();
    m_findings->reload();
    m_training->reload();
    m_editor->reloadPeople();
    if (m_editor->drillId() != 0 && !m_editor->isDirty())
        m_editor->openDrill(m_editor->drillId());
}

bool DrillsPage::navigateTo(const QString &target)
{
    if (target == QLatin1String("calendar") || target == QLatin1String("records")
        || target == QLatin1String("year"))
        showTab(YearTab);
    else if (target == QLatin1String("findings"))
        showTab(FindingsTab);
    else if (target == QLatin1String("training"))
        showTab(TrainingTab);
    else
        return false;
    return true;
}

void DrillsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void DrillsPage::openDrill(qint64 id)
{
    if (id == 0)
        return;
    if (m_editor->drillId() != id && !m_editor->confirmLeave())
        return;
    if (m_editor->openDrill(id))
        showTab(DrillTab);
}

void DrillsPage::newDrill()
{
    if (!m_editor->confirmLeave())
        return;
    m_editor->newDrill();
    showTab(DrillTab);
}

void DrillsPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void DrillsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DrillsPage::retranslateUi()
{
    m_title->setText(tr("Drills and training"));
    m_tabs->setTabText(YearTab, tr("Year"));
    m_tabs->setTabToolTip(YearTab, tr("Compliance and the year's drills (Alt+1)"));
    m_tabs->setTabText(DrillTab, tr("Drill"));
    m_tabs->setTabToolTip(DrillTab, tr("Plan and record of one drill (Alt+2)"));
    m_tabs->setTabText(FindingsTab, tr("Findings"));
    m_tabs->setTabToolTip(FindingsTab, tr("Findings and improvement actions (Alt+3)"));
    m_tabs->setTabText(TrainingTab, tr("Training"));
    m_tabs->setTabToolTip(TrainingTab, tr("Training register and status (Alt+4)"));
    m_tabs->setTabIcon(YearTab, icon(QStringLiteral("drills")));
}

} // namespace ui
} // namespace dd
