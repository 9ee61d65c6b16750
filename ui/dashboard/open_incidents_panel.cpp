#include "dashboard/open_incidents_panel.h"

#include "app/backend.h"
#include "incidents/grade_badge.h"
#include "incidents/incident_format.h"
#include "incidents/incident_reference.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

const QColor OverdueColour(0xb3, 0x26, 0x1e);

void readEscalation(Backend &backend, OpenIncidentRow &row, QStringList *errors)
{
    auto plan = backend.escalation().plan(row.id);
    if (!plan) {
        if (errors)
            *errors << plan.error();
        return;
    }
    const auto nameOf = [&backend](qint64 id) {
        if (id <= 0)
            return QString();
        auto person = backend.contacts().contact(id);
        return person ? person->name : QString::number(id);
    };
    for (const EscalationAction &call : std::as_const(plan->pending))
        row.escalationLevel = std::max(row.escalationLevel, call.level);
    row.acknowledged = plan->acknowledged;
    row.acknowledgedBy = nameOf(plan->acknowledgedBy);
    row.exhausted = plan->exhausted;
    row.authority = nameOf(plan->authority);
}

} // namespace

QList<OpenIncidentRow> loadOpenIncidents(Backend &backend, const QDateTime &now,
                                         QStringList *errors)
{
    IncidentFilter filter;
    for (IncidentState state : allIncidentStates())
        if (isOpen(state))
            filter.states << state;
    QList<OpenIncidentRow> rows;
    auto open = backend.incidents().list(filter);
    if (!open) {
        if (errors)
            *errors << open.error();
        return rows;
    }
    IncidentService &service = backend.incidentService();
    for (const IncidentSummary &summary : std::as_const(*open)) {
        auto incident = backend.incidents().get(summary.id);
        if (!incident) {
            if (errors)
                *errors << incident.error();
            continue;
        }
        OpenIncidentRow row;
        row.id = incident->id;
        row.number = incident->number;
        row.title = incident->title;
        row.state = incident->state;
        row.drill = incident->drill;
        row.gradeId = incident->grade;
        row.since = incident->startedAt.isValid() ? incident->startedAt : incident->detectedAt;
        if (auto grade = service.grade(*incident, now); grade) {
            row.gradeId = grade->gradeId;
            row.level = grade->level;
            row.threshold = grade->next;
        } else if (errors) {
            *errors << grade.error();
        }
        if (auto obligations = service.obligations(*incident, now); obligations) {
            for (const ObligationRow &o : std::as_const(*obligations)) {
                if (o.status.isMet() || !o.instance.due)
                    continue;
                if (!row.nextDue.isValid() || *o.instance.due < row.nextDue) {
                    row.nextDue = *o.instance.due;
                    row.nextReport = o.label;
                }
            }
        } else if (errors) {
            *errors << obligations.error();
        }
        readEscalation(backend, row, errors);
        rows << row;
    }
    // Incidents before warnings, the highest grade first, then the oldest first.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const OpenIncidentRow &a, const OpenIncidentRow &b) {
                         const bool aw = a.state == IncidentState::Warning;
                         const bool bw = b.state == IncidentState::Warning;
                         if (aw != bw)
                             return !aw;
                         const int ar = a.level ? a.level->rank : 0;
                         const int br = b.level ? b.level->rank : 0;
                         if (ar != br)
                             return ar > br;
                         return a.since < b.since;
                     });
    return rows;
}

OpenIncidentsPanel::OpenIncidentsPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("openIncidentsPanel"));
    m_heading->setObjectName(QStringLiteral("openIncidentsHeading"));
    m_empty->setObjectName(QStringLiteral("noOpenIncidents"));
    m_table->setObjectName(QStringLiteral("openIncidentsTable"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_empty->setWordWrap(true);
    QFont large = m_table->font();
    large.setPointSizeF(large.pointSizeF() * 1.15);
    m_table->setFont(large);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(large).height() * 2);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IncidentColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() < m_rows.size())
            emit openRequested(m_rows.at(index.row()).id);
    });
    retranslateUi();
}

void OpenIncidentsPanel::setRows(const QList<OpenIncidentRow> &rows,
                                 const IncidentReference &reference, const QString &language,
                                 const QDateTime &now)
{
    m_rows = rows;
    m_grades = reference.grades();
    m_zone = reference.zone;
    m_language = language;
    m_now = now;
    fill();
}

