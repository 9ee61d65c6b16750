#include "roster/handovers_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "roster/roster_change_dialog.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

const QTimeZone Local(8 * 3600);

enum Column { AtCol, RoleCol, OutgoingCol, IncomingCol, ItemsCol, RecordedCol, ColumnCount };

} // namespace

HandoversPanel::HandoversPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_record(new QPushButton(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("handoversPanel"));
    m_table->setObjectName(QStringLiteral("handoversTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_record->setObjectName(QStringLiteral("recordHandover"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_record, &QPushButton::clicked, this, &HandoversPanel::record);
    connect(&m_context.session, &Session::actorChanged, this, &HandoversPanel::updateActions);
    retranslateUi();
}

void HandoversPanel::showRange(const RosterSnapshot &snapshot, const QDateTime &from,
                               const QDateTime &to)
{
    m_snapshot = snapshot;
    m_from = from;
    m_to = to;
    reload();
}

void HandoversPanel::reload()
{
    m_handovers.clear();
    if (m_from.isValid() && m_to.isValid()) {
        auto records = m_context.backend.roster().handovers(m_from, m_to);
        if (!records) {
            m_message->showError(records.error());
        } else {
            m_handovers = *records;
            m_message->clearMessage();
        }
    }
    std::stable_sort(m_handovers.begin(), m_handovers.end(),
                     [](const Handover &a, const Handover &b) { return a.at > b.at; });
    fill();
}

void HandoversPanel::fill()
{
    m_table->setRowCount(int(m_handovers.size()));
    for (int row = 0; row < m_handovers.size(); ++row) {
        const Handover &h = m_handovers.at(row);
        const DutyRole *role =
            m_snapshot.roster && h.roleId ? m_snapshot.roster->role(h.roleId) : nullptr;
        const QString nobody = QStringLiteral("—");
        const QStringList cells = {
            h.at.toTimeZone(Local).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            role ? role->displayName() : QString(),
            h.outgoingId ? m_snapshot.name(h.outgoingId) : nobody,
            h.incomingId ? m_snapshot.name(h.incomingId) : nobody,
            h.openItems,
            tr("%1 at %2")
                .arg(h.recordedBy,
                     h.recordedAt.toTimeZone(Local).toString(QStringLiteral("MM-dd HH:mm")))};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, h.id);
            if (col == ItemsCol)
                item->setToolTip(h.openItems);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    updateActions();
}

void HandoversPanel::record()
{
    RosterChangeDialog dialog(m_context, m_snapshot, RosterChangeDialog::Kind::Handover, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->showSuccess(tr("Handover recorded."));
    reload();
    emit changed();
}

void HandoversPanel::updateActions()
{
    m_record->setEnabled(!m_context.readOnly
                         && m_context.session.actor().can(Permission::EditDutyData));
}

void HandoversPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void HandoversPanel::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Shift change"), tr("Role"), tr("Outgoing"),
                                        tr("Incoming"), tr("Open items"), tr("Recorded")});
    m_record->setText(tr("Record handover…"));
    updateActions();
}

} // namespace ui
} // namespace dd
