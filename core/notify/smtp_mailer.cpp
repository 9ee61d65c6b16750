// E-mail through libcurl's SMTP (part of message_format.h).
#include "notify/message_format.h"

#include <QRegularExpression>

#include <cstring>
#include <curl/curl.h>
#include <mutex>

namespace dd {

namespace {

bool isPlainAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// RFC 2047 B encoded words of at most 75 characters, never splitting a character.
QByteArray encodedWords(const QString &text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    for (int i = 0; i < text.size(); ++i) {
        const int n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray piece = text.mid(i, n).toUtf8();
        i += n - 1;
        // 39 bytes → 52 base64 + 12 = 64 characters: with "Subject: " in front still < 76.
        if (chunk.size() + piece.size() > 39) {
            words << chunk;
            chunk.clear();
        }
        chunk += piece;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray &w : words) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + w.toBase64() + "?=";
    }
    return out;
}

QByteArray headerText(const QString &text)
{
    return isPlainAscii(text) ? text.toLatin1() : encodedWords(text);
}

// "Name <addr>" with the name encoded when needed; a bare address as it is.
QByteArray mailbox(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(.*?)\\s*<([^>]+)>\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch() || m.captured(1).isEmpty())
        return mailAddress(text).toLatin1();
    QString name = m.captured(1);
    if (isPlainAscii(name) && !name.contains(QLatin1Char('"')))
        return "\"" + name.toLatin1() + "\" <" + m.captured(2).trimmed().toLatin1() + ">";
    return encodedWords(name) + " <" + m.captured(2).trimmed().toLatin1() + ">";
}

struct Upload {
    QByteArray data;
    qsizetype offset = 0;
};

size_t readPayload(char *buffer, size_t size, size_t count, void *user)
{
    auto *u = static_cast<Upload *>(user);
    const size_t room = size * count;
    const size_t left = size_t(u->data.size() - u->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, u->data.constData() + u->offset, n);
    u->offset += qsizetype(n);
    return n;
}

} // namespace

QString mailAddress(const QString &fromOrTo)
{
    const int open = fromOrTo.lastIndexOf(QLatin1Char('<'));
    const int close = fromOrTo.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return fromOrTo.mid(open + 1, close - open - 1).trimmed();
    return fromOrTo.trimmed();
}

QByteArray mailText(const MailMessage &m)
{
    const QDateTime date = m.date.isValid() ? m.date.toUTC() : QDateTime::currentDateTimeUtc();
    QByteArray to;
    for (const QString &t : m.to) {
        if (!to.isEmpty())
            to += ", ";
        to += mailbox(t);
    }
    QString id = m.messageId;
    if (id.isEmpty())
        id = QStringLiteral("<%1.%2@dutydesk>")
                 .arg(date.toMSecsSinceEpoch())
                 .arg(qHash(m.subject + m.to.join(QLatin1Char(','))), 0, 16);
    QByteArray out;
    out += "From: " + mailbox(m.from) + "\r\n";
    out += "To: " + to + "\r\n";
    out += "Subject: " + headerText(m.subject) + "\r\n";
    out += "Date: "
           + QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
           + " +0000\r\n";
    out += "Message-ID: " + id.toLatin1() + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "\r\n";
    QString body = m.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QByteArray b64 = body.toUtf8().toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

SmtpMailer::Settings SmtpMailer::settingsOf(const NotifyChannel &channel,
                                            const ChannelSecrets &secrets)
{
    Settings s;
    s.host = channel.smtpHost;
    s.port = channel.smtpPort;
    s.security = channel.smtpSecurity;
    s.user = channel.smtpUser;
    s.password = secrets.smtpPassword;
    return s;
}

Status SmtpMailer::send(const Settings &settings, const MailMessage &message)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    if (message.to.isEmpty())
        return fail(tr("The e-mail has no recipient."));

    CURL *curl = curl_easy_init();
    if (!curl)
        return fail(tr("Cannot start the mail transfer (libcurl)."));
    const QByteArray scheme = settings.security == SmtpSecurity::Tls ? "smtps" : "smtp";
    const QByteArray url =
        scheme + "://" + settings.host.toUtf8() + ":" + QByteArray::number(settings.port);
    const QByteArray from = "<" + mailAddress(message.from).toUtf8() + ">";
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    curl_slist *rcpt = nullptr;
    QList<QByteArray> keep;
    for (const QString &t : message.to) {
        keep << "<" + mailAddress(t).toUtf8() + ">";
        rcpt = curl_slist_append(rcpt, keep.last().constData());
    }
    Upload upload{mailText(message)};
    char errors[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readPayload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(settings.timeoutSecs));
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errors);
    if (settings.security == SmtpSecurity::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode rc = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    if (rc == CURLE_OK)
        return {};
    QString why = QString::fromUtf8(errors[0] ? errors : curl_easy_strerror(rc));
    if (!password.isEmpty())
        why.replace(settings.password, QStringLiteral("***"));
    if (response > 0)
        return fail(
            tr("SMTP %1 (%2:%3): %4").arg(response).arg(settings.host).arg(settings.port).arg(why));
    return fail(tr("SMTP %1:%2: %3").arg(settings.host).arg(settings.port).arg(why));
}

} // namespace dd
