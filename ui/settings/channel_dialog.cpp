#include "settings/channel_dialog.h"

#include "common/inline_message.h"
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
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

// A secret field: a password field that remembers whether the user typed into it.
QLineEdit *secretField(QWidget *parent, const char *name)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QString::fromLatin1(name));
    field->setEchoMode(QLineEdit::Password);
    field->setProperty("typed", false);
    QObject::connect(field, &QLineEdit::textEdited, field,
                     [field] { field->setProperty("typed", true); });
    return field;
}

std::optional<QString> typed(const QLineEdit *field)
{
    if (!field->property("typed").toBool())
        return std::nullopt;
    return field->text().trimmed();
}

} // namespace

ChannelDialog::ChannelDialog(UiContext &context, ChannelRepository &channels,
                             const NotifyChannel &channel, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_channels(channels)
    , m_channel(channel)
    , m_presence(channel.id > 0 ? channels.secretPresence(channel.id) : SecretPresence{})
    , m_form(new QFormLayout)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(channel.name, this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_enabled(new QCheckBox(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(channel.url, this))
    , m_keyLabel(new QLabel(this))
    , m_key(secretField(this, "channelKey"))
    , m_tokenLabel(new QLabel(this))
    , m_token(secretField(this, "channelAccessToken"))
    , m_signLabel(new QLabel(this))
    , m_sign(secretField(this, "channelSignSecret"))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(channel.smtpHost, this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_securityLabel(new QLabel(this))
    , m_security(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QLineEdit(channel.smtpFrom, this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(channel.smtpUser, this))
    , m_passwordLabel(new QLabel(this))
    , m_password(secretField(this, "channelSmtpPassword"))
    , m_hint(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("channelDialog"));
    m_name->setObjectName(QStringLiteral("channelName"));
    m_kind->setObjectName(QStringLiteral("channelKind"));
    m_enabled->setObjectName(QStringLiteral("channelEnabled"));
    m_url->setObjectName(QStringLiteral("channelUrl"));
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_from->setObjectName(QStringLiteral("smtpFrom"));
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_message->setObjectName(QStringLiteral("channelMessage"));
    for (ChannelKind k : allChannelKinds())
        m_kind->addItem(QString(), channelKindId(k));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(channelKindId(channel.kind))));
    m_enabled->setChecked(channel.enabled);
    m_port->setRange(1, 65535);
    m_port->setValue(channel.smtpPort);
    for (SmtpSecurity s : {SmtpSecurity::StartTls, SmtpSecurity::Tls, SmtpSecurity::None})
        m_security->addItem(QString(), smtpSecurityId(s));
    m_security->setCurrentIndex(
        qMax(0, m_security->findData(smtpSecurityId(channel.smtpSecurity))));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_url->setMinimumWidth(m_url->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 56);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_nameLabel, m_name);
    m_form->addRow(m_kindLabel, m_kind);
    m_form->addRow(QString(), m_enabled);
    m_form->addRow(m_urlLabel, m_url);
    m_form->addRow(m_keyLabel, m_key);
    m_form->addRow(m_tokenLabel, m_token);
    m_form->addRow(m_signLabel, m_sign);
    m_form->addRow(m_hostLabel, m_host);
    m_form->addRow(m_portLabel, m_port);
    m_form->addRow(m_securityLabel, m_security);
    m_form->addRow(m_fromLabel, m_from);
    m_form->addRow(m_userLabel, m_user);
    m_form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChannelDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChannelDialog::updateKindFields);
    retranslateUi();
}

ChannelKind ChannelDialog::kind() const
{
    return channelKindFromId(m_kind->currentData().toString()).value_or(ChannelKind::Webhook);
}

NotifyChannel ChannelDialog::channel() const
{
    NotifyChannel c = m_channel;
    c.name = m_name->text().trimmed();
    c.kind = kind();
    c.enabled = m_enabled->isChecked();
    const bool email = c.kind == ChannelKind::Email;
    c.url = email ? QString() : m_url->text().trimmed();
    c.smtpHost = email ? m_host->text().trimmed() : QString();
    c.smtpPort = m_port->value();
    c.smtpSecurity =
        smtpSecurityFromId(m_security->currentData().toString()).value_or(SmtpSecurity::StartTls);
    c.smtpFrom = email ? m_from->text().trimmed() : QString();
    c.smtpUser = email ? m_user->text().trimmed() : QString();
    return c;
}

SecretUpdate ChannelDialog::secretUpdate() const
{
    SecretUpdate u;
    switch (kind()) {
    case ChannelKind::WeCom: u.key = typed(m_key); break;
    case ChannelKind::DingTalk:
        u.accessToken = typed(m_token);
        u.signSecret = typed(m_sign);
        break;
    case ChannelKind::Feishu: u.signSecret = typed(m_sign); break;
    case ChannelKind::Email: u.smtpPassword = typed(m_password); break;
    case ChannelKind::Webhook: break;
    }
    return u;
}

