// The outbox against real local servers: exact requests, retries with backoff, the timeline,
// nothing sent twice across a restart, e-mail through a local SMTP sink.
#include "contacts/contact.h"
#include "notify/channel_repository.h"
#include "notify/outbox.h"
#include "notify/outbox_sender.h"
#include "notify/secret_store.h"
#include "temp_database.h"
#include "test_notify_fixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

using namespace dd;

namespace {

struct Outboxes {
    test::TempBackend backend;
    Actor admin = backend.admin();
    std::unique_ptr<SecretStore> store;
    std::unique_ptr<ChannelRepository> repo;
    std::unique_ptr<OutboxNotifier> notifier;
    std::unique_ptr<OutboxSender> sender;
    qint64 incident = 0;
    QString number;
    qint64 zhang = 0;

    Outboxes()
    {
        wire();
        Contact c;
        c.name = QStringLiteral("张伟");
        c.mobile = QStringLiteral("+8613800138000");
        zhang = *backend->contacts().saveContact(admin, c);
        NewIncident n;
        n.title = QStringLiteral("集中交易系统委托失败");
        n.faultType = QStringLiteral("trading_outage");
        n.affectedSystems = QStringLiteral("集中交易系统");
        auto id = backend->incidentService().declare(admin, n);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        incident = id.ok() ? *id : 0;
        number = backend->incidents().get(incident)->number;
    }

    // (Re)builds everything over the current backend (after reopen()).
    void wire()
    {
        sender.reset();
        notifier.reset();
        repo.reset();
        store = std::make_unique<SecretStore>(backend.dirPath(QStringLiteral("secrets.ini")),
                                              *ChannelRepository::secretScope(backend->database()));
        repo = std::make_unique<ChannelRepository>(backend->database(), backend->audit(),
                                                   backend->clock(), *store);
        notifier = std::make_unique<OutboxNotifier>(*backend, *repo);
        sender = std::make_unique<OutboxSender>(*backend, *repo);
        sender->attach(*notifier);
    }
    void restart()
    {
        sender.reset();
        notifier.reset();
        repo.reset();
        backend.reopen();
        wire();
    }

