#include "roster/roster_page.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "common/page_title.h"
#include "incidents/incident.h"
#include "roster/escalation_policies_panel.h"
#include "roster/handovers_panel.h"
#include "roster/on_duty_panel.h"
#include "roster/roles_panel.h"
#include "roster/roster_change_dialog.h"
#include "roster/roster_timeline.h"
#include "roster/rotations_panel.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

const QTimeZone Local(8 * 3600);

QString localText(const QDateTime &utc)
{
    return utc.toTimeZone(Local).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QTableWidget *makeTable(const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSortingEnabled(false);
    return t;
}

QToolButton *toolButton(const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setAutoRaise(true);
    return b;
}

} // namespace

RosterPage::RosterPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_anchor(context.backend.clock().now().toTimeZone(Local).date())
    , m_title(new QLabel(this))
    , m_month(toolButton(QStringLiteral("monthView"), this))
    , m_week(toolButton(QStringLiteral("weekView"), this))
    , m_prev(toolButton(QStringLiteral("previous"), this))
    , m_today(toolButton(QStringLiteral("today"), this))
    , m_next(toolButton(QStringLiteral("next"), this))
    , m_range(new QLabel(this))
    , m_leave(new QPushButton(this))
    , m_override(new QPushButton(this))
    , m_export(new QToolButton(this))
    , m_import(new QPushButton(this))
    , m_exportIcs(new QAction(this))
    , m_exportXlsx(new QAction(this))
    , m_exportJson(new QAction(this))
    , m_exportPdf(new QAction(this))
    , m_print(new QAction(this))
    , m_banner(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_pageTabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_rotations(new RotationsPanel(context))
    , m_roles(new RolesPanel(context))
    , m_policies(new EscalationPoliciesPanel(context))
    , m_timeline(new RosterTimeline)
    , m_tabs(new QTabWidget(this))
    , m_onDuty(new OnDutyPanel(context))
    , m_swaps(makeTable(QStringLiteral("swapsTable"), this))
    , m_accept(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_changes(makeTable(QStringLiteral("changesTable"), this))
    , m_removeChange(new QPushButton(this))
    , m_gaps(makeTable(QStringLiteral("gapsTable"), this))
    , m_handovers(new HandoversPanel(context))
{
    setObjectName(QStringLiteral("rosterPage"));
    stylePageTitle(m_title);
    for (QToolButton *b : {m_month, m_week})
        b->setCheckable(true);
    m_month->setChecked(true);
    m_prev->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_range->setMinimumWidth(180);
    QFont bold = m_range->font();
    bold.setBold(true);
    m_range->setFont(bold);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_export);
    menu->addAction(m_print);
    menu->addAction(m_exportPdf);
    menu->addSeparator();
    menu->addAction(m_exportIcs);
    menu->addAction(m_exportXlsx);
    menu->addAction(m_exportJson);
    m_export->setMenu(menu);
    m_print->setShortcut(QKeySequence::Print);
    m_leave->setObjectName(QStringLiteral("leaveButton"));
    m_override->setObjectName(QStringLiteral("overrideButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_banner->setObjectName(QStringLiteral("incidentBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3e0; color: #8a3b00; border: 1px solid #e65100; "
                       "border-radius: 4px; padding: 6px; }"));
    m_banner->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_month);
    bar->addWidget(m_week);
    bar->addSpacing(12);
    bar->addWidget(m_prev);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addWidget(m_range);
    bar->addStretch(1);
    bar->addWidget(m_leave);
    bar->addWidget(m_override);
    bar->addWidget(m_import);
    bar->addWidget(m_export);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);

    auto *swapPage = new QWidget;
    auto *swapLayout = new QVBoxLayout(swapPage);
    swapLayout->addWidget(m_swaps, 1);
    auto *swapButtons = new QHBoxLayout;
    for (QPushButton *b : {m_accept, m_approve, m_reject, m_cancel})
        swapButtons->addWidget(b);
    swapLayout->addLayout(swapButtons);
    auto *changesPage = new QWidget;
    auto *changesLayout = new QVBoxLayout(changesPage);
    changesLayout->addWidget(m_changes, 1);
    auto *changeButtons = new QHBoxLayout;
    changeButtons->addWidget(m_removeChange);
    changeButtons->addStretch(1);
    changesLayout->addLayout(changeButtons);
    m_removeChange->setObjectName(QStringLiteral("removeChange"));
    m_changes->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tabs->setObjectName(QStringLiteral("rosterSideTabs"));
    m_tabs->addTab(m_onDuty, QString());
    m_tabs->addTab(swapPage, QString());
    m_tabs->addTab(changesPage, QString());
    m_tabs->addTab(m_gaps, QString());
    m_tabs->addTab(m_handovers, QString());
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *schedule = new QWidget;
    auto *scheduleLayout = new QVBoxLayout(schedule);
    scheduleLayout->addLayout(bar);
    scheduleLayout->addWidget(m_banner);
    scheduleLayout->addWidget(m_message);
    scheduleLayout->addWidget(m_splitter, 1);
    m_pageTabs->setObjectName(QStringLiteral("rosterPageTabs"));
    m_pageTabs->addTab(schedule, QString());
    m_pageTabs->addTab(m_rotations, QString());
    m_pageTabs->addTab(m_roles, QString());
    m_pageTabs->addTab(m_policies, QString());
    connect(m_rotations, &RotationsPanel::changed, this, &RosterPage::reload);
    connect(m_roles, &RolesPanel::changed, this, [this] {
        // Role names and rules show in the rotations, the policies and the schedule.
        m_rotations->reload();
        m_policies->reload();
        reload();
    });
    connect(m_handovers, &HandoversPanel::changed, this, &RosterPage::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_pageTabs, 1);

    connect(m_month, &QToolButton::clicked, this, [this] { setView(View::Month); });
    connect(m_week, &QToolButton::clicked, this, [this] { setView(View::Week); });
    connect(m_prev, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_today, &QToolButton::clicked, this,
            [this] { showDate(m_context.backend.clock().now().toTimeZone(Local).date()); });
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { setView(View::Month); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_2), [this] { setView(View::Week); });
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { step(-1); });
    shortcut(QKeySequence(Qt::Key_PageDown), [this] { step(1); });
    shortcut(QKeySequence(Qt::Key_Home), [this] { m_today->click(); });
    connect(m_leave, &QPushButton::clicked, this,
            [this] { newChange(int(RosterChangeDialog::Kind::Leave)); });
    connect(m_override, &QPushButton::clicked, this,
            [this] { newChange(int(RosterChangeDialog::Kind::Override)); });
    connect(m_import, &QPushButton::clicked, this, &RosterPage::importWithDialog);
    connect(m_print, &QAction::triggered, this, &RosterPage::print);
    connect(m_exportPdf, &QAction::triggered, this,
            [this] { exportWithDialog(QStringLiteral("pdf")); });
    connect(m_exportIcs, &QAction::triggered, this,
            [this] { exportWithDialog(QStringLiteral("ics")); });
    connect(m_exportXlsx, &QAction::triggered, this,
            [this] { exportWithDialog(QStringLiteral("xlsx")); });
    connect(m_exportJson, &QAction::triggered, this,
            [this] { exportWithDialog(QStringLiteral("json")); });
    connect(m_timeline, &RosterTimeline::blockClicked, this, &RosterPage::openBlockMenu);
    connect(m_timeline, &RosterTimeline::emptyClicked, this, &RosterPage::openEmptyMenu);
    connect(m_accept, &QPushButton::clicked, this, [this] { swapAction(0); });
    connect(m_approve, &QPushButton::clicked, this, [this] { swapAction(1); });
    connect(m_reject, &QPushButton::clicked, this, [this] { swapAction(2); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { swapAction(3); });
    connect(m_swaps, &QTableWidget::itemSelectionChanged, this, &RosterPage::updateActions);
    connect(m_changes, &QTableWidget::itemSelectionChanged, this, &RosterPage::updateActions);
    connect(m_changes, &QTableWidget::customContextMenuRequested, this,
            &RosterPage::openChangeMenu);
    connect(m_removeChange, &QPushButton::clicked, this, &RosterPage::removeSelectedChange);
    connect(&m_context.session, &Session::actorChanged, this, &RosterPage::updateActions);

    QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("roster/splitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("roster/splitter"), m_splitter->saveState());
    });
    if (settings.value(QStringLiteral("roster/view")).toString() == QStringLiteral("week"))
        m_view = View::Week;
    m_month->setChecked(m_view == View::Month);
    m_week->setChecked(m_view == View::Week);

    retranslateUi();
    reload();
}

