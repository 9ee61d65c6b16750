#include "settings/operator_roles_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "common/role_checklist.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace dd {
namespace ui {

OperatorRolesDialog::OperatorRolesDialog(UiContext &context, const Operator &person,
                                         QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_person(person)
    , m_intro(new QLabel(this))
    , m_roles(new RoleChecklist(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("operatorRolesDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_roles->setRoles(person.roles);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_roles);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OperatorRolesDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

void OperatorRolesDialog::submit()
{
    if (Status done = m_context.backend.operators().setRoles(m_context.session.actor(), m_person.id,
                                                             m_roles->roles());
        !done) {
        m_error->showError(done.error());
        return;
    }
    accept();
}

void OperatorRolesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OperatorRolesDialog::retranslateUi()
{
    setWindowTitle(tr("Roles of %1").arg(m_person.displayName));
    m_intro->setText(tr("What may %1 (%2) do? One person may hold several roles.")
                         .arg(m_person.displayName, m_person.login));
}

} // namespace ui
} // namespace dd
