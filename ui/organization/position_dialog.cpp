#include "organization/position_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace dd {
namespace ui {

QString departmentFromCombo(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    const int row = combo->findText(text, Qt::MatchFixedString);
    return row >= 0 ? combo->itemData(row).toString() : text;
}

void fillDepartmentCombo(QComboBox *combo, const QString &department)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const QString &id : requiredDepartments())
        combo->addItem(departmentName(id), id);
    const int row = combo->findData(department);
    if (row >= 0)
        combo->setCurrentIndex(row);
    else
        combo->setEditText(department);
}

PositionDialog::PositionDialog(UiContext &context, const OrgPosition &position, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_position(position)
    , m_bodyLabel(new QLabel(this))
    , m_body(new QComboBox(this))
    , m_titleLabel(new QLabel(this))
    , m_title(new QLineEdit(position.title, this))
    , m_departmentLabel(new QLabel(this))
    , m_department(new QComboBox(this))
    , m_chair(new QCheckBox(this))
    , m_tasksLabel(new QLabel(this))
    , m_tasks(new QListWidget(this))
    , m_addTask(new QPushButton(this))
    , m_removeTask(new QPushButton(this))
    , m_taskUp(new QPushButton(this))
    , m_taskDown(new QPushButton(this))
    , m_tasksHint(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("positionDialog"));
    setMinimumSize(560, 480);
    m_body->setObjectName(QStringLiteral("positionBody"));
    m_title->setObjectName(QStringLiteral("positionTitle"));
    m_department->setObjectName(QStringLiteral("positionDepartment"));
    m_department->setEditable(true);
    m_department->setInsertPolicy(QComboBox::NoInsert);
    m_chair->setObjectName(QStringLiteral("positionChair"));
    m_tasks->setObjectName(QStringLiteral("positionTasks"));
    m_tasks->setAlternatingRowColors(true);
    m_tasks->setWordWrap(true);
    m_tasks->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_addTask->setObjectName(QStringLiteral("addTask"));
    m_removeTask->setObjectName(QStringLiteral("removeTask"));
    m_taskUp->setObjectName(QStringLiteral("moveTaskUp"));
    m_taskDown->setObjectName(QStringLiteral("moveTaskDown"));
    m_tasksHint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_bodyLabel->setBuddy(m_body);
    m_titleLabel->setBuddy(m_title);
    m_departmentLabel->setBuddy(m_department);
    m_tasksLabel->setBuddy(m_tasks);

    for (const OrgBody body : {OrgBody::Decision, OrgBody::Executive})
        m_body->addItem(QString(), orgBodyId(body));
    m_body->setCurrentIndex(m_body->findData(orgBodyId(position.body)));
    fillDepartmentCombo(m_department, position.department);
    m_chair->setChecked(position.chair);
    for (const QString &task : position.keyTasks)
        addTask(task);
    m_tasks->setCurrentRow(m_tasks->count() > 0 ? 0 : -1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_bodyLabel, m_body);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_departmentLabel, m_department);
    form->addRow(QString(), m_chair);
    auto *taskButtons = new QVBoxLayout;
    taskButtons->addWidget(m_addTask);
    taskButtons->addWidget(m_removeTask);
    taskButtons->addSpacing(8);
    taskButtons->addWidget(m_taskUp);
    taskButtons->addWidget(m_taskDown);
    taskButtons->addStretch(1);
    auto *tasksRow = new QHBoxLayout;
    tasksRow->addWidget(m_tasks, 1);
    tasksRow->addLayout(taskButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tasksLabel);
    layout->addLayout(tasksRow, 1);
    layout->addWidget(m_tasksHint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_addTask, &QPushButton::clicked, this, [this] { addTask(); });
    connect(m_removeTask, &QPushButton::clicked, this, &PositionDialog::removeTask);
    connect(m_taskUp, &QPushButton::clicked, this, [this] { moveTask(-1); });
    connect(m_taskDown, &QPushButton::clicked, this, [this] { moveTask(1); });
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_tasks), &QShortcut::activated, this,
            [this] { moveTask(-1); });
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_tasks), &QShortcut::activated,
            this, [this] { moveTask(1); });
    connect(m_tasks, &QListWidget::currentRowChanged, this, &PositionDialog::updateActions);
    connect(m_body, &QComboBox::currentIndexChanged, this, &PositionDialog::updateActions);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PositionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

