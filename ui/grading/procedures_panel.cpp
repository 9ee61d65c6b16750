#include "grading/procedures_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "grading/new_procedure_dialog.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QAbstractItemDelegate>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

ProceduresPanel::ProceduresPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_note(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_faultTypeLabel(new QLabel(this))
    , m_faultTypeValue(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_stepsLabel(new QLabel(this))
    , m_steps(new QTableWidget(this))
    , m_addStep(new QPushButton(this))
    , m_removeStep(new QPushButton(this))
    , m_stepUp(new QPushButton(this))
    , m_stepDown(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_saveShortcut(new QShortcut(QKeySequence::Save, this))
{
    setObjectName(QStringLiteral("proceduresPanel"));
    m_note->setObjectName(QStringLiteral("proceduresNote"));
    m_note->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("procedureList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(240);
    m_list->setSpacing(3);
    m_new->setObjectName(QStringLiteral("newProcedure"));
    m_remove->setObjectName(QStringLiteral("deleteProcedure"));
    m_faultTypeValue->setObjectName(QStringLiteral("procedureFaultType"));
    m_faultTypeValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_faultTypeValue->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("procedureTitle"));
    m_titleLabel->setBuddy(m_title);
    m_stepsLabel->setBuddy(m_steps);
    m_steps->setObjectName(QStringLiteral("procedureSteps"));
    m_steps->setColumnCount(1);
    m_steps->horizontalHeader()->hide();
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignTop);
    m_steps->setWordWrap(true);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_steps->setAlternatingRowColors(true);
    m_addStep->setObjectName(QStringLiteral("addStep"));
    m_removeStep->setObjectName(QStringLiteral("removeStep"));
    m_stepUp->setObjectName(QStringLiteral("moveStepUp"));
    m_stepDown->setObjectName(QStringLiteral("moveStepDown"));
    m_hint->setObjectName(QStringLiteral("proceduresHint"));
    m_hint->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("proceduresMessage"));
    m_save->setObjectName(QStringLiteral("saveProcedure"));
    m_revert->setObjectName(QStringLiteral("revertProcedure"));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *stepButtons = new QVBoxLayout;
    stepButtons->addWidget(m_addStep);
    stepButtons->addWidget(m_removeStep);
    stepButtons->addSpacing(8);
    stepButtons->addWidget(m_stepUp);
    stepButtons->addWidget(m_stepDown);
    stepButtons->addStretch(1);
    auto *stepsRow = new QHBoxLayout;
    stepsRow->addWidget(m_steps, 1);
    stepsRow->addLayout(stepButtons);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_faultTypeLabel, m_faultTypeValue);
    form->addRow(m_titleLabel, m_title);
    auto *saveButtons = new QHBoxLayout;
    saveButtons->addWidget(m_save);
    saveButtons->addWidget(m_revert);
    saveButtons->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_stepsLabel);
    right->addLayout(stepsRow, 1);
    right->addWidget(m_hint);
    right->addWidget(m_message);
    right->addLayout(saveButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(12);
    columns->addLayout(right, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(columns, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProceduresPanel::currentRowChanged);
    connect(m_new, &QPushButton::clicked, this, &ProceduresPanel::askNewProcedure);
    connect(m_remove, &QPushButton::clicked, this, &ProceduresPanel::askRemove);
    connect(m_title, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_steps, &QTableWidget::itemChanged, this, [this] { setDirty(true); });
    connect(m_steps, &QTableWidget::currentCellChanged, this, &ProceduresPanel::updateActions);
    connect(m_addStep, &QPushButton::clicked, this, &ProceduresPanel::addStep);
    connect(m_removeStep, &QPushButton::clicked, this, &ProceduresPanel::removeStep);
    connect(m_stepUp, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_stepDown, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_save, &QPushButton::clicked, this, &ProceduresPanel::save);
    connect(m_saveShortcut, &QShortcut::activated, this, &ProceduresPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &ProceduresPanel::revert);
    connect(&m_context.session, &Session::actorChanged, this, &ProceduresPanel::updateActions);

    reload();
    retranslateUi();
}

void ProceduresPanel::reload()
{
    auto all = m_context.backend.procedures().list();
    if (!all) {
        m_message->showError(all.error());
        return;
    }
    m_procedures = *all;
    const QString keep = m_faultType;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Procedure &p : std::as_const(m_procedures)) {
            auto *item =
                new QListWidgetItem(QStringLiteral("%1  (%2)").arg(p.title, p.faultType), m_list);
            item->setData(Qt::UserRole, p.faultType);
            item->setToolTip(QStringLiteral("%1\n%2").arg(p.title, p.faultType));
        }
    }
    int row = 0;
    for (int i = 0; i < m_procedures.size(); ++i)
        if (m_procedures[i].faultType == keep)
            row = i;
    if (m_procedures.isEmpty())
        row = -1;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
    }
    showProcedure(row);
}