bool ChannelDialog::save()
{
    m_message->clearMessage();
    auto saved = m_channels.saveChannel(m_context.session.actor(), channel(), secretUpdate());
    if (!saved) {
        m_message->showError(saved.error());
        return false;
    }
    m_savedId = *saved;
    return true;
}

void ChannelDialog::accept()
{
    if (save())
        QDialog::accept();
}

void ChannelDialog::updateKindFields()
{
    const ChannelKind k = kind();
    const bool email = k == ChannelKind::Email;
    auto show = [this](QWidget *field, bool shown) { m_form->setRowVisible(field, shown); };
    show(m_url, !email);
    show(m_key, k == ChannelKind::WeCom);
    show(m_token, k == ChannelKind::DingTalk);
    show(m_sign, k == ChannelKind::DingTalk || k == ChannelKind::Feishu);
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_security), static_cast<QWidget *>(m_from),
                       static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        show(w, email);
    switch (k) {
    case ChannelKind::Webhook:
        m_urlLabel->setText(tr("&URL:"));
        m_url->setPlaceholderText(QStringLiteral("https://"));
        m_hint->setText(tr("DutyDesk posts JSON: title, text, incident, level, at."));
        break;
    case ChannelKind::WeCom:
        m_urlLabel->setText(tr("&URL (optional):"));
        m_url->setPlaceholderText(
            QStringLiteral("https://qyapi.weixin.qq.com/cgi-bin/webhook/send"));
        m_hint->setText(tr("The robot key is the key=… part of the robot's webhook address. A "
                           "pasted address with its key is split: the key goes to the secret "
                           "store."));
        break;
    case ChannelKind::DingTalk:
        m_urlLabel->setText(tr("&URL (optional):"));
        m_url->setPlaceholderText(QStringLiteral("https://oapi.dingtalk.com/robot/send"));
        m_hint->setText(tr("With a signing secret (SEC…) every message is signed (加签)."));
        break;
    case ChannelKind::Feishu:
        m_urlLabel->setText(tr("&URL:"));
        m_url->setPlaceholderText(QStringLiteral("https://open.feishu.cn/open-apis/bot/v2/hook/…"));
        m_hint->setText(tr("The signing secret is needed only when the bot checks signatures."));
        break;
    case ChannelKind::Email:
        m_hint->setText(tr("Recipients are the e-mail addresses given in the handbook's "
                           "channel preferences."));
        break;
    }
    m_signLabel->setText(k == ChannelKind::Feishu ? tr("Signing secret (optional):")
                                                  : tr("&Signing secret:"));
    adjustSize();
}

void ChannelDialog::setSecretPlaceholder(QLineEdit *field, bool stored)
{
    // Never the value: only whether one is stored.
    field->setPlaceholderText(stored ? tr("••• stored (type to replace, empty it to remove)")
                                     : tr("not set"));
}

void ChannelDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChannelDialog::retranslateUi()
{
    setWindowTitle(m_channel.id > 0 ? tr("Edit channel %1").arg(m_channel.name)
                                    : tr("Add notification channel"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("e.g. Duty group (WeCom)"));
    m_kindLabel->setText(tr("&Kind:"));
    const QList<ChannelKind> kinds = allChannelKinds();
    for (int i = 0; i < kinds.size(); ++i)
        m_kind->setItemText(i, channelKindName(kinds[i]));
    m_enabled->setText(tr("&Enabled"));
    m_keyLabel->setText(tr("Robot &key:"));
    m_tokenLabel->setText(tr("Access &token:"));
    m_hostLabel->setText(tr("SMTP &host:"));
    m_portLabel->setText(tr("P&ort:"));
    m_securityLabel->setText(tr("Se&curity:"));
    m_security->setItemText(0, tr("STARTTLS"));
    m_security->setItemText(1, tr("TLS (smtps)"));
    m_security->setItemText(2, tr("None (local test server only)"));
    m_fromLabel->setText(tr("&From:"));
    m_from->setPlaceholderText(tr("DutyDesk <dutydesk@example.com>"));
    m_userLabel->setText(tr("&User:"));
    m_user->setPlaceholderText(tr("empty: no login"));
    m_passwordLabel->setText(tr("Pass&word:"));
    setSecretPlaceholder(m_key, m_presence.key);
    setSecretPlaceholder(m_token, m_presence.accessToken);
    setSecretPlaceholder(m_sign, m_presence.signSecret);
    setSecretPlaceholder(m_password, m_presence.smtpPassword);
    updateKindFields();
}

} // namespace ui
} // namespace dd
