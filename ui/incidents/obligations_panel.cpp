#include "incidents/obligations_panel.h"

#include "common/inline_message.h"
#include "incidents/incident_reference.h"
#include "incidents/obligation_table_model.h"
#include "incidents/report_dialog.h"
#include "incidents/waive_dialog.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dd {
namespace ui {

ObligationsPanel::ObligationsPanel(UiContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_model(new ObligationTableModel(this))
    , m_table(new QTableView(this))
    , m_submit(new QPushButton(this))
    , m_waive(new QPushButton(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("obligationsPanel"));
    m_table->setObjectName(QStringLiteral("obligationTable"));
    m_submit->setObjectName(QStringLiteral("submitReport"));
    m_waive->setObjectName(QStringLiteral("waiveReport"));
    m_message->setObjectName(QStringLiteral("obligationsMessage"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ObligationTableModel::ReportColumn, QHeaderView::Stretch);
    // Countdowns are what the officer reads first: a little larger.
    QFont f = m_table->font();
    f.setPointSizeF(f.pointSizeF() * 1.05);
    m_table->setFont(f);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() + 8);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addWidget(m_waive);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &ObligationsPanel::submitSelected);
    connect(m_waive, &QPushButton::clicked, this, &ObligationsPanel::waiveSelected);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_submit->isEnabled())
            submitSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ObligationsPanel::updateActions);
    retranslateUi();
    updateActions();
}

void ObligationsPanel::showIncident(const IncidentView &view, const IncidentReference &reference,
                                    const QDateTime &now)
{
    const ObligationRow *before = selected();
    QString keep = before ? before->instance.key() : QString();
    m_view = &view;
    m_reference = &reference;
    m_model->setObligations(view.obligations, now, reference.zone);
    int row = keep.isEmpty() ? -1 : m_model->rowOf(keep);
    if (row < 0 || m_model->obligationAt(row).status.isMet()) {
        // The next report owed, so that Submit… is one click away.
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (!m_model->obligationAt(r).status.isMet()) {
                row = r;
                break;
            }
    }
    if (row >= 0)
        m_table->selectRow(row);
    updateActions();
}

void ObligationsPanel::setNow(const QDateTime &now)
{
    m_model->setNow(now);
}

void ObligationsPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateActions();
}

QList<QDateTime> ObligationsPanel::countdownTargets() const
{
    return m_model->countdownTargets();
}

const ObligationRow *ObligationsPanel::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return nullptr;
    return &m_model->obligationAt(rows.first().row());
}

void ObligationsPanel::updateActions()
{
    const ObligationRow *row = selected();
    const bool open = m_editable && m_view && row && !row->status.isMet();
    m_submit->setEnabled(open);
    m_waive->setEnabled(open);
}

void ObligationsPanel::submitSelected()
{
    const ObligationRow *row = selected();
    if (!row || !m_view || !m_reference || !m_editable)
        return;
    m_message->clearMessage();
    const ObligationRow obligation = *row;
    ReportDialog dialog(m_context, *m_view, obligation, *m_reference, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->showSuccess(tr("Submitted: %1").arg(obligation.label));
    emit changed();
}

void ObligationsPanel::waiveSelected()
{
    const ObligationRow *row = selected();
    if (!row || !m_view || !m_editable)
        return;
    m_message->clearMessage();
    const ObligationRow obligation = *row;
    WaiveDialog dialog(m_context, m_view->incident, obligation, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->showSuccess(tr("Waived: %1").arg(obligation.label));
    emit changed();
}

void ObligationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ObligationsPanel::retranslateUi()
{
    setTitle(tr("Reports owed"));
    m_submit->setText(tr("&Submit…"));
    m_submit->setToolTip(tr("Submit the selected report: the time and your name are stamped"));
    m_waive->setText(tr("&Waive…"));
    m_waive->setToolTip(
        tr("Waive the selected report with a reason, confirmed by a second person"));
    m_model->retranslate();
}

} // namespace ui
} // namespace dd