    qint64 channel(ChannelKind kind, const QString &name, const QString &url,
                   const SecretUpdate &secrets = {})
    {
        NotifyChannel c;
        c.name = name;
        c.kind = kind;
        c.url = url;
        auto id = repo->saveChannel(admin, c, secrets);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
    void prefer(qint64 channelId, const QString &address = {})
    {
        NotifyPreference p;
        p.contactId = zhang;
        p.channelId = channelId;
        p.address = address;
        auto id = repo->savePreference(admin, p);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
    }
    EscalationAction action(int level = 1)
    {
        EscalationAction a;
        a.kind = EscalationActionKind::Notify;
        a.key = QStringLiteral("III/L%1#1:notify:%2").arg(level).arg(zhang);
        a.at = backend->clock().now();
        a.incidentId = incident;
        a.incidentNumber = number;
        a.contactId = zhang;
        a.name = QStringLiteral("张伟");
        a.phone = QStringLiteral("+8613800138000");
        a.channel = EscalationChannel::Message;
        a.roleKey = QStringLiteral("duty_leader");
        a.level = level;
        a.round = 1;
        a.ackBy = a.at.addSecs(600);
        return a;
    }
    // As EscalationService::issue does: stage inside the transaction, deliver after it.
    void issue(const EscalationAction &a)
    {
        Status s = backend->database().write([&] { return notifier->stage(a); });
        ASSERT_TRUE(s.ok()) << s.error().toStdString();
        notifier->deliver(a);
    }
    QStringList notifications()
    {
        QStringList texts;
        for (const TimelineEntry &e : *backend->incidents().timeline(incident))
            if (e.kind == QStringLiteral("notification"))
                texts << e.text;
        return texts;
    }
    QList<OutboxRow> rows() { return *Outbox::rowsOfIncident(*backend, incident); }
};

} // namespace

TEST(NotifyOutbox, WeComRobotReceivesTheExactJson)
{
    Outboxes f;
    test::HttpSink server;
    SecretUpdate key;
    key.key = QStringLiteral("KEY-1");
    const qint64 ch = f.channel(ChannelKind::WeCom, QStringLiteral("WeCom 值班群"),
                                server.url(QStringLiteral("/cgi-bin/webhook/send")), key);
    f.prefer(ch);
    ASSERT_TRUE(f.sender->start().ok());
    f.issue(f.action());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return server.requests().size() == 1 && f.sender->inFlight() == 0; }, 3000));
    const test::HttpRequestSeen &r = server.requests().first();
    EXPECT_EQ(r.method, "POST");
    EXPECT_EQ(r.target, "/cgi-bin/webhook/send?key=KEY-1");
    EXPECT_TRUE(r.headers.value("content-type").startsWith("application/json"));
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    EXPECT_EQ(o.value(QStringLiteral("msgtype")).toString(), QStringLiteral("text"));
    const QString content =
        o.value(QStringLiteral("text")).toObject().value(QStringLiteral("content")).toString();
    EXPECT_TRUE(content.startsWith(QStringLiteral("[%1] ").arg(f.number))) << content.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("张伟")));
    EXPECT_TRUE(content.contains(QStringLiteral("集中交易系统委托失败")))
        << "the SMS template's text";
    EXPECT_FALSE(content.contains(QLatin1Char('\\'))) << "no markdown escapes";
    EXPECT_EQ(r.body, MessageFormat::wecomJson(
                          {f.rows().first().subject, f.rows().first().body, {}, {}, {}}));
    EXPECT_EQ(f.rows().first().status, OutboxStatus::Sent);
    EXPECT_EQ(f.notifications(), QStringList{QStringLiteral("WeCom 值班群: sent")});
    // Neither the audit nor the outbox or the timeline holds the robot key.
    auto q = f.backend->database().exec(
        QStringLiteral("SELECT (SELECT count(*) FROM audit_log WHERE before LIKE '%KEY-1%' OR "
                       "after LIKE '%KEY-1%') + (SELECT count(*) FROM notify_outbox WHERE body "
                       "LIKE '%KEY-1%' OR last_error LIKE '%KEY-1%') + (SELECT count(*) FROM "
                       "notify_channels WHERE url LIKE '%KEY-1%')"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toInt(), 0);
    for (const QString &t : f.notifications())
        EXPECT_FALSE(t.contains(QStringLiteral("KEY-1")));
}

TEST(NotifyOutbox, DingTalkRequestIsSigned)
{
    Outboxes f;
    test::HttpSink server;
    SecretUpdate s;
    s.accessToken = QStringLiteral("TOKEN");
    s.signSecret = QStringLiteral("SECtest0123456789");
    f.prefer(f.channel(ChannelKind::DingTalk, QStringLiteral("钉钉"),
                       server.url(QStringLiteral("/robot/send")), s));
    ASSERT_TRUE(f.sender->start().ok());
    f.issue(f.action());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return server.requests().size() == 1 && f.sender->inFlight() == 0; }, 3000));
    // The fake clock stands at 2026-01-05 02:10:00 UTC = 1767579000000 ms.
    EXPECT_EQ(server.requests().first().target,
              "/robot/send?access_token=TOKEN&timestamp=1767579000000&sign="
              "Ezp0Kh0740D6V81qSf79xI1kyfCkiQPLt5yKfXJ5DBs%3D");
    EXPECT_EQ(f.rows().first().status, OutboxStatus::Sent);
}

