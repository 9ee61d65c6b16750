#include "roster/policy_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "contacts/contact_repository.h"
#include "escalation/escalation_service.h"
#include "incidents/procedure_repository.h"
#include "roster/roster_repository.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

enum Column { TargetCol, WhomCol, TimeoutCol, ChannelCol };

const QStringList GradeIds{QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"),
                           QStringLiteral("IV"), QStringLiteral("none")};

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

PolicyDialog::PolicyDialog(UiContext &context, const EscalationPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(policy.id)
    , m_version(policy.version)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_gradeRow(new QWidget(this))
    , m_faultTypes(new QListWidget(this))
    , m_priority(new QSpinBox(this))
    , m_repeat(new QSpinBox(this))
    , m_levelsLabel(new QLabel(this))
    , m_levels(new QTableWidget(0, 4, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_message(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("policyDialog"));
    m_name->setObjectName(QStringLiteral("policyName"));
    m_faultTypes->setObjectName(QStringLiteral("policyFaultTypes"));
    m_levels->setObjectName(QStringLiteral("policyLevels"));
    m_message->setObjectName(QStringLiteral("policyMessage"));
    m_priority->setRange(-1000, 1000);
    m_repeat->setRange(0, 20);
    m_faultTypes->setMaximumHeight(110);
    m_levels->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_levels->horizontalHeader()->setSectionResizeMode(WhomCol, QHeaderView::Stretch);
    m_levels->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_levels->setSelectionMode(QAbstractItemView::SingleSelection);
    m_levels->setMinimumHeight(150);
    m_levelsLabel->setBuddy(m_levels);

    auto *grades = new QHBoxLayout(m_gradeRow);
    grades->setContentsMargins(0, 0, 0, 0);
    for (const QString &g : GradeIds) {
        auto *box = new QCheckBox(m_gradeRow);
        box->setObjectName(QStringLiteral("grade_") + g);
        box->setChecked(policy.grades.contains(g));
        m_grades.insert(g, box);
        grades->addWidget(box);
    }
    grades->addStretch(1);

    if (auto roles = context.backend.roster().roles())
        for (const DutyRole &r : std::as_const(*roles))
            m_roles.append({r.key, r.displayName()});
    if (auto people = context.backend.contacts().contacts({})) {
        for (const Contact &c : std::as_const(*people))
            m_people.append({c.id, c.name});
        std::sort(m_people.begin(), m_people.end(),
                  [](const auto &a, const auto &b) { return a.second < b.second; });
    }
    QStringList faultTypes;
    QHash<QString, QString> titles;
    if (auto procedures = context.backend.procedures().list())
        for (const Procedure &p : std::as_const(*procedures)) {
            faultTypes << p.faultType;
            titles.insert(p.faultType, p.title);
        }
    for (const QString &f : policy.faultTypes)
        if (!faultTypes.contains(f))
            faultTypes << f;
    for (const QString &f : std::as_const(faultTypes)) {
        auto *item = new QListWidgetItem(
            titles.contains(f) ? QStringLiteral("%1  (%2)").arg(titles.value(f), f) : f,
            m_faultTypes);
        item->setData(Qt::UserRole, f);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(policy.faultTypes.contains(f) ? Qt::Checked : Qt::Unchecked);
    }

    m_name->setText(policy.name);
    m_priority->setValue(policy.priority);
    m_repeat->setValue(policy.repeatCount);
    for (const EscalationLevel &l : policy.levels)
        addLevel(l);

    m_form->addRow(QString(), m_name);
    m_form->addRow(QString(), m_gradeRow);
    m_form->addRow(QString(), m_faultTypes);
    m_form->addRow(QString(), m_priority);
    m_form->addRow(QString(), m_repeat);

    auto *levelButtons = new QVBoxLayout;
    levelButtons->addWidget(m_add);
    levelButtons->addWidget(m_remove);
    levelButtons->addSpacing(8);
    levelButtons->addWidget(m_up);
    levelButtons->addWidget(m_down);
    levelButtons->addStretch(1);
    auto *levelsRow = new QHBoxLayout;
    levelsRow->addWidget(m_levels, 1);
    levelsRow->addLayout(levelButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_levelsLabel);
    layout->addLayout(levelsRow, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addLevel(); });
    connect(m_remove, &QPushButton::clicked, this, &PolicyDialog::removeLevel);
    connect(m_up, &QPushButton::clicked, this, [this] { moveLevel(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveLevel(1); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const bool editable =
        !context.readOnly && context.session.actor().can(Permission::ManageSettings);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(editable);
    retranslateUi();
    resize(680, 640);
}

void PolicyDialog::addLevel(const EscalationLevel &level)
{
    const int row = m_levels->rowCount();
    m_levels->insertRow(row);
    auto *target = new QComboBox(m_levels);
    target->addItem(QString(), escalationTargetId(EscalationTarget::Role));
    target->addItem(QString(), escalationTargetId(EscalationTarget::Person));
    target->addItem(QString(), escalationTargetId(EscalationTarget::Succession));
    auto *whom = new QComboBox(m_levels);
    auto *timeout = new QSpinBox(m_levels);
    timeout->setRange(1, 1440);
    auto *channel = new QComboBox(m_levels);
    channel->addItem(QString(), escalationChannelId(EscalationChannel::Phone));
    channel->addItem(QString(), escalationChannelId(EscalationChannel::Message));
    m_levels->setCellWidget(row, TargetCol, target);
    m_levels->setCellWidget(row, WhomCol, whom);
    m_levels->setCellWidget(row, TimeoutCol, timeout);
    m_levels->setCellWidget(row, ChannelCol, channel);
    connect(target, &QComboBox::currentIndexChanged, this, [this, target] {
        for (int r = 0; r < m_levels->rowCount(); ++r)
            if (m_levels->cellWidget(r, TargetCol) == target)
                fillWhom(r);
    });
    setLevel(row, level);
    retranslateUi();
    m_levels->setCurrentCell(row, TargetCol);
}

void PolicyDialog::fillWhom(int row)
{
    auto *target = qobject_cast<QComboBox *>(m_levels->cellWidget(row, TargetCol));
    auto *whom = qobject_cast<QComboBox *>(m_levels->cellWidget(row, WhomCol));
    if (!target || !whom)
        return;
    const auto kind = escalationTargetFromId(target->currentData().toString());
    const QSignalBlocker blocker(whom);
    whom->clear();
    whom->setEnabled(kind != EscalationTarget::Succession);
    if (kind == EscalationTarget::Role) {
        for (const auto &r : std::as_const(m_roles))
            whom->addItem(r.second, r.first);
    } else if (kind == EscalationTarget::Person) {
        whom->addItem(tr("— choose a person —"), qint64(0));
        for (const auto &p : std::as_const(m_people))
            whom->addItem(p.second, p.first);
    } else {
        whom->addItem(tr("the current decision maker"));
    }
}

void PolicyDialog::setLevel(int row, const EscalationLevel &level)
{
    auto *target = qobject_cast<QComboBox *>(m_levels->cellWidget(row, TargetCol));
    auto *whom = qobject_cast<QComboBox *>(m_levels->cellWidget(row, WhomCol));
    auto *timeout = qobject_cast<QSpinBox *>(m_levels->cellWidget(row, TimeoutCol));
    auto *channel = qobject_cast<QComboBox *>(m_levels->cellWidget(row, ChannelCol));
    if (!target || !whom || !timeout || !channel)
        return;
    {
        const QSignalBlocker blocker(target);
        target->setCurrentIndex(target->findData(escalationTargetId(level.target)));
    }
    fillWhom(row);
    if (level.target == EscalationTarget::Role) {
        const int i = whom->findData(level.roleKey);
        if (i >= 0) {
            whom->setCurrentIndex(i);
        } else if (!level.roleKey.isEmpty()) {
            whom->addItem(level.roleKey, level.roleKey);
            whom->setCurrentIndex(whom->count() - 1);
        }
    } else if (level.target == EscalationTarget::Person) {
        whom->setCurrentIndex(std::max(0, whom->findData(level.contactId)));
    }
    timeout->setValue(level.timeoutMinutes);
    channel->setCurrentIndex(channel->findData(escalationChannelId(level.channel)));
}

void PolicyDialog::removeLevel()
{
    const int row = m_levels->currentRow() >= 0 ? m_levels->currentRow() : m_levels->rowCount() - 1;
    if (row >= 0)
        m_levels->removeRow(row);
}

void PolicyDialog::moveLevel(int delta)
{
    const int row = m_levels->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_levels->rowCount())
        return;
    QList<EscalationLevel> levels = policy().levels;
    levels.swapItemsAt(row, to);
    setLevel(row, levels[row]);
    setLevel(to, levels[to]);
    m_levels->setCurrentCell(to, TargetCol);
}

EscalationPolicy PolicyDialog::policy() const
{
    EscalationPolicy p;
    p.id = m_id;
    p.version = m_version;
    p.name = m_name->text().trimmed();
    for (const QString &g : GradeIds)
        if (m_grades.value(g)->isChecked())
            p.grades << g;
    for (int i = 0; i < m_faultTypes->count(); ++i)
        if (m_faultTypes->item(i)->checkState() == Qt::Checked)
            p.faultTypes << m_faultTypes->item(i)->data(Qt::UserRole).toString();
    p.priority = m_priority->value();
    p.repeatCount = m_repeat->value();
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        const auto *target = qobject_cast<QComboBox *>(m_levels->cellWidget(row, TargetCol));
        const auto *whom = qobject_cast<QComboBox *>(m_levels->cellWidget(row, WhomCol));
        const auto *timeout = qobject_cast<QSpinBox *>(m_levels->cellWidget(row, TimeoutCol));
        const auto *channel = qobject_cast<QComboBox *>(m_levels->cellWidget(row, ChannelCol));
        if (!target || !whom || !timeout || !channel)
            continue;
        EscalationLevel l;
        l.target = escalationTargetFromId(target->currentData().toString())
                       .value_or(EscalationTarget::Role);
        if (l.target == EscalationTarget::Role)
            l.roleKey = whom->currentData().toString();
        else if (l.target == EscalationTarget::Person)
            l.contactId = whom->currentData().toLongLong();
        l.timeoutMinutes = timeout->value();
        l.channel = escalationChannelFromId(channel->currentData().toString())
                        .value_or(EscalationChannel::Phone);
        p.levels << l;
    }
    return p;
}

void PolicyDialog::accept()
{
    m_message->clearMessage();
    const EscalationPolicy p = policy();
    if (const Status valid = p.validate(); !valid) {
        m_message->showError(valid.error());
        return;
    }
    auto saved = m_context.backend.escalation().policies().save(m_context.session.actor(), p);
    if (!saved) {
        m_message->showError(saved.error());
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

void PolicyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PolicyDialog::retranslateUi()
{
    setWindowTitle(m_id == 0 ? tr("New escalation policy") : tr("Edit escalation policy"));
    setLabel(m_form, m_name, tr("&Name:"));
    setLabel(m_form, m_gradeRow, tr("Grades:"));
    setLabel(m_form, m_faultTypes, tr("&Fault types:"));
    setLabel(m_form, m_priority, tr("&Priority:"));
    setLabel(m_form, m_repeat, tr("&Repeat rounds:"));
    for (const QString &g : GradeIds)
        m_grades.value(g)->setText(g == QStringLiteral("none") ? tr("No grade") : g);
    m_gradeRow->setToolTip(tr("None checked: the policy applies to every grade."));
    m_faultTypes->setToolTip(tr("None checked: the policy applies to every fault type."));
    m_priority->setToolTip(tr("Among the policies that apply, the highest priority wins."));
    m_repeat->setToolTip(tr("How often the whole list is called again without an "
                            "acknowledgement."));
    m_levelsLabel->setText(tr("&Levels, called in turn until someone acknowledges:"));
    m_levels->setHorizontalHeaderLabels(
        {tr("Calls"), tr("Whom"), tr("Timeout (min)"), tr("Channel")});
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        if (auto *target = qobject_cast<QComboBox *>(m_levels->cellWidget(row, TargetCol))) {
            target->setItemText(0, tr("Duty role"));
            target->setItemText(1, tr("Person"));
            target->setItemText(2, tr("Succession order"));
        }
        if (auto *channel = qobject_cast<QComboBox *>(m_levels->cellWidget(row, ChannelCol))) {
            channel->setItemText(0, escalationChannelName(EscalationChannel::Phone));
            channel->setItemText(1, escalationChannelName(EscalationChannel::Message));
        }
    }
    m_add->setText(tr("Add level"));
    m_remove->setText(tr("Remove level"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
}

} // namespace ui
} // namespace dd
