#include "incidents/incidents_page.h"

#include "app/backend.h"
#include "common/icons.h"
#include "common/inline_message.h"
#include "common/page_title.h"
#include "i18n/language.h"
#include "incidents/declare_dialog.h"
#include "incidents/incident_filter_bar.h"
#include "incidents/incident_filter_proxy.h"
#include "incidents/incident_format.h"
#include "incidents/incident_table_model.h"
#include "incidents/incident_workspace.h"
#include "incidents/timeline_panel.h"
#include "shell/session.h"
#include "shell/ui_context.h"
#include "storage/change_feed.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

const QString KeySplitter = QStringLiteral("incidents/splitter");
// A QTimer takes an int of milliseconds; a far wake-up is re-armed on the way.
constexpr qint64 LongestWaitMs = 6LL * 3600 * 1000;
// Never spin: a wake-up in the past is retried after this.
constexpr qint64 ShortestWakeMs = 1000;
constexpr qint64 ShortestDisplayMs = 50;
// Countdown texts change just after the minute; a little slack avoids waking early.
constexpr qint64 DisplaySlackMs = 20;

} // namespace

IncidentsPage::IncidentsPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_declare(new QPushButton(this))
    , m_warn(new QPushButton(this))
    , m_message(new InlineMessage(this))
    , m_filterBar(new IncidentFilterBar(this))
    , m_model(new IncidentTableModel(this))
    , m_proxy(new IncidentFilterProxy(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_workspace(new IncidentWorkspace(context, m_reference, this))
    , m_wake(new QTimer(this))
    , m_display(new QTimer(this))
{
    stylePageTitle(m_title);
    m_declare->setObjectName(QStringLiteral("declareIncidentButton"));
    m_warn->setObjectName(QStringLiteral("raiseWarningButton"));
    m_message->setObjectName(QStringLiteral("incidentsMessage"));
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_splitter->setObjectName(QStringLiteral("incidentsSplitter"));
    m_placeholder->setObjectName(QStringLiteral("workspacePlaceholder"));
    m_wake->setObjectName(QStringLiteral("wakeTimer"));
    m_display->setObjectName(QStringLiteral("displayTimer"));
    m_declare->setIcon(icon(QStringLiteral("incidents")));
    m_warn->setIcon(icon(QStringLiteral("warning")));

    m_proxy->setIncidentModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IncidentTableModel::DetectedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Widths from the font, not from the rows: measuring 20,000 rows would cost more than
    // loading them.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm(m_table->font());
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(IncidentTableModel::NumberColumn,
                          width(QStringLiteral("2026-0000 (drill)")));
    header->resizeSection(IncidentTableModel::GradeColumn, width(QStringLiteral("III 特别重大 M")));
    header->resizeSection(IncidentTableModel::StateColumn, width(QStringLiteral("Investigating")));
    header->resizeSection(IncidentTableModel::FaultTypeColumn,
                          width(QStringLiteral("Machine room power or")));
    header->resizeSection(IncidentTableModel::DetectedColumn,
                          width(QStringLiteral("2026-03-02 10:10")));
    header->resizeSection(IncidentTableModel::DurationColumn, width(QStringLiteral("12 h 59 min")));
    header->setSectionResizeMode(IncidentTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(fm.height() + 10);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_workspace);

    auto *listPane = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_table, 1);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_stack);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    // The workspace gets the room by default: at 02:10 one or two incidents are open.
    m_splitter->setSizes({150, 700});
    if (!m_context.readOnly)
        m_splitter->restoreState(QSettings().value(KeySplitter).toByteArray());

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_declare);
    top->addWidget(m_warn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    m_wake->setSingleShot(true);
    m_wake->setTimerType(Qt::PreciseTimer);
    m_display->setSingleShot(true);
    m_display->setTimerType(Qt::PreciseTimer);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filterBar, &IncidentFilterBar::focusSearch);
    connect(m_filterBar, &IncidentFilterBar::filterChanged, this, &IncidentsPage::applyFilter);
    connect(m_table, &QTableView::activated, this, &IncidentsPage::openCurrent);
    connect(m_declare, &QPushButton::clicked, this, [this] { declare(false); });
    connect(m_warn, &QPushButton::clicked, this, [this] { declare(true); });
    connect(m_workspace, &IncidentWorkspace::changed, this, [this] {
        reload();
        armWakeTimer();
        armDisplayTimer();
    });
    // Warnings raised by monitoring show at once; a burst of alerts is one reload.
    m_intakeRefresh = new QTimer(this);
    m_intakeRefresh->setObjectName(QStringLiteral("intakeRefreshTimer"));
    m_intakeRefresh->setSingleShot(true);
    m_intakeRefresh->setInterval(200);
    connect(&m_context.backend.database().changes(), &ChangeFeed::committed, this,
            [this](const QSet<QString> &tables) {
                if (tables.contains(QStringLiteral("intake_alerts"))
                    && !m_intakeRefresh->isActive())
                    m_intakeRefresh->start();
            });
    connect(m_intakeRefresh, &QTimer::timeout, this, [this] {
        reload();
        if (m_workspace->incidentId() > 0)
            m_workspace->refresh();
        armWakeTimer();
    });
    connect(m_wake, &QTimer::timeout, this, &IncidentsPage::wake);
    connect(m_display, &QTimer::timeout, this, [this] {
        m_workspace->setNow(m_context.backend.clock().now());
        armDisplayTimer();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &IncidentsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IncidentsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &IncidentsPage::updateCount);
    connect(&m_context.session, &Session::actorChanged, this, &IncidentsPage::updateActions);
    connect(&m_context.session, &Session::institutionChanged, this, [this] {
        loadReference();
        m_workspace->refresh();
    });

    loadReference();
    applyFilter();
    catchUp();
    reload();
    retranslateUi();
    updateActions();
    armWakeTimer();
}