void RosterPage::setView(View view)
{
    m_view = view;
    m_month->setChecked(view == View::Month);
    m_week->setChecked(view == View::Week);
    QSettings().setValue(QStringLiteral("roster/view"),
                         view == View::Week ? QStringLiteral("week") : QStringLiteral("month"));
    reload();
}

void RosterPage::showDate(const QDate &day)
{
    m_anchor = day;
    reload();
}

void RosterPage::step(int direction)
{
    m_anchor =
        m_view == View::Month ? m_anchor.addMonths(direction) : m_anchor.addDays(7 * direction);
    reload();
}

void RosterPage::reload()
{
    auto snapshot = RosterSnapshot::load(m_context.backend);
    if (!snapshot) {
        m_message->showError(snapshot.error());
        return;
    }
    m_snapshot = *snapshot;
    const QDateTime now = m_context.backend.clock().now();
    QDate first;
    int days = 0;
    if (m_view == View::Month) {
        first = QDate(m_anchor.year(), m_anchor.month(), 1);
        days = first.daysInMonth();
        m_range->setText(QLocale().toString(first, QStringLiteral("yyyy MMMM")));
    } else {
        first = m_anchor.addDays(1 - m_anchor.dayOfWeek());
        days = 7;
        m_range->setText(QStringLiteral("%1 – %2").arg(
            QLocale().toString(first, QLocale::ShortFormat),
            QLocale().toString(first.addDays(6), QLocale::ShortFormat)));
    }
    m_timeline->setSnapshot(m_snapshot, first, days, now);
    m_onDuty->setSnapshot(m_snapshot, now);
    m_handovers->showRange(m_snapshot, m_timeline->from(), m_timeline->to());
    flagOpenIncidents();
    fillSide();
    updateActions();
}

