// The wire formats of the channels: exact JSON per kind, the signatures, the e-mail text.
#include "notify/message_format.h"

#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace dd;

namespace {

NotifyMessage message()
{
    NotifyMessage m;
    m.subject = QStringLiteral("[INC-2026-0001] 通知张伟");
    m.body = QStringLiteral("集中交易系统委托失败\n尚未恢复");
    m.incidentNumber = QStringLiteral("INC-2026-0001");
    m.level = QStringLiteral("L1");
    m.at = QDateTime(QDate(2026, 1, 5), QTime(2, 10), Qt::UTC);
    return m;
}

const QDateTime Now = QDateTime::fromMSecsSinceEpoch(1767579000000, Qt::UTC);

} // namespace

TEST(NotifyFormat, WebhookJsonIsExact)
{
    EXPECT_EQ(MessageFormat::webhookJson(message()),
              QStringLiteral("{\"at\":\"2026-01-05T02:10:00.000Z\",\"incident\":\"INC-2026-0001\","
                             "\"level\":\"L1\",\"text\":\"集中交易系统委托失败\\n尚未恢复\","
                             "\"title\":\"[INC-2026-0001] 通知张伟\"}")
                  .toUtf8());
}

TEST(NotifyFormat, WeComAndDingTalkUseTheTextMessage)
{
    const QByteArray expected =
        QStringLiteral("{\"msgtype\":\"text\",\"text\":{\"content\":\"[INC-2026-0001] "
                       "通知张伟\\n集中交易系统委托失败\\n尚未恢复\"}}")
            .toUtf8();
    EXPECT_EQ(MessageFormat::wecomJson(message()), expected);
    EXPECT_EQ(MessageFormat::dingTalkJson(message()), expected);
}

TEST(NotifyFormat, FeishuTextWithAndWithoutSignature)
{
    EXPECT_EQ(MessageFormat::feishuJson(message(), {}, 0),
              QStringLiteral("{\"content\":{\"text\":\"[INC-2026-0001] "
                             "通知张伟\\n集中交易系统委托失败\\n尚未恢复\"},\"msg_type\":\"text\"}")
                  .toUtf8());
    const QByteArray signed_ =
        MessageFormat::feishuJson(message(), QStringLiteral("SECtest0123456789"), 1767579000);
    EXPECT_TRUE(signed_.contains("\"timestamp\":\"1767579000\""));
    EXPECT_TRUE(signed_.contains("\"sign\":\"ZdfaRjImuZ6W5+TCfftV0u1eMsV7DaqQbxXMpyPvPQ8=\""));
    EXPECT_EQ(MessageFormat::feishuSign(1767579000, QStringLiteral("SECtest0123456789")),
              QStringLiteral("ZdfaRjImuZ6W5+TCfftV0u1eMsV7DaqQbxXMpyPvPQ8="));
}

TEST(NotifyFormat, DingTalkSignatureForAFixedTimestamp)
{
    // Python: base64(hmac.new(secret, f"{ts}\n{secret}", sha256)) for the same inputs.
    EXPECT_EQ(MessageFormat::dingTalkSign(1767579000000, QStringLiteral("SECtest0123456789")),
              QStringLiteral("Ezp0Kh0740D6V81qSf79xI1kyfCkiQPLt5yKfXJ5DBs="));

    NotifyChannel c;
    c.name = QStringLiteral("钉钉值班群");
    c.kind = ChannelKind::DingTalk;
    c.url = QStringLiteral("http://127.0.0.1:9/robot/send");
    ChannelSecrets s;
    s.accessToken = QStringLiteral("tok123");
    s.signSecret = QStringLiteral("SECtest0123456789");
    auto r = MessageFormat::request(c, s, message(), Now);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->url.toString(QUrl::FullyEncoded),
              QStringLiteral("http://127.0.0.1:9/robot/send?access_token=tok123&timestamp="
                             "1767579000000&sign=Ezp0Kh0740D6V81qSf79xI1kyfCkiQPLt5yKfXJ5DBs%3D"));
}