IncidentsPage::~IncidentsPage()
{
    saveLayout();
}

void IncidentsPage::loadReference()
{
    m_reference = IncidentReference::load(m_context.backend);
    if (!m_reference.errors.isEmpty())
        m_message->showError(m_reference.errors.join(u'\n'));
    const QString language = m_context.language.current();
    m_model->setDisplay(m_reference.grades(), language, m_reference.zone);
    m_filterBar->setGrades(m_reference.grades(), language);
    m_filterBar->setZone(m_reference.zone,
                         m_context.backend.clock().now().toTimeZone(m_reference.zone).date());
}

void IncidentsPage::reload()
{
    const qint64 keep = m_table->currentIndex().data(IncidentTableModel::IdRole).toLongLong();
    // One query for the whole list; filtering and sorting happen in memory.
    auto all = m_context.backend.incidents().list();
    if (!all) {
        m_message->showError(all.error());
        return;
    }
    m_model->setIncidents(std::move(*all));
    if (keep > 0) {
        const int row = m_model->rowOf(keep);
        const QModelIndex index =
            row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        if (index.isValid())
            m_table->setCurrentIndex(index);
    }
    updateCount();
}

void IncidentsPage::applyFilter()
{
    m_proxy->setFilter(m_filterBar->filter());
    updateCount();
}

void IncidentsPage::updateCount()
{
    m_filterBar->setShownCount(m_proxy->rowCount(), m_model->rowCount());
}

void IncidentsPage::openCurrent()
{
    const qint64 id = m_table->currentIndex().data(IncidentTableModel::IdRole).toLongLong();
    if (id > 0)
        openIncident(id);
}

bool IncidentsPage::navigateTo(const QString &target)
{
    bool ok = false;
    const qint64 id = target.toLongLong(&ok);
    if (!ok)
        return false;
    openIncident(id);
    return true;
}

