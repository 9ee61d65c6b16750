// Shift reminders (issue 4) through the channels (issue 10): the incoming person of each
// shift change inside the lead time gets one message per own preference, once, also when
// staged again or after a restart; nobody is told about a shift that has begun; 0 turns it off.
#include "contacts/contact.h"
#include "institution/settings_repository.h"
#include "notify/channel_repository.h"
#include "notify/outbox.h"
#include "notify/outbox_sender.h"
#include "notify/secret_store.h"
#include "notify/shift_reminders.h"
#include "roster/roster_repository.h"
#include "temp_database.h"
#include "test_notify_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace dd;

namespace {

QDateTime beijing(int day, int h, int m)
{
    return QDateTime(QDate(2026, 3, day), QTime(h, m), QTimeZone(8 * 3600)).toUTC();
}

struct Reminders {
    test::TempBackend backend;
    Actor admin = backend.admin();
    std::unique_ptr<SecretStore> store;
    std::unique_ptr<ChannelRepository> repo;
    std::unique_ptr<ShiftReminders> reminders;
    qint64 zhang = 0, li = 0, wang = 0;
    qint64 roleId = 0;

    Reminders()
    {
        wire();
        zhang = person(QStringLiteral("张伟"));
        li = person(QStringLiteral("李娜"));
        wang = person(QStringLiteral("王强"));
        RosterRepository roster(backend->database(), backend->audit(), backend.clock());
        auto role = roster.roleByKey(QStringLiteral("duty_leader"));
        EXPECT_TRUE(role.ok());
        roleId = role->id;
        // Day 08:30–20:30 and night 20:30–08:30, 张伟 and 李娜 alternating from 1 March.
        Rotation r;
        r.roleId = roleId;
        r.name = QStringLiteral("值班负责人轮值");
        r.pattern.kind = ShiftPattern::Kind::Shifts;
        r.pattern.shifts = {{QTime(8, 30), 12 * 60}, {QTime(20, 30), 12 * 60}};
        r.startDate = QDate(2026, 3, 1);
        r.members = {zhang, li};
        auto saved = roster.saveRotation(admin, r);
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().toStdString());
    }
    void wire()
    {
        reminders.reset();
        repo.reset();
        store = std::make_unique<SecretStore>(backend.dirPath(QStringLiteral("secrets.ini")),
                                              *ChannelRepository::secretScope(backend->database()));
        repo = std::make_unique<ChannelRepository>(backend->database(), backend->audit(),
                                                   backend->clock(), *store);
        reminders = std::make_unique<ShiftReminders>(*backend, *repo);
    }
    qint64 person(const QString &name)
    {
        Contact c;
        c.name = name;
        c.mobile = QStringLiteral("+8613800138000");
        return *backend->contacts().saveContact(admin, c);
    }
    qint64 channel(ChannelKind kind, const QString &name, const QString &url = {})
    {
        NotifyChannel c;
        c.name = name;
        c.kind = kind;
        c.url = url;
        if (kind == ChannelKind::Email) {
            c.smtpHost = QStringLiteral("127.0.0.1");
            c.smtpFrom = QStringLiteral("duty@example.com");
        }
        auto id = repo->saveChannel(admin, c);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
    void prefer(qint64 contact, qint64 channelId, const QString &address = {})
    {
        NotifyPreference p;
        p.contactId = contact;
        p.channelId = channelId;
        p.address = address;
        auto id = repo->savePreference(admin, p);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
    }
    int stageAt(const QDateTime &t)
    {
        backend.clock().set(t);
        auto n = reminders->stage(t);
        EXPECT_TRUE(n.ok()) << (n.ok() ? "" : n.error().toStdString());
        return n.ok() ? *n : -1;
    }
    QList<OutboxRow> rows() { return *Outbox::shiftReminders(*backend, 100); }
};

} // namespace

