#include "roster/role_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "roster/roster_repository.h"
#include "settings/channel_preferences_editor.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

const QList<Coverage> Coverages{Coverage::Always, Coverage::TradingDays, Coverage::BusinessHours};

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

RoleDialog::RoleDialog(UiContext &context, const DutyRole &role, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_role(role)
    , m_form(new QFormLayout)
    , m_key(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_coverage(new QComboBox(this))
    , m_backup(new QCheckBox(this))
    , m_approval(new QCheckBox(this))
    , m_builtinNote(new QLabel(this))
    , m_preferences(new ChannelPreferencesEditor(context, PreferenceOwner::Role, this))
    , m_message(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("roleDialog"));
    m_key->setObjectName(QStringLiteral("roleKey"));
    m_name->setObjectName(QStringLiteral("roleName"));
    m_nameEn->setObjectName(QStringLiteral("roleNameEn"));
    m_coverage->setObjectName(QStringLiteral("roleCoverage"));
    m_backup->setObjectName(QStringLiteral("roleBackup"));
    m_approval->setObjectName(QStringLiteral("roleApproval"));
    m_message->setObjectName(QStringLiteral("roleMessage"));
    m_builtinNote->setWordWrap(true);
    m_builtinNote->setVisible(role.builtin);
    m_key->setMaxLength(40);
    for (Coverage c : Coverages)
        m_coverage->addItem(coverageName(c), coverageId(c));

    m_key->setText(role.key);
    m_key->setReadOnly(role.builtin);
    m_name->setText(role.name);
    m_nameEn->setText(role.nameEn);
    m_coverage->setCurrentIndex(m_coverage->findData(coverageId(role.coverage)));
    m_backup->setChecked(role.backupRequired);
    m_approval->setChecked(role.swapNeedsApproval);

    for (QWidget *field : {static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_name),
                           static_cast<QWidget *>(m_nameEn), static_cast<QWidget *>(m_coverage)}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_form->addRow(m_backup);
    m_form->addRow(m_approval);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_builtinNote);
    layout->addWidget(m_preferences);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const bool editable =
        !context.readOnly && context.session.actor().can(Permission::EditDutyData);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(editable);
    m_preferences->load(0, role.key);
    m_preferences->setReadOnly(!editable);
    retranslateUi();
    resize(440, sizeHint().height());
}

DutyRole RoleDialog::role() const
{
    DutyRole r = m_role;
    r.key = m_key->text().trimmed();
    r.name = m_name->text().trimmed();
    r.nameEn = m_nameEn->text().trimmed();
    r.coverage = coverageFromId(m_coverage->currentData().toString()).value_or(Coverage::Always);
    r.backupRequired = m_backup->isChecked();
    r.swapNeedsApproval = m_approval->isChecked();
    return r;
}

void RoleDialog::accept()
{
    m_message->clearMessage();
    DutyRole r = role();
    if (r.id == 0 && r.sortOrder == 0) {
        // New roles go to the end of the list.
        if (auto roles = m_context.backend.roster().roles())
            for (const DutyRole &existing : std::as_const(*roles))
                r.sortOrder = std::max(r.sortOrder, existing.sortOrder + 1);
    }
    // The role and its channel rows in one transaction: a refused row changes nothing.
    const Actor actor = m_context.session.actor();
    auto saved = m_context.backend.database().write([&]() -> Result<qint64> {
        auto id = m_context.backend.roster().saveRole(actor, r);
        if (!id)
            return id;
        if (Status preferences = m_preferences->save(actor, 0, r.key); !preferences)
            return preferences.takeError();
        return id;
    });
    if (!saved) {
        m_message->showError(saved.error());
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

void RoleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RoleDialog::retranslateUi()
{
    setWindowTitle(m_role.id == 0 ? tr("New duty role") : tr("Duty role"));
    setLabel(m_form, m_key, tr("&Key:"));
    setLabel(m_form, m_name, tr("&Name (Chinese):"));
    setLabel(m_form, m_nameEn, tr("Name (&English):"));
    setLabel(m_form, m_coverage, tr("&Coverage:"));
    m_key->setPlaceholderText(tr("lowercase letters, digits and _, e.g. storage_admin"));
    m_nameEn->setPlaceholderText(tr("optional"));
    for (int i = 0; i < m_coverage->count(); ++i)
        if (auto c = coverageFromId(m_coverage->itemData(i).toString()))
            m_coverage->setItemText(i, coverageName(*c));
    m_backup->setText(tr("A &backup (备岗) must be on duty as well"));
    m_approval->setText(tr("A &swap needs a duty leader's approval"));
    m_builtinNote->setText(tr("A built-in duty role keeps its key and cannot be removed; its "
                              "names, coverage and rules can be changed."));
}

} // namespace ui
} // namespace dd
