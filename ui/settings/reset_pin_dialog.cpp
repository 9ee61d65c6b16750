#include "settings/reset_pin_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dd {
namespace ui {

ResetPinDialog::ResetPinDialog(UiContext &context, const Operator &person, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_person(person)
    , m_intro(new QLabel(this))
    , m_pinLabel(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_repeatLabel(new QLabel(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("resetPinDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_repeat->setObjectName(QStringLiteral("repeatPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_pinLabel->setBuddy(m_pin);
    m_repeatLabel->setBuddy(m_repeat);
    auto *form = new QFormLayout;
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResetPinDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

void ResetPinDialog::submit()
{
    if (m_pin->text() != m_repeat->text()) {
        m_error->showError(tr("Repeat PIN: the two PINs differ; type the same PIN twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    if (Status done = m_context.backend.operators().setSecret(m_context.session.actor(),
                                                              m_person.id, m_pin->text());
        !done) {
        m_error->showError(done.error());
        return;
    }
    accept();
}

void ResetPinDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ResetPinDialog::retranslateUi()
{
    setWindowTitle(tr("Reset PIN of %1").arg(m_person.displayName));
    m_intro->setText(tr("Choose a new PIN for %1 (%2) and tell it to them in person.")
                         .arg(m_person.displayName, m_person.login));
    m_pinLabel->setText(tr("New &PIN:"));
    m_repeatLabel->setText(tr("&Repeat PIN:"));
}

} // namespace ui
} // namespace dd
