#include "settings/shift_reminders_box.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "notify/outbox.h"
#include "notify/shift_reminders.h"
#include "settings/integration_services.h"
#include "shell/session.h"
#include "shell/ui_context.h"
#include "storage/change_feed.h"
#include "time/trading_calendar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum Column { QueuedColumn, SubjectColumn, ChannelColumn, StateColumn, ColumnCount };
constexpr int ListedReminders = 20;

} // namespace

ShiftRemindersBox::ShiftRemindersBox(UiContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_services(IntegrationServices::ensure(context, this))
    , m_explain(new QLabel(this))
    , m_minutesLabel(new QLabel(this))
    , m_minutes(new QSpinBox(this))
    , m_save(new QPushButton(this))
    , m_list(new QTreeWidget(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("shiftReminders"));
    m_explain->setWordWrap(true);
    m_minutes->setObjectName(QStringLiteral("shiftReminderMinutes"));
    m_minutes->setRange(0, ShiftReminders::MaxMinutes);
    m_minutes->setSingleStep(5);
    m_minutesLabel->setBuddy(m_minutes);
    m_save->setObjectName(QStringLiteral("saveShiftReminder"));
    m_list->setObjectName(QStringLiteral("shiftReminderList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(100);
    m_message->setObjectName(QStringLiteral("shiftReminderMessage"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_minutesLabel);
    row->addWidget(m_minutes);
    row->addWidget(m_save);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explain);
    layout->addLayout(row);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);

    connect(m_save, &QPushButton::clicked, this, &ShiftRemindersBox::save);
    connect(&m_context.session, &Session::actorChanged, this, &ShiftRemindersBox::updateEditable);
    connect(&m_context.backend.database().changes(), &ChangeFeed::committed, this,
            [this](const QSet<QString> &tables) {
                if (ChangeFeed::touches(tables, {"notify_outbox"}))
                    reloadList();
            });
    retranslateUi(); // fills the values
}

void ShiftRemindersBox::reload()
{
    auto lead = ShiftReminders::leadMinutes(m_context.backend.settings());
    if (lead)
        m_minutes->setValue(*lead);
    else
        m_message->showError(lead.error());
    reloadList();
    updateEditable();
}

void ShiftRemindersBox::reloadList()
{
    m_list->clear();
    auto rows = Outbox::shiftReminders(m_context.backend, ListedReminders);
    if (!rows) {
        m_message->showError(rows.error());
        return;
    }
    for (const OutboxRow &r : std::as_const(*rows)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(QueuedColumn, r.createdAt.toTimeZone(TradingCalendar::exchangeTimeZone())
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(SubjectColumn, r.subject);
        auto channel = m_services.channels().channel(r.channelId);
        QString where = channel ? channel->name : tr("channel %1").arg(r.channelId);
        if (r.recipient != QLatin1String("group"))
            where += QStringLiteral(" → ") + r.recipient;
        item->setText(ChannelColumn, where);
        QString state = outboxStatusName(r.status);
        if (!r.lastError.isEmpty())
            state += QStringLiteral(": ") + r.lastError;
        item->setText(StateColumn, state);
        item->setToolTip(SubjectColumn, r.body);
    }
}

bool ShiftRemindersBox::save()
{
    Status saved = ShiftReminders::setLeadMinutes(m_context.backend.settings(),
                                                  m_context.session.actor(), m_minutes->value());
    if (!saved) {
        m_message->showError(saved.error());
        return false;
    }
    m_message->showSuccess(m_minutes->value() == 0
                               ? tr("Shift reminders are off.")
                               : tr("People are reminded %n minute(s) before their shift.", nullptr,
                                    m_minutes->value()));
    (void)m_services.remindShifts(); // a shift now inside the new lead time
    return true;
}

void ShiftRemindersBox::updateEditable()
{
    const bool may =
        m_services.writable() && m_context.session.actor().can(Permission::ManageSettings);
    m_minutes->setEnabled(may);
    m_save->setEnabled(may);
}

void ShiftRemindersBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ShiftRemindersBox::retranslateUi()
{
    setTitle(tr("Shift reminders"));
    m_explain->setText(tr("Before a shift starts, the person taking it over gets a reminder "
                          "through the channels chosen for them in the handbook. Each shift "
                          "is announced once."));
    m_minutesLabel->setText(tr("Remind &before the shift:"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("off"));
    m_save->setText(tr("&Save"));
    m_list->setHeaderLabels({tr("Queued"), tr("Reminder"), tr("Channel"), tr("State")});
    reload();
}

} // namespace ui
} // namespace dd
