#include "incidents/waive_dialog.h"

#include "access/sign_in_dialog.h"
#include "app/backend.h"
#include "common/inline_message.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

WaiveDialog::WaiveDialog(UiContext &context, const Incident &incident,
                         const ObligationRow &obligation, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_incidentId(incident.id)
    , m_number(incident.number)
    , m_obligation(obligation)
    , m_intro(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("waiveDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_reason->setObjectName(QStringLiteral("waiveReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumSize(440, 100);
    m_reasonLabel->setBuddy(m_reason);
    m_error->setObjectName(QStringLiteral("waiveError"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WaiveDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WaiveDialog::reject);
    retranslateUi();
}

QString WaiveDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void WaiveDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void WaiveDialog::accept()
{
    m_error->clearMessage();
    if (reason().isEmpty()) {
        m_error->showError(tr("Reason: say why this report is not needed."));
        m_reason->setFocus();
        return;
    }
    const std::optional<Actor> second = SignInDialog::confirmSecondPerson(
        m_context, tr("waive \"%1\" of incident %2").arg(m_obligation.label, m_number),
        Permission::Approve, this);
    if (!second)
        return; // cancelled: the reason stays for another try
    Status waived = m_context.backend.incidentService().waive(
        m_context.session.actor(), *second, m_incidentId, m_obligation.instance.key(), reason());
    if (!waived) {
        m_error->showError(waived.error());
        return;
    }
    QDialog::accept();
}

void WaiveDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WaiveDialog::retranslateUi()
{
    setWindowTitle(tr("Waive report — %1").arg(m_number));
    m_intro->setText(tr("%1\n\nA waived report no longer keeps the incident open. A second "
                        "person who may approve confirms the waiver with their PIN.")
                         .arg(m_obligation.label));
    m_reasonLabel->setText(tr("&Reason:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Ask for confirmation…"));
}

} // namespace ui
} // namespace dd