TEST(ShiftReminders, TheIncomingPersonIsRemindedOnceThroughEachOwnChannel)
{
    Reminders f;
    const qint64 hook = f.channel(ChannelKind::Webhook, QStringLiteral("值班群"),
                                  QStringLiteral("http://127.0.0.1:9/hook"));
    const qint64 mail = f.channel(ChannelKind::Email, QStringLiteral("邮件"));
    f.prefer(f.li, hook);
    f.prefer(f.li, mail, QStringLiteral("lina@example.com"));
    f.prefer(f.zhang, hook);

    // 2 March 20:00: 李娜 takes the night shift from 张伟 at 20:30 (default lead: 30 min).
    EXPECT_EQ(f.stageAt(beijing(2, 19, 59)), 0); // 31 minutes ahead: not yet
    EXPECT_EQ(f.stageAt(beijing(2, 20, 0)), 2);  // exactly 30 minutes ahead
    EXPECT_EQ(f.stageAt(beijing(2, 20, 10)), 0); // staged again: nothing new
    auto rows = f.rows();
    ASSERT_EQ(rows.size(), 2);
    for (const OutboxRow &r : rows) {
        EXPECT_EQ(r.incidentId, 0);
        EXPECT_EQ(r.status, OutboxStatus::Queued);
        EXPECT_TRUE(r.subject.contains(QStringLiteral("2026-03-02 20:30")))
            << r.subject.toStdString();
        EXPECT_TRUE(r.body.contains(QStringLiteral("李娜")));
        EXPECT_TRUE(r.body.contains(QStringLiteral("2026-03-03 08:30"))) << r.body.toStdString();
        EXPECT_TRUE(r.body.contains(QStringLiteral("张伟"))); // handing over
        EXPECT_TRUE(r.dedupKey.startsWith(QStringLiteral("shift/")));
    }
    QStringList recipients{rows[0].recipient, rows[1].recipient};
    recipients.sort();
    EXPECT_EQ(recipients,
              (QStringList{QStringLiteral("group"), QStringLiteral("lina@example.com")}));

    // After a restart the same shift is not announced again; the next one (张伟, 08:30) is.
    f.backend.reopen();
    f.wire();
    EXPECT_EQ(f.stageAt(beijing(2, 20, 20)), 0);
    EXPECT_EQ(f.stageAt(beijing(3, 8, 5)), 1);
    EXPECT_EQ(f.rows().size(), 3);
    EXPECT_TRUE(f.rows().first().body.contains(QStringLiteral("张伟")));
}

TEST(ShiftReminders, ABegunShiftOffLeadTimeAndLeaveAreNotAnnounced)
{
    Reminders f;
    const qint64 hook = f.channel(ChannelKind::Webhook, QStringLiteral("值班群"),
                                  QStringLiteral("http://127.0.0.1:9/hook"));
    f.prefer(f.li, hook);
    f.prefer(f.wang, hook);

    // The console starts at 20:31: the 20:30 change has happened; nothing is sent late.
    EXPECT_EQ(f.stageAt(beijing(2, 20, 31)), 0);

    // Off.
    SettingsRepository &settings = f.backend->settings();
    ASSERT_TRUE(ShiftReminders::setLeadMinutes(settings, f.admin, 0).ok());
    EXPECT_EQ(*ShiftReminders::leadMinutes(settings), 0);
    EXPECT_EQ(f.stageAt(beijing(4, 20, 10)), 0);

    // Out of range is refused, naming the setting; nothing changes.
    Status bad = ShiftReminders::setLeadMinutes(settings, f.admin, 2000);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().contains(QLatin1String(ShiftReminders::SettingKey)));
    EXPECT_EQ(*ShiftReminders::leadMinutes(settings), 0);
    EXPECT_FALSE(ShiftReminders::parseMinutes(QStringLiteral("soon")).ok());

    // 李娜 on leave on 6 March: her night shift is a gap, so nobody is reminded; an override
    // naming 王强 for it reminds 王强.
    ASSERT_TRUE(ShiftReminders::setLeadMinutes(settings, f.admin, 60).ok());
    RosterRepository roster(f.backend->database(), f.backend->audit(), f.backend.clock());
    Leave leave;
    leave.contactId = f.li;
    leave.start = beijing(6, 0, 0);
    leave.end = beijing(7, 12, 0);
    leave.kind = QStringLiteral("sick");
    auto saved = roster.addLeave(f.admin, leave);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    // Two shifts a day and two members: every night shift is 李娜's.
    EXPECT_EQ(f.stageAt(beijing(6, 19, 45)), 0);
    RosterOverride o;
    o.roleId = f.roleId;
    o.contactId = f.wang;
    o.start = beijing(6, 20, 30);
    o.end = beijing(7, 8, 30);
    o.reason = QStringLiteral("病假顶班");
    auto overridden = roster.addOverride(f.admin, o);
    ASSERT_TRUE(overridden.ok()) << overridden.error().toStdString();
    EXPECT_EQ(f.stageAt(beijing(6, 19, 50)), 1);
    ASSERT_EQ(f.rows().size(), 1);
    EXPECT_TRUE(f.rows().first().body.contains(QStringLiteral("王强")));
}

TEST(ShiftReminders, TheSenderDeliversAReminderWithoutAnIncident)
{
    Reminders f;
    test::HttpSink server;
    const qint64 hook = f.channel(ChannelKind::Webhook, QStringLiteral("值班群"), server.url());
    f.prefer(f.li, hook);
    OutboxSender sender(*f.backend, *f.repo);
    ASSERT_TRUE(sender.start().ok());
    ASSERT_EQ(f.stageAt(beijing(2, 20, 0)), 1);
    sender.sendDue();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return server.requests().size() == 1 && sender.inFlight() == 0; }, 3000));
    const QJsonObject json = QJsonDocument::fromJson(server.requests().first().body).object();
    EXPECT_EQ(json.value(QStringLiteral("level")).toString(), QStringLiteral("shift"));
    EXPECT_EQ(json.value(QStringLiteral("incident")).toString(), QString());
    EXPECT_TRUE(json.value(QStringLiteral("text")).toString().contains(QStringLiteral("李娜")));
    EXPECT_EQ(f.rows().first().status, OutboxStatus::Sent);
}