bool ProceduresPanel::selectFaultType(const QString &faultType)
{
    for (int i = 0; i < m_procedures.size(); ++i) {
        if (m_procedures[i].faultType == faultType) {
            m_list->setCurrentRow(i);
            return m_faultType == faultType;
        }
    }
    return false;
}

QStringList ProceduresPanel::steps() const
{
    QStringList all;
    for (int row = 0; row < m_steps->rowCount(); ++row)
        if (const QTableWidgetItem *item = m_steps->item(row, 0))
            all << item->text();
    return all;
}

void ProceduresPanel::currentRowChanged(int row)
{
    if (row == m_row)
        return;
    if (m_dirty) {
        const QString target =
            row >= 0 && row < m_procedures.size() ? m_procedures[row].faultType : QString();
        {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(m_row);
        }
        if (!confirmLeave())
            return;
        // Saving read the list again; find the procedure that was asked for.
        for (int i = 0; i < m_procedures.size(); ++i) {
            if (m_procedures[i].faultType == target) {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentRow(i);
                showProcedure(i);
            }
        }
        return;
    }
    showProcedure(row);
}

void ProceduresPanel::showProcedure(int row)
{
    m_row = row;
    const bool valid = row >= 0 && row < m_procedures.size();
    const Procedure shown = valid ? m_procedures[row] : Procedure{};
    m_faultType = shown.faultType;
    m_faultTypeValue->setText(shown.faultType);
    m_title->setText(shown.title);
    {
        const QSignalBlocker blocker(m_steps);
        m_steps->setRowCount(0);
        for (const QString &step : shown.steps) {
            const int at = m_steps->rowCount();
            m_steps->insertRow(at);
            m_steps->setItem(at, 0, new QTableWidgetItem(step));
        }
    }
    setDirty(false);
}

bool ProceduresPanel::confirmLeave()
{
    const auto answer = QMessageBox::question(
        this, tr("Unsaved procedure"),
        tr("The procedure \"%1\" has changes that are not saved. Save them?").arg(m_faultType),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        setDirty(false);
        return true;
    }
    return false;
}

bool ProceduresPanel::save()
{
    m_message->clearMessage();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was saved."));
        return false;
    }
    if (m_faultType.isEmpty())
        return false;
    // Ctrl+S while a step is being typed: the typed text is part of what is saved.
    if (QWidget *editor = m_steps->indexWidget(m_steps->currentIndex())) {
        emit m_steps->itemDelegate()->commitData(editor);
        emit m_steps->itemDelegate()->closeEditor(editor);
    }
    const Procedure edited{m_faultType, m_title->text(), steps()};
    if (Status saved = m_context.backend.procedures().save(m_context.session.actor(), edited);
        !saved) {
        m_message->showError(saved.error());
        return false;
    }
    setDirty(false);
    reload();
    m_message->showSuccess(tr("Procedure saved."));
    return true;
}

void ProceduresPanel::revert()
{
    m_message->clearMessage();
    showProcedure(m_row);
}

bool ProceduresPanel::addProcedure(const QString &faultType, const QString &title)
{
    m_message->clearMessage();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was saved."));
        return false;
    }
    //: The first step of a new procedure. The Chinese text must contain 人身安全 (the
    //: repository looks for it), e.g. 确认现场人员人身安全.
    const QString safety = tr("Confirm the personnel safety of everyone on site");
    if (Status saved = m_context.backend.procedures().save(m_context.session.actor(),
                                                           {faultType, title, {safety}});
        !saved) {
        m_message->showError(saved.error());
        return false;
    }
    setDirty(false);
    m_faultType = faultType;
    reload();
    m_message->showSuccess(tr("Procedure added; add its steps and save."));
    return true;
}

bool ProceduresPanel::removeProcedure(const QString &faultType)
{
    m_message->clearMessage();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was deleted."));
        return false;
    }
    if (Status removed =
            m_context.backend.procedures().remove(m_context.session.actor(), faultType);
        !removed) {
        m_message->showError(removed.error());
        return false;
    }
    setDirty(false);
    m_faultType.clear();
    reload();
    m_message->showSuccess(tr("Procedure \"%1\" deleted.").arg(faultType));
    return true;
}