void RosterPage::flagOpenIncidents()
{
    IncidentFilter filter;
    filter.states = {IncidentState::Warning, IncidentState::Responding, IncidentState::Recovered,
                     IncidentState::Investigating};
    auto open = m_context.backend.incidents().list(filter);
    QList<std::pair<QDateTime, QDateTime>> flagged;
    if (open && !open->isEmpty() && m_snapshot.roster) {
        const QDateTime now = m_context.backend.clock().now();
        const Roster &roster = *m_snapshot.roster;
        QStringList roles;
        qint64 minutes = 0;
        for (const DutyRole &role : roster.data().roles) {
            if (role.coverage != Coverage::Always)
                continue;
            bool any = false;
            for (const CoverageGap &g : roster.gaps(role.id, now, now.addSecs(24 * 3600))) {
                if (g.slot != Slot::Primary)
                    continue;
                flagged.append({g.start, g.end});
                minutes += g.start.secsTo(g.end) / 60;
                any = true;
            }
            if (any)
                roles << role.displayName();
        }
        if (!roles.isEmpty()) {
            m_banner->setText(
                tr("%n incident(s) open: staffed duty is required until handling ends, but in "
                   "the next 24 hours %1 have nobody on duty for %2 h %3 min in all. Cover the "
                   "marked hours.",
                   nullptr, int(open->size()))
                    .arg(roles.join(QStringLiteral("、")))
                    .arg(minutes / 60)
                    .arg(minutes % 60));
        } else {
            m_banner->setText(tr("%n incident(s) open: every 7×24 role is staffed for the next "
                                 "24 hours.",
                                 nullptr, int(open->size())));
        }
        m_banner->show();
    } else {
        m_banner->hide();
    }
    m_timeline->setFlagged(flagged);
}

