#pragma once

#include "common/result.h"
#include "notify/channel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace dd {

// One message as the outbox keeps it: plain text.
struct NotifyMessage {
    QString subject;        // first line of the body for robots; the e-mail Subject
    QString body;           // plain text (UTF-8 when sent)
    QString incidentNumber; // "INC-2026-0001" (may be empty for a channel test)
    QString level;          // escalation level text, e.g. "L2" ("test" for a channel test)
    QDateTime at;           // when the message was made (UTC)
};

// One HTTP request to make.
struct HttpRequestSpec {
    QUrl url;
    QByteArray body; // compact JSON, UTF-8
    QByteArray contentType = "application/json; charset=utf-8";
};

// The wire formats of the HTTP channels. Pure: the same input gives the same bytes.
//
//   Webhook:  POST url  {"title":subject,"text":body,"incident":number,"level":level,
//                        "at":"2026-01-05T02:10:00.000Z"}
//   WeCom:    POST url[?key=KEY]  {"msgtype":"text","text":{"content":subject\nbody}}
//   DingTalk: POST url?access_token=T&timestamp=MS&sign=S  {"msgtype":"text","text":
//             {"content":subject\nbody}}  (timestamp/sign only with a signing secret;
//             S = urlencode(base64(HMAC-SHA256(key = secret, msg = MS + "\n" + secret))))
//   Feishu:   POST url  {"msg_type":"text","content":{"text":subject\nbody}} and, with a
//             signing secret, "timestamp":"<seconds>","sign":base64(HMAC-SHA256(key =
//             seconds + "\n" + secret, msg = "")) in front.
// Refuses an Email channel, a missing URL or a missing DingTalk token (the message names the
// channel and the field, never a secret).
class MessageFormat {
    Q_DECLARE_TR_FUNCTIONS(dd::MessageFormat)
public:
    static Result<HttpRequestSpec> request(const NotifyChannel &channel,
                                           const ChannelSecrets &secrets,
                                           const NotifyMessage &message, const QDateTime &now);

    // The pieces, exposed for tests.
    static QByteArray webhookJson(const NotifyMessage &message);
    static QByteArray wecomJson(const NotifyMessage &message);
    static QByteArray dingTalkJson(const NotifyMessage &message);
    static QByteArray feishuJson(const NotifyMessage &message, const QString &signSecret,
                                 qint64 timestampSecs);
    // base64(HMAC-SHA256(key = secret, msg = timestampMs + "\n" + secret)), NOT url-encoded.
    static QString dingTalkSign(qint64 timestampMs, const QString &secret);
    // base64(HMAC-SHA256(key = timestampSecs + "\n" + secret, msg = "")).
    static QString feishuSign(qint64 timestampSecs, const QString &secret);
    // The text robots post: subject, a newline, the body (just the body when no subject).
    static QString robotText(const NotifyMessage &message);

    // Whether a response of the HTTP kinds means "delivered": 2xx and, for WeCom/DingTalk
    // ({"errcode":0}) and Feishu ({"code":0} or {"StatusCode":0}), a zero code. Otherwise
    // `reason` gets a short translated reason ("HTTP 500", "errcode 310000: sign not match").
    static bool accepted(ChannelKind kind, int httpStatus, const QByteArray &responseBody,
                         QString *reason);
};

// An e-mail for SmtpMailer.
struct MailMessage {
    QString from;      // "addr" or "Name <addr>"
    QStringList to;    // addresses
    QString subject;   // any text: RFC 2047 encoded when not plain ASCII
    QString body;      // plain text
    QDateTime date;    // the Date header (UTC)
    QString messageId; // "<…@dutydesk>" (made from the date when empty)
};

// RFC 5322 text of a MailMessage: From, To, Subject (=?UTF-8?B?…?= when needed, split into
// encoded words of at most 75 characters), Date, Message-ID, MIME-Version,
// Content-Type: text/plain; charset=UTF-8, Content-Transfer-Encoding: base64, CRLF line ends.
QByteArray mailText(const MailMessage &message);
// "addr" out of "Name <addr>" (or the text itself).
QString mailAddress(const QString &fromOrTo);

// Sends mail through libcurl's SMTP (never hand-written SMTP). Blocking: call it off the GUI
// thread (OutboxSender runs it in a worker thread). StartTls uses CURLOPT_USE_SSL =
// CURLUSESSL_ALL (the connection fails rather than going on unencrypted); Tls connects with
// smtps://; None only when the channel says so (local test sinks).
class SmtpMailer {
    Q_DECLARE_TR_FUNCTIONS(dd::SmtpMailer)
public:
    struct Settings {
        QString host;
        int port = 587;
        SmtpSecurity security = SmtpSecurity::StartTls;
        QString user;     // empty: no AUTH
        QString password; // never part of a message
        int timeoutSecs = 30;
    };
    static Settings settingsOf(const NotifyChannel &channel, const ChannelSecrets &secrets);
    // ok() when the server accepted the message; otherwise a translated reason (curl's error
    // text and the SMTP response code, never the password).
    static Status send(const Settings &settings, const MailMessage &message);
};

} // namespace dd
