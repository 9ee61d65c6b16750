#include "dashboard/dashboard_page.h"

#include "app/backend.h"
#include "common/icons.h"
#include "common/inline_message.h"
#include "dashboard/dashboard_charts.h"
#include "dashboard/duty_summary_panel.h"
#include "dashboard/my_action_card.h"
#include "dashboard/open_incidents_panel.h"
#include "dashboard/readiness_summary.h"
#include "dashboard/status_banner.h"
#include "i18n/language.h"
#include "incidents/declare_dialog.h"
#include "incidents/incident_format.h"
#include "readiness/readiness_evaluator.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace dd {
namespace ui {

namespace {

const QString KeySplitter = QStringLiteral("dashboard/splitter");
const QString KeyTop = QStringLiteral("dashboard/topSplitter");
const QString KeyBottom = QStringLiteral("dashboard/bottomSplitter");
constexpr int DisplayTickMs = 1000;
const QKeySequence DeclareKey(Qt::CTRL | Qt::Key_N);
const QKeySequence WarnKey(Qt::CTRL | Qt::SHIFT | Qt::Key_N);

// Tables each panel shows (ChangeFeed names); an empty announcement means "anything".
bool touchesIncidents(const QSet<QString> &t)
{
    return ChangeFeed::touches(t, {"incidents", "timeline_entries", "report_submissions",
                                   "obligation_waivers", "escalation_events", "escalation_policies",
                                   "rule_sets", "settings", "calendar_years", "contacts",
                                   "succession_order", "duty_roles", "rotations",
                                   "roster_overrides", "roster_leave", "roster_swaps"});
}

bool touchesDuty(const QSet<QString> &t)
{
    return ChangeFeed::touches(t, {"duty_roles", "rotations", "roster_overrides", "roster_leave",
                                   "roster_swaps", "roster_handovers", "contacts", "settings",
                                   "calendar_years"});
}

bool touchesCharts(const QSet<QString> &t)
{
    return ChangeFeed::touches(
        t, {"incidents", "report_submissions", "drills", "drill_actions", "drill_findings"});
}

// Readiness reads almost everything; the bookkeeping tables and those an incident in progress
// writes (its timeline, reports, waivers, escalation records of the wake-up tick) leave it
// alone, so an incident being handled does not re-run the checks on every step.
bool touchesReadiness(const QSet<QString> &t)
{
    if (t.isEmpty())
        return true;
    static const QSet<QString> ignored = {
        QStringLiteral("audit_log"),          QStringLiteral("audit_head"),
        QStringLiteral("incidents"),          QStringLiteral("timeline_entries"),
        QStringLiteral("attachments"),        QStringLiteral("report_submissions"),
        QStringLiteral("obligation_waivers"), QStringLiteral("escalation_events")};
    for (const QString &table : t)
        if (!ignored.contains(table))
            return true;
    return false;
}

QPushButton *bigButton(const char *name, const QString &iconName, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setIcon(icon(iconName));
    b->setIconSize(QSize(24, 24));
    QFont f = b->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    b->setFont(f);
    b->setMinimumHeight(40);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return b;
}

} // namespace

DashboardPage::DashboardPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(new StatusBanner(this))
    , m_declare(bigButton("dashboardDeclare", QStringLiteral("incidents"), this))
    , m_warn(bigButton("dashboardWarning", QStringLiteral("warning"), this))
    , m_roster(bigButton("dashboardRoster", QStringLiteral("roster"), this))
    , m_card(bigButton("dashboardCard", QStringLiteral("cards"), this))
    , m_message(new InlineMessage(this))
    , m_incidents(new OpenIncidentsPanel(this))
    , m_duty(new DutySummaryPanel(context, this))
    , m_readiness(new ReadinessSummary(this))
    , m_charts(new DashboardCharts(context, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_top(new QSplitter(Qt::Horizontal, m_splitter))
    , m_bottom(new QSplitter(Qt::Horizontal, m_splitter))
    , m_coalesce(new QTimer(this))
    , m_countdown(new QTimer(this))
    , m_evaluator(new ReadinessEvaluator(context, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    m_coalesce->setObjectName(QStringLiteral("refreshTimer"));
    m_countdown->setObjectName(QStringLiteral("countdownTimer"));

    auto *actions = new QGridLayout;
    actions->setSpacing(6);
    actions->addWidget(m_declare, 0, 0);
    actions->addWidget(m_warn, 0, 1);
    actions->addWidget(m_roster, 1, 0);
    actions->addWidget(m_card, 1, 1);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_banner, 3);
    top->addLayout(actions, 2);

    m_top->addWidget(m_incidents);
    m_top->addWidget(m_duty);
    m_top->setStretchFactor(0, 3);
    m_top->setStretchFactor(1, 2);
    m_top->setSizes({600, 400});
    m_bottom->addWidget(m_readiness);
    m_bottom->addWidget(m_charts);
    m_bottom->setStretchFactor(0, 1);
    m_bottom->setStretchFactor(1, 4);
    m_bottom->setSizes({250, 1000});
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 380});
    if (!m_context.readOnly) {
        QSettings settings;
        m_splitter->restoreState(settings.value(KeySplitter).toByteArray());
        m_top->restoreState(settings.value(KeyTop).toByteArray());
        m_bottom->restoreState(settings.value(KeyBottom).toByteArray());
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    m_countdown->setInterval(DisplayTickMs);

    connect(m_declare, &QPushButton::clicked, this, [this] { declare(false); });
    connect(m_warn, &QPushButton::clicked, this, [this] { declare(true); });
    connect(m_roster, &QPushButton::clicked, this, &DashboardPage::openRoster);
    connect(m_card, &QPushButton::clicked, this, &DashboardPage::printMyCard);
    connect(m_incidents, &OpenIncidentsPanel::openRequested, this, [this](qint64 id) {
        m_context.openPage(QStringLiteral("incidents"), QString::number(id));
    });
    connect(
        m_readiness, &ReadinessSummary::fixRequested, this,
        [this](const QString &page, const QString &target) { m_context.openPage(page, target); });
    connect(&m_context.backend.database().changes(), &ChangeFeed::committed, this,
            &DashboardPage::committed);
    connect(m_coalesce, &QTimer::timeout, this, &DashboardPage::refreshPending);
    connect(m_countdown, &QTimer::timeout, this, &DashboardPage::tick);
    connect(m_charts, &DashboardCharts::loaded, this, &DashboardPage::backgroundDone);
    connect(m_evaluator, &ReadinessEvaluator::evaluated, this,
            [this](const ReadinessOutcome &outcome) {
                if (outcome.error.isEmpty())
                    m_readiness->setResult(outcome.result);
                else
                    m_readiness->setError(outcome.error);
                backgroundDone();
            });
    connect(&m_context.session, &Session::actorChanged, this, &DashboardPage::updateActions);
    connect(&m_context.session, &Session::institutionChanged, this,
            [this] { schedule(IncidentsPanel | DutyPanel | ReadinessPanel | ChartsPanel); });

    retranslateUi();
    updateActions();
    m_pending = IncidentsPanel | DutyPanel | ReadinessPanel;
    refreshPending();
    // A read-only window (a screenshot, a copy being inspected) computes the charts at once:
    // the picture must show them, and nobody is waiting to type.
    if (m_context.readOnly)
        m_charts->reloadNow();
    else
        m_charts->reload();
}

DashboardPage::~DashboardPage()
{
    saveLayout();
}

bool DashboardPage::isLoading() const
{
    return m_charts->isLoading() || m_evaluator->isBusy();
}

void DashboardPage::waitUntilLoaded()
{
    m_evaluator->waitUntilIdle();
    m_charts->waitUntilLoaded();
}

void DashboardPage::backgroundDone()
{
    if (!isLoading())
        emit loaded();
}

void DashboardPage::refreshAll()
{
    m_pending = IncidentsPanel | DutyPanel | ReadinessPanel | ChartsPanel;
    refreshPending();
}

void DashboardPage::committed(const QSet<QString> &tables)
{
    int panels = 0;
    if (touchesIncidents(tables))
        panels |= IncidentsPanel;
    if (touchesDuty(tables))
        panels |= DutyPanel;
    if (touchesReadiness(tables))
        panels |= ReadinessPanel;
    if (touchesCharts(tables))
        panels |= ChartsPanel;
    schedule(panels);
}

void DashboardPage::schedule(int panels)
{
    if (panels == 0)
        return;
    m_pending |= panels;
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void DashboardPage::refreshPending()
{
    const int pending = std::exchange(m_pending, 0);
    m_errors.clear();
    if (pending & IncidentsPanel)
        refreshIncidents();
    if (pending & DutyPanel)
        refreshDuty();
    if (pending & ReadinessPanel)
        refreshReadiness();
    if (pending & ChartsPanel)
        m_charts->reload();
    if (!m_errors.isEmpty())
        m_message->showError(m_errors.join(QLatin1Char('\n')));
}

void DashboardPage::refreshIncidents()
{
    m_reference = IncidentReference::load(m_context.backend);
    m_errors << m_reference.errors;
    m_charts->setDisplay(m_reference.zone, m_reference.grades());
    const QDateTime now = m_context.backend.clock().now();
    const QList<OpenIncidentRow> rows = loadOpenIncidents(m_context.backend, now, &m_errors);
    m_incidents->setRows(rows, m_reference, m_context.language.current(), now);
    updateBanner();
}

void DashboardPage::refreshDuty()
{
    m_duty->refresh(m_context.backend.clock().now());
}

void DashboardPage::refreshReadiness()
{
    // Off the UI thread; a burst of commits asks again while one runs and costs one more.
    m_evaluator->request(m_context.backend.clock().now().toTimeZone(m_reference.zone).date());
}

void DashboardPage::updateBanner()
{
    const QDateTime now = m_context.backend.clock().now();
    int incidents = 0;
    int warnings = 0;
    int drills = 0;
    int overdue = 0;
    const GradeLevel *highest = nullptr;
    QString highestId;
    for (const OpenIncidentRow &row : m_incidents->rows()) {
        if (row.drill && !m_context.drillMode()) {
            ++drills; // a drill in the production database is not the real status
            continue;
        }
        if (row.nextDue.isValid() && row.nextDue <= now)
            ++overdue;
        if (row.state == IncidentState::Warning) {
            ++warnings;
            continue;
        }
        ++incidents;
        if (row.level && (!highest || row.level->rank > highest->rank)) {
            highest = &*row.level;
            highestId = row.gradeId;
        }
    }
    QStringList detail;
    if (incidents > 0)
        detail << tr("%n incident(s) open", nullptr, incidents);
    if (warnings > 0)
        detail << tr("%n warning(s) open", nullptr, warnings);
    if (overdue > 0)
        detail << tr("%n report(s) overdue", nullptr, overdue);
    if (drills > 0)
        detail << tr("%n drill incident(s) open", nullptr, drills);
    const QString language = m_context.language.current();
    if (incidents > 0)
        m_banner->setStatus(
            StatusBanner::Level::Incident,
            highest ? IncidentFormat::grade(highestId, highest, language) : QString(),
            highest ? gradeColour(highest) : QColor(), detail.join(QStringLiteral(" · ")));
    else
        m_banner->setStatus(warnings > 0 ? StatusBanner::Level::Warning
                                         : StatusBanner::Level::Normal,
                            QString(), QColor(), detail.join(QStringLiteral(" · ")));
    m_banner->setDrillNotice(
        m_context.drillMode()
            ? tr("演练 DRILL — practice database of \"%1\"; nothing here is real.")
                  .arg(m_context.drill->drillTitle)
            : QString());
}

void DashboardPage::tick()
{
    const QDateTime now = m_context.backend.clock().now();
    m_incidents->updateTimes(now);
    updateBanner();
}

void DashboardPage::installShortcuts()
{
    if (m_shortcutsInstalled)
        return;
    m_shortcutsInstalled = true;
    // The main window's Incident menu already has Ctrl+N and Ctrl+Shift+N (the same actions:
    // the declare dialog, then the incident opens): a second shortcut would make the key
    // ambiguous, so the page adds its own only when alone (tests, a separate window).
    const auto windowHas = [this](const QKeySequence &key) {
        const QList<QAction *> all = window()->findChildren<QAction *>();
        for (const QAction *action : all) {
            bool mine = false;
            for (const QObject *o = action; o && !mine; o = o->parent())
                mine = o == this;
            if (!mine && action->shortcuts().contains(key))
                return true;
        }
        return false;
    };
    if (!windowHas(DeclareKey)) {
        auto *shortcut = new QShortcut(DeclareKey, this);
        connect(shortcut, &QShortcut::activated, m_declare, &QPushButton::click);
    }
    if (!windowHas(WarnKey)) {
        auto *shortcut = new QShortcut(WarnKey, this);
        connect(shortcut, &QShortcut::activated, m_warn, &QPushButton::click);
    }
}

void DashboardPage::declare(bool warning)
{
    if (m_context.readOnly)
        return;
    const std::optional<qint64> id = declareInteractively(m_context, warning, this);
    if (!id)
        return;
    m_pending |= IncidentsPanel;
    refreshPending();
    m_context.openPage(QStringLiteral("incidents"), QString::number(*id));
}

void DashboardPage::openRoster()
{
    // The roster page shows today's week with today selected for the target "today".
    if (!m_context.openPage(QStringLiteral("roster"), QStringLiteral("today")))
        m_message->showError(tr("The roster page cannot be opened from here."));
}

void DashboardPage::printMyCard()
{
    m_message->clearMessage();
    if (Status shown = MyActionCard::preview(m_context, this); !shown)
        m_message->showError(shown.error());
}

void DashboardPage::updateActions()
{
    const bool canDeclare = !m_context.readOnly
                            && (!m_context.session.isSignedIn()
                                || m_context.session.actor().can(Permission::DeclareIncident));
    m_declare->setEnabled(canDeclare);
    m_warn->setEnabled(canDeclare);
    m_card->setEnabled(m_context.session.isSignedIn());
}

void DashboardPage::saveLayout() const
{
    if (m_context.readOnly)
        return;
    QSettings settings;
    settings.setValue(KeySplitter, m_splitter->saveState());
    settings.setValue(KeyTop, m_top->saveState());
    settings.setValue(KeyBottom, m_bottom->saveState());
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    installShortcuts();
    tick();
    m_countdown->start();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    // Countdowns nobody sees need no display tick (the incidents page's wake-up timer keeps
    // running, and its writes refresh this page through the change feed).
    m_countdown->stop();
    saveLayout();
    QWidget::hideEvent(event);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Labels of reports owed and grade names come translated from the services.
        schedule(IncidentsPanel | DutyPanel | ReadinessPanel);
    }
    QWidget::changeEvent(event);
}

void DashboardPage::retranslateUi()
{
    m_declare->setText(tr("Declare incident"));
    m_declare->setToolTip(tr("Declare an incident: detection time is now (Ctrl+N)"));
    m_warn->setText(tr("Raise warning"));
    m_warn->setToolTip(tr("Record a warning (预警) before it becomes an incident (Ctrl+Shift+N)"));
    m_roster->setText(tr("Today's &roster"));
    m_roster->setToolTip(tr("Open the roster at today (Alt+R)"));
    m_card->setText(tr("&Print my action card"));
    m_card->setToolTip(tr("Print preview of the signed-in person's emergency action card (Alt+P)"));
}

} // namespace ui
} // namespace dd
