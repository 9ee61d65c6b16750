#include "roster/escalation_policies_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "escalation/escalation_service.h"
#include "roster/policy_dialog.h"
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

enum Column { NameCol, GradesCol, FaultTypesCol, PriorityCol, RepeatCol, LevelsCol };

QTableWidgetItem *cell(const QString &text, qint64 id)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidgetItem *number(int value, qint64 id)
{
    auto *item = cell(QString(), id);
    item->setData(Qt::DisplayRole, value);
    return item;
}

} // namespace

EscalationPoliciesPanel::EscalationPoliciesPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("escalationPoliciesPanel"));
    m_note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("policiesTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_new->setObjectName(QStringLiteral("newPolicy"));
    m_edit->setObjectName(QStringLiteral("editPolicy"));
    m_remove->setObjectName(QStringLiteral("removePolicy"));
    m_message->setObjectName(QStringLiteral("policiesMessage"));

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

    connect(m_new, &QPushButton::clicked, this, &EscalationPoliciesPanel::newPolicy);
    connect(m_edit, &QPushButton::clicked, this, &EscalationPoliciesPanel::editPolicy);
    connect(m_remove, &QPushButton::clicked, this, &EscalationPoliciesPanel::askRemove);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &EscalationPoliciesPanel::editPolicy);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &EscalationPoliciesPanel::updateActions);
    connect(&m_context.session, &Session::actorChanged, this,
            &EscalationPoliciesPanel::updateActions);
    retranslateUi();
    reload();
}

void EscalationPoliciesPanel::reload()
{
    auto policies = m_context.backend.escalation().policies().list();
    if (!policies) {
        m_message->showError(policies.error());
        return;
    }
    m_policies = *policies;
    m_roleNames.clear();
    if (auto roles = m_context.backend.roster().roles())
        for (const DutyRole &r : std::as_const(*roles))
            m_roleNames.insert(r.key, r.displayName());
    if (auto people = m_context.backend.roster().contactNames())
        m_people = *people;
    fill();
}

QString EscalationPoliciesPanel::levelsSummary(const QList<EscalationLevel> &levels) const
{
    QStringList parts;
    for (int i = 0; i < levels.size(); ++i) {
        const EscalationLevel &l = levels[i];
        QString whom;
        switch (l.target) {
        case EscalationTarget::Role: whom = m_roleNames.value(l.roleKey, l.roleKey); break;
        case EscalationTarget::Person:
            whom = m_people.value(l.contactId, QString::number(l.contactId));
            break;
        case EscalationTarget::Succession: whom = tr("Succession order"); break;
        }
        QString part = tr("%1. %2 %3 min").arg(i + 1).arg(whom).arg(l.timeoutMinutes);
        if (l.channel == EscalationChannel::Message)
            part += QStringLiteral(" (%1)").arg(escalationChannelName(l.channel));
        parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

void EscalationPoliciesPanel::fill()
{
    const qint64 keep = currentId();
    const bool sorting = m_table->isSortingEnabled();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_policies.size()));
    for (int row = 0; row < m_policies.size(); ++row) {
        const EscalationPolicy &p = m_policies[row];
        QStringList grades;
        for (const QString &g : p.grades)
            grades << (g == QStringLiteral("none") ? tr("No grade") : g);
        m_table->setItem(row, NameCol, cell(p.name, p.id));
        m_table->setItem(
            row, GradesCol,
            cell(grades.isEmpty() ? tr("any") : grades.join(QStringLiteral(", ")), p.id));
        m_table->setItem(
            row, FaultTypesCol,
            cell(p.faultTypes.isEmpty() ? tr("any") : p.faultTypes.join(QStringLiteral(", ")),
                 p.id));
        m_table->setItem(row, PriorityCol, number(p.priority, p.id));
        m_table->setItem(row, RepeatCol, number(p.repeatCount, p.id));
        auto *levels = cell(levelsSummary(p.levels), p.id);
        levels->setToolTip(levels->text().replace(QStringLiteral(" · "), QStringLiteral("\n")));
        m_table->setItem(row, LevelsCol, levels);
    }
    m_table->setSortingEnabled(sorting);
    m_table->resizeColumnsToContents();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == keep)
            m_table->selectRow(row);
    updateActions();
}

qint64 EscalationPoliciesPanel::currentId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QTableWidgetItem *item = m_table->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void EscalationPoliciesPanel::newPolicy()
{
    EscalationPolicy blank;
    EscalationLevel first;
    first.roleKey = QStringLiteral("duty_leader");
    blank.levels << first;
    PolicyDialog dialog(m_context, blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->showSuccess(tr("Policy saved."));
    reload();
    emit changed();
}

void EscalationPoliciesPanel::editPolicy()
{
    const qint64 id = currentId();
    for (const EscalationPolicy &p : std::as_const(m_policies)) {
        if (p.id != id)
            continue;
        // The stored policy as it is now: the dialog saves against its version.
        auto fresh = m_context.backend.escalation().policies().get(id);
        PolicyDialog dialog(m_context, fresh ? *fresh : p, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_message->showSuccess(tr("Policy saved."));
        reload();
        emit changed();
        return;
    }
}

bool EscalationPoliciesPanel::removePolicy(qint64 id)
{
    m_message->clearMessage();
    const Status removed =
        m_context.backend.escalation().policies().remove(m_context.session.actor(), id);
    if (!removed) {
        m_message->showError(removed.error());
        return false;
    }
    m_message->showSuccess(tr("Policy removed."));
    reload();
    emit changed();
    return true;
}

void EscalationPoliciesPanel::askRemove()
{
    const qint64 id = currentId();
    QString name;
    for (const EscalationPolicy &p : std::as_const(m_policies))
        if (p.id == id)
            name = p.name;
    if (id == 0
        || QMessageBox::question(this, tr("Remove policy"),
                                 tr("Remove the escalation policy “%1”?").arg(name))
               != QMessageBox::Yes)
        return;
    removePolicy(id);
}

void EscalationPoliciesPanel::updateActions()
{
    const bool editable =
        !m_context.readOnly && m_context.session.actor().can(Permission::ManageSettings);
    const bool selected = currentId() != 0;
    m_new->setEnabled(editable);
    m_edit->setEnabled(selected);
    m_edit->setText(editable ? tr("&Edit…") : tr("&View…"));
    m_remove->setEnabled(editable && selected);
}

void EscalationPoliciesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void EscalationPoliciesPanel::retranslateUi()
{
    m_note->setText(tr("When an incident is declared, the policy for its grade and fault type "
                       "calls its levels in turn until someone acknowledges. Among the policies "
                       "that apply, the highest priority wins."));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Grades"), tr("Fault types"), tr("Priority"), tr("Repeat"), tr("Levels")});
    m_new->setText(tr("&New policy…"));
    m_remove->setText(tr("&Remove"));
    updateActions();
}

} // namespace ui
} // namespace dd