TEST(NotifyOutbox, FailureIsRetriedWithBackoffAndShownOnTheTimeline)
{
    Outboxes f;
    test::HttpSink server;
    server.setReplies({{500, "oops"}, {200, "{}"}});
    f.prefer(f.channel(ChannelKind::Webhook, QStringLiteral("Ops webhook"), server.url()));
    ASSERT_TRUE(f.sender->start().ok());
    f.issue(f.action(2));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return f.rows().first().status == OutboxStatus::Failed; }, 3000));
    OutboxRow row = f.rows().first();
    EXPECT_EQ(row.attempts, 1);
    EXPECT_EQ(row.lastError, QStringLiteral("HTTP 500"));
    EXPECT_EQ(row.nextAttemptAt, f.backend.clock().now().addSecs(30));
    // 02:10:30 UTC is 10:10:30 in the institution's zone.
    EXPECT_EQ(f.notifications(),
              QStringList{QStringLiteral("Ops webhook: failed: HTTP 500, retry at 10:10:30")});

    f.sender->sendDue(); // not due yet
    QTest::qWait(50);
    EXPECT_EQ(server.requests().size(), 1);

    f.backend.clock().advanceSecs(30);
    f.sender->sendDue();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return f.rows().first().status == OutboxStatus::Sent; }, 3000));
    EXPECT_EQ(server.requests().size(), 2);
    EXPECT_EQ(f.rows().first().attempts, 2);
    EXPECT_EQ(f.notifications(),
              (QStringList{QStringLiteral("Ops webhook: failed: HTTP 500, retry at 10:10:30"),
                           QStringLiteral("Ops webhook: sent")}));
    const QJsonObject o = QJsonDocument::fromJson(server.requests().last().body).object();
    EXPECT_EQ(o.value(QStringLiteral("incident")).toString(), f.number);
    EXPECT_EQ(o.value(QStringLiteral("level")).toString(), QStringLiteral("L2"));
    EXPECT_EQ(o.value(QStringLiteral("at")).toString(), QStringLiteral("2026-01-05T02:10:00.000Z"));
    EXPECT_EQ(o.keys(), (QStringList{QStringLiteral("at"), QStringLiteral("incident"),
                                     QStringLiteral("level"), QStringLiteral("text"),
                                     QStringLiteral("title")}));
}

TEST(NotifyOutbox, TheTimerRetriesAndGivesUpAfterMaxAttempts)
{
    Outboxes f;
    test::HttpSink server;
    server.setReplies({{503, ""}});
    f.prefer(f.channel(ChannelKind::Feishu, QStringLiteral("飞书"), server.url()));
    f.sender->setBackoff(std::chrono::seconds(0), std::chrono::seconds(0)); // due at once
    f.sender->setMaxAttempts(3);
    ASSERT_TRUE(f.sender->start().ok());
    f.issue(f.action());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return f.rows().first().status == OutboxStatus::GaveUp; }, 3000));
    EXPECT_EQ(server.requests().size(), 3) << "retried by the timer alone, no more after giving up";
    QTest::qWait(100);
    EXPECT_EQ(server.requests().size(), 3);
    const QStringList n = f.notifications();
    ASSERT_EQ(n.size(), 3);
    EXPECT_EQ(n.last(), QStringLiteral("飞书: gave up after 3 attempts (last: HTTP 503)"));
}