void OpenIncidentsPanel::fill()
{
    const qint64 keep =
        m_table->currentRow() >= 0 && m_table->currentRow() < m_rows.size()
            ? m_table->item(m_table->currentRow(), IncidentColumn)->data(Qt::UserRole).toLongLong()
            : 0;
    m_table->setRowCount(int(m_rows.size()));
    int select = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const OpenIncidentRow &row = m_rows.at(i);
        auto *badge = new GradeBadge(1.1);
        const GradeLevel *level = row.level ? &*row.level : nullptr;
        QString gradeText = IncidentFormat::grade(row.gradeId, level, m_language);
        if (row.state == IncidentState::Warning && !level)
            gradeText = incidentStateName(IncidentState::Warning);
        badge->setGrade(level, gradeText);
        m_table->setCellWidget(i, GradeColumn, badge);
        QString title = QStringLiteral("%1  %2").arg(row.number, row.title);
        if (row.drill)
            title = tr("[Drill] %1").arg(title);
        auto *item = new QTableWidgetItem(title);
        item->setData(Qt::UserRole, row.id);
        item->setToolTip(tr("%1 — %2. Double-click or press Enter to open the workspace.")
                             .arg(title, incidentStateName(row.state)));
        m_table->setItem(i, IncidentColumn, item);
        for (int c :
             {ElapsedColumn, ReportColumn, CountdownColumn, ThresholdColumn, EscalationColumn})
            m_table->setItem(i, c, new QTableWidgetItem);
        m_table->item(i, ReportColumn)
            ->setText(row.nextDue.isValid() ? row.nextReport : tr("No report due"));
        QString escalation;
        if (row.acknowledged)
            escalation = tr("Acknowledged by %1").arg(row.acknowledgedBy);
        else if (row.exhausted)
            escalation = tr("Every level called, no answer");
        else if (row.escalationLevel > 0)
            escalation = tr("Level %1 called").arg(row.escalationLevel);
        else
            escalation = tr("No call open");
        if (!row.authority.isEmpty())
            escalation += QStringLiteral("\n") + tr("Decides: %1").arg(row.authority);
        m_table->item(i, EscalationColumn)->setText(escalation);
        m_table->item(i, EscalationColumn)->setToolTip(escalation);
        if (row.id == keep)
            select = i;
    }
    if (select >= 0)
        m_table->setCurrentCell(select, IncidentColumn);
    m_table->setVisible(!m_rows.isEmpty());
    m_empty->setVisible(m_rows.isEmpty());
    updateTimes(m_now);
    m_table->resizeRowsToContents();
    const int minimum = QFontMetrics(m_table->font()).height() * 2;
    for (int i = 0; i < m_table->rowCount(); ++i)
        m_table->setRowHeight(i, std::max(minimum, m_table->rowHeight(i)));
}

void OpenIncidentsPanel::updateTimes(const QDateTime &now)
{
    m_now = now;
    QFont countdownFont = m_table->font();
    countdownFont.setBold(true);
    countdownFont.setPointSizeF(countdownFont.pointSizeF() * 1.3);
    for (int i = 0; i < m_rows.size() && i < m_table->rowCount(); ++i) {
        const OpenIncidentRow &row = m_rows.at(i);
        if (QTableWidgetItem *elapsed = m_table->item(i, ElapsedColumn))
            elapsed->setText(IncidentFormat::duration(row.since.secsTo(now)));
        if (QTableWidgetItem *countdown = m_table->item(i, CountdownColumn)) {
            countdown->setFont(countdownFont);
            if (!row.nextDue.isValid()) {
                countdown->setText(QStringLiteral("—"));
                countdown->setData(Qt::ForegroundRole, QVariant());
                countdown->setIcon(QIcon());
            } else {
                const bool overdue = row.nextDue <= now;
                countdown->setText(IncidentFormat::countdown(row.nextDue, now));
                countdown->setToolTip(tr("Due %1").arg(IncidentFormat::time(row.nextDue, m_zone)));
                if (overdue)
                    countdown->setForeground(QBrush(OverdueColour));
                else
                    countdown->setData(Qt::ForegroundRole, QVariant());
                countdown->setIcon(overdue ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                           : QIcon());
            }
        }
        if (QTableWidgetItem *threshold = m_table->item(i, ThresholdColumn)) {
            threshold->setText(row.threshold ? IncidentFormat::nextThreshold(*row.threshold, now,
                                                                             m_zone, m_language)
                                             : tr("No further threshold"));
        }
    }
}

QList<QDateTime> OpenIncidentsPanel::countdownTargets() const
{
    QList<QDateTime> targets;
    for (const OpenIncidentRow &row : m_rows) {
        if (row.nextDue.isValid())
            targets << row.nextDue;
        if (row.threshold)
            targets << row.threshold->at;
    }
    return targets;
}

void OpenIncidentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OpenIncidentsPanel::retranslateUi()
{
    m_heading->setText(tr("Open incidents and warnings"));
    m_empty->setText(tr("No incident or warning is open."));
    m_table->setHorizontalHeaderLabels({tr("Grade"), tr("Incident"), tr("Elapsed"),
                                        tr("Next report"), tr("Due"), tr("Next grade"),
                                        tr("Escalation")});
}

} // namespace ui
} // namespace dd
