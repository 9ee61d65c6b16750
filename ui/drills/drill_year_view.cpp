#include "drills/drill_year_view.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "drills/drill_ui.h"
#include "drills/drill_year_strip.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum Column { TitleCol, MethodCol, StatusCol, PlannedCol, ActualCol, OpenCol, OverdueCol, Columns };

const QString BadgeStyle =
    QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 6px; "
                   "padding: 8px; }");

QString styleFor(int tone)
{
    switch (tone) {
    case 0:
        return BadgeStyle.arg(QStringLiteral("#e8f5e9"), QStringLiteral("#1b5e20"),
                              QStringLiteral("#66bb6a"));
    case 1:
        return BadgeStyle.arg(QStringLiteral("#fff8e1"), QStringLiteral("#7a4f00"),
                              QStringLiteral("#ffb300"));
    default:
        return BadgeStyle.arg(QStringLiteral("#ffebee"), QStringLiteral("#8e1b14"),
                              QStringLiteral("#e53935"));
    }
}

QStringList titles(const QList<DrillSummary> &drills)
{
    QStringList out;
    for (const DrillSummary &d : drills)
        out << d.title;
    return out;
}

} // namespace

DrillYearView::DrillYearView(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_year(DrillUi::today(context).year())
    , m_prev(new QToolButton(this))
    , m_yearBox(new QSpinBox(this))
    , m_next(new QToolButton(this))
    , m_thisYear(new QToolButton(this))
    , m_new(new QPushButton(this))
    , m_report(new QPushButton(this))
    , m_warning(new QLabel(this))
    , m_h1(new QLabel(this))
    , m_h2(new QLabel(this))
    , m_actions(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_strip(new DrillYearStrip(this))
    , m_legend(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_table(DrillUi::table(QStringLiteral("drillsTable"), this))
{
    setObjectName(QStringLiteral("drillYearView"));
    m_yearBox->setObjectName(QStringLiteral("yearBox"));
    m_yearBox->setRange(2000, 2100);
    m_yearBox->setValue(m_year);
    m_prev->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_new->setObjectName(QStringLiteral("newDrillPlan"));
    m_report->setObjectName(QStringLiteral("annualReport"));
    m_warning->setObjectName(QStringLiteral("halfYearWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(styleFor(1));
    m_h1->setObjectName(QStringLiteral("badgeH1"));
    m_h2->setObjectName(QStringLiteral("badgeH2"));
    m_actions->setObjectName(QStringLiteral("openActions"));
    for (QLabel *l : {m_h1, m_h2, m_actions}) {
        l->setWordWrap(true);
        l->setMinimumWidth(220);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        l->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }
    m_actions->setTextFormat(Qt::RichText);
    m_message->setObjectName(QStringLiteral("yearMessage"));
    m_legend->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("drillFilter"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("drillStatusFilter"));
    m_status->addItem(QString(), -1);
    for (DrillStatus s : {DrillStatus::Draft, DrillStatus::Approved, DrillStatus::InProgress,
                          DrillStatus::Completed, DrillStatus::Cancelled})
        m_status->addItem(QString(), int(s));
    m_table->setColumnCount(Columns);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_prev);
    bar->addWidget(m_yearBox);
    bar->addWidget(m_next);
    bar->addWidget(m_thisYear);
    bar->addStretch(1);
    bar->addWidget(m_new);
    bar->addWidget(m_report);
    auto *badges = new QHBoxLayout;
    badges->addWidget(m_h1, 1);
    badges->addWidget(m_h2, 1);
    badges->addWidget(m_actions, 1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_status);
    auto *overview = new QWidget;
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addLayout(badges);
    overviewLayout->addWidget(m_strip);
    overviewLayout->addWidget(m_legend);
    overviewLayout->addStretch(1);
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("yearSplitter"));
    splitter->addWidget(overview);
    splitter->addWidget(list);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->restoreState(QSettings().value(QStringLiteral("drills/yearSplitter")).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
        QSettings().setValue(QStringLiteral("drills/yearSplitter"), splitter->saveState());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_warning);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_prev, &QToolButton::clicked, this, [this] { setYear(m_year - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setYear(m_year + 1); });
    connect(m_thisYear, &QToolButton::clicked, this,
            [this] { setYear(DrillUi::today(m_context).year()); });
    connect(m_yearBox, &QSpinBox::valueChanged, this, [this](int y) {
        if (y != m_year)
            setYear(y);
    });
    connect(m_new, &QPushButton::clicked, this, &DrillYearView::newDrill);
    connect(m_report, &QPushButton::clicked, this, &DrillYearView::annualReportWithDialog);
    connect(m_actions, &QLabel::linkActivated, this, &DrillYearView::showFindings);
    connect(m_strip, &DrillYearStrip::drillActivated, this, &DrillYearView::openDrill);
    connect(m_filter, &QLineEdit::textChanged, this, &DrillYearView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DrillYearView::applyFilter);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        emit openDrill(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit openDrill(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(&m_context.session, &Session::actorChanged, this,
            [this] { m_new->setEnabled(DrillUi::canEdit(m_context)); });
    retranslateUi();
    reload();
}

void DrillYearView::setYear(int year)
{
    m_year = year;
    const QSignalBlocker block(m_yearBox);
    m_yearBox->setValue(year);
    reload();
}

void DrillYearView::reload()
{
    DrillRepository &repo = m_context.backend.drills();
    const QDate today = DrillUi::today(m_context);
    m_new->setEnabled(DrillUi::canEdit(m_context));
    DrillQuery query;
    query.year = m_year;
    auto drills = repo.list(query);
    auto compliance = repo.compliance(m_year);
    auto warnings = repo.warnings(m_context.backend.clock().now());
    auto open = repo.actions(true);
    if (!drills || !compliance || !warnings || !open) {
        m_message->showError(!drills       ? drills.error()
                             : !compliance ? compliance.error()
                             : !warnings   ? warnings.error()
                                           : open.error());
        return;
    }
    fillBadge(m_h1, compliance->h1);
    fillBadge(m_h2, compliance->h2);

    QStringList warningTexts;
    for (const ComplianceWarning &w : *warnings)
        warningTexts << QStringLiteral("⚠ ") + w.message;
    m_warning->setText(warningTexts.join(QLatin1Char('\n')));
    m_warning->setVisible(!warningTexts.isEmpty());

    int overdue = 0;
    for (const ActionOverview &a : *open)
        overdue += a.action.overdue(today) ? 1 : 0;
    QString actions = tr("<b>Open improvement actions: %1</b>").arg(open->size());
    if (overdue > 0)
        actions += QStringLiteral("<br><span style=\"color:#b3261e; font-weight:bold\">")
                   + tr("⚠ %n overdue", nullptr, overdue) + QStringLiteral("</span>");
    else
        actions += QStringLiteral("<br>") + tr("none overdue");
    actions += QStringLiteral("<br><a href=\"findings\">") + tr("Show the findings board")
               + QStringLiteral("</a>");
    m_actions->setText(actions);
    m_actions->setStyleSheet(styleFor(overdue > 0 ? 2 : (open->isEmpty() ? 0 : 1)));

    m_strip->setYear(m_year, *drills, today);

    const bool sorting = m_table->isSortingEnabled();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(drills->size()));
    for (int row = 0; row < drills->size(); ++row) {
        const DrillSummary &d = drills->at(row);
        m_table->setItem(row, TitleCol, DrillUi::cell(d.title, d.id));
        m_table->setItem(row, MethodCol,
                         DrillUi::cell(d.method ? drillMethodName(*d.method) : tr("—"), d.id));
        auto *status = DrillUi::cell(drillStatusName(d.status), d.id, int(d.status));
        status->setData(Qt::UserRole + 2, int(d.status));
        m_table->setItem(row, StatusCol, status);
        m_table->setItem(row, PlannedCol,
                         DrillUi::cell(DrillUi::localText(d.plannedStart), d.id,
                                       d.plannedStart.toMSecsSinceEpoch()));
        m_table->setItem(row, ActualCol,
                         DrillUi::cell(DrillUi::localText(d.actualStart), d.id,
                                       d.actualStart.toMSecsSinceEpoch()));
        m_table->setItem(row, OpenCol,
                         DrillUi::cell(QString::number(d.openActions), d.id, d.openActions));
        auto *late =
            DrillUi::cell(d.overdueActions > 0 ? tr("%n overdue", nullptr, d.overdueActions)
                                               : QStringLiteral("0"),
                          d.id, d.overdueActions);
        if (d.overdueActions > 0) {
            late->setForeground(QColor(0xb3, 0x26, 0x1e));
            QFont bold = late->font();
            bold.setBold(true);
            late->setFont(bold);
        }
        m_table->setItem(row, OverdueCol, late);
    }
    m_table->setSortingEnabled(sorting);
    m_table->resizeColumnsToContents();
    applyFilter();
}

void DrillYearView::fillBadge(QLabel *label, const HalfYearCompliance &h)
{
    const QDate today = DrillUi::today(m_context);
    const bool ended = DrillRules::halfYearEnd(h.period) <= m_context.backend.clock().now();
    QString head;
    QString detail;
    int tone = 2;
    if (h.compliant) {
        tone = 0;
        head = tr("✓ %1: compliant").arg(halfYearName(h.period));
        detail = tr("Counts: %1").arg(titles(h.completed).join(QStringLiteral("; ")));
    } else if (!ended && !h.planned.isEmpty()) {
        tone = 1;
        head = tr("… %1: not compliant yet").arg(halfYearName(h.period));
        detail = tr("Planned: %1").arg(titles(h.planned).join(QStringLiteral("; ")));
    } else {
        head = ended ? tr("✗ %1: not compliant").arg(halfYearName(h.period))
                     : tr("✗ %1: not compliant yet").arg(halfYearName(h.period));
        detail = h.drafts.isEmpty()
                     ? tr("No completed or approved drill in this half-year.")
                     : tr("Only drafts: %1").arg(titles(h.drafts).join(QStringLiteral("; ")));
    }
    Q_UNUSED(today)
    label->setText(head + QLatin1Char('\n') + detail);
    label->setStyleSheet(styleFor(tone));
    label->setProperty("compliant", h.compliant);
    label->setAccessibleName(head);
}

void DrillYearView::applyFilter()
{
    DrillUi::filterRows(m_table, m_filter->text());
    const int status = m_status->currentData().toInt();
    if (status < 0)
        return;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, StatusCol)->data(Qt::UserRole + 2).toInt() != status)
            m_table->setRowHidden(row, true);
}

Status DrillYearView::writeAnnualReport(const QString &path)
{
    return DrillUi::writeReport(m_context, QStringLiteral("annual_drill_report"), ContextKind::Year,
                                m_year, path);
}

void DrillYearView::annualReportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Annual drill report %1").arg(m_year),
        QStringLiteral("drill-report-%1.pdf").arg(m_year),
        tr("PDF (*.pdf);;OpenDocument text (*.odt);;HTML page (*.html);;Plain text (*.txt)"));
    if (path.isEmpty())
        return;
    if (Status done = writeAnnualReport(path); !done)
        m_message->showError(done.error());
    else
        m_message->showSuccess(tr("Written to %1.").arg(QFileInfo(path).fileName()));
}

void DrillYearView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void DrillYearView::retranslateUi()
{
    m_prev->setToolTip(tr("Previous year (Alt+Page Up)"));
    m_next->setToolTip(tr("Next year (Alt+Page Down)"));
    m_thisYear->setText(tr("This year"));
    m_new->setText(tr("New plan…"));
    m_new->setToolTip(tr("Plan a new drill (Alt+N)"));
    m_report->setText(tr("Annual report…"));
    m_report->setToolTip(tr("The annual drill report to the regulator, from this year's records"));
    m_legend->setText(tr("○ planned   ● completed   ◌ draft (dashed)   ⊗ cancelled   red dot: "
                         "overdue improvement actions   red line: today. Click a drill to open "
                         "it."));
    m_filter->setPlaceholderText(tr("Filter drills (title, method, status…)"));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, drillStatusName(DrillStatus(m_status->itemData(i).toInt())));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Method"), tr("Status"),
                                        tr("Planned start"), tr("Actual start"), tr("Open actions"),
                                        tr("Overdue actions")});
}

} // namespace ui
} // namespace dd
