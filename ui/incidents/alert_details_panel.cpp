#include "incidents/alert_details_panel.h"

#include "incidents/incident_format.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>

namespace dd {
namespace ui {

namespace {
enum Column { Source, Title, Fingerprint, Count, FirstSeen, LastSeen, State, ColumnCount };
} // namespace

AlertDetailsPanel::AlertDetailsPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("alertDetails"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("alertDetailsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary->setObjectName(QStringLiteral("alertSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("alertList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 6, 10, 6);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_summary, 1, 0);
    grid->addWidget(m_list, 2, 0);
    hide();
    retranslateUi();
}

void AlertDetailsPanel::showAlerts(const QList<IntakeAlertRow> &alerts, const QTimeZone &zone)
{
    m_alerts = alerts;
    m_zone = zone;
    setVisible(!alerts.isEmpty());
    render();
}

void AlertDetailsPanel::render()
{
    m_list->clear();
    bool allResolved = !m_alerts.isEmpty();
    int fired = 0;
    for (const IntakeAlertRow &a : std::as_const(m_alerts)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Source, a.sourceName);
        item->setText(Title,
                      a.severity.isEmpty()
                          ? a.title
                          : tr("%1 (%2)", "alert title (severity)").arg(a.title, a.severity));
        item->setText(Fingerprint, a.fingerprint);
        item->setText(Count, QString::number(a.count));
        item->setText(FirstSeen, IncidentFormat::time(a.firstSeen, m_zone));
        item->setText(LastSeen, IncidentFormat::time(a.lastSeen, m_zone));
        const bool resolved = a.status == AlertStatus::Resolved;
        item->setText(
            State,
            resolved
                ? tr("resolved by monitoring %1").arg(IncidentFormat::time(a.resolvedAt, m_zone))
                : tr("firing"));
        allResolved = allResolved && resolved;
        fired += a.count;
    }
    if (m_alerts.isEmpty())
        m_summary->clear();
    else if (allResolved)
        m_summary->setText(tr("Resolved by monitoring: every alert behind it has cleared. The "
                              "warning stays until it is lifted or promoted."));
    else
        m_summary->setText(tr("%n alert(s) from monitoring, fired %1 time(s) in all.", nullptr,
                              int(m_alerts.size()))
                               .arg(fired));
}

void AlertDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void AlertDetailsPanel::retranslateUi()
{
    m_title->setText(tr("Raised by monitoring"));
    m_list->setHeaderLabels({tr("Source"), tr("Alert"), tr("Fingerprint"), tr("Count"),
                             tr("First seen"), tr("Last seen"), tr("State")});
    render();
}

} // namespace ui
} // namespace dd
