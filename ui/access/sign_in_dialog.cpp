#include "access/sign_in_dialog.h"

#include "app/backend.h"
#include "common/icons.h"
#include "common/inline_message.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace dd {
namespace ui {

SignInDialog::SignInDialog(UiContext &context, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_mode(mode)
    , m_intro(new QLabel(this))
    , m_operatorLabel(new QLabel(this))
    , m_operator(new QComboBox(this))
    , m_pinLabel(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowIcon(icon(QStringLiteral("sign-in")));
    setMinimumWidth(420);

    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_operator->setObjectName(QStringLiteral("operator"));
    m_operator->setEditable(true);
    m_operator->setInsertPolicy(QComboBox::NoInsert);
    const QString current = m_context.session.actor().login();
    if (auto all = m_context.backend.operators().list()) {
        for (const Operator &o : *all) {
            // Only people who can sign in; in a hand-over, not the one handing over.
            if (!o.active || (m_mode != Mode::SignIn && o.login == current))
                continue;
            m_operator->addItem(tr("%1 (%2)").arg(o.displayName, o.login), o.login);
        }
    } else {
        m_error->showError(all.error());
    }
    m_operator->setCurrentIndex(-1);
    // Typing part of a name or login offers the matches below the field; inline completion
    // would rewrite what is typed.
    m_operator->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_operator->completer()->setFilterMode(Qt::MatchContains);
    m_operator->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_operatorLabel->setBuddy(m_operator);

    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pinLabel->setBuddy(m_pin);
    m_error->setObjectName(QStringLiteral("error"));

    auto *form = new QFormLayout;
    form->addRow(m_operatorLabel, m_operator);
    form->addRow(m_pinLabel, m_pin);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    m_operator->setFocus();
}

void SignInDialog::setConfirmation(const QString &actionDescription, Permission needed)
{
    m_actionDescription = actionDescription;
    m_needed = needed;
    retranslateUi();
}

QString SignInDialog::chosenLogin() const
{
    const QString text = m_operator->currentText().trimmed();
    const int item = m_operator->findText(text);
    if (item >= 0)
        return m_operator->itemData(item).toString();
    // "Name (login)" typed in full, or just the login.
    static const QRegularExpression inParentheses(QStringLiteral("\\(([^()]+)\\)\\s*$"));
    if (const auto m = inParentheses.match(text); m.hasMatch())
        return m.captured(1).trimmed();
    return text;
}

void SignInDialog::submit()
{
    const QString login = chosenLogin();
    if (login.isEmpty()) {
        m_error->showError(tr("Operator: choose your name or type your login."));
        m_operator->setFocus();
        return;
    }
    const QString current = m_context.session.actor().login();
    if (m_mode == Mode::HandOver && login.compare(current, Qt::CaseInsensitive) == 0) {
        m_error->showError(
            tr("Operator: %1 is signed in already; the next person on duty signs in here.")
                .arg(m_context.session.actor().displayName()));
        m_operator->setFocus();
        return;
    }
    OperatorRepository &operators = m_context.backend.operators();
    Result<Actor> result =
        m_mode == Mode::SecondPerson ? operators.confirmSecondPerson(
            m_context.session.actor(), login, m_pin->text(), m_needed, m_actionDescription)
                                     : operators.signIn(login, m_pin->text());
    if (!result) {
        m_error->showError(result.error());
        m_pin->clear();
        m_pin->setFocus();
        return;
    }
    m_actor = *result;
    m_error->clearMessage();
    accept();
}

std::optional<Actor> SignInDialog::confirmSecondPerson(UiContext &context,
                                                       const QString &actionDescription,
                                                       Permission needed, QWidget *parent)
{
    SignInDialog dialog(context, Mode::SecondPerson, parent);
    dialog.setConfirmation(actionDescription, needed);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.actor();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    switch (m_mode) {
    case Mode::SignIn:
        setWindowTitle(tr("Sign in"));
        m_intro->setText(tr("Choose your name or type your login, then enter your PIN."));
        ok->setText(tr("Sign in"));
        break;
    case Mode::HandOver:
        setWindowTitle(tr("Hand over the desk"));
        m_intro->setText(tr("%1 hands the desk over. The next person on duty signs in here; %1 is "
                            "signed out once their PIN is accepted.")
                             .arg(m_context.session.actor().displayName()));
        ok->setText(tr("Hand over"));
        break;
    case Mode::SecondPerson:
        setWindowTitle(tr("Second person confirmation"));
        m_intro->setText(tr("A second person must confirm this action:\n\n%1\n\nThe person who "
                            "confirms needs this right: %2. %3 cannot confirm their own action.")
                             .arg(m_actionDescription, permissionName(m_needed),
                                  m_context.session.actor().displayName()));
        ok->setText(tr("Confirm"));
        break;
    }
    m_operatorLabel->setText(tr("&Operator:"));
    m_operator->lineEdit()->setPlaceholderText(tr("Name or login"));
    m_pinLabel->setText(tr("&PIN:"));
}

} // namespace ui
} // namespace dd
