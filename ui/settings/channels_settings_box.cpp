#include "settings/channels_settings_box.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "notify/outbox_sender.h"
#include "settings/channel_dialog.h"
#include "settings/integration_services.h"
#include "shell/session.h"
#include "shell/ui_context.h"
#include "storage/change_feed.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum Column { NameColumn, KindColumn, StateColumn, SecretsColumn, ColumnCount };

QString secretsText(ChannelKind kind, const SecretPresence &p)
{
    auto state = [](bool stored) {
        return stored ? ChannelsSettingsBox::tr("••• stored") : ChannelsSettingsBox::tr("not set");
    };
    switch (kind) {
    case ChannelKind::WeCom: return ChannelsSettingsBox::tr("key %1").arg(state(p.key));
    case ChannelKind::DingTalk:
        return ChannelsSettingsBox::tr("token %1, signing secret %2")
            .arg(state(p.accessToken), state(p.signSecret));
    case ChannelKind::Feishu:
        return ChannelsSettingsBox::tr("signing secret %1").arg(state(p.signSecret));
    case ChannelKind::Email:
        return ChannelsSettingsBox::tr("password %1").arg(state(p.smtpPassword));
    case ChannelKind::Webhook: break;
    }
    return QStringLiteral("—");
}

} // namespace

ChannelsSettingsBox::ChannelsSettingsBox(UiContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_services(IntegrationServices::ensure(context, this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("channelsSettings"));
    m_list->setObjectName(QStringLiteral("channelList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(120);
    m_add->setObjectName(QStringLiteral("addChannel"));
    m_edit->setObjectName(QStringLiteral("editChannel"));
    m_remove->setObjectName(QStringLiteral("removeChannel"));
    m_test->setObjectName(QStringLiteral("testChannel"));
    m_result->setObjectName(QStringLiteral("channelTestResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("channelsMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openDialog(false); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { openDialog(false); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Remove channel"),
                                  tr("Remove this channel and everyone's preferences for it?"))
            == QMessageBox::Yes)
            removeSelected();
    });
    connect(m_test, &QPushButton::clicked, this, &ChannelsSettingsBox::sendTestInteractively);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ChannelsSettingsBox::updateEditable);
    connect(&m_context.session, &Session::actorChanged, this, &ChannelsSettingsBox::updateEditable);
    // Channels saved elsewhere (another window, dutyctl, another desk) appear here too.
    connect(&m_context.backend.database().changes(), &ChangeFeed::committed, this,
            [this](const QSet<QString> &tables) {
                if (ChangeFeed::touches(tables, {"notify_channels"}))
                    reload();
            });
    if (OutboxSender *sender = m_services.sender())
        connect(sender, &OutboxSender::testFinished, this, &ChannelsSettingsBox::showTestResult);
    retranslateUi(); // fills the list
}

void ChannelsSettingsBox::reload()
{
    const qint64 selected = selectedId();
    m_list->clear();
    auto channels = m_services.channels().channels();
    if (!channels) {
        m_message->showError(channels.error());
        updateEditable();
        return;
    }
    for (const NotifyChannel &c : *channels) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, c.id);
        item->setText(NameColumn, c.name);
        item->setText(KindColumn, channelKindName(c.kind));
        item->setText(StateColumn, c.enabled ? tr("enabled") : tr("disabled"));
        item->setText(SecretsColumn,
                      secretsText(c.kind, m_services.channels().secretPresence(c.id)));
        if (c.id == selected)
            m_list->setCurrentItem(item);
    }
    updateEditable();
}

qint64 ChannelsSettingsBox::selectedId() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

void ChannelsSettingsBox::select(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toLongLong() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

ChannelDialog *ChannelsSettingsBox::openDialog(bool add)
{
    NotifyChannel channel;
    if (!add) {
        auto stored = m_services.channels().channel(selectedId());
        if (!stored) {
            m_message->showError(stored.error());
            return nullptr;
        }
        channel = *stored;
    }
    auto *dialog = new ChannelDialog(m_context, m_services.channels(), channel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->savedId();
        reload();
        select(id);
        m_message->showSuccess(tr("Channel saved."));
    });
    dialog->open();
    return dialog;
}

bool ChannelsSettingsBox::removeSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return false;
    Status removed = m_services.channels().removeChannel(m_context.session.actor(), id);
    if (!removed) {
        m_message->showError(removed.error());
        return false;
    }
    reload();
    return true;
}

void ChannelsSettingsBox::sendTestInteractively()
{
    auto channel = m_services.channels().channel(selectedId());
    if (!channel)
        return;
    QString address;
    if (channelNeedsAddress(channel->kind)) {
        bool ok = false;
        address = QInputDialog::getText(this, tr("Send test"),
                                        tr("Send the test e-mail to this address:"),
                                        QLineEdit::Normal, QString(), &ok);
        if (!ok || address.trimmed().isEmpty())
            return;
    }
    sendTest(address.trimmed());
}

bool ChannelsSettingsBox::sendTest(const QString &address)
{
    OutboxSender *sender = m_services.sender();
    auto channel = m_services.channels().channel(selectedId());
    if (!sender || !channel)
        return false;
    m_testing = channel->id;
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Sending a test message through %1…").arg(channel->name));
    m_test->setEnabled(false);
    sender->sendTest(*channel, address);
    return true;
}

void ChannelsSettingsBox::showTestResult(qint64 channelId, bool ok, const QString &message)
{
    if (channelId != m_testing)
        return;
    m_testing = 0;
    QString name;
    if (auto channel = m_services.channels().channel(channelId))
        name = channel->name;
    m_result->setText(ok ? tr("Test message through %1: sent.").arg(name)
                         : tr("Test message through %1: failed: %2").arg(name, message));
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                               : QStringLiteral("color: #b3261e;"));
    updateEditable();
}

void ChannelsSettingsBox::updateEditable()
{
    const bool may =
        m_services.writable() && m_context.session.actor().can(Permission::ManageSettings);
    const bool selected = selectedId() > 0;
    m_add->setEnabled(may);
    m_edit->setEnabled(may && selected);
    m_remove->setEnabled(may && selected);
    m_test->setEnabled(may && selected && m_services.sender() && m_testing == 0);
}

void ChannelsSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ChannelsSettingsBox::retranslateUi()
{
    setTitle(tr("Notification channels"));
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("State"), tr("Secrets")});
    m_add->setText(tr("&Add channel…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("Remo&ve"));
    m_test->setText(tr("Send &test"));
    reload();
}

} // namespace ui
} // namespace dd