void IncidentsPage::openIncident(qint64 id)
{
    if (m_model->rowOf(id) < 0)
        reload();
    const int row = m_model->rowOf(id);
    const QModelIndex index =
        row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    m_workspace->openIncident(id);
    m_stack->setCurrentWidget(m_workspace);
    armWakeTimer();
    armDisplayTimer();
}

void IncidentsPage::declare(bool warning)
{
    if (auto id = declareInteractively(m_context, warning, this)) {
        reload();
        armWakeTimer();
        openIncident(*id);
        m_workspace->timeline()->noteField()->setFocus();
    }
}

void IncidentsPage::catchUp()
{
    // Thresholds may have passed while nobody looked (the desk was closed, the clock jumped):
    // record those rises first, so the list, the header and the reports owed agree. A
    // read-only desk shows the grade as of now without recording anything.
    if (m_context.readOnly)
        return;
    if (auto rose = m_context.backend.incidentService().tick(); !rose)
        m_message->showError(rose.error());
}

void IncidentsPage::wake()
{
    // A threshold or a deadline has come: regrade what rose, then show it.
    catchUp();
    reload();
    m_workspace->refresh();
    armWakeTimer();
    armDisplayTimer();
}

void IncidentsPage::armWakeTimer()
{
    m_wake->stop();
    auto next = m_context.backend.incidentService().nextWakeUp();
    if (!next) {
        m_message->showError(next.error());
        return;
    }
    if (!next->has_value())
        return;
    qint64 wait = m_context.backend.clock().now().msecsTo(**next);
    // A read-only desk records nothing, so an escalation action due "now" stays due: look
    // again in a minute rather than spinning at the shortest wait.
    if (m_context.readOnly && wait <= ShortestWakeMs)
        wait = 60 * 1000;
    m_wake->start(int(qBound(ShortestWakeMs, wait, LongestWaitMs)));
}

void IncidentsPage::armDisplayTimer()
{
    m_display->stop();
    if (!isVisible() || m_workspace->incidentId() <= 0)
        return;
    const QDateTime now = m_context.backend.clock().now();
    const auto next = nextCountdownChange(now, m_workspace->countdownTargets());
    if (!next)
        return;
    const qint64 wait = now.msecsTo(*next) + DisplaySlackMs;
    m_display->start(int(qBound(ShortestDisplayMs, wait, LongestWaitMs)));
}

void IncidentsPage::updateActions()
{
    const bool canDeclare = !m_context.readOnly
                            && (!m_context.session.isSignedIn()
                                || m_context.session.actor().can(Permission::DeclareIncident));
    m_declare->setEnabled(canDeclare);
    m_warn->setEnabled(canDeclare);
}

void IncidentsPage::saveLayout() const
{
    if (!m_context.readOnly)
        QSettings().setValue(KeySplitter, m_splitter->saveState());
}

void IncidentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_workspace->incidentId() > 0)
        m_workspace->setNow(m_context.backend.clock().now());
    armDisplayTimer();
}

void IncidentsPage::hideEvent(QHideEvent *event)
{
    // Countdowns nobody sees need no display timer; the wake-up timer keeps running.
    m_display->stop();
    saveLayout();
    QWidget::hideEvent(event);
}

void IncidentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IncidentsPage::retranslateUi()
{
    m_title->setText(tr("Incidents"));
    m_declare->setText(tr("Declare incident…"));
    m_declare->setToolTip(tr("Declare an incident: detection time is now (Ctrl+N)"));
    m_warn->setText(tr("Raise warning…"));
    m_warn->setToolTip(tr("Record a warning (预警) before it becomes an incident (Ctrl+Shift+N)"));
    m_placeholder->setText(tr("Double-click an incident or press Enter to open it.\n"
                              "Ctrl+N declares a new incident."));
    const QString language = m_context.language.current();
    m_model->setDisplay(m_reference.grades(), language, m_reference.zone);
    m_filterBar->setGrades(m_reference.grades(), language);
}

} // namespace ui
} // namespace dd