void RosterPage::fillSide()
{
    // Open swaps.
    m_swapRows.clear();
    if (auto swaps = m_context.backend.roster().swaps(true); swaps)
        m_swapRows = *swaps;
    m_swaps->setRowCount(int(m_swapRows.size()));
    for (int i = 0; i < m_swapRows.size(); ++i) {
        const Swap &s = m_swapRows.at(i);
        const DutyRole *role = m_snapshot.roster ? m_snapshot.roster->role(s.roleId) : nullptr;
        const QStringList cells = {role ? role->displayName() : QString(),
                                   m_snapshot.name(s.requesterId),
                                   m_snapshot.name(s.counterpartId),
                                   localText(s.giveStart) + QStringLiteral(" – ")
                                       + localText(s.giveEnd),
                                   swapStateName(s.state),
                                   s.note};
        for (int c = 0; c < cells.size(); ++c)
            m_swaps->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_swaps->resizeColumnsToContents();

    // Changes in the next seven days.
    const QDateTime now = m_context.backend.clock().now();
    m_changeRows.clear();
    if (auto c = m_context.backend.roster().changesWithin(now, 7); c)
        m_changeRows = *c;
    m_changes->setRowCount(int(m_changeRows.size()));
    for (int i = 0; i < m_changeRows.size(); ++i) {
        const RosterChange &c = m_changeRows.at(i);
        QString kind;
        switch (c.kind) {
        case RosterChange::Kind::Override: kind = tr("Override"); break;
        case RosterChange::Kind::Leave: kind = tr("Leave"); break;
        case RosterChange::Kind::Swap:
            kind = tr("Swap (%1)").arg(swapStateName(c.swapState));
            break;
        }
        const DutyRole *role =
            c.roleId && m_snapshot.roster ? m_snapshot.roster->role(c.roleId) : nullptr;
        QString who = m_snapshot.name(c.contactId);
        if (c.otherContactId)
            who += QStringLiteral(" → ") + m_snapshot.name(c.otherContactId);
        const QStringList cells = {kind, role ? role->displayName() : QString(), who,
                                   localText(c.start) + QStringLiteral(" – ") + localText(c.end),
                                   c.detail};
        for (int col = 0; col < cells.size(); ++col)
            m_changes->setItem(i, col, new QTableWidgetItem(cells.at(col)));
    }
    m_changes->resizeColumnsToContents();

    // Gaps in the shown range.
    const QList<CoverageGap> &gaps = m_timeline->gaps();
    m_gaps->setRowCount(int(gaps.size()));
    for (int i = 0; i < gaps.size(); ++i) {
        const CoverageGap &g = gaps.at(i);
        const DutyRole *role = m_snapshot.roster ? m_snapshot.roster->role(g.roleId) : nullptr;
        const QStringList cells = {role ? role->displayName() : QString(), slotName(g.slot),
                                   localText(g.start) + QStringLiteral(" – ") + localText(g.end),
                                   g.leaveContactId
                                       ? tr("%1 on leave").arg(m_snapshot.name(g.leaveContactId))
                                       : tr("nobody scheduled")};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_gaps->setItem(i, col, item);
        }
    }
    m_gaps->resizeColumnsToContents();
    m_tabs->setTabText(3, gaps.isEmpty() ? tr("Gaps") : tr("Gaps (%1)").arg(gaps.size()));
    m_tabs->setTabText(1, m_swapRows.isEmpty() ? tr("Swaps")
                                               : tr("Swaps (%1)").arg(m_swapRows.size()));
    const int handovers = int(m_handovers->handovers().size());
    m_tabs->setTabText(4, handovers == 0 ? tr("Handovers") : tr("Handovers (%1)").arg(handovers));
}

bool RosterPage::navigateTo(const QString &target)
{
    if (target == QLatin1String("today")) {
        // The week or month (whichever view is chosen) that contains today.
        m_pageTabs->setCurrentIndex(0);
        showDate(m_context.backend.clock().now().toTimeZone(Local).date());
        return true;
    }
    // Side tabs of the schedule: on duty, swaps, changes, gaps, handovers (in that order).
    const QStringList side{QStringLiteral("on_duty"), QStringLiteral("swaps"),
                           QStringLiteral("changes"), QStringLiteral("gaps"),
                           QStringLiteral("handovers")};
    if (const int index = int(side.indexOf(target)); index >= 0) {
        m_pageTabs->setCurrentIndex(0);
        m_tabs->setCurrentIndex(index);
        return true;
    }
    if (target == QLatin1String("rotations")) {
        m_pageTabs->setCurrentWidget(m_rotations);
        return true;
    }
    if (target == QLatin1String("roles")) {
        m_pageTabs->setCurrentWidget(m_roles);
        return true;
    }
    if (target == QLatin1String("policies")) {
        m_pageTabs->setCurrentWidget(m_policies);
        return true;
    }
    return false;
}

