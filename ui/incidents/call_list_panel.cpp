#include "incidents/call_list_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "contacts/phone_numbers.h"
#include "escalation/escalation_service.h"
#include "escalation/notifier.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dd {
namespace ui {

CallListPanel::CallListPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_authority(new QLabel(this))
    , m_ack(new QPushButton(this))
    , m_noAnswer(new QPushButton(this))
    , m_unavailable(new QPushButton(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("callListPanel"));
    m_heading->setObjectName(QStringLiteral("callListHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list->setObjectName(QStringLiteral("callList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setMaximumHeight(140);
    m_empty->setObjectName(QStringLiteral("noOpenCalls"));
    m_authority->setObjectName(QStringLiteral("decisionAuthority"));
    m_authority->setWordWrap(true);
    m_authority->setTextFormat(Qt::PlainText);
    m_ack->setObjectName(QStringLiteral("callAcknowledged"));
    m_noAnswer->setObjectName(QStringLiteral("callNoAnswer"));
    m_unavailable->setObjectName(QStringLiteral("callUnavailable"));
    m_message->setObjectName(QStringLiteral("callListMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ack);
    buttons->addWidget(m_noAnswer);
    buttons->addWidget(m_unavailable);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(m_authority);
    layout->addWidget(m_message);

    connect(m_ack, &QPushButton::clicked, this,
            [this] { recordSelected(EscalationOutcome::Acknowledged); });
    connect(m_noAnswer, &QPushButton::clicked, this,
            [this] { recordSelected(EscalationOutcome::NoAnswer); });
    connect(m_unavailable, &QPushButton::clicked, this,
            [this] { recordSelected(EscalationOutcome::Unavailable); });
    connect(m_list, &QListWidget::currentRowChanged, this, &CallListPanel::updateActions);
    connect(&m_context.session, &Session::actorChanged, this, &CallListPanel::updateActions);
    retranslateUi();
    fill();
}

void CallListPanel::setIncident(qint64 id)
{
    if (id != m_id)
        m_message->clearMessage();
    m_id = id;
    refresh();
}

void CallListPanel::refresh()
{
    m_calls.clear();
    m_authorityId = 0;
    m_authorityName.clear();
    if (m_id > 0) {
        EscalationService &service = m_context.backend.escalation();
        auto calls = service.callList(m_id);
        if (!calls)
            m_message->showError(calls.error());
        else
            m_calls = *calls;
        auto plan = service.plan(m_id);
        if (plan && plan->authority > 0) {
            m_authorityId = plan->authority;
            auto person = m_context.backend.contacts().contact(plan->authority);
            m_authorityName = person ? person->name : QString::number(plan->authority);
        }
    }
    fill();
}

void CallListPanel::fill()
{
    const QString keep = m_list->currentRow() >= 0 && m_list->currentRow() < m_calls.size()
                             ? m_list->currentItem()->data(Qt::UserRole).toString()
                             : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QTimeZone local(8 * 3600);
    int select = m_calls.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_calls.size(); ++i) {
        const EscalationAction &call = m_calls[i];
        const QString phone = call.phone.isEmpty() ? QString() : PhoneNumbers::display(call.phone);
        QString text = call.channel == EscalationChannel::Message
                           ? tr("Message %1 %2 — level %3, round %4, acknowledge by %5")
                           : tr("Call %1 %2 — level %3, round %4, acknowledge by %5");
        text = text.arg(call.name, phone)
                   .arg(call.level)
                   .arg(call.round)
                   .arg(call.ackBy.toTimeZone(local).toString(QStringLiteral("HH:mm")));
        if (call.drill)
            text = tr("[Drill] %1").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, call.key);
        if (call.key == keep)
            select = i;
    }
    m_list->setCurrentRow(select);
    m_list->setVisible(!m_calls.isEmpty());
    m_empty->setVisible(m_calls.isEmpty());
    m_authority->setVisible(m_authorityId > 0);
    m_authority->setText(tr("Decision authority now: %1").arg(m_authorityName));
    updateActions();
}

bool CallListPanel::record(int row, EscalationOutcome outcome)
{
    m_message->clearMessage();
    if (row < 0 || row >= m_calls.size()) {
        m_message->showError(tr("Select a call first."));
        return false;
    }
    const Status done = m_context.backend.escalation().record(m_context.session.actor(), m_id,
                                                              m_calls[row].key, outcome);
    if (!done) {
        m_message->showError(done.error());
        return false;
    }
    m_message->showSuccess(
        tr("Recorded: %1 — %2").arg(m_calls[row].name, escalationOutcomeName(outcome)));
    const qint64 id = m_id;
    refresh();
    emit changed(id);
    return true;
}

void CallListPanel::recordSelected(EscalationOutcome outcome)
{
    record(m_list->currentRow(), outcome);
}

void CallListPanel::updateActions()
{
    const bool editable = !m_context.readOnly
                          && m_context.session.actor().can(Permission::EditDutyData)
                          && m_list->currentRow() >= 0 && !m_calls.isEmpty();
    for (QPushButton *b : {m_ack, m_noAnswer, m_unavailable}) {
        b->setEnabled(editable);
        b->setVisible(!m_calls.isEmpty());
    }
}

void CallListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void CallListPanel::retranslateUi()
{
    m_heading->setText(tr("Open calls"));
    m_empty->setText(tr("No open calls"));
    m_ack->setText(tr("&Acknowledged"));
    m_noAnswer->setText(tr("&No answer"));
    m_unavailable->setText(tr("&Unavailable"));
    m_ack->setToolTip(tr("The person acknowledged the call (Alt+A)"));
    m_noAnswer->setToolTip(tr("Nobody answered: call the next level now (Alt+N)"));
    m_unavailable->setToolTip(tr("The person cannot come: call their backup now (Alt+U)"));
}

// --- CallNotice --------------------------------------------------------------------------------

CallNotice::CallNotice(UiContext &context, QWidget *parent)
    : QToolButton(parent)
    , m_service(context.backend.escalation())
    , m_notifier(new ConsoleNotifier(this))
{
    setObjectName(QStringLiteral("callNotice"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAutoRaise(false);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral("QToolButton#callNotice { background: #fff3e0; color: #8a3b00; "
                                 "border: 1px solid #e65100; border-radius: 3px; "
                                 "padding: 1px 8px; font-weight: bold; }"));
    hide();
    m_service.addNotifier(m_notifier);
    connect(m_notifier, &ConsoleNotifier::actionDelivered, this, &CallNotice::delivered);
    connect(this, &QToolButton::clicked, this, &CallNotice::open);
}

CallNotice::~CallNotice()
{
    m_service.removeNotifier(m_notifier);
}

qint64 CallNotice::incidentToOpen() const
{
    return m_pending.isEmpty() ? 0 : m_pending.last().incidentId;
}

void CallNotice::delivered(const EscalationAction &action)
{
    m_pending << action;
    updateText();
    show();
    if (QWidget *w = window(); w && w != this)
        QApplication::alert(w); // the taskbar entry flashes while another program is in front
}

void CallNotice::open()
{
    const qint64 id = incidentToOpen();
    m_pending.clear();
    hide();
    if (id != 0)
        emit openRequested(id);
}

void CallNotice::updateText()
{
    if (m_pending.isEmpty()) {
        setText(QString());
        setToolTip(QString());
        return;
    }
    // Calls first: a report reminder issued with them must not hide whom to call.
    const EscalationAction *headline = &m_pending.last();
    for (const EscalationAction &a : std::as_const(m_pending))
        if (a.kind == EscalationActionKind::Notify)
            headline = &a;
    const EscalationAction &last = *headline;
    const int more = int(m_pending.size()) - 1;
    QString text = tr("%1: %2").arg(last.incidentNumber, last.text());
    if (more > 0)
        text = tr("%1 (and %n more)", nullptr, more).arg(text);
    setText(text);
    QStringList lines;
    for (const EscalationAction &a : std::as_const(m_pending))
        lines << tr("%1: %2").arg(a.incidentNumber, a.text());
    setToolTip(tr("Newly issued escalation actions:\n%1\n\nClick to open the incident's call "
                  "list.")
                   .arg(lines.join(u'\n')));
}

void CallNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QToolButton::changeEvent(event);
}

} // namespace ui
} // namespace dd
