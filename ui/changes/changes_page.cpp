#include "changes/changes_page.h"

#include "app/backend.h"
#include "changes/change_board.h"
#include "changes/change_dialog.h"
#include "changes/change_format.h"
#include "changes/window_calendar.h"
#include "common/page_title.h"
#include "shell/session.h"
#include "shell/ui_context.h"
#include "storage/change_feed.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {
namespace ui {

ChangesPage::ChangesPage(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_config(context.backend.database(), context.backend.audit(), context.backend.clock())
    , m_changes(context.backend.database(), context.backend.audit(), context.backend.clock(),
                context.backend.calendar(), context.backend.settings(), m_config)
    , m_title(new QLabel(this))
    , m_error(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_board(new ChangeBoard)
    , m_calendarPanel(new QWidget)
    , m_previous(new QPushButton(m_calendarPanel))
    , m_today(new QPushButton(m_calendarPanel))
    , m_next(new QPushButton(m_calendarPanel))
    , m_weekLabel(new QLabel(m_calendarPanel))
    , m_legend(new QLabel(m_calendarPanel))
    , m_legendShade(new QLabel(m_calendarPanel))
    , m_calendar(new WindowCalendar(m_calendarPanel))
    , m_coalesce(new QTimer(this))
{
    setObjectName(QStringLiteral("changesPage"));
    stylePageTitle(m_title);
    m_error->setObjectName(QStringLiteral("changesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a3200f;"));
    m_error->hide();
    m_new->setObjectName(QStringLiteral("changesNew"));
    m_tabs->setObjectName(QStringLiteral("changesTabs"));
    m_weekLabel->setObjectName(QStringLiteral("changesWeek"));
    m_previous->setObjectName(QStringLiteral("changesPreviousWeek"));
    m_today->setObjectName(QStringLiteral("changesThisWeek"));
    m_next->setObjectName(QStringLiteral("changesNextWeek"));
    m_legend->setObjectName(QStringLiteral("changesLegend"));
    m_legend->setWordWrap(true);
    QPixmap swatch(16, 16);
    swatch.fill(windowCalendarShade());
    m_legendShade->setPixmap(swatch);
    QFont bold = m_weekLabel->font();
    bold.setBold(true);
    m_weekLabel->setFont(bold);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_new);

    auto *nav = new QHBoxLayout;
    nav->addWidget(m_previous);
    nav->addWidget(m_today);
    nav->addWidget(m_next);
    nav->addSpacing(12);
    nav->addWidget(m_weekLabel);
    nav->addStretch(1);
    auto *legend = new QHBoxLayout;
    legend->addWidget(m_legendShade, 0, Qt::AlignTop);
    legend->addWidget(m_legend, 1);
    auto *calendarLayout = new QVBoxLayout(m_calendarPanel);
    calendarLayout->addLayout(nav);
    calendarLayout->addLayout(legend);
    calendarLayout->addWidget(m_calendar, 1);

    m_tabs->addTab(m_board, QString());
    m_tabs->addTab(m_calendarPanel, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("changes/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("changes/tab"), index); });
    connect(m_new, &QPushButton::clicked, this, [this] { openChange(0); });
    connect(m_board, &ChangeBoard::openRequested, this, &ChangesPage::openChange);
    connect(m_calendar, &WindowCalendar::changeActivated, this, &ChangesPage::openChange);
    connect(m_previous, &QPushButton::clicked, this,
            [this] { showWeek(m_calendar->week().addDays(-7)); });
    connect(m_next, &QPushButton::clicked, this,
            [this] { showWeek(m_calendar->week().addDays(7)); });
    connect(m_today, &QPushButton::clicked, this, [this] { showWeek(today()); });

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &ChangesPage::reload);
    connect(&context.backend.database().changes(), &ChangeFeed::committed, this,
            [this](const QSet<QString> &tables) {
                if (tables.isEmpty()
                    || ChangeFeed::touches(tables, {"changes", "change_items", "change_tests",
                                                    "config_items", "operators", "settings"}))
                    m_coalesce->start();
            });
    connect(&context.session, &Session::actorChanged, this, &ChangesPage::updateWritable);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_1), [this] { showTab(BoardTab); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_2), [this] { showTab(CalendarTab); });
    shortcut(QKeySequence::Refresh, [this] { reload(); });

    m_calendar->setWeek(today().addDays(1 - today().dayOfWeek()));
    updateWritable();
    retranslateUi();
    reload();
}

QDate ChangesPage::today() const
{
    return m_context.backend.clock().now().toTimeZone(ChangeFormat::zone()).date();
}

void ChangesPage::updateWritable()
{
    m_new->setVisible(!m_context.readOnly);
    m_new->setEnabled(m_context.session.isSignedIn());
}

bool ChangesPage::navigateTo(const QString &target)
{
    const QString t = target.trimmed();
    if (t.compare(QLatin1String("board"), Qt::CaseInsensitive) == 0) {
        showTab(BoardTab);
        return true;
    }
    if (t.compare(QLatin1String("calendar"), Qt::CaseInsensitive) == 0) {
        showTab(CalendarTab);
        return true;
    }
    qint64 id = 0;
    bool isNumber = false;
    const qint64 asId = t.toLongLong(&isNumber);
    if (isNumber && m_changes.change(asId))
        id = asId;
    else if (auto byNumber = m_changes.changeByNumber(t))
        id = byNumber->id;
    if (id == 0)
        return false;
    showTab(BoardTab);
    m_board->selectChange(id);
    // After the window has shown the page: the dialog is modal.
    QTimer::singleShot(0, this, [this, id] { openChange(id); });
    return true;
}

void ChangesPage::openChange(qint64 id)
{
    ChangeDialog dialog(m_context, m_changes, m_config, id, this);
    emit changeDialogOpened(&dialog);
    dialog.exec();
    reload();
    if (dialog.changeId())
        m_board->selectChange(dialog.changeId());
}

void ChangesPage::reload()
{
    auto all = m_changes.list();
    if (!all) {
        m_error->setText(all.error());
        m_error->show();
        return;
    }
    m_error->hide();
    m_board->setChanges(*all);
    reloadCalendar();
}

void ChangesPage::showWeek(const QDate &anyDay)
{
    m_calendar->setWeek(anyDay.addDays(1 - anyDay.dayOfWeek()));
    reloadCalendar();
}

void ChangesPage::reloadCalendar()
{
    const QDate monday = m_calendar->week();
    const QDateTime from = QDateTime(monday, QTime(0, 0), ChangeFormat::zone()).toUTC();
    const QDateTime to = from.addDays(7);
    const TradingCalendar &calendar = m_context.backend.calendar();
    auto windows = m_changes.changesInWindow(from, to);
    // Shaded: the trading sessions of the default markets and of every market a shown change
    // is checked against (a futures night session matters to a change on the futures system).
    QStringList markets = m_changes.marketsFor({});
    if (windows)
        for (const ChangeSummary &summary : *windows)
            if (auto c = m_changes.change(summary.id))
                for (const QString &market : m_changes.marketsFor(c->markets))
                    if (!markets.contains(market))
                        markets << market;
    QList<TradingInterval> intervals;
    for (const QString &market : std::as_const(markets))
        intervals += calendar.tradingIntervals(from, to, market);
    m_calendar->setTradingIntervals(intervals);
    QHash<QDate, QString> notes;
    for (int d = 0; d < 7; ++d) {
        const QDate day = monday.addDays(d);
        const CalendarYear *year = calendar.year(day.year());
        if (year && year->makeUpWorkdays.contains(day))
            notes.insert(day, tr("make-up workday, no trading"));
        else if (calendar.isHoliday(day))
            notes.insert(day, tr("holiday"));
        else if (day.dayOfWeek() <= 5 && !calendar.isTradingDay(day))
            notes.insert(day, tr("no trading"));
    }
    m_calendar->setDayNotes(notes);
    m_calendar->setToday(today());
    m_calendar->setChanges(windows ? *windows : QList<ChangeSummary>());
    m_weekLabel->setText(tr("Week of %1 – %2 (institution time, UTC+8)")
                             .arg(monday.toString(QStringLiteral("yyyy-MM-dd")),
                                  monday.addDays(6).toString(QStringLiteral("yyyy-MM-dd"))));
}

void ChangesPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ChangesPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void ChangesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void ChangesPage::retranslateUi()
{
    m_title->setText(tr("System changes"));
    m_new->setText(tr("&New change…"));
    m_new->setToolTip(tr("A new change request, saved as a draft (Alt+N)"));
    m_tabs->setTabText(BoardTab, tr("Board"));
    m_tabs->setTabToolTip(BoardTab, tr("Change requests by state (Alt+1)"));
    m_tabs->setTabText(CalendarTab, tr("Calendar of windows"));
    m_tabs->setTabToolTip(CalendarTab, tr("Change windows by week, trading hours shaded (Alt+2)"));
    m_previous->setText(tr("◀ &Previous week"));
    m_today->setText(tr("This &week"));
    m_next->setText(tr("Ne&xt week ▶"));
    QStringList markets;
    for (const QString &id : m_changes.marketsFor({}))
        for (const Market &m : m_context.backend.calendar().markets())
            if (m.id == id)
                markets << m.name;
    m_legend->setText(tr("Shaded: trading hours of %1. Blocks: change windows, coloured by state "
                         "and labelled; \"⚠ Emergency\" marks an emergency change and \"in "
                         "trading hours\" (hatched, red border) one approved inside trading "
                         "hours. Click a block or select it with the arrow keys and press Enter "
                         "to open the change.")
                          .arg(markets.join(QStringLiteral(", "))));
}

} // namespace ui
} // namespace dd
