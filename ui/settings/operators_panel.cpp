#include "settings/operators_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "settings/add_operator_dialog.h"
#include "settings/operator_roles_dialog.h"
#include "settings/operator_table_model.h"
#include "settings/reset_pin_dialog.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dd {
namespace ui {

OperatorsPanel::OperatorsPanel(UiContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_model(new OperatorTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_note(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_add(new QPushButton(this))
    , m_roles(new QPushButton(this))
    , m_resetPin(new QPushButton(this))
    , m_toggleActive(new QPushButton(this))
{
    setObjectName(QStringLiteral("operatorsPanel"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("operatorTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OperatorTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OperatorTableModel::RolesColumn,
                                                      QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);

    m_note->setObjectName(QStringLiteral("operatorsNote"));
    m_note->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("operatorsMessage"));
    m_add->setObjectName(QStringLiteral("addOperator"));
    m_roles->setObjectName(QStringLiteral("editRoles"));
    m_resetPin->setObjectName(QStringLiteral("resetPin"));
    m_toggleActive->setObjectName(QStringLiteral("toggleActive"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_roles);
    buttons->addWidget(m_resetPin);
    buttons->addWidget(m_toggleActive);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &OperatorsPanel::addOperator);
    connect(m_roles, &QPushButton::clicked, this, &OperatorsPanel::editRoles);
    connect(m_resetPin, &QPushButton::clicked, this, &OperatorsPanel::resetPin);
    connect(m_toggleActive, &QPushButton::clicked, this, &OperatorsPanel::toggleActive);
    connect(m_table, &QTableView::doubleClicked, this, &OperatorsPanel::editRoles);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OperatorsPanel::updateActions);
    connect(&m_context.session, &Session::actorChanged, this, &OperatorsPanel::updateActions);

    reload();
    retranslateUi();
}

void OperatorsPanel::reload()
{
    const Operator *selected = selectedOperator();
    const qint64 keep = selected ? selected->id : 0;
    auto all = m_context.backend.operators().list();
    if (!all) {
        m_message->showError(all.error());
        return;
    }
    m_model->setOperators(*all);
    selectOperator(keep);
    updateActions();
}

const Operator *OperatorsPanel::selectedOperator() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->operatorAt(m_sorted->mapToSource(rows.first()).row());
}

void OperatorsPanel::selectOperator(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->selectRow(m_sorted->mapFromSource(m_model->index(row, 0)).row());
}

void OperatorsPanel::addOperator()
{
    AddOperatorDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectOperator(dialog.createdId());
    m_message->showSuccess(tr("Operator added."));
}

void OperatorsPanel::editRoles()
{
    const Operator *person = selectedOperator();
    if (!person || !m_roles->isEnabled())
        return;
    OperatorRolesDialog dialog(m_context, *person, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_message->showSuccess(tr("Roles changed."));
}

void OperatorsPanel::resetPin()
{
    const Operator *person = selectedOperator();
    if (!person)
        return;
    ResetPinDialog dialog(m_context, *person, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->showSuccess(tr("PIN of %1 reset.").arg(person->displayName));
}

void OperatorsPanel::toggleActive()
{
    const Operator *person = selectedOperator();
    if (!person)
        return;
    const Operator target = *person; // the model is reloaded below
    if (Status done = m_context.backend.operators().setActive(m_context.session.actor(), target.id,
                                                              !target.active);
        !done) {
        m_message->showError(done.error());
        return;
    }
    reload();
    m_message->showSuccess(target.active ? tr("%1 deactivated.").arg(target.displayName)
                                         : tr("%1 activated.").arg(target.displayName));
}

void OperatorsPanel::updateActions()
{
    const bool canManage =
        !m_context.readOnly && m_context.session.actor().can(Permission::ManageOperators);
    const Operator *person = selectedOperator();
    m_add->setEnabled(canManage);
    m_roles->setEnabled(canManage && person);
    m_resetPin->setEnabled(canManage && person);
    m_toggleActive->setEnabled(canManage && person);
    m_toggleActive->setText(person && !person->active ? tr("A&ctivate") : tr("&Deactivate"));

    if (m_context.readOnly)
        m_note->setText(tr("The database is open read-only: operators are shown, not changed."));
    else if (!canManage)
        m_note->setText(tr("Only an administrator adds operators, changes roles, resets PINs or "
                           "deactivates accounts."));
    else
        m_note->setText(tr("Everyone who signs in at a desk of this database. Deactivate people "
                           "who leave; their names stay in the audit log."));
}

void OperatorsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void OperatorsPanel::retranslateUi()
{
    setTitle(tr("Operators"));
    m_add->setText(tr("&Add…"));
    m_roles->setText(tr("R&oles…"));
    m_resetPin->setText(tr("Reset &PIN…"));
    m_model->retranslate();
    updateActions();
}

} // namespace ui
} // namespace dd