TEST(NotifyOutbox, RestartBetweenWriteAndSendSendsExactlyOnce)
{
    Outboxes f;
    test::HttpSink server;
    f.prefer(f.channel(ChannelKind::Webhook, QStringLiteral("hook"), server.url()));
    // Staged and committed, the program stops before sending.
    Status s = f.backend->database().write([&] { return f.notifier->stage(f.action()); });
    ASSERT_TRUE(s.ok());
    f.restart();
    // The same step again (as if escalation ran it again): the unique key keeps one row.
    ASSERT_TRUE(f.backend->database().write([&] { return f.notifier->stage(f.action()); }).ok());
    ASSERT_EQ(f.rows().size(), 1);
    ASSERT_TRUE(f.sender->start().ok());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return f.rows().first().status == OutboxStatus::Sent; }, 3000));
    f.restart();
    ASSERT_TRUE(f.sender->start().ok());
    QTest::qWait(100);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST(NotifyOutbox, AnAttemptInterruptedByACrashIsNotSentAgain)
{
    Outboxes f;
    test::HttpSink server;
    f.prefer(f.channel(ChannelKind::Webhook, QStringLiteral("hook"), server.url()));
    ASSERT_TRUE(f.backend->database().write([&] { return f.notifier->stage(f.action()); }).ok());
    // The attempt was recorded, the request may have gone out, then the program died.
    ASSERT_TRUE(f.backend->database()
                    .write([&]() -> Status {
                        auto q = f.backend->database().exec(QStringLiteral(
                            "UPDATE notify_outbox SET status = 'sending', attempts = 1"));
                        if (!q)
                            return q.takeError();
                        return {};
                    })
                    .ok());
    f.restart();
    ASSERT_TRUE(f.sender->start().ok());
    QTest::qWait(100);
    EXPECT_TRUE(server.requests().isEmpty());
    EXPECT_EQ(f.rows().first().status, OutboxStatus::Unconfirmed);
    ASSERT_EQ(f.notifications().size(), 1);
    EXPECT_TRUE(f.notifications().first().contains(QStringLiteral("not sent again")));
}

TEST(NotifyOutbox, ContactThenRolePreferencesAndDisabledChannels)
{
    Outboxes f;
    test::HttpSink server;
    const qint64 a =
        f.channel(ChannelKind::Webhook, QStringLiteral("a"), server.url(QStringLiteral("/a")));
    const qint64 b =
        f.channel(ChannelKind::Webhook, QStringLiteral("b"), server.url(QStringLiteral("/b")));
    const qint64 off =
        f.channel(ChannelKind::Webhook, QStringLiteral("off"), server.url(QStringLiteral("/off")));
    NotifyChannel disabled = *f.repo->channel(off);
    disabled.enabled = false;
    ASSERT_TRUE(f.repo->saveChannel(f.admin, disabled).ok());
    f.prefer(b);
    f.prefer(off);
    for (qint64 ch : {a, b}) { // b again through the role: one row
        NotifyPreference p;
        p.owner = PreferenceOwner::Role;
        p.roleKey = QStringLiteral("duty_leader");
        p.channelId = ch;
        ASSERT_TRUE(f.repo->savePreference(f.admin, p).ok());
    }
    EscalationAction reminder = f.action();
    reminder.kind = EscalationActionKind::ReportReminder;
    reminder.key = QStringLiteral("report:x@y#1");
    ASSERT_TRUE(f.backend->database().write([&] { return f.notifier->stage(reminder); }).ok());
    EXPECT_TRUE(f.rows().isEmpty()) << "only calls go out as messages";
    ASSERT_TRUE(f.backend->database().write([&] { return f.notifier->stage(f.action()); }).ok());
    const QList<OutboxRow> rows = f.rows();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].channelId, b) << "the person's own channels first";
    EXPECT_EQ(rows[1].channelId, a);
}

