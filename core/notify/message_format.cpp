#include "notify/message_format.h"

#include "audit/audit_log.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

namespace dd {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject textObject(const QString &text)
{
    return {{QStringLiteral("msgtype"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("content"), text}}}};
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

QString MessageFormat::robotText(const NotifyMessage &message)
{
    if (message.subject.isEmpty())
        return message.body;
    if (message.body.isEmpty())
        return message.subject;
    return message.subject + QLatin1Char('\n') + message.body;
}

QByteArray MessageFormat::webhookJson(const NotifyMessage &m)
{
    return compact({{QStringLiteral("title"), m.subject},
                    {QStringLiteral("text"), m.body},
                    {QStringLiteral("incident"), m.incidentNumber},
                    {QStringLiteral("level"), m.level},
                    {QStringLiteral("at"), m.at.isValid() ? toStoredTime(m.at) : QString()}});
}

QByteArray MessageFormat::wecomJson(const NotifyMessage &m)
{
    return compact(textObject(robotText(m)));
}

QByteArray MessageFormat::dingTalkJson(const NotifyMessage &m)
{
    return compact(textObject(robotText(m)));
}

QByteArray MessageFormat::feishuJson(const NotifyMessage &m, const QString &signSecret,
                                     qint64 timestampSecs)
{
    QJsonObject o{{QStringLiteral("msg_type"), QStringLiteral("text")},
                  {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), robotText(m)}}}};
    if (!signSecret.isEmpty()) {
        o.insert(QStringLiteral("timestamp"), QString::number(timestampSecs));
        o.insert(QStringLiteral("sign"), feishuSign(timestampSecs, signSecret));
    }
    return compact(o);
}

QString MessageFormat::dingTalkSign(qint64 timestampMs, const QString &secret)
{
    const QByteArray key = secret.toUtf8();
    const QByteArray toSign = QByteArray::number(timestampMs) + '\n' + key;
    return QString::fromLatin1(hmac(key, toSign).toBase64());
}

QString MessageFormat::feishuSign(qint64 timestampSecs, const QString &secret)
{
    const QByteArray key = QByteArray::number(timestampSecs) + '\n' + secret.toUtf8();
    return QString::fromLatin1(hmac(key, QByteArray()).toBase64());
}

Result<HttpRequestSpec> MessageFormat::request(const NotifyChannel &channel,
                                               const ChannelSecrets &secrets,
                                               const NotifyMessage &message, const QDateTime &now)
{
    HttpRequestSpec spec;
    QString base = channel.url.trimmed();
    switch (channel.kind) {
    case ChannelKind::Email:
        return fail(tr("Channel \"%1\" sends e-mail, not HTTP requests.").arg(channel.name));
    case ChannelKind::Webhook: spec.body = webhookJson(message); break;
    case ChannelKind::WeCom: {
        if (base.isEmpty())
            base = QStringLiteral("https://qyapi.weixin.qq.com/cgi-bin/webhook/send");
        spec.body = wecomJson(message);
        QUrl url(base);
        QUrlQuery q(url);
        if (!secrets.key.isEmpty()) {
            q.removeAllQueryItems(QStringLiteral("key"));
            q.addQueryItem(QStringLiteral("key"),
                           QString::fromLatin1(QUrl::toPercentEncoding(secrets.key)));
        }
        if (!q.hasQueryItem(QStringLiteral("key")))
            return fail(tr("Channel \"%1\": the WeCom robot key is not set.").arg(channel.name));
        url.setQuery(q);
        spec.url = url;
        return spec;
    }
    case ChannelKind::DingTalk: {
        if (base.isEmpty())
            base = QStringLiteral("https://oapi.dingtalk.com/robot/send");
        spec.body = dingTalkJson(message);
        QUrl url(base);
        QUrlQuery q(url);
        if (!secrets.accessToken.isEmpty()) {
            q.removeAllQueryItems(QStringLiteral("access_token"));
            q.addQueryItem(QStringLiteral("access_token"),
                           QString::fromLatin1(QUrl::toPercentEncoding(secrets.accessToken)));
        }
        if (!q.hasQueryItem(QStringLiteral("access_token")))
            return fail(
                tr("Channel \"%1\": the DingTalk access token is not set.").arg(channel.name));
        if (!secrets.signSecret.isEmpty()) {
            const qint64 ms = now.toMSecsSinceEpoch();
            q.addQueryItem(QStringLiteral("timestamp"), QString::number(ms));
            q.addQueryItem(QStringLiteral("sign"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                       dingTalkSign(ms, secrets.signSecret))));
        }
        url.setQuery(q);
        spec.url = url;
        return spec;
    }
    case ChannelKind::Feishu:
        spec.body = feishuJson(message, secrets.signSecret, now.toSecsSinceEpoch());
        break;
    }
    if (base.isEmpty())
        return fail(tr("Channel \"%1\": the URL is not set.").arg(channel.name));
    spec.url = QUrl(base);
    if (!spec.url.isValid())
        return fail(tr("Channel \"%1\": the URL is not a valid address.").arg(channel.name));
    return spec;
}

bool MessageFormat::accepted(ChannelKind kind, int httpStatus, const QByteArray &responseBody,
                             QString *reason)
{
    auto refuse = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (httpStatus < 200 || httpStatus > 299)
        return refuse(tr("HTTP %1").arg(httpStatus));
    if (kind == ChannelKind::Webhook)
        return true;
    const QJsonObject o = QJsonDocument::fromJson(responseBody).object();
    const char *codeKey = kind == ChannelKind::Feishu ? "code" : "errcode";
    QJsonValue code = o.value(QLatin1String(codeKey));
    if (code.isUndefined() && kind == ChannelKind::Feishu)
        code = o.value(QLatin1String("StatusCode"));
    if (code.isUndefined() || code.toInt() == 0)
        return true;
    QString msg = o.value(QLatin1String(kind == ChannelKind::Feishu ? "msg" : "errmsg")).toString();
    return refuse(tr("error %1: %2").arg(code.toInt()).arg(msg.left(200)));
}

} // namespace dd