void RosterPage::updateActions()
{
    const bool editable = canEdit();
    for (QWidget *w : {static_cast<QWidget *>(m_leave), static_cast<QWidget *>(m_override),
                       static_cast<QWidget *>(m_import)})
        w->setEnabled(editable);
    const int changeRow = m_changes->currentRow();
    m_removeChange->setEnabled(editable && changeRow >= 0 && changeRow < m_changeRows.size()
                               && canRemoveChange(m_changeRows.at(changeRow)));
    const bool selected = editable && m_swaps->currentRow() >= 0;
    for (QPushButton *b : {m_accept, m_approve, m_reject, m_cancel})
        b->setEnabled(selected);
    if (selected) {
        const Swap &s = m_swapRows.at(m_swaps->currentRow());
        m_approve->setEnabled(s.state == SwapState::Accepted);
        m_accept->setEnabled(s.state == SwapState::Requested);
    }
}

void RosterPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void RosterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void RosterPage::retranslateUi()
{
    m_title->setText(tr("Duty roster"));
    m_pageTabs->setTabText(0, tr("Schedule"));
    m_pageTabs->setTabText(m_pageTabs->indexOf(m_rotations), tr("Rotations"));
    m_pageTabs->setTabText(m_pageTabs->indexOf(m_roles), tr("Duty roles"));
    m_pageTabs->setTabText(m_pageTabs->indexOf(m_policies), tr("Escalation policies"));
    m_month->setText(tr("Month"));
    m_month->setToolTip(tr("Month view (Ctrl+1)"));
    m_week->setText(tr("Week"));
    m_week->setToolTip(tr("Week view (Ctrl+2)"));
    m_prev->setToolTip(tr("Previous (Page Up)"));
    m_next->setToolTip(tr("Next (Page Down)"));
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Back to today (Home)"));
    m_leave->setText(tr("Leave…"));
    m_override->setText(tr("Override…"));
    m_import->setText(tr("Import JSON…"));
    m_export->setText(tr("Print and export"));
    m_print->setText(tr("Print preview…"));
    m_exportPdf->setText(tr("Save month as PDF…"));
    m_exportIcs->setText(tr("Export iCalendar…"));
    m_exportXlsx->setText(tr("Export Excel…"));
    m_exportJson->setText(tr("Export JSON…"));
    m_tabs->setTabText(0, tr("On duty now"));
    m_tabs->setTabText(1, tr("Swaps"));
    m_tabs->setTabText(2, tr("Next 7 days"));
    m_tabs->setTabText(3, tr("Gaps"));
    m_tabs->setTabText(4, tr("Handovers"));
    m_removeChange->setText(tr("Remove…"));
    m_removeChange->setToolTip(tr("Remove the selected override or leave (swaps are cancelled "
                                  "on the Swaps tab)"));
    m_accept->setText(tr("Accept"));
    m_approve->setText(tr("Approve"));
    m_reject->setText(tr("Reject"));
    m_cancel->setText(tr("Cancel swap"));
    m_swaps->setColumnCount(6);
    m_swaps->setHorizontalHeaderLabels({tr("Role"), tr("Requested by"), tr("Taken over by"),
                                        tr("Shift"), tr("State"), tr("Note")});
    m_changes->setColumnCount(5);
    m_changes->setHorizontalHeaderLabels(
        {tr("Change"), tr("Role"), tr("Who"), tr("When"), tr("Detail")});
    m_gaps->setColumnCount(4);
    m_gaps->setHorizontalHeaderLabels({tr("Role"), tr("Slot"), tr("When"), tr("Why")});
}

} // namespace ui
} // namespace dd