TEST(NotifyOutbox, EmailThroughTheLocalSmtpSink)
{
    Outboxes f;
    test::SmtpSink sink;
    NotifyChannel mail;
    mail.name = QStringLiteral("值班邮箱");
    mail.kind = ChannelKind::Email;
    mail.smtpHost = QStringLiteral("127.0.0.1");
    mail.smtpPort = sink.port();
    mail.smtpSecurity = SmtpSecurity::None; // the local sink speaks no TLS
    mail.smtpFrom = QStringLiteral("值班台 <duty@example.com>");
    auto ch = f.repo->saveChannel(f.admin, mail);
    ASSERT_TRUE(ch.ok()) << ch.error().toStdString();
    f.prefer(*ch, QStringLiteral("zhang@example.com"));
    ASSERT_TRUE(f.sender->start().ok());
    f.issue(f.action());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return f.rows().first().status != OutboxStatus::Queued
                   && f.rows().first().status != OutboxStatus::Sending;
        },
        5000));
    ASSERT_EQ(f.rows().first().status, OutboxStatus::Sent)
        << f.rows().first().lastError.toStdString();
    ASSERT_EQ(sink.mails().size(), 1);
    const test::SmtpSink::Mail &m = sink.mails().first();
    EXPECT_EQ(m.from, "<duty@example.com>");
    EXPECT_EQ(m.to, QList<QByteArray>{"<zhang@example.com>"});
    const OutboxRow row = f.rows().first();
    MailMessage expected;
    expected.subject = row.subject;
    const QByteArray subjectLine = mailText(expected).split('\n').value(2); // Subject: first word
    EXPECT_TRUE(m.data.contains(subjectLine.trimmed())) << m.data.constData();
    const qsizetype bodyAt = m.data.indexOf("\r\n\r\n");
    const QString body =
        QString::fromUtf8(QByteArray::fromBase64(m.data.mid(bodyAt + 4).replace("\r\n", "")));
    EXPECT_TRUE(body.contains(QStringLiteral("集中交易系统委托失败")));
    EXPECT_EQ(f.notifications(), QStringList{QStringLiteral("值班邮箱: sent")});
}

TEST(NotifyOutbox, EmailThroughAiosmtpd)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python)
        || QProcess::execute(python, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")})
               != 0)
        GTEST_SKIP() << "python3 with aiosmtpd is not installed";
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess smtpd;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    smtpd.setProcessEnvironment(env);
    smtpd.start(python, {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                         QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(port)});
    ASSERT_TRUE(smtpd.waitForStarted(3000));
    QTcpSocket ready;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            ready.abort();
            ready.connectToHost(QHostAddress::LocalHost, port);
            return ready.waitForConnected(100);
        },
        5000));
    ready.abort();

    Outboxes f;
    NotifyChannel mail;
    mail.name = QStringLiteral("mail");
    mail.kind = ChannelKind::Email;
    mail.smtpHost = QStringLiteral("127.0.0.1");
    mail.smtpPort = port;
    mail.smtpSecurity = SmtpSecurity::None;
    mail.smtpFrom = QStringLiteral("duty@example.com");
    auto ch = f.repo->saveChannel(f.admin, mail);
    ASSERT_TRUE(ch.ok());
    QSignalSpy tested(f.sender.get(), &OutboxSender::testFinished);
    f.sender->sendTest(*f.repo->channel(*ch), QStringLiteral("zhang@example.com"));
    ASSERT_TRUE(tested.wait(5000));
    EXPECT_TRUE(tested.first().at(1).toBool()) << tested.first().at(2).toString().toStdString();
    QByteArray out;
    const bool seen = QTest::qWaitFor(
        [&] {
            out += smtpd.readAllStandardOutput();
            return out.contains("Subject:");
        },
        3000);
    Q_UNUSED(seen);
    smtpd.kill();
    smtpd.waitForFinished(2000);
    EXPECT_TRUE(out.contains("Subject: DutyDesk test message")) << out.constData();
    EXPECT_TRUE(f.rows().isEmpty()) << "a test message leaves no outbox row";
}

TEST(NotifyOutbox, ChannelTestReportsTheServersAnswer)
{
    Outboxes f;
    test::HttpSink server;
    server.setReplies({{200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"}});
    SecretUpdate key;
    key.key = QStringLiteral("KEY-SECRET");
    const qint64 ch = f.channel(ChannelKind::WeCom, QStringLiteral("企业微信"), server.url(), key);
    QSignalSpy tested(f.sender.get(), &OutboxSender::testFinished);
    f.sender->sendTest(*f.repo->channel(ch));
    ASSERT_TRUE(tested.wait(3000));
    EXPECT_EQ(tested.first().at(0).toLongLong(), ch);
    EXPECT_FALSE(tested.first().at(1).toBool());
    const QString message = tested.first().at(2).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("93000")));
    EXPECT_FALSE(message.contains(QStringLiteral("KEY-SECRET")));
}
