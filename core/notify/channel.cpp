#include "notify/channel.h"

#include <QUrl>

namespace dd {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::NotifyChannel)
};
} // namespace

QList<ChannelKind> allChannelKinds()
{
    return {ChannelKind::Webhook, ChannelKind::WeCom, ChannelKind::DingTalk, ChannelKind::Feishu,
            ChannelKind::Email};
}

QString channelKindId(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Webhook: return QStringLiteral("webhook");
    case ChannelKind::WeCom: return QStringLiteral("wecom");
    case ChannelKind::DingTalk: return QStringLiteral("dingtalk");
    case ChannelKind::Feishu: return QStringLiteral("feishu");
    case ChannelKind::Email: return QStringLiteral("email");
    }
    return {};
}

std::optional<ChannelKind> channelKindFromId(const QString &id)
{
    for (ChannelKind k : allChannelKinds())
        if (channelKindId(k) == id)
            return k;
    return std::nullopt;
}

QString channelKindName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Webhook: return Text::tr("JSON webhook");
    case ChannelKind::WeCom: return Text::tr("WeCom group robot");
    case ChannelKind::DingTalk: return Text::tr("DingTalk group robot");
    case ChannelKind::Feishu: return Text::tr("Feishu bot");
    case ChannelKind::Email: return Text::tr("Email (SMTP)");
    }
    return {};
}

bool channelNeedsAddress(ChannelKind kind)
{
    return kind == ChannelKind::Email;
}

QString smtpSecurityId(SmtpSecurity s)
{
    switch (s) {
    case SmtpSecurity::StartTls: return QStringLiteral("starttls");
    case SmtpSecurity::Tls: return QStringLiteral("tls");
    case SmtpSecurity::None: return QStringLiteral("none");
    }
    return {};
}

std::optional<SmtpSecurity> smtpSecurityFromId(const QString &id)
{
    for (SmtpSecurity s : {SmtpSecurity::StartTls, SmtpSecurity::Tls, SmtpSecurity::None})
        if (smtpSecurityId(s) == id)
            return s;
    return std::nullopt;
}

QStringList NotifyChannel::problems() const
{
    QStringList p;
    if (name.trimmed().isEmpty())
        p << tr("Name: a channel needs a name.");
    if (kind == ChannelKind::Email) {
        if (smtpHost.trimmed().isEmpty())
            p << tr("SMTP host: enter the mail server's host name.");
        if (smtpPort < 1 || smtpPort > 65535)
            p << tr("SMTP port: expected 1–65535, got %1.").arg(smtpPort);
        if (!smtpFrom.contains(QLatin1Char('@')))
            p << tr("Sender: expected an e-mail address such as dutydesk@example.com.");
        return p;
    }
    // WeCom and DingTalk have a public default endpoint.
    const bool urlOptional = kind == ChannelKind::WeCom || kind == ChannelKind::DingTalk;
    if (url.trimmed().isEmpty()) {
        if (!urlOptional)
            p << tr("URL: enter the address messages are posted to.");
        return p;
    }
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid()
        || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))
        || u.host().isEmpty())
        p << tr("URL: expected an http:// or https:// address.");
    return p;
}

} // namespace dd
