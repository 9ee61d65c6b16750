#include "settings/add_operator_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "common/role_checklist.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

AddOperatorDialog::AddOperatorDialog(UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_loginLabel(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_pinLabel(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_repeatLabel(new QLabel(this))
    , m_repeat(new QLineEdit(this))
    , m_rolesLabel(new QLabel(this))
    , m_roles(new RoleChecklist(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addOperatorDialog"));
    setMinimumWidth(440);
    m_login->setObjectName(QStringLiteral("login"));
    m_name->setObjectName(QStringLiteral("displayName"));
    m_pin->setObjectName(QStringLiteral("pin"));
    m_repeat->setObjectName(QStringLiteral("repeatPin"));
    m_error->setObjectName(QStringLiteral("error"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_roles->setRoles({Role::DutyOfficer});
    m_loginLabel->setBuddy(m_login);
    m_nameLabel->setBuddy(m_name);
    m_pinLabel->setBuddy(m_pin);
    m_repeatLabel->setBuddy(m_repeat);

    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(m_rolesLabel, m_roles);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddOperatorDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

void AddOperatorDialog::submit()
{
    if (m_pin->text() != m_repeat->text()) {
        m_error->showError(tr("Repeat PIN: the two PINs differ; type the same PIN twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    auto added = m_context.backend.operators().add(
        m_context.session.actor(),
        {m_login->text().trimmed(), m_name->text().trimmed(), m_pin->text(), m_roles->roles()});
    if (!added) {
        m_error->showError(added.error());
        return;
    }
    m_createdId = *added;
    accept();
}

void AddOperatorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AddOperatorDialog::retranslateUi()
{
    setWindowTitle(tr("Add an operator"));
    m_loginLabel->setText(tr("&Login:"));
    m_nameLabel->setText(tr("&Name:"));
    m_pinLabel->setText(tr("&PIN:"));
    m_repeatLabel->setText(tr("&Repeat PIN:"));
    m_rolesLabel->setText(tr("Roles:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
}

} // namespace ui
} // namespace dd
