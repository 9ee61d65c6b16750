#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// How a channel delivers.
//   Webhook:  a generic JSON POST to `url` (see MessageFormat for the body).
//   WeCom:    企业微信 group robot; `url` is the endpoint (empty = https://qyapi.weixin.qq.com/
//             cgi-bin/webhook/send), the robot key is the secret `key` ("?key=KEY" is appended
//             when sending). A URL saved with "?key=…" has the key moved into the secret store.
//   DingTalk: 钉钉 group robot; `url` is the endpoint (empty = https://oapi.dingtalk.com/robot/
//             send); the access token and the signing secret are secrets ("…?access_token=T&
//             timestamp=MS&sign=S" is appended when sending; a pasted "?access_token=…" moves
//             into the secret store as for WeCom).
//   Feishu:   飞书 custom bot; `url` is the full hook URL; an optional signing secret.
//   Email:    SMTP through libcurl; recipients come from the preferences (their address).
enum class ChannelKind { Webhook, WeCom, DingTalk, Feishu, Email };
QList<ChannelKind> allChannelKinds();
QString channelKindId(ChannelKind kind); // "webhook", "wecom", "dingtalk", "feishu", "email"
std::optional<ChannelKind> channelKindFromId(const QString &id);
QString channelKindName(ChannelKind kind); // translated: "WeCom robot", "Email (SMTP)" ...
// Group robots deliver to one group: a preference on them needs no address. Email needs one.
bool channelNeedsAddress(ChannelKind kind);

// How the SMTP connection is protected. StartTls is the default and the only choice offered
// for real servers; None exists for a local test sink and must be chosen explicitly.
enum class SmtpSecurity { StartTls, Tls, None };
QString smtpSecurityId(SmtpSecurity s); // "starttls", "tls", "none"
std::optional<SmtpSecurity> smtpSecurityFromId(const QString &id);

// A channel's settings that are NOT secret (stored in notify_channels, shown in the audit).
struct NotifyChannel {
    Q_DECLARE_TR_FUNCTIONS(dd::NotifyChannel)
public:
    qint64 id = 0; // 0: not saved yet
    QString name;  // "值班群 (WeCom)"; unique
    ChannelKind kind = ChannelKind::Webhook;
    bool enabled = true;
    QString url; // Webhook / WeCom / DingTalk / Feishu endpoint (see ChannelKind)

    // Email
    QString smtpHost;
    int smtpPort = 587;
    SmtpSecurity smtpSecurity = SmtpSecurity::StartTls;
    QString smtpFrom; // "dutydesk@example.com" or "值班台 <dutydesk@example.com>"
    QString smtpUser; // empty: no authentication

    QDateTime updatedAt;
    QString updatedBy;

    // What is wrong with the settings, translated, naming the field (empty: fine). Secrets are
    // checked by ChannelRepository (they are not part of this struct).
    QStringList problems() const;
    bool operator==(const NotifyChannel &) const = default;
};

// The secret parts of a channel. Kept in the SecretStore, never in the database, the audit,
// exports, logs or error messages. An empty field means "not set".
struct ChannelSecrets {
    QString key;          // WeCom robot key (when not part of the URL)
    QString accessToken;  // DingTalk access_token
    QString signSecret;   // DingTalk "SEC…" signing secret, Feishu signing secret
    QString smtpPassword; // Email
    bool isEmpty() const
    {
        return key.isEmpty() && accessToken.isEmpty() && signSecret.isEmpty()
               && smtpPassword.isEmpty();
    }
    bool operator==(const ChannelSecrets &) const = default;
};

// Who a preference belongs to: a person of the handbook (contacts.id) or a duty role
// (duty_roles.key: everyone called for that role also gets the role's channels).
enum class PreferenceOwner { Contact, Role };

// "Send messages for <owner> through <channel> (to <address>)". The address is the e-mail
// address for Email channels and empty for group robots (the robot posts into its group,
// naming the person in the text).
struct NotifyPreference {
    qint64 id = 0; // 0: not saved yet
    PreferenceOwner owner = PreferenceOwner::Contact;
    qint64 contactId = 0; // owner == Contact
    QString roleKey;      // owner == Role
    qint64 channelId = 0;
    QString address;
    int sortOrder = 0;   // within one owner, first first
    QString channelName; // read-only: filled when listing
    bool operator==(const NotifyPreference &) const = default;
};

} // namespace dd
