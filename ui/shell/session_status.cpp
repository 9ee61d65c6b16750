#include "shell/session_status.h"

#include "common/icons.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace dd {
namespace ui {

SessionStatus::SessionStatus(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_icon(new QLabel(this))
    , m_operator(new QLabel(this))
    , m_button(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon(QStringLiteral("operator")).pixmap(size, size));
    layout->addWidget(m_icon);
    m_operator->setObjectName(QStringLiteral("operatorStatus"));
    m_operator->setTextFormat(Qt::PlainText);
    layout->addWidget(m_operator);
    m_button->setObjectName(QStringLiteral("signInButton"));
    m_button->setIcon(icon(QStringLiteral("sign-in")));
    m_button->setVisible(!m_context.readOnly);
    layout->addWidget(m_button);

    connect(m_button, &QPushButton::clicked, this, &SessionStatus::signInRequested);
    connect(&m_context.session, &Session::actorChanged, this, &SessionStatus::retranslateUi);
    retranslateUi();
}

QString SessionStatus::operatorText() const
{
    return m_operator->text();
}

void SessionStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SessionStatus::retranslateUi()
{
    const Session &session = m_context.session;
    const QString warn = QStringLiteral("color: #b3261e; font-weight: bold;");
    if (m_context.readOnly) {
        m_operator->setText(tr("Read-only database — nothing can be changed here"));
        m_operator->setStyleSheet(warn);
    } else if (!session.isSignedIn()) {
        m_operator->setText(tr("Not signed in — read only"));
        m_operator->setStyleSheet(warn);
    } else {
        const Actor &a = session.actor();
        QStringList roles;
        for (Role r : a.roles())
            roles << roleName(r);
        m_operator->setText(
            tr("%1 (%2) · %3")
                .arg(a.displayName(), a.login(), QLocale().createSeparatedList(roles)));
        m_operator->setStyleSheet(QString());
    }
    m_button->setText(session.isSignedIn() ? tr("Hand over…") : tr("Sign in…"));
    m_button->setToolTip(session.isSignedIn()
                             ? tr("Hand the desk over to the next person on duty (Ctrl+L)")
                             : tr("Sign in to make changes (Ctrl+L)"));
}

} // namespace ui
} // namespace dd
