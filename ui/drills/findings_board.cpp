#include "drills/findings_board.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "drills/drill_dialogs.h"
#include "drills/drill_ui.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum Column { DueCol, StatusCol, ActionCol, OwnerCol, FindingCol, DrillCol, EvidenceCol, Columns };
enum Filter { AllRows = -1, OpenRows = -2, OverdueRows = -3, NoActionRows = -4 };
constexpr int RowRole = Qt::UserRole + 3;

} // namespace

FindingsBoard::FindingsBoard(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_drill(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_table(DrillUi::table(QStringLiteral("findingsTable"), this))
    , m_newFinding(new QPushButton(this))
    , m_newAction(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("findingsBoard"));
    m_filter->setObjectName(QStringLiteral("findingsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("findingsStatus"));
    m_owner->setObjectName(QStringLiteral("findingsOwner"));
    m_drill->setObjectName(QStringLiteral("findingsDrill"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_newFinding->setObjectName(QStringLiteral("newFinding"));
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_edit->setObjectName(QStringLiteral("editFinding"));
    m_remove->setObjectName(QStringLiteral("removeFinding"));
    m_message->setObjectName(QStringLiteral("findingsMessage"));
    m_table->setColumnCount(Columns);
    for (int f : {AllRows, OpenRows, OverdueRows})
        m_status->addItem(QString(), f);
    for (ActionStatus s : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
                           ActionStatus::Cancelled})
        m_status->addItem(QString(), int(s));
    m_status->addItem(QString(), NoActionRows);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_owner, 1);
    filters->addWidget(m_drill, 2);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_newFinding, m_newAction, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &FindingsBoard::applyFilter);
    for (QComboBox *c : {m_status, m_owner, m_drill})
        connect(c, &QComboBox::currentIndexChanged, this, &FindingsBoard::applyFilter);
    connect(m_newFinding, &QPushButton::clicked, this, &FindingsBoard::newFinding);
    connect(m_newAction, &QPushButton::clicked, this, &FindingsBoard::newAction);
    connect(m_edit, &QPushButton::clicked, this, &FindingsBoard::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &FindingsBoard::removeCurrent);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &FindingsBoard::editCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FindingsBoard::updateActions);
    connect(&m_context.session, &Session::actorChanged, this, &FindingsBoard::updateActions);
    retranslateUi();
    reload();
}

void FindingsBoard::reload()
{
    DrillRepository &repo = m_context.backend.drills();
    auto drills = repo.list();
    if (!drills) {
        m_message->showError(drills.error());
        return;
    }
    m_drills = *drills;
    m_names = DrillUi::contactNames(m_context.backend);
    m_rows.clear();
    for (const DrillSummary &d : std::as_const(m_drills)) {
        auto findings = repo.findings(d.id);
        if (!findings) {
            m_message->showError(findings.error());
            return;
        }
        for (const DrillFinding &f : *findings) {
            if (f.actions.isEmpty())
                m_rows << Row{f, std::nullopt, d.title};
            for (const ImprovementAction &a : f.actions)
                m_rows << Row{f, a, d.title};
        }
    }
    // Owner and drill filters keep their choice across reloads.
    const qint64 owner = m_owner->currentData().toLongLong();
    const qint64 drill = m_drill->currentData().toLongLong();
    {
        const QSignalBlocker a(m_owner);
        const QSignalBlocker b(m_drill);
        m_owner->clear();
        m_owner->addItem(tr("All owners"), 0);
        QList<std::pair<QString, qint64>> owners;
        QSet<qint64> seen;
        for (const Row &r : std::as_const(m_rows))
            if (r.action && !seen.contains(r.action->ownerId)) {
                seen.insert(r.action->ownerId);
                owners.append({m_names.value(r.action->ownerId), r.action->ownerId});
            }
        std::sort(owners.begin(), owners.end());
        for (const auto &[name, id] : owners)
            m_owner->addItem(name, id);
        m_owner->setCurrentIndex(qMax(0, m_owner->findData(owner)));
        m_drill->clear();
        m_drill->addItem(tr("All drills"), 0);
        for (const DrillSummary &d : std::as_const(m_drills))
            m_drill->addItem(d.title, d.id);
        m_drill->setCurrentIndex(qMax(0, m_drill->findData(drill)));
    }
    fill();
}

void FindingsBoard::showDrill(qint64 drillId)
{
    m_drill->setCurrentIndex(qMax(0, m_drill->findData(drillId)));
}

void FindingsBoard::fill()
{
    const QDate today = DrillUi::today(m_context);
    const bool sorting = m_table->isSortingEnabled();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_rows.size()));
    int open = 0;
    int overdue = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        const qint64 id = r.action ? r.action->id : -r.finding.id;
        QString status = tr("no action yet");
        bool late = false;
        if (r.action) {
            late = r.action->overdue(today);
            open += r.action->isOpen() ? 1 : 0;
            overdue += late ? 1 : 0;
            status = actionStatusName(r.action->status);
            if (late)
                status = tr("%1 — overdue by %n day(s)", nullptr, int(r.action->due.daysTo(today)))
                             .arg(status);
        }
        QList<QTableWidgetItem *> cells = {
            DrillUi::cell(r.action ? DrillUi::dateText(r.action->due) : QString(), id,
                          r.action ? QVariant(r.action->due.toJulianDay()) : QVariant(qint64(0))),
            DrillUi::cell(status, id),
            DrillUi::cell(r.action ? r.action->text : QString(), id),
            DrillUi::cell(r.action ? m_names.value(r.action->ownerId) : QString(), id),
            DrillUi::cell(r.finding.text, id),
            DrillUi::cell(r.drillTitle, id),
            DrillUi::cell(r.action ? r.action->evidence : QString(), id)};
        for (int col = 0; col < cells.size(); ++col) {
            QTableWidgetItem *item = cells[col];
            item->setData(RowRole, i);
            if (late) {
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
                if (col <= StatusCol) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
            }
            m_table->setItem(i, col, item);
        }
    }
    m_table->setSortingEnabled(sorting);
    m_table->resizeColumnsToContents();
    QSet<qint64> findingIds;
    for (const Row &r : std::as_const(m_rows))
        findingIds.insert(r.finding.id);
    m_summary->setText(tr("%1 findings · %2 open actions · %3 overdue")
                           .arg(findingIds.size())
                           .arg(open)
                           .arg(overdue));
    m_summary->setStyleSheet(overdue > 0 ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                         : QString());
    applyFilter();
    updateActions();
}