OrgPosition PositionDialog::position() const
{
    OrgPosition p = m_position;
    p.body = orgBodyFromId(m_body->currentData().toString()).value_or(OrgBody::Executive);
    p.title = m_title->text().trimmed();
    p.department = departmentFromCombo(m_department);
    p.chair = p.body == OrgBody::Decision && m_chair->isChecked();
    p.keyTasks = tasks();
    return p;
}

QStringList PositionDialog::tasks() const
{
    QStringList all;
    for (int row = 0; row < m_tasks->count(); ++row)
        if (const QString text = m_tasks->item(row)->text().trimmed(); !text.isEmpty())
            all << text;
    return all;
}

void PositionDialog::addTask(const QString &text)
{
    const int at = m_tasks->currentRow() >= 0 ? m_tasks->currentRow() + 1 : m_tasks->count();
    auto *item = new QListWidgetItem(text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_tasks->insertItem(at, item);
    m_tasks->setCurrentRow(at);
    if (text.isEmpty()) {
        m_tasks->setFocus();
        m_tasks->editItem(item);
    }
    updateActions();
}

void PositionDialog::removeTask()
{
    const int row = m_tasks->currentRow();
    if (row < 0)
        return;
    delete m_tasks->takeItem(row);
    m_tasks->setCurrentRow(qMin(row, m_tasks->count() - 1));
    updateActions();
}

void PositionDialog::moveTask(int delta)
{
    const int row = m_tasks->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_tasks->count())
        return;
    QListWidgetItem *item = m_tasks->takeItem(row);
    m_tasks->insertItem(to, item);
    m_tasks->setCurrentRow(to);
    updateActions();
}

bool PositionDialog::submit()
{
    m_error->clearMessage();
    if (m_context.readOnly) {
        m_error->showError(tr("The database is open read-only; nothing was saved."));
        return false;
    }
    const OrgPosition edited = position();
    if (edited.title.isEmpty()) {
        m_error->showError(tr("Title: enter the position's title, e.g. 总指挥 or 技术保障组组长."));
        m_title->setFocus();
        return false;
    }
    auto saved = m_context.backend.contacts().savePosition(m_context.session.actor(), edited);
    if (!saved) {
        m_error->showError(saved.error());
        return false;
    }
    m_savedId = *saved;
    accept();
    return true;
}

void PositionDialog::updateActions()
{
    const int row = m_tasks->currentRow();
    m_removeTask->setEnabled(row >= 0);
    m_taskUp->setEnabled(row > 0);
    m_taskDown->setEnabled(row >= 0 && row < m_tasks->count() - 1);
    m_chair->setEnabled(m_body->currentData().toString() == orgBodyId(OrgBody::Decision));
}

void PositionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PositionDialog::retranslateUi()
{
    setWindowTitle(m_position.id ? tr("Edit position") : tr("Add a position"));
    m_bodyLabel->setText(tr("&Body:"));
    for (int row = 0; row < m_body->count(); ++row)
        m_body->setItemText(
            row, orgBodyName(
                     orgBodyFromId(m_body->itemData(row).toString()).value_or(OrgBody::Executive)));
    m_titleLabel->setText(tr("&Title:"));
    m_departmentLabel->setText(tr("&Department:"));
    for (int row = 0; row < m_department->count(); ++row)
        m_department->setItemText(row, departmentName(m_department->itemData(row).toString()));
    m_chair->setText(tr("&Chairs the decision body (the principal leader)"));
    m_tasksLabel->setText(tr("&Key tasks in an incident, in order:"));
    m_addTask->setText(tr("&Add task"));
    m_removeTask->setText(tr("&Remove task"));
    m_taskUp->setText(tr("Move &up"));
    m_taskUp->setToolTip(tr("Alt+Up"));
    m_taskDown->setText(tr("Move do&wn"));
    m_taskDown->setToolTip(tr("Alt+Down"));
    m_tasksHint->setText(
        tr("Double-click a task to change it. The key tasks are printed on the action card of "
           "every member of this position."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    updateActions();
}

} // namespace ui
} // namespace dd