void ProceduresPanel::askNewProcedure()
{
    if (m_dirty && !confirmLeave())
        return;
    QStringList taken;
    for (const Procedure &p : std::as_const(m_procedures))
        taken << p.faultType;
    NewProcedureDialog dialog(taken, this);
    if (dialog.exec() == QDialog::Accepted)
        addProcedure(dialog.faultType(), dialog.title());
}

void ProceduresPanel::askRemove()
{
    if (m_faultType.isEmpty())
        return;
    // The general procedure is refused by the repository; its reason is shown without asking.
    if (m_faultType != QLatin1String("other")) {
        const auto answer = QMessageBox::question(
            this, tr("Delete procedure"),
            tr("Delete the procedure \"%1\" (%2)? Incidents of this fault type then open the "
               "general procedure.")
                .arg(m_title->text(), m_faultType),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    removeProcedure(m_faultType);
}

void ProceduresPanel::addStep()
{
    const int at = m_steps->currentRow() >= 0 ? m_steps->currentRow() + 1 : m_steps->rowCount();
    {
        const QSignalBlocker blocker(m_steps);
        m_steps->insertRow(at);
        m_steps->setItem(at, 0, new QTableWidgetItem);
    }
    setDirty(true);
    m_steps->setCurrentCell(at, 0);
    m_steps->setFocus();
    m_steps->editItem(m_steps->item(at, 0));
}

void ProceduresPanel::removeStep()
{
    const int row = m_steps->currentRow();
    if (row < 0)
        return;
    m_steps->removeRow(row);
    m_steps->setCurrentCell(qMin(row, m_steps->rowCount() - 1), 0);
    setDirty(true);
}

void ProceduresPanel::moveStep(int delta)
{
    const int row = m_steps->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_steps->rowCount())
        return;
    {
        const QSignalBlocker blocker(m_steps);
        QTableWidgetItem *moving = m_steps->takeItem(row, 0);
        QTableWidgetItem *other = m_steps->takeItem(to, 0);
        m_steps->setItem(row, 0, other);
        m_steps->setItem(to, 0, moving);
    }
    m_steps->setCurrentCell(to, 0);
    setDirty(true);
}

void ProceduresPanel::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateActions();
}

void ProceduresPanel::updateActions()
{
    const Actor &actor = m_context.session.actor();
    const bool canEdit = !m_context.readOnly && actor.can(Permission::ManageSettings);
    const bool shown = !m_faultType.isEmpty();
    const int step = m_steps->currentRow();
    m_new->setEnabled(canEdit);
    m_remove->setEnabled(canEdit && shown);
    m_title->setReadOnly(!canEdit);
    m_title->setEnabled(shown);
    m_steps->setEditTriggers(canEdit ? QAbstractItemView::DoubleClicked
                                           | QAbstractItemView::EditKeyPressed
                                           | QAbstractItemView::AnyKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    m_steps->setEnabled(shown);
    m_addStep->setEnabled(canEdit && shown);
    m_removeStep->setEnabled(canEdit && shown && step >= 0);
    m_stepUp->setEnabled(canEdit && shown && step > 0);
    m_stepDown->setEnabled(canEdit && shown && step >= 0 && step < m_steps->rowCount() - 1);
    m_save->setEnabled(canEdit && shown && m_dirty);
    m_revert->setEnabled(canEdit && shown && m_dirty);
    m_saveShortcut->setEnabled(canEdit);

    QString note;
    if (m_context.readOnly)
        note = tr("The database is open read-only: procedures are shown, not changed.");
    else if (actor.kind() == Actor::Kind::Nobody)
        note = tr("Sign in as an administrator to change the procedures.");
    else if (!canEdit)
        note = tr("%1 may read the procedures; an administrator changes them.")
                   .arg(actor.displayName());
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ProceduresPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProceduresPanel::retranslateUi()
{
    m_new->setText(tr("&New…"));
    m_new->setToolTip(tr("Add a procedure for another fault type"));
    m_remove->setText(tr("&Delete"));
    m_faultTypeLabel->setText(tr("Fault type:"));
    m_titleLabel->setText(tr("&Title:"));
    m_stepsLabel->setText(tr("&Steps, in order:"));
    m_addStep->setText(tr("&Add step"));
    m_removeStep->setText(tr("&Remove step"));
    m_stepUp->setText(tr("Move &up"));
    m_stepDown->setText(tr("Move do&wn"));
    m_hint->setText(tr("Double-click a step to change it. Every procedure keeps the "
                       "personnel-safety step (人身安全)."));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save this procedure (Ctrl+S)"));
    m_revert->setText(tr("Re&vert"));
    m_revert->setToolTip(tr("Discard the changes and show what is saved"));
    updateActions();
}

} // namespace ui
} // namespace dd