TEST(NotifyFormat, WeComKeyIsAppendedAndMissingSecretsAreRefusedWithoutValues)
{
    NotifyChannel c;
    c.name = QStringLiteral("企业微信值班群");
    c.kind = ChannelKind::WeCom;
    ChannelSecrets s;
    s.key = QStringLiteral("k-1");
    auto r = MessageFormat::request(c, s, message(), Now);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->url.toString(),
              QStringLiteral("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-1"));
    auto missing = MessageFormat::request(c, {}, message(), Now);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QStringLiteral("企业微信值班群")));
}

TEST(NotifyFormat, ResponsesOfTheRobots)
{
    QString why;
    EXPECT_TRUE(MessageFormat::accepted(ChannelKind::WeCom, 200, "{\"errcode\":0}", &why));
    EXPECT_FALSE(MessageFormat::accepted(
        ChannelKind::DingTalk, 200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}", &why));
    EXPECT_TRUE(why.contains(QStringLiteral("310000")));
    EXPECT_FALSE(MessageFormat::accepted(ChannelKind::Webhook, 500, "", &why));
    EXPECT_EQ(why, QStringLiteral("HTTP 500"));
    EXPECT_TRUE(MessageFormat::accepted(ChannelKind::Feishu, 200,
                                        "{\"code\":0,\"msg\":\"success\"}", &why));
    EXPECT_FALSE(MessageFormat::accepted(ChannelKind::Feishu, 200,
                                         "{\"code\":19021,\"msg\":\"sign match fail\"}", &why));
}

TEST(NotifyFormat, MailTextEncodesTheSubjectAndBody)
{
    MailMessage m;
    m.from = QStringLiteral("值班台 <duty@example.com>");
    m.to = {QStringLiteral("zhang@example.com")};
    m.subject =
        QStringLiteral("[INC-2026-0001] 集中交易系统委托失败，请立即处置，级别二，第一轮通知");
    m.body = QStringLiteral("第一行\n第二行");
    m.date = Now;
    m.messageId = QStringLiteral("<1@dutydesk>");
    const QByteArray text = mailText(m);
    const qsizetype headerEnd = text.indexOf("\r\n\r\n");
    ASSERT_GT(headerEnd, 0);
    const QByteArray headers = text.left(headerEnd);
    EXPECT_TRUE(headers.contains("To: zhang@example.com\r\n"));
    EXPECT_TRUE(headers.contains("From: =?UTF-8?B?"));
    EXPECT_TRUE(headers.contains(" <duty@example.com>\r\n"));
    EXPECT_TRUE(headers.contains("Date: Mon, 05 Jan 2026 02:10:00 +0000\r\n"));
    EXPECT_TRUE(headers.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
    // Every header line is 7-bit and no encoded word is longer than 75 characters.
    for (const QByteArray &line : headers.split('\n')) {
        EXPECT_LE(line.trimmed().size(), 78) << line.constData();
        for (char ch : line)
            EXPECT_LT(static_cast<unsigned char>(ch), 0x80);
    }
    // Decoding the encoded words gives the subject back.
    const qsizetype s = headers.indexOf("Subject: ");
    QByteArray folded = headers.mid(s + 9);
    folded = folded.left(folded.indexOf("\r\nDate:"));
    QByteArray decoded;
    for (QByteArray word : folded.split('\n')) {
        word = word.trimmed();
        ASSERT_TRUE(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
        decoded += QByteArray::fromBase64(word.mid(10, word.size() - 12));
    }
    EXPECT_EQ(QString::fromUtf8(decoded), m.subject);
    const QByteArray body = QByteArray::fromBase64(text.mid(headerEnd + 4).replace("\r\n", ""));
    EXPECT_EQ(QString::fromUtf8(body), QStringLiteral("第一行\r\n第二行"));
    EXPECT_EQ(mailAddress(m.from), QStringLiteral("duty@example.com"));
}
