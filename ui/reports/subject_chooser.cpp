#include "reports/subject_chooser.h"

#include "app/backend.h"
#include "readiness/readiness_report.h"
#include "shell/ui_context.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeZone>

#include <algorithm>

namespace dd {
namespace ui {

SubjectChooser::SubjectChooser(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_label(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_incidents(new QComboBox(m_stack))
    , m_drills(new QComboBox(m_stack))
    , m_year(new QSpinBox(m_stack))
    , m_day(new QDateEdit(m_stack))
    , m_none(new QLabel(m_stack))
{
    setObjectName(QStringLiteral("subjectChooser"));
    m_incidents->setObjectName(QStringLiteral("subjectIncident"));
    m_drills->setObjectName(QStringLiteral("subjectDrill"));
    m_year->setObjectName(QStringLiteral("subjectYear"));
    m_incidents->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_incidents->setMinimumContentsLength(24);
    m_drills->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_drills->setMinimumContentsLength(24);
    const int thisYear =
        m_context.backend.clock().now().toTimeZone(QTimeZone(8 * 3600)).date().year();
    m_year->setRange(2000, thisYear + 1);
    m_year->setValue(thisYear);
    m_day->setObjectName(QStringLiteral("subjectDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setDate(m_context.backend.clock().now().toTimeZone(QTimeZone(8 * 3600)).date());
    m_stack->addWidget(m_incidents);
    m_stack->addWidget(m_drills);
    m_stack->addWidget(m_year);
    m_stack->addWidget(m_day);
    m_stack->addWidget(m_none);
    m_stack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_stack, 1);
    connect(m_incidents, &QComboBox::currentIndexChanged, this, &SubjectChooser::subjectChanged);
    connect(m_drills, &QComboBox::currentIndexChanged, this, &SubjectChooser::subjectChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &SubjectChooser::subjectChanged);
    connect(m_day, &QDateEdit::dateChanged, this, &SubjectChooser::subjectChanged);
    reload();
    retranslateUi();
}

void SubjectChooser::setContext(ContextKind kind)
{
    m_kind = kind;
    switch (kind) {
    case ContextKind::Incident: m_stack->setCurrentWidget(m_incidents); break;
    case ContextKind::Drill: m_stack->setCurrentWidget(m_drills); break;
    case ContextKind::Year: m_stack->setCurrentWidget(m_year); break;
    case ContextKind::Handbook: m_stack->setCurrentWidget(m_none); break;
    case ContextKind::Readiness: m_stack->setCurrentWidget(m_day); break;
    }
    m_label->setBuddy(m_stack->currentWidget());
    setFocusProxy(m_stack->currentWidget());
    retranslateUi();
}

qint64 SubjectChooser::subject() const
{
    switch (m_kind) {
    case ContextKind::Incident: return m_incidents->currentData().toLongLong();
    case ContextKind::Drill: return m_drills->currentData().toLongLong();
    case ContextKind::Year: return m_year->value();
    case ContextKind::Handbook: return 0;
    case ContextKind::Readiness: return ReadinessReportContext::subjectOf(m_day->date());
    }
    return 0;
}

bool SubjectChooser::setSubject(qint64 subject)
{
    switch (m_kind) {
    case ContextKind::Incident:
    case ContextKind::Drill: {
        QComboBox *combo = m_kind == ContextKind::Incident ? m_incidents : m_drills;
        const int index = combo->findData(subject);
        if (index >= 0)
            combo->setCurrentIndex(index);
        return index >= 0;
    }
    case ContextKind::Year:
        if (subject < m_year->minimum() || subject > m_year->maximum())
            return false;
        m_year->setValue(int(subject));
        return true;
    case ContextKind::Handbook: return subject == 0;
    case ContextKind::Readiness: {
        const QDate day = ReadinessReportContext::dateOf(subject);
        if (day.isValid())
            m_day->setDate(day);
        return day.isValid();
    }
    }
    return false;
}

bool SubjectChooser::hasSubject() const
{
    switch (m_kind) {
    case ContextKind::Incident: return m_incidents->currentIndex() >= 0;
    case ContextKind::Drill: return m_drills->currentIndex() >= 0;
    default: return true;
    }
}

void SubjectChooser::reload()
{
    const QSignalBlocker blockIncidents(m_incidents);
    const QSignalBlocker blockDrills(m_drills);
    const QVariant incident = m_incidents->currentData();
    const QVariant drill = m_drills->currentData();
    m_incidents->clear();
    m_drills->clear();
    if (auto incidents = m_context.backend.incidents().list()) {
        QList<IncidentSummary> rows = *incidents;
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.detectedAt != b.detectedAt ? a.detectedAt > b.detectedAt : a.id > b.id;
        });
        for (const IncidentSummary &row : std::as_const(rows))
            m_incidents->addItem(QStringLiteral("%1  %2").arg(row.number, row.title), row.id);
    }
    if (auto drills = m_context.backend.drills().list()) {
        const QList<DrillSummary> &rows = *drills;
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            m_drills->addItem(it->title, it->id);
    }
    if (const int i = m_incidents->findData(incident); i >= 0)
        m_incidents->setCurrentIndex(i);
    if (const int i = m_drills->findData(drill); i >= 0)
        m_drills->setCurrentIndex(i);
}

void SubjectChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SubjectChooser::retranslateUi()
{
    switch (m_kind) {
    case ContextKind::Incident: m_label->setText(tr("Preview with &incident:")); break;
    case ContextKind::Drill: m_label->setText(tr("Preview with &drill:")); break;
    case ContextKind::Year: m_label->setText(tr("Preview for &year:")); break;
    case ContextKind::Handbook: m_label->setText(tr("Preview with the current handbook")); break;
    case ContextKind::Readiness: m_label->setText(tr("Readiness as of &day:")); break;
    }
    m_none->setText(QString());
    m_incidents->setPlaceholderText(tr("No incidents yet"));
    m_drills->setPlaceholderText(tr("No drills yet"));
}

} // namespace ui
} // namespace dd
