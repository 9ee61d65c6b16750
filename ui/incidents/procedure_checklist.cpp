#include "incidents/procedure_checklist.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

ProcedureChecklist::ProcedureChecklist(UiContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_procedureTitle(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("procedureChecklist"));
    m_steps->setObjectName(QStringLiteral("procedureSteps"));
    m_message->setObjectName(QStringLiteral("procedureMessage"));
    m_procedureTitle->setTextFormat(Qt::PlainText);
    m_procedureTitle->setWordWrap(true);
    QFont bold = m_procedureTitle->font();
    bold.setBold(true);
    m_procedureTitle->setFont(bold);
    m_steps->setWordWrap(true);
    m_steps->setSpacing(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_procedureTitle);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_message);

    connect(m_steps, &QListWidget::itemChanged, this, &ProcedureChecklist::stepToggled);
    retranslateUi();
}

void ProcedureChecklist::showProcedure(qint64 incidentId, const QString &faultType)
{
    m_incidentId = incidentId;
    m_message->clearMessage();
    Backend &backend = m_context.backend;
    auto procedure = backend.procedures().forFaultType(faultType);
    const QSignalBlocker blocker(m_steps);
    if (!procedure) {
        m_steps->clear();
        m_incidentShown = 0;
        m_procedure = {};
        m_procedureTitle->clear();
        m_message->showError(procedure.error());
        return;
    }
    auto checked = backend.incidentService().checkedSteps(incidentId, int(procedure->steps.size()));
    if (!checked)
        m_message->showError(checked.error());
    if (incidentId == m_incidentShown && procedure->steps == m_procedure.steps
        && m_steps->count() == m_procedure.steps.size()) {
        // The same list: only the ticks move, the officer's scroll position stays.
        for (int i = 0; i < m_steps->count(); ++i)
            m_steps->item(i)->setCheckState(
                checked && i < checked->size() && checked->at(i) ? Qt::Checked : Qt::Unchecked);
        return;
    }
    m_steps->clear();
    m_incidentShown = incidentId;
    m_procedure = *procedure;
    m_procedureTitle->setText(m_procedure.title);
    for (int i = 0; i < m_procedure.steps.size(); ++i) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1. %2").arg(QString::number(i + 1), m_procedure.steps[i]), m_steps);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                       | (m_editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        const bool done = checked && i < checked->size() && checked->at(i);
        item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
    }
}

void ProcedureChecklist::setEditable(bool editable)
{
    m_editable = editable;
    const QSignalBlocker blocker(m_steps);
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem *item = m_steps->item(i);
        Qt::ItemFlags flags = item->flags();
        flags.setFlag(Qt::ItemIsUserCheckable, editable);
        item->setFlags(flags);
    }
}

void ProcedureChecklist::stepToggled(QListWidgetItem *item)
{
    const int step = m_steps->row(item);
    if (!m_editable || m_incidentId <= 0 || step < 0)
        return;
    m_message->clearMessage();
    const bool done = item->checkState() == Qt::Checked;
    Status s = m_context.backend.incidentService().checkStep(m_context.session.actor(),
                                                             m_incidentId, step, done);
    if (!s) {
        const QSignalBlocker blocker(m_steps);
        item->setCheckState(done ? Qt::Unchecked : Qt::Checked);
        m_message->showError(s.error());
        return;
    }
    emit changed();
}

void ProcedureChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ProcedureChecklist::retranslateUi()
{
    setTitle(tr("Procedure"));
    m_steps->setToolTip(tr("Tick a step when it is done; each tick is written on the timeline"));
}

} // namespace ui
} // namespace dd
