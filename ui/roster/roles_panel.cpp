#include "roster/roles_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "roster/role_dialog.h"
#include "roster/roster_repository.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum Column { NameCol, KeyCol, CoverageCol, BackupCol, ApprovalCol, BuiltinCol, ColumnCount };

QTableWidgetItem *cell(const QString &text, qint64 id)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

RolesPanel::RolesPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("rolesPanel"));
    m_note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("rolesTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_new->setObjectName(QStringLiteral("newRole"));
    m_edit->setObjectName(QStringLiteral("editRole"));
    m_remove->setObjectName(QStringLiteral("removeRole"));
    m_message->setObjectName(QStringLiteral("rolesMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &RolesPanel::newRole);
    connect(m_edit, &QPushButton::clicked, this, &RolesPanel::editRole);
    connect(m_remove, &QPushButton::clicked, this, &RolesPanel::askRemove);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RolesPanel::editRole);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RolesPanel::updateActions);
    connect(&m_context.session, &Session::actorChanged, this, &RolesPanel::updateActions);
    retranslateUi();
    reload();
}

void RolesPanel::reload()
{
    auto roles = m_context.backend.roster().roles();
    if (!roles) {
        m_message->showError(roles.error());
        return;
    }
    m_roles = *roles;
    fill();
}

void RolesPanel::fill()
{
    const qint64 keep = currentId();
    m_table->setRowCount(int(m_roles.size()));
    const QString yes = tr("yes");
    for (int row = 0; row < m_roles.size(); ++row) {
        const DutyRole &r = m_roles.at(row);
        m_table->setItem(row, NameCol, cell(r.displayName(), r.id));
        m_table->setItem(row, KeyCol, cell(r.key, r.id));
        m_table->setItem(row, CoverageCol, cell(coverageName(r.coverage), r.id));
        m_table->setItem(row, BackupCol, cell(r.backupRequired ? yes : QString(), r.id));
        m_table->setItem(row, ApprovalCol, cell(r.swapNeedsApproval ? yes : QString(), r.id));
        m_table->setItem(row, BuiltinCol,
                         cell(r.builtin ? tr("built-in") : tr("user-defined"), r.id));
    }
    m_table->resizeColumnsToContents();
    selectRole(keep);
    updateActions();
}

qint64 RolesPanel::currentId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QTableWidgetItem *item = m_table->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RolesPanel::selectRole(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
}

void RolesPanel::newRole()
{
    RoleDialog dialog(m_context, DutyRole{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->showSuccess(tr("Duty role saved."));
    reload();
    selectRole(dialog.savedId());
    emit changed();
}

void RolesPanel::editRole()
{
    const qint64 id = currentId();
    for (const DutyRole &r : std::as_const(m_roles)) {
        if (r.id != id)
            continue;
        // The stored role as it is now (another desk may have saved it since the list was
        // read): the dialog saves against its version.
        auto fresh = m_context.backend.roster().role(id);
        RoleDialog dialog(m_context, fresh ? *fresh : r, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_message->showSuccess(tr("Duty role saved."));
        reload();
        emit changed();
        return;
    }
}

bool RolesPanel::removeRole(qint64 id)
{
    m_message->clearMessage();
    const Status removed = m_context.backend.roster().removeRole(m_context.session.actor(), id);
    if (!removed) {
        m_message->showError(removed.error());
        return false;
    }
    m_message->showSuccess(tr("Duty role removed."));
    reload();
    emit changed();
    return true;
}

void RolesPanel::askRemove()
{
    const qint64 id = currentId();
    QString name;
    for (const DutyRole &r : std::as_const(m_roles))
        if (r.id == id)
            name = r.displayName();
    if (id == 0
        || QMessageBox::question(this, tr("Remove duty role"),
                                 tr("Remove the duty role “%1”?").arg(name))
               != QMessageBox::Yes)
        return;
    removeRole(id);
}

void RolesPanel::updateActions()
{
    const bool editable =
        !m_context.readOnly && m_context.session.actor().can(Permission::EditDutyData);
    const qint64 id = currentId();
    bool builtin = false;
    for (const DutyRole &r : std::as_const(m_roles))
        if (r.id == id)
            builtin = r.builtin;
    m_new->setEnabled(editable);
    m_edit->setEnabled(id != 0);
    m_edit->setText(editable ? tr("&Edit…") : tr("&View…"));
    m_remove->setEnabled(editable && id != 0 && !builtin);
    m_remove->setToolTip(builtin ? tr("Built-in duty roles cannot be removed.") : QString());
}

void RolesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void RolesPanel::retranslateUi()
{
    m_note->setText(tr("Duty roles are the posts the roster fills. Each needs 7×24, trading-day "
                       "or business-hours coverage, optionally with a backup (备岗). Add roles "
                       "of your own; the built-in ones can be renamed and their rules changed."));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Key"), tr("Coverage"),
                                        tr("Backup required"), tr("Swap needs approval"),
                                        tr("Kind")});
    m_new->setText(tr("&New duty role…"));
    m_remove->setText(tr("&Remove"));
    updateActions();
}

} // namespace ui
} // namespace dd