void FindingsBoard::applyFilter()
{
    DrillUi::filterRows(m_table, m_filter->text());
    const QDate today = DrillUi::today(m_context);
    const int status = m_status->currentData().toInt();
    const qint64 owner = m_owner->currentData().toLongLong();
    const qint64 drill = m_drill->currentData().toLongLong();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->isRowHidden(row))
            continue;
        const Row &r = m_rows[m_table->item(row, 0)->data(RowRole).toInt()];
        bool show = true;
        if (status == OpenRows)
            show = r.action && r.action->isOpen();
        else if (status == OverdueRows)
            show = r.action && r.action->overdue(today);
        else if (status == NoActionRows)
            show = !r.action;
        else if (status >= 0)
            show = r.action && int(r.action->status) == status;
        if (owner != 0)
            show = show && r.action && r.action->ownerId == owner;
        if (drill != 0)
            show = show && r.finding.drillId == drill;
        m_table->setRowHidden(row, !show);
    }
}

const FindingsBoard::Row *FindingsBoard::currentRow() const
{
    const auto selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return nullptr;
    const int index = m_table->item(selected.first().row(), 0)->data(RowRole).toInt();
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

Result<qint64> FindingsBoard::addFinding(qint64 drillId, const QString &text)
{
    DrillFinding f;
    f.drillId = drillId;
    f.text = text;
    auto id = m_context.backend.drills().saveFinding(m_context.session.actor(), f);
    if (id) {
        reload();
        emit changed();
    }
    return id;
}

Result<qint64> FindingsBoard::saveAction(const ImprovementAction &action)
{
    auto id = m_context.backend.drills().saveAction(m_context.session.actor(), action);
    if (id) {
        reload();
        emit changed();
    }
    return id;
}

void FindingsBoard::newFinding()
{
    FindingDialog dialog(m_drills, m_drill->currentData().toLongLong(), QString(), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto id = addFinding(dialog.drillId(), dialog.text());
        if (id) {
            m_message->showSuccess(tr("Finding added. Add its improvement actions next."));
            return;
        }
        QMessageBox::warning(&dialog, dialog.windowTitle(), id.error());
    }
}

void FindingsBoard::newAction()
{
    const Row *r = currentRow();
    if (!r)
        return;
    ImprovementAction a;
    a.findingId = r->finding.id;
    a.due = DrillUi::today(m_context).addDays(30);
    QList<std::pair<qint64, QString>> people;
    ContactQuery active;
    if (auto contacts = m_context.backend.contacts().contacts(active))
        for (const Contact &c : *contacts)
            people.append({c.id, c.name});
    ActionDialog dialog(a, r->finding.text, people, true, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto id = saveAction(dialog.action());
        if (id) {
            m_message->showSuccess(tr("Improvement action saved."));
            return;
        }
        QMessageBox::warning(&dialog, dialog.windowTitle(), id.error());
    }
}

void FindingsBoard::editCurrent()
{
    const Row *r = currentRow();
    if (!r)
        return;
    const bool editable = DrillUi::canEdit(m_context);
    if (!r->action) {
        if (!editable)
            return;
        QList<DrillSummary> one;
        for (const DrillSummary &d : std::as_const(m_drills))
            if (d.id == r->finding.drillId)
                one << d;
        FindingDialog dialog(one, r->finding.drillId, r->finding.text, this);
        const DrillFinding keep = r->finding;
        while (dialog.exec() == QDialog::Accepted) {
            DrillFinding f = keep;
            f.text = dialog.text();
            auto id = m_context.backend.drills().saveFinding(m_context.session.actor(), f);
            if (id) {
                reload();
                emit changed();
                return;
            }
            QMessageBox::warning(&dialog, dialog.windowTitle(), id.error());
        }
        return;
    }
    QList<std::pair<qint64, QString>> people;
    ContactQuery all;
    all.activeOnly = false;
    if (auto contacts = m_context.backend.contacts().contacts(all))
        for (const Contact &c : *contacts)
            if (c.active || c.id == r->action->ownerId)
                people.append({c.id, c.name});
    ActionDialog dialog(*r->action, r->finding.text, people, editable, this);
    while (dialog.exec() == QDialog::Accepted && editable) {
        auto id = saveAction(dialog.action());
        if (id) {
            m_message->showSuccess(tr("Improvement action saved."));
            return;
        }
        QMessageBox::warning(&dialog, dialog.windowTitle(), id.error());
    }
}

void FindingsBoard::removeCurrent()
{
    const Row *r = currentRow();
    if (!r)
        return;
    const bool action = r->action.has_value();
    const QString what = action ? r->action->text : r->finding.text;
    if (QMessageBox::question(this, tr("Remove"),
                              action ? tr("Remove the improvement action “%1”?").arg(what)
                                     : tr("Remove the finding “%1”?").arg(what))
        != QMessageBox::Yes)
        return;
    const Actor &actor = m_context.session.actor();
    Status done = action ? m_context.backend.drills().removeAction(actor, r->action->id)
                         : m_context.backend.drills().removeFinding(actor, r->finding.id);
    if (!done) {
        m_message->showError(done.error());
        return;
    }
    m_message->showSuccess(tr("Removed."));
    reload();
    emit changed();
}

void FindingsBoard::updateActions()
{
    const bool editable = DrillUi::canEdit(m_context);
    const bool selected = currentRow() != nullptr;
    m_newFinding->setEnabled(editable && !m_drills.isEmpty());
    m_newAction->setEnabled(editable && selected);
    m_edit->setEnabled(selected);
    m_edit->setText(editable ? tr("&Edit…") : tr("&View…"));
    m_remove->setEnabled(editable && selected);
}

void FindingsBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void FindingsBoard::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter (action, finding, owner, drill…)"));
    m_status->setItemText(0, tr("All statuses"));
    m_status->setItemText(1, tr("Open (open or in progress)"));
    m_status->setItemText(2, tr("Overdue"));
    for (int i = 3; i < m_status->count() - 1; ++i)
        m_status->setItemText(i, actionStatusName(ActionStatus(m_status->itemData(i).toInt())));
    m_status->setItemText(m_status->count() - 1, tr("Findings without actions"));
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Status"), tr("Improvement action"),
                                        tr("Owner"), tr("Finding"), tr("Drill"), tr("Evidence")});
    m_newFinding->setText(tr("New finding…"));
    m_newAction->setText(tr("Add action…"));
    m_newAction->setToolTip(tr("Add an improvement action to the selected finding"));
    m_remove->setText(tr("Remove…"));
    updateActions();
}

} // namespace ui
} // namespace dd
